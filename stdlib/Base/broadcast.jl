# Broadcasting: f.(xs...), x .+ y, x .= y. Shapes combine as in Julia (equal extents, or 1,
# which stretches); scalars are anything that is not an array or tuple. A broadcast whose
# results are all Bool produces a BitArray.

_bshape(x) = ()
_bshape(x::AbstractArray) = size(x)
_bshape(x::Tuple) = (length(x),)

function _bcast_combine(a::Tuple, b::Tuple)
    n = max(length(a), length(b))
    ntuple(d -> _bcast_dim(d <= length(a) ? a[d] : 1, d <= length(b) ? b[d] : 1), n)
end
function _bcast_dim(x, y)
    x == y && return x
    x == 1 && return y
    y == 1 && return x
    throw(DimensionMismatch(string("arrays could not be broadcast to a common size; got a dimension with lengths ", x, " and ", y)))
end
function _bcast_shape(xs)
    s = ()
    for x in xs
        s = _bcast_combine(s, _bshape(x))
    end
    s
end

"""
    Base.broadcastable(x)

What broadcasting uses in place of `x`: arrays, tuples, numbers and `Ref`s as they are (a `Ref`
is a scalar: `length.(Ref(v))`); strings, symbols, functions, types, pairs and `nothing` as
scalars; any other iterable collected (sets, generators, `eachline`, a `RegexMatch`'s captures), as
Julia's. A value that cannot be iterated is a scalar (where Julia's `collect` fails). Define a
method to make a type broadcast as a scalar (`Base.broadcastable(x::T) = Ref(x)`) or as the
collection it holds.
"""
broadcastable(x) = applicable(iterate, x) ? collect(x) : x
broadcastable(x::Union{AbstractArray, Number, AbstractChar, Ref, Tuple}) = x
broadcastable(x::Union{AbstractString, Symbol, Function, Type, Pair, Nothing}) = x
broadcastable(x::NamedTuple) = throw(ArgumentError("broadcasting over dictionaries and `NamedTuple`s is reserved"))
# a Ref is a container of one scalar
_bscalar(x) = x
_bscalar(x::Ref) = x[]

# Element of x for the output position with linear index k and cartesian index I.
_bcast_get(x, k, I, full) = _bscalar(x)
function _bcast_get(x::AbstractArray, k, I, full)
    full && return x[k]
    _bcast_cartesian(x, I)
end
_bcast_get(x::Tuple, k, I, full) = full ? x[k] : x[length(x) == 1 ? 1 : I[1]]
function _bcast_cartesian(x, I)
    s = size(x)
    lin = 0
    stride = 1
    for d in 1:length(s)
        i = s[d] == 1 ? 1 : I[d]
        lin += (i - 1) * stride
        stride *= s[d]
    end
    x[lin + 1]
end
_bcast_full(x, shape) = !(x isa AbstractArray || x isa Tuple) || _bshape(x) == shape
function _cartesian(k, shape)
    out = []
    r = k - 1
    for s in shape
        push!(out, r % s + 1)
        r = div(r, s)
    end
    (out...,)
end

# Element k of an argument whose shape is the result's (or a scalar, the same everywhere).
_bget(x, k) = x
_bget(x::AbstractArray, k) = x[k]
_bget(x::Tuple, k) = x[k]
_bget(x::Ref, k) = x[]

# The common case: every argument is a scalar or has the result's shape, so element k of the
# result needs element k of each. One method per arity keeps the call f(...) free of splatting,
# and the loop compiles to straight-line code once the call sites specialize.
function _bcast_fill!(f, dest, n, a)
    for k in 1:n
        dest[k] = f(_bget(a, k))
    end
    dest
end
function _bcast_fill!(f, dest, n, a, b)
    for k in 1:n
        dest[k] = f(_bget(a, k), _bget(b, k))
    end
    dest
end
function _bcast_fill!(f, dest, n, a, b, c)
    for k in 1:n
        dest[k] = f(_bget(a, k), _bget(b, k), _bget(c, k))
    end
    dest
end
function _bcast_fill!(f, dest, n, a, b, c, d)
    for k in 1:n
        dest[k] = f(_bget(a, k), _bget(b, k), _bget(c, k), _bget(d, k))
    end
    dest
end
function _bcast_fill!(f, dest, n, xs...)
    for k in 1:n
        dest[k] = f(map_tuple(x -> _bget(x, k), xs)...)
    end
    dest
end
_bcast_at(f, k, xs) = f(map_tuple(x -> _bget(x, k), xs)...)

# Stores elements 2:n while they are of type T; (k, v) for the first element v that is not.
# T is concrete, so `typeof(v) === T` is the isa test, and it folds in compiled code.
function _bcast_typed!(f, out, T, n, a)
    for k in 2:n
        v = f(_bget(a, k))
        typeof(v) === T || return (k, v)
        out[k] = v
    end
    nothing
end
function _bcast_typed!(f, out, T, n, a, b)
    for k in 2:n
        v = f(_bget(a, k), _bget(b, k))
        typeof(v) === T || return (k, v)
        out[k] = v
    end
    nothing
end
function _bcast_typed!(f, out, T, n, a, b, c)
    for k in 2:n
        v = f(_bget(a, k), _bget(b, k), _bget(c, k))
        typeof(v) === T || return (k, v)
        out[k] = v
    end
    nothing
end
function _bcast_typed!(f, out, T, n, xs...)
    for k in 2:n
        v = _bcast_at(f, k, xs)
        typeof(v) === T || return (k, v)
        out[k] = v
    end
    nothing
end

# The result array of a broadcast whose arguments all have its shape: typed by the first
# element; if a later element does not fit, the rest goes through an Any array narrowed at the end.
function _bcast_collect(f, shape, n, xs)
    v1 = _bcast_at(f, 1, xs)
    T = typeof(v1)
    out = T === Bool ? _new_bitarray(shape, false) : _new_array(T, shape)
    out[1] = v1
    misfit = _bcast_typed!(f, out, T, n, xs...)
    misfit === nothing && return out
    _bcast_widen(f, shape, n, xs, out, misfit)
end
# one or two arguments written out: no closure per element and no splatting (a third of the
# time of v .+ 1 on ten elements)
function _bcast_collect(f, shape, n, xs::Tuple{Any})
    a = xs[1]
    v1 = f(_bget(a, 1))
    T = typeof(v1)
    out = T === Bool ? _new_bitarray(shape, false) : _new_array(T, shape)
    out[1] = v1
    misfit = _bcast_typed!(f, out, T, n, a)
    misfit === nothing && return out
    _bcast_widen(f, shape, n, xs, out, misfit)
end
function _bcast_collect(f, shape, n, xs::Tuple{Any,Any})
    a = xs[1]
    b = xs[2]
    v1 = f(_bget(a, 1), _bget(b, 1))
    T = typeof(v1)
    out = T === Bool ? _new_bitarray(shape, false) : _new_array(T, shape)
    out[1] = v1
    misfit = _bcast_typed!(f, out, T, n, a, b)
    misfit === nothing && return out
    _bcast_widen(f, shape, n, xs, out, misfit)
end
# elements 1:k-1 fitted the first one's type, element k did not: the rest in an Any array, narrowed
function _bcast_widen(f, shape, n, xs, out, misfit)
    k, v = misfit
    wide = _new_array(Any, (n,))
    for j in 1:k - 1
        wide[j] = out[j]
    end
    wide[k] = v
    for j in k + 1:n
        wide[j] = _bcast_at(f, j, xs)
    end
    _bcast_narrow(wide, shape)
end
function _bcast_narrow(out, shape)
    all(v -> v isa Bool, out) || return _collect_narrow(out, shape)
    b = _new_bitarray(shape, false)
    for k in 1:length(out)
        out[k] && (b[k] = true)
    end
    b
end

# tuples of one length, alone or with a number: a tuple made element by element (the general
# path below fills a Vector{Any} and splats it, a microsecond for two pairs)
broadcast(f, a::Tuple) = map_tuple(f, a)
broadcast(f, a::Tuple, b::Tuple) = length(a) == length(b) ? ntuple(k -> f(a[k], b[k]), length(a)) : _broadcast(f, a, b)
broadcast(f, a::Tuple, b::Number) = ntuple(k -> f(a[k], b), length(a))
broadcast(f, a::Number, b::Tuple) = ntuple(k -> f(a, b[k]), length(b))
# arrays of one shape, alone or with a number: the result has that shape, no shape arithmetic
# (which cost a microsecond a call, all of a small vector's broadcast)
broadcast(f, a::Array) = _bcast_same(f, size(a), length(a), a)
broadcast(f, a::Array, b::Number) = _bcast_same(f, size(a), length(a), a, b)
broadcast(f, a::Number, b::Array) = _bcast_same(f, size(b), length(b), a, b)
broadcast(f, a::Array, b::Array) = size(a) == size(b) ? _bcast_same(f, size(a), length(a), a, b) : _broadcast(f, a, b)
_bcast_same(f, shape, n, xs...) = n == 0 ? _broadcast(f, xs...) : _bcast_collect(f, shape, n, xs)
broadcast(f, xs...) = _broadcast(f, map_tuple(broadcastable, xs)...)

# Int64 ranges stay ranges under the arithmetic Julia does on a range's ends (its broadcasted
# methods for ranges): (1:4) .+ 1 is 2:5, 2 .* (1:3) is 2:2:6, 5 .- (1:3) and -(1:3) step by -1.
# (A fused expression such as (1:3) .* 2 .+ 1 still makes a Vector.)
const _IntRange = Union{AbstractUnitRange{Int64}, StepRange{Int64,Int64}}
_step_range(a::Int64, s::Int64, n::Int64) = a:s:(a + s * (n - 1))
_shifted(r::AbstractUnitRange{Int64}, a::Int64) = a:(a + length(r) - 1)
_shifted(r::StepRange{Int64,Int64}, a::Int64) = _step_range(a, step(r), length(r))
broadcast(::typeof(+), r::_IntRange, x::Int64) = _shifted(r, first(r) + x)
broadcast(::typeof(+), x::Int64, r::_IntRange) = _shifted(r, x + first(r))
broadcast(::typeof(-), r::_IntRange, x::Int64) = _shifted(r, first(r) - x)
broadcast(::typeof(-), x::Int64, r::_IntRange) = _step_range(x - first(r), -step(r), length(r))
broadcast(::typeof(*), x::Int64, r::_IntRange) = _step_range(x * first(r), x * step(r), length(r))
broadcast(::typeof(*), r::_IntRange, x::Int64) = _step_range(first(r) * x, step(r) * x, length(r))
# two ranges: their sum or difference, a range (Julia's broadcasted on two ranges), where
# ranges.jl has that arithmetic
broadcast(f::Union{typeof(+), typeof(-)}, a::AbstractRange{<:Real}, b::AbstractRange{<:Real}) =
    _has_range_arith(a, b) ? f(a, b) : _broadcast(f, a, b)
_has_range_arith(a, b) = a isa AbstractRange{<:Integer} && b isa AbstractRange{<:Integer} ||
    a isa StepRangeLen{Float64} || b isa StepRangeLen{Float64} || a isa LinRange && (typeof(a) == typeof(b) || b isa OrdinalRange) ||
    b isa LinRange && a isa OrdinalRange
broadcast(::typeof(-), r::_IntRange) = -r
broadcast(::typeof(+), r::_IntRange) = r
-(r::_IntRange) = _step_range(-first(r), -step(r), length(r))
# with a float (or a division): a float range, as Julia's: (1:4) / 2 is 0.5:0.5:2.0, (1:5) .* 0.1 is 0.1:0.1:0.5
_float_range(a, s, n) = range(a, step = s, length = n)
/(r::_IntRange, x::Real) = _float_range(first(r) / x, step(r) / x, length(r))
broadcast(::typeof(/), r::_IntRange, x::Real) = r / x
*(r::_IntRange, x::AbstractFloat) = _float_range(first(r) * x, step(r) * x, length(r))
*(x::AbstractFloat, r::_IntRange) = _float_range(x * first(r), x * step(r), length(r))
broadcast(::typeof(*), r::_IntRange, x::AbstractFloat) = r * x
broadcast(::typeof(*), x::AbstractFloat, r::_IntRange) = x * r
broadcast(::typeof(+), r::_IntRange, x::AbstractFloat) = _float_range(first(r) + x, Float64(step(r)), length(r))
broadcast(::typeof(+), x::AbstractFloat, r::_IntRange) = _float_range(x + first(r), Float64(step(r)), length(r))
broadcast(::typeof(-), r::_IntRange, x::AbstractFloat) = _float_range(first(r) - x, Float64(step(r)), length(r))
broadcast(::typeof(-), x::AbstractFloat, r::_IntRange) = _float_range(x - first(r), -Float64(step(r)), length(r))
# float ranges stay ranges too: (0:0.5:2) .+ 1 is 1.0:0.5:3.0, 2 .* LinRange(0, 1, 3) a LinRange
broadcast(::typeof(+), r::StepRangeLen{Float64}, x::Real) = _shift_range(r, x, 1)
broadcast(::typeof(+), x::Real, r::StepRangeLen{Float64}) = _shift_range(r, x, 1)
broadcast(::typeof(-), r::StepRangeLen{Float64}, x::Real) = _shift_range(r, -x, 1)
broadcast(::typeof(-), x::Real, r::StepRangeLen{Float64}) = _shift_range(r, x, -1)
broadcast(::typeof(-), r::Union{StepRangeLen{Float64}, LinRange}) = -r
broadcast(::typeof(*), r::Union{StepRangeLen{Float64}, LinRange}, x::Real) = r * x
broadcast(::typeof(*), x::Real, r::Union{StepRangeLen{Float64}, LinRange}) = x * r
broadcast(::typeof(/), r::Union{StepRangeLen{Float64}, LinRange}, x::Real) = r / x
broadcast(::typeof(+), r::LinRange, x::Real) = LinRange(r.start + x, r.stop + x, r.len)
broadcast(::typeof(+), x::Real, r::LinRange) = LinRange(x + r.start, x + r.stop, r.len)
broadcast(::typeof(-), r::LinRange, x::Real) = LinRange(r.start - x, r.stop - x, r.len)
broadcast(::typeof(-), x::Real, r::LinRange) = LinRange(x - r.start, x - r.stop, r.len)
function _broadcast(f, xs...)
    shape = _bcast_shape(xs)
    if length(shape) == 0
        return f(map_tuple(_bscalar, xs)...)
    end
    n = 1
    for s in shape
        n *= s
    end
    fulls = map_tuple(x -> _bcast_full(x, shape), xs)
    allfull = all(identity, fulls)
    if allfull && n > 0 && !all(x -> x isa Tuple || !(x isa AbstractArray), xs)
        return _bcast_collect(f, shape, n, xs)
    end
    out = _new_array(Any, (n,))
    allbool = true
    for k in 1:n
        I = allfull ? () : _cartesian(k, shape)
        v = f(_bcast_args(xs, fulls, k, I)...)
        allbool = allbool && v isa Bool
        out[k] = v
    end
    if all(x -> x isa Tuple || !(x isa AbstractArray || x isa Tuple), xs)
        return (out...,)
    end
    if n == 0
        # Julia takes the element type inference gives f (combine_eltypes) at face value
        T = promote_typejoin_union(_return_type(f, map_tuple(_bcast_eltype, xs)...))
        return T === Bool ? _new_bitarray(shape, false) : _new_array(T, shape)
    end
    if allbool && n > 0
        b = _new_bitarray(shape, false)
        for k in 1:n
            out[k] && (b[k] = true)
        end
        return b
    end
    _collect_narrow(out, shape)
end
# the type of the elements f is called with from x (Julia's eltype(broadcastable(x)))
_bcast_eltype(x) = x isa Union{AbstractArray, Ref, Tuple} ? eltype(x) : typeof(x)
function _bcast_args(xs, fulls, k, I)
    if length(xs) == 1
        return (_bcast_get(xs[1], k, I, fulls[1]),)
    elseif length(xs) == 2
        return (_bcast_get(xs[1], k, I, fulls[1]), _bcast_get(xs[2], k, I, fulls[2]))
    end
    ntuple(j -> _bcast_get(xs[j], k, I, fulls[j]), length(xs))
end

# Word-at-a-time logic on BitArrays of one shape.
function broadcast(f::typeof(&), a::BitArray, b::BitArray)
    size(a) == size(b) ? _bit_map(0, a, b) : invoke_broadcast(f, a, b)
end
function broadcast(f::typeof(|), a::BitArray, b::BitArray)
    size(a) == size(b) ? _bit_map(1, a, b) : invoke_broadcast(f, a, b)
end
function broadcast(f::typeof(xor), a::BitArray, b::BitArray)
    size(a) == size(b) ? _bit_map(2, a, b) : invoke_broadcast(f, a, b)
end
broadcast(f::typeof(!), a::BitArray) = _bit_not(a)
function invoke_broadcast(f, a, b)
    broadcast((x, y) -> f(x, y), a, b)
end

# as Julia's check_broadcast_shape: each argument's extent is the destination's or 1, and the
# dimensions it has beyond the destination's are singletons (`v .= sum(M, dims = 2)`)
function _bcast_check_dest(shape, s)
    for d in 1:length(s)
        if d > length(shape)
            s[d] == 1 || throw(DimensionMismatch("cannot broadcast array to have fewer non-singleton dimensions"))
        elseif !(s[d] == shape[d] || s[d] == 1)
            throw(DimensionMismatch("array could not be broadcast to match destination"))
        end
    end
end

function broadcast!(f, dest::AbstractArray, xs...)
    xs = map_tuple(broadcastable, xs)
    shape = size(dest)
    for x in xs
        _bcast_check_dest(shape, _bshape(x))
    end
    n = length(dest)
    fulls = map_tuple(x -> _bcast_full(x, shape), xs)
    allfull = all(identity, fulls)
    if allfull && length(xs) == 1 && !(xs[1] isa AbstractArray || xs[1] isa Tuple)
        v = f(_bscalar(xs[1]))
        for k in 1:n
            dest[k] = v
        end
        return dest
    end
    # an argument that shares memory with dest (other than dest itself, read where it is
    # written) is read from a copy, as Julia's broadcast_unalias: x[2:end] .= x[1:end-1]
    xs = map_tuple(x -> x === dest ? x : unalias(dest, x), xs)
    allfull && return _bcast_fill!(f, dest, n, xs...)
    for k in 1:n
        I = allfull ? () : _cartesian(k, shape)
        dest[k] = f(_bcast_args(xs, fulls, k, I)...)
    end
    dest
end

# Julia's aliasing checks (abstractarray.jl): whether two arrays may share memory, judged by the
# arrays they wrap (a view, a reshape, an adjoint read their parent's memory)
_alias_roots(A::Array) = (A,)
_alias_roots(::AbstractRange) = ()
# (views.jl and linalg.jl add their wrappers: the parent's roots)
_alias_roots(A::AbstractArray) = (A,)
_same_memory(a, b) = a === b || (a isa Array && b isa Array && _arrays_identical(a, b))
"""
    Base.mightalias(A::AbstractArray, B::AbstractArray)

Whether `A` and `B` may share memory (conservatively: true when they wrap the same array).
"""
function mightalias(A::AbstractArray, B::AbstractArray)
    for a in _alias_roots(A), b in _alias_roots(B)
        _same_memory(a, b) && return true
    end
    false
end
mightalias(A, B) = false
"""
    Base.unalias(dest, A)

`A`, or a copy of it when it may share memory with `dest` (so that writing `dest` while reading
`A` reads the old values).
"""
unalias(dest, A::AbstractArray) = mightalias(dest, A) ? unaliascopy(A) : A
unalias(dest, A) = A
unaliascopy(A::AbstractArray) = copy(A)
_broadcast_function(f) = (xs...) -> broadcast(f, xs...)

# Elementwise arithmetic on arrays of one shape.
function _same_shape(a, b)
    size(a) == size(b) && return nothing
    throw(DimensionMismatch(string("dimensions must match: a has dims ", _dims_string(a), ", b has dims ", _dims_string(b), ", mismatch at ", _first_mismatch(size(a), size(b)))))
end
_dims_string(a) = string("(", join(map_tuple(n -> string("Base.OneTo(", n, ")"), size(a)), ", "), length(size(a)) == 1 ? ",)" : ")")
function _first_mismatch(s, t)
    for d in 1:max(length(s), length(t))
        x = d <= length(s) ? s[d] : 1
        y = d <= length(t) ? t[d] : 1
        x != y && return d
    end
    0
end
+(a::AbstractArray, b::AbstractArray) = (_same_shape(a, b); broadcast(+, a, b))
-(a::AbstractArray, b::AbstractArray) = (_same_shape(a, b); broadcast(-, a, b))
-(a::AbstractArray) = broadcast(-, a)
*(a::AbstractArray, x::Number) = broadcast(*, a, x)
*(x::Number, a::AbstractArray) = broadcast(*, x, a)
/(a::AbstractArray, x::Number) = broadcast(/, a, x)

"""
    Base.Broadcast

Julia's broadcasting module: here it holds `broadcastable`, `broadcast` and `broadcast!` (so
`Base.Broadcast.broadcastable(x::T) = Ref(x)` works); the `BroadcastStyle`/`Broadcasted`
machinery by which Julia's custom array types take over broadcasting is not there.
"""
module Broadcast
import ..Base: broadcastable, broadcast, broadcast!
export broadcast, broadcast!
end
