# Functions of square matrices, which are methods of Base's functions in Julia's LinearAlgebra
# and so work without `using LinearAlgebra`: exp, log, sqrt, real powers, and the trigonometric
# and hyperbolic functions. As Julia's: a real symmetric matrix goes through its
# eigendecomposition (the result is symmetric), a triangular one's square root by substitution,
# others by Padé approximation with scaling and squaring (exp) and Denman–Beavers square roots
# (sqrt, and log by inverse scaling and squaring); real matrices with negative real eigenvalues
# get complex square roots and logarithms. The eigenvalue kernels below (Jacobi, Hessenberg and
# Francis QR) are shared with LinearAlgebra's eigen and eigvals.

# Cyclic Jacobi on the upper triangle of a symmetric matrix: rotations annihilate each
# off-diagonal entry in turn until they are all negligible; the diagonal updates use the
# rotation's tangent (exact for a 2×2 block). Returns (ascending values, vectors as columns).
function _jacobi(a0::AbstractMatrix)
    n = size(a0, 1)
    a = Matrix{Float64}(a0)
    v = _identity(Float64, n)
    d = [a[i, i] for i in 1:n]
    b = copy(d)
    z = zeros(n)
    # (the sweeps below in Java, step for step: FastBuiltins.JacobiFloat64)
    done = _jacobi_f64!(a, v, d, b, z)
    done == -1 && error("eigen: the Jacobi iteration did not converge")
    for sweep in 1:(done == 0 ? 0 : 100)
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

# ---- matrix functions ----------------------------------------------------------------------

function _identity(T::Type, n::Integer)
    out = zeros(T, n, n)
    for i in 1:n
        out[i, i] = one(T)
    end
    out
end
function _check_square_matrix(A::AbstractMatrix)
    n = size(A, 1)
    size(A, 2) == n || throw(DimensionMismatch(string("matrix is not square: dimensions are ", size(A))))
    n
end
_opnorm1(A::AbstractMatrix) = maximum(j -> sum(i -> abs(A[i, j]), 1:size(A, 1); init = zero(real(float(eltype(A))))), 1:size(A, 2); init = zero(real(float(eltype(A)))))
_is_real_symmetric(A::AbstractMatrix) = eltype(A) <: Real && all(A[i, j] == A[j, i] for j in 1:size(A, 2) for i in 1:j-1)
# the real symmetric matrices whose eigendecomposition Jacobi's method gives (in Float64)
_symmetric_path(A::AbstractMatrix) = eltype(A) <: Union{Integer, Float16, Float32, Float64} && _is_real_symmetric(A)
# f of a real symmetric matrix, V * Diagonal(f.(λ)) * V', made exactly symmetric; the element type
# of A's floats (Float32 stays Float32), complex when f gives complex values
function _symmetric_matfun(f, A::AbstractMatrix)
    vals, vecs = _jacobi(A)
    fv = map(f, vals)
    n = length(vals)
    R = float(eltype(A))
    T = eltype(fv) <: Complex ? Complex{R} : R
    out = Matrix{T}(undef, n, n)
    for j in 1:n, i in 1:j
        s = zero(eltype(fv))
        for k in 1:n
            s += vecs[i, k] * fv[k] * vecs[j, k]
        end
        out[i, j] = s
        out[j, i] = s
    end
    out
end
# A rotation angle θ for a real matrix with a real eigenvalue below zero (its square root and
# logarithm are then complex), else nothing: e^(-iθ) A has no eigenvalue on the negative real axis
# (those turn by -θ, away from it) and none crosses it (θ is below the angle of every other
# eigenvalue to it), so √A = e^(iθ/2) √(e^(-iθ) A) and log A = log(e^(-iθ) A) + iθ I, with the
# iterations started from complex values (from a real matrix they would stay real).
function _branch_rotation(A::AbstractMatrix)
    eltype(A) <: Real || return nothing
    wr, wi = _hqr!(_hessenberg!(Matrix{Float64}(A)))
    on_cut(k) = iszero(wi[k]) && wr[k] < 0
    any(on_cut, eachindex(wr)) || return nothing
    θ = pi / 4
    for k in eachindex(wr)
        on_cut(k) || (θ = min(θ, (pi - abs(atan(wi[k], wr[k]))) / 2))
    end
    θ
end

"""
    exp(A::AbstractMatrix)

The matrix exponential `I + A + A^2/2! + …` of a square matrix: by eigendecomposition for a
real symmetric matrix, else by Higham's scaling and squaring with Padé approximants (degree 3
to 13 by the 1-norm of `A`), as Julia's LinearAlgebra.
"""
function exp(A::AbstractMatrix)
    n = _check_square_matrix(A)
    T = float(eltype(A))
    n == 0 && return Matrix{T}(undef, 0, 0)
    _symmetric_path(A) && return _symmetric_matfun(exp, A)
    _exp_pade(Matrix{T}(A))
end
# a number to a matrix power: exp(log(b) * A), as Julia's (ℯ^A is exp(A))
^(b::Number, A::AbstractMatrix) = exp(log(b) * A)
^(::Irrational{:ℯ}, A::AbstractMatrix) = exp(A)
const _PADE_3 = (120.0, 60.0, 12.0, 1.0)
const _PADE_5 = (30240.0, 15120.0, 3360.0, 420.0, 30.0, 1.0)
const _PADE_7 = (17297280.0, 8648640.0, 1995840.0, 277200.0, 25200.0, 1512.0, 56.0, 1.0)
const _PADE_9 = (17643225600.0, 8821612800.0, 2075673600.0, 302702400.0, 30270240.0, 2162160.0, 110880.0, 3960.0, 90.0, 1.0)
const _PADE_13 = (64764752532480000.0, 32382376266240000.0, 7771770303897600.0, 1187353796428800.0, 129060195264000.0,
    10559470521600.0, 670442572800.0, 33522128640.0, 1323241920.0, 40840800.0, 960960.0, 16380.0, 182.0, 1.0)
function _exp_pade(A::Matrix{T}) where {T}
    n = size(A, 1)
    R = real(T)
    Id = _identity(T, n)
    nA = _opnorm1(A)
    if nA <= 2.1
        C = nA > 0.95 ? _PADE_9 : nA > 0.25 ? _PADE_7 : nA > 0.015 ? _PADE_5 : _PADE_3
        A2 = A * A
        P = Id
        U = R(C[2]) * P
        V = R(C[1]) * P
        for k in 1:(length(C) ÷ 2 - 1)
            P = P * A2
            U = U + R(C[2k + 2]) * P
            V = V + R(C[2k + 1]) * P
        end
        U = A * U
        return _lu_solve(_lu(V - U), V + U)
    end
    s = log2(nA / 5.4)
    squarings = s > 0 ? ceil(Int, s) : 0
    squarings > 0 && (A = A / R(2)^squarings)
    C = _PADE_13
    A2 = A * A
    A4 = A2 * A2
    A6 = A2 * A4
    U = A * (A6 * (R(C[14]) * A6 + R(C[12]) * A4 + R(C[10]) * A2) + R(C[8]) * A6 + R(C[6]) * A4 + R(C[4]) * A2 + R(C[2]) * Id)
    V = A6 * (R(C[13]) * A6 + R(C[11]) * A4 + R(C[9]) * A2) + R(C[7]) * A6 + R(C[5]) * A4 + R(C[3]) * A2 + R(C[1]) * Id
    X = _lu_solve(_lu(V - U), V + U)
    for k in 1:squarings
        X = X * X
    end
    X
end

# The principal square root by the Denman–Beavers iteration (Y → √A, Z → 1/√A), for a matrix
# without eigenvalues on the closed negative real axis
function _sqrt_denman_beavers(A::Matrix{T}) where {T}
    n = size(A, 1)
    Y = A
    Z = _identity(T, n)
    tol = 4 * n * eps(real(T))
    for iteration in 1:100
        Yn = (Y + inv(Z)) / 2
        Z = (Z + inv(Y)) / 2
        done = _opnorm1(Yn - Y) <= tol * _opnorm1(Yn)
        Y = Yn
        done && break
    end
    Y
end
# √ of an upper triangular matrix by the Björck–Hammarling recurrence (complex when a diagonal
# entry is negative)
function _sqrt_upper_triangular(A::AbstractMatrix)
    n = size(A, 1)
    T = any(i -> real(A[i, i]) < 0 && imag(A[i, i]) == 0, 1:n) ? complex(float(eltype(A))) : float(eltype(A))
    Rt = zeros(T, n, n)
    for j in 1:n
        Rt[j, j] = sqrt(T(A[j, j]))
        for i in j-1:-1:1
            s = T(A[i, j])
            for k in i+1:j-1
                s -= Rt[i, k] * Rt[k, j]
            end
            d = Rt[i, i] + Rt[j, j]
            Rt[i, j] = iszero(d) ? (iszero(s) ? zero(T) : s / d) : s / d
        end
    end
    Rt
end

"""
    sqrt(A::AbstractMatrix)

The principal square root of a square matrix (`sqrt(A)^2 ≈ A`): by eigendecomposition for a
real symmetric matrix (complex if an eigenvalue is negative), by substitution for an upper
triangular one, else by the Denman–Beavers iteration (complex for a real matrix with a negative
real eigenvalue).
"""
function sqrt(A::AbstractMatrix)
    n = _check_square_matrix(A)
    n == 0 && return Matrix{float(eltype(A))}(undef, 0, 0)
    if _symmetric_path(A)
        vals = _jacobi(A)[1]
        floor_ = -maximum(abs, vals) * eps(Float64) * n   # eigenvalues above it count as zero, not negative
        all(>=(floor_), vals) && return _symmetric_matfun(x -> sqrt(max(x, 0.0)), A)
        return _symmetric_matfun(x -> sqrt(complex(x)), A)
    end
    _istriangular(A, true) && return _sqrt_upper_triangular(A)
    T = float(eltype(A))
    θ = _branch_rotation(A)
    θ === nothing && return _sqrt_denman_beavers(Matrix{T}(A))
    cis(θ / 2) * _sqrt_denman_beavers(cis(-θ) * Matrix{complex(T)}(A))
end

# Gauss–Legendre nodes and weights on [0, 1] (8 points): log(I + X) = ∫₀¹ X (I + tX)⁻¹ dt
const _LOG_NODES = (0.019855071751231856, 0.10166676129318664, 0.2372337950418355, 0.4082826787521751,
    0.5917173212478249, 0.7627662049581645, 0.8983332387068134, 0.9801449282487681)
const _LOG_WEIGHTS = (0.05061426814518813, 0.11119051722668724, 0.15685332293894364, 0.18134189168918100,
    0.18134189168918100, 0.15685332293894364, 0.11119051722668724, 0.05061426814518813)
# log by inverse scaling and squaring: square roots until A is near I, then the quadrature
function _log_inverse_scaling(A::Matrix{T}) where {T}
    n = size(A, 1)
    Id = _identity(T, n)
    roots = 0
    while _opnorm1(A - Id) > 0.25 && roots < 64
        A = _sqrt_denman_beavers(A)
        roots += 1
    end
    X = A - Id
    L = zeros(T, n, n)
    for k in 1:length(_LOG_NODES)
        L = L + real(T)(_LOG_WEIGHTS[k]) * _lu_solve(_lu(Id + real(T)(_LOG_NODES[k]) * X), X)
    end
    real(T)(2)^roots * L
end
"""
    log(A::AbstractMatrix)

The principal matrix logarithm (`exp(log(A)) ≈ A`): by eigendecomposition for a real symmetric
matrix (complex if an eigenvalue is negative), else by inverse scaling and squaring (complex for
a real matrix with a negative real eigenvalue).
"""
function log(A::AbstractMatrix)
    n = _check_square_matrix(A)
    n == 0 && return Matrix{float(eltype(A))}(undef, 0, 0)
    if _symmetric_path(A)
        vals = _jacobi(A)[1]
        all(>=(0), vals) && return _symmetric_matfun(log, A)
        return _symmetric_matfun(x -> log(complex(x)), A)
    end
    T = float(eltype(A))
    θ = _branch_rotation(A)
    θ === nothing && return _log_inverse_scaling(Matrix{T}(A))
    L = _log_inverse_scaling(cis(-θ) * Matrix{complex(T)}(A))
    for i in 1:n
        L[i, i] += im * θ
    end
    L
end

"""
    A ^ p

A real power of a square matrix: an integer `p` by repeated squaring (in floating point), a
diagonal matrix entry by entry, a real symmetric one by eigendecomposition (complex if an
eigenvalue is negative), others as `exp(p * log(A))`.
"""
function ^(A::AbstractMatrix, p::Real)
    n = _check_square_matrix(A)
    isinteger(p) && return Matrix{typeof(one(eltype(A))^p)}(A)^Integer(p)
    if all(iszero(A[i, j]) for j in 1:n for i in 1:n if i != j)
        out = zeros(typeof(one(eltype(A))^p), n, n)
        for i in 1:n
            out[i, i] = A[i, i]^p
        end
        return out
    end
    if _symmetric_path(A)
        vals = _jacobi(A)[1]
        all(>=(0), vals) && return _symmetric_matfun(x -> x^p, A)
        return _symmetric_matfun(x -> complex(x)^p, A)
    end
    exp(p * log(A))
end

# The trigonometric and hyperbolic functions through exp (a real symmetric matrix through its
# eigendecomposition)
function _exp_i(A::AbstractMatrix)
    T = complex(float(eltype(A)))
    _exp_pade(Matrix{T}(T(im) * A))
end
function cos(A::AbstractMatrix)
    _check_square_matrix(A)
    _symmetric_path(A) && return _symmetric_matfun(cos, A)
    eltype(A) <: Real ? real(_exp_i(A)) : (_exp_i(A) + _exp_i(-A)) / 2
end
function sin(A::AbstractMatrix)
    _check_square_matrix(A)
    _symmetric_path(A) && return _symmetric_matfun(sin, A)
    eltype(A) <: Real ? imag(_exp_i(A)) : (_exp_i(A) - _exp_i(-A)) / (2im)
end
function cosh(A::AbstractMatrix)
    _check_square_matrix(A)
    _symmetric_path(A) && return _symmetric_matfun(cosh, A)
    (exp(A) + exp(-A)) / 2
end
function sinh(A::AbstractMatrix)
    _check_square_matrix(A)
    _symmetric_path(A) && return _symmetric_matfun(sinh, A)
    (exp(A) - exp(-A)) / 2
end
tan(A::AbstractMatrix) = _symmetric_path(A) ? _symmetric_matfun(tan, A) : cos(A) \ sin(A)
tanh(A::AbstractMatrix) = _symmetric_path(A) ? _symmetric_matfun(tanh, A) : cosh(A) \ sinh(A)
sincos(A::AbstractMatrix) = (sin(A), cos(A))
