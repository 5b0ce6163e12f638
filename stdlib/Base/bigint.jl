# BigInt: arbitrary-precision integers (Java BigInteger; arithmetic in BigIntBuiltins). Mixed
# with other integers they promote to BigInt; with floats to Float64 (Julia gives a BigFloat,
# which TruffleJL does not have).

promote_rule(::Type{BigInt}, ::Type{<:Integer}) = BigInt
promote_rule(::Type{BigInt}, ::Type{T}) where {T<:AbstractFloat} = Float64
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
show(io::IO, x::BigInt) = print(io, _bigint_string(x, 10))
string(x::BigInt; base::Integer = 10, pad::Integer = 1) = lpad(x < 0 ? string("-", _bigint_string(-x, Int64(base))) : _bigint_string(x, Int64(base)), pad, '0')
function parse(::Type{BigInt}, s::AbstractString; base::Integer = 10)
    r = _parse_bigint(String(s), Int64(base))
    r === nothing && throw(ArgumentError(string("invalid BigInt: ", repr(s))))
    r
end
tryparse(::Type{BigInt}, s::AbstractString; base::Integer = 10) = _parse_bigint(String(s), Int64(base))
# equal numbers hash alike
hash(x::BigInt) = typemin(Int64) <= x <= typemax(Int64) ? hash(Int64(x)) : hash((:BigInt, string(x)))
hash(x::BigInt, h::UInt) = typemin(Int64) <= x <= typemax(Int64) ? hash(Int64(x), h) : hash((:BigInt, string(x)), h)

zero(::Type{BigInt}) = BigInt(0)
one(::Type{BigInt}) = BigInt(1)
sign(x::BigInt) = BigInt(x < 0 ? -1 : x > 0 ? 1 : 0)
signbit(x::BigInt) = x < 0
iseven(x::BigInt) = rem(x, BigInt(2)) == 0
isodd(x::BigInt) = !iseven(x)
rem(x::BigInt, ::Type{BigInt}) = x
rem(x::Integer, ::Type{BigInt}) = BigInt(x)
%(x::Integer, ::Type{BigInt}) = BigInt(x)
Int32(x::BigInt) = Int32(Int64(x))
Int16(x::BigInt) = Int16(Int64(x))
Int8(x::BigInt) = Int8(Int64(x))
UInt32(x::BigInt) = UInt32(UInt64(x))
UInt16(x::BigInt) = UInt16(UInt64(x))
UInt8(x::BigInt) = UInt8(UInt64(x))
float(x::BigInt) = Float64(x)
/(x::BigInt, y::BigInt) = Float64(x) / Float64(y)
^(x::BigInt, p::Integer) = x ^ Int64(p)
^(x::Integer, p::BigInt) = big(x) ^ Int64(p)
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
    r = BigInt(floor(sqrt(Float64(x))))
    while r * r > x
        r -= 1
    end
    while (r + 1) * (r + 1) <= x
        r += 1
    end
    r
end
