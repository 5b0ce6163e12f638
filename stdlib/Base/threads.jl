# Base.Threads: tasks that run in parallel, atomics, @threads loops (Julia's
# base/threadingconstructs.jl and base/atomics.jl).

module Threads

# as Julia's Base.Threads: `using Base.Threads` brings these in
export threadid, nthreads, @threads, @spawn, threadpool, nthreadpools, Atomic, atomic_cas!, atomic_xchg!,
    atomic_add!, atomic_sub!, atomic_and!, atomic_nand!, atomic_or!, atomic_xor!, atomic_max!, atomic_min!,
    atomic_fence, SpinLock

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
# the threads of a pool: every thread is in :default (there is no :interactive pool)
nthreads(pool::Symbol) = pool === :default ? nthreads() : pool === :interactive ? 0 :
    throw(ArgumentError(string("invalid threadpool specified: ", pool)))
maxthreadid() = nthreads()
threadpoolsize(pool::Symbol = :default) = nthreads(pool)
# (the JVM's volatile and atomic accesses order memory themselves: a full fence, as Julia's)
atomic_fence() = (_atomic_fence(); nothing)
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

# ---- @atomic fields -------------------------------------------------------------------------
# Julia's per-field atomics, made indivisible by one lock that every @atomic access takes (the
# memory-order argument is accepted; all of them are sequentially consistent here).
const _ATOMIC_FIELDS_LOCK = ReentrantLock()
_atomic_order(order) = order isa QuoteNode && order.value in (:not_atomic, :unordered, :monotonic, :acquire, :release, :acquire_release, :sequentially_consistent) ||
    throw(ArgumentError("invalid atomic ordering: $order"))
_field_ref(ex) = (ex isa Expr && ex.head === :. && length(ex.args) == 2) ? ex : throw(ArgumentError("@atomic: expected a field access `a.b`, got $ex"))
"""
    @atomic a.x
    @atomic a.x = v
    @atomic a.x += v
    @atomic f(a.x, v)      (or a.x f v)

Reads or updates the field indivisibly with respect to other `@atomic` operations; `+=` and the
other updating forms return the new value, `f(a.x, v)` the pair `old => new`. In a struct,
`@atomic x::T` declares the field. An optional first argument names Julia's memory order.
"""
macro atomic(ex)
    _atomic_expr(ex)
end
macro atomic(order, ex)
    _atomic_order(order)
    _atomic_expr(ex)
end
macro atomic(a1, op, a2)
    (a1 isa QuoteNode && _atomic_order(a1)) && return _atomic_expr(:($op($a2)))
    _atomic_modify(_field_ref(a1), op, a2)
end
macro atomic(order, a1, op, a2)
    _atomic_order(order)
    _atomic_modify(_field_ref(a1), op, a2)
end
function _atomic_expr(ex)
    # a field declaration in a struct
    (ex isa Expr && ex.head === :(::)) && return esc(ex)
    (ex isa Symbol) && return esc(ex)
    if ex isa Expr && ex.head === :.
        return :(lock(() -> $(esc(ex)), _ATOMIC_FIELDS_LOCK))
    elseif ex isa Expr && ex.head === :(=)
        ref = _field_ref(ex.args[1])
        obj = gensym("obj")
        return :(let $obj = $(esc(ref.args[1])); lock(() -> ($obj.$(ref.args[2].value) = $(esc(ex.args[2]))), _ATOMIC_FIELDS_LOCK) end)
    elseif ex isa Expr && length(ex.args) == 2 && endswith(string(ex.head), "=") && ex.head !== :(==)
        op = Symbol(chop(string(ex.head)))
        return :(last($(_atomic_modify(_field_ref(ex.args[1]), op, ex.args[2]))))
    elseif ex isa Expr && ex.head === :call && length(ex.args) == 3
        return _atomic_modify(_field_ref(ex.args[2]), ex.args[1], ex.args[3])
    end
    throw(ArgumentError("@atomic: invalid expression $ex"))
end
# `let obj = a; lock(...) do; old = obj.f; <rest> end end`: the field read and the rest done
# under the lock, `rest(obj, f, old)` giving the statements after the read
function _atomic_locked(ref, rest)
    obj = gensym("obj")
    old = gensym("old")
    f = ref.args[2].value
    :(let $obj = $(esc(ref.args[1]))
        lock(_ATOMIC_FIELDS_LOCK) do
            $old = $obj.$f
            $(rest(obj, f, old))
        end
    end)
end
# old => new, with new = op(old, v)
_atomic_modify(ref, op, v) = _atomic_locked(ref, (obj, f, old) -> :($obj.$f = $(esc(op))($old, $(esc(v))); $old => $obj.$f))
"""
    @atomicswap a.x = v

Sets the field to `v` indivisibly and returns its old value.
"""
macro atomicswap(ex)
    (ex isa Expr && ex.head === :(=)) || throw(ArgumentError("@atomicswap: expected `a.b = v`"))
    _atomic_locked(_field_ref(ex.args[1]), (obj, f, old) -> :($obj.$f = $(esc(ex.args[2])); $old))
end
"""
    @atomicreplace a.x expected => desired

Sets the field to `desired` if it holds `expected` (`===`), indivisibly; returns
`(old = ..., success = ...)`.
"""
macro atomicreplace(ref, pair)
    (pair isa Expr && pair.head === :call && pair.args[1] === :(=>)) || throw(ArgumentError("@atomicreplace: expected `a.b expected => desired`"))
    _atomic_locked(_field_ref(ref), (obj, f, old) -> quote
        ok = $old === $(esc(pair.args[2]))
        ok && ($obj.$f = $(esc(pair.args[3])))
        (old = $old, success = ok)
    end)
end
