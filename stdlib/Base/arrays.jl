# Arrays: construction, indexing (scalars, ranges, `:`, masks, several dimensions), mutation,
# concatenation. The stores and their primitive operations are Java (ArrayBuiltins); the rest
# is here, written against AbstractArray where it can be.

struct UndefInitializer end
const undef = UndefInitializer()

eltype(::Type) = Any
eltype(a::AbstractArray) = _eltype_of(typeof(a))
# the T of the AbstractArray{T,N} that T is (a type of your own may fix it in its supertype)
function _eltype_of(T)
    while (name = _type_name(T)) !== :Array && name !== :AbstractArray
        T = supertype(T)
    end
    _type_parameters(T)[1]
end
eltype(b::BitArray) = Bool
# the element type of an array type (Any for one whose element type is open, as Vector)
eltype(T::Type{<:AbstractArray}) = T isa DataType ? _eltype_of(T) : Any
eltype(::Type{BitArray}) = Bool
eltype(x) = eltype(typeof(x))
eltype(t::Tuple) = _tuple_eltype(typeof(t))
eltype(::Type{T}) where {T<:Tuple} = _tuple_eltype(T)
eltype(t::NamedTuple) = _tuple_eltype(typeof(values(t)))
eltype(::Type{NamedTuple{names, T}}) where {names, T} = T isa Type && T <: Tuple ? _tuple_eltype(T) : Any
ndims(a::AbstractArray) = length(size(a))
ndims(::Type{<:AbstractArray{<:Any, N}}) where {N} = N
# an array type of your own needs only size and getindex (as in Julia)
length(a::AbstractArray) = prod(size(a))
size(a::AbstractArray, d::Int) = d <= ndims(a) ? size(a)[d] : 1
axes(a::AbstractArray) = map_tuple(OneTo, size(a))
axes(a::AbstractArray, d::Integer) = d <= ndims(a) ? axes(a)[d] : OneTo(1)
# as Julia's: a vector's are its axis; other arrays' by their IndexStyle (CartesianIndices for
# a matrix type of a program's that defines only getindex(A, i, j))
eachindex(a::AbstractVector) = OneTo(length(a))
eachindex(a::AbstractArray) = eachindex(IndexStyle(a), a)
function eachindex(a::AbstractArray, bs::AbstractArray...)
    for b in bs
        eachindex(b) == eachindex(a) ||
            throw(DimensionMismatch(string("all inputs to eachindex must have the same indices, got ", eachindex(a), " and ", eachindex(b))))
    end
    eachindex(a)
end
"""
    LinearIndices(A)
    LinearIndices(dims)

The linear index of every position of an array of `A`'s shape (or of size `dims`), as an array:
`LinearIndices((2, 3))[2, 3] == 6`.
"""
struct LinearIndices{N, R<:NTuple{N, AbstractUnitRange{Int}}} <: AbstractArray{Int, N}
    indices::R
end
LinearIndices(inds::NTuple{N, AbstractUnitRange{Int}}) where {N} = LinearIndices{N, typeof(inds)}(inds)
LinearIndices(dims::Tuple{Vararg{Integer}}) = LinearIndices(map_tuple(d -> OneTo(Int(d)), dims))
LinearIndices(dims::Integer...) = LinearIndices(dims)
LinearIndices(a::AbstractArray) = LinearIndices(axes(a))
# (a vector's spelled out, so that inference knows the type `keys(v)` gives)
LinearIndices(a::AbstractVector) = LinearIndices{1, Tuple{OneTo{Int64}}}((OneTo(length(a)),))
size(L::LinearIndices) = map_tuple(length, L.indices)
axes(L::LinearIndices) = L.indices
function getindex(L::LinearIndices, i::Int)
    1 <= i <= length(L) || throw(BoundsError(L, i))
    i
end
# a vector's LinearIndices count like its axis, without the generic AbstractArray path
length(L::LinearIndices{1}) = length(L.indices[1])
iterate(L::LinearIndices{1}, i = 1) = i > length(L.indices[1]) ? nothing : (i, i + 1)
first(L::LinearIndices{1}) = first(L.indices[1])
last(L::LinearIndices{1}) = last(L.indices[1])
firstindex(a::AbstractArray) = 1
lastindex(a::AbstractArray) = length(a)
firstindex(a::AbstractArray, d) = 1
lastindex(a::AbstractArray, d) = size(a, d)
isempty(a::AbstractArray) = length(a) == 0
first(a::AbstractArray) = a[1]
function last(a::AbstractArray)
    isempty(a) && throw(BoundsError(a, (0,)))
    a[length(a)]
end
first(a::AbstractArray, n::Integer) = (n >= 0 || throw(ArgumentError("Number of elements must be nonnegative")); a[1:min(n, length(a))])
last(a::AbstractArray, n::Integer) = (n >= 0 || throw(ArgumentError("Number of elements must be nonnegative")); a[max(1, length(a) - n + 1):length(a)])
# any other iterator: the last n of its elements, in a vector (Julia's reverse of take of reverse)
last(itr, n::Integer) = (n >= 0 || throw(ArgumentError("Number of elements must be nonnegative")); v = collect(itr); v[max(1, length(v) - n + 1):length(v)])
# push!(s, a, b, c...) for any collection, one by one
push!(A, a, b, c...) = push!(push!(A, a), b, c...)
last(t::Tuple, n::Integer) = (n >= 0 || throw(ArgumentError("Number of elements must be nonnegative")); collect(t[max(1, length(t) - n + 1):length(t)]))
iterate(a::AbstractArray, i = 1) = i > length(a) ? nothing : (a[i], i + 1)

# Constructors: T(args...) for Array and BitArray types comes here (see ArrayBuiltins).
function _construct(T, args...)
    name = _type_name(T)
    p = _type_parameters(T)
    name === :Array && return _construct_array(p[1], p[2], args...)
    name === :BitArray && return _construct_bitarray(p[1], args...)
    name === :Dict && return _construct_dict(p[1], p[2], args...)
    name === :Set && return _construct_set(p[1], args...)
    name === :IdDict && return _construct_iddict(p[1], p[2], args...)
    name === :WeakKeyDict && return _construct_weakkeydict(p[1], p[2], args...)
    throw(MethodError(T, args))
end

_isvar(x) = x isa TypeVar
function _check_ndims(N, n)
    !_isvar(N) && N != n && throw(ArgumentError(string("wrong number of dimensions: expected ", N, ", got ", n)))
    nothing
end
function _construct_array(T, N, ::UndefInitializer, d::Int...)
    # (Julia has Array{T,N}(undef, d::Vararg{Int,N}) only: Vector{Int}(undef) is a MethodError)
    _isvar(N) || N == length(d) || _isvar(T) || throw(MethodError(Array{T,N}, (undef, d...)))
    _isvar(T) && throw(MethodError(Array, (undef, d...)))
    a = _new_array(T, d)
    # a type with one value has no undefined elements: Vector{Nothing}(undef, 2) holds nothings
    issingletontype(T) && !isempty(a) && fill!(a, _singleton_value(T))
    a
end
_singleton_value(T) = T === Nothing ? nothing : T <: Tuple ? () : T()
_construct_array(T, N, u::UndefInitializer, d::Tuple) = _construct_array(T, N, u, d...)
# Vector{Union{Nothing, T}}(nothing, n): filled with nothing (missing: in missing.jl)
_construct_array(T, N, v::Nothing, d::Int...) = fill!(_construct_array(T, N, undef, d...), v)
_construct_array(T, N, v::Nothing, d::Tuple) = _construct_array(T, N, v, d...)
function _construct_array(T, N)
    _check_ndims(N, 1)
    _new_array(T, (0,))
end
function _construct_array(T, N, a::AbstractArray)
    _check_ndims(N, ndims(a))
    out = _new_array(_isvar(T) ? eltype(a) : T, size(a))
    copyto!(out, a)
end
_construct_array(T, N, itr) = _construct_array(T, N, collect(itr))

# AbstractVector{T}(A), AbstractMatrix{T}(A): a copy with element type T (Julia's array.jl)
(::Type{AbstractArray{T,N}})(A::AbstractArray{S,N}) where {T,N,S} = copyto!(similar(A, T), A)
similar(a::AbstractArray) = similar(a, eltype(a), size(a))
# an array of zeros of the same shape (and element type, as zero of it gives)
zero(a::AbstractArray{T}) where {T} = fill!(similar(a, typeof(zero(T))), zero(T))
similar(a::AbstractArray, T::Type) = similar(a, T, size(a))
similar(a::AbstractArray, d::Int...) = similar(a, eltype(a), d)
similar(a::AbstractArray, T::Type, d::Int...) = similar(a, T, d)
similar(a::AbstractArray, d::Tuple) = similar(a, eltype(a), d)
similar(a::AbstractArray, T::Type, d::Tuple) = _new_array(T, d)
similar(a::BitArray, T::Type, d::Tuple) = T === Bool ? _new_bitarray(d, false) : _new_array(T, d)

# Arrays of one rank promote to the one whose element type is the promoted one (Julia's
# el_same): [[1], [2.0]] is a Vector{Vector{Float64}}; otherwise their typejoin
# (Vector itself, a UnionAll, has no element type to promote: [[1], Any[2], Vector[]] is Vector{Vector})
promote_rule(a::Type{Array{T,N}}, b::Type{Array{S,N}}) where {T,S,N} = a isa UnionAll || b isa UnionAll ? Bottom : _el_same(promote_type(T, S), a, b)
_el_same(P, a, b) = eltype(a) === P ? a : eltype(b) === P ? b : Bottom
zeros(d::Int...) = zeros(Float64, d)
zeros(T::Type, d::Int...) = zeros(T, d)
zeros(d::Tuple) = zeros(Float64, d)
zeros(T::Type, d::Tuple) = fill!(_new_array(T, d), zero(T))
# a new store of these types is already all zero bits, which is their zero
zeros(T::Type{<:Union{BitInteger64, IEEEFloat}}, d::Tuple) = _new_array(T, d)
ones(d::Int...) = ones(Float64, d)
ones(T::Type, d::Int...) = ones(T, d)
ones(d::Tuple) = ones(Float64, d)
ones(T::Type, d::Tuple) = fill!(_new_array(T, d), one(T))
fill(v, d::Int...) = fill(v, d)
fill(v, d::Tuple) = fill!(_new_array(typeof(v), d), v)
function fill!(a::AbstractArray, v)
    for i in 1:length(a)
        a[i] = v
    end
    a
end

vec(a::AbstractArray) = reshape(a, length(a))
reshape(a::AbstractArray, d::Int...) = reshape(a, d)
# to N dimensions: the trailing ones merged into the last, or singletons added
function reshape(a::AbstractArray, ::Val{N}) where {N}
    n = ndims(a)
    N == n && return a
    sz = size(a)
    reshape(a, N > n ? ntuple(k -> k <= n ? sz[k] : 1, N) : ntuple(k -> k < N ? sz[k] : prod(sz[N:n]), N))
end
function reshape(a::AbstractArray, d::Tuple)
    k = 0
    n = 1
    for x in d
        if x isa Colon
            k += 1
        else
            n *= x
        end
    end
    if k > 0
        k > 1 && throw(DimensionMismatch(string("new dimensions ", d, " may have at most one omitted dimension specified by `Colon()`")))
        (n != 0 && length(a) % n == 0) || throw(DimensionMismatch(string("array size ", length(a), " must be divisible by the product of the new dimensions ", d)))
        d = map_tuple(x -> x isa Colon ? div(length(a), n) : x, d)
    end
    _reshape(a, d)
end
reshape(a::AbstractArray, d...) = reshape(a, d)
"""
    Colon()

The type of `:` (as an index, all of a dimension); `Colon()` is `:` itself.
"""
const Colon = typeof(:)
(::Type{Colon})() = (:)
# A[:, j] and A[i, :] of a matrix: a column is one contiguous copy, a row a strided loop
# (through the generic getindex(a, I...) each element cost 35 ns)
function getindex(A::Array{<:Any,2}, ::Colon, j::Int)
    m = size(A, 1)
    1 <= j <= size(A, 2) || throw(BoundsError(A, (:, j)))
    copyto!(_new_array(eltype(A), (m,)), 1, A, (j - 1) * m + 1, m)
end
function getindex(A::Array{<:Any,2}, i::Int, ::Colon)
    m, n = size(A)
    1 <= i <= m || throw(BoundsError(A, (i, :)))
    out = _new_array(eltype(A), (n,))
    for j in 1:n
        out[j] = A[i, j]
    end
    out
end

copy(a::AbstractArray) = copyto!(similar(a), a)
function copyto!(dest::AbstractArray, src)
    src = src === dest ? src : unalias(dest, src)
    i = 0
    for x in src
        i += 1
        # (Julia's words for an iterable; an array source names the position)
        i > length(dest) && throw(src isa AbstractArray ? BoundsError(dest, (i,)) : ArgumentError("destination has fewer elements than required"))
        dest[i] = x
    end
    dest
end
function copyto!(dest::Array, src::Array)
    # (the positions it would write, as Julia's checkbounds(dest, 1:n))
    length(src) > length(dest) && throw(BoundsError(dest, (1:length(src),)))
    _copyto!(dest, 1, src, 1, length(src))
end
function copyto!(dest::Array, doffs::Integer, src::Array, soffs::Integer, n::Integer)
    n == 0 && return dest
    (doffs < 1 || doffs + n - 1 > length(dest)) && throw(BoundsError(dest, (doffs:doffs+n-1,)))
    (soffs < 1 || soffs + n - 1 > length(src)) && throw(BoundsError(src, (soffs:soffs+n-1,)))
    _copyto!(dest, doffs, src, soffs, n)
end
function collect(a::AbstractArray)
    out = _new_array(eltype(a), size(a))
    copyto!(out, a)
end
collect(T::Type, a::AbstractArray) = copyto!(_new_array(T, size(a)), a)
Array(a::AbstractArray) = collect(a)
convert(::Type{T}, a::AbstractArray) where {T<:AbstractArray} = a isa T ? a : T(a)

# ---- indexing -----------------------------------------------------------------------------

# An index as the list of positions it selects along dimension d (0: linear indexing).
_to_index(a, d, i::Integer) = Int(i)
_to_index(a, d, i::Bool) = throw(ArgumentError(string("invalid index: ", i, " of type Bool")))
getindex(s::AbstractString, ::Colon) = s    # ("abc"[:], as Julia's)
getindex(s::SubString, ::Colon) = s
getindex(t::Tuple, ::Colon) = t
getindex(r::AbstractRange, ::Colon) = r      # ((1:5)[:] is 1:5)
# Ref(A, i): a reference to the element A[i] (Julia's Base.RefArray)
struct RefArray{T, A<:AbstractArray{T}, R} <: Ref{T}
    x::A
    i::Int
    roots::R
end
RefArray(x::AbstractArray{T}, i::Integer = 1, roots = nothing) where {T} = RefArray{T, typeof(x), typeof(roots)}(x, Int(i), roots)
Ref(x::AbstractArray, i::Integer) = RefArray(x, i)
getindex(b::RefArray) = b.x[b.i]
setindex!(b::RefArray, v) = (b.x[b.i] = v; b)
_to_index(a, d, c::Colon) = 1:(d == 0 ? length(a) : size(a, d))
function _to_index(a, d, c::Symbol)
    c === Symbol(":") || throw(ArgumentError(string("invalid index: ", repr(c), " of type Symbol")))
    1:(d == 0 ? length(a) : size(a, d))
end
_to_index(a, d, r::AbstractRange) = r
# anything else (a float, a string) is not an index
_to_index(a, d, i) = throw(ArgumentError(string("invalid index: ", repr(i), " of type ", typeof(i))))
_to_index(a, d, v::AbstractArray) = v
_to_index(a, d, v::AbstractArray{Bool}) = _mask_index(a, d, v)
function _mask_index(a, d, v)
    n = d == 0 ? length(a) : size(a, d)
    if length(v) != n || (d == 0 && ndims(v) > 1 && size(v) != size(a))
        throw(BoundsError(a, (v,)))
    end
    # linear positions, also for a matrix mask
    v isa BitArray ? _bit_findall(v) : _findall_linear(identity, v)
end

function _to_indices(a, I::Tuple)
    n = length(I)
    n == 1 && return (_to_index(a, 0, I[1]),)
    out = []
    for d in 1:n
        x = I[d]
        # a mask of the wrong length: the error names every index, as Julia's checkbounds does
        x isa AbstractArray{Bool} && length(x) != size(a, d) && throw(BoundsError(a, I))
        push!(out, _to_index(a, d, x))
    end
    (out...,)
end

_all_scalar(I::Tuple) = all(i -> i isa Int, I)
# The size of dimension d as seen by n indices: the last one spans the remaining dimensions.
function _index_dim(a, d, n)
    n == 1 && return length(a)
    d < n && return size(a, d)
    s = 1
    for k in d:max(d, ndims(a))
        s *= size(a, k)
    end
    s
end
# get on arrays and tuples: the element when the index is in bounds, else the default
get(a::AbstractArray, i::Integer, default) = checkbounds(Bool, a, i) ? a[i] : default
get(a::AbstractArray, I::Tuple{Vararg{Integer}}, default) = checkbounds(Bool, a, I...) ? a[I...] : default
get(f::Function, a::AbstractArray, i::Integer) = checkbounds(Bool, a, i) ? a[i] : f()
get(f::Function, a::AbstractArray, I::Tuple{Vararg{Integer}}) = checkbounds(Bool, a, I...) ? a[I...] : f()
get(t::Tuple, i::Integer, default) = 1 <= i <= length(t) ? t[i] : default
get(f::Function, t::Tuple, i::Integer) = 1 <= i <= length(t) ? t[i] : f()
function checkbounds(::Type{Bool}, a::AbstractArray, I...)
    J = _to_indices(a, I)
    n = length(J)
    for d in 1:n
        m = _index_dim(a, d, n)
        for i in J[d]
            (1 <= i <= m) || return false
        end
    end
    true
end
function checkbounds(a::AbstractArray, I...)
    checkbounds(Bool, a, I...) || throw(BoundsError(a, I))
    nothing
end
"""
    checkindex(Bool, inds::AbstractUnitRange, index)

Whether `index` (an integer, a collection of them, or `:`) lies within `inds`.
"""
checkindex(::Type{Bool}, inds::AbstractUnitRange, i::Integer) = first(inds) <= i <= last(inds)
checkindex(::Type{Bool}, inds::AbstractUnitRange, ::Colon) = true
checkindex(::Type{Bool}, inds::AbstractUnitRange, I::AbstractArray{Bool}) = length(I) == length(inds)
checkindex(::Type{Bool}, inds::AbstractUnitRange, I) = all(i -> checkindex(Bool, inds, i), I)
"""
    to_indices(A, I::Tuple)

The indices `A[I...]` uses: `:` becomes the whole range of its dimension, a Bool mask its positions.
"""
to_indices(a, I::Tuple) = _to_indices(a, I)

"""
    strides(A)
    stride(A, k)

The distance in memory (in elements) between neighbours along each dimension of a dense array:
`(1, size(A, 1), size(A, 1) * size(A, 2), ...)`.
"""
function strides(a::Union{Array, BitArray})
    s = size(a)
    ntuple(k -> k == 1 ? 1 : prod(s[1:k-1]), length(s))
end
stride(a::Union{Array, BitArray}, k::Integer) = k > ndims(a) ? length(a) : strides(a)[k]

"""
    promote_shape(s1, s2)

The shape of an elementwise combination of arrays of sizes `s1` and `s2` (tuples): they must
agree, a trailing dimension of 1 matching a missing one; else a `DimensionMismatch`.
"""
function promote_shape(a::Tuple{Vararg{Integer}}, b::Tuple{Vararg{Integer}})
    length(a) < length(b) && return promote_shape(b, a)
    for i in 1:length(b)
        a[i] == b[i] || throw(DimensionMismatch("dimensions must match: a has dims $a, b has dims $b, mismatch at $i"))
    end
    for i in length(b)+1:length(a)
        a[i] == 1 || throw(DimensionMismatch("dimensions must match: a has dims $a, must have singleton at dim $i"))
    end
    a
end
function _linear_index(a, I::Tuple, orig)
    n = length(I)
    k = 0
    stride = 1
    for d in 1:n
        i = I[d]
        m = _index_dim(a, d, n)
        (1 <= i <= m) || throw(BoundsError(a, orig))
        k += (i - 1) * stride
        stride *= m
    end
    k + 1
end

"""
    IndexStyle(A)
    IndexStyle(typeof(A))

How an array is best indexed: `IndexLinear()` (one index into its elements in memory order:
`Array`, ranges, `BitArray`) or `IndexCartesian()` (one index per dimension), the default for
an array type of your own. A linear index into a cartesian array becomes its subscripts, so a
matrix type needs only `size` and `getindex(A, i::Int, j::Int)`; one that defines
`getindex(A, i::Int)` instead declares `Base.IndexStyle(::Type{<:MyType}) = IndexLinear()`.
"""
abstract type IndexStyle end
struct IndexLinear <: IndexStyle end
struct IndexCartesian <: IndexStyle end
IndexStyle(a::AbstractArray) = IndexStyle(typeof(a))
IndexStyle(::Type{<:AbstractArray}) = IndexCartesian()
IndexStyle(::Type{<:Union{Array, BitArray, AbstractRange, LinearIndices}}) = IndexLinear()
IndexStyle(::Type{<:CodeUnits}) = IndexLinear()
# eachindex in a given style: positions (CartesianIndices) or linear indices
eachindex(::IndexCartesian, A::AbstractArray) = CartesianIndices(A)
eachindex(::IndexLinear, A::AbstractArray) = OneTo(length(A))
IndexStyle(a::AbstractArray, b::AbstractArray...) = all(x -> IndexStyle(x) isa IndexLinear, (a, b...)) ? IndexLinear() : IndexCartesian()

# The subscripts of the k-th element (column-major) of an array of dimensions sz.
function _subscripts(a, k::Int)
    (1 <= k <= length(a)) || throw(BoundsError(a, k))
    _cartesian(k, size(a))
end

getindex(a::AbstractArray) = a[1]
# An Int gets here only when the array's type has no getindex for one Int: a cartesian matrix
# type's own getindex takes the subscripts; other integers are converted to an Int first.
function getindex(a::AbstractArray, i::Integer)
    i isa Bool && throw(ArgumentError(string("invalid index: ", i, " of type Bool")))
    i isa Int || return a[Int(i)]
    IndexStyle(a) isa IndexCartesian && ndims(a) != 1 || throw(MethodError(getindex, (a, i)))
    a[_subscripts(a, i)...]
end
function getindex(a::AbstractArray, I...)
    J = _to_indices(a, I)
    if _all_scalar(J)
        return a[_linear_index(a, J, I)]
    end
    _getindex_array(a, J, I)
end
# Result shape: the shapes of the non-scalar indices (linear indexing keeps the index's shape).
function _index_shape(J)
    if length(J) == 1
        j = J[1]
        return j isa AbstractArray ? size(j) : (length(j),)
    end
    out = []
    for j in J
        j isa Int || push!(out, length(j))
    end
    (out...,)
end
# Every position selected along each dimension exists, else a BoundsError naming the original indices.
function _check_indices(a, J, orig)
    n = length(J)
    for d in 1:n
        m = _index_dim(a, d, n)
        for i in J[d]
            (1 <= i <= m) || throw(BoundsError(a, orig))
        end
    end
end
function _getindex_array(a, J, orig)
    n = length(J)
    _check_indices(a, J, orig)
    out = similar(a, eltype(a), _index_shape(J))
    if n == 1
        k = 0
        for i in J[1]
            k += 1
            out[k] = a[i]
        end
        return out
    end
    k = 0
    _foreach_index(J) do lin_parts
        k += 1
        out[k] = a[_linear_index(a, lin_parts, orig)]
    end
    out
end
# Calls f with each tuple of positions of the cartesian product of J (first fastest).
function _foreach_index(f, J)
    n = length(J)
    lists = map_tuple(j -> j isa Int ? [j] : collect(j), J)
    any(l -> length(l) == 0, lists) && return nothing
    pos = ones(Int, n)
    while true
        f(ntuple(d -> lists[d][pos[d]], n))
        d = 1
        while d <= n
            pos[d] += 1
            pos[d] <= length(lists[d]) && break
            pos[d] = 1
            d += 1
        end
        d > n && return nothing
    end
end
"""
    tuple(xs...)

The tuple of the arguments: `tuple(1, "a") == (1, "a")`.
"""
tuple(xs...) = xs

ntuple(f, ::Val{N}) where {N} = ntuple(f, N)
function ntuple(f, n::Int)
    # short tuples written out, so that they are made in one piece (and stay virtual when compiled)
    n == 0 && return ()
    n == 1 && return (f(1),)
    n == 2 && return (f(1), f(2))
    n == 3 && return (f(1), f(2), f(3))
    n == 4 && return (f(1), f(2), f(3), f(4))
    n < 0 && throw(ArgumentError(string("tuple length should be ≥ 0, got ", n)))
    out = []
    for i in 1:n
        push!(out, f(i))
    end
    (out...,)
end

# all but the first (tail) or the last (front) element of a tuple
tail(t::Tuple) = isempty(t) ? throw(ArgumentError("Cannot call tail on an empty tuple.")) : ntuple(i -> t[i + 1], length(t) - 1)
front(t::Tuple) = isempty(t) ? throw(ArgumentError("Cannot call front on an empty tuple.")) : ntuple(i -> t[i], length(t) - 1)

function setindex!(a::AbstractArray, v, i::Integer)
    i isa Bool && throw(ArgumentError(string("invalid index: ", i, " of type Bool")))
    i isa Int || return setindex!(a, v, Int(i))
    # (an array type without its own setindex!: Julia's error_if_canonical_setindex)
    IndexStyle(a) isa IndexCartesian && ndims(a) != 1 || throw(CanonicalIndexError("setindex!", typeof(a)))
    setindex!(a, v, _subscripts(a, i)...)
end
function setindex!(a::AbstractArray, v, I...)
    J = _to_indices(a, I)
    if _all_scalar(J)
        a[_linear_index(a, J, I)] = v
        return a
    end
    _setindex_array!(a, v, J, I)
end
function _setindex_array!(a, v, J, orig)
    n = length(J)
    _check_indices(a, J, orig)
    shape = _index_shape(J)
    count = 1
    for s in shape
        count *= s
    end
    if v isa AbstractArray
        # (Julia's throw_setindex_mismatch)
        length(v) == count || throw(DimensionMismatch(n == 1 ? string("tried to assign ", length(v), " elements to ", count, " destinations") :
            string("tried to assign ", dims2string(size(v)), " array to ", dims2string(map_tuple(length, J)), " destination")))
        v = unalias(a, v)
    else
        # (Julia's: one value to many places is `.=`)
        throw(ArgumentError("indexed assignment with a single value to possibly many locations is not supported; perhaps use broadcasting `.=` instead?"))
    end
    k = 0
    if n == 1
        for i in J[1]
            k += 1
            a[i] = v isa AbstractArray ? v[k] : v
        end
        return a
    end
    _foreach_index(J) do parts
        k += 1
        a[_linear_index(a, parts, orig)] = v isa AbstractArray ? v[k] : v
    end
    a
end

# x[I] .= v writes through a view of the selected positions.
struct _DotView
    parent
    indices
end
dotview(a, I...) = _DotView(a, I)  # arrays: a view (views.jl)
length(v::_DotView) = length(_getindex_for_view(v))
size(v::_DotView) = size(_getindex_for_view(v))
_getindex_for_view(v::_DotView) = v.parent[v.indices...]
function broadcast!(f, dest::_DotView, xs...)
    setindex!(dest.parent, broadcast(f, xs...), dest.indices...)
    dest.parent
end

# ---- growing and shrinking vectors ---------------------------------------------------------

function push!(a::Vector, x, y, zs...)
    push!(a, x)
    push!(a, y)
    for z in zs
        push!(a, z)
    end
    a
end
function append!(a::Vector, items)
    for x in items
        push!(a, x)
    end
    a
end
append!(a::Vector, xs, ys, more...) = append!(append!(a, xs), ys, more...)
prepend!(a::AbstractVector, items, more...) = (for v in reverse((items, more...)); prepend!(a, v); end; a)
prepend!(a::Vector, items) = (n = length(a); append!(a, items); b = copy(a); _copyto!(a, 1, b, n + 1, length(b) - n); _copyto!(a, length(b) - n + 1, b, 1, n); a)
function pop!(a::Vector)
    isempty(a) && throw(ArgumentError("array must be non-empty"))
    x = a[length(a)]
    _delete_last!(a)
    x
end
function popfirst!(a::Vector)
    isempty(a) && throw(ArgumentError("array must be non-empty"))
    x = a[1]
    _deleteat!(a, 1, 1)
    x
end
function pushfirst!(a::Vector, x)
    insert!(a, 1, x)
end
pushfirst!(a::Vector, x, y, zs...) = (pushfirst!(a, x, zs...); insert!(a, 2, y))
function insert!(a::Vector, i::Integer, x)
    (1 <= i <= length(a) + 1) || throw(BoundsError(a, i))
    v = convert(eltype(a), x)
    _insert_gap!(a, i, 1)
    a[i] = v
    a
end
function deleteat!(a::Vector, i::Integer)
    (1 <= i <= length(a)) || throw(BoundsError(a, i))
    _deleteat!(a, i, 1)
end
function deleteat!(a::Vector, r::AbstractUnitRange{<:Integer})
    isempty(r) && return a
    (1 <= first(r) && last(r) <= length(a)) || throw(BoundsError(a, r))
    _deleteat!(a, first(r), length(r))
end
deleteat!(a::Vector, mask::AbstractVector{Bool}) = (length(mask) == length(a) || throw(BoundsError(a, mask)); deleteat!(a, findall(mask)))
function deleteat!(a::Vector, inds)
    # checked first, as Julia's: a bad index leaves `a` as it was
    n = length(a)
    prev = 0
    for i in inds
        if !(prev < i <= n)
            prev > 0 && i <= prev && throw(ArgumentError("indices must be unique and sorted"))
            throw(BoundsError(a, i))
        end
        prev = i
    end
    k = 0
    for i in inds
        deleteat!(a, i - k)
        k += 1
    end
    a
end
"""
    keepat!(a::Vector, inds)
    keepat!(a::Vector, m::AbstractVector{Bool})

Removes the items of `a` at the indices not in `inds` (sorted, unique) or where `m` is
false; returns `a`.
"""
function keepat!(a::Vector, inds)
    k = 0
    prev = 0
    for i in inds
        i > prev || throw(ArgumentError("indices must be unique and sorted"))
        (1 <= i <= length(a)) || throw(BoundsError(a, i))
        k += 1
        a[k] = a[i]
        prev = i
    end
    _deleteat!(a, k + 1, length(a) - k)
end
function keepat!(a::Vector, m::AbstractVector{Bool})
    length(m) == length(a) || throw(BoundsError(a, m))
    keepat!(a, findall(m))
end
# splice!(a, i or range, ins = ()): removes what is there and puts the items of ins in its place;
# returns what was removed (an empty range inserts before its start)
function splice!(a::Vector, i::Integer, ins = ())
    x = a[i]
    deleteat!(a, i)
    _splice_in!(a, i, ins)
    x
end
function splice!(a::Vector, r::AbstractUnitRange{<:Integer}, ins = ())
    isempty(r) || (1 <= first(r) && last(r) <= length(a)) || throw(BoundsError(a, r))
    removed = a[r]
    isempty(r) || _deleteat!(a, first(r), length(r))
    _splice_in!(a, first(r), ins)
    removed
end
function _splice_in!(a::Vector, i, ins)
    vals = [convert(eltype(a), v) for v in ins]     # converted before a changes
    isempty(vals) && return a
    _insert_gap!(a, i, length(vals))
    for k in 1:length(vals)
        a[i + k - 1] = vals[k]
    end
    a
end
function empty!(a::Vector)
    resize!(a, 0)
end
function filter!(f, a::Vector)
    j = 0
    for i in 1:length(a)
        x = a[i]
        if f(x)
            j += 1
            a[j] = x
        end
    end
    resize!(a, j)
end

# ---- concatenation -------------------------------------------------------------------------

# (a loop, not a tuple of element types: vcat(vs...) of a thousand vectors built one in 12 ms)
function _cat_eltype(xs)
    T = Any
    first = true
    for x in xs
        S = x isa AbstractArray ? eltype(x) : typeof(x)
        T = first ? S : _promote_join(T, S)
        first = false
    end
    T
end
function _promote_eltypes(ts)
    length(ts) == 0 && return Any
    T = ts[1]
    for i in 2:length(ts)
        T = _promote_join(T, ts[i])
    end
    T
end
_promote_join(a, b) = a === b ? a : _typed_promote(a, b)
vcat() = _new_array(Any, (0,))
hcat() = _new_array(Any, (0,))
vcat(xs...) = typed_vcat(_cat_eltype(xs), xs...)
hcat(xs...) = typed_hcat(_cat_eltype(xs), xs...)
# vectors side by side: Julia's hcat(::Vector{T}...) checks lengths in its own words, and vectors of
# different element types go through cat(...; dims = 2), which names the dimension
function hcat(x::Vector, xs::Vector...)
    for y in xs
        length(y) == length(x) && continue
        throw(DimensionMismatch(all(y -> eltype(y) === eltype(x), xs) ? "vectors must have same lengths" :
                                string("mismatch in dimension 1 (expected ", length(x), " got ", length(y), ")")))
    end
    typed_hcat(_cat_eltype((x, xs...)), x, xs...)
end
_rows(x) = x isa AbstractArray ? size(x, 1) : 1
_cols(x) = x isa AbstractArray ? (ndims(x) == 1 ? 1 : size(x, 2)) : 1
_at(x, i, j) = x isa AbstractArray ? x[i, j] : x
# arrays of three or more dimensions joined along dimension d (1 for vcat, 2 for hcat), as
# Julia's cat: the other dimensions must agree
function _cat_along(T, d::Int, xs)
    arrays = map_tuple(x -> x isa AbstractArray ? x : fill(x, ntuple(_ -> 1, d)), xs)
    N = max(d, maximum(map_tuple(ndims, arrays)))
    sz1 = ntuple(k -> size(arrays[1], k), N)
    for a in arrays, k in 1:N
        k == d || size(a, k) == sz1[k] || throw(DimensionMismatch(string("mismatch in dimension ", k, " (expected ", sz1[k], " got ", size(a, k), ")")))
    end
    out = _new_array(T, ntuple(k -> k == d ? sum(a -> size(a, d), arrays) : sz1[k], N))
    off = 0
    for a in arrays
        for I in CartesianIndices(a)
            idx = Tuple(I)
            out[ntuple(k -> (k <= length(idx) ? idx[k] : 1) + (k == d ? off : 0), N)...] = a[I]
        end
        off += size(a, d)
    end
    out
end
function typed_vcat(T::Type, xs...)
    any(x -> x isa AbstractArray && ndims(x) > 2, xs) && return _cat_along(T, 1, xs)
    _typed_vcat(T, xs)
end
function _typed_vcat(T, xs)
    if all(x -> !(x isa AbstractArray) || ndims(x) == 1, xs)
        # the result allocated at its length and filled in place (pushing grew it step by step)
        n = 0
        for x in xs
            n += x isa AbstractArray ? length(x) : 1
        end
        out = _new_array(T, (n,))
        k = 0
        for x in xs
            if x isa AbstractArray
                for y in x
                    k += 1
                    out[k] = y
                end
            else
                k += 1
                out[k] = x
            end
        end
        return out
    end
    nc = _cols(xs[1])
    nr = 0
    for x in xs
        _cols(x) == nc || throw(DimensionMismatch(string("number of columns of each array must match (got ", map(_cols, xs), ")")))
        nr += _rows(x)
    end
    out = _new_array(T, (nr, nc))
    r = 0
    for x in xs
        for i in 1:_rows(x), j in 1:nc
            out[r + i, j] = _at(x, i, j)
        end
        r += _rows(x)
    end
    out
end
function typed_hcat(T::Type, xs...)
    any(x -> x isa AbstractArray && ndims(x) > 2, xs) && return _cat_along(T, 2, xs)
    _typed_hcat(T, xs)
end
# (xs a tuple of the arguments, or a vector of arrays: reduce(hcat, vs))
function _typed_hcat(T, xs)
    nr = _rows(xs[1])
    nc = 0
    for x in xs
        _rows(x) == nr || throw(DimensionMismatch(string("number of rows of each array must match (got ", map(_rows, xs), ")")))
        nc += _cols(x)
    end
    if all(x -> !(x isa AbstractArray), xs)
        out = _new_array(T, (1, nc))
    else
        out = _new_array(T, (nr, nc))
    end
    c = 0
    for x in xs
        for j in 1:_cols(x), i in 1:nr
            out[i, c + j] = _at(x, i, j)
        end
        c += _cols(x)
    end
    out
end
"""
    hvncat(dim::Int, values...)
    typed_hvncat(T, dim::Int, values...)

The values joined along dimension `dim`: what `[a;; b]` (2), `[a;;; b]` (3) and each level of
`[a; b;; c; d]` mean (`;` joins along 1, `;;` along 2, a row of values separated by spaces along
2). `typed_hvncat` makes an array of element type `T`, as `T[a;; b]` does.
"""
hvncat(dim::Int, xs...) = cat(xs...; dims = dim)
hvncat(dim::Int) = _new_array(Any, ntuple(_ -> 0, dim))   # [;;] is a 0×0 Matrix{Any}
function typed_hvncat(::Type{T}, dim::Int, xs...) where {T}
    a = hvncat(dim, xs...)
    copyto!(similar(a, T), a)
end
hvcat(rows::Tuple, xs...) = typed_hvcat(_cat_eltype(xs), rows, xs...)
# hvcat(n, xs...): n block columns in every row
function hvcat(nbc::Integer, xs...)
    n = length(xs)
    n % nbc == 0 || throw(ArgumentError(string("number of arrays ", n, " is not a multiple of the requested number of block columns ", nbc)))
    hvcat(ntuple(_ -> Int(nbc), div(n, nbc)), xs...)
end
function typed_hvcat(T::Type, rows::Tuple, xs...)
    if all(x -> !(x isa AbstractArray), xs)
        # a matrix literal of scalars ([1 2; 3 4]): filled in place, not built from row blocks
        nc = rows[1]
        for i in 2:length(rows)
            rows[i] == nc || throw(DimensionMismatch(string("row ", i, " has mismatched number of columns (expected ", nc, ", got ", rows[i], ")")))
        end
        out = _new_array(T, (length(rows), nc))
        for k in 1:length(xs)
            out[div(k - 1, nc) + 1, rem(k - 1, nc) + 1] = xs[k]
        end
        return out
    end
    blocks = []
    k = 0
    for n in rows
        push!(blocks, typed_hcat(T, xs[k+1:k+n]...))
        k += n
    end
    typed_vcat(T, blocks...)
end
getindex(t::Tuple, r::AbstractUnitRange{<:Integer}) = ntuple(i -> t[first(r) + i - 1], length(r))
# t[end:-1:1], t[[1, 3]], t[mask], t[1.0] (Julia's tuple.jl)
getindex(t::Tuple, r::AbstractVector{<:Integer}) = ([t[ri] for ri in r]...,)
getindex(t::Tuple, b::AbstractVector{Bool}) = length(b) == length(t) ? ([t[i] for i in 1:length(t) if b[i]]...,) : throw(BoundsError(t, b))
getindex(t::Tuple, i::Real) = t[convert(Int, i)]
"""
    Base.setindex(t::Tuple, v, i::Integer)

A copy of `t` with element `i` replaced by `v` (for a NamedTuple, `setindex(nt, v, :name)`).
"""
setindex(t::Tuple, v, i::Integer) = (1 <= i <= length(t) || throw(BoundsError(t, i)); ntuple(k -> k == i ? v : t[k], length(t)))
setindex(nt::NamedTuple, v, name::Symbol) = merge(nt, NamedTuple{(name,)}((v,)))

# zero/one of the element types arrays are most often made of (the numeric tower defines the rest)
zero(::Type{Int64}) = 0
zero(::Type{Float64}) = 0.0
zero(::Type{Bool}) = false
one(::Type{Int64}) = 1
one(::Type{Float64}) = 1.0
one(::Type{Bool}) = true
abs2(x::Real) = x * x
# The element type of a concatenation of values of types a and b: promotion for numbers.
function _typed_promote(a, b)
    # (an irrational's zero is false: [1 pi] is a Matrix{Float64}, by promote_type)
    if a <: Number && b <: Number && !(a <: AbstractIrrational || b <: AbstractIrrational)
        p = try
            promote(zero(a), zero(b))
        catch
            nothing
        end
        p === nothing || return typeof(p[1])
    end
    # (Julia's promote_eltypeof: [missing 1.0] is a Matrix{Union{Missing, Float64}})
    promote_type(a, b)
end

# Sizes, counts and positions of any Integer type (Int32, UInt8, BigInt...) as Julia takes them:
# converted to Int (an InexactError if they do not fit)
_insert_gap!(a::Array, i::Integer, n::Integer) = _insert_gap!(a, Int(i), Int(n))
_deleteat!(a::Array, i::Integer, n::Integer) = _deleteat!(a, Int(i), Int(n))
resize!(a::Array, n::Integer) = resize!(a, Int(n))
sizehint!(a::Array, n::Integer) = sizehint!(a, Int(n))
zeros(d::Integer...) = zeros(Float64, map(Int, d))
zeros(T::Type, d::Integer...) = zeros(T, map(Int, d))
ones(d::Integer...) = ones(Float64, map(Int, d))
ones(T::Type, d::Integer...) = ones(T, map(Int, d))
fill(v, d::Integer...) = fill(v, map(Int, d))
similar(a::AbstractArray, d::Integer...) = similar(a, eltype(a), map(Int, d))
similar(a::AbstractArray, T::Type, d::Integer...) = similar(a, T, map(Int, d))
_construct_array(T, N, u::UndefInitializer, d::Integer...) = _construct_array(T, N, u, map(Int, d)...)
ntuple(f, n::Integer) = ntuple(f, Int(n))
prevind(::AbstractArray, i::Integer) = Int(i) - 1
nextind(::AbstractArray, i::Integer) = Int(i) + 1
