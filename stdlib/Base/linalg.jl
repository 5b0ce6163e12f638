# Dense linear algebra on Base's arrays: products, transpose, and the parts of Julia's
# LinearAlgebra that are methods of Base functions and so work without `using LinearAlgebra`
# (`A \ b`, `inv(A)`, `A^n`, `one(A)`); the LinearAlgebra module (stdlib) builds on these.

const AbstractVecOrMat{T} = Union{AbstractVector{T}, AbstractMatrix{T}}
const VecOrMat{T} = Union{Vector{T}, Matrix{T}}
"""
    Dims{N}

`NTuple{N, Int}`: the type of an array's size.
"""
const Dims{N} = NTuple{N, Int}

function *(a::AbstractMatrix, b::AbstractMatrix)
    m, k = size(a)
    k2, n = size(b)
    k == k2 || throw(DimensionMismatch(string("matrix A has dimensions (", m, ",", k, "), matrix B has dimensions (", k2, ",", n, ")")))
    out = []
    for j in 1:n, i in 1:m
        acc = a[i, 1] * b[1, j]
        for l in 2:k
            acc += a[i, l] * b[l, j]
        end
        push!(out, acc)
    end
    _collect_narrow(out, (m, n))
end
function *(a::AbstractMatrix, x::AbstractVector)
    m, k = size(a)
    k == length(x) || throw(DimensionMismatch(string("second dimension of A, ", k, ", does not match length of x, ", length(x))))
    out = []
    for i in 1:m
        acc = a[i, 1] * x[1]
        for l in 2:k
            acc += a[i, l] * x[l]
        end
        push!(out, acc)
    end
    _collect_narrow(out, nothing)
end
"""
    adjoint(A)    (also A')
    transpose(A)

The conjugate transpose (or the transpose) of a vector or matrix, as a lazy view of it, as
Julia's `Adjoint` and `Transpose`: a vector's is a 1×n row (`x' * y` is the number
`dot(x, y)`, `x' * A` a row again), a matrix's reads `A[j, i]`, and writing into it writes into
`A`. `copy`, `collect` and `Matrix` make a matrix of it; `permutedims` copies at once.
"""
struct Adjoint{T, S} <: AbstractMatrix{T}
    parent::S
end
struct Transpose{T, S} <: AbstractMatrix{T}
    parent::S
end
const AdjOrTrans{T, S} = Union{Adjoint{T, S}, Transpose{T, S}}
adjoint(a::AbstractVector) = Adjoint{eltype(a), typeof(a)}(a)
adjoint(a::AbstractMatrix) = Adjoint{eltype(a), typeof(a)}(a)
transpose(a::AbstractVector) = Transpose{eltype(a), typeof(a)}(a)
transpose(a::AbstractMatrix) = Transpose{eltype(a), typeof(a)}(a)
adjoint(a::Adjoint) = a.parent
transpose(a::Transpose) = a.parent
adjoint(a::Transpose) = conj(a.parent)
transpose(a::Adjoint) = conj(a.parent)
parent(a::AdjOrTrans) = a.parent
# (what a vector's wrapper does differently is chosen by its parent's type)
size(a::AdjOrTrans) = _wrapped_size(a.parent)
_wrapped_size(p::AbstractVector) = (1, length(p))
_wrapped_size(p::AbstractMatrix) = (size(p, 2), size(p, 1))
_wrapper_op(::Adjoint) = adjoint
_wrapper_op(::Transpose) = transpose
getindex(a::AdjOrTrans, i::Int, j::Int) = _wrapped_get(a, a.parent, i, j)
function _wrapped_get(a, p::AbstractVector, i, j)
    i == 1 || throw(BoundsError(a, (i, j)))
    _wrapper_op(a)(p[j])
end
_wrapped_get(a, p::AbstractMatrix, i, j) = _wrapper_op(a)(p[j, i])
setindex!(a::AdjOrTrans, v, i::Int, j::Int) = (_wrapped_set!(a, a.parent, _wrapper_op(a)(v), i, j); a)
function _wrapped_set!(a, p::AbstractVector, v, i, j)
    i == 1 || throw(BoundsError(a, (i, j)))
    p[j] = v
end
_wrapped_set!(a, p::AbstractMatrix, v, i, j) = (p[j, i] = v)
vec(a::Adjoint{<:Real, <:AbstractVector}) = a.parent
vec(a::Transpose{T, <:AbstractVector}) where {T} = a.parent
# as Julia's summary: "1×3 adjoint(::Vector{Int64}) with eltype Int64"
_summary(a::AdjOrTrans) = string(_dims_summary(size(a)), " ", a isa Adjoint ? "adjoint" : "transpose",
                                 "(::", typeof(a.parent), ") with eltype ", eltype(a))

# a row times a column is a number; a row times a matrix a row
*(x::Adjoint{T, <:AbstractVector}, y::AbstractVector) where {T} = dot(x.parent, y)
function *(x::Transpose{T, <:AbstractVector}, y::AbstractVector) where {T}
    _check_dot_lengths(x.parent, y)
    isempty(y) && return zero(eltype(x)) * zero(eltype(y))
    acc = x.parent[1] * y[1]
    for i in 2:length(y)
        acc += x.parent[i] * y[i]
    end
    acc
end
*(x::Adjoint{T, <:AbstractVector}, a::AbstractMatrix) where {T} = adjoint(adjoint(a) * x.parent)
*(x::Transpose{T, <:AbstractVector}, a::AbstractMatrix) where {T} = transpose(transpose(a) * x.parent)
# a column times a row (or any one-row matrix): the outer product
function *(v::AbstractVector, b::AbstractMatrix)
    size(b, 1) == 1 || throw(DimensionMismatch(string("matrix A has dimensions (", length(v), ",1), matrix B has dimensions ", size(b))))
    [v[i] * b[1, j] for i in 1:length(v), j in 1:size(b, 2)]
end
conj(x::Real) = x
conj(a::AbstractArray{<:Real}) = a
conj(a::AbstractArray) = map(conj, a)
adjoint(x::Number) = conj(x)
transpose(x::Number) = x
function _check_dot_lengths(a, b)
    length(a) == length(b) || throw(DimensionMismatch(string("first array has length ", length(a),
                                                             " which does not match the length of the second, ", length(b), ".")))
end
# dot(x, y): the sum of conj(x[i]) * y[i], as Julia's (0 of the product type when empty)
dot(x::Number, y::Number) = conj(x) * y
function dot(a, b)
    _check_dot_lengths(a, b)
    isempty(a) && return dot(zero(eltype(a)), zero(eltype(b)))
    acc = dot(a[1], b[1])
    for i in 2:length(a)
        acc += dot(a[i], b[i])
    end
    acc
end

# x \ y is y divided by x: for numbers y / x; for a matrix, the solution of A * X = y
\(x::Number, y::Number) = y / x
\(x::Number, a::AbstractArray) = a ./ x

"""
    A \\ b

The solution `x` of `A * x = b`: by LU factorization with partial pivoting for a square `A`
(a `SingularException` when it is singular), by least squares (Householder QR) for a tall one.
`b` may be a vector or a matrix of right-hand sides.
"""
function \(a::AbstractMatrix, b::AbstractVecOrMat)
    m, n = size(a)
    size(b, 1) == m || throw(DimensionMismatch("matrix A has dimensions ($m,$n), matrix B has dimensions $(size(b))"))
    m == n && return _lu_solve(_lu(a), b)
    m > n && return _qr_solve(a, b)
    throw(ArgumentError("A \\ b for a wide A ($m×$n) is not supported: the system has no unique solution"))
end

struct SingularException <: Exception
    info::Int
end
showerror(io::IO, e::SingularException) = print(io, "SingularException(", e.info, ")")

# LU with partial pivoting of a copy of a (float): (factors, row permutation, LAPACK's ipiv:
# the row swapped with row k at step k)
function _lu(a::AbstractMatrix)
    n = size(a, 1)
    size(a, 2) == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    T = typeof(float(one(eltype(a))))
    f = Matrix{T}(undef, n, n)
    for j in 1:n, i in 1:n
        f[i, j] = a[i, j]
    end
    p = collect(1:n)
    ipiv = collect(1:n)
    for k in 1:n
        piv = k
        best = abs(f[k, k])
        for i in k+1:n
            if abs(f[i, k]) > best
                piv = i
                best = abs(f[i, k])
            end
        end
        best == 0 && throw(SingularException(k))
        if piv != k
            for j in 1:n
                f[k, j], f[piv, j] = f[piv, j], f[k, j]
            end
            p[k], p[piv] = p[piv], p[k]
            ipiv[k] = piv
        end
        r = one(T) / f[k, k]      # LAPACK's dgetf2 scales the column by the pivot's reciprocal
        for i in k+1:n
            f[i, k] *= r
            l = f[i, k]
            for j in k+1:n
                f[i, j] -= l * f[k, j]
            end
        end
    end
    return f, p, ipiv
end

function _lu_solve(lu, b::AbstractVector)
    f, p = lu
    n = length(p)
    x = [float(b[p[i]]) for i in 1:n]
    for i in 2:n, j in 1:i-1
        x[i] -= f[i, j] * x[j]
    end
    for i in n:-1:1
        for j in i+1:n
            x[i] -= f[i, j] * x[j]
        end
        x[i] /= f[i, i]
    end
    return x
end
function _lu_solve(lu, b::AbstractMatrix)
    cols = [_lu_solve(lu, b[:, j]) for j in 1:size(b, 2)]
    return reduce(hcat, cols)
end

# least squares by Householder QR: minimizes |a x - b|
function _qr_solve(a::AbstractMatrix, b::AbstractVector)
    m, n = size(a)
    r = [float(a[i, j]) for i in 1:m, j in 1:n]
    y = [float(b[i]) for i in 1:m]
    for k in 1:n
        normx = sqrt(sum(abs2(r[i, k]) for i in k:m))
        normx == 0 && throw(SingularException(k))
        alpha = r[k, k] > 0 ? -normx : normx
        v = [i == k ? r[i, k] - alpha : r[i, k] for i in k:m]
        vv = sum(abs2, v)
        for j in k:n
            s = 2 * sum(v[i - k + 1] * r[i, j] for i in k:m) / vv
            for i in k:m
                r[i, j] -= s * v[i - k + 1]
            end
        end
        s = 2 * sum(v[i - k + 1] * y[i] for i in k:m) / vv
        for i in k:m
            y[i] -= s * v[i - k + 1]
        end
    end
    x = zeros(typeof(float(one(eltype(a)))), n)
    for i in n:-1:1
        acc = y[i]
        for j in i+1:n
            acc -= r[i, j] * x[j]
        end
        x[i] = acc / r[i, i]
    end
    return x
end
_qr_solve(a::AbstractMatrix, b::AbstractMatrix) = reduce(hcat, [_qr_solve(a, b[:, j]) for j in 1:size(b, 2)])

"""
    inv(A::AbstractMatrix)

The inverse of a square matrix (a `SingularException` when it has none).
"""
# The inverse of a triangular matrix in place, as LAPACK's dtrti2 (dtrmv, then dscal by -1/a[j, j]:
# a zero above the diagonal of an upper one becomes -0.0, as in Julia)
function _inv_triangular!(f, upper::Bool)
    n = size(f, 1)
    T = eltype(f)
    for j in (upper ? (1:n) : (n:-1:1))
        iszero(f[j, j]) && throw(SingularException(j))
        f[j, j] = one(T) / f[j, j]
        ajj = -f[j, j]
        for k in (upper ? (1:j-1) : (n:-1:j+1))
            t = f[k, j]
            if t != 0
                for i in (upper ? (1:k-1) : (n:-1:k+1))
                    f[i, j] += t * f[i, k]
                end
                f[k, j] = t * f[k, k]
            end
        end
        for i in (upper ? (1:j-1) : (j+1:n))
            f[i, j] *= ajj
        end
    end
    f
end
_istriangular(a, upper) = all(iszero(a[i, j]) for j in 1:size(a, 2) for i in 1:size(a, 1) if (upper ? i > j : i < j))
function inv(a::AbstractMatrix)
    n = size(a, 1)
    size(a, 2) == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    # as Julia: a triangular matrix through LAPACK's trtri, any other through getrf and getri
    for upper in (true, false)
        if _istriangular(a, upper)
            f = Matrix{typeof(float(one(eltype(a))))}(undef, n, n)
            for j in 1:n, i in 1:n
                f[i, j] = a[i, j]
            end
            return _inv_triangular!(f, upper)
        end
    end
    f, p, ipiv = _lu(a)
    T = eltype(f)
    _inv_triangular!(f, true)   # inv(U) over U; L stays below the diagonal
    # inv(A) from inv(A) * L = inv(U), the last column first (dgemv), and the row interchanges
    # undone on the columns
    work = zeros(T, n)
    for j in n:-1:1
        for i in j+1:n
            work[i] = f[i, j]
            f[i, j] = zero(T)
        end
        for k in j+1:n
            t = -work[k]
            if t != 0
                for i in 1:n
                    f[i, j] += t * f[i, k]
                end
            end
        end
    end
    for j in n-1:-1:1
        jp = ipiv[j]
        if jp != j
            for i in 1:n
                f[i, j], f[i, jp] = f[i, jp], f[i, j]
            end
        end
    end
    return f
end

"""
    one(A::AbstractMatrix)

The identity matrix of `A`'s size and element type.
"""
function one(a::AbstractMatrix)
    m, n = size(a)
    m == n || throw(DimensionMismatch("multiplicative identity defined only for square matrices"))
    out = zeros(eltype(a), n, n)
    for i in 1:n
        out[i, i] = one(eltype(a))
    end
    return out
end

# A^p by repeated squaring; a negative power inverts first
function ^(a::AbstractMatrix, p::Integer)
    size(a, 1) == size(a, 2) || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    p < 0 && return inv(a)^(-p)
    result = one(a)
    base = a
    while p > 0
        if isodd(p)
            result = result * base
        end
        p >>= 1
        p > 0 && (base = base * base)
    end
    return result
end

/(a::AbstractVecOrMat, b::AbstractMatrix) = transpose(transpose(b) \ transpose(a))
