"""
    LinearAlgebra

Dense linear algebra on Base's arrays: `det`, `dot`, `norm`, `normalize`, `cross`, `tr`, `diag`,
`diagm`, `kron`, `triu`, `tril`, `issymmetric`, `isdiag`, `opnorm`, and the identity `I`. Solving
(`A \\ b`), `inv`, matrix powers and products are Base methods, available without this module
as in Julia. Computed in Julia code (no BLAS/LAPACK): results agree with Julia's to rounding.
"""
module LinearAlgebra

import Base: +, -, *, ==, show, Matrix
export det, logdet, dot, norm, normalize, cross, tr, diag, diagm, kron, triu, tril,
    issymmetric, isdiag, opnorm, I, UniformScaling, SingularException, transpose, adjoint, inv

const dot = Base.dot
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
    # the sign of the row permutation: one flip per cycle of even length
    seen = falses(n)
    for i in 1:n
        seen[i] && continue
        len = 0
        j = i
        while !seen[j]
            seen[j] = true
            j = p[j]
            len += 1
        end
        iseven(len) && (d = -d)
    end
    return d
end
det(x::Number) = x

"""
    logdet(A)

The natural logarithm of `det(A)` (a DomainError when the determinant is negative).
"""
logdet(a::AbstractMatrix) = log(det(a))

"""
    norm(x, p = 2)

The `p`-norm of a vector (or of an array taken as a vector: the Frobenius norm for `p = 2`);
`p` may be `Inf` or `-Inf`.
"""
function norm(x, p::Real = 2)
    isempty(x) && return float(zero(eltype(x)))
    p == 2 && return sqrt(sum(abs2, x))
    p == 1 && return float(sum(abs, x))
    p == Inf && return float(maximum(abs, x))
    p == -Inf && return float(minimum(abs, x))
    p == 0 && return float(count(v -> !iszero(v), x))
    return sum(v -> abs(v)^p, x)^(1 / p)
end
norm(x::Number, p::Real = 2) = p == 0 ? (iszero(x) ? zero(float(abs(x))) : one(float(abs(x)))) : float(abs(x))

"""
    opnorm(A, p = 2)

The operator norm of a matrix for `p = 1` (largest column sum) or `Inf` (largest row sum).
"""
function opnorm(a::AbstractMatrix, p::Real = 2)
    m, n = size(a)
    p == 1 && return float(maximum(j -> sum(i -> abs(a[i, j]), 1:m), 1:n))
    p == Inf && return float(maximum(i -> sum(j -> abs(a[i, j]), 1:n), 1:m))
    throw(ArgumentError("opnorm with p = $p needs singular values, which are not implemented; p = 1 and Inf are"))
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

"""
    tr(A)

The trace: the sum of the diagonal of a square matrix.
"""
function tr(a::AbstractMatrix)
    size(a, 1) == size(a, 2) || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    return sum(a[i, i] for i in 1:size(a, 1))
end

"""
    diag(A, k = 0)

The `k`-th diagonal of a matrix as a vector (k > 0 above the main diagonal).
"""
function diag(a::AbstractMatrix, k::Integer = 0)
    m, n = size(a)
    return k >= 0 ? [a[i, i + k] for i in 1:max(0, min(m, n - k))] : [a[i - k, i] for i in 1:max(0, min(m + k, n))]
end

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

"""
    triu(A, k = 0)
    tril(A, k = 0)

A copy of `A` keeping the entries on and above (`triu`) or below (`tril`) the `k`-th diagonal.
"""
triu(a::AbstractMatrix, k::Integer = 0) = [j - i >= k ? a[i, j] : zero(a[i, j]) for i in 1:size(a, 1), j in 1:size(a, 2)]
tril(a::AbstractMatrix, k::Integer = 0) = [j - i <= k ? a[i, j] : zero(a[i, j]) for i in 1:size(a, 1), j in 1:size(a, 2)]

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
*(x::Number, J::UniformScaling) = UniformScaling(x * J.λ)
*(J::UniformScaling, x::Number) = UniformScaling(J.λ * x)
*(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ * K.λ)
*(J::UniformScaling, a::AbstractArray) = J.λ * a
*(a::AbstractArray, J::UniformScaling) = a * J.λ
+(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ + K.λ)
-(J::UniformScaling) = UniformScaling(-J.λ)
-(J::UniformScaling, K::UniformScaling) = UniformScaling(J.λ - K.λ)
==(J::UniformScaling, K::UniformScaling) = J.λ == K.λ
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
function _scaling_matrix(T, J::UniformScaling, m, n)
    out = zeros(T, m, n)
    for i in 1:min(m, n)
        out[i, i] = J.λ
    end
    return out
end

end
