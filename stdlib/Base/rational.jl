# Rational numbers, as Julia's rational.jl defines them: `n//d` in lowest terms with a positive
# denominator (1//0 and -1//0 are the infinities), integer arithmetic checked for overflow.

"""
    Rational{T<:Integer} <: Real

The exact quotient of two integers of type `T`, kept in lowest terms: `3//6 == 1//2`.
"""
struct Rational{T<:Integer} <: Real
    num::T
    den::T
    # no checks, no reduction: for values already in lowest terms with a positive denominator
    Rational{T}(num::T, den::T, ::Nothing) where {T<:Integer} = new{T}(num, den)
end

_unsafe_rational(::Type{T}, num, den) where {T<:Integer} = Rational{T}(convert(T, num), convert(T, den), nothing)
_unsafe_rational(num::T, den::T) where {T<:Integer} = Rational{T}(num, den, nothing)
_unsafe_rational(num::Integer, den::Integer) = _unsafe_rational(promote(num, den)...)

# a negative denominator moves its sign to the numerator
function _checked_den(::Type{T}, num::T, den::T) where {T<:Integer}
    if signbit(den)
        den = -den
        signbit(den) && throw(ArgumentError(string("invalid rational: denominator can't be typemin(", T, ")")))
        num = -num
    end
    Rational{T}(num, den, nothing)
end
_checked_den(num::T, den::T) where {T<:Integer} = _checked_den(T, num, den)
_checked_den(num::Integer, den::Integer) = _checked_den(promote(num, den)...)

function divgcd(x::Integer, y::Integer)
    g = gcd(x, y)
    (div(x, g), div(y, g))
end

function Rational{T}(num::Integer, den::Integer) where {T<:Integer}
    num == 0 && den == 0 && throw(ArgumentError(string("invalid rational: zero(", T, ")//zero(", T, ")")))
    n, d = divgcd(num, den)
    _checked_den(T, convert(T, n), convert(T, d))
end
Rational(n::T, d::T) where {T<:Integer} = Rational{T}(n, d)
Rational(n::Integer, d::Integer) = Rational(promote(n, d)...)
Rational(n::Integer) = _unsafe_rational(n, one(n))
Rational{T}(x::Integer) where {T<:Integer} = _unsafe_rational(T, x, one(T))
Rational{T}(x::Rational) where {T<:Integer} = _unsafe_rational(T, x.num, x.den)
Rational(x::Rational) = x

"""
    n // d

The rational number `n/d` in lowest terms (also for rational arguments).
"""
//(n::Integer, d::Integer) = Rational(n, d)
function //(x::Rational, y::Integer)
    xn, yn = divgcd(promote(x.num, y)...)
    _checked_den(xn, checked_mul(x.den, yn))
end
function //(x::Integer, y::Rational)
    xn, yn = divgcd(promote(x, y.num)...)
    _checked_den(checked_mul(xn, y.den), yn)
end
function //(x::Rational, y::Rational)
    xn, yn = divgcd(promote(x.num, y.num)...)
    xd, yd = divgcd(promote(x.den, y.den)...)
    _checked_den(checked_mul(xn, yd), checked_mul(xd, yn))
end
//(x::AbstractArray, y::Number) = map(v -> v // y, x)

numerator(x::Integer) = x
denominator(x::Integer) = one(x)
numerator(x::Rational) = x.num
denominator(x::Rational) = x.den

function show(io::IO, x::Rational)
    show(io, x.num)
    print(io, "//")
    show(io, x.den)
end
# in a container of Rationals a whole number shows without its denominator, as with Julia's :typeinfo
_show_elem(io, T, x::Rational) = T === typeof(x) && x.den == 1 ? show(io, x.num) : show(io, x)
# in a matrix, a rational aligns at its //, or as an integer when shown as one (Julia's alignment)
function _alignment(x::Rational, s)
    r = findfirst("//", s)
    r === nothing ? (length(s), 0) : (first(r), length(s) - first(r))
end

promote_rule(::Type{Rational{T}}, ::Type{S}) where {T<:Integer, S<:Integer} = Rational{promote_type(T, S)}
promote_rule(::Type{Rational{T}}, ::Type{Rational{S}}) where {T<:Integer, S<:Integer} = Rational{promote_type(T, S)}
promote_rule(::Type{Rational{T}}, ::Type{S}) where {T<:Integer, S<:AbstractFloat} = promote_type(T, S)

## conversions ##

_rational_to_float(::Type{F}, x::Rational) where {F<:AbstractFloat} = F(convert(Float64, x.num) / convert(Float64, x.den))
Float64(x::Rational) = _rational_to_float(Float64, x)
Float32(x::Rational) = _rational_to_float(Float32, x)
Float16(x::Rational) = _rational_to_float(Float16, x)
float(x::Rational) = Float64(x)
AbstractFloat(x::Rational) = Float64(x)
# of BigInts: a BigFloat, as Julia's float(::Rational{BigInt})
float(x::Rational{BigInt}) = BigFloat(x.num) / BigFloat(x.den)
AbstractFloat(x::Rational{BigInt}) = float(x)
big(x::Rational) = big(x.num) // big(x.den)

function _rational_to_int(T::Type{<:Integer}, x::Rational)
    x.den == 1 || throw(InexactError(nameof(T), T, x))
    convert(T, x.num)
end
Int8(x::Rational) = _rational_to_int(Int8, x)
Int16(x::Rational) = _rational_to_int(Int16, x)
Int32(x::Rational) = _rational_to_int(Int32, x)
Int64(x::Rational) = _rational_to_int(Int64, x)
Int128(x::Rational) = _rational_to_int(Int128, x)
UInt8(x::Rational) = _rational_to_int(UInt8, x)
UInt16(x::Rational) = _rational_to_int(UInt16, x)
UInt32(x::Rational) = _rational_to_int(UInt32, x)
UInt64(x::Rational) = _rational_to_int(UInt64, x)
UInt128(x::Rational) = _rational_to_int(UInt128, x)
Bool(x::Rational) = x == 0 ? false : x == 1 ? true : throw(InexactError(:Bool, Bool, x))
Integer(x::Rational) = _rational_to_int(Integer, x)

# A finite float as the exact rational it is: ±m * 2^e reduced; InexactError when T cannot hold it.
function Rational{T}(x::AbstractFloat) where {T<:Integer}
    isfinite(x) || (isnan(x) ? throw(InexactError(:Rational, Rational{T}, x)) : return _unsafe_rational(T, x < 0 ? -1 : 1, 0))
    x == 0 && return _unsafe_rational(T, 0, 1)
    f, e = frexp(Float64(x))
    m = Int64(ldexp(f, 53))         # x == m * 2^(e - 53), m odd after the shift below
    e -= 53
    tz = trailing_zeros(m)
    m >>= tz
    e += tz
    if e >= 0
        e < 8 * sizeof(T) - 1 || throw(InexactError(:Rational, Rational{T}, x))
        n = widen(m) << e
        (typemin(T) <= n <= typemax(T)) || throw(InexactError(:Rational, Rational{T}, x))
        return _unsafe_rational(T, n, 1)
    end
    -e < 8 * sizeof(T) - 1 || throw(InexactError(:Rational, Rational{T}, x))
    (typemin(T) <= m <= typemax(T)) || throw(InexactError(:Rational, Rational{T}, x))
    _unsafe_rational(T, m, one(T) << -e)
end
Rational(x::AbstractFloat) = Rational{Int64}(x)
# any finite float is a Rational{BigInt}: ±m * 2^e exactly
function Rational{BigInt}(x::AbstractFloat)
    isnan(x) && throw(InexactError(:Rational, Rational{BigInt}, x))
    isinf(x) && return _unsafe_rational(BigInt, x < 0 ? big(-1) : big(1), big(0))
    x == 0 && return _unsafe_rational(BigInt, big(0), big(1))
    f, e = frexp(Float64(x))
    m = Int64(ldexp(f, 53))
    e -= 53
    tz = trailing_zeros(m)
    m >>= tz
    e += tz
    e >= 0 ? _unsafe_rational(BigInt, big(m) << e, big(1)) : _unsafe_rational(BigInt, big(m), big(1) << -e)
end

"""
    rationalize([T = Int,] x::AbstractFloat; tol = eps(x))

The simplest rational with denominator in `T` within `tol` of `x` (the continued-fraction
convergent, or the best semiconvergent, of `x`): `rationalize(0.1) == 1//10`.
"""
function rationalize(::Type{T}, x::AbstractFloat, tol::Real) where {T<:Integer}
    tol < 0 && throw(ArgumentError(string("negative tolerance ", tol)))
    isnan(x) && return T(x) // one(T)
    isinf(x) && return _unsafe_rational(T, x < 0 ? -one(T) : one(T), zero(T))
    # convergents p/q of the continued fraction of |x|, with the previous one pp/qq
    p, q = (x < 0 ? -one(T) : one(T)), zero(T)
    pp, qq = zero(T), one(T)
    x = abs(x)
    a = trunc(x)
    r = x - a
    y = one(x)
    tolx = oftype(x, tol)
    nt, t, tt = tolx, zero(tolx), tolx
    while r > nt
        ia = try
            convert(T, a)
        catch
            return p // q
        end
        np = try
            checked_add(checked_mul(ia, p), pp)
        catch
            return p // q
        end
        nq = try
            checked_add(checked_mul(ia, q), qq)
        catch
            return p // q
        end
        p, pp = np, p
        q, qq = nq, q
        # x/y is the remaining value: dividing by r directly would round
        x, y = y, r
        a, r = divrem(x, y)
        t, tt = nt, t
        nt = a * t + tt
    end
    # the smallest a for which the semiconvergent is within tolerance
    a = cld(x - tt, y + t)
    try
        ia = convert(T, a)
        return checked_add(checked_mul(ia, p), pp) // checked_add(checked_mul(ia, q), qq)
    catch
        return p // q
    end
end
rationalize(::Type{T}, x::AbstractFloat; tol::Real = eps(x)) where {T<:Integer} = rationalize(T, x, tol)
rationalize(x::AbstractFloat; tol::Real = eps(x)) = rationalize(Int64, x, tol)
rationalize(x::AbstractIrrational; tol::Real = eps(Float64(x))) = rationalize(Int64, Float64(x), tol)
rationalize(::Type{T}, x::AbstractIrrational; tol::Real = eps(Float64(x))) where {T<:Integer} = rationalize(T, Float64(x), tol)

## arithmetic ##

function -(x::Rational{T}) where {T<:Integer}
    T <: Unsigned && x.num != 0 && throw(OverflowError("cannot negate unsigned number"))
    T <: Signed && T !== BigInt && x.num == typemin(T) && throw(OverflowError(string("rational numerator is typemin(", T, ")")))
    _unsafe_rational(-x.num, x.den)
end
function +(x::Rational, y::Rational)
    isinf(x) && x == y && return promote(x, y)[1]
    xd, yd = divgcd(promote(x.den, y.den)...)
    Rational(checked_add(checked_mul(x.num, yd), checked_mul(y.num, xd)), checked_mul(x.den, yd))
end
function -(x::Rational, y::Rational)
    isinf(x) && x == -y && return promote(x, y)[1]
    xd, yd = divgcd(promote(x.den, y.den)...)
    Rational(checked_sub(checked_mul(x.num, yd), checked_mul(y.num, xd)), checked_mul(x.den, yd))
end
function rem(x::Rational, y::Rational)
    xd, yd = divgcd(promote(x.den, y.den)...)
    Rational(rem(checked_mul(x.num, yd), checked_mul(y.num, xd)), checked_mul(x.den, yd))
end
function mod(x::Rational, y::Rational)
    xd, yd = divgcd(promote(x.den, y.den)...)
    Rational(mod(checked_mul(x.num, yd), checked_mul(y.num, xd)), checked_mul(x.den, yd))
end
+(x::Rational, y::Integer) = _unsafe_rational(checked_add(x.num, checked_mul(x.den, y)), x.den)
-(x::Rational, y::Integer) = _unsafe_rational(checked_sub(x.num, checked_mul(x.den, y)), x.den)
+(y::Integer, x::Rational) = _unsafe_rational(checked_add(checked_mul(x.den, y), x.num), x.den)
-(y::Integer, x::Rational) = _unsafe_rational(checked_sub(checked_mul(x.den, y), x.num), x.den)
rem(x::Rational, y::Integer) = _unsafe_rational(rem(x.num, checked_mul(x.den, y)), x.den)
mod(x::Rational, y::Integer) = _unsafe_rational(mod(x.num, checked_mul(x.den, y)), x.den)
function *(x::Rational, y::Rational)
    xn, yd = divgcd(promote(x.num, y.den)...)
    xd, yn = divgcd(promote(x.den, y.num)...)
    _unsafe_rational(checked_mul(xn, yn), checked_mul(xd, yd))
end
function *(x::Rational, y::Integer)
    xd, yn = divgcd(promote(x.den, y)...)
    _unsafe_rational(checked_mul(x.num, yn), xd)
end
*(y::Integer, x::Rational) = x * y
/(x::Rational, y::Rational) = x // y
/(x::Rational, y::Integer) = x // y
/(x::Integer, y::Rational) = x // y
inv(x::Rational) = _checked_den(x.den, x.num)
^(x::Rational, n::Int64) = n >= 0 ? power_by_squaring(x, n) : power_by_squaring(inv(x), -n)
# a literal power of a hardware-number Rational, as Julia's literal_pow (x^3 is x*x*x)
_literal_pow(::typeof(^), x::Rational{<:_HWReal}, p::Int) = _hw_literal_pow(x, p)
^(x::Rational, y::AbstractFloat) = float(x)^y
# div, fld and cld of two rationals: of their cross products, reduced first against overflow
function _rational_quotient(f, x::Rational, y::Rational)
    xn, yn = divgcd(promote(x.num, y.num)...)
    xd, yd = divgcd(promote(x.den, y.den)...)
    f(checked_mul(xn, yd), checked_mul(xd, yn))
end
div(x::Rational, y::Rational) = _rational_quotient(div, x, y)
fld(x::Rational, y::Rational) = _rational_quotient(fld, x, y)
cld(x::Rational, y::Rational) = _rational_quotient(cld, x, y)
div(x::Rational, y::Integer) = div(x, Rational(y))
fld(x::Rational, y::Integer) = fld(x, Rational(y))
cld(x::Rational, y::Integer) = cld(x, Rational(y))
div(x::Integer, y::Rational) = div(Rational(x), y)
fld(x::Integer, y::Rational) = fld(Rational(x), y)
cld(x::Integer, y::Rational) = cld(Rational(x), y)

abs(x::Rational) = _unsafe_rational(checked_abs(x.num), x.den)
signbit(x::Rational) = signbit(x.num)
copysign(x::Rational, y::Real) = signbit(x) != signbit(y) ? -x : x
isinteger(x::Rational) = x.den == 1
ispow2(x::Rational) = ispow2(x.num) & ispow2(x.den)
iszero(x::Rational) = x.num == 0
isone(x::Rational) = x.num == 1 && x.den == 1
isfinite(x::Rational) = x.den != 0
isinf(x::Rational) = x.den == 0
isnan(x::Rational) = false
zero(::Type{Rational{T}}) where {T<:Integer} = _unsafe_rational(T, 0, 1)
one(::Type{Rational{T}}) where {T<:Integer} = _unsafe_rational(T, 1, 1)
typemin(::Type{Rational{T}}) where {T<:Signed} = _unsafe_rational(T, -1, 0)
typemax(::Type{Rational{T}}) where {T<:Integer} = _unsafe_rational(T, 1, 0)

## comparison ##

# a/b < c/d for b, d >= 0, without overflow: by their integer parts, then (Euclid) by the
# reciprocals of the remainders; for integers too wide to widen
function _frac_less(a, b, c, d)
    (b == 0 || d == 0) && return a * d < c * b    # an infinity: only signs count
    qa, ra = fldmod(a, b)
    qc, rc = fldmod(c, d)
    qa != qc && return qa < qc
    ra == 0 && return rc != 0
    rc == 0 && return false
    _frac_less(d, rc, b, ra)
end
_cross_less(a, b, c, d) = a isa BigInt || sizeof(a) <= 8 ? widemul(a, d) < widemul(c, b) : _frac_less(a, b, c, d)
_cross_less_eq(a, b, c, d) = a isa BigInt || sizeof(a) <= 8 ? widemul(a, d) <= widemul(c, b) : !_frac_less(c, d, a, b)
==(x::Rational, y::Rational) = (x.den == y.den) & (x.num == y.num)
<(x::Rational, y::Rational) = x.den == y.den ? x.num < y.num : _cross_less(promote(x.num, x.den, y.num, y.den)...)
<=(x::Rational, y::Rational) = x.den == y.den ? x.num <= y.num : _cross_less_eq(promote(x.num, x.den, y.num, y.den)...)
==(x::Rational, y::Integer) = (x.den == 1) & (x.num == y)
==(x::Integer, y::Rational) = y == x
<(x::Rational, y::Integer) = x < Rational(y)
<(x::Integer, y::Rational) = Rational(x) < y
<=(x::Rational, y::Integer) = x <= Rational(y)
<=(x::Integer, y::Rational) = Rational(x) <= y
function ==(x::AbstractFloat, q::Rational)
    isfinite(x) || return x == q.num / q.den
    # only a power-of-two denominator can equal a finite float
    ispow2(q.den) && (x * q.den == q.num)
end
==(q::Rational, x::AbstractFloat) = x == q
# -1, 0, 1 as x is below, equal to, above the float y (which is not NaN): the nearest float to x
# decides unless it is y itself, and then x's distance to y's exact value
function _cmp_float(x::Rational, y::AbstractFloat)
    fx = Float64(x)
    fx < y && return -1
    fx > y && return 1
    x == y && return 0
    isfinite(y) || return y > 0 ? -1 : 1
    yr = try
        Rational{Int128}(y)
    catch
        return 0
    end
    xr = Rational{Int128}(x)
    xr < yr ? -1 : yr < xr ? 1 : 0
end
<(x::Rational, y::AbstractFloat) = !isnan(y) && _cmp_float(x, y) < 0
<(x::AbstractFloat, y::Rational) = !isnan(x) && _cmp_float(y, x) > 0
<=(x::Rational, y::AbstractFloat) = !isnan(y) && _cmp_float(x, y) <= 0
<=(x::AbstractFloat, y::Rational) = !isnan(x) && _cmp_float(y, x) >= 0

# hashed as Julia 1.10 (equal numbers hash alike: a whole rational as its integer, a dyadic
# one as its float); wider integer types go through hash(::Real, h)
decompose(x::Rational) = (x.num, 0, x.den)
function hash(x::Rational{<:BitInteger64}, h::UInt)
    num, den = x.num, x.den
    den == 1 && return hash(num, h)
    den == 0 && return hash(num > 0 ? Inf : -Inf, h)
    if isodd(den)
        pow = trailing_zeros(num)
        num >>= pow
        h = hash_integer(den, h)
    else
        pow = trailing_zeros(den)
        den >>= pow
        pow = -pow
        if den == 1
            unsigned(abs(num)) < 0x0020000000000000 && return hash(ldexp(Float64(num), pow), h)
        else
            h = hash_integer(den, h)
        end
    end
    h = hash_integer(pow, h)
    hash_integer(num, h)
end

## rounding ##

# to any type T, as Julia 1.10's rational.jl: floor(Float64, 7//2) == 3.0
trunc(::Type{T}, x::Rational) where {T} = round(T, x, RoundToZero)
floor(::Type{T}, x::Rational) where {T} = round(T, x, RoundDown)
ceil(::Type{T}, x::Rational) where {T} = round(T, x, RoundUp)
function round(::Type{T}, x::Rational) where {T<:Integer}
    x.den == 0 && throw(DivideError())
    q, r = fldmod(x.num, x.den)       # 0 <= r < den
    # to nearest, ties to even
    if r > x.den - r || (r == x.den - r && isodd(q))
        q += one(q)
    end
    convert(T, q)
end
trunc(x::Rational) = Rational(trunc(typeof(x.num), x))
floor(x::Rational) = Rational(floor(typeof(x.num), x))
ceil(x::Rational) = Rational(ceil(typeof(x.num), x))
round(x::Rational) = Rational(round(typeof(x.num), x))
# with a rounding mode: the quotient rounded as it says (RoundUp, RoundNearestTiesAway...)
# (1//0 to a non-integer type is its infinity)
function round(::Type{T}, x::Rational, r::RoundingMode) where {T}
    x.den == 0 && !(T <: Integer) && return convert(T, x)
    x.den == 0 && throw(DivideError())
    convert(T, div(x.num, x.den, r))
end
round(::Type{T}, x::Rational) where {T} = round(T, x, RoundNearest)
round(x::Rational, r::RoundingMode) = Rational(div(x.num, x.den, r))
# A BigFloat against a rational: exactly, x * den against num with all the bits the product needs
function _bf_cmp_rational(x::BigFloat, q::Rational)
    isfinite(x) || return isnan(x) ? 2 : signbit(x) ? -1 : 1
    d = _bf_exact(q.den)
    _bf_cmp(_bf_mul(x, d, precision(x) + precision(d) + 1), _bf_exact(q.num))
end
==(x::BigFloat, q::Rational) = _bf_cmp_rational(x, q) == 0
==(q::Rational, x::BigFloat) = _bf_cmp_rational(x, q) == 0
<(x::BigFloat, q::Rational) = _bf_cmp_rational(x, q) == -1
<(q::Rational, x::BigFloat) = _bf_cmp_rational(x, q) == 1
<=(x::BigFloat, q::Rational) = (c = _bf_cmp_rational(x, q); c == -1 || c == 0)
<=(q::Rational, x::BigFloat) = (c = _bf_cmp_rational(x, q); c == 1 || c == 0)
# one rounding of the exact quotient (bigfloat.jl has the rest of BigFloat)
BigFloat(x::Rational; precision::Integer = _BIGFLOAT_PRECISION[]) = _bf_div_ints(numerator(x), denominator(x), Int(precision))
BigFloat(x::Rational, r::RoundingMode; precision::Integer = _BIGFLOAT_PRECISION[]) =
    _bf_div_ints_rounded(numerator(x), denominator(x), Int(precision), _bf_mode(r))

# a number to a rational power: as a float power (Julia's ^(x::Number, y::Rational))
^(x::Number, y::Rational) = x^(y.num / y.den)

# (Julia's: the largest rational dividing both by integers, the smallest both divide)
gcd(x::Rational, y::Rational) = Rational(gcd(x.num, y.num), lcm(x.den, y.den))
lcm(x::Rational, y::Rational) = Rational(lcm(x.num, y.num), gcd(x.den, y.den))
^(::Irrational{:ℯ}, x::Rational) = exp(x)
