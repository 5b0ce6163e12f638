# Complex numbers, as Julia's complex.jl defines them: `Complex{T<:Real}` with `im` the
# imaginary unit (a `Complex{Bool}`, so that `2im` is a `Complex{Int64}` and `2.5im` a
# `ComplexF64`).

"""
    Complex{T<:Real} <: Number

`re + im*im` with real and imaginary parts of type `T`; `ComplexF64 == Complex{Float64}`.
"""
struct Complex{T<:Real} <: Number
    re::T
    im::T
end
Complex(re::Real, im::Real) = Complex(promote(re, im)...)
Complex(x::Real) = Complex(x, zero(x))
Complex(z::Complex) = z
Complex{T}(x::Real) where {T<:Real} = Complex{T}(convert(T, x), zero(T))
Complex{T}(z::Complex) where {T<:Real} = Complex{T}(convert(T, z.re), convert(T, z.im))

const ComplexF64 = Complex{Float64}
const ComplexF32 = Complex{Float32}
const ComplexF16 = Complex{Float16}

"""
    im

The imaginary unit: `im * im == -1`.
"""
const im = Complex(false, true)

complex(x::Real) = Complex(x)
complex(z::Complex) = z
complex(re::Real, im::Real) = Complex(re, im)
complex(::Type{T}) where {T<:Real} = Complex{T}
complex(::Type{Complex{T}}) where {T<:Real} = Complex{T}
# in a matrix, a complex number aligns after the sign of its imaginary part (Julia's alignment)
function _alignment(x::Complex, s)
    m = match(r"^(.*[^ef][\+\-])(.*)$", s)
    m === nothing ? (length(s), 0) : (length(m.captures[1]), length(m.captures[2]))
end
# complex(A): A with complex elements
complex(a::AbstractArray{<:Complex}) = a
complex(a::AbstractArray) = _elements_as(complex, a)

real(z::Complex) = z.re
imag(z::Complex) = z.im
real(x::Real) = x
real(::Type{T}) where {T<:Real} = T
real(::Type{Complex{T}}) where {T<:Real} = T
imag(x::Real) = zero(x)
# of arrays, element by element (a real array is its own real part)
real(A::AbstractArray) = map(real, A)
real(A::AbstractArray{<:Real}) = A
imag(A::AbstractArray) = map(imag, A)
reim(z) = (real(z), imag(z))
conj(z::Complex) = Complex(z.re, -z.im)
isreal(z::Complex) = iszero(z.im)
isreal(x::Real) = true
isreal(A::AbstractArray) = all(isreal, A)
# isapprox's default tolerance for complex numbers is their parts' (as Julia's rtoldefault(real(T)))
_rtoldefault(::Type{Complex{T}}) where {T} = _rtoldefault(T)
# exp(im * A) of a square matrix (matfun.jl)
cis(A::AbstractMatrix) = _symmetric_path(A) ? _symmetric_matfun(cis, A) : _exp_i(A)
iszero(z::Complex) = iszero(z.re) & iszero(z.im)
isone(z::Complex) = isone(z.re) & iszero(z.im)
isfinite(z::Complex) = isfinite(z.re) & isfinite(z.im)
isinf(z::Complex) = isinf(z.re) | isinf(z.im)
isnan(z::Complex) = isnan(z.re) | isnan(z.im)
isinteger(z::Complex) = isreal(z) & isinteger(z.re)
zero(::Type{Complex{T}}) where {T<:Real} = Complex{T}(zero(T), zero(T))
one(::Type{Complex{T}}) where {T<:Real} = Complex{T}(one(T), zero(T))
float(z::Complex) = Complex(float(z.re), float(z.im))
float(::Type{Complex{T}}) where {T<:Real} = Complex{float(T)}

promote_rule(::Type{Complex{T}}, ::Type{S}) where {T<:Real, S<:Real} = Complex{promote_type(T, S)}
promote_rule(::Type{Complex{T}}, ::Type{Complex{S}}) where {T<:Real, S<:Real} = Complex{promote_type(T, S)}

function _complex_to_real(::Type{T}, z::Complex) where {T<:Real}
    isreal(z) || throw(InexactError(nameof(T), T, z))
    convert(T, z.re)
end
Float64(z::Complex) = _complex_to_real(Float64, z)
Float32(z::Complex) = _complex_to_real(Float32, z)
Float16(z::Complex) = _complex_to_real(Float16, z)
Int64(z::Complex) = _complex_to_real(Int64, z)

function show(io::IO, z::Complex)
    r, i = reim(z)
    compact = get(io, :compact, false) === true # a matrix's cells: 0.333333+2.0im
    show(io, r)
    if signbit(i) && !isnan(i)
        print(io, compact ? "-" : " - ")
        show(io, -i)
    else
        print(io, compact ? "+" : " + ")
        show(io, i)
    end
    # a part that is not a plain number needs the multiplication sign: 1.0 + Inf*im
    (i isa Integer && !(i isa Bool)) || (i isa AbstractFloat && isfinite(i)) || print(io, "*")
    print(io, "im")
end
show(io::IO, z::Complex{Bool}) = z == im ? print(io, "im") : print(io, "Complex(", z.re, ",", z.im, ")")

## arithmetic ##

+(z::Complex) = Complex(+z.re, +z.im)
-(z::Complex) = Complex(-z.re, -z.im)
+(z::Complex, w::Complex) = Complex(z.re + w.re, z.im + w.im)
-(z::Complex, w::Complex) = Complex(z.re - w.re, z.im - w.im)
*(z::Complex, w::Complex) = Complex(z.re * w.re - z.im * w.im, z.re * w.im + z.im * w.re)
# a real operand leaves the other part alone (no 0 * Inf = NaN, signs of zeros kept)
+(x::Real, z::Complex) = Complex(x + z.re, z.im)
+(z::Complex, x::Real) = Complex(z.re + x, z.im)
-(x::Real, z::Complex) = Complex(x - z.re, -z.im)
-(z::Complex, x::Real) = Complex(z.re - x, z.im)
*(x::Real, z::Complex) = Complex(x * z.re, x * z.im)
*(z::Complex, x::Real) = Complex(z.re * x, z.im * x)
/(z::Complex, x::Real) = Complex(z.re / x, z.im / x)
/(x::Real, z::Complex) = x * inv(z)
# Smith's algorithm: no overflow in the denominator for large parts
function /(a::Complex{T}, b::Complex{T}) where {T<:AbstractFloat}
    are, aim = reim(a)
    bre, bim = reim(b)
    if abs(bre) <= abs(bim)
        r = isinf(bre) && isinf(bim) ? sign(bre) / sign(bim) : bre / bim
        den = bim + r * bre
        Complex((are * r + aim) / den, (aim * r - are) / den)
    else
        r = isinf(bre) && isinf(bim) ? sign(bim) / sign(bre) : bim / bre
        den = bre + r * bim
        Complex((are + aim * r) / den, (aim - are * r) / den)
    end
end
/(a::Complex, b::Complex) = /(promote(float(a), float(b))...)
function inv(z::Complex)
    w = float(z)
    c, d = reim(w)
    (isinf(c) | isinf(d)) && return Complex(copysign(zero(c), c), flipsign(-zero(d), d))
    one(w) / w
end
//(z::Complex, x::Real) = Complex(z.re // x, z.im // x)
//(x::Number, z::Complex) = x * conj(z) // abs2(z)

^(z::Complex, n::Int64) = n < 0 ? power_by_squaring(inv(z), -n) : power_by_squaring(z, n)
# a literal power of a hardware-number Complex, as Julia's literal_pow (x^3 is x*x*x)
_literal_pow(::typeof(^), x::Complex{<:_HWReal}, p::Int) = _hw_literal_pow(x, p)
^(z::Complex, w::Complex) = _cpow(promote(float(z), float(w))...)
^(z::Complex, n::Integer) = z ^ Int64(n)
^(z::Complex, x::Real) = (T = promote_type(real(typeof(float(z))), typeof(float(x))); _cpow(Complex{T}(z), T(x)))
^(z::Complex, x::Rational) = z ^ (x.num / x.den)
^(x::Real, z::Complex) = (T = promote_type(typeof(float(x)), real(typeof(float(z)))); _cpow(T(x), Complex{T}(z)))
# Julia's _cpow (complex.jl): integer powers by squaring, a negative real base by cospi/sinpi,
# so that (2.0+0im)^3.0 == 8 and (-4+0im)^0.5 == 2im exactly; otherwise by polar form
function _cpow(z::Union{T, Complex{T}}, p::Union{T, Complex{T}}) where {T<:AbstractFloat}
    if isreal(p)
        pr = real(p)
        if isinteger(pr) && abs(pr) < typemax(Int32)
            if iszero(pr) # the sign of the imaginary part of z^0
                return Complex(one(T), flipsign(copysign(zero(T), pr), imag(z)))
            end
            ip = convert(Int, pr)
            if isreal(z)
                zr = real(z)
                if ip < 0
                    iszero(z) && return Complex(T(NaN), T(NaN))
                    re = power_by_squaring(inv(zr), -ip)
                    im = -imag(z)
                else
                    re = power_by_squaring(zr, ip)
                    im = imag(z)
                end
                return Complex(re, ifelse(iseven(ip) & signbit(zr), -im, im))
            else
                return ip < 0 ? power_by_squaring(inv(z), -ip) : power_by_squaring(z, ip)
            end
        elseif isreal(z)
            if iszero(real(z))
                return pr > 0 ? complex(z) : Complex(T(NaN), T(NaN))
            elseif real(z) > 0
                return Complex(real(z)^pr, z isa Real ? ifelse(real(z) < 1, -imag(p), imag(p)) : flipsign(imag(z), pr))
            else
                rp = (-real(z))^pr
                if isfinite(pr)
                    return rp * complex(cospi(pr), flipsign(sinpi(pr), imag(z)))
                else
                    iszero(rp) && return zero(Complex{T})
                    return Complex(T(NaN), T(NaN))
                end
            end
        else
            rp = abs(z)^pr
            phi = pr * angle(z)
        end
    elseif isreal(z)
        iszero(z) && return real(p) > 0 ? complex(z) : Complex(T(NaN), T(NaN))
        zr = real(z)
        pr, pi_ = reim(p)
        if zr > 0
            rp = zr^pr
            phi = pi_ * log(zr)
        else
            r = -zr
            theta = copysign(T(pi), imag(z))
            rp = r^pr * exp(-pi_ * theta)
            phi = pr * theta + pi_ * log(r)
        end
    else
        pr, pi_ = reim(p)
        r = abs(z)
        theta = angle(z)
        rp = r^pr * exp(-pi_ * theta)
        phi = pr * theta + pi_ * log(r)
    end
    if isfinite(phi)
        return rp * cis(phi)
    else
        iszero(rp) && return zero(Complex{T})
        return Complex(T(NaN), T(NaN))
    end
end

## comparison and hashing ##

==(z::Complex, w::Complex) = (z.re == w.re) & (z.im == w.im)
==(z::Complex, x::Real) = isreal(z) && z.re == x
==(x::Real, z::Complex) = isreal(z) && z.re == x
isequal(z::Complex, w::Complex) = isequal(z.re, w.re) & isequal(z.im, w.im)
isequal(z::Complex, x::Real) = isequal(z.re, x) & isequal(z.im, zero(x))
isequal(x::Real, z::Complex) = isequal(z, x)
# as Julia 1.10: a complex number equal to a real hashes like it
const h_imag = 0x32a7a07f3e7cd1f9
const hash_0_imag = hash(0, h_imag)
hash(z::Complex, h::UInt) = hash(z.re, h ⊻ hash(z.im, h_imag) ⊻ hash_0_imag)

## functions ##

abs(z::Complex) = hypot(float(z.re), float(z.im))
abs2(z::Complex) = z.re * z.re + z.im * z.im
angle(z::Complex) = atan(float(z.im), float(z.re))
angle(x::Real) = atan(zero(float(x)), float(x))
sign(z::Complex) = iszero(z) ? z / one(abs(z)) : z / abs(z)
cis(x::Real) = Complex(cos(x), sin(x))
cis(z::Complex) = exp(-z.im) * cis(z.re)
# ---- elementary functions, as Julia's complex.jl (Kahan's "Branch cuts for complex elementary
# functions": no overflow for large parts, the signs of zero on the cuts, the same operations in
# the same order so results agree to the last bit) -------------------------------------------------

# |z|^2 = ρ * 2^(2k) without overflow or underflow: ρ computed from parts scaled by 2^-k when needed
function _scaled_abs2(x::T, y::T) where {T<:AbstractFloat}
    ρ = x * x + y * y
    k = 0
    if !isfinite(ρ) && (isinf(x) || isinf(y))
        ρ = T(Inf)
    elseif isinf(ρ) || (ρ == 0 && (x != 0 || y != 0)) || ρ < nextfloat(zero(T)) / (2 * eps(T)^2)
        m = max(abs(x), abs(y))
        k = m == 0 ? 0 : exponent(m)
        xs, ys = ldexp(x, -k), ldexp(y, -k)
        ρ = xs * xs + ys * ys
    end
    (ρ, k)
end

# exp and expm1 where x is NaN or y not finite (nothing otherwise); they differ only at x = -Inf
function _exp_special(x, y, at_minus_inf)
    isnan(x) && return Complex(x, y == 0 ? y : x)
    isfinite(y) && return nothing
    x == Inf && return Complex(-x, oftype(x, NaN))
    x == -Inf && return Complex(at_minus_inf, copysign(zero(y), y))
    Complex(oftype(x, NaN), oftype(y, NaN))
end
function exp(z::Complex)
    x, y = reim(float(z))
    special = _exp_special(x, y, -zero(x))
    special === nothing || return special
    e = exp(x)
    iszero(y) && return Complex(e, y)
    s, c = sincos(y)
    Complex(e * c, e * s)
end
function expm1(z::Complex)
    x, y = reim(float(z))
    special = _exp_special(x, y, -one(x))
    special === nothing || return special
    em1 = expm1(x)
    y == 0 && return Complex(em1, y)
    e = em1 + one(em1)
    # exp(x)cos(y) - 1 = expm1(x) - 2exp(x)sin(y/2)^2, without cancellation
    isfinite(e) && return Complex(em1 - 2 * e * sin(y / 2)^2, e * sin(y))
    s, c = sincos(y)
    Complex(e * c, e * s)
end
function _exp_base(z::Complex, ebase, lnbase)
    w = float(z)
    e = ebase(real(w))
    s, c = sincos(imag(w) * lnbase(typeof(e)))
    Complex(e * c, e * s)
end
exp2(z::Complex) = _exp_base(z, exp2, T -> log(T(2)))
exp10(z::Complex) = _exp_base(z, exp10, T -> log(T(10)))

function log(z::Complex)
    w = float(z)
    x, y = reim(w)
    T = typeof(x)
    ρ, k = _scaled_abs2(x, y)
    small, large = minmax(abs(x), abs(y))
    # near |z| = 1 the real part is log1p of |z|^2 - 1, computed without cancellation
    re = (k == 0 && 0.5 < large * large && (large <= T(1.25) || ρ < 3)) ? log1p((large - 1) * (large + 1) + small * small) / 2 :
         log(ρ) / 2 + k * log(T(2))
    Complex(re, angle(w))
end
log2(z::Complex) = (a = log(z); a / log(oftype(real(a), 2)))
log10(z::Complex) = (a = log(z); a / log(oftype(real(a), 10)))
function log1p(z::Complex)
    x, y = reim(z)
    T = typeof(float(x))
    if isfinite(x)
        isinf(y) && return log(z)
        u = one(T) + z
        # Kahan's trick: log(u) * z / (u - 1) corrects the rounding of 1 + z
        return u == 1 ? convert(typeof(u), z) : real(u) <= 0 ? log(u) : log(u) * z / (u - 1)
    end
    isnan(x) && return Complex(T(x), T(x))
    isfinite(y) && return Complex(T(Inf), copysign(x > 0 ? zero(T) : T(pi), y))
    Complex(T(Inf), T(NaN))
end

# the principal root: sqrt((|z| + |x|)/2) for the larger part, y/2 divided by it for the other
function sqrt(z::Complex)
    x, y = reim(float(z))
    x == y == 0 && return Complex(zero(x), y)
    ρ, k = _scaled_abs2(x, y)
    isfinite(x) && (ρ = ldexp(abs(x), -k) + sqrt(ρ))
    if isodd(k)
        k = div(k - 1, 2)
    else
        k = div(k, 2) - 1
        ρ += ρ
    end
    r = ldexp(sqrt(ρ), k)
    re, im = r, y
    if r != 0
        isfinite(im) && (im = (im / r) / 2)
        if x < 0
            re = abs(im)
            im = copysign(r, y)
        end
    end
    Complex(re, im)
end

function sin(z::Complex)
    x, y = reim(z)
    F = typeof(float(x))
    x == 0 && return Complex(F(x), sinh(y))
    if !isfinite(x)
        return y == 0 || isinf(y) ? Complex(F(NaN), F(y)) : Complex(F(NaN), F(NaN))
    end
    s, c = sincos(x)
    Complex(s * cosh(y), c * sinh(y))
end
function cos(z::Complex)
    x, y = reim(z)
    F = typeof(float(x))
    x == 0 && return Complex(cosh(y), isnan(y) ? F(x) : -flipsign(F(x), y))
    if !isfinite(x)
        y == 0 && return Complex(F(NaN), isnan(x) ? zero(F) : -flipsign(F(y), x))
        return isinf(y) ? Complex(F(Inf), F(NaN)) : Complex(F(NaN), F(NaN))
    end
    s, c = sincos(x)
    Complex(c * cosh(y), -s * sinh(y))
end
# the trigonometric functions through the hyperbolic ones of i*z (and back)
tan(z::Complex) = (w = tanh(Complex(-imag(z), real(z))); Complex(imag(w), -real(w)))
sinh(z::Complex) = (w = sin(Complex(imag(z), real(z))); Complex(imag(w), real(w)))
cosh(z::Complex) = cos(Complex(imag(z), -real(z)))
function tanh(z::Complex)
    x, y = reim(float(z))
    T = typeof(x)
    isnan(x) && y == 0 && return Complex(x, y)
    if 4 * abs(x) > asinh(prevfloat(typemax(T)))   # tanh is ±1 to working precision
        return Complex(copysign(one(T), x), copysign(zero(T), y * (isfinite(y) ? sin(2 * abs(y)) : one(y))))
    end
    t = tan(y)
    β = 1 + t * t        # sec(y)^2
    s = sinh(x)
    ρ = sqrt(1 + s * s)  # cosh(x)
    isinf(t) ? Complex(ρ / s, 1 / t) : Complex(β * ρ * s, t) / (1 + β * s * s)
end

function asin(z::Complex)
    x, y = reim(float(z))
    isinf(x) && isinf(y) && return Complex(copysign(oftype(x, pi) / 4, x), y)
    isnan(y) && isinf(x) && return Complex(y, oftype(x, Inf))
    w = float(z)
    re = x == 0 ? x : !isfinite(x) ? oftype(x, pi) / 2 * sign(x) : atan(x, real(sqrt(1 - w) * sqrt(1 + w)))
    Complex(re, asinh(copysign(imag(sqrt(conj(1 - w)) * sqrt(1 + w)), y)))
end
function acos(z::Complex)
    w = float(z)
    x, y = reim(w)
    if isnan(x)
        return isinf(y) ? Complex(x, -y) : Complex(x, x)
    elseif isnan(y)
        return isinf(x) ? Complex(y, abs(x)) : x == 0 ? Complex(oftype(x, pi) / 2, y) : Complex(y, y)
    elseif x == y == 0
        return Complex(oftype(x, pi) / 2, -y)
    elseif x == Inf && y === zero(y)
        return Complex(y, -x)
    elseif x == -Inf && y === -zero(y)
        return Complex(oftype(y, pi), -x)
    end
    re = 2 * atan(real(sqrt(1 - w)), real(sqrt(1 + w)))
    im = asinh(imag(sqrt(conj(1 + w)) * sqrt(1 - w)))
    isinf(x) && isinf(y) && (re -= oftype(im, pi) / 4 * sign(x))
    Complex(re, im)
end
atan(z::Complex) = (w = atanh(Complex(-imag(z), real(z))); Complex(imag(w), -real(w)))
asinh(z::Complex) = (w = asin(Complex(-imag(z), real(z))); Complex(imag(w), -real(w)))
function acosh(z::Complex)
    w = float(z)
    x, y = reim(w)
    if isnan(x) || isnan(y)
        return isinf(x) || isinf(y) ? Complex(oftype(x, Inf), oftype(y, NaN)) : Complex(oftype(x, NaN), oftype(y, NaN))
    elseif x == -Inf && y === -zero(y)
        return Complex(oftype(x, Inf), oftype(y, -pi))
    end
    re = asinh(real(sqrt(conj(w - 1)) * sqrt(w + 1)))
    im = 2 * atan(imag(sqrt(w - 1)), real(sqrt(w + 1)))
    isinf(x) && isinf(y) && (im -= oftype(im, pi) / 4 * sign(y) * sign(x))
    Complex(re, im)
end
function atanh(z::Complex)
    w = float(z)
    x, y = reim(w)
    T = typeof(x)
    θ = sqrt(prevfloat(typemax(T))) / 4
    ρ = 1 / θ
    ax, ay = abs(x), abs(y)
    if ax > θ || ay > θ   # large parts: atanh(z) is 1/z off the cut, ±π/2 on it
        isnan(y) && return Complex(isinf(x) ? copysign(zero(x), x) : real(1 / w), y)
        isinf(y) && return Complex(copysign(zero(x), x), copysign(oftype(y, pi) / 2, y))
        return Complex(real(1 / w), copysign(oftype(y, pi) / 2, y))
    end
    β = copysign(one(T), x)   # work in the right half plane, by atanh's oddness
    w *= β
    x, y = reim(w)
    if x == 1
        if y == 0
            re, im = oftype(x, Inf), y
        else
            ym = ay + ρ
            re = log(sqrt(sqrt(4 + y * y)) / sqrt(ym))
            im = copysign(oftype(y, pi) / 2 + atan(ym / 2), y) / 2
        end
    else
        ysq = (ay + ρ)^2
        re = x == 0 ? x : log1p(4x / ((1 - x)^2 + ysq)) / 4
        im = angle(Complex((1 - x) * (1 + x) - ysq, 2y)) / 2
    end
    β * Complex(re, im)
end

# sin(πz) and cos(πz): exact zeros and ±1 where the real part is an integer or a half-integer
function sincospi(z::Complex)
    x, y = reim(z)
    F = typeof(float(x))
    if isinteger(x)
        s = copysign(zero(F), x)
        even = x isa Integer ? iseven(x) : isinteger(x / 2)
        sh, ch = sinh(pi * y), cosh(pi * y)
        return (Complex(s, even ? sh : -sh), Complex(even ? ch : -ch, isnan(y) ? s : -flipsign(s, y)))
    elseif isinteger(2x)
        positive = isinteger((2x - 1) / 4)
        sh, ch = sinh(pi * y), cosh(pi * y)
        return (Complex(positive ? ch : -ch, isnan(y) ? zero(F) : copysign(zero(F), y)), Complex(zero(F), positive ? -sh : sh))
    elseif !isfinite(x)
        y == 0 && return (Complex(F(NaN), F(y)), Complex(F(NaN), isnan(x) ? zero(F) : -flipsign(F(y), x)))
        isinf(y) && return (Complex(F(NaN), F(y)), Complex(F(Inf), F(NaN)))
        return (Complex(F(NaN), F(NaN)), Complex(F(NaN), F(NaN)))
    end
    sp, cp = sincospi(x)
    sh, ch = sinh(pi * y), cosh(pi * y)
    (Complex(sp * ch, cp * sh), Complex(cp * ch, -sp * sh))
end
sinpi(z::Complex) = sincospi(z)[1]
cospi(z::Complex) = sincospi(z)[2]

round(z::Complex; kws...) = Complex(round(z.re; kws...), round(z.im; kws...))
round(z::Complex, rr::RoundingMode, ri::RoundingMode = rr; kws...) = Complex(round(z.re, rr; kws...), round(z.im, ri; kws...))
big(z::Complex) = Complex(big(z.re), big(z.im))

# parse(Complex{T}, s): a real part, an imaginary one (the number followed by im, i or j), or
# both joined by + or - (spaces allowed around it), as Julia's: "3.2e-1 + 4.5im", "-im", "2".
function tryparse(::Type{Complex{T}}, s::AbstractString) where {T<:Real}
    str = strip(s)
    isempty(str) && return nothing
    unit = endswith(str, "im") ? 2 : (endswith(str, "i") || endswith(str, "j")) ? 1 : 0
    if unit == 0
        x = tryparse(T, str)
        return x === nothing ? nothing : Complex{T}(x, zero(T))
    end
    body = String(chop(String(str); tail = unit))
    # the sign that joins the parts: the last + or - not first and not an exponent's
    k = 0
    for i in eachindex(body)
        c = body[i]
        if (c == '+' || c == '-') && i > firstindex(body) && !(body[prevind(body, i)] in ('e', 'E'))
            k = i
        end
    end
    re = k == 0 ? "" : strip(body[1:prevind(body, k)])
    im_part = filter(!isspace, k == 0 ? body : body[k:end])
    im_part in ("", "+", "-") && (im_part *= "1")
    y = tryparse(T, im_part)
    y === nothing && return nothing
    x = isempty(re) ? zero(T) : tryparse(T, re)
    x === nothing && return nothing
    Complex{T}(x, y)
end
function parse(::Type{Complex{T}}, s::AbstractString) where {T<:Real}
    z = tryparse(Complex{T}, s)
    z === nothing && throw(ArgumentError(string("cannot parse \"", s, "\" as ", Complex{T})))
    z
end
^(::Irrational{:ℯ}, z::Complex) = exp(z)
