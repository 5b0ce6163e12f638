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

function _check_matmul(a, b)
    m, k = size(a)
    k2, n = size(b)
    k == k2 || throw(DimensionMismatch(string("matrix A has dimensions (", m, ",", k, "), matrix B has dimensions (", k2, ",", n, ")")))
    m, k, n
end
_check_matvec(a, x) = size(a, 2) == length(x) ||
    throw(DimensionMismatch(string("second dimension of A, ", size(a, 2), ", does not match length of x, ", length(x))))
# Float64 products in one compiled kernel (the sums in the generic methods' order, the same bits)
function *(a::Matrix{Float64}, b::Matrix{Float64})
    m, k, n = _check_matmul(a, b)
    out = Matrix{Float64}(undef, m, n)
    _matmul_f64!(out, a, b) ? out : invoke(*, Tuple{AbstractMatrix, AbstractMatrix}, a, b)
end
function *(a::Matrix{Float64}, x::Vector{Float64})
    _check_matvec(a, x)
    out = Vector{Float64}(undef, size(a, 1))
    _matmul_f64!(out, a, x) ? out : invoke(*, Tuple{AbstractMatrix, AbstractVector}, a, x)
end
function *(a::AbstractMatrix, b::AbstractMatrix)
    m, k, n = _check_matmul(a, b)
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
    _check_matvec(a, x)
    m, k = size(a)
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
# a Float64 matrix's adjoint or transpose in a product: copied out once, then the kernel (the
# generic method read it entry by entry through getindex; the sums are the same)
const _AdjOrTransF64 = Union{Adjoint{Float64, Matrix{Float64}}, Transpose{Float64, Matrix{Float64}}}
*(a::_AdjOrTransF64, b::Matrix{Float64}) = copy(a) * b
*(a::Matrix{Float64}, b::_AdjOrTransF64) = a * copy(b)
*(a::_AdjOrTransF64, b::_AdjOrTransF64) = copy(a) * copy(b)
*(a::_AdjOrTransF64, x::Vector{Float64}) = copy(a) * x
# the copy of a number matrix's transpose, or a real one's adjoint, is its parent permuted
copy(a::Adjoint{<:Real, <:Matrix}) = permutedims(a.parent)
copy(a::Transpose{<:Number, <:Matrix}) = permutedims(a.parent)
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
function showarg(io::IO, a::AdjOrTrans, toplevel)
    print(io, a isa Adjoint ? "adjoint(" : "transpose(")
    showarg(io, a.parent, false)
    print(io, ")")
    toplevel && print(io, " with eltype ", eltype(a))
end

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

The solution `x` of `A * x = b`, chosen as Julia's: for a square `A`, substitution when it is
triangular, else LU factorization with partial pivoting (a `SingularException` when `A` is
singular); for a rectangular one, the least-squares solution of smallest norm, by QR
factorization with column pivoting. `b` may be a vector or a matrix of right-hand sides.
"""
function \(a::AbstractMatrix, b::AbstractVecOrMat)
    m, n = size(a)
    if m == n
        _istriangular(a, true) && return _triangular_solve(a, b, true)
        _istriangular(a, false) && return _triangular_solve(a, b, false)
    end
    # (as Julia's ldiv of the factorization)
    size(b, 1) == m || throw(DimensionMismatch("arguments must have the same number of rows"))
    m == n && return _lu_solve(_lu(a), b)
    f, tau, jpvt = _qr_pivoted!(_qr_copy(a))
    return _qr_pivoted_solve(f, tau, jpvt, b)
end

# the element type of a solution of a * x = b
_solve_type(a, b) = typeof(one(eltype(a)) \ one(eltype(b)))

# x with a * x = b by substitution over a's upper (lower) triangle alone, as LAPACK's trtrs
function _triangular_solve(a::AbstractMatrix, b::AbstractVector, upper::Bool)
    n = size(a, 1)
    length(b) == n || throw(DimensionMismatch("second dimension of A, $n, does not match length of b, $(length(b))"))
    x = Vector{_solve_type(a, b)}(undef, n)
    for i in 1:n
        x[i] = b[i]
    end
    for i in 1:n
        iszero(a[i, i]) && throw(SingularException(i))
    end
    for i in (upper ? (n:-1:1) : (1:n))
        s = x[i]
        for j in (upper ? (i+1:n) : (1:i-1))
            s -= a[i, j] * x[j]
        end
        x[i] = s / a[i, i]
    end
    x
end
_triangular_solve(a::AbstractMatrix, b::AbstractMatrix, upper::Bool) =
    reduce(hcat, [_triangular_solve(a, b[:, j], upper) for j in 1:size(b, 2)])

struct SingularException <: Exception
    info::Int
end
showerror(io::IO, e::SingularException) = print(io, "SingularException(", e.info, ")")

# LU with partial pivoting of a copy of a (float): (factors, row permutation, LAPACK's ipiv:
# the row swapped with row k at step k). A zero pivot is a SingularException, or replaced by
# `zero_pivot` when one is given (inverse iteration solves the nearly singular system).
function _lu(a::AbstractMatrix; zero_pivot = nothing)
    n = size(a, 1)
    size(a, 2) == n || throw(DimensionMismatch("matrix is not square: dimensions are $(size(a))"))
    T = typeof(one(eltype(a)) / one(eltype(a)))   # Float64 for integers; Rational stays exact
    f = Matrix{T}(undef, n, n)
    for j in 1:n, i in 1:n
        f[i, j] = a[i, j]
    end
    p = collect(1:n)
    ipiv = collect(1:n)
    if f isa Matrix{Float64}
        # (the same steps in one compiled kernel)
        k = _lu_f64!(f, p, ipiv, zero_pivot === nothing ? 0.0 : Float64(zero_pivot), zero_pivot !== nothing)
        k == 0 && return f, p, ipiv
        k > 0 && throw(SingularException(k))
    end
    for k in 1:n
        piv = k
        best = abs(f[k, k])
        for i in k+1:n
            if abs(f[i, k]) > best
                piv = i
                best = abs(f[i, k])
            end
        end
        if best == 0
            zero_pivot === nothing && throw(SingularException(k))
            f[k, k] = zero_pivot
        end
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
    x = Vector{promote_type(eltype(f), _solve_type(f, b))}(undef, n)
    for i in 1:n
        x[i] = b[p[i]]
    end
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

# ---- Householder QR, shared by `\` and LinearAlgebra's qr --------------------------------
# A factored matrix holds R on and above its diagonal and, below it, each reflector's vector
# v (its first entry, 1, implicit): H_k = I - tau[k] * v * v'. Q = H_1 * H_2 * ... * H_k.

# a float copy of a for factoring in place (Julia's _qreltype: Int and Rational become Float64)
function _qr_copy(a::AbstractMatrix)
    T = typeof(zero(eltype(a)) / sqrt(abs2(one(eltype(a)))))
    f = Matrix{T}(undef, size(a)...)
    for j in 1:size(a, 2), i in 1:size(a, 1)
        f[i, j] = a[i, j]
    end
    f
end

# the 2-norm of f[lo:hi, j], rescaled only when the plain sum of squares over- or underflows
function _column_norm(f::AbstractMatrix, lo::Int, hi::Int, j::Int)
    s = zero(real(eltype(f)))
    for i in lo:hi
        s += abs2(f[i, j])
    end
    (isfinite(s) && (iszero(s) || !(s isa IEEEFloat) || s > floatmin(s))) && return sqrt(s)
    big = zero(s)
    for i in lo:hi
        big = max(big, abs(f[i, j]))
    end
    (iszero(big) || !isfinite(big)) && return big
    s = zero(s)
    for i in lo:hi
        s += abs2(f[i, j] / big)
    end
    big * sqrt(s)
end

# The reflector that zeroes f[k+1:m, k], as LAPACK's dlarfg: f[k, k] becomes beta (of the sign
# opposite to the old diagonal), f[k+1:m, k] its vector; returns tau (0 when there is nothing
# below the diagonal to zero: then H_k = I and the diagonal keeps its sign).
function _householder!(f::AbstractMatrix, k::Int)
    m = size(f, 1)
    T = eltype(f)
    xnorm = _column_norm(f, k + 1, m, k)
    alpha = f[k, k]
    iszero(xnorm) && isreal(alpha) && return zero(T)
    beta = -copysign(hypot(abs(alpha), xnorm), real(alpha))
    tau = T <: Complex ? complex((beta - real(alpha)) / beta, -imag(alpha) / beta) : (beta - alpha) / beta
    scale = one(T) / (alpha - beta)
    for i in k+1:m
        f[i, k] *= scale
    end
    f[k, k] = beta
    tau
end

# b[k:m, cols] = H_k * b[k:m, cols] with H_k's vector from column k of f (LAPACK's dlarf)
function _reflect!(b::AbstractVecOrMat, f::AbstractMatrix, k::Int, tau, cols)
    iszero(tau) && return b
    m = size(f, 1)
    for j in cols
        w = b[k, j]
        for i in k+1:m
            w += conj(f[i, k]) * b[i, j]
        end
        w *= tau
        b[k, j] -= w
        for i in k+1:m
            b[i, j] -= f[i, k] * w
        end
    end
    b
end
_reflect!(b::AbstractVector, f::AbstractMatrix, k::Int, tau, cols) =
    (_reflect!(reshape(b, length(b), 1), f, k, tau, cols); b)

# QR of f in place without pivoting (LAPACK's geqr2); returns (f, tau)
function _qr_unpivoted!(f::AbstractMatrix)
    m, n = size(f)
    tau = zeros(eltype(f), min(m, n))
    for k in 1:min(m, n)
        tau[k] = _householder!(f, k)
        _reflect!(f, f, k, conj(tau[k]), k+1:n)
    end
    f, tau
end

# QR of f in place with column pivoting (LAPACK's geqp3): at each step the remaining column
# of largest norm moves to the front; the norms are downdated, and recomputed where the
# downdate has cancelled too many digits. Returns (f, tau, jpvt) with a[:, jpvt] = Q * R.
function _qr_pivoted!(f::AbstractMatrix)
    m, n = size(f)
    tau = zeros(eltype(f), min(m, n))
    jpvt = collect(1:n)
    vn1 = [_column_norm(f, 1, m, j) for j in 1:n]
    vn2 = copy(vn1)
    tol3z = sqrt(eps(real(one(eltype(f)))))
    for k in 1:min(m, n)
        p = k
        for j in k+1:n
            vn1[j] > vn1[p] && (p = j)
        end
        if p != k
            for i in 1:m
                f[i, p], f[i, k] = f[i, k], f[i, p]
            end
            jpvt[p], jpvt[k] = jpvt[k], jpvt[p]
            vn1[p], vn2[p] = vn1[k], vn2[k]
        end
        tau[k] = _householder!(f, k)
        _reflect!(f, f, k, conj(tau[k]), k+1:n)
        for j in k+1:n
            iszero(vn1[j]) && continue
            t = max(1 - (abs(f[k, j]) / vn1[j])^2, 0)
            if t * (vn1[j] / vn2[j])^2 <= tol3z
                vn1[j] = k < m ? _column_norm(f, k + 1, m, j) : zero(vn1[j])
                vn2[j] = vn1[j]
            else
                vn1[j] *= sqrt(t)
            end
        end
    end
    f, tau, jpvt
end

# Q' * b for a factored f (b has size(f, 1) rows)
function _qr_adjoint_mul!(b::AbstractVecOrMat, f::AbstractMatrix, tau::AbstractVector)
    for k in 1:length(tau)
        _reflect!(b, f, k, conj(tau[k]), 1:size(b, 2))
    end
    b
end
# Q * b
function _qr_mul!(b::AbstractVecOrMat, f::AbstractMatrix, tau::AbstractVector)
    for k in length(tau):-1:1
        _reflect!(b, f, k, tau[k], 1:size(b, 2))
    end
    b
end

# The least-squares solution of smallest norm from a pivoted QR (Julia's ldiv! for QRPivoted).
# The rank is the number of leading diagonal entries of R above min(m, n) * eps times the
# first (Julia estimates R's condition incrementally; the two agree but within rounding of a
# rank change). With full column rank it is back substitution; otherwise the leading rows
# [R11 R12] (rank × n) are factored again, R' = Z * L', for the solution of least norm.
function _qr_pivoted_solve(f::AbstractMatrix, tau::AbstractVector, jpvt::AbstractVector, b::AbstractVecOrMat)
    m, n = size(f)
    size(b, 1) == m || throw(DimensionMismatch("left hand side has $m rows, but right hand side has $(size(b, 1)) rows"))
    T = promote_type(eltype(f), _solve_type(f, b))
    nb = size(b, 2)
    y = Matrix{T}(undef, m, nb)
    for j in 1:nb, i in 1:m
        y[i, j] = b[i, j]
    end
    _qr_adjoint_mul!(y, f, tau)
    x = zeros(T, n, nb)
    r1 = isempty(tau) ? zero(real(T)) : abs(f[1, 1])
    rnk = 0
    if !iszero(r1)
        tol = min(m, n) * eps(real(one(T))) * r1
        while rnk < min(m, n) && abs(f[rnk + 1, rnk + 1]) > tol
            rnk += 1
        end
    end
    if rnk == n
        for j in 1:nb, i in n:-1:1
            s = y[i, j]
            for l in i+1:n
                s -= f[i, l] * x[l, j]
            end
            x[i, j] = s / f[i, i]
        end
    elseif rnk > 0
        # z = Q2 * w with L * w = y[1:rnk], where [R11 R12]' = Q2 * L' (thin QR of the n × rnk transpose)
        g = Matrix{T}(undef, n, rnk)
        for j in 1:rnk, i in 1:n
            g[i, j] = i < j ? zero(T) : conj(f[j, i])
        end
        g, gtau = _qr_unpivoted!(g)
        for j in 1:nb
            for i in 1:rnk
                s = y[i, j]
                for l in 1:i-1
                    s -= conj(g[l, i]) * x[l, j]
                end
                x[i, j] = s / conj(g[i, i])
            end
        end
        _qr_mul!(x, g, gtau)
    end
    out = similar(x)
    for j in 1:nb, i in 1:n
        out[jpvt[i], j] = x[i, j]
    end
    b isa AbstractVector ? vec(out) : out
end

"""
    inv(A::AbstractMatrix)

The inverse of a square matrix (a `SingularException` when it has none).
"""
# The inverse of a triangular matrix in place, as LAPACK's dtrti2 (dtrmv, then dscal by -1/a[j, j]:
# a zero above the diagonal of an upper one becomes -0.0, as in Julia)
function _inv_triangular!(f, upper::Bool)
    if f isa Matrix{Float64}
        # (the same steps in Java: FastBuiltins.InvTriangularFloat64)
        k = _inv_triangular_f64!(f, upper)
        k == 0 && return f
        k > 0 && throw(SingularException(k))
    end
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
            f = Matrix{typeof(one(eltype(a)) / one(eltype(a)))}(undef, n, n)
            for j in 1:n, i in 1:n
                f[i, j] = a[i, j]
            end
            return _inv_triangular!(f, upper)
        end
    end
    f, p, ipiv = _lu(a)
    T = eltype(f)
    _inv_triangular!(f, true)   # inv(U) over U; L stays below the diagonal
    f isa Matrix{Float64} && _inv_getri_f64!(f, ipiv) == 0 && return f   # (the loops below, in Java)
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
    p < 0 ? power_by_squaring(inv(a), -p) : power_by_squaring(a, p)
end

/(a::AbstractVecOrMat, b::AbstractMatrix) = transpose(transpose(b) \ transpose(a))

_alias_roots(A::AdjOrTrans) = _alias_roots(parent(A))
