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
# The subscripts (column-major) of linear position k in an array of the given shape. Up to
# four dimensions written out: a tuple made in one piece stays virtual in compiled code
# (a vector grown per element cost 150 ns in every 2-d and 3-d loop that needed subscripts).
function _cartesian(k, shape)
    n = length(shape)
    r = k - 1
    n == 0 && return ()
    n == 1 && return (r % shape[1] + 1,)
    q = div(r, shape[1])
    n == 2 && return (r % shape[1] + 1, q % shape[2] + 1)
    q2 = div(q, shape[2])
    n == 3 && return (r % shape[1] + 1, q % shape[2] + 1, q2 % shape[3] + 1)
    n == 4 && return (r % shape[1] + 1, q % shape[2] + 1, q2 % shape[3] + 1, div(q2, shape[3]) % shape[4] + 1)
    out = []
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

# An argument with fewer or singleton dimensions read at the result's linear positions
# (and, in reductions along dimensions, the output position each input position goes to):
# element k of the result reads x at the offset its subscripts give, along x's strides (0 along
# a dimension x has as 1). The current column's start is kept, so consecutive positions down a
# column cost an addition, not a division per dimension (A .+ x' was 360 ns an element with a
# subscript tuple built and matched per argument).
mutable struct _BExtruded{X, S}
    x::X
    shape::S
    strides::S
    colstart::Int   # the linear position of the current column's first element
    colend::Int
    base::Int       # x's offset at colstart
end
function _bextrude(x, shape)
    _bcast_full(x, shape) && return x
    sx = _bshape(x)
    strides = ntuple(d -> d > length(sx) || sx[d] == 1 ? 0 : _prod_upto(sx, d - 1), length(shape))
    _BExtruded(x, shape, strides, 1, 0, 1)
end
function _prod_upto(t, m)
    p = 1
    for d in 1:m
        p *= t[d]
    end
    p
end
_bget(e::_BExtruded, k) = e.x[_boffset(e, k)]
function _boffset(e::_BExtruded, k)
    (e.colstart <= k <= e.colend) || _bseek!(e, k)
    e.base + (k - e.colstart) * e.strides[1]
end
function _bseek!(e::_BExtruded, k)
    m = e.shape[1]
    e.colstart = k - (k - 1) % m
    e.colend = e.colstart + m - 1
    I = _cartesian(e.colstart, e.shape)
    off = 1
    for d in 2:length(I)
        off += (I[d] - 1) * e.strides[d]
    end
    e.base = off
    nothing
end

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
function broadcast(f, xs...)
    ys = map_tuple(broadcastable, xs)
    _plain_broadcast_args(ys) && return _broadcast(f, ys...)
    # an argument whose type has a BroadcastStyle of its own: Julia's copy(::Broadcasted{Style})
    style = Broadcast.combine_styles(ys...)
    _base_style(style) && return _broadcast(f, ys...)
    copy(Broadcast.instantiate(Broadcast.Broadcasted{typeof(style)}(f, ys)))
end
# arguments no program can have given a style of its own (no dispatch on styles for them)
_plain_broadcast_args(xs::Tuple{}) = true
_plain_broadcast_args(xs::Tuple) = _plain_broadcast_arg(xs[1]) && _plain_broadcast_args(tail(xs))
_plain_broadcast_arg(x) = false
_plain_broadcast_arg(x::Union{Array, Number, BitArray, AbstractRange, Tuple, AbstractString, Symbol, Function, Type, Nothing, Ref}) = true

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
    a isa StepRangeLen{Float64} || b isa StepRangeLen{Float64} || a isa StepRangeLen && b isa StepRangeLen || a isa LinRange && (typeof(a) == typeof(b) || b isa OrdinalRange) ||
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
broadcast(::typeof(+), r::StepRangeLen, x::Number) = _srl_plus(r, x)
broadcast(::typeof(+), x::Number, r::StepRangeLen) = _srl_plus(x, r)
broadcast(::typeof(-), r::StepRangeLen, x::Number) = _srl_minus(r, x)
broadcast(::typeof(-), x::Number, r::StepRangeLen) = _srl_minus(x, r)
broadcast(::typeof(-), r::StepRangeLen) = StepRangeLen(-r.ref, -r.step, length(r), r.offset)
broadcast(::typeof(-), r::LinRange) = -r
broadcast(::typeof(*), r::StepRangeLen, x::Number) = _srl_times(r, x)
broadcast(::typeof(*), x::Number, r::StepRangeLen) = _srl_times(x, r)
broadcast(::typeof(/), r::StepRangeLen, x::Number) = _srl_div(r, x)
broadcast(::typeof(*), r::LinRange, x::Real) = r * x
broadcast(::typeof(*), x::Real, r::LinRange) = x * r
broadcast(::typeof(/), r::LinRange, x::Real) = r / x
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
    if n > 0 && !all(x -> x isa Tuple || !(x isa AbstractArray), xs)
        return _bcast_collect(f, shape, n, map_tuple(x -> _bextrude(x, shape), xs))
    end
    fulls = map_tuple(x -> _bcast_full(x, shape), xs)
    allfull = all(identity, fulls)
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
    if !(dest isa Array && _plain_broadcast_args(xs))
        style = Broadcast.combine_styles(dest, xs...)
        _base_style(style) || return copyto!(dest, Broadcast.instantiate(Broadcast.Broadcasted{typeof(style)}(f, xs, axes(dest))))
    end
    _broadcast_into!(f, dest, xs)
end
function _broadcast_into!(f, dest, xs)
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
    _bcast_fill!(f, dest, n, map_tuple(x -> _bextrude(x, shape), xs)...)
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

Julia's broadcasting module: `broadcastable`, `broadcast`, `broadcast!`, and the
`BroadcastStyle`/`Broadcasted` interface by which a program's array types take over
broadcasting (Julia manual, "Customizing broadcasting"): an argument whose
`BroadcastStyle(typeof(x))` is a style of the program's makes `f.(xs...)` call
`copy(bc::Broadcasted{Style})`, by default `copyto!(similar(bc, ElType), bc)`, and `dest .= ...`
call `copyto!(dest, bc)`. Dot calls are fused into one function before they get here, so a
`Broadcasted` has the leaves as its `args` (it is already `flatten`ed).
"""
module Broadcast
import ..Base: broadcastable, broadcast, broadcast!, similar, axes, size, length, ndims, copy, copyto!,
    eachindex, iterate, getindex, show, _broadcast, _broadcast_into!, _bcast_shape, _bcast_get, _bcast_full, _bcast_args
export broadcast, broadcast!, BroadcastStyle, broadcastable

abstract type BroadcastStyle end
struct Style{T} <: BroadcastStyle end
struct Unknown <: BroadcastStyle end
abstract type AbstractArrayStyle{N} <: BroadcastStyle end
struct ArrayStyle{A<:AbstractArray} <: AbstractArrayStyle{Any} end
ArrayStyle{A}(::Val) where A = ArrayStyle{A}()
struct DefaultArrayStyle{N} <: AbstractArrayStyle{N} end
DefaultArrayStyle(::Val{N}) where N = DefaultArrayStyle{N}()
DefaultArrayStyle{M}(::Val{N}) where {N,M} = DefaultArrayStyle{N}()
const DefaultVectorStyle = DefaultArrayStyle{1}
const DefaultMatrixStyle = DefaultArrayStyle{2}
# two array styles with no rule between them: the result is an Array (and stays one)
struct ArrayConflict <: AbstractArrayStyle{Any} end
ArrayConflict(::Val) = ArrayConflict()

BroadcastStyle(::Type{<:Tuple}) = Style{Tuple}()
BroadcastStyle(::Type{<:AbstractArray{T,N}}) where {T,N} = DefaultArrayStyle{N}()
BroadcastStyle(::Type{T}) where {T} = DefaultArrayStyle{0}()

# binary rules (Julia's): a program defines BroadcastStyle(::Mine, ::Other) in one order
BroadcastStyle(::S, ::S) where S<:BroadcastStyle = S()
BroadcastStyle(::BroadcastStyle, ::BroadcastStyle) = Unknown()
BroadcastStyle(::Unknown, ::Unknown) = Unknown()
BroadcastStyle(::S, ::Unknown) where S<:BroadcastStyle = S()
BroadcastStyle(a::AbstractArrayStyle{0}, b::Style{Tuple}) = b
BroadcastStyle(a::AbstractArrayStyle, ::Style{Tuple}) = a
BroadcastStyle(::A, ::A) where A<:ArrayStyle = A()
BroadcastStyle(::ArrayStyle, ::ArrayStyle) = Unknown()
BroadcastStyle(::A, ::A) where A<:AbstractArrayStyle = A()
function BroadcastStyle(a::AbstractArrayStyle{M}, b::AbstractArrayStyle{N}) where {M,N}
    A = typeof(a)
    B = typeof(b)
    nameof(A) === nameof(B) && parentmodule(A) === parentmodule(B) && return A(Val(max(M, N)))
    Unknown()
end
BroadcastStyle(a::AbstractArrayStyle{Any}, ::DefaultArrayStyle) = a
BroadcastStyle(a::AbstractArrayStyle{N}, ::DefaultArrayStyle{N}) where N = a
BroadcastStyle(a::AbstractArrayStyle{M}, ::DefaultArrayStyle{N}) where {M,N} = typeof(a)(Val(max(M, N)))

combine_styles() = DefaultArrayStyle{0}()
combine_styles(c) = result_style(BroadcastStyle(typeof(c)))
combine_styles(c1, c2) = result_style(combine_styles(c1), combine_styles(c2))
combine_styles(c1, c2, cs...) = result_style(combine_styles(c1), combine_styles(c2, cs...))
result_style(s::BroadcastStyle) = s
result_style(s1::S, s2::S) where S<:BroadcastStyle = S()
result_style(s1, s2) = result_join(s1, s2, BroadcastStyle(s1, s2), BroadcastStyle(s2, s1))
result_join(::Any, ::Any, ::Unknown, ::Unknown) = Unknown()
result_join(::Any, ::Any, ::Unknown, s::BroadcastStyle) = s
result_join(::Any, ::Any, s::BroadcastStyle, ::Unknown) = s
result_join(::AbstractArrayStyle, ::AbstractArrayStyle, ::Unknown, ::Unknown) = ArrayConflict()
result_join(::Any, ::Any, ::S, ::S) where S<:BroadcastStyle = S()
function result_join(::S, ::T, ::U, ::V) where {S,T,U,V}
    error(string("conflicting broadcast rules defined\n  Broadcast.BroadcastStyle(::", S, ", ::", T, ") = ", U,
        "()\n  Broadcast.BroadcastStyle(::", T, ", ::", S, ") = ", V, "()\nOne of these should be undefined (and thus return Broadcast.Unknown)."))
end

"""
    Broadcast.Broadcasted{Style}(f, args, axes = nothing)

A broadcast not yet computed: `f` over `args`, with the result's `axes` (filled in by
`instantiate`). `copy(bc)` computes it into `similar(bc, ElType)`.
"""
struct Broadcasted{Style<:Union{Nothing,BroadcastStyle}, Axes, F, Args<:Tuple}
    f::F
    args::Args
    axes::Axes
end
Broadcasted(f, args::Tuple, axes = nothing) = Broadcasted{typeof(combine_styles(args...))}(f, args, axes)
Broadcasted{Style}(f, args::Tuple, axes = nothing) where {Style} =
    Broadcasted{Style, typeof(axes), Core.Typeof(f), typeof(args)}(f, args, axes)
BroadcastStyle(::Type{<:Broadcasted{Style}}) where {Style} = Style()

function show(io::IO, bc::Broadcasted{Style}) where {Style}
    print(io, Broadcasted)
    bc.axes isa Tuple && print(io, '{', Style, '}')
    print(io, '(', bc.f, ", ", bc.args, ')')
end

similar(bc::Broadcasted, ::Type{T}) where {T} = similar(bc, T, axes(bc))
similar(::Broadcasted{DefaultArrayStyle{N}}, ::Type{ElType}, dims) where {N,ElType} = similar(Array{ElType}, dims)
similar(::Broadcasted{DefaultArrayStyle{N}}, ::Type{Bool}, dims) where N = similar(BitArray, dims)
similar(::Broadcasted{ArrayConflict}, ::Type{ElType}, dims) where ElType = similar(Array{ElType}, dims)
similar(::Broadcasted{ArrayConflict}, ::Type{Bool}, dims) = similar(BitArray, dims)

axes(bc::Broadcasted) = bc.axes isa Tuple ? bc.axes : combine_axes(bc.args...)
axes(bc::Broadcasted, d::Integer) = (ax = axes(bc); d <= length(ax) ? ax[d] : Base.OneTo(1))
combine_axes(As...) = map(Base.OneTo, _bcast_shape(As))
size(bc::Broadcasted) = map(length, axes(bc))
length(bc::Broadcasted) = prod(size(bc))
ndims(bc::Broadcasted) = length(axes(bc))
eachindex(bc::Broadcasted) = (ax = axes(bc); length(ax) == 1 ? ax[1] : CartesianIndices(ax))
# bc[i, j] and bc[I]: f of the arguments' elements there (a dimension of extent 1 stretches)
function getindex(bc::Broadcasted, I::Integer...)
    shape = size(bc)
    idx = length(I) == 1 && length(shape) > 1 ? Tuple(CartesianIndices(shape)[I[1]]) : I
    k = length(idx) == 0 ? 1 : LinearIndices(shape)[idx...]
    fulls = map(x -> _bcast_full(x, shape), bc.args)
    bc.f(_bcast_args(bc.args, fulls, k, idx)...)
end
getindex(bc::Broadcasted, I) = bc[Tuple(I)...]
Base.IteratorEltype(::Type{<:Broadcasted}) = Base.EltypeUnknown()
Base.IteratorSize(::Type{<:Broadcasted{<:Any,<:NTuple{N,Any}}}) where {N} = Base.HasShape{N}()
function iterate(bc::Broadcasted, k = 1)
    k > length(bc) && return nothing
    (bc[k], k + 1)
end

instantiate(x) = x
function instantiate(bc::Broadcasted{Style}) where {Style}
    bc.axes isa Tuple && (check_broadcast_axes(bc.axes, bc.args...); return bc)
    Broadcasted{Style}(bc.f, bc.args, combine_axes(bc.args...))
end
function check_broadcast_axes(shp, As...)
    for A in As
        Base._bcast_check_dest(map(length, shp), Base._bshape(A))
    end
end

# f of the arguments, with a nested Broadcasted an argument computed in place (Julia's flatten)
isflat(bc::Broadcasted) = !any(a -> a isa Broadcasted, bc.args)
function flatten(bc::Broadcasted{Style}) where {Style}
    isflat(bc) && return bc
    leaves = _leaves(bc)
    f = bc.f
    args = bc.args
    Broadcasted{Style}((xs...) -> f(_evaluated(args, xs)...), leaves, bc.axes)
end
_leaves(bc::Broadcasted) = _leaves(bc.args...)
_leaves() = ()
_leaves(a, rest...) = a isa Broadcasted ? (_leaves(a)..., _leaves(rest...)...) : (a, _leaves(rest...)...)
_count_leaves(a) = a isa Broadcasted ? sum(_count_leaves, a.args; init = 0) : 1
function _evaluated(args::Tuple, xs::Tuple)
    out = Any[]
    at = 1
    for a in args
        n = _count_leaves(a)
        if a isa Broadcasted
            push!(out, a.f(_evaluated(a.args, xs[at:at + n - 1])...))
        else
            push!(out, xs[at])
        end
        at += n
    end
    (out...,)
end

broadcasted(f, args...) = Broadcasted(f, map(broadcastable, args))
materialize(bc::Broadcasted) = copy(instantiate(bc))
materialize(x) = x
materialize!(dest, bc::Broadcasted) = copyto!(dest, instantiate(Broadcasted{typeof(combine_styles(dest, bc.args...))}(bc.f, bc.args, axes(dest))))

# the result's elements, computed by Base's broadcast, then placed in the container the style makes
function copy(bc::Broadcasted)
    flat = flatten(bc)
    values = _broadcast(flat.f, flat.args...)
    values isa AbstractArray || return values
    dest = similar(bc, eltype(values))
    copyto!(dest, values)
end
copy(bc::Broadcasted{<:Union{Nothing, Unknown}}) = _broadcast(flatten(bc).f, flatten(bc).args...)
copyto!(dest::AbstractArray, bc::Broadcasted) = (flat = flatten(bc); _broadcast_into!(flat.f, dest, map(broadcastable, flat.args)))
end
using .Broadcast: BroadcastStyle
_base_style(::Broadcast.BroadcastStyle) = false
_base_style(::Union{Broadcast.DefaultArrayStyle, Broadcast.Style{Tuple}, Broadcast.ArrayConflict, Broadcast.Unknown}) = true
