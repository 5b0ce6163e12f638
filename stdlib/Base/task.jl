# Tasks (Julia's base/task.jl). A Task is a Java object (runtime/tasks/JlTask) whose function runs
# on its own virtual thread; the blocking primitives wait through Truffle safepoints.

"""
    TaskFailedException

Thrown by `wait(t)` and `fetch(t)` when task `t` failed; the task's exception is
`t.result`, shown as the "nested task error".
"""
struct TaskFailedException <: Exception
    task::Task
end

"""
    CompositeException

Several exceptions at once, as thrown by `@sync` when tasks started inside it failed.
"""
"""
    CapturedException(ex, bt)

An exception with the backtrace it was caught with, to rethrow elsewhere (another task).
"""
struct CapturedException <: Exception
    ex::Any
    processed_bt::Vector{Any}
end
CapturedException(ex, bt::AbstractVector) = CapturedException(ex, Any[bt...])
function showerror(io::IO, ce::CapturedException)
    showerror(io, ce.ex, StackFrame[f for f in ce.processed_bt if f isa StackFrame]; backtrace = any(f -> f isa StackFrame, ce.processed_bt))
end

struct CompositeException <: Exception
    exceptions::Vector{Any}
end
CompositeException() = CompositeException(Any[])
length(c::CompositeException) = length(c.exceptions)
isempty(c::CompositeException) = isempty(c.exceptions)
push!(c::CompositeException, ex) = (push!(c.exceptions, ex); c)
iterate(c::CompositeException, state...) = iterate(c.exceptions, state...)
getindex(c::CompositeException, i::Int) = c.exceptions[i]

# as Julia's: the wait's stack trace (when given), then the task's error with its own, indented
function showerror(io::IO, ex::TaskFailedException, bt = nothing; backtrace::Bool = true)
    print(io, "TaskFailedException")
    bt !== nothing && backtrace && show_backtrace(io, bt)
    print(io, "\n\n    nested task error: ")
    show_task_exception(io, ex.task)
end

# the failed task's exception stack (or its error alone), each line after the first indented
# by four spaces unless indent = false (as Julia's show_task_exception)
function show_task_exception(io::IO, t::Task; indent::Bool = true)
    stack = current_exceptions(t)
    b = IOBuffer()
    ctx = IOContext(b, io)
    isempty(stack) ? showerror(ctx, _task_result(t)) : show_exception_stack(ctx, stack)
    s = String(take!(b))
    print(io, indent ? _indent_nested(s) : s)
end

function _indent_nested(s::String)
    io = IOBuffer()
    for c in s
        print(io, c)
        c == '\n' && print(io, "    ")
    end
    String(take!(io))
end

function showerror(io::IO, ex::CompositeException)
    if !isempty(ex)
        showerror(io, ex.exceptions[1])
        remaining = length(ex) - 1
        if remaining > 0
            print(io, "\n\n...and ", remaining, " more exception", remaining > 1 ? "s" : "", ".\n")
        end
    else
        print(io, "CompositeException()\n")
    end
end

# as Julia's: the state (a runnable task that began to run says so), then the object's address
function show(io::IO, t::Task)
    state = _task_state(t)
    print(io, "Task (", state, state === :runnable && istaskstarted(t) ? ", started" : "", ") @", _task_address(t))
end
# a failed task also shows its error and stack trace, indented
function show(io::IO, ::MIME"text/plain", t::Task)
    show(io, t)
    if istaskfailed(t)
        println(io)
        show_task_exception(io, t)
    end
end

"""
    Task(f)

A task that will run `f()` once scheduled (`schedule(t)`); `@async` and `Threads.@spawn`
make and start one in a single step.
"""
Task(f) = Task(() -> f())

# @async expr  →  _async(() -> expr)
_async(f) = _spawn_task(f, true)

function wait(t::Task)
    _task_wait(t)
    istaskfailed(t) && throw(TaskFailedException(t))
    nothing
end

"""
    fetch(t::Task)

Wait for task `t` to finish and return its value; if it failed, throw a
`TaskFailedException` wrapping its error.
"""
function fetch(t::Task)
    wait(t)
    _task_result(t)
end
fetch(x) = x

task_result(t::Task) = _task_result(t)

# The fields Julia's Task shows (t.state, t.exception, t.result), as its getproperty computes them.
function getproperty(t::Task, f::Symbol)
    f === :state && return istaskfailed(t) ? :failed : istaskdone(t) ? :done : :runnable
    f === :exception && return istaskfailed(t) ? _task_result(t) : nothing
    f === :result && return istaskdone(t) ? _task_result(t) : nothing
    throw(ErrorException(string("type Task has no field ", f)))
end
propertynames(::Task) = (:state, :exception, :result)

"""
    schedule(t::Task, val; error = false)

Start `t` if it has not started; with `error = true`, throw `val` in `t` instead (a task not yet
started fails with it; a running one gets it where it waits, as an interrupt).
"""
schedule(t::Task, @nospecialize(val); error::Bool = false) = _schedule_with(t, val, error)

"""
    yield(t::Task, x = nothing)

Start `t` if it has not started, then let other tasks run.
"""
function yield(t::Task, @nospecialize(x = nothing))
    _task_scheduled(t) || schedule(t)
    yield()
end

function sleep(sec::Real)
    sec >= 0 || throw(ArgumentError(string("cannot sleep for ", sec, " seconds")))
    _sleep_ns(Int(round(sec * 1.0e9)))
    nothing
end

"""
    errormonitor(t::Task)

Print the error of `t` to `stderr` if it fails.
"""
function errormonitor(t::Task)
    _task_add_hook(t, () -> begin
        if istaskfailed(t)
            print(stderr, "Unhandled Task ERROR: ")
            showerror(stderr, _task_result(t))
            println(stderr)
        end
        nothing
    end)
    t
end

# @sync body  →  _sync(() -> body): wait for every task started inside (also by those tasks),
# then throw a CompositeException of the failures, as Base.sync_end does.
function _sync(f)
    scope = _sync_enter()
    local v
    try
        v = f()
    finally
        _sync_leave(scope)
    end
    failures = nothing
    while true
        t = _sync_next(scope)
        t === nothing && break
        _task_wait(t)
        if istaskfailed(t)
            failures === nothing && (failures = CompositeException())
            push!(failures, TaskFailedException(t))
        end
    end
    failures === nothing || throw(failures)
    v
end

"""
    timedwait(testcb, timeout; pollint = 0.1)

Calls `testcb()` every `pollint` seconds until it returns true (`:ok`) or `timeout` seconds
have passed (`:timed_out`).
"""
function timedwait(testcb, timeout::Real; pollint::Real = 0.1)
    start = time()
    while true
        testcb() && return :ok
        time() - start >= timeout && return :timed_out
        sleep(pollint)
    end
end

"""
    Timer(delay; interval = 0), Timer(callback, delay; interval = 0)

A timer that fires `delay` seconds from now (and every `interval` seconds after, if not 0):
`wait(t)` waits for its next firing. A timer without an interval closes itself once it has
fired; `wait` on a closed timer throws an `EOFError`. With a callback, `callback(t)` runs in a
task at each firing until the timer is closed.
"""
mutable struct Timer
    deadline::Float64
    interval::Float64
    open::Bool
end
function Timer(delay::Real; interval::Real = 0)
    delay >= 0 || throw(ArgumentError("timer cannot have negative timeout of $delay seconds"))
    interval >= 0 || throw(ArgumentError("timer cannot have negative repeat interval of $interval seconds"))
    Timer(time() + delay, Float64(interval), true)
end
function Timer(callback::Function, delay::Real; interval::Real = 0)
    t = Timer(delay; interval = interval)
    errormonitor(@async while true
        try
            wait(t)
        catch e
            e isa EOFError && break   # closed: the callbacks stop
            rethrow()
        end
        callback(t)
    end)
    t
end
function wait(t::Timer)
    isopen(t) || throw(EOFError())
    while (d = t.deadline - time()) > 0
        sleep(min(d, 0.02))    # (in steps, so that close(t) is noticed)
        isopen(t) || throw(EOFError())
    end
    if t.interval > 0
        t.deadline += t.interval * max(1, ceil((time() - t.deadline) / t.interval))
    else
        t.open = false
    end
    nothing
end
close(t::Timer) = (t.open = false; nothing)
isopen(t::Timer) = t.open

# by task (a finished task's entry stays: Julia keeps the storage in the task object itself)
const _task_storage = IdDict{Any, Any}()
const _task_storage_lock = ReentrantLock()
"""
    task_local_storage(key[, value])

The current task's own key-value store: reads `key`, or sets it to `value`.
"""
task_local_storage() = lock(() -> get!(() -> IdDict{Any, Any}(), _task_storage, current_task()), _task_storage_lock)
task_local_storage(key) = task_local_storage()[key]
task_local_storage(key, value) = (task_local_storage()[key] = value)
# body() with key set to value in this task's storage, restored after
function task_local_storage(body::Function, key, value)
    tls = task_local_storage()
    had = haskey(tls, key)
    old = get(tls, key, nothing)
    tls[key] = value
    try
        body()
    finally
        had ? (tls[key] = old) : delete!(tls, key)
    end
end

"""
    asyncmap(f, c...; ntasks = 0)

`map(f, c...)` with the calls made by concurrent tasks (at most `ntasks` of them; 0 means up
to 100), for work that waits (I/O, `sleep`, channels). Results are in the order of `c`.
"""
function asyncmap(f, c...; ntasks::Integer = 0, batch_size = nothing)
    batch_size === nothing || throw(ArgumentError("asyncmap: batch_size is not supported"))
    items = length(c) == 1 ? [(x,) for x in c[1]] : collect(zip(c...))
    n = length(items)
    results = Vector{Any}(undef, n)
    next = Threads.Atomic{Int}(1)
    @sync for _ in 1:min(ntasks == 0 ? 100 : ntasks, n)
        @async while true
            i = Threads.atomic_add!(next, 1)
            i > n && break
            results[i] = f(items[i]...)
        end
    end
    out = n == 0 ? Any[] : [r for r in results]
    return length(c) == 1 && c[1] isa AbstractArray && ndims(c[1]) > 1 ? reshape(out, size(c[1])) : out
end
"""
    asyncmap!(f, results, c...; ntasks = 0)

`asyncmap` writing into `results`.
"""
asyncmap!(f, r, c...; ntasks::Integer = 0) = copyto!(r, asyncmap(f, c...; ntasks = ntasks))

const _atexit_hooks = Any[]

"""
    atexit(f)

Registers `f()` (or `f(exitcode)`, if it has a method for one integer) to run when the
program exits, normally or through `exit(n)`; the last registered runs first. An error in
one is shown on stderr and the others still run.
"""
atexit(f) = (pushfirst!(_atexit_hooks, f); nothing)

function _run_atexit(exitcode::Int)
    while !isempty(_atexit_hooks)
        f = popfirst!(_atexit_hooks)
        try
            hasmethod(f, Tuple{Int}) ? f(exitcode) : f()
        catch e
            showerror(stderr, e)
            println(stderr)
        end
    end
    # then, as Julia's exit, the finalizers of the objects that still have them (most programs
    # register none: then this, run at every exit, takes no lock and compiles no closure)
    isempty(_finalizers) && return nothing
    for o in lock(() -> collect(keys(_finalizers)), _finalizers_lock)
        finalize(o)
    end
    nothing
end

const _finalizers = IdDict{Any, Vector{Any}}()
const _finalizers_lock = ReentrantLock()
"""
    finalizer(f, x)
    finalize(x)

Registers `f(x)` to run for the mutable object `x`; returns `x`. `finalize(x)` runs (and drops)
its finalizers now; those left run when the program exits. Unlike Julia, the garbage collector
never runs them (a collected JVM object cannot be handed back to `f`), so `x` stays alive
until it is finalized.
"""
function finalizer(f, o)
    ismutable(o) || error("objects of type ", typeof(o), " cannot be finalized")
    lock(() -> push!(get!(() -> Any[], _finalizers, o), f), _finalizers_lock)
    o
end
function finalize(o)
    fs = lock(() -> pop!(_finalizers, o, nothing), _finalizers_lock)
    fs === nothing && return nothing
    for f in fs
        try
            f(o)
        catch e
            print(stderr, "error in running finalizer: ")
            show(stderr, e)
            println(stderr)
        end
    end
    nothing
end
