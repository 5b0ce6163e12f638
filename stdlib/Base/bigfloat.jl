# BigFloat: binary floating point of any precision, as Julia's MPFR-backed one (256 bits unless
# setprecision says otherwise; each operation rounds to the current precision, nearest with ties
# to even). The arithmetic is Java (BigFloatMath, through the _bf_* builtins).

const _BIGFLOAT_PRECISION = Ref{Int}(256)

"""
    precision(BigFloat)
    precision(x::BigFloat)

The number of significant bits: of new BigFloats (256 by default), or of `x`.
"""
precision(::Type{BigFloat}) = _BIGFLOAT_PRECISION[]
precision(x::BigFloat) = _bf_precision(x)
precision(::Type{Float64}) = 53
precision(::Type{Float32}) = 24
precision(::Type{Float16}) = 11
precision(x::Union{Float16, Float32, Float64}) = precision(typeof(x))
"""
    setprecision([BigFloat,] precision::Int)
    setprecision(f::Function, [BigFloat,] precision::Int)

Sets the precision (in bits) of BigFloat arithmetic from now on; with a function, only while it runs.
"""
function setprecision(::Type{BigFloat}, prec::Integer)
    prec < 1 && throw(DomainError(prec, "`precision` cannot be less than 1."))
    _BIGFLOAT_PRECISION[] = Int(prec)
end
setprecision(prec::Integer) = setprecision(BigFloat, prec)
function setprecision(f::Function, ::Type{BigFloat}, prec::Integer)
    old = precision(BigFloat)
    setprecision(BigFloat, prec)
    try
        return f()
    finally
        setprecision(BigFloat, old)
    end
end
setprecision(f::Function, prec::Integer) = setprecision(f, BigFloat, prec)

BigFloat(x::BigFloat; precision::Integer = _BIGFLOAT_PRECISION[]) = _bf_from(x, Int(precision))
BigFloat(x::Union{Integer, Float16, Float32, Float64}; precision::Integer = _BIGFLOAT_PRECISION[]) = _bf_from(x, Int(precision))
BigFloat(x::AbstractIrrational; precision::Integer = _BIGFLOAT_PRECISION[]) = _bigfloat_constant(x, Int(precision))
_bigfloat_constant(::Irrational{:π}, prec) = _bf_pi(prec)
_bigfloat_constant(::Irrational{:ℯ}, prec) = _bf_exp(_bf_from(1, prec), prec)
_bigfloat_constant(::Irrational{:φ}, prec) = _bf_div(_bf_add(_bf_from(1, prec), _bf_sqrt(_bf_from(5, prec + 8), prec + 8), prec + 8), _bf_from(2, prec), prec)
_bigfloat_constant(x::AbstractIrrational, prec) = throw(ArgumentError(string("BigFloat(", x, ") is not available in TruffleJL yet")))
function BigFloat(s::AbstractString; precision::Integer = _BIGFLOAT_PRECISION[])
    x = _bf_parse(String(s), Int(precision))
    x === nothing && throw(ArgumentError(string("invalid number format ", repr(s), " for BigFloat")))
    x
end
parse(::Type{BigFloat}, s::AbstractString) = BigFloat(s)

# BigFloat(x, r::RoundingMode; precision): x rounded to `precision` bits in the direction r (the
# modes MPFR has; Julia 1.10's mpfr.jl). A BigFloat already of that precision is returned as is.
_bf_mode(::RoundingMode{:Nearest}) = 0
_bf_mode(::RoundingMode{:ToZero}) = 1
_bf_mode(::RoundingMode{:Up}) = 2
_bf_mode(::RoundingMode{:Down}) = 3
_bf_mode(::RoundingMode{:FromZero}) = 4
BigFloat(x::Union{Integer, Float16, Float32, Float64}, r::RoundingMode; precision::Integer = _BIGFLOAT_PRECISION[]) =
    _bf_from_rounded(x, Int(precision), _bf_mode(r))
BigFloat(x::BigFloat, r::RoundingMode; precision::Integer = _BIGFLOAT_PRECISION[]) =
    precision == _bf_precision(x) ? x : _bf_from_rounded(x, Int(precision), _bf_mode(r))
# (an irrational is never exact: its value 64 bits beyond the target decides the direction)
BigFloat(x::AbstractIrrational, r::RoundingMode; precision::Integer = _BIGFLOAT_PRECISION[]) =
    _bf_from_rounded(_bigfloat_constant(x, Int(precision) + 64), Int(precision), _bf_mode(r))
function BigFloat(s::AbstractString, r::RoundingMode; precision::Integer = _BIGFLOAT_PRECISION[])
    x = _bf_parse_rounded(String(s), Int(precision), _bf_mode(r))
    x === nothing && throw(ArgumentError(string("invalid number format ", repr(s), " for BigFloat")))
    x
end
# an irrational to Float64 or Float32 in a direction: through its 256-bit BigFloat (as Julia 1.10's irrationals.jl)
(::Type{T})(x::AbstractIrrational, r::RoundingMode) where {T<:Union{Float32, Float64}} = T(BigFloat(x; precision = 256), r)
# the precision as a second positional argument (Julia 1.0's form, still accepted by 1.10 as a deprecation)
BigFloat(x, prec::Int) = BigFloat(x; precision = prec)
BigFloat(x, prec::Int, r::RoundingMode) = BigFloat(x, r; precision = prec)
tryparse(::Type{BigFloat}, s::AbstractString) = _bf_parse(String(s), precision(BigFloat))
convert(::Type{BigFloat}, x::BigFloat) = x
convert(::Type{BigFloat}, x::Real) = BigFloat(x)
big(x::AbstractFloat) = BigFloat(x)
widen(::Type{Float64}) = BigFloat
big(x::AbstractIrrational) = BigFloat(x)
big(::Type{<:AbstractFloat}) = BigFloat
float(x::BigInt) = BigFloat(x)
float(::Type{BigInt}) = BigFloat
float(x::BigFloat) = x
AbstractFloat(x::BigInt) = BigFloat(x)
/(x::BigInt, y::BigInt) = BigFloat(x) / BigFloat(y)

# a:s:b of BigFloats stays BigFloat (Julia's StepRangeLen{BigFloat}; Float64's decimal-exact ranges are builtins)
function _colon(a::BigFloat, s::BigFloat, b::BigFloat)
    iszero(s) && throw(ArgumentError("range step cannot be zero"))
    StepRangeLen(a, s, max(0, Int(floor((b - a) / s)) + 1))
end
promote_rule(::Type{BigFloat}, ::Type{<:Real}) = BigFloat
promote_rule(::Type{BigFloat}, ::Type{<:Integer}) = BigFloat   # over AbstractFloat-with-Integer
promote_rule(::Type{BigInt}, ::Type{<:AbstractFloat}) = BigFloat
promote_rule(::Type{<:AbstractIrrational}, ::Type{BigFloat}) = BigFloat

Float64(x::BigFloat) = _bf_to_float(x, 64)
Float32(x::BigFloat) = _bf_to_float(x, 32)
Float16(x::BigFloat) = _bf_to_float(x, 16)
function BigInt(x::BigFloat)
    isinteger(x) || throw(InexactError(:BigInt, BigInt, x))
    _bf_to_bigint(x)
end
for T in (Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128)
    @eval function $T(x::BigFloat)
        (isinteger(x) && typemin($T) <= x <= typemax($T)) || throw(InexactError(nameof($T), $T, x))
        $T(_bf_to_bigint(x))
    end
end
Bool(x::BigFloat) = iszero(x) ? false : isone(x) ? true : throw(InexactError(:Bool, Bool, x))

+(x::BigFloat, y::BigFloat) = _bf_add(x, y, precision(BigFloat))
-(x::BigFloat, y::BigFloat) = _bf_sub(x, y, precision(BigFloat))
*(x::BigFloat, y::BigFloat) = _bf_mul(x, y, precision(BigFloat))
/(x::BigFloat, y::BigFloat) = _bf_div(x, y, precision(BigFloat))
-(x::BigFloat) = _bf_neg(x)
abs(x::BigFloat) = signbit(x) ? -x : x
^(x::BigFloat, n::Integer) = _bf_pow_int(x, n, precision(BigFloat))
function ^(x::BigFloat, y::BigFloat)
    isinteger(y) && abs(y) < big(2)^62 && return _bf_pow_int(x, BigInt(y), precision(BigFloat))
    x < 0 && throw(DomainError(x, "Exponentiation yielding a complex result requires a complex argument.\nReplace x^y with (x+0im)^y, Complex(x)^y, or similar."))
    iszero(x) && return y > 0 ? BigFloat(0) : BigFloat(Inf)
    p = precision(BigFloat) + 64 + max(0, exponent(y) + 8)
    _bf_from(_bf_exp(_bf_mul(y, _bf_log(x, p, 0), p), p), precision(BigFloat))
end
inv(x::BigFloat) = one(BigFloat) / x
rem(x::BigFloat, y::BigFloat) = _bf_rem(x, y, precision(BigFloat))
function mod(x::BigFloat, y::BigFloat)
    r = rem(x, y)
    iszero(r) ? copysign(r, y) : signbit(r) != signbit(y) ? r + y : r
end
div(x::BigFloat, y::BigFloat) = trunc((x - rem(x, y)) / y)
fld(x::BigFloat, y::BigFloat) = floor((x - mod(x, y)) / y)
cld(x::BigFloat, y::BigFloat) = -fld(-x, y)
fma(x::BigFloat, y::BigFloat, z::BigFloat) = _bf_add(_bf_mul(x, y, 2 * max(precision(x), precision(y)) + 2), z, precision(BigFloat))
muladd(x::BigFloat, y::BigFloat, z::BigFloat) = fma(x, y, z)

# comparisons are exact, also with the other real types (as MPFR's mpfr_cmp_*)
const _ExactlyBig = Union{Integer, Float16, Float32, Float64}
_bf_order(x::BigFloat, y::BigFloat) = _bf_cmp(x, y)
_bf_order(x::BigFloat, y::_ExactlyBig) = _bf_cmp(x, _bf_exact(y))
_bf_order(x::_ExactlyBig, y::BigFloat) = _bf_cmp(_bf_exact(x), y)
==(x::BigFloat, y::BigFloat) = _bf_order(x, y) == 0
<(x::BigFloat, y::BigFloat) = _bf_order(x, y) == -1
<=(x::BigFloat, y::BigFloat) = (c = _bf_order(x, y); c == -1 || c == 0)
for T in (Integer, Float16, Float32, Float64)
    @eval ==(x::BigFloat, y::$T) = _bf_order(x, y) == 0
    @eval ==(x::$T, y::BigFloat) = _bf_order(x, y) == 0
    @eval <(x::BigFloat, y::$T) = _bf_order(x, y) == -1
    @eval <(x::$T, y::BigFloat) = _bf_order(x, y) == -1
    @eval <=(x::BigFloat, y::$T) = (c = _bf_order(x, y); c == -1 || c == 0)
    @eval <=(x::$T, y::BigFloat) = (c = _bf_order(x, y); c == -1 || c == 0)
end
==(x::BigFloat, y::BigInt) = _bf_order(x, y) == 0
==(x::BigInt, y::BigFloat) = _bf_order(x, y) == 0
isequal(x::BigFloat, y::BigFloat) = (isnan(x) && isnan(y)) || (x == y && signbit(x) == signbit(y))
function isless(x::BigFloat, y::BigFloat)
    isnan(x) && return false
    isnan(y) && return true
    c = _bf_cmp(x, y)
    c == -1 || (c == 0 && signbit(x) && !signbit(y))
end
function hash(x::BigFloat, h::UInt)
    isinteger(x) && return hash(_bf_to_bigint(x), h)
    f = Float64(x)
    f == x && return hash(f, h)
    hash(_bf_string(x, 0), hash(:BigFloat, h))
end

isnan(x::BigFloat) = _bf_kind(x) == 3
isinf(x::BigFloat) = _bf_kind(x) == 2
isfinite(x::BigFloat) = _bf_kind(x) < 2
iszero(x::BigFloat) = _bf_kind(x) == 1
isone(x::BigFloat) = x == 1
isinteger(x::BigFloat) = _bf_isinteger(x)
signbit(x::BigFloat) = _bf_signbit(x)
sign(x::BigFloat) = isnan(x) || iszero(x) ? x : signbit(x) ? -one(BigFloat) : one(BigFloat)
zero(::Type{BigFloat}) = BigFloat(0)
one(::Type{BigFloat}) = BigFloat(1)
zero(::BigFloat) = BigFloat(0)
one(::BigFloat) = BigFloat(1)
typemax(::Type{BigFloat}) = BigFloat(Inf)
typemin(::Type{BigFloat}) = BigFloat(-Inf)
"""
    exponent(x::BigFloat)

The power of two of `x`'s leading bit: `x` lies in `[2^e, 2^(e+1))` in absolute value.
"""
function exponent(x::BigFloat)
    isfinite(x) && !iszero(x) || throw(DomainError(x, "Cannot be NaN or Inf."))
    _bf_exponent(x)
end
eps(::Type{BigFloat}) = _bf_ldexp(BigFloat(1), 1 - precision(BigFloat), precision(BigFloat))
eps(x::BigFloat) = isfinite(x) ? (iszero(x) ? eps(BigFloat) : _bf_ldexp(BigFloat(1), exponent(x) - precision(x) + 1, precision(BigFloat))) : BigFloat(NaN)
ldexp(x::BigFloat, n::Integer) = _bf_ldexp(x, Int(n), precision(BigFloat))
significand(x::BigFloat) = isfinite(x) && !iszero(x) ? ldexp(x, -exponent(x)) : x
frexp(x::BigFloat) = isfinite(x) && !iszero(x) ? (ldexp(x, -exponent(x) - 1), exponent(x) + 1) : (x, 0)
maxintfloat(::Type{BigFloat}) = BigFloat(2)^precision(BigFloat)
maxintfloat(x::BigFloat) = BigFloat(2)^precision(x)
# the neighbours at x's precision (below a power of two the spacing is half that above it)
function nextfloat(x::BigFloat)
    (isnan(x) || x == Inf) && return x
    iszero(x) && return ldexp(BigFloat(1), -1073741824)   # MPFR's smallest positive exponent by default
    x < 0 && significand(x) == -1 ? x + eps(x) / 2 : x + eps(x)
end
prevfloat(x::BigFloat) = -nextfloat(-x)

trunc(x::BigFloat) = _bf_round(x, 0, precision(BigFloat))
floor(x::BigFloat) = _bf_round(x, 1, precision(BigFloat))
ceil(x::BigFloat) = _bf_round(x, 2, precision(BigFloat))
round(x::BigFloat) = _bf_round(x, 3, precision(BigFloat))
_round_even(x::BigFloat) = round(x)
for (f, mode) in ((:trunc, 0), (:floor, 1), (:ceil, 2), (:round, 3))
    @eval function $f(::Type{T}, x::BigFloat) where {T<:Integer}
        isfinite(x) || throw(InexactError(nameof(T), T, x))
        r = _bf_round(x, $mode, max(precision(x), 2))
        T === BigInt ? _bf_to_bigint(r) : T(r)
    end
end

function sqrt(x::BigFloat)
    # (MPFR's NaN for a negative argument is Julia's error; its text differs from Float64's sqrt)
    x < 0 && throw(DomainError(x, "NaN result for non-NaN input."))
    _bf_sqrt(x, precision(BigFloat))
end
cbrt(x::BigFloat) = signbit(x) ? -(abs(x)^(one(BigFloat) / 3)) : x^(one(BigFloat) / 3)
hypot(x::BigFloat, y::BigFloat) = sqrt(_bf_add(_bf_mul(x, x, 2 * precision(x) + 2), _bf_mul(y, y, 2 * precision(y) + 2), precision(BigFloat) + 8))
exp(x::BigFloat) = _bf_exp(x, precision(BigFloat))
exp2(x::BigFloat) = BigFloat(2)^x
exp10(x::BigFloat) = BigFloat(10)^x
function expm1(x::BigFloat)
    p = precision(BigFloat) + 64 + max(0, -exponent(x))
    iszero(x) || !isfinite(x) ? (isnan(x) || x > 0 ? exp(x) : iszero(x) ? x : BigFloat(-1)) :
        _bf_from(_bf_sub(_bf_exp(x, p), _bf_from(1, p), p), precision(BigFloat))
end
for (f, base) in ((:log, 0), (:log2, 2), (:log10, 10))
    @eval function $f(x::BigFloat)
        x < 0 && throw(DomainError(x, string($(string(f)), " was called with a negative real argument but will only return a complex result if called with a complex argument. Try ", $(string(f)), "(Complex(x)).")))
        _bf_log(x, precision(BigFloat), $base)
    end
end
function log1p(x::BigFloat)
    x < -1 && throw(DomainError(x, "log1p was called with a real argument < -1 but will only return a complex result if called with a complex argument. Try log1p(Complex(x))."))
    p = precision(BigFloat) + 64 + (iszero(x) || !isfinite(x) ? 0 : max(0, -exponent(x)))
    _bf_log(_bf_add(x, _bf_from(1, p), p), precision(BigFloat), 0)
end
for (f, which) in ((:sin, 0), (:cos, 1), (:tan, 2))
    @eval function $f(x::BigFloat)
        isinf(x) && throw(DomainError(x, string($(string(f)), "(x) is only defined for finite x.")))
        _bf_trig(x, $which, precision(BigFloat))
    end
end
atan(x::BigFloat) = _bf_atan(x, precision(BigFloat))
function atan(y::BigFloat, x::BigFloat)
    (isnan(x) || isnan(y)) && return BigFloat(NaN)
    p = precision(BigFloat) + 64
    if iszero(x)
        iszero(y) && return signbit(x) ? copysign(BigFloat(π), y) : copysign(zero(BigFloat), y)
        return copysign(_bf_from(_bf_div(_bf_pi(p), _bf_from(2, p), p), precision(BigFloat)), y)
    end
    a = _bf_atan(_bf_div(y, x, p), p)
    x < 0 && (a = signbit(y) ? _bf_sub(a, _bf_pi(p), p) : _bf_add(a, _bf_pi(p), p))
    _bf_from(a, precision(BigFloat))
end
function asin(x::BigFloat)
    abs(x) > 1 && throw(DomainError(x, "asin(x) is not defined for |x| > 1."))
    p = precision(BigFloat) + 64
    abs(x) == 1 && return copysign(_bf_from(_bf_div(_bf_pi(p), _bf_from(2, p), p), precision(BigFloat)), x)
    r = _bf_sqrt(_bf_mul(_bf_sub(_bf_from(1, p), x, p), _bf_add(_bf_from(1, p), x, p), p), p)
    _bf_from(_bf_atan(_bf_div(x, r, p), p), precision(BigFloat))
end
function acos(x::BigFloat)
    abs(x) > 1 && throw(DomainError(x, "acos(x) is not defined for |x| > 1."))
    p = precision(BigFloat) + 64
    h = _bf_div(_bf_pi(p), _bf_from(2, p), p)
    _bf_from(_bf_sub(h, setprecision(() -> asin(_bf_from(x, p)), BigFloat, p), p), precision(BigFloat))
end
copysign(x::BigFloat, y::Real) = signbit(x) == signbit(y) ? x : -x
# from e^x with extra bits: 1 sinh, 2 cosh, 3 tanh
function _bf_hyperbolic(x::BigFloat, which)
    p = precision(BigFloat) + 64 + (iszero(x) ? 0 : max(0, -exponent(x)))
    e = _bf_exp(_bf_from(x, p), p)
    ei = _bf_div(_bf_from(1, p), e, p)
    r = which == 1 ? _bf_div(_bf_sub(e, ei, p), _bf_from(2, p), p) :
        which == 2 ? _bf_div(_bf_add(e, ei, p), _bf_from(2, p), p) : _bf_div(_bf_sub(e, ei, p), _bf_add(e, ei, p), p)
    _bf_from(r, precision(BigFloat))
end
sinh(x::BigFloat) = isfinite(x) && !iszero(x) ? _bf_hyperbolic(x, 1) : x
cosh(x::BigFloat) = isfinite(x) ? _bf_hyperbolic(x, 2) : abs(x)
tanh(x::BigFloat) = isnan(x) || iszero(x) ? x : isinf(x) ? sign(x) : _bf_hyperbolic(x, 3)

"""
    string(x::BigFloat)

Enough significant digits to read `x` back exactly (79 at 256 bits), trailing zeros dropped;
plain notation for exponents -4 to 5, else `1.5e+30`.
"""
string(x::BigFloat) = _bf_string(x, 0)
print(io::IO, x::BigFloat) = print(io, _bf_string(x, 0))
show(io::IO, x::BigFloat) = print(io, _bf_string(x, get(io, :compact, false) ? 6 : 0))
_untyped_float_string(io, x::BigFloat) = _bf_string(x, get(io, :compact, false) === true ? 6 : 0)
# x % BigInt for each bit integer type (more specific than its wrapping x % T, which takes any type)
for T in (Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128, Bool)
    @eval rem(x::$T, ::Type{BigInt}) = BigInt(x)
end
