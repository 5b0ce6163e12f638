"""
    LinearAlgebra

Dense linear algebra on Base's arrays: `det`, `dot`, `norm`, `normalize`, `cross`, `tr`, `diag`,
`diagm`, `kron`, `triu`, `tril`, `issymmetric`, `isdiag`, `opnorm`, `mul!`, `rank`, `isposdef`, and the identity `I`;
factorizations (`lu`, `qr`, `cholesky`, `svd`, `eigen`) and `pinv`, `nullspace`, `cond`; the
matrix wrappers `Diagonal`, `UpperTriangular`, `LowerTriangular`, `Symmetric`, `Hermitian`. Solving
(`A \\ b`), `inv`, matrix powers and products are Base methods, available without this module
as in Julia. Computed in Julia code (no BLAS/LAPACK): results agree with Julia's to rounding.
"""
module LinearAlgebra

import Base: +, -, *, ==, show, Matrix
export det, logdet, dot, ⋅, norm, normalize, cross, ×, tr, diag, diagind, diagm, kron, triu, tril, istriu, istril,
    issymmetric, ishermitian, isdiag, opnorm, I, UniformScaling, Diagonal, SingularException, transpose, adjoint, inv,
    lu, LU, issuccess, eigen, Eigen, eigvals, eigvecs, eigmax, eigmin, mul!, rank, isposdef,
    UpperTriangular, LowerTriangular, cholesky, Cholesky, PosDefException, Factorization,
    qr, QR, QRPivoted, NoPivot, ColumnNorm, svd, svdvals, SVD, pinv, nullspace, cond, Symmetric, Hermitian,
    ldiv!, lmul!, rmul!, axpy!, axpby!, triu!, tril!, logabsdet, factorize, BLAS,
    Tridiagonal, SymTridiagonal, Bidiagonal, ldlt, LDLt, ZeroPivotException, lq, LQ, hessenberg, Hessenberg, UpperHessenberg,
    schur, Schur, sylvester, lyap,
    lu!, qr!, cholesky!, normalize!, transpose!, adjoint!, rdiv!, eigen!, eigvals!, svd!, svdvals!,
    schur!, hessenberg!, ldlt!, lq!, isposdef!, kron!, hermitianpart

const dot = Base.dot
const Adjoint = Base.Adjoint
const Transpose = Base.Transpose
export Adjoint, Transpose
const SingularException = Base.SingularException

"""
    det(A)

The determinant of a square matrix, from its LU factorization (0 for a singular matrix).
"""
function det(a::AbstractMatrix)
    n = size(a, 1)
    size(a, 2) == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    n == 0 && return one(float(eltype(a)))
    lu = try
        Base._lu(a)
    catch e
        e isa SingularException && return zero(float(eltype(a)))
        rethrow()
    end
    f, p = lu
    d = one(eltype(f))
    for i in 1:n
        d *= f[i, i]
    end
    return _perm_is_odd(p) ? -d : d
end
# the parity of a permutation: one flip per cycle of even length
function _perm_is_odd(p::AbstractVector)
    seen = falses(length(p))
    odd = false
    for i in eachindex(p)
        seen[i] && continue
        len = 0
        j = i
        while !seen[j]
            seen[j] = true
            j = p[j]
            len += 1
        end
        iseven(len) && (odd = !odd)
    end
    odd
end
det(x::Number) = x
# exact for BigInt, by Bareiss's fraction-free elimination (as Julia's det_bareiss)
function det(A::AbstractMatrix{BigInt})
    n = size(A, 1)
    size(A, 2) == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(A))"))
    M = copy(A)
    sign, prev = 1, one(BigInt)
    for i in 1:n-1
        if iszero(M[i, i]) # swap with a column to the right that makes it nonzero
            k = findfirst(j -> !iszero(M[i, j]), i+1:n)
            k === nothing && return zero(BigInt)
            sign = -sign
            for r in 1:n
                M[r, i], M[r, i + k] = M[r, i + k], M[r, i]
            end
        end
        for k in i+1:n, j in i+1:n
            M[j, k] = div(M[j, k] * M[i, i] - M[j, i] * M[i, k], prev)
        end
        prev = M[i, i]
    end
    sign * M[n, n]
end

"""
    logdet(A)

The natural logarithm of `det(A)` (a DomainError when the determinant is negative).
"""
logdet(a::AbstractMatrix) = log(det(a))
"""
    logabsdet(A) -> (log(abs(det(A))), sign(det(A)))

The logarithm of the determinant's absolute value and its sign, from the LU factorization
(so no overflow for large matrices).
"""
function logabsdet(a::AbstractMatrix)
    n = size(_check_square(a), 1)
    T = float(eltype(a))
    n == 0 && return (zero(real(T)), one(T))
    f, p = try
        Base._lu(a)
    catch e
        e isa SingularException && return (-Inf, zero(T))
        rethrow()
    end
    la = zero(real(T))
    s = one(T)
    for i in 1:n
        d = f[i, i]
        la += log(abs(d))
        s *= d / abs(d)
    end
    _perm_is_odd(p) && (s = -s)
    (la, s)
end
logabsdet(x::Number) = (log(abs(x)), sign(x))

"""
    norm(x, p = 2)

The `p`-norm of a vector (or of an array taken as a vector: the Frobenius norm for `p = 2`);
`p` may be `Inf` or `-Inf`.
"""
function norm(x, p::Real = 2)
    isempty(x) && return float(zero(eltype(x)))
    # (in floating point, as Julia's generic_norm*: integers would overflow, norm([2^32, 0]) was 0)
    p == 2 && return _norm2(x)
    p == 1 && return sum(v -> float(abs(v)), x)
    p == Inf && return float(maximum(abs, x))
    p == -Inf && return float(minimum(abs, x))
    p == 0 && return float(count(v -> !iszero(v), x))
    q = float(p)
    return sum(v -> float(abs(v))^q, x)^(1 / q)
end
function _norm2(x)
    s = sum(v -> abs2(float(v)), x)
    isfinite(s) && !(iszero(s) && !all(iszero, x)) && return sqrt(s)
    # beyond the float range when squared: scaled by the largest magnitude, as Julia's
    m = float(maximum(abs, x))
    (iszero(m) || !isfinite(m)) && return m
    m * sqrt(sum(v -> abs2(float(v) / m), x))
end
norm(x::Number, p::Real = 2) = p == 0 ? (iszero(x) ? zero(float(abs(x))) : one(float(abs(x)))) : float(abs(x))

"""
    opnorm(A, p = 2)

The operator norm of a matrix: the largest singular value for `p = 2`, the largest column sum
for `p = 1`, the largest row sum for `p = Inf`.
"""
function opnorm(a::AbstractMatrix, p::Real = 2)
    m, n = size(a)
    p == 1 && return float(maximum(j -> sum(i -> abs(a[i, j]), 1:m), 1:n))
    p == Inf && return float(maximum(i -> sum(j -> abs(a[i, j]), 1:n), 1:m))
    p == 2 && return (m == 0 || n == 0) ? float(real(zero(eltype(a)))) : svdvals(a)[1]
    throw(ArgumentError("invalid p-norm p=$p. Valid: 1, 2, Inf"))
end

"""
    normalize(v, p = 2)

`v` divided by its `p`-norm.
"""
normalize(v, p::Real = 2) = v / norm(v, p)

"""
    cross(a, b)

The cross product of two 3-vectors.
"""
function cross(a::AbstractVector, b::AbstractVector)
    (length(a) == 3 && length(b) == 3) || throw(DimensionMismatch("cross product is only defined for vectors of length 3"))
    return [a[2] * b[3] - a[3] * b[2], a[3] * b[1] - a[1] * b[3], a[1] * b[2] - a[2] * b[1]]
end
const ⋅ = dot
const × = cross

"""
    mul!(C, A, B)
    mul!(C, A, B, α, β)

`A * B` stored into `C` (`α * A * B + β * C` with the scalars), returning `C`.
"""
function mul!(C::AbstractVecOrMat, A::AbstractVecOrMat, B::AbstractVecOrMat, α::Number = true, β::Number = false)
    P = A * B
    size(C) == size(P) || throw(DimensionMismatch(string("result C has dimensions ", size(C), ", needs ", size(P))))
    for i in eachindex(P)
        C[i] = iszero(β) ? α * P[i] : α * P[i] + β * C[i]
    end
    C
end

"""
    rank(A; atol = 0, rtol = min(size(A)...) * eps())

The number of linearly independent rows (or columns): the number of singular values above
`max(atol, rtol * σ₁)` (`rtol` is 0 when `atol` is given).
"""
function rank(A::AbstractMatrix; atol::Real = 0.0, rtol::Real = (min(size(A)...) * eps(real(float(one(eltype(A)))))) * iszero(atol))
    isempty(A) && return 0
    s = svdvals(A)
    tol = max(atol, rtol * s[1])
    count(x -> x > tol, s)
end
rank(x::Number; kws...) = iszero(x) ? 0 : 1
rank(v::AbstractVector; kws...) = rank(reshape(v, length(v), 1); kws...)

"""
    isposdef(A)

Whether `A` is symmetric (Hermitian) and positive definite: its Cholesky factorization exists.
"""
isposdef(A::AbstractMatrix) = issuccess(cholesky(A; check = false))
isposdef(x::Number) = isreal(x) && real(x) > 0

"""
    tr(A)

The trace: the sum of the diagonal of a square matrix.
"""
function tr(a::AbstractMatrix)
    size(a, 1) == size(a, 2) || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    size(a, 1) == 0 && return zero(eltype(a))
    return sum(a[i, i] for i in 1:size(a, 1))
end

"""
    diag(A, k = 0)

The `k`-th diagonal of a matrix as a vector (k > 0 above the main diagonal).
"""
function diag(a::AbstractMatrix, k::Integer = 0)
    m, n = size(a)
    -m <= k <= n || throw(ArgumentError("requested diagonal, $k, must be at least $(-m) and at most $n in an $m-by-$n matrix"))
    return k >= 0 ? [a[i, i + k] for i in 1:max(0, min(m, n - k))] : [a[i - k, i] for i in 1:max(0, min(m + k, n))]
end

"""
    diagind(A, k = 0)
    diagind(m, n, k = 0)

The linear indices of the `k`-th diagonal of an `m`×`n` matrix, as a range (`A[diagind(A)]` is
`diag(A)`).
"""
function diagind(m::Integer, n::Integer, k::Integer = 0)
    -m <= k <= n || throw(ArgumentError("requested diagonal, $k, must be at least $(-m) and at most $n in an $m-by-$n matrix"))
    k <= 0 ? range(1 - k, step = m + 1, length = min(m + k, n)) : range(k * m + 1, step = m + 1, length = min(m, n - k))
end
diagind(a::AbstractMatrix, k::Integer = 0) = diagind(size(a, 1), size(a, 2), k)

"""
    LinearAlgebra.checksquare(A...)

The size of the square matrix `A` (a tuple of them for several), else a DimensionMismatch.
"""
function checksquare(a)
    m, n = size(a)
    m == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    m
end
checksquare(a, b, more...) = map(checksquare, (a, b, more...))

"""
    diagm(v)
    diagm(k => v, ...)

A square matrix with the vector `v` on its diagonal (on its `k`-th diagonal).
"""
diagm(v::AbstractVector) = diagm(0 => v)
function diagm(kvs::Pair...)
    n = maximum(abs(p.first) + length(p.second) for p in kvs)
    T = promote_type((eltype(p.second) for p in kvs)...)
    out = zeros(T, n, n)
    for p in kvs
        k = p.first
        for (i, x) in enumerate(p.second)
            k >= 0 ? (out[i, i + k] = x) : (out[i - k, i] = x)
        end
    end
    return out
end

"""
    kron(A, B)

The Kronecker product.
"""
function kron(a::AbstractMatrix, b::AbstractMatrix)
    m, n = size(a)
    p, q = size(b)
    out = zeros(promote_type(eltype(a), eltype(b)), m * p, n * q)
    for i in 1:m, j in 1:n, k in 1:p, l in 1:q
        out[(i - 1) * p + k, (j - 1) * q + l] = a[i, j] * b[k, l]
    end
    return out
end
kron(a::AbstractVector, b::AbstractVector) = vec(kron(reshape(a, length(a), 1), reshape(b, length(b), 1)))
_as_matrix(v::AbstractVector) = reshape(v, length(v), 1)
_as_matrix(a::AbstractMatrix) = a
kron(a::AbstractVecOrMat, b::AbstractVecOrMat) = kron(_as_matrix(a), _as_matrix(b))
kron(a::Number, b::AbstractVecOrMat) = a * b
kron(a::AbstractVecOrMat, b::Number) = a * b
kron(a::Number, b::Number) = a * b

"""
    triu(A, k = 0)
    tril(A, k = 0)

A copy of `A` keeping the entries on and above (`triu`) or below (`tril`) the `k`-th diagonal.
"""
triu(a::AbstractMatrix, k::Integer = 0) = [j - i >= k ? a[i, j] : zero(a[i, j]) for i in 1:size(a, 1), j in 1:size(a, 2)]
tril(a::AbstractMatrix, k::Integer = 0) = [j - i <= k ? a[i, j] : zero(a[i, j]) for i in 1:size(a, 1), j in 1:size(a, 2)]
"""
    triu!(A, k = 0)
    tril!(A, k = 0)

`triu` and `tril` in place: the entries below (above) the `k`-th diagonal of `A` become zero.
"""
function triu!(a::AbstractMatrix, k::Integer = 0)
    for j in 1:size(a, 2), i in 1:size(a, 1)
        j - i < k && (a[i, j] = zero(a[i, j]))
    end
    a
end
function tril!(a::AbstractMatrix, k::Integer = 0)
    for j in 1:size(a, 2), i in 1:size(a, 1)
        j - i > k && (a[i, j] = zero(a[i, j]))
    end
    a
end

"""
    istriu(A, k = 0)
    istril(A, k = 0)

Whether every entry below the `k`th superdiagonal (above the `k`th subdiagonal) is zero.
"""
istriu(a::AbstractMatrix, k::Integer = 0) = all(iszero(a[i, j]) for j in 1:size(a, 2) for i in max(1, j - k + 1):size(a, 1))
istril(a::AbstractMatrix, k::Integer = 0) = all(iszero(a[i, j]) for j in 1:size(a, 2) for i in 1:min(j - k - 1, size(a, 1)))
istriu(x::Number) = true
istril(x::Number) = true

"""
    issymmetric(A)

Whether `A == transpose(A)`.
"""
issymmetric(a::AbstractMatrix) = size(a, 1) == size(a, 2) && all(a[i, j] == a[j, i] for i in 1:size(a, 1), j in 1:size(a, 2))

"""
    isdiag(A)

Whether every entry off the diagonal is zero.
"""
isdiag(a::AbstractMatrix) = all(i == j || iszero(a[i, j]) for i in 1:size(a, 1), j in 1:size(a, 2))

"""
    I
    UniformScaling(λ)

The identity (times λ) of any size: `A + I`, `2I * A`, `Matrix(I, m, n)`.
"""
struct UniformScaling{T<:Number}
    λ::T
end
const I = UniformScaling(true)
show(io::IO, J::UniformScaling) = print(io, "UniformScaling{", typeof(J.λ), "}(", J.λ, ")")
Base.eltype(::Type{UniformScaling{T}}) where {T} = T
Base.eltype(J::UniformScaling) = typeof(J.λ)
*(x::Number, J::UniformScaling) = UniformScaling(x * J.λ)
*(J::UniformScaling, x::Number) = UniformScaling(J.λ * x)
*(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ * K.λ)
*(J::UniformScaling, a::AbstractArray) = J.λ * a
*(a::AbstractArray, J::UniformScaling) = a * J.λ
+(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ + K.λ)
-(J::UniformScaling) = UniformScaling(-J.λ)
-(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ - K.λ)
==(J::UniformScaling, K::UniformScaling) = J.λ == K.λ
# a matrix equals λI when it is square with λ on its diagonal and zeros elsewhere
function ==(A::AbstractMatrix, J::UniformScaling)
    m, n = size(A)
    m == n || return false
    for j in 1:n, i in 1:m
        A[i, j] == (i == j ? J.λ : zero(J.λ)) || return false
    end
    true
end
==(J::UniformScaling, A::AbstractMatrix) = A == J
# (displayed as Julia's: the type, then λ*I)
function show(io::IO, ::MIME"text/plain", J::UniformScaling)
    s = string(J.λ)
    occursin(r"\w+\s*[\+\-]\s*\w+", s) && (s = "(" * s * ")")
    print(io, typeof(J), "\n", s, "*I")
end
Base.getindex(J::UniformScaling, i::Integer, j::Integer) = ifelse(i == j, J.λ, zero(J.λ))
function Base.getindex(J::UniformScaling, rows::AbstractVector{<:Integer}, cols::AbstractVector{<:Integer})
    out = zeros(typeof(J.λ), length(rows), length(cols))
    for (jj, j) in enumerate(cols), (ii, i) in enumerate(rows)
        i == j && (out[ii, jj] = J.λ)
    end
    out
end
Base.one(::Type{UniformScaling{T}}) where {T} = UniformScaling(one(T))
Base.one(J::UniformScaling) = one(typeof(J))
Base.zero(::Type{UniformScaling{T}}) where {T} = UniformScaling(zero(T))
Base.zero(J::UniformScaling) = zero(typeof(J))
Base.iszero(J::UniformScaling) = iszero(J.λ)
Base.isone(J::UniformScaling) = isone(J.λ)
Base.inv(J::UniformScaling) = UniformScaling(inv(J.λ))
Base.copy(J::UniformScaling) = UniformScaling(J.λ)
Base.transpose(J::UniformScaling) = J
Base.adjoint(J::UniformScaling) = UniformScaling(conj(J.λ))
Base.:/(J::UniformScaling, x::Number) = UniformScaling(J.λ / x)
Base.:\(x::Number, J::UniformScaling) = UniformScaling(x \ J.λ)
Base.:/(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ / K.λ)
Base.:\(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ \ K.λ)
Base.:/(A::AbstractVecOrMat, J::UniformScaling) = A / J.λ
Base.:\(J::UniformScaling, A::AbstractVecOrMat) = J.λ \ A
Base.:/(J::UniformScaling, A::AbstractMatrix) = J.λ * inv(A)
Base.:\(A::AbstractMatrix, J::UniformScaling) = inv(A) * J.λ

# I inside [A I; I A]: each I block is square, of the size its block row (hcat) or block column
# (vcat) gives, as Julia's uniformscaling.jl; calls without an I are Base's
const _ScalingCatArg = Union{AbstractVecOrMat, UniformScaling, Number}
_scaling_blocks(n::Int, A) = map(a -> a isa UniformScaling ? Matrix(a, n, n) : a, A)
for (f, typed, dim, name) in ((:hcat, :typed_hcat, 1, "rows"), (:vcat, :typed_vcat, 2, "cols"))
    @eval function Base.$f(A::_ScalingCatArg...)
        any(a -> a isa UniformScaling, A) || return Base.$typed(Base._cat_eltype(A), A...)
        n = -1
        for a in A
            if !(a isa UniformScaling)
                na = size(a, $dim)
                n >= 0 && n != na &&
                    throw(DimensionMismatch(string("number of ", $name, " of each array must match (got ", n, " and ", na, ")")))
                n = na
            end
        end
        n == -1 && throw(ArgumentError($(string(f, " of only UniformScaling objects cannot determine the matrix size"))))
        $f(_scaling_blocks(n, A)...)
    end
end
function Base.hvcat(rows::Tuple{Vararg{Int}}, A::_ScalingCatArg...)
    any(a -> a isa UniformScaling, A) || return Base.typed_hvcat(Base._cat_eltype(A), rows, A...)
    sum(rows) == length(A) || throw(ArgumentError("mismatch between row sizes and number of arguments"))
    n = fill(-1, length(A))
    needcols = false   # a block row of I's only takes its size from the column count
    j = 0
    for r in rows
        ni = -1
        for k in 1:r
            if !(A[j + k] isa UniformScaling)
                na = size(A[j + k], 1)
                ni >= 0 && ni != na && throw(DimensionMismatch("mismatch in number of rows"))
                ni = na
            end
        end
        ni >= 0 ? (n[j+1:j+r] .= ni) : (needcols = true)
        j += r
    end
    if needcols
        nc = -1
        j = 0
        for r in rows
            if r > 0 && n[j + 1] == -1
                j += r
                continue
            end
            nci = 0
            for k in 1:r
                nci += A[j + k] isa UniformScaling ? n[j + k] : size(A[j + k], 2)
            end
            nc >= 0 && nc != nci && throw(DimensionMismatch("mismatch in number of columns"))
            nc = nci
            j += r
        end
        nc == -1 && throw(ArgumentError("sizes of UniformScalings could not be inferred"))
        j = 0
        for r in rows
            if r > 0 && n[j + 1] == -1
                nci, rest = divrem(nc, r)
                rest != 0 && throw(DimensionMismatch("indivisible UniformScaling sizes"))
                n[j+1:j+r] .= nci
            end
            j += r
        end
    end
    blocks = ntuple(k -> A[k] isa UniformScaling ? Matrix(A[k], n[k], n[k]) : A[k], length(A))
    hvcat(rows, blocks...)
end
# A ≈ I: as against the square matrix J.λ * I of A's size (the same norms as Julia's)
Base.isapprox(a::AbstractMatrix, J::UniformScaling; kws...) = isapprox(a, Matrix(J, size(_check_square(a))); kws...)
Base.isapprox(J::UniformScaling, a::AbstractMatrix; kws...) = isapprox(a, J; kws...)
function _add_diagonal(a::AbstractMatrix, λ)
    n = size(a, 1)
    n == size(a, 2) || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    out = Matrix{promote_type(eltype(a), typeof(λ))}(a)
    for i in 1:n
        out[i, i] += λ
    end
    return out
end
+(a::AbstractMatrix, J::UniformScaling) = _add_diagonal(a, J.λ)
+(J::UniformScaling, a::AbstractMatrix) = _add_diagonal(a, J.λ)
-(a::AbstractMatrix, J::UniformScaling) = _add_diagonal(a, -J.λ)
-(J::UniformScaling, a::AbstractMatrix) = _add_diagonal(-a, J.λ)
Matrix(J::UniformScaling, m::Integer, n::Integer) = _scaling_matrix(typeof(J.λ), J, m, n)
Matrix(J::UniformScaling, dims::Tuple{Integer, Integer}) = Matrix(J, dims...)
# Matrix{T}(I, m, n) and Array{T, 2}(I, (m, n)) arrive through Base's array constructor
function Base._construct_array(T, N, J::UniformScaling, m::Integer, n::Integer)
    Base._check_ndims(N, 2)
    _scaling_matrix(Base._isvar(T) ? typeof(J.λ) : T, J, m, n)
end
Base._construct_array(T, N, J::UniformScaling, dims::Tuple{Integer, Integer}) = Base._construct_array(T, N, J, dims...)
"""
    Diagonal(v::AbstractVector)
    Diagonal(A::AbstractMatrix)

A square matrix with `v` on its diagonal and zeros elsewhere, stored as `v` (shared, not
copied): products, sums, `inv`, `det` and `\\` work on the diagonal alone. `display` shows `⋅`
for the entries off it. `I(n)` is the `n`×`n` identity as a `Diagonal`.
"""
struct Diagonal{T, V<:AbstractVector{T}} <: AbstractMatrix{T}
    diag::V
end
Diagonal(v::AbstractVector) = Diagonal{eltype(v), typeof(v)}(v)
Diagonal(a::AbstractMatrix) = Diagonal(diag(a))
Diagonal{T}(v::AbstractVector) where {T} = Diagonal(convert(AbstractVector{T}, v))
(J::UniformScaling)(n::Integer) = Diagonal(fill(J.λ, n))
Base.size(D::Diagonal) = (length(D.diag), length(D.diag))
function Base.getindex(D::Diagonal, i::Integer, j::Integer)
    Base.checkbounds(D, i, j)
    i == j ? D.diag[i] : zero(eltype(D))
end
function Base.setindex!(D::Diagonal, v, i::Integer, j::Integer)
    Base.checkbounds(D, i, j)
    if i == j
        D.diag[i] = v
    elseif !iszero(v)
        throw(ArgumentError("cannot set off-diagonal entry ($i, $j) to a nonzero value ($v)"))
    end
    D
end
Base.replace_in_print_matrix(D::Diagonal, i::Integer, j::Integer, s::AbstractString) = i == j ? s : Base.replace_with_centered_mark(s)
Base.copy(D::Diagonal) = Diagonal(copy(D.diag))
Base.similar(D::Diagonal, ::Type{T}) where {T} = Diagonal(similar(D.diag, T))
diag(D::Diagonal) = copy(D.diag)
isdiag(D::Diagonal) = true
issymmetric(D::Diagonal) = true
tr(D::Diagonal) = sum(D.diag)
det(D::Diagonal) = prod(D.diag)
Base.transpose(D::Diagonal) = D
Base.adjoint(D::Diagonal) = Diagonal(conj.(D.diag))
==(D::Diagonal, E::Diagonal) = D.diag == E.diag
+(D::Diagonal, E::Diagonal) = Diagonal(D.diag .+ E.diag)
-(D::Diagonal, E::Diagonal) = Diagonal(D.diag .- E.diag)
-(D::Diagonal) = Diagonal(-D.diag)
*(x::Number, D::Diagonal) = Diagonal(x .* D.diag)
*(D::Diagonal, x::Number) = Diagonal(D.diag .* x)
*(D::Diagonal, E::Diagonal) = Diagonal(_check_square_product(D, E).diag .* E.diag)
function *(D::Diagonal, v::AbstractVector)
    length(v) == size(D, 2) || throw(DimensionMismatch("second dimension of D, $(size(D, 2)), does not match length of v, $(length(v))"))
    D.diag .* v
end
function *(D::Diagonal, a::AbstractMatrix)
    size(a, 1) == size(D, 2) || throw(DimensionMismatch("second dimension of D, $(size(D, 2)), does not match first dimension of A, $(size(a, 1))"))
    D.diag .* a
end
function *(a::AbstractMatrix, D::Diagonal)
    size(a, 2) == size(D, 1) || throw(DimensionMismatch("second dimension of A, $(size(a, 2)), does not match first dimension of D, $(size(D, 1))"))
    a .* permutedims(D.diag)
end
function _check_square_product(D::Diagonal, E::Diagonal)
    size(D, 2) == size(E, 1) || throw(DimensionMismatch("second dimension of A, $(size(D, 2)), does not match first dimension of B, $(size(E, 1))"))
    D
end
function _check_invertible(D::Diagonal)
    for i in eachindex(D.diag)
        iszero(D.diag[i]) && throw(SingularException(i))
    end
    D
end
Base.inv(D::Diagonal) = Diagonal(inv.(_check_invertible(D).diag))
# functions of a diagonal matrix act on its diagonal and keep it Diagonal (as Julia's)
for f in (:exp, :log, :sqrt, :cos, :sin, :tan, :cosh, :sinh, :tanh, :cis)
    @eval Base.$f(D::Diagonal) = Diagonal($f.(D.diag))
end
Base.:^(D::Diagonal, p::Real) = Diagonal(D.diag .^ p)
Base.:^(D::Diagonal, p::Integer) = Diagonal(D.diag .^ p)
Base._literal_pow(::typeof(^), D::Diagonal, p::Int) = p == -1 ? inv(D) : D^p   # (Julia's literal_pow(^, D, Val(-1)))
Base.:\(D::Diagonal, b::AbstractVecOrMat) = _check_invertible(D).diag .\ b
# scaling keeps a Diagonal (Julia's diagonal.jl)
Base.:/(D::Diagonal, x::Number) = Diagonal(D.diag / x)
Base.:\(x::Number, D::Diagonal) = Diagonal(x \ D.diag)
+(D::Diagonal, J::UniformScaling) = Diagonal(D.diag .+ J.λ)
+(J::UniformScaling, D::Diagonal) = Diagonal(J.λ .+ D.diag)
-(D::Diagonal, J::UniformScaling) = Diagonal(D.diag .- J.λ)
-(J::UniformScaling, D::Diagonal) = Diagonal(J.λ .- D.diag)

function _scaling_matrix(T, J::UniformScaling, m, n)
    out = zeros(T, m, n)
    for i in 1:min(m, n)
        out[i, i] = J.λ
    end
    return out
end


# ---- factorizations ----------------------------------------------------------------------

"""
    Factorization{T}

The supertype of matrix factorizations (`LU`, `QR`, `Cholesky`, `Eigen`, `SVD`, ...).
"""
abstract type Factorization{T} end
Base.eltype(::Factorization{T}) where {T} = T
Base.size(F::Factorization, d::Integer) = d <= 2 ? size(F)[d] : 1

struct LU{T, S <: AbstractMatrix, P <: AbstractVector} <: Factorization{T}
    factors::S
    ipiv::P
    info::Int
end
"""
    lu(A) -> LU

The LU factorization of a square matrix with partial pivoting (rows swapped for the largest
pivot, as LAPACK's `getrf`): `F.L * F.U == A[F.p, :]`. `F \\ b` solves with it, `det(F)` is
`det(A)`; a singular `A` throws a `SingularException`.
"""
function lu(a::AbstractMatrix)
    f, _, ipiv = Base._lu(a)
    LU{eltype(f), typeof(f), typeof(ipiv)}(f, ipiv, 0)
end
issuccess(F::LU) = F.info == 0
Base.size(F::LU) = size(F.factors)
Base.size(F::LU, d::Integer) = size(F.factors, d)
function _lu_perm(F::LU)
    p = collect(1:size(F.factors, 1))
    for (k, piv) in enumerate(F.ipiv)
        p[k], p[piv] = p[piv], p[k]
    end
    p
end
function Base.getproperty(F::LU, name::Symbol)
    f = getfield(F, :factors)
    n = size(f, 1)
    if name === :L
        return [i > j ? f[i, j] : i == j ? one(eltype(f)) : zero(eltype(f)) for i in 1:n, j in 1:n]
    elseif name === :U
        return triu(f)
    elseif name === :p
        return _lu_perm(F)
    elseif name === :P
        p = _lu_perm(F)
        return [p[i] == j ? one(eltype(f)) : zero(eltype(f)) for i in 1:n, j in 1:n]
    end
    return getfield(F, name)
end
Base.propertynames(F::LU) = (:L, :U, :p, :P, :factors, :ipiv, :info)
Base.:\(F::LU, b::AbstractVecOrMat) = Base._lu_solve((F.factors, _lu_perm(F)), b)
function det(F::LU)
    d = one(eltype(F.factors))
    for i in 1:size(F.factors, 1)
        d *= F.factors[i, i]
        F.ipiv[i] != i && (d = -d)
    end
    d
end
Base.inv(F::LU) = F \ Matrix{eltype(F.factors)}(I, size(F.factors)...)
# a factorization displays as Julia's: its type, then each part under its heading
function _show_parts(io, mime, F, parts...)
    print(io, typeof(F))
    for (heading, value) in parts
        print(io, "\n", heading, "\n")
        show(io, mime, value)
    end
end
Base.show(io::IO, mime::MIME"text/plain", F::LU) = _show_parts(io, mime, F, "L factor:" => F.L, "U factor:" => F.U)
Base.iterate(F::LU, state = 1) = state > 3 ? nothing : ((F.L, F.U, F.p)[state], state + 1)

"""
    UpperTriangular(A)
    LowerTriangular(A)

`A`'s upper (lower) triangle as a matrix: the entries past it read as zero and show as `⋅`.
It shares `A`'s storage (`parent(U)`); `det`, `inv` and `\\` use the triangle alone.
"""
struct UpperTriangular{T, S<:AbstractMatrix{T}} <: AbstractMatrix{T}
    data::S
end
struct LowerTriangular{T, S<:AbstractMatrix{T}} <: AbstractMatrix{T}
    data::S
end
const _Triangular = Union{UpperTriangular, LowerTriangular}
_check_square(A) = size(A, 1) == size(A, 2) ? A : throw(DimensionMismatch("matrix is not square: dimensions are $(size(A))"))
UpperTriangular(A::AbstractMatrix) = UpperTriangular{eltype(A), typeof(A)}(_check_square(A))
LowerTriangular(A::AbstractMatrix) = LowerTriangular{eltype(A), typeof(A)}(_check_square(A))
_in_triangle(::UpperTriangular, i, j) = i <= j
_in_triangle(::LowerTriangular, i, j) = i >= j
Base.size(U::_Triangular) = size(U.data)
Base.parent(U::_Triangular) = U.data
Base.getindex(U::_Triangular, i::Integer, j::Integer) = _in_triangle(U, i, j) ? U.data[i, j] : zero(eltype(U))
function Base.setindex!(U::_Triangular, v, i::Integer, j::Integer)
    if _in_triangle(U, i, j)
        U.data[i, j] = v
    elseif !iszero(v)
        throw(ArgumentError(string("cannot set index in the ", U isa UpperTriangular ? "lower" : "upper", " triangular part (", i, ", ", j,
                                   ") of an ", nameof(typeof(U)), " matrix to a nonzero value (", v, ")")))
    end
    U
end
Base.replace_in_print_matrix(U::_Triangular, i::Integer, j::Integer, s::AbstractString) = _in_triangle(U, i, j) ? s : Base.replace_with_centered_mark(s)
Base.copy(U::UpperTriangular) = UpperTriangular(copy(U.data))
Base.copy(U::LowerTriangular) = LowerTriangular(copy(U.data))
Matrix(U::_Triangular) = [U[i, j] for i in 1:size(U, 1), j in 1:size(U, 2)]
det(U::_Triangular) = prod(U.data[i, i] for i in 1:size(U, 1); init = one(eltype(U)))
# (lazily: the other triangle of the transposed parent, as Julia's LowerTriangular{T, Transpose{T, S}})
Base.transpose(U::UpperTriangular) = LowerTriangular(transpose(U.data))
Base.transpose(U::LowerTriangular) = UpperTriangular(transpose(U.data))
Base.adjoint(U::UpperTriangular) = LowerTriangular(adjoint(U.data))
Base.adjoint(U::LowerTriangular) = UpperTriangular(adjoint(U.data))
# Arithmetic that keeps the structure, as Julia's triangular.jl: sums and differences of two
# upper (lower) triangular matrices, their products and left quotients, scaling by a number,
# and products with a Diagonal on either side. Other combinations give a Matrix.
for Tri in (:UpperTriangular, :LowerTriangular)
    @eval begin
        -(A::$Tri) = $Tri(-A.data)
        +(A::$Tri, B::$Tri) = $Tri(_triangle_data(A) + _triangle_data(B))
        -(A::$Tri, B::$Tri) = $Tri(_triangle_data(A) - _triangle_data(B))
        *(A::$Tri, B::$Tri) = $Tri(Matrix(A) * Matrix(B))
        Base.:\(A::$Tri, B::$Tri) = $Tri(A \ Matrix(B))
        *(A::$Tri, x::Number) = $Tri(A.data * x)
        *(x::Number, A::$Tri) = $Tri(x * A.data)
        Base.:/(A::$Tri, x::Number) = $Tri(A.data / x)
        Base.:\(x::Number, A::$Tri) = $Tri(x \ A.data)
        *(A::$Tri, D::Diagonal) = $Tri(A.data * D)
        *(D::Diagonal, A::$Tri) = $Tri(D * A.data)
    end
end
# the triangle's entries and zeros elsewhere (what the other triangle of the parent holds is not part of it)
_triangle_data(U::_Triangular) = Matrix(U)
Base.inv(U::UpperTriangular) = UpperTriangular(Base._inv_triangular!(float.(Matrix(U)), true))
Base.inv(U::LowerTriangular) = LowerTriangular(Base._inv_triangular!(float.(Matrix(U)), false))
Base.:\(U::_Triangular, b::AbstractVecOrMat) = Base._triangular_solve(U.data, b, U isa UpperTriangular)

struct Cholesky{T, S<:AbstractMatrix{T}} <: Factorization{T}
    factors::S
    uplo::Char
    info::Int
end
struct PosDefException <: Exception
    info::Int
end
Base.showerror(io::IO, e::PosDefException) =
    print(io, "PosDefException: matrix is not ", e.info == -1 ? "Hermitian" : "positive definite", "; Cholesky factorization failed.")
"""
    cholesky(A; check = true) -> Cholesky

The Cholesky factorization of a symmetric (Hermitian) positive definite matrix: `C.U' * C.U == A`
(`C.L = C.U'`), computed column by column as LAPACK's `potrf`. `C \\ b` solves with it; `det(C)`
and `logdet(C)` are `A`'s. Otherwise a `PosDefException` (with `check = false`, a `C` whose
`issuccess(C)` is false).
"""
function cholesky(A::AbstractMatrix; check::Bool = true)
    _check_square(A)
    U = float.(Matrix(A))
    info = ishermitian(A) ? 0 : -1
    n = size(U, 1)
    if info == 0
        for j in 1:n
            d = U[j, j]
            for k in 1:j-1
                d -= abs2(U[k, j])
            end
            if !(real(d) > 0)
                info = j
                break
            end
            U[j, j] = sqrt(real(d))
            r = inv(U[j, j])      # potf2 scales the row by the reciprocal
            for i in j+1:n
                t = U[j, i]
                for k in 1:j-1
                    t -= conj(U[k, j]) * U[k, i]
                end
                U[j, i] = t * r
            end
        end
    end
    check && info != 0 && throw(PosDefException(info))
    for j in 1:n, i in j+1:n
        U[i, j] = zero(eltype(U))
    end
    Cholesky{eltype(U), typeof(U)}(U, 'U', info)
end
cholesky(x::Number; check::Bool = true) = cholesky(fill(x, 1, 1); check = check)
issuccess(C::Cholesky) = C.info == 0
Base.size(C::Cholesky) = size(C.factors)
function Base.getproperty(C::Cholesky, name::Symbol)
    name === :U && return UpperTriangular(getfield(C, :factors))
    name === :L && return LowerTriangular(copy(adjoint(getfield(C, :factors))))
    name === :UL && return UpperTriangular(getfield(C, :factors))
    getfield(C, name)
end
Base.propertynames(C::Cholesky) = (:U, :L, :UL, :factors, :uplo, :info)
Base.:\(C::Cholesky, b::AbstractVecOrMat) = C.U \ (C.L \ b)
Base.inv(C::Cholesky) = (issuccess(C) || throw(PosDefException(C.info)); C \ Matrix{eltype(C.factors)}(I, size(C.factors)...))
det(C::Cholesky) = prod(abs2(C.factors[i, i]) for i in 1:size(C.factors, 1); init = one(real(eltype(C.factors))))
logdet(C::Cholesky) = 2 * sum(log(real(C.factors[i, i])) for i in 1:size(C.factors, 1); init = zero(real(eltype(C.factors))))
Base.show(io::IO, mime::MIME"text/plain", C::Cholesky) = _show_parts(io, mime, C, "U factor:" => C.U)
Base.iterate(C::Cholesky, state = 1) = state > 2 ? nothing : ((C.L, C.U)[state], state + 1)

"""
    ishermitian(A)

Whether `A == adjoint(A)` (for a real matrix, whether it is symmetric).
"""
ishermitian(a::AbstractMatrix) = size(a, 1) == size(a, 2) && all(a[i, j] == conj(a[j, i]) for i in 1:size(a, 1), j in 1:size(a, 2))

struct Eigen{T, V, S <: AbstractMatrix, U <: AbstractVector} <: Factorization{T}
    values::U
    vectors::S
end
"""
    eigen(A) -> Eigen

Eigenvalues (`F.values`) and eigenvectors (the columns of `F.vectors`, of unit norm) of a real
matrix: `A * F.vectors ≈ F.vectors * Diagonal(F.values)`; `vals, vecs = eigen(A)` unpacks it.
For a symmetric matrix, ascending values and orthonormal vectors by the cyclic Jacobi method;
otherwise the values of `eigvals(A)` (complex when some are), sorted by real and then
imaginary part, each with a vector by inverse iteration, scaled to make its largest entry
real and positive. An eigenvector's sign (phase) may differ from LAPACK's (both are right).
"""
function eigen(a::AbstractMatrix{<:Real})
    if !ishermitian(a)
        vals = eigvals(a)
        vecs = _inverse_iteration(a, vals)
        return Eigen{eltype(vals), eltype(vals), typeof(vecs), typeof(vals)}(vals, vecs)
    end
    vals, vecs = Base._jacobi(a)
    Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}(vals, vecs)
end

# An eigenvector for each eigenvalue: a few steps of x = (A - μI) \ x with μ the eigenvalue
# moved by a few ulps of ‖A‖ (so the LU has no zero pivot), from a vector of ones made
# orthogonal to the vectors found for the same eigenvalue before (a repeated eigenvalue of a
# diagonalizable matrix gets independent vectors).
function _inverse_iteration(a::AbstractMatrix, vals::AbstractVector)
    n = size(a, 1)
    T = eltype(vals)
    scale = max(opnorm(a, 1), floatmin(Float64))
    V = zeros(T, n, n)
    for k in 1:n
        mu = vals[k] + 4 * eps(Float64) * scale
        M = Matrix{T}(undef, n, n)
        for j in 1:n, i in 1:n
            M[i, j] = i == j ? a[i, j] - mu : a[i, j]
        end
        f, p, _ = Base._lu(M; zero_pivot = eps(Float64) * scale)
        same = [j for j in 1:k-1 if abs(vals[j] - vals[k]) <= 16 * eps(Float64) * scale]
        # a repeated eigenvalue starts from other vectors, whose parts in its eigenspace differ
        r = length(same)
        x = T[iszero(r) ? 1.0 : 1.0 + sin(i * r * 1.7) for i in 1:n]
        for step in 1:3
            x = Base._lu_solve((f, p), x)
            x ./= norm(x)
        end
        # then orthogonal to those found before, unless no independent vector is left (a
        # defective matrix: then nearly parallel vectors, as LAPACK's)
        y = copy(x)
        for pass in 1:2, j in same
            d = dot(V[:, j], y)
            for i in 1:n
                y[i] -= d * V[i, j]
            end
        end
        norm(y) > sqrt(eps(Float64)) && (x = y ./ norm(y))
        big = 1
        for i in 2:n
            abs(x[i]) > abs(x[big]) + 8 * eps(Float64) && (big = i)
        end
        x .*= abs(x[big]) / x[big]
        for i in 1:n
            abs(x[i]) <= eps(Float64)^2 && (x[i] = zero(T))    # what the shift leaves where an exact zero belongs
        end
        for i in 1:n
            V[i, k] = x[i]
        end
    end
    V
end

Base.iterate(F::Eigen, state = 1) = state > 2 ? nothing : (state == 1 ? F.values : F.vectors, state + 1)
Base.show(io::IO, mime::MIME"text/plain", F::Eigen) = _show_parts(io, mime, F, "values:" => F.values, "vectors:" => F.vectors)

"""
    eigvals(A)

The eigenvalues of a square real matrix, sorted by real part and then imaginary part (as
Julia sorts them): real for a symmetric matrix (Jacobi's method) or when all of them are real,
complex otherwise (Hessenberg reduction and Francis' double-shift QR iteration).
"""
function eigvals(a::AbstractMatrix{<:Real})
    n = size(a, 1)
    n == size(a, 2) || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    ishermitian(a) && return Base._jacobi(a)[1]
    wr, wi = Base._hqr!(Base._hessenberg!(Matrix{Float64}(a)))
    if all(iszero, wi)
        return sort!(wr)
    end
    return sort!([complex(wr[i], wi[i]) for i in 1:n], by = z -> (real(z), imag(z)))
end
eigvals(x::Real) = [float(x)]
"""
    eigvecs(A)

The eigenvectors of a real symmetric matrix, as the columns of a matrix (see `eigen`).
"""
eigvecs(a::AbstractMatrix) = eigen(a).vectors
"""
    eigmax(A)
    eigmin(A)

The largest (smallest) eigenvalue of a real symmetric matrix.
"""
function eigmax(a::AbstractMatrix{<:Real})
    ishermitian(a) || throw(ArgumentError("eigmax: the matrix must be symmetric"))
    last(eigvals(a))
end
function eigmin(a::AbstractMatrix{<:Real})
    ishermitian(a) || throw(ArgumentError("eigmin: the matrix must be symmetric"))
    first(eigvals(a))
end

# ---- QR ----------------------------------------------------------------------------------

"""
    AbstractQ{T}

The orthogonal factor of a factorization, applied as a product of reflections; not an
`AbstractMatrix` (as in Julia 1.10): `Q * x`, `Q' * x`, `x * Q`, `Matrix(Q)`, `Q[i, j]`.
"""
abstract type AbstractQ{T} end
struct AdjointQ{T, S<:AbstractQ{T}} <: AbstractQ{T}
    Q::S
end
struct QRPackedQ{T, S<:AbstractMatrix{T}, C<:AbstractVector{T}} <: AbstractQ{T}
    factors::S
    τ::C
end
struct QRCompactWYQ{S, M<:AbstractMatrix{S}, C<:AbstractMatrix{S}} <: AbstractQ{S}
    factors::M
    T::C
end
struct QR{T, S<:AbstractMatrix{T}, C<:AbstractVector{T}} <: Factorization{T}
    factors::S
    τ::C
end
struct QRCompactWY{S, M<:AbstractMatrix{S}, C<:AbstractMatrix{S}} <: Factorization{S}
    factors::M
    T::C
end
struct QRPivoted{T, S<:AbstractMatrix{T}, C<:AbstractVector{T}, P<:AbstractVector{<:Integer}} <: Factorization{T}
    factors::S
    τ::C
    jpvt::P
end
struct NoPivot end
struct ColumnNorm end

const _BlasFloat = Union{Float32, Float64, Complex{Float32}, Complex{Float64}}

"""
    qr(A) -> QRCompactWY (Float32/Float64 elements) or QR (others)
    qr(A, ColumnNorm()) -> QRPivoted

The QR factorization by Householder reflections (as LAPACK's `geqrt` and `geqp3`):
`F.Q * F.R == A` (`A[:, F.p]` with pivoting). `F.Q` is an orthogonal `AbstractQ` applied
without being formed (`Matrix(F.Q)` is the thin `m×min(m, n)` one, `collect(F.Q)` the square
one); `F.R` is upper triangular. `F \\ b` is the least-squares solution;
`Q, R = qr(A)` unpacks it. Integer and rational matrices are factored in `Float64`.
"""
function qr(A::AbstractMatrix, ::NoPivot = NoPivot())
    f, tau = Base._qr_unpivoted!(Base._qr_copy(A))
    eltype(f) <: _BlasFloat || return QR{eltype(f), typeof(f), typeof(tau)}(f, tau)
    T = _block_reflector_factor(f, tau, min(36, length(tau)))
    QRCompactWY{eltype(f), typeof(f), typeof(T)}(f, T)
end
function qr(A::AbstractMatrix, ::ColumnNorm)
    f, tau, jpvt = Base._qr_pivoted!(Base._qr_copy(A))
    QRPivoted{eltype(f), typeof(f), typeof(tau), typeof(jpvt)}(f, tau, jpvt)
end
qr(v::AbstractVector, args...) = qr(reshape(v, length(v), 1), args...)
qr(x::Number, args...) = qr(fill(x, 1, 1), args...)

# The compact WY form's T (LAPACK's larft, blocks of nb columns): for each block of
# reflectors, the upper triangular T_b with H_i * ... * H_j = I - V * T_b * V'.
function _block_reflector_factor(f::AbstractMatrix, tau::AbstractVector, nb::Int)
    m = size(f, 1)
    k = length(tau)
    T = zeros(eltype(f), max(nb, 1), k)
    for start in 1:max(nb, 1):k
        ib = min(nb, k - start + 1)
        for j in 1:ib
            c = start + j - 1
            T[j, c] = tau[c]
            # T[1:j-1, c] = -tau * T_b[1:j-1, 1:j-1] * (V[:, start:c-1]' * v_c)
            w = zeros(eltype(f), j - 1)
            for l in 1:j-1
                col = start + l - 1
                s = conj(f[c, col])                 # v_c's leading 1 meets v_col's entry at row c
                for i in c+1:m
                    s += conj(f[i, col]) * f[i, c]
                end
                w[l] = -tau[c] * s
            end
            for l in 1:j-1
                s = zero(eltype(f))
                for r in l:j-1
                    s += T[l, start + r - 1] * w[r]
                end
                T[l, c] = s
            end
        end
    end
    T
end

_qr_tau(F::Union{QR, QRPivoted}) = getfield(F, :τ)
_qr_tau(F::QRCompactWY) = _qr_tau(QRCompactWYQ(getfield(F, :factors), getfield(F, :T)))
_qr_tau(Q::QRPackedQ) = Q.τ
function _qr_tau(Q::QRCompactWYQ)
    nb = size(Q.T, 1)
    [Q.T[(c - 1) % nb + 1, c] for c in 1:size(Q.T, 2)]
end
QRCompactWYQ(factors::AbstractMatrix{S}, T::AbstractMatrix{S}) where {S} = QRCompactWYQ{S, typeof(factors), typeof(T)}(factors, T)
QRPackedQ(factors::AbstractMatrix{T}, τ::AbstractVector{T}) where {T} = QRPackedQ{T, typeof(factors), typeof(τ)}(factors, τ)

Base.size(F::Union{QR, QRCompactWY, QRPivoted}) = size(getfield(F, :factors))
function Base.getproperty(F::Union{QR, QRCompactWY, QRPivoted}, name::Symbol)
    f = getfield(F, :factors)
    m, n = size(f)
    if name === :R
        return triu(f[1:min(m, n), 1:n])
    elseif name === :Q
        return F isa QRCompactWY ? QRCompactWYQ(f, getfield(F, :T)) : QRPackedQ(f, getfield(F, :τ))
    elseif F isa QRPivoted && name === :p
        return getfield(F, :jpvt)
    elseif F isa QRPivoted && name === :P
        p = getfield(F, :jpvt)
        P = zeros(eltype(f), n, n)
        for i in 1:n
            P[p[i], i] = one(eltype(f))
        end
        return P
    end
    getfield(F, name)
end
Base.propertynames(F::Union{QR, QRCompactWY}) = (:R, :Q)
Base.propertynames(F::QRPivoted) = (:R, :Q, :p, :P)
Base.iterate(F::Union{QR, QRCompactWY}, state = 1) = state > 2 ? nothing : (state == 1 ? F.Q : F.R, state + 1)
Base.iterate(F::QRPivoted, state = 1) = state > 3 ? nothing : ((F.Q, F.R, F.p)[state], state + 1)
function Base.show(io::IO, mime::MIME"text/plain", F::Union{QR, QRCompactWY, QRPivoted})
    print(io, typeof(F), "\nQ factor:\n")
    show(io, mime, F.Q)
    print(io, "\nR factor:\n")
    show(io, mime, F.R)
    if F isa QRPivoted
        print(io, "\npermutation:\n")
        show(io, mime, F.p)
    end
end
Matrix(F::Union{QR, QRCompactWY}) = F.Q * F.R
Matrix(F::QRPivoted) = (F.Q * F.R)[:, invperm(F.p)]
function Base.:\(F::Union{QR, QRCompactWY, QRPivoted}, b::AbstractVecOrMat)
    f = getfield(F, :factors)
    jpvt = F isa QRPivoted ? F.p : collect(1:size(f, 2))
    Base._qr_pivoted_solve(f, _qr_tau(F), jpvt, b)
end

# Q's reflections applied in place: b = Q * b (or Q' * b); b has size(Q, 1) rows
_lmul!(Q::Union{QRPackedQ, QRCompactWYQ}, b::AbstractVecOrMat) = Base._qr_mul!(b, Q.factors, _qr_tau(Q))
_lmul!(A::AdjointQ, b::AbstractVecOrMat) = Base._qr_adjoint_mul!(b, A.Q.factors, _qr_tau(A.Q))

Base.size(Q::Union{QRPackedQ, QRCompactWYQ}) = (size(Q.factors, 1), size(Q.factors, 1))
Base.size(A::AdjointQ) = reverse(size(A.Q))
Base.size(Q::AbstractQ, d::Integer) = d <= 2 ? size(Q)[d] : 1
Base.eltype(::AbstractQ{T}) where {T} = T
Base.ndims(::AbstractQ) = 2
Base.axes(Q::AbstractQ) = map(n -> 1:n, size(Q))
Base.adjoint(Q::AbstractQ) = AdjointQ{eltype(Q), typeof(Q)}(Q)
Base.adjoint(A::AdjointQ) = A.Q
Base.transpose(Q::AbstractQ{<:Real}) = adjoint(Q)
Base.inv(Q::AbstractQ) = adjoint(Q)
Base.parent(A::AdjointQ) = A.Q
Base.show(io::IO, ::MIME"text/plain", Q::AbstractQ) = print(io, Base.dims2string(size(Q)), " ", typeof(Q))

# the square matrix; Matrix(Q) of a QR's Q is the thin one, Q's first min(m, n) columns
Base.collect(Q::AbstractQ) = _lmul!(Q, Matrix{eltype(Q)}(I, size(Q)...))
Matrix(Q::AbstractQ) = collect(Q)
Matrix(Q::Union{QRPackedQ, QRCompactWYQ}) = _lmul!(Q, Matrix{eltype(Q)}(I, size(Q, 1), min(size(Q.factors)...)))
Base.Array(Q::AbstractQ) = Matrix(Q)
Base.copy(Q::AbstractQ) = collect(Q)
Base.getindex(Q::AbstractQ, i::Integer, j::Integer) = (Q * [k == j ? one(eltype(Q)) : zero(eltype(Q)) for k in 1:size(Q, 2)])[i]
Base.getindex(Q::AbstractQ, I...) = collect(Q)[I...]
Base.:(==)(Q::AbstractQ, A::AbstractMatrix) = collect(Q) == A
Base.:(==)(A::AbstractMatrix, Q::AbstractQ) = Q == A
Base.isapprox(Q::AbstractQ, A::AbstractMatrix; kws...) = isapprox(collect(Q), A; kws...)
Base.isapprox(A::AbstractMatrix, Q::AbstractQ; kws...) = isapprox(A, collect(Q); kws...)
det(Q::AbstractQ) = det(collect(Q))

function _q_operand(Q::AbstractQ, B::AbstractVecOrMat)
    T = promote_type(eltype(Q), eltype(B))
    m = size(Q, 1)
    k = size(B, 1)
    # a QR's (LQ's) Q also takes as many rows as A had columns (rows): the rest are zeros (Q * R
    # with a thin R, L * Q with a thin L)
    if Q isa Union{QRPackedQ, QRCompactWYQ, LQPackedQ}
        k in size(Q.factors) ||
            throw(DimensionMismatch("first dimension of B, $k, must equal one of the dimensions of Q, $(size(Q.factors))"))
    else
        k == size(Q, 2) ||
            throw(DimensionMismatch("second dimension of Q, $(size(Q, 2)), must coincide with first dimension of B, $k"))
    end
    C = B isa AbstractVector ? zeros(T, m) : zeros(T, m, size(B, 2))
    for j in 1:size(B, 2), i in 1:k
        C[i, j] = B[i, j]
    end
    C
end
Base.:*(Q::AbstractQ, B::AbstractVecOrMat) = _lmul!(Q, _q_operand(Q, B))
# B * Q as (Q' * B')'
function Base.:*(B::AbstractMatrix, Q::AbstractQ)
    size(B, 2) == size(Q, 1) || (Q isa LQPackedQ && size(B, 2) in size(Q.factors)) ||
        throw(DimensionMismatch("second dimension of A, $(size(B, 2)), must coincide with first dimension of Q, $(size(Q, 1))"))
    Matrix(adjoint(_lmul!(adjoint(Q), _q_operand(Q, Matrix(adjoint(B))))))
end
Base.:*(Q::AbstractQ, P::AbstractQ) = Q * collect(P)
Base.:*(Q::AbstractQ, x::Number) = collect(Q) * x
Base.:*(x::Number, Q::AbstractQ) = x * collect(Q)
Base.:\(Q::AbstractQ, B::AbstractVecOrMat) = Q' * B

# ---- SVD ---------------------------------------------------------------------------------

struct SVD{T, Tr, M<:AbstractArray{T}, C<:AbstractVector{Tr}} <: Factorization{T}
    U::M
    S::C
    Vt::M
end
"""
    svd(A; full = false) -> SVD

The singular value decomposition `A == F.U * Diagonal(F.S) * F.Vt` (`F.V = F.Vt'`), singular
values in decreasing order; `U, S, V = svd(A)` unpacks it. Thin by default (`U` is `m×k`,
`k = min(m, n)`); `full = true` makes `U` and `V` square. Computed by one-sided Jacobi
rotations (accurate to a few ulps of each singular value); a singular vector's sign may differ
from LAPACK's (both are right).
"""
function svd(A::AbstractMatrix; full::Bool = false)
    U, S, V = _jacobi_svd(A, full)
    Vt = Matrix(adjoint(V))
    SVD{eltype(U), eltype(S), typeof(U), typeof(S)}(U, S, Vt)
end
svd(x::Number; full::Bool = false) = svd(fill(x, 1, 1); full = full)
svd(v::AbstractVector; full::Bool = false) = svd(reshape(v, length(v), 1); full = full)
Base.getproperty(F::SVD, name::Symbol) = name === :V ? getfield(F, :Vt)' : getfield(F, name)
Base.propertynames(F::SVD) = (:U, :S, :V, :Vt)
Base.size(F::SVD) = (size(F.U, 1), size(F.Vt, 2))
Base.iterate(F::SVD, state = 1) = state > 3 ? nothing : ((F.U, F.S, F.V)[state], state + 1)
Matrix(F::SVD) = (F.U .* transpose(F.S)) * F.Vt
function Base.show(io::IO, mime::MIME"text/plain", F::SVD)
    _show_parts(io, mime, F, "U factor:" => F.U, "singular values:" => F.S, "Vt factor:" => F.Vt)
end
function Base.:\(F::SVD, b::AbstractVecOrMat)
    k = length(F.S)
    tol = iszero(k) ? zero(eltype(F.S)) : eps(eltype(F.S)) * F.S[1]
    Sinv = [s > tol ? inv(s) : zero(s) for s in F.S]
    F.Vt[1:k, :]' * (Sinv .* (F.U[:, 1:k]' * b))
end
Base.inv(F::SVD) = F \ Matrix{eltype(F.U)}(I, size(F.U, 1), size(F.U, 1))

"""
    svdvals(A)

The singular values of `A`, in decreasing order.
"""
svdvals(A::AbstractMatrix) = _jacobi_svd(A, false)[2]
svdvals(x::Number) = abs(x)
svdvals(v::AbstractVector) = [norm(v)]

# One-sided (Hestenes) Jacobi on the columns of A (of A' when it is wide): each rotation makes
# two columns orthogonal, until every pair is to working precision; the column norms are the
# singular values, the normalized columns U, the accumulated rotations V. Columns of U that
# the rank leaves undetermined (and the rest of a full U) are completed to an orthonormal basis.
function _jacobi_svd(A::AbstractMatrix, full::Bool)
    m, n = size(A)
    m < n && ((U, S, V) = _jacobi_svd(adjoint(A), full); return (V, S, U))
    T = typeof(zero(eltype(A)) / sqrt(abs2(one(eltype(A)))))
    W = Matrix{T}(undef, m, n)
    for j in 1:n, i in 1:m
        W[i, j] = A[i, j]
    end
    V = Matrix{T}(I, n, n)
    tol = eps(real(one(T)))
    for sweep in 1:80
        rotated = false
        for p in 1:n-1, q in p+1:n
            alpha = zero(real(T)); beta = zero(real(T)); gamma = zero(T)
            for i in 1:m
                alpha += abs2(W[i, p])
                beta += abs2(W[i, q])
                gamma += conj(W[i, p]) * W[i, q]
            end
            (iszero(gamma) || abs(gamma) <= tol * sqrt(alpha * beta)) && continue
            rotated = true
            zeta = (beta - alpha) / (2 * abs(gamma))
            t = (zeta >= 0 ? one(zeta) : -one(zeta)) / (abs(zeta) + sqrt(1 + zeta * zeta))
            c = 1 / sqrt(1 + t * t)
            s = c * t * (gamma / abs(gamma))
            for M in (W, V), i in 1:size(M, 1)
                mp = M[i, p]
                mq = M[i, q]
                M[i, p] = c * mp - conj(s) * mq
                M[i, q] = s * mp + c * mq
            end
        end
        rotated || break
        sweep == 80 && error("svd: the Jacobi iteration did not converge")
    end
    S = [Base._column_norm(W, 1, m, j) for j in 1:n]
    order = sortperm(S, rev = true)
    S = S[order]
    W = W[:, order]
    V = V[:, order]
    smax = isempty(S) ? zero(real(T)) : S[1]
    known = 0
    for j in 1:n
        if S[j] > smax * eps(real(one(T))) * m && !iszero(S[j])
            for i in 1:m
                W[i, j] /= S[j]
            end
            known = j
        end
    end
    U = full ? hcat(W, zeros(T, m, m - n)) : W
    _complete_orthonormal!(U, known)
    return U, S, V
end

# columns known+1:end of U become orthonormal to the first known and to each other: the unit
# vector that keeps most after two Gram-Schmidt passes against the columns so far
function _complete_orthonormal!(U::AbstractMatrix, known::Int)
    m, k = size(U)
    T = eltype(U)
    for j in known+1:k
        best = zeros(T, m)
        bestnorm = -one(real(T))
        for e in 1:m
            v = zeros(T, m)
            v[e] = one(T)
            for pass in 1:2, c in 1:j-1
                d = zero(T)
                for i in 1:m
                    d += conj(U[i, c]) * v[i]
                end
                for i in 1:m
                    v[i] -= d * U[i, c]
                end
            end
            nv = norm(v)
            if nv > bestnorm
                best, bestnorm = v, nv
            end
        end
        for i in 1:m
            U[i, j] = best[i] / bestnorm
        end
    end
    U
end

"""
    pinv(A; atol = 0, rtol)

The Moore-Penrose pseudoinverse, from the SVD: singular values at or below
`max(atol, rtol * σ₁)` count as zero (`rtol` defaults to `eps * min(m, n)` when `atol` is 0).
"""
function pinv(A::AbstractMatrix{T}; atol::Real = 0.0, rtol::Real = (eps(real(float(one(T)))) * min(size(A)...)) * iszero(atol)) where {T}
    m, n = size(A)
    Tout = typeof(zero(T) / sqrt(one(T) + one(T)))
    (m == 0 || n == 0) && return zeros(Tout, n, m)
    if isdiag(A)
        maxabs = maximum(abs(A[i, i]) for i in 1:min(m, n))
        tol = max(rtol * maxabs, atol)
        B = zeros(Tout, n, m)
        for i in 1:min(m, n)
            abs(A[i, i]) > tol && (B[i, i] = inv(A[i, i]))
        end
        return B
    end
    F = svd(A)
    tol = max(rtol * maximum(F.S), atol)
    Sinv = [s > tol ? inv(s) : zero(s) for s in F.S]
    F.Vt' * (Sinv .* F.U')
end
pinv(x::Number) = iszero(x) ? zero(inv(x)) : inv(x)
pinv(v::AbstractVector; kws...) = pinv(reshape(v, length(v), 1); kws...)

"""
    nullspace(A; atol = 0, rtol)

An orthonormal basis of the null space of `A` (as columns), from its full SVD: the right
singular vectors of the singular values at or below `max(atol, rtol * σ₁)`.
"""
function nullspace(A::AbstractVecOrMat; atol::Real = 0.0, rtol::Real = (min(size(A, 1), size(A, 2)) * eps(real(float(one(eltype(A)))))) * iszero(atol))
    m, n = size(A, 1), size(A, 2)
    T = typeof(zero(eltype(A)) / sqrt(one(eltype(A)) + one(eltype(A))))
    (m == 0 || n == 0) && return Matrix{T}(I, n, n)
    F = svd(A isa AbstractVector ? reshape(A, m, 1) : A; full = true)
    tol = max(atol, F.S[1] * rtol)
    first = count(s -> s > tol, F.S) + 1
    copy(F.Vt[first:end, :]')
end

"""
    cond(A, p = 2)

The condition number of `A` in the operator `p`-norm: the ratio of the largest to the
smallest singular value for `p = 2` (`Inf` when `A` is singular), else
`opnorm(A, p) * opnorm(inv(A), p)` for `p = 1` or `Inf`.
"""
function cond(A::AbstractMatrix, p::Real = 2)
    if p == 2
        v = svdvals(A)
        maxv = maximum(v)
        return iszero(maxv) ? oftype(maxv, Inf) : maxv / minimum(v)
    elseif p == 1 || p == Inf
        _check_square(A)
        local Ainv
        try
            Ainv = inv(A)
        catch e
            e isa SingularException || rethrow()
            return convert(float(real(eltype(A))), Inf)
        end
        return opnorm(A, p) * opnorm(Ainv, p)
    end
    throw(ArgumentError("p-norm must be 1, 2 or Inf, got $p"))
end
cond(x::Number) = iszero(x) ? Inf : 1.0

# ---- Symmetric and Hermitian -------------------------------------------------------------

"""
    Symmetric(A, uplo = :U)
    Hermitian(A, uplo = :U)

`A`'s upper (`:U`) or lower (`:L`) triangle read as a symmetric (Hermitian) matrix, sharing
`A`'s storage: the other triangle is never read. `eigen`, `eigvals` and `cholesky` use it as
such; only diagonal entries can be set.
"""
struct Symmetric{T, S<:AbstractMatrix{<:T}} <: AbstractMatrix{T}
    data::S
    uplo::Char
end
struct Hermitian{T, S<:AbstractMatrix{<:T}} <: AbstractMatrix{T}
    data::S
    uplo::Char
end
const _SymOrHerm = Union{Symmetric, Hermitian}
function _uplo_char(uplo::Symbol)
    uplo === :U && return 'U'
    uplo === :L && return 'L'
    throw(ArgumentError("uplo argument must be either :U (upper) or :L (lower), got :$uplo"))
end
Symmetric(A::AbstractMatrix, uplo::Symbol = :U) = Symmetric{eltype(A), typeof(A)}(_check_square(A), _uplo_char(uplo))
Hermitian(A::AbstractMatrix, uplo::Symbol = :U) = Hermitian{eltype(A), typeof(A)}(_check_square(A), _uplo_char(uplo))
Symmetric(S::Symmetric, uplo::Symbol = :U) = S
Hermitian(H::Hermitian, uplo::Symbol = :U) = H
Base.size(S::_SymOrHerm) = size(S.data)
Base.parent(S::_SymOrHerm) = S.data
function Base.getindex(S::Symmetric, i::Integer, j::Integer)
    i == j && return S.data[i, i]
    (i < j) == (S.uplo == 'U') ? S.data[i, j] : transpose(S.data[j, i])
end
function Base.getindex(H::Hermitian, i::Integer, j::Integer)
    i == j && (d = H.data[i, i]; return convert(typeof(d), real(d)))
    (i < j) == (H.uplo == 'U') ? H.data[i, j] : adjoint(H.data[j, i])
end
function Base.setindex!(S::_SymOrHerm, v, i::Integer, j::Integer)
    i == j || throw(ArgumentError("Cannot set a non-diagonal index in a $(S isa Symmetric ? "symmetric" : "Hermitian") matrix"))
    S.data[i, i] = v
    S
end
Matrix(S::_SymOrHerm) = [S[i, j] for i in 1:size(S, 1), j in 1:size(S, 2)]
Base.copy(S::Symmetric) = Symmetric(copy(S.data), S.uplo == 'U' ? :U : :L)
Base.copy(H::Hermitian) = Hermitian(copy(H.data), H.uplo == 'U' ? :U : :L)
Base.transpose(S::Symmetric) = S
Base.adjoint(S::Symmetric{<:Real}) = S
Base.adjoint(H::Hermitian) = H
# Arithmetic that keeps the structure, as Julia's symmetric.jl: negation, sums and differences
# of two Symmetric (two Hermitian) matrices, scaling by a number (a real one for Hermitian).
# The result reads the first operand's triangle when both read the same one, else the upper.
_sym_uplo(c::Char) = c == 'U' ? :U : :L
-(S::Symmetric) = Symmetric(-S.data, _sym_uplo(S.uplo))
-(H::Hermitian) = Hermitian(-H.data, _sym_uplo(H.uplo))
for op in (:+, :-)
    @eval begin
        function $op(A::Symmetric, B::Symmetric)
            A.uplo == B.uplo && return Symmetric($op(A.data, B.data), _sym_uplo(A.uplo))
            A.uplo == 'U' ? Symmetric($op(A.data, copy(transpose(B.data))), :U) : Symmetric($op(copy(transpose(A.data)), B.data), :U)
        end
        function $op(A::Hermitian, B::Hermitian)
            A.uplo == B.uplo && return Hermitian($op(A.data, B.data), _sym_uplo(A.uplo))
            A.uplo == 'U' ? Hermitian($op(A.data, copy(adjoint(B.data))), :U) : Hermitian($op(copy(adjoint(A.data)), B.data), :U)
        end
        $op(A::Hermitian, B::Symmetric{<:Real}) = $op(A, Hermitian(B.data, _sym_uplo(B.uplo)))
        $op(A::Symmetric{<:Real}, B::Hermitian) = $op(Hermitian(A.data, _sym_uplo(A.uplo)), B)
    end
end
*(S::Symmetric, x::Number) = Symmetric(S.data * x, _sym_uplo(S.uplo))
*(x::Number, S::Symmetric) = Symmetric(x * S.data, _sym_uplo(S.uplo))
Base.:/(S::Symmetric, x::Number) = Symmetric(S.data / x, _sym_uplo(S.uplo))
*(H::Hermitian, x::Real) = Hermitian(H.data * x, _sym_uplo(H.uplo))
*(x::Real, H::Hermitian) = Hermitian(x * H.data, _sym_uplo(H.uplo))
Base.:/(H::Hermitian, x::Real) = Hermitian(H.data / x, _sym_uplo(H.uplo))
issymmetric(::Symmetric) = true
ishermitian(::Hermitian) = true
ishermitian(S::Symmetric{<:Real}) = true
issymmetric(H::Hermitian{<:Real}) = true

# ---- tridiagonal and bidiagonal matrices ---------------------------------------------------

"""
    Tridiagonal(dl, d, du)
    Tridiagonal(A)

The tridiagonal matrix with subdiagonal `dl`, diagonal `d` and superdiagonal `du`, stored as
those vectors: products, `\\` (Gaussian elimination with partial pivoting, as LAPACK's gtsv),
`det`, `Matrix(T)`; shown with `⋅` off the three diagonals.
"""
struct Tridiagonal{T, V<:AbstractVector{T}} <: AbstractMatrix{T}
    dl::V
    d::V
    du::V
end
function Tridiagonal(dl::AbstractVector, d::AbstractVector, du::AbstractVector)
    n = length(d)
    (length(dl) == n - 1 && length(du) == n - 1) || throw(ArgumentError(string("cannot construct Tridiagonal from incompatible ",
        "lengths of subdiagonal, diagonal and superdiagonal: (", length(dl), ", ", length(d), ", ", length(du), ")")))
    T = promote_type(eltype(dl), eltype(d), eltype(du))
    v(x) = eltype(x) === T ? x : convert(Vector{T}, x)
    dl2, d2, du2 = v(dl), v(d), v(du)
    typeof(dl2) === typeof(d2) === typeof(du2) || ((dl2, d2, du2) = (Vector{T}(dl2), Vector{T}(d2), Vector{T}(du2)))
    Tridiagonal{T, typeof(d2)}(dl2, d2, du2)
end
Tridiagonal(A::AbstractMatrix) = Tridiagonal(diag(A, -1), diag(A), diag(A, 1))

"""
    SymTridiagonal(dv, ev)
    SymTridiagonal(A)

The symmetric tridiagonal matrix with diagonal `dv` and off-diagonal `ev` (both sides).
"""
struct SymTridiagonal{T, V<:AbstractVector{T}} <: AbstractMatrix{T}
    dv::V
    ev::V
end
function SymTridiagonal(dv::AbstractVector, ev::AbstractVector)
    length(ev) in (length(dv) - 1, length(dv)) || throw(DimensionMismatch(string("subdiagonal has wrong length. Has length ",
        length(ev), ", but should be either ", length(dv) - 1, " or ", length(dv), ".")))
    T = promote_type(eltype(dv), eltype(ev))
    SymTridiagonal{T, Vector{T}}(convert(Vector{T}, dv), convert(Vector{T}, ev))
end
SymTridiagonal(A::AbstractMatrix) = issymmetric(A) ? SymTridiagonal(diag(A), diag(A, 1)) :
    throw(ArgumentError("matrix is not symmetric; cannot convert to SymTridiagonal"))

"""
    Bidiagonal(dv, ev, uplo)

The bidiagonal matrix with diagonal `dv` and `ev` above it (`uplo = :U`) or below it (`:L`).
"""
struct Bidiagonal{T, V<:AbstractVector{T}} <: AbstractMatrix{T}
    dv::V
    ev::V
    uplo::Char
end
function Bidiagonal(dv::AbstractVector, ev::AbstractVector, uplo::Symbol)
    length(ev) == length(dv) - 1 || throw(DimensionMismatch(string("length of diagonal vector is ", length(dv),
        ", length of off-diagonal vector is ", length(ev))))
    T = promote_type(eltype(dv), eltype(ev))
    Bidiagonal{T, Vector{T}}(convert(Vector{T}, dv), convert(Vector{T}, ev), _uplo_char(uplo))
end
Bidiagonal(A::AbstractMatrix, uplo::Symbol) = Bidiagonal(diag(A), diag(A, uplo === :U ? 1 : -1), uplo)

const _Banded = Union{Tridiagonal, SymTridiagonal, Bidiagonal}
Base.size(T::Tridiagonal) = (length(T.d), length(T.d))
Base.size(T::Union{SymTridiagonal, Bidiagonal}) = (length(T.dv), length(T.dv))
# the entry (i, j) or nothing when it lies outside the band (a structural zero)
function _band_entry(T::Tridiagonal, i, j)
    i == j ? T.d[i] : i == j + 1 ? T.dl[j] : j == i + 1 ? T.du[i] : nothing
end
_band_entry(T::SymTridiagonal, i, j) = i == j ? T.dv[i] : abs(i - j) == 1 ? T.ev[min(i, j)] : nothing
function _band_entry(B::Bidiagonal, i, j)
    i == j && return B.dv[i]
    B.uplo == 'U' ? (j == i + 1 ? B.ev[i] : nothing) : (i == j + 1 ? B.ev[j] : nothing)
end
function Base.getindex(T::_Banded, i::Integer, j::Integer)
    Base.checkbounds(T, i, j)
    x = _band_entry(T, i, j)
    x === nothing ? zero(eltype(T)) : x
end
_band_name(::Tridiagonal) = "tridiagonal"
_band_name(::SymTridiagonal) = "symmetric tridiagonal"
_band_name(B::Bidiagonal) = B.uplo == 'U' ? "upper bidiagonal" : "lower bidiagonal"
function Base.setindex!(T::Tridiagonal, x, i::Integer, j::Integer)
    Base.checkbounds(T, i, j)
    if i == j
        T.d[i] = x
    elseif i == j + 1
        T.dl[j] = x
    elseif j == i + 1
        T.du[i] = x
    elseif !iszero(x)
        throw(ArgumentError(string("cannot set entry (", i, ", ", j, ") off the tridiagonal band to a nonzero value (", x, ")")))
    end
    T
end
function Base.setindex!(B::Bidiagonal, x, i::Integer, j::Integer)
    Base.checkbounds(B, i, j)
    if i == j
        B.dv[i] = x
    elseif (B.uplo == 'U' && j == i + 1) || (B.uplo == 'L' && i == j + 1)
        B.ev[min(i, j)] = x
    elseif !iszero(x)
        throw(ArgumentError(string("cannot set entry (", i, ", ", j, ") off the ", _band_name(B), " band to a nonzero value (", x, ")")))
    end
    B
end
function Base.setindex!(S::SymTridiagonal, x, i::Integer, j::Integer)
    Base.checkbounds(S, i, j)
    i == j || throw(ArgumentError(string("cannot set off-diagonal entry (", i, ", ", j, ")")))
    S.dv[i] = x
    S
end
Base.replace_in_print_matrix(T::_Banded, i::Integer, j::Integer, s::AbstractString) =
    _band_entry(T, i, j) === nothing ? Base.replace_with_centered_mark(s) : s
Matrix(T::_Banded) = [T[i, j] for i in 1:size(T, 1), j in 1:size(T, 2)]
Base.copy(T::Tridiagonal) = Tridiagonal(copy(T.dl), copy(T.d), copy(T.du))
Base.copy(S::SymTridiagonal) = SymTridiagonal(copy(S.dv), copy(S.ev))
Base.copy(B::Bidiagonal) = Bidiagonal(copy(B.dv), copy(B.ev), B.uplo == 'U' ? :U : :L)
function diag(T::_Banded, k::Integer = 0)
    n = size(T, 1)
    -n <= k <= n || throw(ArgumentError(string("requested diagonal, ", k, ", must be at least ", -n, " and at most ", n, " for an ", n, "-by-", n, " matrix")))
    [T[i, i + k] for i in max(1, 1 - k):min(n, n - k)]
end
tr(T::_Banded) = sum(diag(T))
Base.transpose(T::Tridiagonal) = Tridiagonal(T.du, T.d, T.dl)
Base.adjoint(T::Tridiagonal) = Tridiagonal(conj(T.du), conj(T.d), conj(T.dl))
Base.transpose(S::SymTridiagonal) = S
Base.adjoint(S::SymTridiagonal{<:Real}) = S
Base.transpose(B::Bidiagonal) = Bidiagonal(B.dv, B.ev, B.uplo == 'U' ? :L : :U)
Base.adjoint(B::Bidiagonal) = Bidiagonal(conj(B.dv), conj(B.ev), B.uplo == 'U' ? :L : :U)
issymmetric(S::SymTridiagonal) = true
istriu(B::Bidiagonal) = B.uplo == 'U' || all(iszero, B.ev)
istril(B::Bidiagonal) = B.uplo == 'L' || all(iszero, B.ev)
==(A::Tridiagonal, B::Tridiagonal) = A.dl == B.dl && A.d == B.d && A.du == B.du
==(A::SymTridiagonal, B::SymTridiagonal) = A.dv == B.dv && A.ev == B.ev
for op in (:+, :-)
    @eval $op(A::Tridiagonal, B::Tridiagonal) = Tridiagonal($op(A.dl, B.dl), $op(A.d, B.d), $op(A.du, B.du))
    @eval $op(A::SymTridiagonal, B::SymTridiagonal) = SymTridiagonal($op(A.dv, B.dv), $op(A.ev, B.ev))
end
-(A::Tridiagonal) = Tridiagonal(-A.dl, -A.d, -A.du)
-(A::SymTridiagonal) = SymTridiagonal(-A.dv, -A.ev)
*(x::Number, A::Tridiagonal) = Tridiagonal(x * A.dl, x * A.d, x * A.du)
*(A::Tridiagonal, x::Number) = x * A
*(x::Number, A::SymTridiagonal) = SymTridiagonal(x * A.dv, x * A.ev)
*(A::SymTridiagonal, x::Number) = x * A
*(x::Number, B::Bidiagonal) = Bidiagonal(x * B.dv, x * B.ev, B.uplo == 'U' ? :U : :L)
*(B::Bidiagonal, x::Number) = x * B
function *(T::_Banded, v::AbstractVector)
    n = size(T, 1)
    length(v) == n || throw(DimensionMismatch(string("second dimension of A, ", n, ", does not match length of x, ", length(v))))
    out = zeros(promote_type(eltype(T), eltype(v)), n)
    for i in 1:n, j in max(1, i - 1):min(n, i + 1)
        x = _band_entry(T, i, j)
        x === nothing || (out[i] += x * v[j])
    end
    out
end
# det by the three-term recurrence of the leading minors (Julia's det_usmani)
function det(T::Union{Tridiagonal, SymTridiagonal})
    n = size(T, 1)
    n == 0 && return one(eltype(T))
    sub, dia, sup = T isa Tridiagonal ? (T.dl, T.d, T.du) : (T.ev, T.dv, T.ev)
    prev, cur = one(eltype(T)), dia[1]
    for k in 2:n
        prev, cur = cur, dia[k] * cur - sub[k - 1] * sup[k - 1] * prev
    end
    cur
end
det(B::Bidiagonal) = prod(B.dv)
# Gaussian elimination with partial pivoting on the band (LAPACK's gtsv): the rows' second
# superdiagonal appears where rows are exchanged
function Base.:\(T::Tridiagonal, b::AbstractVecOrMat)
    n = size(T, 1)
    size(b, 1) == n || throw(DimensionMismatch(string("matrix has dimensions (", n, ",", n, ") but right hand side has ", size(b, 1), " rows")))
    S = typeof(one(eltype(T)) / one(eltype(T)) * one(eltype(b)))
    dl = Vector{S}(T.dl); d = Vector{S}(T.d); du = Vector{S}(T.du); du2 = zeros(S, max(n - 2, 0))
    x = Matrix{S}(undef, n, size(b, 2))
    for j in 1:size(b, 2), i in 1:n
        x[i, j] = b[i, j]
    end
    for i in 1:n-1
        if abs(d[i]) >= abs(dl[i])
            iszero(d[i]) && throw(SingularException(i))
            f = dl[i] / d[i]
            d[i + 1] -= f * du[i]
            for j in 1:size(x, 2)
                x[i + 1, j] -= f * x[i, j]
            end
        else
            f = d[i] / dl[i]
            d[i] = dl[i]
            t = d[i + 1]
            d[i + 1] = du[i] - f * t
            if i < n - 1
                du2[i] = du[i + 1]
                du[i + 1] = -f * du2[i]
            end
            du[i] = t
            for j in 1:size(x, 2)
                x[i, j], x[i + 1, j] = x[i + 1, j], x[i, j] - f * x[i + 1, j]
            end
        end
    end
    iszero(d[n]) && throw(SingularException(n))
    for j in 1:size(x, 2)
        x[n, j] /= d[n]
        n > 1 && (x[n - 1, j] = (x[n - 1, j] - du[n - 1] * x[n, j]) / d[n - 1])
        for i in n-2:-1:1
            x[i, j] = (x[i, j] - du[i] * x[i + 1, j] - du2[i] * x[i + 2, j]) / d[i]
        end
    end
    b isa AbstractVector ? vec(x) : x
end
Base.:\(S::SymTridiagonal, b::AbstractVecOrMat) = Tridiagonal(S.ev[1:size(S, 1) - 1], S.dv, S.ev[1:size(S, 1) - 1]) \ b
Base.:\(B::Bidiagonal, b::AbstractVecOrMat) = Base._triangular_solve(B, b, B.uplo == 'U')

struct LDLt{T, S<:AbstractMatrix{T}} <: Factorization{T}
    data::S
end
"""
    ldlt(S::SymTridiagonal) -> LDLt

The factorization `S = L * Diagonal(d) * L'` with `L` unit lower bidiagonal: `F.d`, `F.D`,
`F.L`, `F.Lt`, `F \\ b`, `det(F)`.
"""
function ldlt(S::SymTridiagonal)
    n = size(S, 1)
    T = typeof(one(eltype(S)) / one(eltype(S)))
    d = Vector{T}(S.dv)
    e = Vector{T}(S.ev[1:max(n - 1, 0)])
    for i in 1:n-1
        iszero(d[i]) && throw(ZeroPivotException(i))
        l = e[i] / d[i]
        d[i + 1] -= l * e[i]
        e[i] = l
    end
    LDLt{T, SymTridiagonal{T, Vector{T}}}(SymTridiagonal(d, e))
end
struct ZeroPivotException <: Exception
    info::Int
end
Base.showerror(io::IO, e::ZeroPivotException) = print(io, "ZeroPivotException: factorization encountered one or more zero pivots. Consider switching to a pivoted LU factorization.")
Base.size(F::LDLt) = size(F.data)
function Base.getproperty(F::LDLt, name::Symbol)
    data = getfield(F, :data)
    name === :d && return data.dv
    name === :D && return Diagonal(data.dv)
    name === :L && return Bidiagonal(ones(eltype(data), size(data, 1)), data.ev, :L)
    name === :Lt && return Bidiagonal(ones(eltype(data), size(data, 1)), data.ev, :U)
    getfield(F, name)
end
Base.propertynames(F::LDLt) = (:d, :D, :L, :Lt, :data)
Base.:\(F::LDLt, b::AbstractVecOrMat) = F.Lt \ (F.D \ (F.L \ b))
det(F::LDLt) = prod(F.d)
issuccess(F::LDLt) = true
Base.show(io::IO, mime::MIME"text/plain", F::LDLt) = _show_parts(io, mime, F, "L factor:" => F.L, "D factor:" => F.D)

# ---- LQ and Hessenberg ------------------------------------------------------------------

"""
    lq(A) -> LQ

`A = L * Q` with `L` lower triangular and `Q` orthogonal (`F.L`, `F.Q`, `F \\ b` for a wide `A`:
its minimum-norm solution): the QR factorization of `A'`, transposed, as LAPACK's gelqf.
"""
struct LQ{T, S<:AbstractMatrix{T}, C<:AbstractVector{T}} <: Factorization{T}
    factors::S     # the Householder QR of A' (their reflectors are gelqf's, transposed)
    τ::C
end
struct LQPackedQ{T, S<:AbstractMatrix{T}, C<:AbstractVector{T}} <: AbstractQ{T}
    factors::S
    τ::C
end
LQPackedQ(f::AbstractMatrix, tau::AbstractVector) = LQPackedQ{eltype(f), typeof(f), typeof(tau)}(f, tau)
function lq(A::AbstractMatrix{<:Real})
    f, tau = Base._qr_unpivoted!(Base._qr_copy(transpose(A)))
    LQ{eltype(f), typeof(f), typeof(tau)}(f, tau)
end
lq(x::Number) = lq(fill(x, 1, 1))
Base.size(F::LQ) = reverse(size(getfield(F, :factors)))
function Base.getproperty(F::LQ, name::Symbol)
    f = getfield(F, :factors)
    m, n = size(f)    # of A'
    name === :L && return Matrix(transpose(triu(f[1:min(m, n), 1:n])))
    name === :Q && return LQPackedQ(f, getfield(F, :τ))
    getfield(F, name)
end
Base.propertynames(F::LQ) = (:L, :Q)
Base.iterate(F::LQ, state = 1) = state > 2 ? nothing : (state == 1 ? F.L : F.Q, state + 1)
Base.show(io::IO, mime::MIME"text/plain", F::LQ) = (_show_parts(io, mime, F, "L factor:" => F.L); print(io, "\nQ factor: "); show(io, mime, F.Q))
Matrix(F::LQ) = F.L * F.Q
Base.size(Q::LQPackedQ) = (size(Q.factors, 1), size(Q.factors, 1))
# Q = (the QR's Q)': Q * B applies the QR's adjoint, Q' * B the QR's Q
_lmul!(Q::LQPackedQ, b::AbstractVecOrMat) = Base._qr_adjoint_mul!(b, Q.factors, Q.τ)
_lmul!(A::AdjointQ{T, <:LQPackedQ{T}}, b::AbstractVecOrMat) where {T} = Base._qr_mul!(b, A.Q.factors, A.Q.τ)
Matrix(Q::LQPackedQ) = collect(Q)[1:min(size(Q.factors)...), :]
# a wide A's minimum-norm solution: L y = b, then x = Q' [y; 0]
function Base.:\(F::LQ, b::AbstractVector)
    L = F.L
    k = size(L, 2)
    y = Base._triangular_solve(L[1:k, 1:k], b[1:k], false)
    z = zeros(eltype(y), size(F, 2))
    z[1:k] = y
    F.Q' * z
end

"""
    hessenberg(A) -> Hessenberg

`A = Q * H * Q'` with `H` upper Hessenberg (zero below the first subdiagonal) and `Q`
orthogonal, by Householder reflections (LAPACK's gehrd): `F.H`, `F.Q`, `Q, H = hessenberg(A)`.
"""
struct Hessenberg{T, S<:AbstractMatrix{T}} <: Factorization{T}
    H::S
    Q::Matrix{T}
end
"""
    UpperHessenberg(A)

A view of `A` with the entries below its first subdiagonal taken as zero (shown as `⋅`).
"""
struct UpperHessenberg{T, S<:AbstractMatrix{T}} <: AbstractMatrix{T}
    data::S
end
UpperHessenberg(A::AbstractMatrix) = UpperHessenberg{eltype(A), typeof(A)}(_check_square(A))
Base.size(H::UpperHessenberg) = size(H.data)
Base.getindex(H::UpperHessenberg, i::Integer, j::Integer) = i <= j + 1 ? H.data[i, j] : zero(eltype(H))
Base.replace_in_print_matrix(H::UpperHessenberg, i::Integer, j::Integer, s::AbstractString) = i <= j + 1 ? s : Base.replace_with_centered_mark(s)
Matrix(H::UpperHessenberg) = [H[i, j] for i in 1:size(H, 1), j in 1:size(H, 2)]
Base.parent(H::UpperHessenberg) = H.data
function hessenberg(A::AbstractMatrix)
    H, Q = _hessenberg_householder(A)
    T = eltype(H)
    Hessenberg{T, UpperHessenberg{T, Matrix{T}}}(UpperHessenberg(H), Q)
end
# (H, Q) with A = Q * H * Q', H upper Hessenberg, by Householder reflections
function _hessenberg_householder(A::AbstractMatrix)
    n = size(_check_square(A), 1)
    T = typeof(one(eltype(A)) / one(eltype(A)))
    H = Matrix{T}(A)
    Q = Matrix{T}(I, n, n)
    for k in 1:n-2
        x = H[k+1:n, k]
        nx = norm(x)
        iszero(nx) && continue
        alpha = -_householder_phase(x[1]) * nx
        v = copy(x)
        v[1] -= alpha
        vv = real(dot(v, v))
        iszero(vv) && continue
        # H = P H P and Q = Q P with P = I - 2vv'/v'v acting on rows and columns k+1:n
        for j in 1:n
            s = 2 * sum(conj(v[i]) * H[k + i, j] for i in eachindex(v)) / vv
            for i in eachindex(v)
                H[k + i, j] -= s * v[i]
            end
        end
        for M in (H, Q), i in 1:n
            s = 2 * sum(M[i, k + j] * v[j] for j in eachindex(v)) / vv
            for j in eachindex(v)
                M[i, k + j] -= s * conj(v[j])
            end
        end
        for i in k+2:n
            H[i, k] = zero(T)
        end
    end
    H, Q
end
# the reflection sends x to -phase(x₁)‖x‖e₁ (LAPACK's sign for real x; x₁'s phase for complex)
_householder_phase(x::Real) = x > 0 ? one(x) : -one(x)
_householder_phase(x::Complex) = iszero(x) ? one(x) : x / abs(x)
Base.size(F::Hessenberg) = size(F.H)
Base.iterate(F::Hessenberg, state = 1) = state > 2 ? nothing : (state == 1 ? F.Q : F.H, state + 1)
Matrix(F::Hessenberg) = F.Q * Matrix(F.H) * F.Q'
Base.show(io::IO, mime::MIME"text/plain", F::Hessenberg) = _show_parts(io, mime, F, "Q factor:" => F.Q, "H factor:" => F.H)

# ---- in place, BLAS-style -----------------------------------------------------------------

"""
    ldiv!(F, B)
    ldiv!(Y, F, B)

`F \\ B` written into `B` (or `Y`) and returned, for a factorization or a triangular, diagonal,
tridiagonal or bidiagonal `F`.
"""
const _LeftDivisor = Union{Factorization, UpperTriangular, LowerTriangular, Diagonal, Tridiagonal, SymTridiagonal, Bidiagonal}
ldiv!(F::_LeftDivisor, B::AbstractVecOrMat) = copyto!(B, F \ B)
ldiv!(Y::AbstractVecOrMat, F::_LeftDivisor, B::AbstractVecOrMat) = copyto!(Y, F \ B)
"""
    lmul!(a, B)
    rmul!(A, b)

`B` scaled by the number `a` from the left (`A` by `b` from the right) in place; also by a
`Diagonal`, a triangular matrix or an `AbstractQ`. Returns the scaled array.
"""
function lmul!(a::Number, B::AbstractArray)
    for i in eachindex(B)
        B[i] = a * B[i]
    end
    B
end
function rmul!(A::AbstractArray, b::Number)
    for i in eachindex(A)
        A[i] = A[i] * b
    end
    A
end
lmul!(D::Diagonal, B::AbstractVecOrMat) = copyto!(B, D * B)
rmul!(A::AbstractMatrix, D::Diagonal) = copyto!(A, A * D)
lmul!(U::Union{UpperTriangular, LowerTriangular}, B::AbstractVecOrMat) = copyto!(B, U * B)
rmul!(A::AbstractMatrix, U::Union{UpperTriangular, LowerTriangular}) = copyto!(A, A * U)
lmul!(Q::AbstractQ, B::AbstractVecOrMat) = _lmul!(Q, B)
"""
    axpy!(α, x, y)
    axpby!(α, x, β, y)

`y .= α .* x .+ y` (`y .= α .* x .+ β .* y`) in place; returns `y`.
"""
function axpy!(α, x::AbstractArray, y::AbstractArray)
    length(x) == length(y) || throw(DimensionMismatch(string("x has length ", length(x), ", but y has length ", length(y))))
    for (i, j) in zip(eachindex(x), eachindex(y))
        y[j] += α * x[i]
    end
    y
end
function axpby!(α, x::AbstractArray, β, y::AbstractArray)
    length(x) == length(y) || throw(DimensionMismatch(string("x has length ", length(x), ", but y has length ", length(y))))
    for (i, j) in zip(eachindex(x), eachindex(y))
        y[j] = α * x[i] + β * y[j]
    end
    y
end

"""
    factorize(A)

The factorization that suits `A`'s structure, as Julia chooses it: a `Diagonal`, `Bidiagonal`,
triangular wrapper or an `lu` of the `Tridiagonal` for banded and triangular matrices, `cholesky`
for a positive definite symmetric one, `lu` for other square ones, `qr(A, ColumnNorm())` for a
rectangular one. (Julia's Bunch–Kaufman for indefinite symmetric matrices is an `lu` here.)
"""
function factorize(A::AbstractMatrix)
    m, n = size(A)
    m == n || return qr(A, ColumnNorm())
    m == 1 && return A[1]
    upper = istriu(A)
    lower = istril(A)
    upper_bi = istriu(A, -1)   # zero below the first subdiagonal
    lower_bi = istril(A, 1)    # zero above the first superdiagonal
    if upper && lower
        return Diagonal(diag(A))
    elseif lower && istriu(A, -1)
        return Bidiagonal(diag(A), diag(A, -1), :L)
    elseif upper && istril(A, 1)
        return Bidiagonal(diag(A), diag(A, 1), :U)
    elseif upper
        return UpperTriangular(A)
    elseif lower
        return LowerTriangular(A)
    end
    # (Hermitian before tridiagonal, as Julia's: a positive definite matrix gets its Cholesky)
    if ishermitian(A)
        C = cholesky(A; check = false)
        issuccess(C) && return C
    end
    upper_bi && lower_bi && return lu(Tridiagonal(diag(A, -1), diag(A), diag(A, 1)))
    lu(A)
end
lu(T::Tridiagonal) = lu(Matrix(T))

"""
    BLAS

Julia's BLAS routines by name, computed here in Julia code (there is no native BLAS):
`dot`, `dotc`, `nrm2`, `asum`, `axpy!`, `axpby!`, `scal!`, `scal`, `gemv`, `gemv!`, `gemm`,
`gemm!`, `ger!`, and `set_num_threads`/`get_num_threads` (one thread).
"""
module BLAS
import ..LinearAlgebra
_op(t::AbstractChar, A) = t == 'N' ? A : t == 'T' ? transpose(A) : t == 'C' ? adjoint(A) :
    throw(ArgumentError(string("trans argument must be 'N' (no transpose), 'T' (transpose), or 'C' (conjugate transpose), got '", t, "'")))
dot(x::AbstractVector, y::AbstractVector) = transpose(x) * y
dotc(x::AbstractVector, y::AbstractVector) = LinearAlgebra.dot(x, y)
dotu(x::AbstractVector, y::AbstractVector) = transpose(x) * y
nrm2(x::AbstractArray) = LinearAlgebra.norm(x)
asum(x::AbstractArray) = sum(abs, x)
axpy!(α, x::AbstractArray, y::AbstractArray) = LinearAlgebra.axpy!(α, x, y)
axpby!(α, x::AbstractArray, β, y::AbstractArray) = LinearAlgebra.axpby!(α, x, β, y)
scal!(a, x::AbstractArray) = LinearAlgebra.lmul!(a, x)
scal(a, x::AbstractArray) = a * x
gemv(tA::AbstractChar, α, A::AbstractMatrix, x::AbstractVector) = α * (_op(tA, A) * x)
gemv(tA::AbstractChar, A::AbstractMatrix, x::AbstractVector) = _op(tA, A) * x
gemv!(tA::AbstractChar, α, A::AbstractMatrix, x::AbstractVector, β, y::AbstractVector) = LinearAlgebra.mul!(y, _op(tA, A), x, α, β)
gemm(tA::AbstractChar, tB::AbstractChar, α, A::AbstractMatrix, B::AbstractMatrix) = α * (_op(tA, A) * _op(tB, B))
gemm(tA::AbstractChar, tB::AbstractChar, A::AbstractMatrix, B::AbstractMatrix) = _op(tA, A) * _op(tB, B)
gemm!(tA::AbstractChar, tB::AbstractChar, α, A::AbstractMatrix, B::AbstractMatrix, β, C::AbstractMatrix) =
    LinearAlgebra.mul!(C, _op(tA, A), _op(tB, B), α, β)
function ger!(α, x::AbstractVector, y::AbstractVector, A::AbstractMatrix)
    for j in eachindex(y), i in eachindex(x)
        A[i, j] += α * x[i] * conj(y[j])
    end
    A
end
set_num_threads(n::Integer) = nothing
get_num_threads() = 1
end


# ---- real Schur form ---------------------------------------------------------------------

"""
    schur(A) -> Schur

The real Schur form `A = Z * T * Z'`: `T` quasi upper triangular (its 2×2 diagonal blocks, one
per complex conjugate pair of eigenvalues, with equal diagonal entries as LAPACK makes them),
`Z` orthogonal. `F.T` (`F.Schur`), `F.Z` (`F.vectors`), `F.values` (the eigenvalues in their
order on `T`'s diagonal, complex when some are), `T, Z, values = schur(A)`. By Hessenberg
reduction and Francis' double-shift QR iteration on the whole matrix; the order of the
eigenvalues and the signs of `Z`'s columns are the iteration's, which can differ from LAPACK's.
"""
struct Schur{Ty, S<:AbstractMatrix, C<:AbstractVector} <: Factorization{Ty}
    T::S
    Z::S
    values::C
end
function schur(A::AbstractMatrix{<:Real})
    n = size(_check_square(A), 1)
    R = float(eltype(A)) === Float32 ? Float32 : Float64
    H, Z = _hessenberg_householder(Matrix{Float64}(A))
    _francis_schur!(H, Z)
    vals = _schur_values(H)
    T = Matrix{R}(H)
    Zr = Matrix{R}(Z)
    v = all(iszero ∘ imag, vals) ? R[real(x) for x in vals] : Complex{R}[x for x in vals]
    Schur{R, Matrix{R}, typeof(v)}(T, Zr, v)
end
schur(x::Number) = schur(fill(x, 1, 1))
function Base.getproperty(F::Schur, name::Symbol)
    name === :Schur && return getfield(F, :T)
    name === :vectors && return getfield(F, :Z)
    getfield(F, name)
end
Base.propertynames(F::Schur) = (:T, :Z, :values, :Schur, :vectors)
Base.size(F::Schur) = size(getfield(F, :T))
Base.iterate(F::Schur, state = 1) = state > 3 ? nothing : ((F.T, F.Z, F.values)[state], state + 1)
Matrix(F::Schur) = F.Z * F.T * F.Z'
Base.show(io::IO, mime::MIME"text/plain", F::Schur) = _show_parts(io, mime, F, "T factor:" => F.T, "Z factor:" => F.Z, "eigenvalues:" => F.values)

# the eigenvalues of a quasi upper triangular matrix, in diagonal order
function _schur_values(T::Matrix{Float64})
    n = size(T, 1)
    vals = ComplexF64[]
    i = 1
    while i <= n
        if i < n && !iszero(T[i + 1, i])
            re = T[i, i]
            im_ = sqrt(abs(T[i, i + 1])) * sqrt(abs(T[i + 1, i]))
            push!(vals, complex(re, im_), complex(re, -im_))
            i += 2
        else
            push!(vals, complex(T[i, i], 0.0))
            i += 1
        end
    end
    vals
end

# A plane rotation (c, s) applied as LAPACK's drot to rows (columns) p and q of H over the given
# columns (rows): x, y = c x + s y, c y - s x
function _rot_rows!(H, p, q, c, s, cols)
    for j in cols
        x, y = H[p, j], H[q, j]
        H[p, j] = c * x + s * y
        H[q, j] = c * y - s * x
    end
end
function _rot_cols!(H, p, q, c, s, rows)
    for i in rows
        x, y = H[i, p], H[i, q]
        H[i, p] = c * x + s * y
        H[i, q] = c * y - s * x
    end
end
# LAPACK's dlanv2: the rotation making the 2×2 block [a b; c d] standard — upper triangular when
# its eigenvalues are real, equal diagonal entries and off-diagonal entries of opposite signs
# when they are complex. Returns the new (a, b, c, d) and (cs, sn).
function _standardize_2x2(a, b, c, d)
    cs, sn = 1.0, 0.0
    if iszero(c)
    elseif iszero(b)
        cs, sn = 0.0, 1.0
        a, d = d, a
        b, c = -c, 0.0
    elseif iszero(a - d) && sign(b) != sign(c)
    else
        temp = a - d
        p = 0.5 * temp
        bcmax = max(abs(b), abs(c))
        bcmis = min(abs(b), abs(c)) * sign(b) * sign(c)
        scale = max(abs(p), bcmax)
        z = p / scale * p + bcmax / scale * bcmis
        if z >= 4 * eps(Float64)
            # real eigenvalues
            z = p + copysign(sqrt(scale) * sqrt(z), p)
            a = d + z
            d = d - bcmax / z * bcmis
            tau = hypot(c, z)
            cs = z / tau
            sn = c / tau
            b = b - c
            c = 0.0
        else
            # complex (or nearly equal real) eigenvalues: equal diagonal entries
            sigma = b + c
            tau = hypot(sigma, temp)
            cs = sqrt(0.5 * (1 + abs(sigma) / tau))
            sn = -(p / (tau * cs)) * (sigma >= 0 ? 1.0 : -1.0)
            aa = a * cs + b * sn
            bb = -a * sn + b * cs
            cc = c * cs + d * sn
            dd = -c * sn + d * cs
            a = aa * cs + cc * sn
            b = bb * cs + dd * sn
            c = -aa * sn + cc * cs
            d = -bb * sn + dd * cs
            temp = 0.5 * (a + d)
            a = temp
            d = temp
            if !iszero(c)
                if !iszero(b)
                    if sign(b) == sign(c)
                        # real after all: make it upper triangular
                        sab = sqrt(abs(b))
                        sac = sqrt(abs(c))
                        p = copysign(sab * sac, c)
                        tau = 1 / sqrt(abs(b + c))
                        a = temp + p
                        d = temp - p
                        b = b - c
                        c = 0.0
                        cs1 = sab * tau
                        sn1 = sac * tau
                        temp = cs * cs1 - sn * sn1
                        sn = cs * sn1 + sn * cs1
                        cs = temp
                    end
                else
                    b = -c
                    c = 0.0
                    temp = cs
                    cs = -sn
                    sn = temp
                end
            end
        end
    end
    (a, b, c, d), (cs, sn)
end

# Francis' double-shift QR iteration on an upper Hessenberg H, applied to the whole matrix
# (so H becomes the real Schur form) and accumulated into Z
function _francis_schur!(H::Matrix{Float64}, Z::Matrix{Float64})
    n = size(H, 1)
    hi = n
    iterations = 0
    while hi >= 1
        # the active block lo:hi ends where a subdiagonal entry is negligible
        lo = hi
        while lo > 1
            s = abs(H[lo - 1, lo - 1]) + abs(H[lo, lo])
            iszero(s) && (s = _hessenberg_norm(H, 1, hi))
            if abs(H[lo, lo - 1]) <= eps(Float64) * s
                H[lo, lo - 1] = 0.0
                break
            end
            lo -= 1
        end
        if lo == hi
            hi -= 1
            iterations = 0
        elseif lo == hi - 1
            (a, b, c, d), (cs, sn) = _standardize_2x2(H[lo, lo], H[lo, hi], H[hi, lo], H[hi, hi])
            H[lo, lo], H[lo, hi], H[hi, lo], H[hi, hi] = a, b, c, d
            _rot_rows!(H, lo, hi, cs, sn, hi+1:n)
            _rot_cols!(H, lo, hi, cs, sn, 1:lo-1)
            _rot_cols!(Z, lo, hi, cs, sn, 1:n)
            hi -= 2
            iterations = 0
        else
            iterations += 1
            iterations > 30 * n && error("schur: the QR iteration did not converge")
            _francis_step!(H, Z, lo, hi, iterations)
        end
    end
    H
end
_hessenberg_norm(H, lo, hi) = sum(abs(H[i, j]) for j in lo:hi for i in lo:min(j + 1, hi); init = 0.0)
# one double-shift step on H[lo:hi, lo:hi] (shifts: the eigenvalues of the trailing 2×2 block,
# exceptional ones every tenth iteration), by 3×3 Householder reflections chasing the bulge
function _francis_step!(H, Z, lo, hi, iterations)
    n = size(H, 1)
    if iterations % 10 == 0
        w = abs(H[hi, hi - 1]) + abs(H[hi - 1, hi - 2])
        s = 1.5 * w
        t = w * w
    else
        s = H[hi - 1, hi - 1] + H[hi, hi]
        t = H[hi - 1, hi - 1] * H[hi, hi] - H[hi - 1, hi] * H[hi, hi - 1]
    end
    x = H[lo, lo] * H[lo, lo] + H[lo, lo + 1] * H[lo + 1, lo] - s * H[lo, lo] + t
    y = H[lo + 1, lo] * (H[lo, lo] + H[lo + 1, lo + 1] - s)
    z = H[lo + 1, lo] * H[lo + 2, lo + 1]
    for k in lo-1:hi-3
        v, beta = _house3(x, y, z)
        q = max(lo, k)
        _reflect_rows!(H, k + 1, v, beta, q:n)
        _reflect_cols!(H, k + 1, v, beta, 1:min(k + 4, hi))
        _reflect_cols!(Z, k + 1, v, beta, 1:n)
        if k >= lo
            H[k + 2, k] = 0.0
            H[k + 3, k] = 0.0
        end
        x = H[k + 2, k + 1]
        y = H[k + 3, k + 1]
        k < hi - 3 && (z = H[k + 4, k + 1])
    end
    # the last 2×2 reflection
    v, beta = _house2(x, y)
    _reflect_rows!(H, hi - 1, v, beta, hi-2:n)
    _reflect_cols!(H, hi - 1, v, beta, 1:hi)
    _reflect_cols!(Z, hi - 1, v, beta, 1:n)
    H[hi, hi - 2] = 0.0
    nothing
end
# Householder vector (v[1] = 1) and β with (I - β v v') [x, y, z] = (±‖·‖, 0, 0)
function _house3(x, y, z)
    sigma = y * y + z * z
    if iszero(sigma)
        return (1.0, 0.0, 0.0), 0.0
    end
    mu = sqrt(x * x + sigma)
    v1 = x <= 0 ? x - mu : -sigma / (x + mu)
    beta = 2 * v1 * v1 / (sigma + v1 * v1)
    (1.0, y / v1, z / v1), beta
end
function _house2(x, y)
    sigma = y * y
    iszero(sigma) && return (1.0, 0.0), 0.0
    mu = sqrt(x * x + sigma)
    v1 = x <= 0 ? x - mu : -sigma / (x + mu)
    beta = 2 * v1 * v1 / (sigma + v1 * v1)
    (1.0, y / v1), beta
end
# (I - β v v') applied to rows r, r+1, ... (columns c, c+1, ...) of H, v a tuple with v[1] = 1
function _reflect_rows!(H, r, v, beta, cols)
    for j in cols
        w = H[r, j]
        for t in 2:length(v)
            w += v[t] * H[r + t - 1, j]
        end
        w *= beta
        H[r, j] -= w
        for t in 2:length(v)
            H[r + t - 1, j] -= w * v[t]
        end
    end
end
function _reflect_cols!(H, c, v, beta, rows)
    for i in rows
        w = H[i, c]
        for t in 2:length(v)
            w += v[t] * H[i, c + t - 1]
        end
        w *= beta
        H[i, c] -= w
        for t in 2:length(v)
            H[i, c + t - 1] -= w * v[t]
        end
    end
end

"""
    sylvester(A, B, C)
    lyap(A, C)

The `X` with `A * X + X * B + C = 0` (`sylvester`) and with `A * X + X * A' + C = 0` (`lyap`,
the continuous Lyapunov equation), solved as the linear system `(I ⊗ A + Bᵀ ⊗ I) vec(X) =
-vec(C)` (Julia uses the Bartels–Stewart algorithm on Schur forms: the same solution, to
rounding, in O(n³) where this takes O(n⁶), fine for the small systems these usually are).
"""
function sylvester(A::AbstractMatrix, B::AbstractMatrix, C::AbstractMatrix)
    m = size(_check_square(A), 1)
    n = size(_check_square(B), 1)
    size(C) == (m, n) || throw(DimensionMismatch(string("C has dimensions ", size(C), ", expected (", m, ", ", n, ")")))
    K = kron(Matrix{eltype(B)}(I, n, n), A) + kron(transpose(B), Matrix{eltype(A)}(I, m, m))
    reshape(K \ (-vec(C)), m, n)
end
lyap(A::AbstractMatrix, C::AbstractMatrix) = sylvester(A, adjoint(A), C)
sylvester(a::Number, b::Number, c::Number) = -c / (a + b)
lyap(a::Number, c::Number) = -c / (2 * real(a))

# ---- complex matrices: Schur form and eigenproblems ---------------------------------------

"""
    schur(A::AbstractMatrix{<:Complex})

The complex Schur form `A = Z * T * Z'` with `T` upper triangular (the eigenvalues on its
diagonal) and `Z` unitary: Householder reduction to Hessenberg form, then the shifted QR
iteration (Wilkinson shifts, Givens rotations) on the whole matrix.
"""
function schur(A::AbstractMatrix{<:Complex})
    T, Z = _complex_schur(A)
    v = [T[i, i] for i in 1:size(T, 1)]
    Schur{ComplexF64, Matrix{ComplexF64}, Vector{ComplexF64}}(T, Z, v)
end
function _complex_schur(A::AbstractMatrix)
    H, Q = _hessenberg_householder(Matrix{ComplexF64}(_check_square(A)))
    _complex_qr_iteration!(H, Q)
    for j in 1:size(H, 1), i in j+1:size(H, 1)
        H[i, j] = 0
    end
    H, Q
end
# the rotation G = [c s; -conj(s) c] (c real) with G * [a; b] = [r; 0]
function _complex_givens(a::ComplexF64, b::ComplexF64)
    iszero(b) && return (1.0, zero(ComplexF64))
    iszero(a) && return (0.0, conj(b) / abs(b))
    r = hypot(abs(a), abs(b))
    (abs(a) / r, (a / abs(a)) * conj(b) / r)
end
function _complex_qr_iteration!(H::Matrix{ComplexF64}, Z::Matrix{ComplexF64})
    n = size(H, 1)
    hi = n
    iterations = 0
    while hi > 1
        lo = hi
        while lo > 1
            s = abs(H[lo - 1, lo - 1]) + abs(H[lo, lo])
            if abs(H[lo, lo - 1]) <= eps(Float64) * (iszero(s) ? 1.0 : s)
                H[lo, lo - 1] = 0
                break
            end
            lo -= 1
        end
        if lo == hi
            hi -= 1
            iterations = 0
            continue
        end
        iterations += 1
        iterations > 30 * n && error("schur: the QR iteration did not converge")
        # Wilkinson's shift: the eigenvalue of the trailing 2×2 block nearer its last entry
        a, b, c, d = H[hi - 1, hi - 1], H[hi - 1, hi], H[hi, hi - 1], H[hi, hi]
        if iterations % 10 == 0
            mu = d + abs(c)     # an exceptional shift against cycling
        else
            tr2 = (a + d) / 2
            disc = sqrt((a - d)^2 / 4 + b * c)
            mu1, mu2 = tr2 + disc, tr2 - disc
            mu = abs(mu1 - d) <= abs(mu2 - d) ? mu1 : mu2
        end
        x = H[lo, lo] - mu
        y = H[lo + 1, lo]
        for k in lo:hi-1
            cs, sn = _complex_givens(x, y)
            for j in max(lo, k - 1):n
                h1, h2 = H[k, j], H[k + 1, j]
                H[k, j] = cs * h1 + sn * h2
                H[k + 1, j] = -conj(sn) * h1 + cs * h2
            end
            for M in (H, Z), i in 1:(M === H ? min(k + 2, hi) : n)
                h1, h2 = M[i, k], M[i, k + 1]
                M[i, k] = h1 * cs + h2 * conj(sn)
                M[i, k + 1] = -h1 * sn + h2 * cs
            end
            # the bulge the rotation made below the subdiagonal is what the next one removes
            k > lo && (H[k + 1, k - 1] = 0)
            if k < hi - 1
                x = H[k + 1, k]
                y = H[k + 2, k]
            end
        end
    end
    H
end

"""
    eigvals(A::AbstractMatrix{<:Complex}), eigen(A::AbstractMatrix{<:Complex})

The eigenvalues of a complex matrix (from its complex Schur form), sorted by real then imaginary
part, and with `eigen` unit eigenvectors by inverse iteration, each scaled to make its largest
entry real. A `Hermitian` matrix's values are real and ascending with orthonormal vectors (the
Schur vectors); their phases can differ from LAPACK's.
"""
function eigvals(A::AbstractMatrix{<:Complex})
    ishermitian(A) && return eigvals(Hermitian(Matrix(A)))
    T, _ = _complex_schur(A)
    sort!([T[i, i] for i in 1:size(T, 1)], by = z -> (real(z), imag(z)))
end
function eigen(A::AbstractMatrix{<:Complex})
    ishermitian(A) && return eigen(Hermitian(Matrix(A)))
    vals = eigvals(A)
    vecs = _inverse_iteration(A, vals)
    Eigen{ComplexF64, ComplexF64, typeof(vecs), typeof(vals)}(vals, vecs)
end
function eigen(H::Hermitian{<:Complex})
    T, Z = _complex_schur(Matrix(H))
    vals = [real(T[i, i]) for i in 1:size(T, 1)]
    order = sortperm(vals)
    vecs = Z[:, order]
    Eigen{ComplexF64, Float64, typeof(vecs), Vector{Float64}}(vals[order], vecs)
end
eigvals(H::Hermitian{<:Complex}) = eigen(H).values
eigen(S::Union{Symmetric{<:Real}, Hermitian{<:Real}}) = eigen(Matrix(S))
eigvals(S::Union{Symmetric{<:Real}, Hermitian{<:Real}}) = eigvals(Matrix(S))

# ---- in-place forms ----------------------------------------------------------------------
# lu!, qr! and cholesky! leave the factors in A, as Julia's (LAPACK's) do, and the result
# shares them; the other "!" forms are documented as using A for scratch space: A's contents
# afterwards are unspecified, so they leave it as it was.
function lu!(A::AbstractMatrix)
    F = lu(A)
    copyto!(A, F.factors)
    LU{eltype(A), typeof(A), typeof(F.ipiv)}(A, F.ipiv, F.info)
end
function qr!(A::AbstractMatrix, pivot = NoPivot())
    F = qr(A, pivot)
    copyto!(A, F.factors)
    F isa QRCompactWY ? QRCompactWY{eltype(A), typeof(A), typeof(F.T)}(A, F.T) :
        F isa QRPivoted ? QRPivoted{eltype(A), typeof(A), typeof(F.τ), typeof(F.jpvt)}(A, F.τ, F.jpvt) :
        QR{eltype(A), typeof(A), typeof(F.τ)}(A, F.τ)
end
function cholesky!(A::AbstractMatrix; check::Bool = true)
    C = cholesky(A; check = check)
    n = size(A, 1)
    for j in 1:n, i in 1:j      # the upper triangle, as LAPACK's potrf with uplo = 'U'
        A[i, j] = C.factors[i, j]
    end
    Cholesky{eltype(A), typeof(A)}(A, 'U', C.info)
end
normalize!(v::AbstractArray, p::Real = 2) = (v ./= norm(v, p); v)
transpose!(B::AbstractMatrix, A::AbstractMatrix) = _flip_into!(transpose, B, A)
adjoint!(B::AbstractMatrix, A::AbstractMatrix) = _flip_into!(adjoint, B, A)
# B[j, i] = f(A[i, j]): A transposed (f = transpose) or adjoint (f = adjoint) into B
function _flip_into!(f, B::AbstractMatrix, A::AbstractMatrix)
    size(B) == reverse(size(A)) || throw(DimensionMismatch(string(f)))
    for j in axes(A, 2), i in axes(A, 1)
        B[j, i] = f(A[i, j])
    end
    B
end
rdiv!(A::AbstractArray, b::Number) = (A ./= b; A)
eigen!(A::AbstractMatrix; kws...) = eigen(A; kws...)
eigvals!(A::AbstractMatrix; kws...) = eigvals(A; kws...)
svd!(A::AbstractMatrix; kws...) = svd(A; kws...)
svdvals!(A::AbstractMatrix) = svdvals(A)
schur!(A::AbstractMatrix) = schur(A)
hessenberg!(A::AbstractMatrix) = hessenberg(A)
ldlt!(A) = ldlt(A)
lq!(A::AbstractMatrix) = lq(A)
isposdef!(A::AbstractMatrix) = isposdef(A)
function kron!(C::AbstractArray, A::AbstractArray, B::AbstractArray)
    K = kron(A, B)
    size(C) == size(K) || throw(DimensionMismatch("kron!"))
    copyto!(C, K)
end
# (A + A')/2 as a Hermitian, as Julia 1.10's
hermitianpart(A::AbstractMatrix, uplo::Symbol = :U) = Hermitian((A + A') / 2, uplo)

end
