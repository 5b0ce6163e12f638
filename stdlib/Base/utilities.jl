# Smaller parts of Julia's Base that programs reach for now and then: GC, @static, byte order
# (hton...), retry with ExponentialBackOff.

"""
    GC.gc(full = true)
    GC.enable(on) -> Bool
    GC.@preserve x ... expr

The garbage collector: `gc()` asks the JVM for a collection; collection cannot be turned off
(`enable` says it was on); `@preserve` only runs its expression (nothing here moves or frees a
value still in use).
"""
module GC
    gc(full::Bool = true) = (Base._gc(); nothing)
    enable(on::Bool) = true
    safepoint() = nothing
    macro preserve(args...)
        esc(args[end])
    end
end

"""
    Libc.time()
    Libc.strftime([format], t)
    Libc.getpid()
    Libc.gethostname()
    Libc.systemsleep(s)

Julia's interface to the C library, for what TruffleJL can give without one: `strftime`
formats the local time of `t` (seconds since 1970) with C's conversions in the "C" locale
(`%Y %m %d %H %M %S %F %T %c %a %b %p %z %Z ...`; the week-number ones are not there); the
default format is `%c`.
"""
module Libc
    time() = Base.time()
    strftime(t::Real) = strftime("%c", t)
    strftime(format::AbstractString, t::Real) = Base._strftime(String(format), Float64(t))
    getpid() = Base.getpid()
    gethostname() = Base.gethostname()
    systemsleep(s::Real) = Base.sleep(s)
end

"""
    @static if cond ... else ... end
    @static cond ? a : b

Decides at parse time, in the module being loaded: only the chosen branch is in the code
(`@static if Sys.iswindows()` ...).
"""
macro static(ex)
    if ex isa Expr && (ex.head === :if || ex.head === :elseif)
        if Core.eval(__module__, ex.args[1])
            return esc(ex.args[2])
        elseif length(ex.args) == 3
            rest = ex.args[3]
            rest isa Expr && rest.head === :elseif && return :(@static $(Expr(:if, rest.args...)))
            return esc(rest)
        end
        return nothing
    elseif ex isa Expr && (ex.head === :&& || ex.head === :||)
        first = Core.eval(__module__, ex.args[1])
        return ex.head === :&& ? (first ? esc(ex.args[2]) : false) : (first ? true : esc(ex.args[2]))
    end
    throw(ArgumentError("invalid @static macro"))
end

# byte order: this machine (the JVM's numbers here) is little-endian, as Julia's usual hosts
"""
    hton(x), ntoh(x), htol(x), ltoh(x)

Between this machine's byte order (little-endian) and network (big-endian) or little-endian order.
"""
hton(x) = bswap(x)
ntoh(x) = bswap(x)
htol(x) = x
ltoh(x) = x

"""
    ExponentialBackOff(; n = 1, first_delay = 0.05, max_delay = 10.0, factor = 5.0, jitter = 0.1)

`n` delays (in seconds), each `factor` times the one before (give or take `jitter`), at most
`max_delay`: for `retry`.
"""
struct ExponentialBackOff
    n::Int
    first_delay::Float64
    max_delay::Float64
    factor::Float64
    jitter::Float64
end
ExponentialBackOff(; n = 1, first_delay = 0.05, max_delay = 10.0, factor = 5.0, jitter = 0.1) =
    ExponentialBackOff(n, first_delay, max_delay, factor, jitter)
function iterate(b::ExponentialBackOff, state = (b.n, min(b.first_delay, b.max_delay)))
    state[1] < 1 && return nothing
    delay = state[2]
    next = min(b.max_delay, delay * b.factor * (1.0 - b.jitter + rand() * 2.0 * b.jitter))
    (delay, (state[1] - 1, next))
end
length(b::ExponentialBackOff) = b.n
eltype(::Type{ExponentialBackOff}) = Float64
"""
    retry(f; delays = ExponentialBackOff(), check = nothing) -> Function

A function that calls `f` and, when it throws, sleeps for the next delay and calls it again,
until the delays run out (the last try's error is not caught). `check(state, e)` may decide that
an error is not worth another try (returning false).
"""
function retry(f; delays = ExponentialBackOff(), check = nothing)
    (args...; kwargs...) -> begin
        y = iterate(delays)
        while y !== nothing
            delay, state = y
            try
                return f(args...; kwargs...)
            catch e
                if check !== nothing
                    result = check(state, e)
                    state, again = result isa Tuple ? result : (state, result)
                    again || rethrow()
                end
            end
            sleep(delay)
            y = iterate(delays, state)
        end
        f(args...; kwargs...)
    end
end


# ---- generated functions ----------------------------------------------------------------------

# The code of each @generated method for each tuple of argument types: made by the method's
# generator (called with the types, a vararg as a tuple of types, and the static parameters)
# the first time, evaluated in the defining module as a function of the argument names and
# static parameters, then called with the values. `key` identifies the method definition.
const _GENERATED_BODIES = Dict{Any, Any}()
const _GENERATED_LOCK = ReentrantLock()
function _generated_call(key::Symbol, generator, mod::Module, names::Tuple, args::Tuple, sparams::Tuple, vararg::Int)
    types = ntuple(i -> i == vararg ? map(_dispatch_type, args[i]) : _dispatch_type(args[i]), length(args))
    fn = lock(_GENERATED_LOCK) do
        get!(_GENERATED_BODIES, (key, types)) do
            code = generator(types..., sparams...)
            Core.eval(mod, Expr(:->, Expr(:tuple, names...), code))
        end
    end
    invokelatest(fn, args..., sparams...)
end
