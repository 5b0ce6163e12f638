# BigInt: arbitrary-precision integers (Java BigInteger; arithmetic in BigIntBuiltins). Mixed
# with other integers they promote to BigInt; with floats to BigFloat (bigfloat.jl).

promote_rule(::Type{BigInt}, ::Type{<:Integer}) = BigInt
widen(::Type{Int128}) = BigInt
widen(::Type{UInt128}) = BigInt
widen(::Type{BigInt}) = BigInt

"""
    big(x)

`x` as a `BigInt` (an integer) — arbitrary precision: `big(2)^100`.
"""
big(x::Integer) = BigInt(x)
big(x::BigInt) = x
big(::Type{<:Integer}) = BigInt
BigInt(x::BigInt) = x
"""
    big"..."

A `BigInt` literal (`big"123456789012345678901234567890"`), or a `BigFloat` one (`big"0.1"`,
parsed at the precision in force where the code is loaded).
"""
macro big_str(s)
    n = tryparse(BigInt, s)
    n === nothing || return n
    x = tryparse(BigFloat, s)
    x === nothing && throw(ArgumentError(string("invalid number format ", s, " for BigInt or BigFloat")))
    x
end
show(io::IO, x::BigInt) = print(io, _bigint_string(x, 10))
string(x::BigInt; base::Integer = 10, pad::Integer = 1) =
    base < 0 ? lpad(_bigint_string(x, Int64(base)), pad, '0') :   # (negative bases carry the sign in the digits)
    x < 0 ? string("-", lpad(_bigint_string(-x, Int64(base)), pad, '0')) : lpad(_bigint_string(x, Int64(base)), pad, '0')
function parse(::Type{BigInt}, s::AbstractString; base::Union{Integer, Nothing} = nothing)
    r = tryparse(BigInt, s; base = base)
    r === nothing && throw(ArgumentError(string("invalid BigInt: ", repr(s))))
    r
end
# without a base, a 0x, 0o or 0b prefix (after the sign) chooses one, as for the other integers
function tryparse(::Type{BigInt}, s::AbstractString; base::Union{Integer, Nothing} = nothing)
    t = strip(s)
    base === nothing || return _parse_bigint(String(t), Int64(base))
    sign = startswith(t, '-') || startswith(t, '+') ? t[1:1] : ""
    body = t[length(sign) + 1:end]
    if length(body) > 2 && body[1] == '0' && body[2] in ('x', 'o', 'b')
        return _parse_bigint(string(sign, body[3:end]), body[2] == 'x' ? 16 : body[2] == 'o' ? 8 : 2)
    end
    _parse_bigint(String(t), 10)
end
ndigits(x::BigInt; base::Integer = 10, pad::Integer = 1) = max(pad, length(_bigint_string(abs(x), Int64(base))))
# exact (promotion would round the BigInt to a Float64)
==(x::BigInt, y::AbstractFloat) = isfinite(y) && isinteger(y) && x == BigInt(y)
==(x::AbstractFloat, y::BigInt) = y == x
# a BigInt has no fixed width: >>> is >> (as in Julia)
>>>(x::BigInt, n::Integer) = x >> n
ispow2(x::BigInt) = x > 0 && iszero(x & (x - 1))
top_set_bit(x::BigInt) = iszero(x) ? 0 : ndigits(x, base = 2)
function trailing_zeros(x::BigInt)
    iszero(x) && throw(DomainError(x, "trailing_zeros of zero BigInt"))
    n = 0
    while iszero(x & 0xffffffffffffffff)
        x >>= 64
        n += 64
    end
    n + trailing_zeros(UInt64(x & 0xffffffffffffffff))
end
rem(x::BigInt, ::Type{T}) where {T<:BitInteger} = unsigned(T)(x & (big(1) << (8 * sizeof(T)) - 1)) % T
# Julia 1.10's hash (gmp.jl, over the 64-bit limbs of |x| >> trailing_zeros(x)): equal numbers
# hash alike
function hash(x::BigInt, h::UInt)
    iszero(x) && return hash(0, h)
    a = abs(x)
    x > 0 && a <= typemax(UInt64) && return hash(UInt64(a), h)
    x < 0 && a <= big(2)^63 && return hash(Int64(x), h)
    pow = trailing_zeros(a)
    nd = top_set_bit(a)
    m = a >> pow
    limb = UInt64(m & 0xffffffffffffffff)
    nd <= 1024 && nd - pow <= 53 && return hash(ldexp(x < 0 ? -Float64(limb) : Float64(limb), pow), h)
    h = hash_integer(pow, h)
    h ⊻= hash_uint((x < 0 ? -limb : limb) ⊻ h)
    m >>= 64
    while !iszero(m)
        h ⊻= hash_uint(UInt64(m & 0xffffffffffffffff) ⊻ h)
        m >>= 64
    end
    h
end

zero(::Type{BigInt}) = BigInt(0)
one(::Type{BigInt}) = BigInt(1)
sign(x::BigInt) = BigInt(x < 0 ? -1 : x > 0 ? 1 : 0)
signbit(x::BigInt) = x < 0
iseven(x::BigInt) = rem(x, BigInt(2)) == 0
isodd(x::BigInt) = !iseven(x)
rem(x::BigInt, ::Type{BigInt}) = x
rem(x::Integer, ::Type{BigInt}) = BigInt(x)
rem(x::Integer, ::Type{BigInt}) = BigInt(x)   # (and x % BigInt: % is rem; the bit integers' own: bigfloat.jl)
Int32(x::BigInt) = Int32(Int64(x))
Int16(x::BigInt) = Int16(Int64(x))
Int8(x::BigInt) = Int8(Int64(x))
UInt32(x::BigInt) = UInt32(UInt64(x))
UInt16(x::BigInt) = UInt16(UInt64(x))
UInt8(x::BigInt) = UInt8(UInt64(x))
^(x::BigInt, p::Integer) = x ^ Int64(p)
^(x::Integer, p::BigInt) = big(x) ^ Int64(p)
^(x::BigInt, p::BigInt) = x ^ Int64(p)
# BigInt arithmetic cannot overflow
checked_add(x::BigInt, y::BigInt) = x + y
checked_sub(x::BigInt, y::BigInt) = x - y
checked_mul(x::BigInt, y::BigInt) = x * y
checked_abs(x::BigInt) = abs(x)
checked_neg(x::BigInt) = -x
lcm(a::BigInt, b::BigInt) = a == 0 ? a : abs(a * div(b, gcd(b, a)))
factorial(n::BigInt) = n < 0 ? throw(DomainError(n, "`n` must not be negative.")) : _bigfactorial(n)
function _bigfactorial(n)
    f = BigInt(1)
    for i in 2:Int64(n)
        f *= i
    end
    f
end
isqrt(x::BigInt) = _bigisqrt(x)
function _bigisqrt(x)
    x < 0 && throw(DomainError(x, "isqrt of a negative number"))
    x < 2 && return x
    # Newton's iteration from above: r = 2^ceil(bits/2) >= sqrt(x), then decreasing to floor(sqrt(x))
    r = BigInt(1) << ((top_set_bit(x) + 1) >> 1)
    while true
        s = (r + div(x, r)) >> 1
        s >= r && return r
        r = s
    end
end

# rounding a float to a BigInt (Julia's gmp.jl): the float rounded, then made exact
_float_to_bigint(f, name, x) = (isfinite(x) || throw(InexactError(name, BigInt, x)); BigInt(f(x)))
floor(::Type{BigInt}, x::Float16) = _float_to_bigint(floor, :floor, x)
floor(::Type{BigInt}, x::Float32) = _float_to_bigint(floor, :floor, x)
floor(::Type{BigInt}, x::Float64) = _float_to_bigint(floor, :floor, x)
ceil(::Type{BigInt}, x::Float16) = _float_to_bigint(ceil, :ceil, x)
ceil(::Type{BigInt}, x::Float32) = _float_to_bigint(ceil, :ceil, x)
ceil(::Type{BigInt}, x::Float64) = _float_to_bigint(ceil, :ceil, x)
trunc(::Type{BigInt}, x::Float16) = _float_to_bigint(trunc, :trunc, x)
trunc(::Type{BigInt}, x::Float32) = _float_to_bigint(trunc, :trunc, x)
trunc(::Type{BigInt}, x::Float64) = _float_to_bigint(trunc, :trunc, x)
round(::Type{BigInt}, x::Float16) = _float_to_bigint(round, :round, x)
round(::Type{BigInt}, x::Float32) = _float_to_bigint(round, :round, x)
round(::Type{BigInt}, x::Float64) = _float_to_bigint(round, :round, x)
count_ones(x::BigInt) = x < 0 ? throw(DomainError(x, "count_ones of a negative BigInt")) : count(==('1'), string(x, base = 2))
