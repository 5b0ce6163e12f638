"""
    LinearAlgebra

Dense linear algebra on Base's arrays: `det`, `dot`, `norm`, `normalize`, `cross`, `tr`, `diag`,
`diagm`, `kron`, `triu`, `tril`, `issymmetric`, `isdiag`, `opnorm`, `mul!`, `rank`, `isposdef`, and the identity `I`. Solving
(`A \\ b`), `inv`, matrix powers and products are Base methods, available without this module
as in Julia. Computed in Julia code (no BLAS/LAPACK): results agree with Julia's to rounding.
"""
module LinearAlgebra

import Base: +, -, *, ==, show, Matrix
export det, logdet, dot, norm, normalize, cross, tr, diag, diagm, kron, triu, tril,
    issymmetric, ishermitian, isdiag, opnorm, I, UniformScaling, Diagonal, SingularException, transpose, adjoint, inv,
    lu, LU, issuccess, eigen, Eigen, eigvals, eigvecs, eigmax, eigmin, mul!, rank, isposdef,
    UpperTriangular, LowerTriangular, cholesky, Cholesky, PosDefException

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

The number of linearly independent rows (or columns): Gaussian elimination with complete
pivoting, counting pivots above `max(atol, rtol * largest entry)`. (Julia counts singular values
over that bound; the two agree but for matrices within rounding of a lower rank.)
"""
function rank(A::AbstractMatrix; atol::Real = 0.0, rtol::Real = (isempty(A) ? 0.0 : min(size(A)...) * eps(float(real(one(eltype(A)))))))
    m, n = size(A)
    (m == 0 || n == 0) && return 0
    M = float.(A)
    big = maximum(abs, M)
    iszero(big) && return 0
    tol = max(atol, rtol * big)
    r = 0
    for k in 1:min(m, n)
        # the largest remaining entry is the pivot
        p = q = k
        best = abs(M[k, k])
        for j in k:n, i in k:m
            if abs(M[i, j]) > best
                best = abs(M[i, j])
                p, q = i, j
            end
        end
        best <= tol && break
        r += 1
        for j in 1:n
            M[k, j], M[p, j] = M[p, j], M[k, j]
        end
        for i in 1:m
            M[i, k], M[i, q] = M[i, q], M[i, k]
        end
        for i in k+1:m
            f = M[i, k] / M[k, k]
            for j in k:n
                M[i, j] -= f * M[k, j]
            end
        end
    end
    r
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
Base.:\(D::Diagonal, b::AbstractVecOrMat) = _check_invertible(D).diag .\ b
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
    lu(A) -> LU

The LU factorization of a square matrix with partial pivoting (rows swapped for the largest
pivot, as LAPACK's `getrf`): `F.L * F.U == A[F.p, :]`. `F \\ b` solves with it, `det(F)` is
`det(A)`; a singular `A` throws a `SingularException`.
"""
struct LU{T, S <: AbstractMatrix, P <: AbstractVector}
    factors::S
    ipiv::P
    info::Int
end
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
Base.transpose(U::UpperTriangular) = LowerTriangular(copy(transpose(U.data)))
Base.transpose(U::LowerTriangular) = UpperTriangular(copy(transpose(U.data)))
Base.adjoint(U::UpperTriangular) = LowerTriangular(copy(adjoint(U.data)))
Base.adjoint(U::LowerTriangular) = UpperTriangular(copy(adjoint(U.data)))
Base.inv(U::UpperTriangular) = UpperTriangular(Base._inv_triangular!(float.(Matrix(U)), true))
Base.inv(U::LowerTriangular) = LowerTriangular(Base._inv_triangular!(float.(Matrix(U)), false))
# substitution, the triangle alone (as LAPACK's trtrs)
function Base.:\(U::_Triangular, b::AbstractVector)
    n = size(U, 1)
    length(b) == n || throw(DimensionMismatch("second dimension of A, $n, does not match length of b, $(length(b))"))
    x = float.(collect(b))
    for i in (U isa UpperTriangular ? (n:-1:1) : (1:n))
        iszero(U.data[i, i]) && throw(SingularException(i))
        s = x[i]
        for j in (U isa UpperTriangular ? (i+1:n) : (1:i-1))
            s -= U.data[i, j] * x[j]
        end
        x[i] = s / U.data[i, i]
    end
    x
end
Base.:\(U::_Triangular, B::AbstractMatrix) = reduce(hcat, [U \ B[:, j] for j in 1:size(B, 2)])

"""
    cholesky(A; check = true) -> Cholesky

The Cholesky factorization of a symmetric (Hermitian) positive definite matrix: `C.U' * C.U == A`
(`C.L = C.U'`), computed column by column as LAPACK's `potrf`. `C \\ b` solves with it; `det(C)`
and `logdet(C)` are `A`'s. Otherwise a `PosDefException` (with `check = false`, a `C` whose
`issuccess(C)` is false).
"""
struct Cholesky{T, S<:AbstractMatrix{T}}
    factors::S
    uplo::Char
    info::Int
end
struct PosDefException <: Exception
    info::Int
end
Base.showerror(io::IO, e::PosDefException) =
    print(io, "PosDefException: matrix is not ", e.info == -1 ? "Hermitian" : "positive definite", "; Cholesky factorization failed.")
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
det(C::Cholesky) = prod(abs2(C.factors[i, i]) for i in 1:size(C.factors, 1); init = one(real(eltype(C.factors))))
logdet(C::Cholesky) = 2 * sum(log(real(C.factors[i, i])) for i in 1:size(C.factors, 1); init = zero(real(eltype(C.factors))))
Base.show(io::IO, mime::MIME"text/plain", C::Cholesky) = _show_parts(io, mime, C, "U factor:" => C.U)
Base.iterate(C::Cholesky, state = 1) = state > 2 ? nothing : ((C.L, C.U)[state], state + 1)

"""
    ishermitian(A)

Whether `A == adjoint(A)` (for a real matrix, whether it is symmetric).
"""
ishermitian(a::AbstractMatrix) = size(a, 1) == size(a, 2) && all(a[i, j] == conj(a[j, i]) for i in 1:size(a, 1), j in 1:size(a, 2))

"""
    eigen(A) -> Eigen

Eigenvalues (`F.values`, ascending) and orthonormal eigenvectors (the columns of `F.vectors`)
of a real symmetric matrix, by the cyclic Jacobi method: `A * F.vectors ≈ F.vectors * Diagonal(F.values)`.
`vals, vecs = eigen(A)` unpacks it. An eigenvector's sign may differ from LAPACK's (both are
right). Eigenvectors of non-symmetric matrices are not implemented (`eigvals` works for them).
"""
struct Eigen{T, V, S <: AbstractMatrix, U <: AbstractVector}
    values::U
    vectors::S
end
function eigen(a::AbstractMatrix{<:Real})
    ishermitian(a) || throw(ArgumentError("eigen: eigenvectors of a non-symmetric matrix are not implemented in TruffleJL; eigvals(A) gives its eigenvalues"))
    vals, vecs = _jacobi(a)
    Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}(vals, vecs)
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
    ishermitian(a) && return _jacobi(a)[1]
    wr, wi = _hqr!(_hessenberg!(Matrix{Float64}(a)))
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

# Cyclic Jacobi on the upper triangle of a symmetric matrix: rotations annihilate each
# off-diagonal entry in turn until they are all negligible; the diagonal updates use the
# rotation's tangent (exact for a 2×2 block). Returns (ascending values, vectors as columns).
function _jacobi(a0::AbstractMatrix)
    n = size(a0, 1)
    a = Matrix{Float64}(a0)
    v = Matrix{Float64}(I, n, n)
    d = [a[i, i] for i in 1:n]
    b = copy(d)
    z = zeros(n)
    for sweep in 1:100
        off = 0.0
        for p in 1:n-1, q in p+1:n
            off += abs(a[p, q])
        end
        off == 0.0 && break
        thresh = sweep < 4 ? 0.2 * off / (n * n) : 0.0
        for p in 1:n-1, q in p+1:n
            g = 100.0 * abs(a[p, q])
            if sweep > 4 && abs(d[p]) + g == abs(d[p]) && abs(d[q]) + g == abs(d[q])
                a[p, q] = 0.0
            elseif abs(a[p, q]) > thresh
                h = d[q] - d[p]
                if abs(h) + g == abs(h)
                    t = a[p, q] / h
                else
                    theta = 0.5 * h / a[p, q]
                    t = 1.0 / (abs(theta) + sqrt(1.0 + theta * theta))
                    theta < 0.0 && (t = -t)
                end
                c = 1.0 / sqrt(1 + t * t)
                s = t * c
                tau = s / (1.0 + c)
                h = t * a[p, q]
                z[p] -= h
                z[q] += h
                d[p] -= h
                d[q] += h
                a[p, q] = 0.0
                for j in 1:p-1
                    _rotate!(a, j, p, j, q, s, tau)
                end
                for j in p+1:q-1
                    _rotate!(a, p, j, j, q, s, tau)
                end
                for j in q+1:n
                    _rotate!(a, p, j, q, j, s, tau)
                end
                for j in 1:n
                    _rotate!(v, j, p, j, q, s, tau)
                end
            end
        end
        for p in 1:n
            b[p] += z[p]
            d[p] = b[p]
            z[p] = 0.0
        end
        sweep == 100 && error("eigen: the Jacobi iteration did not converge")
    end
    order = sortperm(d)
    return d[order], v[:, order]
end
function _rotate!(a, i, j, k, l, s, tau)
    g = a[i, j]
    h = a[k, l]
    a[i, j] = g - s * (h + g * tau)
    a[k, l] = h + s * (g - h * tau)
    nothing
end

# Reduction to upper Hessenberg form by elimination with pivoting (similar to A).
function _hessenberg!(a::Matrix{Float64})
    n = size(a, 1)
    for m in 2:n-1
        x = 0.0
        i = m
        for j in m:n
            if abs(a[j, m-1]) > abs(x)
                x = a[j, m-1]
                i = j
            end
        end
        if i != m
            for j in m-1:n
                a[i, j], a[m, j] = a[m, j], a[i, j]
            end
            for j in 1:n
                a[j, i], a[j, m] = a[j, m], a[j, i]
            end
        end
        if x != 0.0
            for i2 in m+1:n
                y = a[i2, m-1]
                if y != 0.0
                    y /= x
                    a[i2, m-1] = y
                    for j in m:n
                        a[i2, j] -= y * a[m, j]
                    end
                    for j in 1:n
                        a[j, m] += y * a[j, i2]
                    end
                end
            end
        end
    end
    for j in 1:n, i in j+2:n
        a[i, j] = 0.0 # the multipliers left below the subdiagonal
    end
    a
end

# Eigenvalues of an upper Hessenberg matrix by Francis' double-shift QR iteration (the EISPACK
# hqr algorithm): (real parts, imaginary parts).
function _hqr!(a::Matrix{Float64})
    n = size(a, 1)
    wr = zeros(n)
    wi = zeros(n)
    anorm = 0.0
    for i in 1:n, j in max(i - 1, 1):n
        anorm += abs(a[i, j])
    end
    nn = n
    t = 0.0
    p = q = r = s = w = x = y = z = 0.0
    while nn >= 1
        its = 0
        while true
            l = nn
            while l >= 2
                s = abs(a[l-1, l-1]) + abs(a[l, l])
                s == 0.0 && (s = anorm)
                if abs(a[l, l-1]) + s == s
                    a[l, l-1] = 0.0
                    break
                end
                l -= 1
            end
            x = a[nn, nn]
            if l == nn
                wr[nn] = x + t
                wi[nn] = 0.0
                nn -= 1
            else
                y = a[nn-1, nn-1]
                w = a[nn, nn-1] * a[nn-1, nn]
                if l == nn - 1
                    p = 0.5 * (y - x)
                    q = p * p + w
                    z = sqrt(abs(q))
                    x += t
                    if q >= 0.0
                        z = p + copysign(z, p)
                        wr[nn-1] = wr[nn] = x + z
                        z != 0.0 && (wr[nn] = x - w / z)
                        wi[nn-1] = wi[nn] = 0.0
                    else
                        wr[nn-1] = wr[nn] = x + p
                        wi[nn] = z
                        wi[nn-1] = -z
                    end
                    nn -= 2
                else
                    its == 60 && error("eigvals: the QR iteration did not converge")
                    if its == 10 || its == 20
                        # an exceptional shift
                        t += x
                        for i in 1:nn
                            a[i, i] -= x
                        end
                        s = abs(a[nn, nn-1]) + abs(a[nn-1, nn-2])
                        y = x = 0.75 * s
                        w = -0.4375 * s * s
                    end
                    its += 1
                    m = nn - 2
                    while m >= l
                        z = a[m, m]
                        r = x - z
                        s = y - z
                        p = (r * s - w) / a[m+1, m] + a[m, m+1]
                        q = a[m+1, m+1] - z - r - s
                        r = a[m+2, m+1]
                        s = abs(p) + abs(q) + abs(r)
                        p /= s
                        q /= s
                        r /= s
                        m == l && break
                        u = abs(a[m, m-1]) * (abs(q) + abs(r))
                        v = abs(p) * (abs(a[m-1, m-1]) + abs(z) + abs(a[m+1, m+1]))
                        u + v == v && break
                        m -= 1
                    end
                    for i in m+2:nn
                        a[i, i-2] = 0.0
                        i != m + 2 && (a[i, i-3] = 0.0)
                    end
                    for k in m:nn-1
                        if k != m
                            p = a[k, k-1]
                            q = a[k+1, k-1]
                            r = k != nn - 1 ? a[k+2, k-1] : 0.0
                            x = abs(p) + abs(q) + abs(r)
                            if x != 0.0
                                p /= x
                                q /= x
                                r /= x
                            end
                        end
                        s = copysign(sqrt(p * p + q * q + r * r), p)
                        if s != 0.0
                            if k == m
                                l != m && (a[k, k-1] = -a[k, k-1])
                            else
                                a[k, k-1] = -s * x
                            end
                            p += s
                            x = p / s
                            y = q / s
                            z = r / s
                            q /= p
                            r /= p
                            for j in k:nn
                                p = a[k, j] + q * a[k+1, j]
                                if k != nn - 1
                                    p += r * a[k+2, j]
                                    a[k+2, j] -= p * z
                                end
                                a[k+1, j] -= p * y
                                a[k, j] -= p * x
                            end
                            for i in l:min(nn, k + 3)
                                p = x * a[i, k] + y * a[i, k+1]
                                if k != nn - 1
                                    p += z * a[i, k+2]
                                    a[i, k+2] -= p * r
                                end
                                a[i, k+1] -= p * q
                                a[i, k] -= p
                            end
                        end
                    end
                end
            end
            l < nn - 1 || break
        end
    end
    return wr, wi
end

end
