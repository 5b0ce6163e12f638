# Floating-point functions of Julia's math.jl built on the intrinsics: decomposition into
# significand and exponent, pi-scaled trigonometry, polynomial evaluation.

_uint_of(::Type{Float64}) = UInt64
_uint_of(::Type{Float32}) = UInt32
_uint_of(::Type{Float16}) = UInt16
significand_bits(::Type{Float64}) = 52
significand_bits(::Type{Float32}) = 23
significand_bits(::Type{Float16}) = 10
exponent_bias(::Type{Float64}) = 1023
exponent_bias(::Type{Float32}) = 127
exponent_bias(::Type{Float16}) = 15

"""
    precision(T::Type{<:AbstractFloat})

The number of bits of the significand, the implicit leading bit included (53 for Float64).
"""
precision(::Type{T}) where {T<:IEEEFloat} = significand_bits(T) + 1
precision(x::AbstractFloat) = precision(typeof(x))

"""
    maxintfloat(T = Float64)

The largest consecutive integer representable in `T` (all smaller integers are too).
"""
maxintfloat(::Type{T}) where {T<:IEEEFloat} = T(2)^precision(T)
maxintfloat(::Type{S}, ::Type{T}) where {S<:AbstractFloat, T<:Integer} = min(maxintfloat(S), S(typemax(T)))
maxintfloat() = maxintfloat(Float64)
maxintfloat(x::AbstractFloat) = maxintfloat(typeof(x))

# x = ±m * 2^(e - bias - sigbits) with the implicit bit in m: (m, e) for finite nonzero x, where a
# subnormal's significand is shifted up and its exponent down so that m has the implicit bit set.
function _normalized_parts(x::T) where {T<:IEEEFloat}
    U = _uint_of(T)
    sb = significand_bits(T)
    u = reinterpret(U, abs(x))
    e = Int64(u >> sb)
    m = u & ((one(U) << sb) - one(U))
    if e == 0
        shift = leading_zeros(m) - (8 * sizeof(U) - 1 - sb)
        m <<= shift
        e = 1 - shift
        m &= (one(U) << sb) - one(U)
    end
    (m, e)
end

"""
    exponent(x)

The exponent `e` with `2^e <= abs(x) < 2^(e+1)`; a DomainError for 0, Inf and NaN.
"""
function exponent(x::T) where {T<:IEEEFloat}
    isfinite(x) || throw(DomainError(x, "Cannot be NaN or Inf."))
    x == 0 && throw(DomainError(x, "Cannot be ±0.0."))
    _normalized_parts(x)[2] - exponent_bias(T)
end
exponent(x::Real) = exponent(float(x))

"""
    significand(x)

`x` scaled into `[1, 2)` keeping its sign (`x == significand(x) * 2^exponent(x)`); zeros,
infinities and NaN are returned as they are.
"""
function significand(x::T) where {T<:IEEEFloat}
    (x == 0 || !isfinite(x)) && return x
    U = _uint_of(T)
    m, _ = _normalized_parts(x)
    copysign(reinterpret(T, m | (U(exponent_bias(T)) << significand_bits(T))), x)
end
significand(x::Real) = significand(float(x))

"""
    frexp(x)

`(f, e)` with `x == f * 2^e` and `abs(f)` in `[0.5, 1)` (`(x, 0)` for zeros, infinities, NaN).
"""
function frexp(x::T) where {T<:IEEEFloat}
    (x == 0 || !isfinite(x)) && return (x, 0)
    U = _uint_of(T)
    m, e = _normalized_parts(x)
    (copysign(reinterpret(T, m | (U(exponent_bias(T) - 1) << significand_bits(T))), x), e - exponent_bias(T) + 1)
end

"""
    ldexp(x, n)

`x * 2^n`, computed exactly up to the final rounding of a subnormal or overflowing result.
"""
function ldexp(x::T, n::Integer) where {T<:IEEEFloat}
    (x == 0 || !isfinite(x)) && return x
    T === Float64 || return T(ldexp(Float64(x), n))   # exact in Float64: rounds once, here
    # scale a significand in [1, 2) in steps that stay normal, so only the last step rounds
    e = clamp(Int64(n) + exponent(x), -3000, 3000)
    y = significand(x)
    while e > 1023
        y *= 8.98846567431158e307     # 2^1023
        e -= 1023
    end
    while e < -1022
        y *= 2.2250738585072014e-308  # 2^-1022
        e += 1022
    end
    y * reinterpret(Float64, UInt64(e + 1023) << 52)
end
ldexp(x::Real, n::Integer) = ldexp(float(x), n)

"""
    modf(x)

`(fractional part, integral part)` of `x`, both with the sign of `x`.
"""
modf(x::AbstractFloat) = isinf(x) ? (copysign(zero(x), x), x) : (rem(x, one(x)), trunc(x))
modf(x::Real) = modf(float(x))

sincos(x::Real) = (sin(x), cos(x))

deg2rad(x::AbstractFloat) = x * (oftype(x, pi) / 180)
rad2deg(x::AbstractFloat) = x * (180 / oftype(x, pi))
deg2rad(x::Real) = deg2rad(float(x))
rad2deg(x::Real) = rad2deg(float(x))

# x reduced by multiples of 1/2: x = n/2 + r with |r| <= 1/4 (exact: n is small next to x's
# precision, or x is an integer and r = 0).
function _pi_reduce(x::AbstractFloat)
    n = round(2 * x)
    (x - n / 2, mod(Int64(rem(n, 4)), 4))
end

# sin(πr) and cos(πr) for |r| <= 1/4. For Float64, πr is split into hi + lo (π in two doubles,
# the product's rounding error by fma) and sin(hi + lo) taken as sin(hi) + cos(hi)·lo: sin(pi * r)
# alone was an ulp off where the rounding of π·r shows (sinpi(1/6) gave 0.49999999999999994).
# At ±1/4 both are √½, which sqrt rounds correctly. Float32 and Float16 go through Float64.
function _sinpi_kernel(r::Float64)
    abs(r) == 0.25 && return copysign(sqrt(0.5), r)
    hi, lo = _pi_times(r)
    sin(hi) + cos(hi) * lo
end
function _cospi_kernel(r::Float64)
    abs(r) == 0.25 && return sqrt(0.5)
    hi, lo = _pi_times(r)
    cos(hi) - sin(hi) * lo
end
function _pi_times(r::Float64)
    hi = 3.141592653589793 * r
    (hi, fma(3.141592653589793, r, -hi) + 1.2246467991473532e-16 * r)
end
_sinpi_kernel(r::Union{Float32, Float16}) = oftype(r, _sinpi_kernel(Float64(r)))
_cospi_kernel(r::Union{Float32, Float16}) = oftype(r, _cospi_kernel(Float64(r)))
_sinpi_kernel(r) = sin(pi * r)
_cospi_kernel(r) = cos(pi * r)

"""
    sinpi(x)

`sin(π*x)`, exact at the multiples of 1/2 (`sinpi(1) == 0`).
"""
function sinpi(x::T) where {T<:AbstractFloat}
    isfinite(x) || (isnan(x) ? (return x) : throw(DomainError(x, "`x` cannot be infinite.")))
    abs(x) >= maxintfloat(T) && return copysign(zero(T), x)
    r, q = _pi_reduce(x)
    y = q == 0 ? _sinpi_kernel(r) : q == 1 ? _cospi_kernel(r) : q == 2 ? -_sinpi_kernel(r) : -_cospi_kernel(r)
    y == 0 ? copysign(zero(T), x) : T(y)
end

"""
    cospi(x)

`cos(π*x)`, exact at the multiples of 1/2 (`cospi(1/2) == 0`).
"""
function cospi(x::T) where {T<:AbstractFloat}
    isfinite(x) || (isnan(x) ? (return x) : throw(DomainError(x, "`x` cannot be infinite.")))
    abs(x) >= maxintfloat(T) && return one(T)
    r, q = _pi_reduce(abs(x))
    y = q == 0 ? _cospi_kernel(r) : q == 1 ? -_sinpi_kernel(r) : q == 2 ? -_cospi_kernel(r) : _sinpi_kernel(r)
    y == 0 ? zero(T) : T(y)
end
"""
    tanpi(x)

`tan(π*x)`, exact at the multiples of 1/4 (`tanpi(1/4) == 1`, `tanpi(1/2)` is `Inf`).
"""
function tanpi(x::T) where {T<:AbstractFloat}
    a = abs(x)
    isfinite(a) || (isnan(a) ? (return x) : throw(DomainError(a, "`tanpi(x)` is only defined for finite `x`.")))
    a >= maxintfloat(T) && return copysign(zero(T), x)
    # as Julia's: a = n/2 + r with |r| <= 1/4, the quadrant n & 3 choosing the signs of sin and cos
    # (tanpi(1.5) is -Inf, tanpi(1.0) is -0.0); Float32 and Float16 divide in Float64
    n = round(2 * a)
    r = Float64(a - n / 2)
    q = Int64(n) & 3
    s = _sinpi_kernel(r)
    c = _cospi_kernel(r)
    if q == 1
        s, c = c, 0.0 - s
    elseif q == 2
        s, c = 0.0 - s, 0.0 - c
    elseif q == 3
        s, c = 0.0 - c, s
    end
    T(signbit(x) ? -s / c : s / c)
end
tanpi(x::Integer) = x >= 0 ? (isodd(x) ? -zero(float(x)) : zero(float(x))) : (isodd(x) ? zero(float(x)) : -zero(float(x)))
tanpi(x::Real) = tanpi(float(x))
sinpi(x::Integer) = x >= 0 ? zero(float(x)) : -zero(float(x))
cospi(x::Integer) = isodd(x) ? -one(float(x)) : one(float(x))
sinpi(x::Real) = sinpi(float(x))
cospi(x::Real) = cospi(float(x))
sincospi(x::Real) = (sinpi(x), cospi(x))

"""
    evalpoly(x, p)

`p[1] + p[2]*x + p[3]*x^2 + ...` by Horner's rule, for a tuple or vector of coefficients.
"""
function evalpoly(x, p)
    n = length(p)
    n == 0 && return zero(x)
    ex = p[n]
    for i in n-1:-1:1
        ex = muladd(x, ex, p[i])
    end
    ex
end

"""
    @evalpoly(z, c...)

`c[1] + c[2]*z + c[3]*z^2 + ...` by Horner's rule: `evalpoly(z, (c...,))`.
"""
macro evalpoly(z, p...)
    :(evalpoly($(esc(z)), ($(map(esc, p)...),)))
end

# Integers and other reals go through float, as in Julia (sin(1) == sin(1.0), log(2) is a Float64).
sin(x::Real) = sin(float(x))
cos(x::Real) = cos(float(x))
tan(x::Real) = tan(float(x))
asin(x::Real) = asin(float(x))
acos(x::Real) = acos(float(x))
atan(x::Real) = atan(float(x))
sinh(x::Real) = sinh(float(x))
cosh(x::Real) = cosh(float(x))
tanh(x::Real) = tanh(float(x))
exp(x::Real) = exp(float(x))
exp2(x::Real) = exp2(float(x))
exp10(x::Real) = exp10(float(x))
expm1(x::Real) = expm1(float(x))
log(x::Real) = log(float(x))
log2(x::Real) = log2(float(x))
log10(x::Real) = log10(float(x))
log1p(x::Real) = log1p(float(x))
cbrt(x::Real) = cbrt(float(x))

# Inverse hyperbolic functions, in forms that keep precision near 0 and for large arguments;
# Float32 and Float16 are computed in Float64 and rounded once.
function asinh(x::Float64)
    a = abs(x)
    a > 1.0e8 && return copysign(log(a) + 0.6931471805599453, x)   # log(2a)
    return copysign(log1p(a + a * a / (1.0 + sqrt(1.0 + a * a))), x)
end
function acosh(x::Float64)
    x < 1.0 && throw(DomainError(x, "acosh(x) is only defined for x ≥ 1."))
    x > 1.0e8 && return log(x) + 0.6931471805599453
    t = x - 1.0
    return log1p(t + sqrt(2.0 * t + t * t))
end
function atanh(x::Float64)
    abs(x) > 1.0 && throw(DomainError(x, "atanh(x) is only defined for |x| ≤ 1."))
    return copysign(0.5 * log1p(2.0 * abs(x) / (1.0 - abs(x))), x)
end
asinh(x::Union{Float32,Float16}) = oftype(x, asinh(Float64(x)))
acosh(x::Union{Float32,Float16}) = oftype(x, acosh(Float64(x)))
atanh(x::Union{Float32,Float16}) = oftype(x, atanh(Float64(x)))
asinh(x::Real) = asinh(float(x))
acosh(x::Real) = acosh(float(x))
atanh(x::Real) = atanh(float(x))

# Reciprocal trigonometric functions.
sec(x::Number) = inv(cos(x))
csc(x::Number) = inv(sin(x))
cot(x::Number) = inv(tan(x))

# cosh as Julia computes it (base/special/hyperbolic.jl): the JDK's fdlibm cosh takes its own
# exp, an ulp from the correctly rounded one at 1.0 (cosh(1.0) was 1.543080634815244).
function cosh(x::Float64)
    isnan(x) && return x
    absx = abs(x)
    if absx < 0.34657359027997264            # log(2) / 2
        absx < 2.7755602085408512e-17 && return 1.0
        t = expm1(absx)
        w = 1.0 + t
        return 1.0 + (t * t) / (w + w)
    end
    if absx < 22.0
        t = exp(absx)
        return 0.5 * t + 0.5 / t
    end
    absx < 709.7822265633563 && return 0.5 * exp(absx)
    if absx < 710.475860073944
        e = exp(0.5 * absx)
        return (0.5 * e) * e
    end
    return Inf
end
cosh(x::Union{Float16, Float32}) = _cosh_fdlibm(x)

asec(x::Number) = acos(inv(x))
acsc(x::Number) = asin(inv(x))
acot(x::Number) = atan(inv(x))
sech(x::Number) = inv(cosh(x))
csch(x::Number) = inv(sinh(x))
coth(x::Number) = inv(tanh(x))
asech(x::Number) = acosh(inv(x))
acsch(x::Number) = asinh(inv(x))
acoth(x::Number) = atanh(inv(x))

"""
    sinc(x)

`sin(πx) / (πx)`, 1 at 0 (the normalized sinc function).
"""
sinc(x::Number) = _sinc(float(x))
sinc(x::Integer) = iszero(x) ? one(x) : zero(x)
_sinc(x) = iszero(x) ? one(x) : isinf(real(x)) ? zero(x) : sinpi(x) / (pi * x)
# (near 0, as Julia's: the series' first terms, where sinpi(x) / (πx) loses digits)
_sinc(x::Float64) = abs(x) < 0.001 ? evalpoly(x^2, (1.0, -pi^2 / 6, pi^4 / 120)) : isinf(x) ? zero(x) : sinpi(x) / (pi * x)
_sinc(x::Float32) = abs(x) < 0.05f0 ? evalpoly(x^2, (1.0f0, -Float32(pi)^2 / 6, Float32(pi)^4 / 120)) : isinf(x) ? zero(x) : sinpi(x) / (pi * x)

"""
    cosc(x)

The derivative of `sinc`: `cos(πx) / x - sin(πx) / (πx²)`, 0 at 0 (a series near 0, where the
formula cancels).
"""
cosc(x::Number) = _cosc(float(x))
function _cosc(x)
    if abs(x) < 0.5
        # π ∑ (-1)ⁿ⁺¹ (πx)²ⁿ⁻¹ / ((2n+1)(2n-1)!), n ≥ 1, until the terms no longer change it
        y = pi * x
        y2 = y * y
        term = -y                # (-1)^(n+1) y^(2n-1) / (2n-1)! for n = 1
        s = term / 3
        n = 1
        while true
            n += 1
            term = -term * y2 / ((2n - 2) * (2n - 1))
            t = term / (2n + 1)
            s + t == s && break
            s += t
        end
        return pi * s
    end
    isinf(real(x)) && return zero(x)
    ((pi * x) * cospi(x) - sinpi(x)) / ((pi * x) * x)
end

"""
    cispi(x)

`exp(iπx)` = `Complex(cospi(x), sinpi(x))`, exact at integers and half-integers.
"""
cispi(x::Real) = Complex(cospi(x), sinpi(x))

"""
    fourthroot(x)

The real fourth root of `x`, `sqrt(sqrt(x))`.
"""
fourthroot(x::Number) = sqrt(sqrt(x))

# ---- Trigonometry in degrees, as Julia 1.10 (base/special/trig.jl) ----
# Exact at multiples of 90° (sind(180) is 0.0, cosd(60) 0.5): the argument is reduced with an
# exact remainder by 360 and folded into [-45°, 45°], converted to radians in double-double
# precision and given to the sine/cosine kernels on [-π/4, π/4]. Float32 goes through Float64;
# other types through deg2rad and sin/cos. @horner in Julia is muladd, an FMA on this machine.

struct DoubleFloat64
    hi::Float64
    lo::Float64
end
struct DoubleFloat32
    hi::Float64
end

const DS1 = -1.66666666666666324348e-01
const DS2 = 8.33333333332248946124e-03
const DS3 = -1.98412698298579493134e-04
const DS4 = 2.75573137070700676789e-06
const DS5 = -2.50507602534068634195e-08
const DS6 = 1.58969099521155010221e-10
const DC1 = 4.16666666666666019037e-02
const DC2 = -1.38888888888741095749e-03
const DC3 = 2.48015872894767294178e-05
const DC4 = -2.75573143513906633035e-07
const DC5 = 2.08757232129817482790e-09
const DC6 = -1.13596475577881948265e-11

_horner(x, a, b) = fma(x, b, a)
_horner(x, a, b, c) = fma(x, fma(x, c, b), a)

function sin_kernel(y::DoubleFloat64)
    y² = y.hi * y.hi
    y⁴ = y² * y²
    r = _horner(y², DS2, DS3, DS4) + y² * y⁴ * _horner(y², DS5, DS6)
    y³ = y² * y.hi
    y.hi - ((y² * (0.5 * y.lo - y³ * r) - y.lo) - y³ * DS1)
end
function cos_kernel(y::DoubleFloat64)
    y² = y.hi * y.hi
    y⁴ = y² * y²
    r = y² * _horner(y², DC1, DC2, DC3) + y⁴ * y⁴ * _horner(y², DC4, DC5, DC6)
    half_y² = 0.5 * y²
    w = 1.0 - half_y²
    w + (((1.0 - w) - half_y²) + (y² * r - y.hi * y.lo))
end
function sin_kernel(y::DoubleFloat32)
    z = y.hi * y.hi
    w = z * z
    r = _horner(z, -0.00019839334836096632, 2.718311493989822e-6)
    s = z * y.hi
    Float32((y.hi + s * _horner(z, -0.16666666641626524, 0.008333329385889463)) + s * w * r)
end
function cos_kernel(y::DoubleFloat32)
    y² = y.hi * y.hi
    y⁴ = y² * y²
    r = _horner(y², -0.001388676377460993, 2.439044879627741e-5)
    Float32(((1.0 + y² * -0.499999997251031) + y⁴ * 0.04166662332373906) + (y⁴ * y²) * r)
end
sin_kernel(x::Real) = sin(x)
cos_kernel(x::Real) = cos(x)

# x * π/180 as a double-double
function deg2rad_ext(x::Float64)
    m = 0.017453292519943295
    m_hi = 0.01745329238474369
    m_lo = 1.3519960527851425e-10
    u = 134217729.0 * x
    x_hi = u - (u - x)
    x_lo = x - x_hi
    y_hi = m * x
    y_lo = x_hi * m_lo + (x_lo * m_hi + ((x_hi * m_hi - y_hi) + x_lo * m_lo))
    DoubleFloat64(y_hi, y_lo)
end
deg2rad_ext(x::Float32) = DoubleFloat32(deg2rad(Float64(x)))
deg2rad_ext(x::Real) = deg2rad(x)

"""
    sind(x)

The sine of `x` degrees, exact at multiples of 90 (`sind(180) == 0.0`, `sind(30) == 0.5`).
"""
function sind(x::Real)
    if isinf(x)
        throw(DomainError(x, "`x` cannot be infinite."))
    elseif isnan(x)
        return x
    end
    rx = copysign(float(rem(x, 360)), x)
    arx = abs(rx)
    if rx == zero(rx)
        return rx
    elseif arx < oftype(rx, 45)
        return sin_kernel(deg2rad_ext(rx))
    elseif arx <= oftype(rx, 135)
        return copysign(cos_kernel(deg2rad_ext(oftype(rx, 90) - arx)), rx)
    elseif arx == oftype(rx, 180)
        return copysign(zero(rx), rx)
    elseif arx < oftype(rx, 225)
        return sin_kernel(deg2rad_ext((oftype(rx, 180) - arx) * sign(rx)))
    elseif arx <= oftype(rx, 315)
        return -copysign(cos_kernel(deg2rad_ext(oftype(rx, 270) - arx)), rx)
    else
        return sin_kernel(deg2rad_ext(rx - copysign(oftype(rx, 360), rx)))
    end
end
"""
    cosd(x)

The cosine of `x` degrees, exact at multiples of 90 (`cosd(90) == 0.0`, `cosd(60) == 0.5`).
"""
function cosd(x::Real)
    if isinf(x)
        throw(DomainError(x, "`x` cannot be infinite."))
    elseif isnan(x)
        return x
    end
    rx = abs(float(rem(x, 360)))
    if rx <= oftype(rx, 45)
        return cos_kernel(deg2rad_ext(rx))
    elseif rx < oftype(rx, 135)
        return sin_kernel(deg2rad_ext(oftype(rx, 90) - rx))
    elseif rx <= oftype(rx, 225)
        return -cos_kernel(deg2rad_ext(oftype(rx, 180) - rx))
    elseif rx < oftype(rx, 315)
        return sin_kernel(deg2rad_ext(rx - oftype(rx, 270)))
    else
        return cos_kernel(deg2rad_ext(oftype(rx, 360) - rx))
    end
end
"""
    tand(x)

The tangent of `x` degrees: `sind(x) / cosd(x)` (`tand(45) == 1.0`, `tand(90)` is `Inf`).
"""
tand(x::Real) = sind(x) / cosd(x)
sincosd(x) = (sind(x), cosd(x))
sind(x) = sin(deg2rad.(x))
cosd(x) = cos(deg2rad.(x))
tand(x) = tan(deg2rad.(x))
secd(x::Number) = inv(cosd(x))
cscd(x::Number) = inv(sind(x))
cotd(x::Number) = inv(tand(x))
asind(x) = rad2deg.(asin(x))
acosd(x) = rad2deg.(acos(x))
asecd(x) = rad2deg.(asec(x))
acscd(x) = rad2deg.(acsc(x))
acotd(x) = rad2deg.(acot(x))
atand(y) = rad2deg.(atan(y))
atand(y, x) = rad2deg.(atan(y, x))

# Two-argument functions of other reals: in a common float type.
hypot(x::Real, y::Real) = hypot(map_tuple(float, promote(x, y))...)
# of more numbers: scaled by the largest, as Julia does to avoid overflow
function hypot(x::Number, y::Number, zs::Number...)
    # in the promoted float type, as Julia's; an infinite value wins over NaN
    vals = map_tuple(v -> abs(v), map_tuple(float, promote(x, y, zs...)))
    any(isinf, vals) && return oftype(vals[1], Inf)
    m = maximum(vals)
    (iszero(m) || isnan(m)) && return m
    m * sqrt(sum(v -> (v / m)^2, vals))
end
atan(y::Real, x::Real) = atan(promote(float(y), float(x))...)

"""
    mod2pi(x)

`x` modulo 2π, in [0, 2π): `rem2pi(x, RoundDown)`, as Julia's (a Float32 stays a Float32;
`mod2pi(2π)` is `2π`, the float being below the real 2π).
"""
mod2pi(x::Union{Float64, Float32}) = 0 <= x < 6.283185307179586 ? x : rem2pi(x, RoundDown)
function mod2pi(x::Int64)
    fx = Float64(x)
    fx == x || throw(ArgumentError(string("Int64 argument to mod2pi is too large: ", x)))
    mod2pi(fx)
end
mod2pi(x::Real) = mod2pi(Float64(x))

"""
    rem2pi(x, r::RoundingMode)

`x - 2πk` for the integer `k` that `r` rounds `x / 2π` to: in [-π, π] for `RoundNearest`, [0, 2π)
for `RoundDown`, (-2π, 0] for `RoundUp`, of `x`'s sign for `RoundToZero`. Computed with π to
more digits than `x` has, then rounded once.
"""
function rem2pi(x::Float64, r::RoundingMode)
    isfinite(x) || return NaN
    setprecision(BigFloat, max(256, exponent(max(abs(x), 1.0)) + 256)) do
        twopi = 2 * BigFloat(π)
        bx = BigFloat(x)
        Float64(bx - round(bx / twopi, r) * twopi)
    end
end
rem2pi(x::Float32, r::RoundingMode) = Float32(rem2pi(Float64(x), r))
rem2pi(x::Float16, r::RoundingMode) = Float16(rem2pi(Float64(x), r))
rem2pi(x::Integer, r::RoundingMode) = rem2pi(float(x), r)

"""
    nextpow(a, x)
    prevpow(a, x)

The smallest power of `a` not less than `x`; the largest not greater than `x`.
"""
# as Julia's: a power of a from log(a, x), checked for rounding either way and for overflow
# (nextpow(2, x) of an integer by its bits: nextpow(2, 2^62 + 1) wraps to typemin(Int))
function nextpow(a::Real, x::Real)
    x <= 0 && throw(DomainError(x, "`x` must be positive."))
    a == 2 && x isa Integer && return _nextpow2(x)
    a <= 1 && throw(DomainError(a, "`a` must be greater than 1."))
    x <= 1 && return one(a)
    n = ceil(Integer, log(a, x))
    p = a^(n - 1)
    p isa BigInt || x > typemax(p) && throw(DomainError(x, "argument is beyond the range of type of the base"))
    p >= x && return p
    wp = a^n
    wp > p || throw(OverflowError("result is beyond the range of type of the base"))
    wp >= x && return wp
    wwp = a^(n + 1)
    wwp > wp || throw(OverflowError("result is beyond the range of type of the base"))
    return wwp
end
_nextpow2(x::Unsigned) = oneunit(x) << top_set_bit(x - oneunit(x))
_nextpow2(x::Integer) = reinterpret(typeof(x), x < 0 ? -_nextpow2(unsigned(-x)) : _nextpow2(unsigned(x)))
"""
    nextprod(factors, x)

The smallest integer not less than `x` that is a product of powers of `factors`
(`nextprod((2, 3), 105) == 108`).
"""
function nextprod(a::Union{Tuple{Vararg{Integer}}, AbstractVector{<:Integer}}, x::Real)
    x > typemax(Int) && throw(ArgumentError("unsafe for x > typemax(Int), got $x"))
    foreach(f -> nextpow(f, x), a)   # (its DomainError for a factor below 2 or x <= 0, as Julia's)
    n = ceil(Int, x)
    n <= 1 && return 1
    _nextprod(a, 1, 1, n, typemax(Int))
end
# The least p * a[k]^e_k * ... * a[end]^e_end not less than n, if below best (else best).
function _nextprod(a, k, p, n, best)
    k > length(a) && return p >= n ? min(p, best) : best
    f = Int(a[k])
    while true
        best = _nextprod(a, k + 1, p, n, best)
        (p >= n || p > best ÷ f) && return best
        p *= f
    end
end
function prevpow(a::Real, x::Real)
    a > 1 || throw(DomainError(a, "`a` must be greater than 1."))
    x >= 1 || throw(DomainError(x, "`x` must be ≥ 1."))
    p = one(a)
    while p * a <= x
        p *= a
    end
    return p
end

const √ = sqrt
const ∜ = fourthroot
const ∛ = cbrt

"""
    Base.MathConstants

Mathematical constants, `Irrational`s as in Julia: `pi` (`π`), `ℯ` (`e`), `γ` (`eulergamma`),
`φ` (`golden`), `catalan`.
"""
module MathConstants
const pi = Base.pi
const π = Base.pi
const ℯ = Base.ℯ
const e = Base.ℯ
const γ = Base.Irrational{:γ}()
const eulergamma = γ
const φ = Base.Irrational{:φ}()
const golden = φ
const catalan = Base.Irrational{:catalan}()
end
