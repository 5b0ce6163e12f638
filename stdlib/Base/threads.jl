# Base.Threads: tasks that run in parallel, atomics, @threads loops (Julia's
# base/threadingconstructs.jl and base/atomics.jl).

module Threads

# as Julia's Base.Threads: `using Base.Threads` brings these in
export threadid, nthreads, @threads, @spawn, threadpool, nthreadpools, Atomic, atomic_cas!, atomic_xchg!,
    atomic_add!, atomic_sub!, atomic_and!, atomic_nand!, atomic_or!, atomic_xor!, atomic_max!, atomic_min!,
    SpinLock

"""
    Threads.Atomic{T}(value=zero(T))

A value of a primitive integer, float or Bool type `T` read with `x[]`, written with
`x[] = v`, and updated indivisibly with `atomic_add!` and friends, which return the old value.
"""
const Atomic = Base._AtomicType
const Condition = Base.GenericCondition{Base.ReentrantLock}
# Julia's SpinLock does not re-enter; ReentrantLock does all a SpinLock is used for
const SpinLock = Base.ReentrantLock

"""
    Threads.nthreads()

The number of threads tasks run on (`jl --threads N`; by default the number of cores).
"""
nthreads() = Base._nthreads()
maxthreadid() = nthreads()
nthreadpools() = 1
threadpool() = :default

"""
    Threads.threadid()

The number (1 to `nthreads()`) of the thread the current task runs on now.
"""
threadid() = Base._threadid()

# Threads.@spawn expr  →  Threads._spawn(() -> expr)
_spawn(f) = Base._spawn_task(f, false)

# Threads.@threads for i in r body end  →  Threads._threads_for(r, i -> body): one task per
# thread, each running a contiguous block of the iterations.
function _threads_for(r, f)
    n = length(r)
    k = min(nthreads(), n)
    tasks = Any[]
    lo = 1
    for c in 1:k
        len = div(n, k) + (c <= n % k ? 1 : 0)
        first_i = lo
        last_i = lo + len - 1
        push!(tasks, _spawn(() -> begin
            for j in first_i:last_i
                f(r[j])
            end
        end))
        lo = last_i + 1
    end
    failures = nothing
    for t in tasks
        Base._task_wait(t)
        if istaskfailed(t)
            failures === nothing && (failures = Base.CompositeException())
            push!(failures, Base.TaskFailedException(t))
        end
    end
    failures === nothing || throw(failures)
    nothing
end

atomic_add!(x::Atomic, v) = Base._atomic_op(x, 0, v)
atomic_sub!(x::Atomic, v) = Base._atomic_op(x, 1, v)
atomic_and!(x::Atomic, v) = Base._atomic_op(x, 2, v)
atomic_or!(x::Atomic, v) = Base._atomic_op(x, 3, v)
atomic_xor!(x::Atomic, v) = Base._atomic_op(x, 4, v)
atomic_nand!(x::Atomic, v) = Base._atomic_op(x, 5, v)
atomic_max!(x::Atomic, v) = Base._atomic_op(x, 6, v)
atomic_min!(x::Atomic, v) = Base._atomic_op(x, 7, v)
atomic_xchg!(x::Atomic, v) = Base._atomic_op(x, 8, v)
atomic_cas!(x::Atomic, cmp, new) = Base._atomic_cas(x, cmp, new)

function Base.show(io::IO, x::Atomic)
    print(io, typeof(x), '(')
    show(io, x[])
    print(io, ')')
end

end
