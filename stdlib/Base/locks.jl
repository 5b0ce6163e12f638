# Locks and conditions (Julia's base/lock.jl, base/condition.jl). ReentrantLock and
# GenericCondition are Java objects (runtime/tasks/JlLock, JlCondition).

struct ConcurrencyViolationError <: Exception
    msg::String
end

concurrency_violation() = throw(ConcurrencyViolationError("lock must be held"))

function lock(f, l::AbstractLock)
    lock(l)
    try
        return f()
    finally
        unlock(l)
    end
end

function trylock(f, l::AbstractLock)
    if trylock(l)
        try
            return f()
        finally
            unlock(l)
        end
    end
    return false
end

show(io::IO, l::ReentrantLock) = print(io, "ReentrantLock()")

# A condition's lock: Threads.Condition's is a ReentrantLock the caller holds around wait and
# notify; Base.Condition (AlwaysLockedST) locks itself.
lock(c::GenericCondition) = _cond_always_locked(c) ? nothing : lock(_cond_lock(c))
lock(f, c::GenericCondition) = _cond_always_locked(c) ? f() : lock(f, _cond_lock(c))
unlock(c::GenericCondition) = _cond_always_locked(c) ? nothing : unlock(_cond_lock(c))
trylock(c::GenericCondition) = _cond_always_locked(c) ? true : trylock(_cond_lock(c))
islocked(c::GenericCondition) = _cond_always_locked(c) ? true : islocked(_cond_lock(c))

function wait(c::GenericCondition)
    _cond_can_use(c) || concurrency_violation()
    _cond_wait(c)
end

"""
    notify(condition, val=nothing; all=true, error=false)

Wake the tasks waiting on `condition` (or only the first, `all=false`), handing them `val`
as the result of their `wait` (or throwing it there, `error=true`). Returns how many woke.
"""
function notify(c::GenericCondition, arg=nothing; all=true, error=false)
    _cond_can_use(c) || concurrency_violation()
    _cond_notify(c, arg, all, error)
end

isempty(c::GenericCondition) = !_cond_has_waiters(c)

show(io::IO, c::GenericCondition) = print(io, typeof(c), "(", _cond_always_locked(c) ? "" : "ReentrantLock()", ")")

"""
    Event(autoreset=false)

A level-triggered event: `wait(e)` blocks until `notify(e)` has been called (and with
`autoreset` consumes that notification).
"""
mutable struct Event
    notify::GenericCondition{ReentrantLock}
    autoreset::Bool
    set::Bool
end
Event(autoreset::Bool=false) = Event(GenericCondition{ReentrantLock}(), autoreset, false)

function wait(e::Event)
    lock(e.notify)
    try
        while !e.set
            wait(e.notify)
        end
        e.autoreset && (e.set = false)
    finally
        unlock(e.notify)
    end
    nothing
end

function notify(e::Event)
    lock(e.notify)
    try
        if !e.set
            e.set = true
            notify(e.notify)
        end
    finally
        unlock(e.notify)
    end
    nothing
end

function reset(e::Event)
    lock(e.notify)
    e.set = false
    unlock(e.notify)
    nothing
end

"""
    Base.Semaphore(n)

A counting semaphore: at most `n` holders at a time. `Base.acquire(s)` waits for a free place
and takes it, `Base.release(s)` gives it back, `Base.acquire(f, s)` runs `f()` holding one.
"""
mutable struct Semaphore
    sem_size::Int
    curr_cnt::Int
    cond_wait::GenericCondition{ReentrantLock}
    Semaphore(sem_size) = sem_size > 0 ? new(sem_size, 0, GenericCondition{ReentrantLock}()) :
        throw(ArgumentError("Semaphore size must be > 0"))
end

function acquire(s::Semaphore)
    lock(s.cond_wait)
    try
        while s.curr_cnt >= s.sem_size
            wait(s.cond_wait)
        end
        s.curr_cnt += 1
    finally
        unlock(s.cond_wait)
    end
    nothing
end

function acquire(f, s::Semaphore)
    acquire(s)
    try
        return f()
    finally
        release(s)
    end
end

function release(s::Semaphore)
    lock(s.cond_wait)
    try
        s.curr_cnt > 0 || error("release count must match acquire count")
        s.curr_cnt -= 1
        notify(s.cond_wait; all = false)
    finally
        unlock(s.cond_wait)
    end
    nothing
end
