# CartesianIndex and CartesianIndices (base/multidimensional.jl): the keys of arrays of two and
# more dimensions, so that findall, findmax, argmax, pairs and keys of a matrix give Julia's
# CartesianIndex(i, j) where a vector gives its linear index.

"""
    CartesianIndex(i, j, ...)

A multidimensional index: `A[CartesianIndex(2, 1)]` is `A[2, 1]`; what `findall`, `argmax` and
`keys` give for matrices.
"""
struct CartesianIndex{N}
    I::NTuple{N,Int}
end
CartesianIndex(I::Integer...) = CartesianIndex(map_tuple(Int, I))
show(io::IO, i::CartesianIndex) = (print(io, "CartesianIndex"); show(io, i.I))
getindex(i::CartesianIndex, k::Integer) = i.I[k]
length(i::CartesianIndex) = length(i.I)
Tuple(i::CartesianIndex) = i.I
+(a::CartesianIndex, b::CartesianIndex) = CartesianIndex(ntuple(k -> a.I[k] + b.I[k], length(a.I)))
-(a::CartesianIndex, b::CartesianIndex) = CartesianIndex(ntuple(k -> a.I[k] - b.I[k], length(a.I)))
-(a::CartesianIndex) = CartesianIndex(map_tuple(-, a.I))
*(k::Integer, a::CartesianIndex) = CartesianIndex(map_tuple(x -> k * x, a.I))
*(a::CartesianIndex, k::Integer) = k * a
min(a::CartesianIndex, b::CartesianIndex) = CartesianIndex(ntuple(k -> min(a.I[k], b.I[k]), length(a.I)))
max(a::CartesianIndex, b::CartesianIndex) = CartesianIndex(ntuple(k -> max(a.I[k], b.I[k]), length(a.I)))
# column-major order: the last coordinate counts most
isless(a::CartesianIndex, b::CartesianIndex) = isless(reverse(a.I), reverse(b.I))
<(a::CartesianIndex, b::CartesianIndex) = isless(a, b)
oneunit(i::CartesianIndex) = CartesianIndex(map_tuple(_ -> 1, i.I))
zero(i::CartesianIndex) = CartesianIndex(map_tuple(_ -> 0, i.I))
function hash(ci::CartesianIndex, h::UInt)
    h += 0xd60ca92f8284b8b0
    for i in ci.I
        h = hash(i, h)
    end
    h
end
getindex(A::AbstractArray, ci::CartesianIndex) = A[ci.I...]
checkbounds(::Type{Bool}, A::AbstractArray, ci::CartesianIndex, rest...) = checkbounds(Bool, A, ci.I..., rest...)
setindex!(A::AbstractArray, v, ci::CartesianIndex) = (A[ci.I...] = v)
# (an Array's two and three subscripts without splatting: 12 -> 2 ns a read)
getindex(A::Array, ci::CartesianIndex{2}) = A[ci.I[1], ci.I[2]]
getindex(A::Array, ci::CartesianIndex{3}) = A[ci.I[1], ci.I[2], ci.I[3]]
setindex!(A::Array, v, ci::CartesianIndex{2}) = (A[ci.I[1], ci.I[2]] = v)
setindex!(A::Array, v, ci::CartesianIndex{3}) = (A[ci.I[1], ci.I[2], ci.I[3]] = v)
# a CartesianIndex among other indices stands for its components (M[CartesianIndex(2, 2), 1]),
# in the first three places
const _PlainIndex = Union{Integer, AbstractArray, Colon}
getindex(A::AbstractArray, ci::CartesianIndex, rest...) = A[ci.I..., rest...]
getindex(A::AbstractArray, i::_PlainIndex, ci::CartesianIndex, rest...) = A[i, ci.I..., rest...]
getindex(A::AbstractArray, i::_PlainIndex, j::_PlainIndex, ci::CartesianIndex, rest...) = A[i, j, ci.I..., rest...]
setindex!(A::AbstractArray, v, ci::CartesianIndex, rest...) = (A[ci.I..., rest...] = v; A)
setindex!(A::AbstractArray, v, i::_PlainIndex, ci::CartesianIndex, rest...) = (A[i, ci.I..., rest...] = v; A)
setindex!(A::AbstractArray, v, i::_PlainIndex, j::_PlainIndex, ci::CartesianIndex, rest...) = (A[i, j, ci.I..., rest...] = v; A)
view(A::AbstractArray, ci::CartesianIndex, rest...) = view(A, ci.I..., rest...)
view(A::AbstractArray, i::_PlainIndex, ci::CartesianIndex, rest...) = view(A, i, ci.I..., rest...)
# an array of CartesianIndex picks those elements, in its shape (A[findall(>(2), A)])
_to_index(a, d, v::AbstractArray{<:CartesianIndex}) =
    d == 0 ? map(ci -> _cartesian_linear(a, ci), v) : throw(ArgumentError("an array of CartesianIndex indexes all dimensions at once"))
# findnext/findprev from a CartesianIndex: the CartesianIndex of the next (previous) match
function findnext(f::Function, a::AbstractArray, start::CartesianIndex)
    ks = CartesianIndices(a)
    for i in _cartesian_linear(a, start):length(a)
        f(a[i]) && return ks[i]
    end
    nothing
end
function findprev(f::Function, a::AbstractArray, start::CartesianIndex)
    ks = CartesianIndices(a)
    for i in _cartesian_linear(a, start):-1:1
        f(a[i]) && return ks[i]
    end
    nothing
end
findnext(a::AbstractArray{Bool}, start::CartesianIndex) = findnext(identity, a, start)
findprev(a::AbstractArray{Bool}, start::CartesianIndex) = findprev(identity, a, start)
function _cartesian_linear(a, ci::CartesianIndex)
    sz = size(a)
    k = 0
    stride = 1
    for d in 1:length(ci.I)
        n = d <= length(sz) ? sz[d] : 1
        i = ci.I[d]
        1 <= i <= n || throw(BoundsError(a, ci.I))
        k += (i - 1) * stride
        stride *= n
    end
    k + 1
end

"""
    CartesianIndices(A)
    CartesianIndices((m, n, ...))

The `CartesianIndex` of every position of an array of that size, itself an array of them in
column-major order (`for I in CartesianIndices(A)` visits `A`'s positions).
"""
struct CartesianIndices{N} <: AbstractArray{CartesianIndex{N},N}
    indices::NTuple{N,AbstractUnitRange{Int}}
end
# (axes given as sizes are Base.OneTo ranges, which show as the sizes)
CartesianIndices(sz::Tuple{Vararg{Integer}}) = CartesianIndices(map_tuple(n -> OneTo(Int(n)), sz))
CartesianIndices(A::AbstractArray) = CartesianIndices(size(A))
CartesianIndices(::Tuple{}) = CartesianIndices{0}(())
size(c::CartesianIndices) = map_tuple(length, c.indices)
size(c::CartesianIndices, d::Integer) = d <= length(c.indices) ? length(c.indices[d]) : 1
size(c::CartesianIndices, d::Int64) = d <= length(c.indices) ? length(c.indices[d]) : 1
# I:J, the box of positions between two corners (Julia's)
(:)(a::CartesianIndex{N}, b::CartesianIndex{N}) where {N} = CartesianIndices(map_tuple(k -> a.I[k]:b.I[k], Tuple(1:N)))

length(c::CartesianIndices) = prod(size(c))
ndims(c::CartesianIndices) = length(c.indices)
eltype(c::CartesianIndices) = CartesianIndex{length(c.indices)}
function getindex(c::CartesianIndices, i::Int)
    1 <= i <= length(c) || throw(BoundsError(c, i))
    rest = i - 1
    CartesianIndex(map_tuple(function (r)
        k = rest % length(r)
        rest = div(rest, length(r))
        first(r) + k
    end, c.indices))
end
getindex(c::CartesianIndices, i::Int, j::Int...) = CartesianIndex(ntuple(k -> first(c.indices[k]) + (k == 1 ? i : j[k - 1]) - 1, length(c.indices)))
# iteration steps the index itself, first dimension fastest (as Julia's), with no division per
# step: the state is the last CartesianIndex, or, for two and three dimensions, its offsets from
# the first packed in an Int (31 or 21 bits each). A loop carries its state from one iteration to
# the next in a frame slot: an Int stays a machine word there, a CartesianIndex was three objects
# made per step (45 ns; Julia's state is the CartesianIndex, which only iterate(c) shows).
function iterate(c::CartesianIndices)
    for r in c.indices
        isempty(r) && return nothing
    end
    I = CartesianIndex(map_tuple(first, c.indices))
    _packable(c) ? (I, 0) : (I, I)
end
_packable(c::CartesianIndices) = false
_packable(c::CartesianIndices{2}) = length(c.indices[1]) < 2147483648 && length(c.indices[2]) < 2147483648
_packable(c::CartesianIndices{3}) = length(c.indices[1]) < 2097152 && length(c.indices[2]) < 2097152 && length(c.indices[3]) < 2097152
function iterate(c::CartesianIndices{2}, s::Int)
    r1 = c.indices[1]
    r2 = c.indices[2]
    a = (s & 2147483647) + 1
    b = s >> 31
    if a == length(r1)
        a = 0
        b += 1
        b == length(r2) && return nothing
    end
    (CartesianIndex((first(r1) + a, first(r2) + b)), a | (b << 31))
end
function iterate(c::CartesianIndices{3}, s::Int)
    r1 = c.indices[1]
    r2 = c.indices[2]
    r3 = c.indices[3]
    a = (s & 2097151) + 1
    b = (s >> 21) & 2097151
    d = s >> 42
    if a == length(r1)
        a = 0
        b += 1
        if b == length(r2)
            b = 0
            d += 1
            d == length(r3) && return nothing
        end
    end
    (CartesianIndex((first(r1) + a, first(r2) + b, first(r3) + d)), a | (b << 21) | (d << 42))
end
function iterate(c::CartesianIndices, I::CartesianIndex)
    next = _cartesian_next(I.I, c.indices)
    next === nothing ? nothing : (CartesianIndex(next), CartesianIndex(next))
end
_cartesian_next(t::Tuple{}, r) = nothing
_cartesian_next(t::Tuple{Int}, r) = t[1] < last(r[1]) ? (t[1] + 1,) : nothing
function _cartesian_next(t::Tuple{Int,Int}, r)
    t[1] < last(r[1]) && return (t[1] + 1, t[2])
    t[2] < last(r[2]) && return (first(r[1]), t[2] + 1)
    nothing
end
function _cartesian_next(t::Tuple{Int,Int,Int}, r)
    t[1] < last(r[1]) && return (t[1] + 1, t[2], t[3])
    t[2] < last(r[2]) && return (first(r[1]), t[2] + 1, t[3])
    t[3] < last(r[3]) && return (first(r[1]), first(r[2]), t[3] + 1)
    nothing
end
function _cartesian_next(t::Tuple, r)
    for d in 1:length(t)
        if t[d] < last(r[d])
            return ntuple(k -> k < d ? first(r[k]) : k == d ? t[d] + 1 : t[k], length(t))
        end
    end
    nothing
end
function show(io::IO, c::CartesianIndices)
    print(io, "CartesianIndices(")
    # (only a Base.OneTo axis is shortened to its length, as Julia's)
    show(io, map_tuple(r -> r isa OneTo ? length(r) : r, c.indices))
    print(io, ")")
end
show(io::IO, ::MIME"text/plain", c::CartesianIndices) = show(io, c)
in(i::CartesianIndex, c::CartesianIndices) = length(i.I) == length(c.indices) && all(k -> i.I[k] in c.indices[k], 1:length(i.I))
