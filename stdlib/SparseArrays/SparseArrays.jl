"""
    SparseArrays

Sparse vectors and matrices, as Julia's standard library: `SparseMatrixCSC` (compressed sparse
columns: a column pointer, the row of each stored entry, its value) and `SparseVector` (the
sorted indices of its stored entries and their values). Built with `sparse`, `sparsevec`,
`spzeros`, `spdiagm`, `sprand`; read with `nnz`, `nonzeros`, `rowvals`, `nzrange`, `findnz`.
Arithmetic between sparse arrays keeps them sparse; solving (`\\`) and factorizations work on a
dense copy (Julia calls SuiteSparse there; the results agree to rounding).
"""
module SparseArrays

using LinearAlgebra
import Base: size, length, getindex, setindex!, copy, similar, show, summary, sum, +, -, *, /, ==,
    Matrix, Array, Vector, convert, float, adjoint, transpose, iszero, count, conj, real, imag,
    hcat, vcat, permutedims, fill!, zero
import LinearAlgebra: diag, tr, kron, issymmetric, ishermitian, istriu, istril, triu, tril, dot, norm

export AbstractSparseArray, AbstractSparseMatrix, AbstractSparseVector, AbstractSparseMatrixCSC,
    SparseMatrixCSC, SparseVector, sparse, sparsevec, spzeros, spdiagm, sprand, sprandn, issparse,
    nnz, nonzeros, rowvals, nzrange, findnz, nonzeroinds, dropzeros, dropzeros!, droptol!, blockdiag,
    spones

import Random

"""
    AbstractSparseArray{Tv,Ti,N}

Arrays of `N` dimensions that store only some of their entries (the others are zero): values of
type `Tv`, indices of type `Ti`.
"""
abstract type AbstractSparseArray{Tv,Ti,N} <: AbstractArray{Tv,N} end
const AbstractSparseVector{Tv,Ti} = AbstractSparseArray{Tv,Ti,1}
const AbstractSparseMatrix{Tv,Ti} = AbstractSparseArray{Tv,Ti,2}
abstract type AbstractSparseMatrixCSC{Tv,Ti<:Integer} <: AbstractSparseMatrix{Tv,Ti} end

"""
    SparseMatrixCSC{Tv,Ti<:Integer}(m, n, colptr, rowval, nzval)

An `m`×`n` sparse matrix in compressed sparse column form: the stored entries of column `j` are
`nzval[colptr[j]:colptr[j+1]-1]`, in rows `rowval[colptr[j]:colptr[j+1]-1]` (increasing).
"""
struct SparseMatrixCSC{Tv,Ti<:Integer} <: AbstractSparseMatrixCSC{Tv,Ti}
    m::Int
    n::Int
    colptr::Vector{Ti}
    rowval::Vector{Ti}
    nzval::Vector{Tv}
    function SparseMatrixCSC{Tv,Ti}(m::Integer, n::Integer, colptr::Vector{Ti}, rowval::Vector{Ti},
                                    nzval::Vector{Tv}) where {Tv,Ti<:Integer}
        m < 0 && throw(ArgumentError("number of rows (m) must be ≥ 0, got $m"))
        n < 0 && throw(ArgumentError("number of columns (n) must be ≥ 0, got $n"))
        length(colptr) == n + 1 || throw(ArgumentError("length of colptr must be n + 1 = $(n + 1), got $(length(colptr))"))
        new{Tv,Ti}(Int(m), Int(n), colptr, rowval, nzval)
    end
end
SparseMatrixCSC(m::Integer, n::Integer, colptr::Vector{Ti}, rowval::Vector{Ti}, nzval::Vector{Tv}) where {Tv,Ti} =
    SparseMatrixCSC{Tv,Ti}(m, n, colptr, rowval, nzval)

"""
    SparseVector{Tv,Ti<:Integer}(n, nzind, nzval)

A sparse vector of length `n` whose stored entries are `nzval`, at the increasing indices `nzind`.
"""
struct SparseVector{Tv,Ti<:Integer} <: AbstractSparseVector{Tv,Ti}
    n::Ti
    nzind::Vector{Ti}
    nzval::Vector{Tv}
    function SparseVector{Tv,Ti}(n::Integer, nzind::Vector{Ti}, nzval::Vector{Tv}) where {Tv,Ti<:Integer}
        n >= 0 || throw(ArgumentError("The number of elements must be non-negative."))
        length(nzind) == length(nzval) || throw(ArgumentError("index and value vectors must be the same length"))
        new{Tv,Ti}(convert(Ti, n), nzind, nzval)
    end
end
SparseVector(n::Integer, nzind::Vector{Ti}, nzval::Vector{Tv}) where {Tv,Ti} = SparseVector{Tv,Ti}(n, nzind, nzval)

const SparseArrayCSC = Union{SparseMatrixCSC, SparseVector}

# ---- reading the structure ----

size(S::SparseMatrixCSC) = (S.m, S.n)
size(x::SparseVector) = (Int(x.n),)

"""
    issparse(A)

Whether `A` is a sparse array (or a wrapper of one).
"""
issparse(A::AbstractArray) = false
issparse(A::AbstractSparseArray) = true
issparse(A::Union{Adjoint, Transpose}) = issparse(parent(A))

"""
    nnz(A)

The number of stored entries of a sparse array (stored zeros included).
"""
nnz(S::SparseMatrixCSC) = Int(S.colptr[S.n+1]) - 1
nnz(x::SparseVector) = length(x.nzind)
nnz(A::Union{Adjoint, Transpose}) = nnz(parent(A))

"""
    nonzeros(A)

The vector of a sparse array's stored values (the array's own storage: changing it changes `A`).
"""
nonzeros(S::SparseMatrixCSC) = S.nzval
nonzeros(x::SparseVector) = x.nzval

"""
    rowvals(A::SparseMatrixCSC)

The row of each stored value of `A` (its own storage), in the order of `nonzeros(A)`.
"""
rowvals(S::SparseMatrixCSC) = S.rowval

"""
    nonzeroinds(x::SparseVector)

The indices of the stored entries of `x` (its own storage).
"""
nonzeroinds(x::SparseVector) = x.nzind

"""
    nzrange(A::SparseMatrixCSC, j)

The positions in `nonzeros(A)` and `rowvals(A)` of column `j`'s stored entries.
"""
nzrange(S::SparseMatrixCSC, j::Integer) = Int(S.colptr[j]):Int(S.colptr[j+1])-1

getcolptr(S::SparseMatrixCSC) = S.colptr

"""
    findnz(A)

The stored entries of a sparse matrix as `(I, J, V)` (rows, columns, values), column by column;
of a sparse vector as `(I, V)`.
"""
function findnz(S::SparseMatrixCSC{Tv,Ti}) where {Tv,Ti}
    k = nnz(S)
    I = Vector{Ti}(undef, k)
    J = Vector{Ti}(undef, k)
    V = Vector{Tv}(undef, k)
    p = 1
    for j in 1:S.n, q in nzrange(S, j)
        I[p] = S.rowval[q]
        J[p] = j
        V[p] = S.nzval[q]
        p += 1
    end
    return (I, J, V)
end
findnz(x::SparseVector) = (copy(x.nzind), copy(x.nzval))

count(pred, S::SparseMatrixCSC) = count(pred, S.nzval) + (pred(zero(eltype(S))) ? length(S) - nnz(S) : 0)
count(pred, x::SparseVector) = count(pred, x.nzval) + (pred(zero(eltype(x))) ? length(x) - nnz(x) : 0)

"""
    Base.isstored(A, i, j)

Whether the entry `(i, j)` of a sparse matrix is stored (every entry of a dense array is).
"""
function Base.isstored(S::SparseMatrixCSC, i::Integer, j::Integer)
    checkbounds(S, i, j)
    return _find_in_column(S, i, j) > 0
end
function Base.isstored(x::SparseVector, i::Integer)
    checkbounds(x, i)
    return _find_index(x, i) > 0
end
Base.isstored(A::Adjoint{<:Any, <:SparseMatrixCSC}, i::Integer, j::Integer) = Base.isstored(parent(A), j, i)
Base.isstored(A::Transpose{<:Any, <:SparseMatrixCSC}, i::Integer, j::Integer) = Base.isstored(parent(A), j, i)

# The position of entry (i, j) in S's storage, or 0 when it is not stored (binary search in column j).
function _find_in_column(S::SparseMatrixCSC, i::Integer, j::Integer)
    lo = Int(S.colptr[j])
    hi = Int(S.colptr[j+1]) - 1
    while lo <= hi
        mid = (lo + hi) >>> 1
        r = S.rowval[mid]
        if r == i
            return mid
        elseif r < i
            lo = mid + 1
        else
            hi = mid - 1
        end
    end
    return 0
end
function _find_index(x::SparseVector, i::Integer)
    k = searchsortedfirst(x.nzind, i)
    return k <= length(x.nzind) && x.nzind[k] == i ? k : 0
end

# ---- building ----

"""
    spzeros([T = Float64,] m, n)
    spzeros([T = Float64,] n)

A sparse matrix (vector) of zeros with nothing stored.
"""
spzeros(m::Integer, n::Integer) = spzeros(Float64, m, n)
spzeros(::Type{T}, m::Integer, n::Integer) where {T} = spzeros(T, Int, m, n)
spzeros(::Type{T}, ::Type{Ti}, m::Integer, n::Integer) where {T,Ti} = SparseMatrixCSC{T,Ti}(m, n, ones(Ti, n + 1), Ti[], T[])
spzeros(n::Integer) = spzeros(Float64, n)
spzeros(::Type{T}, n::Integer) where {T} = SparseVector{T,Int}(n, Int[], T[])
spzeros(::Type{T}, ::Type{Ti}, n::Integer) where {T,Ti} = SparseVector{T,Ti}(n, Ti[], T[])

"""
    sparse(I, J, V, [m, n, combine])

The `m`×`n` sparse matrix with `S[I[k], J[k]] = V[k]`; entries given more than once are
combined with `combine` (`+` by default, `|` for `Bool` values). `V` may be one value for every entry. `m` and `n`
default to the largest row and column given.
"""
function sparse(I::AbstractVector{<:Integer}, J::AbstractVector{<:Integer}, V::AbstractVector,
                m::Integer, n::Integer, combine = eltype(V) === Bool ? (|) : (+))
    length(I) == length(J) == length(V) ||
        throw(ArgumentError("the first three arguments' lengths must match, length(I) (=$(length(I))) == length(J) (= $(length(J))) == length(V) (= $(length(V)))"))
    Ti = promote_type(eltype(I), eltype(J))
    Tv = eltype(V)
    for k in eachindex(I)
        1 <= I[k] <= m || throw(ArgumentError("row indices I[k] must satisfy 1 <= I[k] <= m"))
        1 <= J[k] <= n || throw(ArgumentError("column indices J[k] must satisfy 1 <= J[k] <= n"))
    end
    # bucket the entries by column (counting sort, stable), then order each column's by row
    start = zeros(Int, n + 1)
    for j in J
        start[j+1] += 1
    end
    start[1] = 1
    for j in 1:n
        start[j+1] += start[j]
    end
    next = copy(start)
    order = Vector{Int}(undef, length(I))
    for k in eachindex(J)
        j = J[k]
        order[next[j]] = k
        next[j] += 1
    end
    colptr = Vector{Ti}(undef, n + 1)
    rowval = Ti[]
    nzval = Tv[]
    sizehint!(rowval, length(I))
    sizehint!(nzval, length(I))
    colptr[1] = 1
    byrow = Int[]
    for j in 1:n
        lo, hi = start[j], start[j+1] - 1
        resize!(byrow, hi - lo + 1)
        copyto!(byrow, 1, order, lo, hi - lo + 1)
        _sort_by_row!(byrow, I)
        first = length(rowval) + 1
        for k in byrow
            if length(rowval) >= first && rowval[end] == I[k]
                nzval[end] = combine(nzval[end], V[k])
            else
                push!(rowval, I[k])
                push!(nzval, V[k])
            end
        end
        colptr[j+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Ti}(m, n, colptr, rowval, nzval)
end
sparse(I::AbstractVector{<:Integer}, J::AbstractVector{<:Integer}, v::Number, m::Integer, n::Integer, combine = +) =
    sparse(I, J, fill(v, length(I)), m, n, combine)
sparse(I::AbstractVector{<:Integer}, J::AbstractVector{<:Integer}, V::Union{Number, AbstractVector}) =
    sparse(I, J, V, isempty(I) ? 0 : Int(maximum(I)), isempty(J) ? 0 : Int(maximum(J)))

# Orders a column's entries (positions into I) by row, stably, so that repeats combine in the
# order given: by insertion for the short columns of most matrices, else by a stable sortperm.
function _sort_by_row!(ks::Vector{Int}, I::AbstractVector)
    n = length(ks)
    if n <= 16
        for a in 2:n
            k = ks[a]
            r = I[k]
            b = a - 1
            while b >= 1 && I[ks[b]] > r
                ks[b+1] = ks[b]
                b -= 1
            end
            ks[b+1] = k
        end
    else
        rows = Vector{Int}(undef, n)
        for a in 1:n
            rows[a] = I[ks[a]]
        end
        copyto!(ks, ks[sortperm(rows)])
    end
    return ks
end

"""
    sparse(A)

The sparse form of a matrix or vector: its nonzero entries stored. A sparse array is copied.
"""
function sparse(A::AbstractMatrix{Tv}) where {Tv}
    m, n = size(A)
    colptr = Vector{Int}(undef, n + 1)
    rowval = Int[]
    nzval = Tv[]
    colptr[1] = 1
    for j in 1:n
        for i in 1:m
            v = A[i, j]
            if !iszero(v)
                push!(rowval, i)
                push!(nzval, v)
            end
        end
        colptr[j+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Int}(m, n, colptr, rowval, nzval)
end
sparse(S::SparseMatrixCSC) = copy(S)
sparse(A::Union{Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}}) = copy(A)
sparse(x::AbstractVector) = sparsevec(x)
sparse(J::UniformScaling, m::Integer, n::Integer) = spdiagm(m, n, 0 => fill(J.λ, min(m, n)))
SparseMatrixCSC(A::AbstractMatrix) = sparse(A)
SparseMatrixCSC{Tv,Ti}(S::SparseMatrixCSC) where {Tv,Ti} =
    SparseMatrixCSC{Tv,Ti}(S.m, S.n, convert(Vector{Ti}, copy(S.colptr)), convert(Vector{Ti}, copy(S.rowval)), convert(Vector{Tv}, copy(S.nzval)))
SparseMatrixCSC{Tv}(S::SparseMatrixCSC{<:Any,Ti}) where {Tv,Ti} = SparseMatrixCSC{Tv,Ti}(S)
SparseMatrixCSC{Tv,Ti}(A::AbstractMatrix) where {Tv,Ti} = SparseMatrixCSC{Tv,Ti}(sparse(A))
convert(::Type{T}, S::SparseMatrixCSC) where {T<:SparseMatrixCSC} = S isa T ? S : T(S)
SparseVector(x::AbstractVector) = sparsevec(x)
SparseVector{Tv,Ti}(x::SparseVector) where {Tv,Ti} = SparseVector{Tv,Ti}(x.n, convert(Vector{Ti}, copy(x.nzind)), convert(Vector{Tv}, copy(x.nzval)))

"""
    sparsevec(I, V, [n, combine])
    sparsevec(x::AbstractVector)

A sparse vector of length `n` (the largest index by default) with `x[I[k]] = V[k]`, repeats
combined with `combine` (`+`); or the sparse form of a vector (its nonzero entries stored).
"""
function sparsevec(I::AbstractVector{<:Integer}, V::AbstractVector, n::Integer, combine = +)
    length(I) == length(V) || throw(ArgumentError("index and value vectors must be the same length"))
    Ti = eltype(I)
    Tv = eltype(V)
    for i in I
        1 <= i <= n || throw(ArgumentError("An index is out of bound."))
    end
    order = sortperm(I)
    nzind = Ti[]
    nzval = Tv[]
    for k in order
        if !isempty(nzind) && nzind[end] == I[k]
            nzval[end] = combine(nzval[end], V[k])
        else
            push!(nzind, I[k])
            push!(nzval, V[k])
        end
    end
    return SparseVector{Tv,Ti}(n, nzind, nzval)
end
sparsevec(I::AbstractVector{<:Integer}, v::Number, n::Integer, combine = +) = sparsevec(I, fill(v, length(I)), n, combine)
sparsevec(I::AbstractVector{<:Integer}, V::Union{Number, AbstractVector}) = sparsevec(I, V, isempty(I) ? 0 : Int(maximum(I)))
function sparsevec(x::AbstractVector{Tv}) where {Tv}
    nzind = Int[]
    nzval = Tv[]
    for (i, v) in enumerate(x)
        if !iszero(v)
            push!(nzind, i)
            push!(nzval, v)
        end
    end
    return SparseVector{Tv,Int}(length(x), nzind, nzval)
end
sparsevec(x::SparseVector) = copy(x)
sparsevec(d::AbstractDict{<:Integer}, n::Integer = isempty(d) ? 0 : Int(maximum(keys(d)))) =
    sparsevec(collect(keys(d)), collect(values(d)), n)

"""
    spdiagm(kv::Pair{<:Integer, <:AbstractVector}...)
    spdiagm(m, n, kv...)
    spdiagm(v::AbstractVector)

A sparse matrix with the vector of each pair `k => v` on its `k`-th diagonal (0 the main one,
above it positive), square and just large enough unless `m`×`n` is given.
"""
spdiagm(kv::Pair{<:Integer, <:AbstractVector}...) = begin
    n = 0
    for (k, v) in kv
        n = max(n, length(v) + abs(Int(k)))
    end
    spdiagm(n, n, kv...)
end
function spdiagm(m::Integer, n::Integer, kv::Pair{<:Integer, <:AbstractVector}...)
    I = Int[]
    J = Int[]
    Tv = promote_type(map(p -> eltype(p.second), kv)...)
    V = Tv[]
    for (k, v) in kv
        row = k >= 0 ? 0 : -Int(k)
        col = k >= 0 ? Int(k) : 0
        length(v) + max(row, col) <= max(m, n) && row + length(v) <= m && col + length(v) <= n ||
            throw(DimensionMismatch("requested diagonal $k of length $(length(v)) does not fit in a $m×$n matrix"))
        for (t, x) in enumerate(v)
            push!(I, row + t)
            push!(J, col + t)
            push!(V, x)
        end
    end
    return sparse(I, J, V, m, n)
end
spdiagm(v::AbstractVector) = spdiagm(0 => v)

"""
    sprand([rng,] [T = Float64,] m, n, p)
    sprandn([rng,] m, n, p)

A random `m`×`n` sparse matrix in which each entry is stored with probability `p`, its value
from `rand(rng, T)` (`randn` for `sprandn`). The positions and values come from the same random
stream as Julia's algorithm only in distribution, not draw for draw.
"""
sprand(m::Integer, n::Integer, p::Real) = sprand(Random.default_rng(), Float64, m, n, p)
sprand(::Type{T}, m::Integer, n::Integer, p::Real) where {T} = sprand(Random.default_rng(), T, m, n, p)
sprand(rng::Random.AbstractRNG, m::Integer, n::Integer, p::Real) = sprand(rng, Float64, m, n, p)
sprand(rng::Random.AbstractRNG, ::Type{T}, m::Integer, n::Integer, p::Real) where {T} = _sprand(rng, m, n, p, r -> rand(r, T))
sprandn(m::Integer, n::Integer, p::Real) = sprandn(Random.default_rng(), m, n, p)
sprandn(rng::Random.AbstractRNG, m::Integer, n::Integer, p::Real) = _sprand(rng, m, n, p, r -> randn(r))
function _sprand(rng, m, n, p, value)
    0 <= p <= 1 || throw(ArgumentError("$p not in [0,1]"))
    I = Int[]
    J = Int[]
    for j in 1:n, i in 1:m
        if rand(rng) < p
            push!(I, i)
            push!(J, j)
        end
    end
    V = [value(rng) for _ in I]
    return sparse(I, J, V, m, n)
end

"""
    spones(S)

A sparse matrix with ones where `S` stores entries (removed from Julia's SparseArrays long ago;
kept for old programs).
"""
spones(S::SparseMatrixCSC{Tv,Ti}) where {Tv,Ti} = SparseMatrixCSC{Tv,Ti}(S.m, S.n, copy(S.colptr), copy(S.rowval), ones(Tv, nnz(S)))

copy(S::SparseMatrixCSC{Tv,Ti}) where {Tv,Ti} = SparseMatrixCSC{Tv,Ti}(S.m, S.n, copy(S.colptr), copy(S.rowval), copy(S.nzval))
copy(x::SparseVector{Tv,Ti}) where {Tv,Ti} = SparseVector{Tv,Ti}(x.n, copy(x.nzind), copy(x.nzval))
similar(S::SparseMatrixCSC{<:Any,Ti}, ::Type{T}) where {T,Ti} = SparseMatrixCSC{T,Ti}(S.m, S.n, copy(S.colptr), copy(S.rowval), Vector{T}(undef, nnz(S)))
similar(S::SparseMatrixCSC, ::Type{T}, dims::Tuple{Int,Int}) where {T} = spzeros(T, dims[1], dims[2])
similar(S::SparseMatrixCSC, ::Type{T}, dims::Tuple{Int}) where {T} = spzeros(T, dims[1])
similar(x::SparseVector{<:Any,Ti}, ::Type{T}) where {T,Ti} = SparseVector{T,Ti}(x.n, copy(x.nzind), Vector{T}(undef, nnz(x)))
similar(x::SparseVector, ::Type{T}, dims::Tuple{Int}) where {T} = spzeros(T, dims[1])
similar(x::SparseVector, ::Type{T}, dims::Tuple{Int,Int}) where {T} = spzeros(T, dims[1], dims[2])
zero(S::SparseMatrixCSC{Tv,Ti}) where {Tv,Ti} = spzeros(Tv, Ti, S.m, S.n)
zero(x::SparseVector{Tv,Ti}) where {Tv,Ti} = spzeros(Tv, Ti, length(x))

function Matrix(S::SparseMatrixCSC{Tv}) where {Tv}
    A = zeros(Tv, S.m, S.n)
    for j in 1:S.n, q in nzrange(S, j)
        A[S.rowval[q], j] = S.nzval[q]
    end
    return A
end
Array(S::SparseMatrixCSC) = Matrix(S)
function Vector(x::SparseVector{Tv}) where {Tv}
    v = zeros(Tv, length(x))
    for (k, i) in enumerate(x.nzind)
        v[i] = x.nzval[k]
    end
    return v
end
Array(x::SparseVector) = Vector(x)
Base.collect(S::SparseMatrixCSC) = Matrix(S)
Base.collect(x::SparseVector) = Vector(x)

# a sparse vector as a one-column sparse matrix
function SparseMatrixCSC(x::SparseVector{Tv,Ti}) where {Tv,Ti}
    return SparseMatrixCSC{Tv,Ti}(length(x), 1, Ti[1, nnz(x) + 1], copy(x.nzind), copy(x.nzval))
end

# ---- indexing ----

function getindex(S::SparseMatrixCSC{Tv}, i::Integer, j::Integer) where {Tv}
    @boundscheck checkbounds(S, i, j)
    q = _find_in_column(S, i, j)
    return q > 0 ? S.nzval[q] : zero(Tv)
end
function getindex(x::SparseVector{Tv}, i::Integer) where {Tv}
    @boundscheck checkbounds(x, i)
    k = _find_index(x, i)
    return k > 0 ? x.nzval[k] : zero(Tv)
end
function getindex(S::SparseMatrixCSC, k::Integer)
    checkbounds(S, k)
    return S[(k - 1) % S.m + 1, (k - 1) ÷ S.m + 1]
end

# a column or a row: a sparse vector
function getindex(S::SparseMatrixCSC{Tv,Ti}, ::Colon, j::Integer) where {Tv,Ti}
    checkbounds(S, :, j)
    r = nzrange(S, j)
    return SparseVector{Tv,Ti}(S.m, S.rowval[r], S.nzval[r])
end
function getindex(S::SparseMatrixCSC{Tv,Ti}, i::Integer, ::Colon) where {Tv,Ti}
    checkbounds(S, i, :)
    nzind = Ti[]
    nzval = Tv[]
    for j in 1:S.n
        q = _find_in_column(S, i, j)
        if q > 0
            push!(nzind, j)
            push!(nzval, S.nzval[q])
        end
    end
    return SparseVector{Tv,Ti}(S.n, nzind, nzval)
end
getindex(S::SparseMatrixCSC, ::Colon, ::Colon) = copy(S)

# a block of rows and columns: a sparse matrix
_indices(::Colon, n) = 1:n
_indices(I::AbstractVector{Bool}, n) = findall(I)
_indices(I::AbstractVector{<:Integer}, n) = I
function getindex(S::SparseMatrixCSC{Tv,Ti}, I::Union{Colon, AbstractVector}, J::Union{Colon, AbstractVector}) where {Tv,Ti}
    rows = _indices(I, S.m)
    cols = _indices(J, S.n)
    checkbounds(S, rows, cols)
    colptr = Vector{Ti}(undef, length(cols) + 1)
    rowval = Ti[]
    nzval = Tv[]
    colptr[1] = 1
    for (jj, j) in enumerate(cols)
        for (ii, i) in enumerate(rows)
            q = _find_in_column(S, i, j)
            if q > 0
                push!(rowval, ii)
                push!(nzval, S.nzval[q])
            end
        end
        colptr[jj+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Ti}(length(rows), length(cols), colptr, rowval, nzval)
end
getindex(S::SparseMatrixCSC, I::AbstractVector, j::Integer) = S[I, [j]][:, 1]
getindex(S::SparseMatrixCSC, i::Integer, J::AbstractVector) = S[[i], J][1, :]

function getindex(x::SparseVector{Tv,Ti}, I::AbstractVector) where {Tv,Ti}
    idx = _indices(I, length(x))
    checkbounds(x, idx)
    nzind = Ti[]
    nzval = Tv[]
    for (t, i) in enumerate(idx)
        k = _find_index(x, i)
        if k > 0
            push!(nzind, t)
            push!(nzval, x.nzval[k])
        end
    end
    return SparseVector{Tv,Ti}(length(idx), nzind, nzval)
end
getindex(x::SparseVector, ::Colon) = copy(x)

# Assigning stores the entry (a zero is stored only where an entry already is, as Julia's).
function setindex!(S::SparseMatrixCSC{Tv,Ti}, v, i::Integer, j::Integer) where {Tv,Ti}
    checkbounds(S, i, j)
    value = convert(Tv, v)
    q = _find_in_column(S, i, j)
    if q > 0
        S.nzval[q] = value
    elseif !iszero(value)
        # insert before the first stored row below i
        pos = Int(S.colptr[j])
        last = Int(S.colptr[j+1]) - 1
        while pos <= last && S.rowval[pos] < i
            pos += 1
        end
        insert!(S.rowval, pos, convert(Ti, i))
        insert!(S.nzval, pos, value)
        for c in j+1:S.n+1
            S.colptr[c] += 1
        end
    end
    return S
end
function setindex!(x::SparseVector{Tv,Ti}, v, i::Integer) where {Tv,Ti}
    checkbounds(x, i)
    value = convert(Tv, v)
    k = searchsortedfirst(x.nzind, i)
    if k <= length(x.nzind) && x.nzind[k] == i
        x.nzval[k] = value
    elseif !iszero(value)
        insert!(x.nzind, k, convert(Ti, i))
        insert!(x.nzval, k, value)
    end
    return x
end
setindex!(S::SparseMatrixCSC, v, k::Integer) = setindex!(S, v, (k - 1) % S.m + 1, (k - 1) ÷ S.m + 1)

"""
    dropzeros!(A)
    dropzeros(A)

Removes the stored entries of `A` that are zero (in place, or from a copy).
"""
dropzeros!(A::SparseArrayCSC) = droptol!(A, 0; keep = v -> !iszero(v))
dropzeros(A::SparseArrayCSC) = dropzeros!(copy(A))

"""
    droptol!(A, tol)

Removes the stored entries of `A` whose absolute value is at most `tol`.
"""
function droptol!(S::SparseMatrixCSC, tol; keep = v -> abs(v) > tol)
    w = 1
    start = 1
    for j in 1:S.n
        stop = Int(S.colptr[j+1]) - 1
        for q in start:stop
            if keep(S.nzval[q])
                S.rowval[w] = S.rowval[q]
                S.nzval[w] = S.nzval[q]
                w += 1
            end
        end
        start = stop + 1
        S.colptr[j+1] = w
    end
    resize!(S.rowval, w - 1)
    resize!(S.nzval, w - 1)
    return S
end
function droptol!(x::SparseVector, tol; keep = v -> abs(v) > tol)
    w = 1
    for k in eachindex(x.nzind)
        if keep(x.nzval[k])
            x.nzind[w] = x.nzind[k]
            x.nzval[w] = x.nzval[k]
            w += 1
        end
    end
    resize!(x.nzind, w - 1)
    resize!(x.nzval, w - 1)
    return x
end

function fill!(S::SparseMatrixCSC, v)
    if iszero(v)
        fill!(S.nzval, v)
    else
        D = fill(convert(eltype(S), v), S.m, S.n)
        F = sparse(D)
        resize!(S.colptr, length(F.colptr)); copyto!(S.colptr, F.colptr)
        resize!(S.rowval, length(F.rowval)); copyto!(S.rowval, F.rowval)
        resize!(S.nzval, length(F.nzval)); copyto!(S.nzval, F.nzval)
    end
    return S
end

# ---- showing ----

summary(io::IO, S::SparseMatrixCSC) =
    print(io, S.m, "×", S.n, " ", typeof(S), " with ", nnz(S), " stored ", nnz(S) == 1 ? "entry" : "entries")
summary(io::IO, x::SparseVector) =
    print(io, length(x), "-element ", typeof(x), " with ", nnz(x), " stored ", nnz(x) == 1 ? "entry" : "entries")

# the transpose or adjoint of a sparse matrix shows as one (Julia's summary names its wrapper type)
const _SparseOrWrapped = Union{SparseMatrixCSC, Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}}
summary(io::IO, S::Union{Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}}) =
    print(io, size(S, 1), "×", size(S, 2), " ", typeof(S), " with ", nnz(S), " stored ", nnz(S) == 1 ? "entry" : "entries")
show(io::IO, mime::MIME"text/plain", S::Union{Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}}) =
    max(size(S)...) < 16 ? invoke(show, Tuple{IO, MIME"text/plain", AbstractArray}, io, mime, S) :
        (summary(io, S); println(io, ":"); _show_braille(io, copy(S)))
function show(io::IO, S::Union{Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}})
    print(io, S isa Adjoint ? "adjoint(" : "transpose(")
    show(io, parent(S))
    print(io, ")")
end

Base.replace_in_print_matrix(S::_SparseOrWrapped, i::Integer, j::Integer, s::AbstractString) =
    Base.isstored(S, i, j) ? s : Base.replace_with_centered_mark(s)

function show(io::IO, mime::MIME"text/plain", S::SparseMatrixCSC)
    if max(S.m, S.n) < 16 || S.m == 0 || S.n == 0
        # Base's matrix display, with ⋅ where nothing is stored
        invoke(show, Tuple{IO, MIME"text/plain", AbstractArray}, io, mime, S)
    else
        summary(io, S)
        println(io, ":")
        _show_braille(io, S)
    end
end

# As Julia's: a large matrix shows where its entries are, as a grid of braille dots (each
# character two columns by four rows), scaled down to the screen when :limit asks for it.
function _show_braille(io::IO, S::SparseMatrixCSC)
    m, n = S.m, S.n
    height = displaysize(io)[1] - 4
    width = displaysize(io)[2] ÷ 2
    if get(io, :limit, true) && (m > 4height || n > 2width)
        s = min(2width / n, 4height / m)
        rows = floor(Int, s * m)
        cols = floor(Int, s * n)
    else
        rows, cols = m, n
    end
    rows = max(rows, 8)
    cols = max(cols, 4)
    dots = UInt16['⠁', '⠂', '⠄', '⡀', '⠈', '⠐', '⠠', '⢀']
    grid = fill(UInt16(0x2800), (cols - 1) ÷ 2 + 4, (rows - 1) ÷ 4 + 1)
    grid[1, :] .= UInt16('⎢')
    grid[end-1, :] .= UInt16('⎥')
    grid[1, 1] = UInt16('⎡')
    grid[1, end] = UInt16('⎣')
    grid[end-1, 1] = UInt16('⎤')
    grid[end-1, end] = UInt16('⎦')
    grid[end, :] .= UInt16('\n')
    rowscale = max(1, rows - 1) / max(1, m - 1)
    colscale = max(1, cols - 1) / max(1, n - 1)
    for j in 1:n
        sj = round(Int, (j - 1) * colscale + 1)
        for q in nzrange(S, j)
            si = round(Int, (S.rowval[q] - 1) * rowscale + 1)
            k = (sj - 1) ÷ 2 + 2
            l = (si - 1) ÷ 4 + 1
            grid[k, l] |= dots[((sj - 1) % 2) * 4 + ((si - 1) % 4 + 1)]
        end
    end
    for t in 1:length(grid)-1
        print(io, Char(grid[t]))
    end
end

# the two-argument form reads back as the matrix: sparse(I, J, V, m, n)
function show(io::IO, S::SparseMatrixCSC)
    I, J, V = findnz(S)
    print(io, "sparse(", I, ", ", J, ", ", V, ", ", S.m, ", ", S.n, ")")
end

function show(io::IO, ::MIME"text/plain", x::SparseVector)
    summary(io, x)
    if nnz(x) != 0
        println(io, ":")
        show(IOContext(io, :typeinfo => eltype(x)), x)
    end
end
function show(io::IO, x::SparseVector)
    nnz(x) == 0 && return show(io, MIME"text/plain"(), x)
    limit = get(io, :limit, false) === true
    half = limit ? div(displaysize(io)[1] - 8, 2) : typemax(Int)
    pad = ndigits(x.nzind[end])
    io = haskey(io, :compact) ? io : IOContext(io, :compact => true)
    k = length(x.nzind)
    for t in 1:k
        if t < half || t > k - half
            print(io, "  [", rpad(x.nzind[t], pad), "]  =  ")
            show(io, x.nzval[t])
            t != k && println(io)
        elseif t == half
            println(io, "   ", " "^pad, "   ⋮")
        end
    end
end

# ---- arithmetic ----

# Merges two sorted runs of stored entries (indices ia[a1:a2] with values va, ib[b1:b2] with vb),
# pushing f of each pair at the indices in either (zero where one has no entry) when not zero.
function _merge_entries!(f, ia, va, a1, a2, ib, vb, b1, b2, indices, values)
    za, zb = zero(eltype(va)), zero(eltype(vb))
    p, q = a1, b1
    while p <= a2 || q <= b2
        i = p <= a2 ? ia[p] : typemax(Int)
        j = q <= b2 ? ib[q] : typemax(Int)
        if i == j
            v = f(va[p], vb[q]); p += 1; q += 1
        elseif i < j
            v = f(va[p], zb); p += 1
        else
            v = f(za, vb[q]); i = j; q += 1
        end
        if !iszero(v)
            push!(indices, i)
            push!(values, v)
        end
    end
end

# Combines two sparse arrays of one size entry by entry (f(0, 0) == 0): only positions stored
# in either are visited; zero results are not stored.
function _combine(f, A::SparseMatrixCSC, B::SparseMatrixCSC)
    size(A) == size(B) || throw(DimensionMismatch("dimensions must match: a has dims $(axes(A)), b has dims $(axes(B))"))
    Tv = typeof(f(zero(eltype(A)), zero(eltype(B))))
    Ti = promote_type(eltype(A.rowval), eltype(B.rowval))
    colptr = Vector{Ti}(undef, A.n + 1)
    rowval = Ti[]
    nzval = Tv[]
    colptr[1] = 1
    for j in 1:A.n
        _merge_entries!(f, A.rowval, A.nzval, Int(A.colptr[j]), Int(A.colptr[j+1]) - 1,
                        B.rowval, B.nzval, Int(B.colptr[j]), Int(B.colptr[j+1]) - 1, rowval, nzval)
        colptr[j+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Ti}(A.m, A.n, colptr, rowval, nzval)
end
function _combine(f, x::SparseVector, y::SparseVector)
    length(x) == length(y) || throw(DimensionMismatch("dimensions must match: a has dims $(axes(x)), b has dims $(axes(y))"))
    Tv = typeof(f(zero(eltype(x)), zero(eltype(y))))
    Ti = promote_type(eltype(x.nzind), eltype(y.nzind))
    nzind = Ti[]
    nzval = Tv[]
    _merge_entries!(f, x.nzind, x.nzval, 1, length(x.nzind), y.nzind, y.nzval, 1, length(y.nzind), nzind, nzval)
    return SparseVector{Tv,Ti}(length(x), nzind, nzval)
end

+(A::SparseMatrixCSC, B::SparseMatrixCSC) = _combine(+, A, B)
-(A::SparseMatrixCSC, B::SparseMatrixCSC) = _combine(-, A, B)
+(x::SparseVector, y::SparseVector) = _combine(+, x, y)
-(x::SparseVector, y::SparseVector) = _combine(-, x, y)
+(A::SparseMatrixCSC, B::Matrix) = Matrix(A) + B
+(A::Matrix, B::SparseMatrixCSC) = A + Matrix(B)
-(A::SparseMatrixCSC, B::Matrix) = Matrix(A) - B
-(A::Matrix, B::SparseMatrixCSC) = A - Matrix(B)
-(S::SparseMatrixCSC{Tv,Ti}) where {Tv,Ti} = SparseMatrixCSC{Tv,Ti}(S.m, S.n, copy(S.colptr), copy(S.rowval), -S.nzval)
-(x::SparseVector{Tv,Ti}) where {Tv,Ti} = SparseVector{Tv,Ti}(x.n, copy(x.nzind), -x.nzval)
+(S::SparseArrayCSC) = copy(S)
+(S::SparseMatrixCSC, J::UniformScaling) = S + sparse(J, S.m, S.n)
+(J::UniformScaling, S::SparseMatrixCSC) = sparse(J, S.m, S.n) + S
-(S::SparseMatrixCSC, J::UniformScaling) = S - sparse(J, S.m, S.n)
-(J::UniformScaling, S::SparseMatrixCSC) = sparse(J, S.m, S.n) - S

# scaling keeps the structure (a stored entry times zero stays stored, as Julia's)
_scaled(S::SparseMatrixCSC{<:Any,Ti}, vals::Vector{T}) where {T,Ti} = SparseMatrixCSC{T,Ti}(S.m, S.n, copy(S.colptr), copy(S.rowval), vals)
_scaled(x::SparseVector{<:Any,Ti}, vals::Vector{T}) where {T,Ti} = SparseVector{T,Ti}(x.n, copy(x.nzind), vals)
*(S::SparseArrayCSC, a::Number) = _scaled(S, nonzeros(S) * a)
*(a::Number, S::SparseArrayCSC) = _scaled(S, a * nonzeros(S))
/(S::SparseArrayCSC, a::Number) = _scaled(S, nonzeros(S) / a)
conj(S::SparseArrayCSC) = _scaled(S, conj(nonzeros(S)))
real(S::SparseArrayCSC) = _scaled(S, real(nonzeros(S)))
imag(S::SparseArrayCSC) = dropzeros!(_scaled(S, imag(nonzeros(S))))
float(S::SparseArrayCSC) = _scaled(S, float(nonzeros(S)))

function *(S::SparseMatrixCSC, v::AbstractVector)
    S.n == length(v) || throw(DimensionMismatch("matrix A has dimensions ($(S.m),$(S.n)), vector B has length $(length(v))"))
    T = promote_type(eltype(S), eltype(v))
    y = zeros(T, S.m)
    for j in 1:S.n
        vj = v[j]
        for q in nzrange(S, j)
            y[S.rowval[q]] += S.nzval[q] * vj
        end
    end
    return y
end
function *(S::SparseMatrixCSC, B::AbstractMatrix)
    S.n == size(B, 1) || throw(DimensionMismatch("matrix A has dimensions ($(S.m),$(S.n)), matrix B has dimensions $(size(B))"))
    T = promote_type(eltype(S), eltype(B))
    C = zeros(T, S.m, size(B, 2))
    for k in 1:size(B, 2), j in 1:S.n
        b = B[j, k]
        for q in nzrange(S, j)
            C[S.rowval[q], k] += S.nzval[q] * b
        end
    end
    return C
end
function *(A::AbstractMatrix, S::SparseMatrixCSC)
    size(A, 2) == S.m || throw(DimensionMismatch("matrix A has dimensions $(size(A)), matrix B has dimensions ($(S.m),$(S.n))"))
    T = promote_type(eltype(A), eltype(S))
    C = zeros(T, size(A, 1), S.n)
    for j in 1:S.n, q in nzrange(S, j)
        r = S.rowval[q]
        s = S.nzval[q]
        for i in 1:size(A, 1)
            C[i, j] += A[i, r] * s
        end
    end
    return C
end
# sparse times sparse: each column of the product gathers the columns of A its column of B names
function *(A::SparseMatrixCSC, B::SparseMatrixCSC)
    A.n == B.m || throw(DimensionMismatch("A has size $(size(A)), B has size $(size(B))"))
    Tv = promote_type(eltype(A), eltype(B))
    Ti = promote_type(eltype(A.rowval), eltype(B.rowval))
    acc = zeros(Tv, A.m)
    seen = falses(A.m)
    colptr = Vector{Ti}(undef, B.n + 1)
    rowval = Ti[]
    nzval = Tv[]
    colptr[1] = 1
    for j in 1:B.n
        rows = Int[]
        for q in nzrange(B, j)
            k = B.rowval[q]
            b = B.nzval[q]
            for p in nzrange(A, k)
                i = A.rowval[p]
                if !seen[i]
                    seen[i] = true
                    push!(rows, i)
                end
                acc[i] += A.nzval[p] * b
            end
        end
        sort!(rows)
        for i in rows
            push!(rowval, i)
            push!(nzval, acc[i])
            acc[i] = zero(Tv)
            seen[i] = false
        end
        colptr[j+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Ti}(A.m, B.n, colptr, rowval, nzval)
end
*(A::SparseMatrixCSC, x::SparseVector) = sparsevec(A * Vector(x))

Base.:\(S::SparseMatrixCSC, b::AbstractVecOrMat) = Matrix(S) \ b
LinearAlgebra.lu(S::SparseMatrixCSC) = lu(Matrix(S))
LinearAlgebra.qr(S::SparseMatrixCSC) = qr(Matrix(S))
LinearAlgebra.cholesky(S::SparseMatrixCSC) = cholesky(Matrix(S))
LinearAlgebra.det(S::SparseMatrixCSC) = det(Matrix(S))
Base.inv(S::SparseMatrixCSC) = error("The inverse of a sparse matrix can often be dense and can cause the computer to run out of memory. If you are sure you have enough memory, please either convert your matrix to a dense matrix, e.g. by calling `Matrix` or if possible use `\\` e.g. `A \\ B` instead.")

# the transpose as a stored matrix: entries bucketed by row
function _transposed(S::SparseMatrixCSC{Tv,Ti}, f) where {Tv,Ti}
    counts = zeros(Ti, S.m + 1)
    for r in S.rowval
        counts[r+1] += 1
    end
    colptr = Vector{Ti}(undef, S.m + 1)
    colptr[1] = 1
    for i in 1:S.m
        colptr[i+1] = colptr[i] + counts[i+1]
    end
    next = copy(colptr)
    k = nnz(S)
    rowval = Vector{Ti}(undef, k)
    nzval = Vector{Tv}(undef, k)
    for j in 1:S.n, q in nzrange(S, j)
        r = S.rowval[q]
        p = next[r]
        rowval[p] = j
        nzval[p] = f(S.nzval[q])
        next[r] += 1
    end
    return SparseMatrixCSC{Tv,Ti}(S.n, S.m, colptr, rowval, nzval)
end
copy(A::Transpose{<:Any, <:SparseMatrixCSC}) = _transposed(parent(A), identity)
copy(A::Adjoint{<:Any, <:SparseMatrixCSC}) = _transposed(parent(A), adjoint)
permutedims(S::SparseMatrixCSC) = _transposed(S, identity)
permutedims(S::SparseMatrixCSC, perm) = perm == (1, 2) || perm == [1, 2] ? copy(S) : _transposed(S, identity)
SparseMatrixCSC(A::Union{Adjoint{<:Any, <:SparseMatrixCSC}, Transpose{<:Any, <:SparseMatrixCSC}}) = copy(A)

# equal when every position stored in either holds equal values (an entry stored in one only
# is compared with zero), as the dense matrices would be: the merge of "not equal" finds none
function ==(A::SparseMatrixCSC, B::SparseMatrixCSC)
    size(A) == size(B) || return false
    differ = Int[]
    for j in 1:A.n
        _merge_entries!(!=, A.rowval, A.nzval, Int(A.colptr[j]), Int(A.colptr[j+1]) - 1,
                        B.rowval, B.nzval, Int(B.colptr[j]), Int(B.colptr[j+1]) - 1, differ, Bool[])
        isempty(differ) || return false
    end
    return true
end
==(x::SparseVector, y::SparseVector) = length(x) == length(y) && SparseMatrixCSC(x) == SparseMatrixCSC(y)
iszero(S::SparseArrayCSC) = all(iszero, nonzeros(S))

# ---- reductions and linear algebra ----

sum(S::SparseArrayCSC) = sum(nonzeros(S); init = zero(eltype(S)))
function sum(S::SparseMatrixCSC; dims)
    if dims == 1
        return sparse(reshape([sum(view(S.nzval, nzrange(S, j)); init = zero(eltype(S))) for j in 1:S.n], 1, S.n))
    elseif dims == 2
        v = zeros(eltype(S), S.m)
        for j in 1:S.n, q in nzrange(S, j)
            v[S.rowval[q]] += S.nzval[q]
        end
        return sparse(reshape(v, S.m, 1))
    end
    return sum(Matrix(S); dims = dims)
end
function diag(S::SparseMatrixCSC{Tv,Ti}, k::Integer = 0) where {Tv,Ti}
    rows = k >= 0 ? (1:min(S.m, S.n - k)) : (1-k:min(S.m, S.n - k))
    nzind = Ti[]
    nzval = Tv[]
    for (t, i) in enumerate(rows)
        q = _find_in_column(S, i, i + k)
        if q > 0
            push!(nzind, t)
            push!(nzval, S.nzval[q])
        end
    end
    return SparseVector{Tv,Ti}(max(length(rows), 0), nzind, nzval)
end
function tr(S::SparseMatrixCSC)
    S.m == S.n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(S))"))
    return sum(diag(S))
end
norm(x::SparseVector, p::Real = 2) = norm(nonzeros(x), p)
function norm(S::SparseMatrixCSC, p::Real = 2)
    return norm(nonzeros(S), p)
end
dot(x::SparseVector, y::SparseVector) = sum(_combine(*, x, y))
dot(x::SparseVector, y::AbstractVector) = sum(conj(x.nzval[k]) * y[x.nzind[k]] for k in eachindex(x.nzind); init = zero(promote_type(eltype(x), eltype(y))))
dot(x::AbstractVector, y::SparseVector) = conj(dot(y, x))
issymmetric(S::SparseMatrixCSC) = S.m == S.n && S == permutedims(S)
ishermitian(S::SparseMatrixCSC) = S.m == S.n && S == copy(S')
istriu(S::SparseMatrixCSC, k::Integer = 0) = all(j -> all(q -> S.rowval[q] <= j - k || iszero(S.nzval[q]), nzrange(S, j)), 1:S.n)
istril(S::SparseMatrixCSC, k::Integer = 0) = all(j -> all(q -> S.rowval[q] >= j - k || iszero(S.nzval[q]), nzrange(S, j)), 1:S.n)
triu(S::SparseMatrixCSC, k::Integer = 0) = _keep_entries(S, (i, j) -> j - i >= k)
tril(S::SparseMatrixCSC, k::Integer = 0) = _keep_entries(S, (i, j) -> j - i <= k)
function _keep_entries(S::SparseMatrixCSC{Tv,Ti}, keep) where {Tv,Ti}
    colptr = Vector{Ti}(undef, S.n + 1)
    rowval = Ti[]
    nzval = Tv[]
    colptr[1] = 1
    for j in 1:S.n
        for q in nzrange(S, j)
            if keep(S.rowval[q], j)
                push!(rowval, S.rowval[q])
                push!(nzval, S.nzval[q])
            end
        end
        colptr[j+1] = length(rowval) + 1
    end
    return SparseMatrixCSC{Tv,Ti}(S.m, S.n, colptr, rowval, nzval)
end
function kron(A::SparseMatrixCSC, B::SparseMatrixCSC)
    I = Int[]
    J = Int[]
    V = promote_type(eltype(A), eltype(B))[]
    for ja in 1:A.n, p in nzrange(A, ja), jb in 1:B.n, q in nzrange(B, jb)
        push!(I, (A.rowval[p] - 1) * B.m + B.rowval[q])
        push!(J, (ja - 1) * B.n + jb)
        push!(V, A.nzval[p] * B.nzval[q])
    end
    return sparse(I, J, V, A.m * B.m, A.n * B.n)
end
kron(A::SparseMatrixCSC, B::AbstractMatrix) = kron(A, sparse(B))
kron(A::AbstractMatrix, B::SparseMatrixCSC) = kron(sparse(A), B)

# ---- concatenation ----

# The columns of As one after another: in the same rows (hcat), or each matrix's rows below the
# previous matrix's (blockdiag).
function _columns_in_sequence(As, m, diagonal::Bool)
    Tv = promote_type(map(eltype, As)...)
    Ti = promote_type(map(a -> eltype(a.rowval), As)...)
    colptr = Ti[1]
    rowval = Ti[]
    nzval = Tv[]
    offset = 0
    for A in As
        for j in 1:A.n
            for q in nzrange(A, j)
                push!(rowval, A.rowval[q] + offset)
                push!(nzval, A.nzval[q])
            end
            push!(colptr, length(rowval) + 1)
        end
        diagonal && (offset += A.m)
    end
    return SparseMatrixCSC{Tv,Ti}(m, sum(a -> a.n, As), colptr, rowval, nzval)
end
function hcat(As::SparseMatrixCSC...)
    m = As[1].m
    for A in As
        A.m == m || throw(DimensionMismatch("number of rows of each array must match (got $(map(a -> a.m, As)))"))
    end
    return _columns_in_sequence(As, m, false)
end
function vcat(As::SparseMatrixCSC...)
    n = As[1].n
    for A in As
        A.n == n || throw(DimensionMismatch("number of columns of each array must match (got $(map(a -> a.n, As)))"))
    end
    Tv = promote_type(map(eltype, As)...)
    Ti = promote_type(map(a -> eltype(a.rowval), As)...)
    colptr = Ti[1]
    rowval = Ti[]
    nzval = Tv[]
    for j in 1:n
        offset = 0
        for A in As
            for q in nzrange(A, j)
                push!(rowval, A.rowval[q] + offset)
                push!(nzval, A.nzval[q])
            end
            offset += A.m
        end
        push!(colptr, length(rowval) + 1)
    end
    return SparseMatrixCSC{Tv,Ti}(sum(a -> a.m, As), n, colptr, rowval, nzval)
end
hcat(A::SparseMatrixCSC, Bs::AbstractVecOrMat...) = hcat(A, map(_as_sparse_matrix, Bs)...)
vcat(A::SparseMatrixCSC, Bs::AbstractVecOrMat...) = vcat(A, map(_as_sparse_matrix, Bs)...)
_as_sparse_matrix(B::SparseMatrixCSC) = B
_as_sparse_matrix(B::AbstractMatrix) = sparse(B)
_as_sparse_matrix(B::AbstractVector) = sparse(reshape(B, length(B), 1))
function vcat(xs::SparseVector...)
    Tv = promote_type(map(eltype, xs)...)
    nzind = Int[]
    nzval = Tv[]
    offset = 0
    for x in xs
        append!(nzind, x.nzind .+ offset)
        append!(nzval, x.nzval)
        offset += length(x)
    end
    return SparseVector{Tv,Int}(offset, nzind, nzval)
end
hcat(xs::SparseVector...) = hcat(map(SparseMatrixCSC, xs)...)

"""
    blockdiag(A::SparseMatrixCSC...)

The sparse matrix with the given matrices along its diagonal, nothing stored elsewhere.
"""
blockdiag(As::SparseMatrixCSC...) = _columns_in_sequence(As, sum(a -> a.m, As), true)

# ---- broadcasting: results are sparse ----

"""
    SparseArrays.SparseStyle{N}

The broadcast style of sparse arrays: a broadcast with a sparse argument (and no style that
wins over it) gives a sparse result, storing the nonzero values.
"""
struct SparseStyle{N} <: Base.Broadcast.AbstractArrayStyle{N} end
SparseStyle{N}(::Val{M}) where {N,M} = SparseStyle{M}()
Base.Broadcast.BroadcastStyle(::Type{<:SparseMatrixCSC}) = SparseStyle{2}()
Base.Broadcast.BroadcastStyle(::Type{<:SparseVector}) = SparseStyle{1}()
Base.Broadcast.BroadcastStyle(s::SparseStyle, ::Base.Broadcast.DefaultArrayStyle{0}) = s
function Base.copy(bc::Base.Broadcast.Broadcasted{SparseStyle{N}}) where {N}
    dense = copy(Base.Broadcast.Broadcasted{Base.Broadcast.DefaultArrayStyle{N}}(bc.f, bc.args, bc.axes))
    return dense isa AbstractArray ? (ndims(dense) == 1 ? sparsevec(dense) : sparse(dense)) : dense
end

end # module
