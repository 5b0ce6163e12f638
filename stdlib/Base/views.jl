# Views: SubArray, a window into a parent array that shares its memory (view, @view, @views).

"""
    SubArray{T,N,P,I,L} <: AbstractArray{T,N}

A view of a parent array of type `P` through the index tuple `indices` (of type `I`): reading or
writing an element of the view reads or writes the parent, nothing is copied. `N` counts the
indices that are not single integers. `L` is true when element `k` of the view is element
`offset1 + stride1 * k` of the parent (a range in one dimension, or whole leading columns), so
linear indexing needs no index arithmetic per dimension. Made by `view`, `@view` and `@views`.
"""
struct SubArray{T,N,P,I,L} <: AbstractArray{T,N}
    parent::P
    indices::I
    offset1::Int
    stride1::Int
    dims::NTuple{N,Int}   # the view's size and length, kept so that indexing does not recompute them
    len::Int
end

# Strided arrays: dense ones, and views of them (Julia's StridedSubArray is only the views by
# ranges and integers; here every view is taken: a method for StridedVector also takes
# view(a, [1, 3]), which Julia would give to an AbstractVector method)
const DenseVecOrMat{T} = Union{DenseVector{T}, DenseMatrix{T}}
const StridedArray{T,N} = Union{DenseArray{T,N}, SubArray{T,N}}
const StridedVector{T} = StridedArray{T,1}
const StridedMatrix{T} = StridedArray{T,2}
const StridedVecOrMat{T} = Union{StridedVector{T}, StridedMatrix{T}}

"""
    Base.Slice

A whole dimension taken by `:` in a view: the indices `1:n`, shown as `:` in the view's summary.
"""
struct Slice{T<:AbstractUnitRange} <: AbstractUnitRange{Int}
    indices::T
end
first(s::Slice) = first(s.indices)
last(s::Slice) = last(s.indices)
step(s::Slice) = 1
length(s::Slice) = length(s.indices)
size(s::Slice) = (length(s.indices),)
isempty(s::Slice) = isempty(s.indices)
getindex(s::Slice, i::Int) = (1 <= i <= length(s)) ? first(s.indices) + (i - 1) : throw(BoundsError(s, i))
iterate(s::Slice, i = first(s)) = i > last(s) ? nothing : (i, i + 1)
show(io::IO, s::Slice) = (print(io, "Base.Slice("); show(io, s.indices); print(io, ")"))

"""
    view(A, inds...)

Like `A[inds...]`, but a `SubArray` that shares `A`'s elements instead of a copy: writing into
the view writes into `A`. Scalar indices drop their dimension.
"""
# a stretch of a vector, the commonest view, made without the general index analysis (0.5 us)
function view(a::Vector, r::UnitRange{Int})
    isempty(r) || (first(r) >= 1 && last(r) <= length(a)) || throw(BoundsError(a, (r,)))
    SubArray{eltype(a), 1, typeof(a), Tuple{UnitRange{Int}}, true}(a, (r,), first(r) - 1, 1, (length(r),), length(r))
end
# a view of a range by a range (or `:`) is a range, as Julia's: view(1:10, 2:3) is 2:3
view(r::AbstractRange, ::Colon) = r
view(r::AbstractRange, I::AbstractRange{<:Integer}) = (checkbounds(r, I); r[I])
# A matrix indexed by integers, unit ranges and colons (eachcol, eachrow, blocks), each combination
# made directly as _view would make it (1-3 us there); an empty range or dimension, or indices out
# of bounds, go to _view, which makes the former non-linear and throws for the latter.
_view_range_ok(r::UnitRange{Int}, n::Int) = !isempty(r) && first(r) >= 1 && last(r) <= n
function view(a::Array{<:Any,2}, c::Colon, j::Int)
    m = size(a, 1)
    (m > 0 && 1 <= j <= size(a, 2)) || return _view(a, (c, j))
    SubArray{eltype(a), 1, typeof(a), Tuple{Slice{OneTo{Int}}, Int}, true}(a, (Slice(OneTo(m)), j), (j - 1) * m, 1, (m,), m)
end
function view(a::Array{<:Any,2}, i::Int, c::Colon)
    m, n = size(a)
    (n > 0 && 1 <= i <= m) || return _view(a, (i, c))
    SubArray{eltype(a), 1, typeof(a), Tuple{Int, Slice{OneTo{Int}}}, true}(a, (i, Slice(OneTo(n))), i - m, m, (n,), n)
end
function view(a::Array{<:Any,2}, r::UnitRange{Int}, j::Int)
    m = size(a, 1)
    (_view_range_ok(r, m) && 1 <= j <= size(a, 2)) || return _view(a, (r, j))
    SubArray{eltype(a), 1, typeof(a), Tuple{UnitRange{Int}, Int}, true}(a, (r, j), (j - 1) * m + first(r) - 1, 1, (length(r),), length(r))
end
function view(a::Array{<:Any,2}, i::Int, r::UnitRange{Int})
    m, n = size(a)
    (1 <= i <= m && _view_range_ok(r, n)) || return _view(a, (i, r))
    SubArray{eltype(a), 1, typeof(a), Tuple{Int, UnitRange{Int}}, true}(a, (i, r), i + (first(r) - 2) * m, m, (length(r),), length(r))
end
function view(a::Array{<:Any,2}, c::Colon, r::UnitRange{Int})
    m, n = size(a)
    (m > 0 && _view_range_ok(r, n)) || return _view(a, (c, r))
    SubArray{eltype(a), 2, typeof(a), Tuple{Slice{OneTo{Int}}, UnitRange{Int}}, true}(a, (Slice(OneTo(m)), r), (first(r) - 1) * m, 1, (m, length(r)), m * length(r))
end
function view(a::Array{<:Any,2}, c::Colon, d::Colon)
    m, n = size(a)
    (m > 0 && n > 0) || return _view(a, (c, d))
    SubArray{eltype(a), 2, typeof(a), Tuple{Slice{OneTo{Int}}, Slice{OneTo{Int}}}, true}(a, (Slice(OneTo(m)), Slice(OneTo(n))), 0, 1, (m, n), m * n)
end
# (two ranges are one stretch of the parent only when the first takes whole columns)
function view(a::Array{<:Any,2}, r::UnitRange{Int}, s::UnitRange{Int})
    m, n = size(a)
    (_view_range_ok(r, m) && _view_range_ok(s, n)) || return _view(a, (r, s))
    dims = (length(r), length(s))
    length(r) == m && return SubArray{eltype(a), 2, typeof(a), Tuple{UnitRange{Int}, UnitRange{Int}}, true}(a, (r, s), (first(s) - 1) * m, 1, dims, m * length(s))
    SubArray{eltype(a), 2, typeof(a), Tuple{UnitRange{Int}, UnitRange{Int}}, false}(a, (r, s), 0, 0, dims, length(r) * length(s))
end
function view(a::Array{<:Any,2}, r::UnitRange{Int}, c::Colon)
    m, n = size(a)
    (_view_range_ok(r, m) && n > 0) || return _view(a, (r, c))
    J = (r, Slice(OneTo(n)))
    length(r) == m && return SubArray{eltype(a), 2, typeof(a), Tuple{UnitRange{Int}, Slice{OneTo{Int}}}, true}(a, J, 0, 1, (m, n), m * n)
    SubArray{eltype(a), 2, typeof(a), Tuple{UnitRange{Int}, Slice{OneTo{Int}}}, false}(a, J, 0, 0, (length(r), n), length(r) * n)
end
# The slices and fibres of a 3-d array (a tensor's planes, its columns, its tubes), made directly
# as for a matrix (2-5 us through _view)
function view(a::Array{<:Any,3}, c::Colon, d::Colon, k::Int)
    m, n, p = size(a)
    (m > 0 && n > 0 && 1 <= k <= p) || return _view(a, (c, d, k))
    J = (Slice(OneTo(m)), Slice(OneTo(n)), k)
    SubArray{eltype(a), 2, typeof(a), Tuple{Slice{OneTo{Int}}, Slice{OneTo{Int}}, Int}, true}(a, J, (k - 1) * m * n, 1, (m, n), m * n)
end
function view(a::Array{<:Any,3}, c::Colon, j::Int, k::Int)
    m, n, p = size(a)
    (m > 0 && 1 <= j <= n && 1 <= k <= p) || return _view(a, (c, j, k))
    J = (Slice(OneTo(m)), j, k)
    SubArray{eltype(a), 1, typeof(a), Tuple{Slice{OneTo{Int}}, Int, Int}, true}(a, J, (j - 1) * m + (k - 1) * m * n, 1, (m,), m)
end
function view(a::Array{<:Any,3}, i::Int, j::Int, c::Colon)
    m, n, p = size(a)
    (1 <= i <= m && 1 <= j <= n && p > 0) || return _view(a, (i, j, c))
    J = (i, j, Slice(OneTo(p)))
    SubArray{eltype(a), 1, typeof(a), Tuple{Int, Int, Slice{OneTo{Int}}}, true}(a, J, i + (j - 1) * m - m * n, m * n, (p,), p)
end
# (not one stretch of the parent: indexed through its indices)
function view(a::Array{<:Any,3}, c::Colon, j::Int, d::Colon)
    m, n, p = size(a)
    (m > 0 && 1 <= j <= n && p > 0) || return _view(a, (c, j, d))
    J = (Slice(OneTo(m)), j, Slice(OneTo(p)))
    SubArray{eltype(a), 2, typeof(a), Tuple{Slice{OneTo{Int}}, Int, Slice{OneTo{Int}}}, false}(a, J, 0, 0, (m, p), m * p)
end
view(a::AbstractArray, I...) = _view(a, I)
function _view(a::AbstractArray, I::Tuple)
    J = _to_indices(a, I)
    _check_indices(a, J, I)
    if any(i -> i isa Colon || i === Symbol(":"), I)
        J = ntuple(d -> I[d] isa Colon || I[d] === Symbol(":") ? Slice(OneTo(length(J[d]))) : J[d], length(J))
    end
    N = 0
    for j in J
        j isa Int || (N += 1)
    end
    if length(J) == 1 && J[1] isa AbstractArray && ndims(J[1]) != 1
        throw(ArgumentError("view with a multidimensional index array is not supported"))
    end
    linear, offset1, stride1 = _view_linearity(a, J)
    dims = _view_size(J)
    SubArray{eltype(a), N, typeof(a), typeof(J), linear}(a, J, offset1, stride1, dims, prod(dims))
end
# (L, offset1, stride1): whether parent index = offset1 + stride1 * k for view element k. True
# for one range (any step) among scalar indices, or for whole leading dimensions followed by a
# unit range and scalars (one stretch of the parent).
function _view_linearity(a, J)
    n = length(J)
    if n == 1
        j = J[1]
        return j isa AbstractRange ? (true, first(j) - step(j), step(j)) : (false, 0, 0)
    end
    base = 1
    stride = 1
    ranges = 0
    last = 0
    laststride = 0
    whole_prefix = true
    for d in 1:n
        j = J[d]
        m = _index_dim(a, d, n)
        if j isa Int
            base += (j - 1) * stride
        else
            (j isa AbstractRange && !isempty(j)) || return (false, 0, 0)
            ranges += 1
            ranges > 1 && !(whole_prefix && last == d - 1 && step(j) == 1) && return (false, 0, 0)
            base += (first(j) - 1) * stride
            laststride = step(j) * stride
            whole_prefix = whole_prefix && last == d - 1 && first(j) == 1 && step(j) == 1 && length(j) == m
            last = d
        end
        stride *= m
    end
    ranges == 0 && return (true, base - 1, 1)
    ranges == 1 && return (true, base - laststride, laststride)
    (true, base - 1, 1)
end

parent(v::SubArray) = v.parent
parentindices(v::SubArray) = v.indices
size(v::SubArray) = v.dims
function _view_size(J)
    out = []
    for j in J
        j isa Int || push!(out, length(j))
    end
    (out...,)
end
length(v::SubArray) = v.len

# The parent's linear index of the view's element k (linear) or I (one index per view dimension).
_view_parent_index(v::SubArray{T,N,P,I,true}, k::Int) where {T,N,P,I} = v.offset1 + v.stride1 * k
function _view_parent_index(v::SubArray, k::Int)
    _view_parent_index_cartesian(v, length(v.dims) <= 1 ? (k,) : _cartesian(k, v.dims))
end
function _view_parent_index_cartesian(v, I)
    J = v.indices
    a = v.parent
    n = length(J)
    stride = 1
    p = 0
    q = 0
    for d in 1:n
        j = J[d]
        i = j isa Int ? j : j[I[q += 1]]
        p += (i - 1) * stride
        stride *= _index_dim(a, d, n)
    end
    p + 1
end

function getindex(v::SubArray, k::Int)
    (1 <= k <= v.len) || throw(BoundsError(v, (k,)))
    v.parent[_view_parent_index(v, k)]
end
function setindex!(v::SubArray, x, k::Int)
    (1 <= k <= v.len) || throw(BoundsError(v, (k,)))
    v.parent[_view_parent_index(v, k)] = x
    v
end
# a linear view: its index arithmetic written out, one call fewer per element (3 -> 1 ns)
function getindex(v::SubArray{T,N,P,I,true}, k::Int) where {T,N,P,I}
    (1 <= k <= v.len) || throw(BoundsError(v, (k,)))
    v.parent[v.offset1 + v.stride1 * k]
end
function setindex!(v::SubArray{T,N,P,I,true}, x, k::Int) where {T,N,P,I}
    (1 <= k <= v.len) || throw(BoundsError(v, (k,)))
    v.parent[v.offset1 + v.stride1 * k] = x
    v
end
# a 2-d view of a matrix (both indices ranges or slices): the parent's element at once, without
# the generic walk over a tuple of mixed index types (60 ns an element)
function getindex(v::SubArray{T,2,P}, i::Int, j::Int) where {T,P<:Array{<:Any,2}}
    (1 <= i <= v.dims[1] && 1 <= j <= v.dims[2]) || throw(BoundsError(v, (i, j)))
    J = v.indices
    v.parent[J[1][i], J[2][j]]
end
function setindex!(v::SubArray{T,2,P}, x, i::Int, j::Int) where {T,P<:Array{<:Any,2}}
    (1 <= i <= v.dims[1] && 1 <= j <= v.dims[2]) || throw(BoundsError(v, (i, j)))
    J = v.indices
    v.parent[J[1][i], J[2][j]] = x
    v
end
function getindex(v::SubArray, i::Int, j::Int, more::Int...)
    I = (i, j, more...)
    _check_view_cartesian(v, I)
    v.parent[_view_parent_index_cartesian(v, I)]
end
function setindex!(v::SubArray, x, i::Int, j::Int, more::Int...)
    I = (i, j, more...)
    _check_view_cartesian(v, I)
    v.parent[_view_parent_index_cartesian(v, I)] = x
    v
end
function _check_view_cartesian(v, I)
    s = v.dims
    for d in 1:length(I)
        (1 <= I[d] <= (d <= length(s) ? s[d] : 1)) || throw(BoundsError(v, I))
    end
    length(I) >= length(s) || throw(BoundsError(v, I))
end

similar(v::SubArray, T::Type, d::Tuple) = _new_array(T, d)
copy(v::SubArray) = copyto!(_new_array(eltype(v), size(v)), v)

# A wrapper's summary names what it wraps, "2×2 view(::Matrix{Int64}, 1:2, :) with eltype Int64"
# (the element type only at the top: `toplevel`, as Julia's showarg)
function showarg(io::IO, v::SubArray, toplevel)
    print(io, "view(")
    showarg(io, v.parent, false)
    print(io, ", ", join(map_tuple(_view_index_string, v.indices), ", "), ")")
    toplevel && print(io, " with eltype ", eltype(v))
end
_view_index_string(j) = repr(j)
_view_index_string(j::Slice) = ":"

# x[I] .= v and x[I] .op= v write through a view of the selected positions.
dotview(a::AbstractArray, I...) = view(a, I...)
# @views: slices become views, scalar indexing stays an element.
maybeview(a, I...) = getindex(a, I...)
maybeview(a::AbstractArray, I...) = _all_scalar_indices(I) ? getindex(a, I...) : view(a, I...)
_all_scalar_indices(I) = all(i -> i isa Integer, I)

# a for loop, sum or map counts through a view by its linear index, as through an array
_indexable(::SubArray) = true
_idxlength(v::SubArray) = length(v)
_getidx(v::SubArray, k) = v[k]

"""
    Base.ReshapedArray{T,N,P,MI} <: AbstractArray{T,N}

What `reshape` makes of an array that is not an `Array` (a range, a view, ...): the parent's
elements in their linear order, seen with other dimensions. Nothing is copied; writing into it
writes into the parent. (`MI` is Julia's tuple of index inverses; always `Tuple{}` here, since
the parent is always indexed linearly.)
"""
struct ReshapedArray{T,N,P<:AbstractArray,MI<:Tuple} <: AbstractArray{T,N}
    parent::P
    dims::NTuple{N,Int}
    mi::MI
end
function _reshape(a::AbstractArray, d::Tuple)
    p = a isa ReshapedArray ? a.parent : a
    if length(d) == 1 && p isa AbstractVector     # a vector stays itself
        d[1] == length(p) || throw(DimensionMismatch(string("parent has ", length(p), " elements, which is incompatible with length ", d[1])))
        return p
    end
    prod(d) == length(p) || throw(DimensionMismatch(string("parent has ", length(p), " elements, which is incompatible with size ", d)))
    ReshapedArray{eltype(p), length(d), typeof(p), Tuple{}}(p, d, ())
end
parent(r::ReshapedArray) = r.parent
size(r::ReshapedArray) = r.dims
length(r::ReshapedArray) = length(r.parent)
function showarg(io::IO, r::ReshapedArray, toplevel)
    print(io, "reshape(")
    showarg(io, r.parent, false)
    print(io, ", ", join(r.dims, ", "), ")")
    toplevel && print(io, " with eltype ", eltype(r))
end
function getindex(r::ReshapedArray, k::Int)
    (1 <= k <= length(r)) || throw(BoundsError(r, (k,)))
    r.parent[k]
end
function setindex!(r::ReshapedArray, x, k::Int)
    (1 <= k <= length(r)) || throw(BoundsError(r, (k,)))
    r.parent[k] = x
    r
end
# the parent's linear index of (i, j, more...) in r's dimensions (trailing ones may be 1)
function _reshaped_index(r::ReshapedArray, I::Tuple)
    s = r.dims
    k = 0
    stride = 1
    for d in 1:length(I)
        m = d <= length(s) ? s[d] : 1
        (1 <= I[d] <= m) || throw(BoundsError(r, I))
        k += (I[d] - 1) * stride
        stride *= m
    end
    length(I) >= length(s) || all(d -> s[d] == 1, length(I)+1:length(s)) || throw(BoundsError(r, I))
    k + 1
end
getindex(r::ReshapedArray, i::Int, j::Int, more::Int...) = r.parent[_reshaped_index(r, (i, j, more...))]
function setindex!(r::ReshapedArray, x, i::Int, j::Int, more::Int...)
    r.parent[_reshaped_index(r, (i, j, more...))] = x
    r
end
similar(r::ReshapedArray, T::Type, d::Tuple) = similar(r.parent, T, d)
setindex!(r::ReshapedArray{T,N,<:AbstractRange}, x, k::Int) where {T,N} = _reshaped_range_setindex_error()
setindex!(r::ReshapedArray{T,N,<:AbstractRange}, x, i::Int, j::Int, more::Int...) where {T,N} = _reshaped_range_setindex_error()
_reshaped_range_setindex_error() = error("indexed assignment fails for a reshaped range; consider calling collect")
_indexable(::ReshapedArray) = true
_idxlength(r::ReshapedArray) = length(r)
_getidx(r::ReshapedArray, k) = r.parent[k]

# the view reinterpret(T, a) makes (IsReshaped: made by reinterpret(reshape, T, a), whose first
# dimension is added or consumed instead of scaled; either way element k starts at byte
# (k - 1) * sizeof(T) of the parent's elements in order)
struct ReinterpretArray{T,N,S,A<:AbstractArray{S},IsReshaped} <: AbstractArray{T,N}
    parent::A
    # whether S's padding falls on T's (else reading would show bytes S leaves undefined), and
    # T's on S's (else writing would leave bytes of the parent undefined)
    readable::Bool
    writable::Bool
end
# both sides of a reinterpret must be bits types
function _check_bits(S, T)
    isbitstype(T) || throw(ArgumentError(string("cannot reinterpret `", S, "` as `", T, "`, type `", T, "` is not a bits type")))
    isbitstype(S) || throw(ArgumentError(string("cannot reinterpret `", S, "` as `", T, "`, type `", S, "` is not a bits type")))
end
reinterpret(::Type{T}, a::AbstractArray{T}) where {T} = a
"""
    reinterpret(T, A::AbstractArray{S}) -> AbstractArray{T}

The bytes of `A` seen as elements of type `T` (both bits types), without copying: writing into
the result writes into `A`. When `T` and `S` differ in size the first dimension changes so that
the bytes match (`reinterpret(UInt8, Int16[1, 256])` has 4 elements). Bytes are in the
machine's little-endian order, as in Julia on x86 and ARM.
"""
function reinterpret(::Type{T}, a::AbstractArray{S,N}) where {T,S,N}
    _check_bits(S, T)
    if sizeof(T) != sizeof(S)
        N == 0 && throw(ArgumentError(string("cannot reinterpret a zero-dimensional `", S, "` array to `", T,
                                             "` which is of a different size")))
        rem(size(a, 1) * sizeof(S), sizeof(T)) == 0 || throw(ArgumentError(string("cannot reinterpret an `", S, "` array to `", T,
            "` whose first dimension has size `", size(a, 1), "`.\nThe resulting array would have non-integral first dimension.\n")))
    end
    # a view of a view is a view of the first one's parent
    a isa ReinterpretArray{<:Any,<:Any,<:Any,<:Any,false} && return reinterpret(T, a.parent)
    ReinterpretArray{T,N,S,typeof(a),false}(a, _subpadding(T, S), _subpadding(S, T))
end
reinterpret(::typeof(reshape), ::Type{T}, a::AbstractArray{T}) where {T} = a
"""
    reinterpret(reshape, T, A::AbstractArray{S}) -> B

`A`'s bytes as elements of type `T` with a "channel" dimension added or consumed: when
`sizeof(S)` is `n * sizeof(T)` the result has a new first dimension of size `n`
(`reinterpret(reshape, Int, [(1, 2, 3), (4, 5, 6)])` is 3×2); when `sizeof(T)` is
`n * sizeof(S)`, `A`'s first dimension must be `n` and goes (`reinterpret(reshape, Complex{Int},
[1 2; 3 4])` is `[1 + 3im, 2 + 4im]`).
"""
function reinterpret(::typeof(reshape), ::Type{T}, a::AbstractArray{S}) where {T,S}
    _check_bits(S, T)
    intmult() = throw(ArgumentError(string("`reinterpret(reshape, T, a)` requires that one of `sizeof(T)` (got ", sizeof(T),
        ") and `sizeof(eltype(a))` (got ", sizeof(S), ") be an integer multiple of the other")))
    if sizeof(S) == sizeof(T)
        N = ndims(a)
    elseif sizeof(S) > sizeof(T)
        rem(sizeof(S), sizeof(T)) == 0 || intmult()
        N = ndims(a) + 1
    else
        rem(sizeof(T), sizeof(S)) == 0 || intmult()
        N = ndims(a) - 1
        N > -1 || throw(ArgumentError(string("cannot reinterpret a zero-dimensional `", S, "` array to `", T, "` which is of a larger size")))
        axes(a, 1) == OneTo(div(sizeof(T), sizeof(S))) || throw(ArgumentError(string("`reinterpret(reshape, ", T, ", a)` where `eltype(a)` is ", S,
            " requires that `axes(a, 1)` (got ", axes(a, 1), ") be equal to 1:", div(sizeof(T), sizeof(S)), " (from the ratio of element sizes)")))
    end
    a isa ReinterpretArray{<:Any,<:Any,<:Any,<:Any,true} && return reinterpret(reshape, T, a.parent)
    ReinterpretArray{T,N,S,typeof(a),true}(a, _subpadding(T, S), _subpadding(S, T))
end

"""
    Base.PaddingError(S, T)

A `reinterpret` view whose elements would show (or overwrite) bytes that one of the two types
leaves undefined as padding.
"""
struct PaddingError <: Exception
    S::Type
    T::Type
end
showerror(io::IO, p::PaddingError) = print(io, "Padding of type ", p.S, " is not compatible with type ", p.T, ".")

# which bytes of a T are padding (Julia's layout), true for a padding byte
function _padding_mask(T)
    mask = fill(true, sizeof(T))
    _mark_data!(mask, 0, T)
    mask
end
function _mark_data!(mask, off, T)
    if isprimitivetype(T)
        mask[off+1:off+sizeof(T)] .= false
    else
        offsets = _field_offsets(T)
        fts = fieldtypes(T)
        for i in 1:length(fts)
            _mark_data!(mask, off + offsets[i], fts[i])
        end
    end
    mask
end
# Julia's array_subpadding(S, T): whether every padding byte of T falls on a padding byte of S,
# over arrays of both (reading T from S needs it one way round, writing the other)
function _subpadding(S, T)
    isprimitivetype(T) && return true    # T has no padding at all
    ms = _padding_mask(S)
    mt = _padding_mask(T)
    for b in 0:lcm(sizeof(S), sizeof(T))-1
        mt[b % sizeof(T) + 1] && !ms[b % sizeof(S) + 1] && return false
    end
    true
end
parent(a::ReinterpretArray) = a.parent
function size(a::ReinterpretArray{T,N,S,A,false}) where {T,N,S,A}
    s = size(a.parent)
    N == 0 ? s : (div(s[1] * sizeof(S), sizeof(T)), tail(s)...)
end
length(a::ReinterpretArray) = prod(size(a))
IndexStyle(::Type{<:ReinterpretArray}) = IndexLinear()
# a view whose elements are its parent's in steps of one, and a reshape of a linear array, are linear (Julia's)
IndexStyle(::Type{<:SubArray{T,N,P,I,true}}) where {T,N,P,I} = IndexLinear()
IndexStyle(::Type{<:ReshapedArray{T,N,P}}) where {T,N,P} = IndexStyle(P)
function size(a::ReinterpretArray{T,N,S,A,true}) where {T,N,S,A}
    s = size(a.parent)
    sizeof(S) > sizeof(T) ? (div(sizeof(S), sizeof(T)), s...) : sizeof(S) < sizeof(T) ? tail(s) : s
end
# (only the reshaping one says its element type at the top, as in Julia)
function showarg(io::IO, a::ReinterpretArray{T,N,S,A,R}, toplevel) where {T,N,S,A,R}
    print(io, R ? "reinterpret(reshape, " : "reinterpret(", T, ", ")
    showarg(io, a.parent, false)
    print(io, ")")
    R && toplevel && print(io, " with eltype ", T)
end
similar(a::ReinterpretArray, T::Type, d::Tuple) = similar(a.parent, T, d)

# the unsigned type of n bytes, and a bits value as (or from) that type
_uint_of_size(n) = n == 1 ? UInt8 : n == 2 ? UInt16 : n == 4 ? UInt32 : n == 8 ? UInt64 : UInt128
_as_uint(x) = reinterpret(_uint_of_size(sizeof(x)), x)
_from_uint(::Type{T}, u) where {T} = reinterpret(T, u % _uint_of_size(sizeof(T)))

# Bits types that are not primitive (Complex, tuples, structs of bits fields) go through their
# bytes, laid out as Julia lays them out (fields at aligned offsets, padding left zero).
# the bytes of the parent elements that element k of a overlaps, and where k's first byte is in them
function _parent_bytes(a::ReinterpretArray{T,N,S}, k::Int) where {T,N,S}
    j0 = div((k - 1) * sizeof(T), sizeof(S))
    j1 = div(k * sizeof(T) - 1, sizeof(S))
    buf = zeros(UInt8, (j1 - j0 + 1) * sizeof(S))
    for j in j0:j1
        _store_bits!(buf, (j - j0) * sizeof(S), a.parent[j + 1])
    end
    buf
end
_first_byte(a::ReinterpretArray{T,N,S}, k::Int) where {T,N,S} = (k - 1) * sizeof(T) - div((k - 1) * sizeof(T), sizeof(S)) * sizeof(S)
# x's bytes written into buf from byte offset off (0-based), little-endian
function _store_bits!(buf::Vector{UInt8}, off::Int, x)
    T = typeof(x)
    if isprimitivetype(T)
        u = _as_uint(x)
        for b in 0:sizeof(T)-1
            buf[off + b + 1] = (u >> (8 * b)) % UInt8
        end
    else
        offsets = _field_offsets(T)
        for i in 1:length(offsets)
            _store_bits!(buf, off + offsets[i], getfield(x, i))
        end
    end
    buf
end
# the value of bits type T whose bytes are in buf from byte offset off
function _load_bits(::Type{T}, buf::Vector{UInt8}, off::Int) where {T}
    if isprimitivetype(T)
        U = _uint_of_size(sizeof(T))
        u = zero(U)
        for b in 0:sizeof(T)-1
            u |= U(buf[off + b + 1]) << (8 * b)
        end
        return reinterpret(T, u)
    end
    offsets = _field_offsets(T)
    fts = fieldtypes(T)
    vals = ntuple(i -> _load_bits(fts[i], buf, off + offsets[i]), length(fts))
    T <: Tuple ? vals : _new_struct(T, vals...)
end

function getindex(a::ReinterpretArray{T,N,S}, k::Int) where {T,N,S}
    (1 <= k <= length(a)) || throw(BoundsError(a, (k,)))
    p = a.parent
    a.readable || throw(PaddingError(T, S))
    isprimitivetype(T) && isprimitivetype(S) || return _load_bits(T, _parent_bytes(a, k), _first_byte(a, k))
    if sizeof(T) == sizeof(S)
        return reinterpret(T, p[k])
    elseif sizeof(T) < sizeof(S)
        # several T in one S: the one at byte offset r * sizeof(T)
        j, r = divrem(k - 1, div(sizeof(S), sizeof(T)))
        return _from_uint(T, _as_uint(p[j + 1]) >> (8 * sizeof(T) * r))
    else
        # one T over several S, the first in the low bytes
        n = div(sizeof(T), sizeof(S))
        U = _uint_of_size(sizeof(T))
        u = zero(U)
        for m in 0:n-1
            u |= U(_as_uint(p[(k - 1) * n + m + 1])) << (8 * sizeof(S) * m)
        end
        return reinterpret(T, u)
    end
end
function setindex!(a::ReinterpretArray{T,N,S}, x, k::Int) where {T,N,S}
    (1 <= k <= length(a)) || throw(BoundsError(a, (k,)))
    v = convert(T, x)
    p = a.parent
    a.writable || throw(PaddingError(T, S))
    if !(isprimitivetype(T) && isprimitivetype(S))
        # the bytes of the parent elements k overlaps, with v's written over them
        buf = _store_bits!(_parent_bytes(a, k), _first_byte(a, k), v)
        j0 = div((k - 1) * sizeof(T), sizeof(S))
        for j in 0:div(length(buf), sizeof(S))-1
            p[j0 + j + 1] = _load_bits(S, buf, j * sizeof(S))
        end
    elseif sizeof(T) == sizeof(S)
        p[k] = reinterpret(S, v)
    elseif sizeof(T) < sizeof(S)
        j, r = divrem(k - 1, div(sizeof(S), sizeof(T)))
        U = _uint_of_size(sizeof(S))
        shift = 8 * sizeof(T) * r
        mask = U(typemax(_uint_of_size(sizeof(T)))) << shift
        old = _as_uint(p[j + 1])
        p[j + 1] = reinterpret(S, (old & ~mask) | (U(_as_uint(v)) << shift))
    else
        n = div(sizeof(T), sizeof(S))
        u = _as_uint(v)
        for m in 0:n-1
            p[(k - 1) * n + m + 1] = _from_uint(S, u >> (8 * sizeof(S) * m))
        end
    end
    a
end
getindex(a::ReinterpretArray, i::Int, j::Int, more::Int...) = a[_linear_index(a, (i, j, more...), (i, j, more...))]
function setindex!(a::ReinterpretArray, x, i::Int, j::Int, more::Int...)
    a[_linear_index(a, (i, j, more...), (i, j, more...))] = x
    a
end

"""
    PermutedDimsArray(A, perm)

`A` seen with its dimensions reordered (`permutedims` without the copy): element `I` is
`A[I[invperm(perm)]...]`; writing into it writes into `A`.
"""
struct PermutedDimsArray{T,N,perm,iperm,AA<:AbstractArray} <: AbstractArray{T,N}
    parent::AA
end
function PermutedDimsArray(a::AbstractArray, perm)
    p = Tuple(perm)
    (length(p) == ndims(a) && isperm(p)) || throw(ArgumentError(string(p, " is not a valid permutation of dimensions 1:", ndims(a))))
    PermutedDimsArray{eltype(a), ndims(a), p, Tuple(invperm(collect(p))), typeof(a)}(a)
end
parent(a::PermutedDimsArray) = a.parent
size(a::PermutedDimsArray{T,N,perm}) where {T,N,perm} = ntuple(i -> size(a.parent, perm[i]), N)
_parent_index(a::PermutedDimsArray{T,N,perm,iperm}, I) where {T,N,perm,iperm} = ntuple(d -> I[iperm[d]], N)
function getindex(a::PermutedDimsArray{T,N}, I::Int...) where {T,N}
    length(I) == 1 && N != 1 && return a[_cartesian(I[1], size(a))...]
    a.parent[_parent_index(a, I)...]
end
function setindex!(a::PermutedDimsArray{T,N}, v, I::Int...) where {T,N}
    length(I) == 1 && N != 1 && return setindex!(a, v, _cartesian(I[1], size(a))...)
    a.parent[_parent_index(a, I)...] = v
    a
end
similar(a::PermutedDimsArray, T::Type, d::Tuple) = similar(a.parent, T, d)
function showarg(io::IO, a::PermutedDimsArray{T,N,perm}, toplevel) where {T,N,perm}
    print(io, "PermutedDimsArray(")
    showarg(io, a.parent, false)
    print(io, ", ", perm, ")")
    toplevel && print(io, " with eltype ", eltype(a))
end

# the memory a view or a wrapper reads is its parent's (broadcast.jl's mightalias)
_alias_roots(A::Union{SubArray, ReshapedArray, PermutedDimsArray, ReinterpretArray}) = _alias_roots(parent(A))
