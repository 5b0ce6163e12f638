# Integer functions of Julia's intfuncs.jl and combinatorics.jl: factorials, binomials, modular
# arithmetic, integer square roots.

const _fact_table64 = Int64[1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800,
    87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000,
    2432902008176640000]

function _factorial_lookup(n::Integer, lim)
    n < 0 && throw(DomainError(n, "`n` must not be negative."))
    n > lim && throw(OverflowError(string(n, " is too large to look up in the table; consider using `factorial(big(", n, "))` instead")))
    n == 0 && return one(n)
    oftype(n, _fact_table64[n])
end

"""
    factorial(n::Integer)

`n!`, in the type of `n` (Int64 and narrower compute in Int64): an OverflowError when it does
not fit, a DomainError for negative `n`.
"""
factorial(n::Union{Int64, UInt64}) = _factorial_lookup(n, 20)
factorial(n::Union{Int8, UInt8, Int16, UInt16, Int32, UInt32}) = factorial(Int64(n))
function factorial(n::Union{Int128, UInt128})
    n < 0 && throw(DomainError(n, "`n` must not be negative."))
    n > (n isa Int128 ? 33 : 34) && throw(OverflowError(string(n, " is too large to look up in the table; consider using `factorial(big(", n, "))` instead")))
    f = one(n)
    for i in 2:Int64(n)
        f *= i
    end
    f
end

"""
    binomial(n::Integer, k::Integer)

The binomial coefficient ``\\binom{n}{k}`` (also for negative `n`); an OverflowError when it
does not fit the type.
"""
function binomial(n::T, k::T) where {T<:Integer}
    n0, k0 = n, k
    k < 0 && return zero(T)
    sgn = one(T)
    if n < 0
        n = -n + k - one(T)
        if isodd(k)
            sgn = -sgn
        end
    end
    k > n && return zero(T)
    (k == 0 || k == n) && return sgn
    k == 1 && return sgn * n
    if k > (n >> 1)
        k = n - k
    end
    x = nn = n - k + one(T)
    nn += one(T)
    rr = T(2)
    while rr <= k
        xt = div(widemul(x, nn), rr)
        x = xt % T
        x == xt || throw(OverflowError(string("binomial(", n0, ", ", k0, ") overflows")))
        rr += one(T)
        nn += one(T)
    end
    copysign(x, sgn)
end
binomial(n::Integer, k::Integer) = binomial(promote(n, k)...)

"""
    Base.power_by_squaring(x, p::Integer; mul = *)

`x^p` by repeated squaring: the squares of `x` for the set bits of `p`, multiplied from the lowest
bit up (the order of Julia's, so floating-point results round the same). A negative `p` is only
allowed for `x` equal to 1 or -1.
"""
function power_by_squaring(x, p::Integer; mul = *)
    if p < 0
        isone(x) && return copy(x)
        isone(-x) && return iseven(p) ? one(x) : copy(x)
        x isa Integer && return x ^ Int64(p)   # (its DomainError suggests floats or rationals)
        throw(DomainError(p, "Cannot raise an integer x to a negative power $p.\nConvert input to float."))
    end
    p == 0 && return one(x)
    while iseven(p)
        x = mul(x, x)
        p >>= 1
    end
    y = copy(x)
    p >>= 1
    while p > 0
        x = mul(x, x)
        isodd(p) && (y = mul(y, x))
        p >>= 1
    end
    y
end

"""
    isqrt(n::Integer)

The largest integer `m` with `m*m <= n`.
"""
isqrt(x::Integer) = oftype(x, trunc(sqrt(x)))
function isqrt(x::Union{Int64, UInt64, Int128, UInt128})
    x == 0 && return x
    s = oftype(x, trunc(sqrt(Float64(x))))
    # the float square root is off by a little for large x: one Newton step, then fix down
    s = (s + div(x, s)) >> 1
    s * s > x ? s - one(s) : s
end

"""
    gcdx(a, b)

`(g, s, t)` with `g = gcd(a, b)` and `s*a + t*b == g` (Bézout coefficients).
"""
function gcdx(a::Integer, b::Integer)
    T = promote_type(typeof(a), typeof(b))
    s0, s1 = one(T), zero(T)
    t0, t1 = s1, s0
    x = a % T
    y = b % T
    while y != 0
        q, r = divrem(x, y)
        x, y = y, r
        s0, s1 = s1, s0 - q * s1
        t0, t1 = t1, t0 - q * t1
    end
    x < 0 ? (-x, -s0, -t0) : (x, s0, t0)
end

"""
    invmod(n, m)

The inverse of `n` modulo `m`: `mod(n * invmod(n, m), m) == mod(1, m)`; a DomainError when
`gcd(n, m) != 1`.
"""
function invmod(n::Integer, m::Integer)
    m == 0 && throw(DomainError(m, "`m` must not be 0."))
    g, x, _ = gcdx(n, m)
    g != 1 && throw(DomainError((n, m), string("Greatest common divisor is ", g, ".")))
    # (an unsigned x that would have been negative wrapped around: adding m corrects it, as Julia's)
    n isa Unsigned && n isa BitInteger && x > typemax(n) >> 1 && (x += m)
    mod(x, m)
end

"""
    powermod(x, p, m)

`x^p mod m`, without overflow; a negative `p` uses `invmod(x, m)`.
"""
function powermod(x::Integer, p::Integer, m::T) where {T<:Integer}
    p == 0 && return mod(one(m), m)
    (m == 1 || m == -1) && return zero(m)
    b = oftype(m, mod(x, m))
    p < 0 && return powermod(invmod(b, m), -widen(p), m)
    r = mod(one(m), m)
    while p > 0
        if isodd(p)
            r = oftype(m, mod(widemul(r, b), m))
        end
        p >>= 1
        p > 0 && (b = oftype(m, mod(widemul(b, b), m)))
    end
    r
end

"""
    mod1(x, y)

Modulus after flooring division in `1:y` instead of `0:y-1` (for `y > 0`).
"""
mod1(x::T, y::T) where {T<:Real} = (m = mod(x, y); m == 0 ? y : m)
mod1(x::Real, y::Real) = mod1(promote(x, y)...)
