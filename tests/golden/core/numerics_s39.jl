println(repr(maxintfloat(Float32, Int64)))   # Julia 1.10: 1.6777216f7   (a Float32)
println(repr(maxintfloat(Float64, Int32)))   # Julia 1.10: 2.147483647e9
println(div(-7, 2, RoundFromZero))     # Julia 1.10: -4
println(rem(7, 2, RoundFromZero))      # Julia 1.10: -1
println(divrem(7, 2, RoundFromZero))   # Julia 1.10: (4, -1)
println(isqrt(UInt8(255)))          # Julia 1.10: 15
println(isqrt(UInt16(65535)))       # Julia 1.10: 255
println(isqrt(UInt32(4294967295)))  # Julia 1.10: 65535
println(invmod(UInt8(3), UInt8(7)))   # Julia 1.10: 5   (3*5 = 15 ≡ 1 mod 7)
println(invmod(UInt(3), UInt(7)))     # Julia 1.10: 5
println(ispow2(0.25))    # Julia 1.10: true
println(ispow2(4.5))     # Julia 1.10: false
println(ispow2(1//8))    # Julia 1.10: true
try; gcd(typemin(Int), typemin(Int)); catch e; showerror(stdout, e); println(); end
# Julia 1.10: OverflowError: gcd(-9223372036854775808, -9223372036854775808) overflows
println(gcdx(0, 0))      # Julia 1.10: (0, 1, 0)
println(mod2pi(1e20))          # Julia 1.10: 5.5818331494642415  (same as rem2pi(1e20, RoundDown))
println(mod2pi(1e10))          # Julia 1.10: 5.773954235013852
println(mod2pi(2pi))           # Julia 1.10: 6.283185307179586  (float 2pi < exact 2π)
println(repr(mod2pi(10f0)))    # Julia 1.10: 3.7168148f0  (Float32 in, Float32 out)
println(tanpi(1.5))    # Julia 1.10: -Inf
println(tanpi(-1.5))   # Julia 1.10: Inf
println(tanpi(1.0))    # Julia 1.10: -0.0
println(tanpi(1))      # Julia 1.10: -0.0
println(tanpi(0.75))   # Julia 1.10: -1.0
println(repr(hypot(3f0, 4)))         # Julia 1.10: 5.0f0   (promote(3f0, 4) -> Float32)
println(repr(hypot(1f0, 2, 2)))      # Julia 1.10: 3.0f0
println(hypot(NaN, Inf, 1.0))        # Julia 1.10: Inf  (Inf wins over NaN, IEEE 754)
println(repr(hypot(Float16(3), 4)))  # Julia 1.10: Float16(5.0)
println(tanpi(0.25), " ", tanpi(-0.25), " ", tanpi(0.5), " ", tanpi(-0.5), " ", tanpi(2.25), " ", repr(tanpi(0.25f0)), " ", tanpi(-3))
println(mod2pi(-1.0), " ", mod2pi(0.5), " ", mod2pi(7), " ", isqrt(10^18), " ", isqrt(Int8(120)), " ", invmod(3, 7), " ", invmod(-3, 7))
println(div(7, -2, RoundFromZero), " ", div(-7, -2, RoundFromZero), " ", div(UInt(7), UInt(2), RoundFromZero), " ", gcd(typemin(Int), 2), " ", gcdx(12, 18), " ", hypot(3, 4), " ", hypot(3, 4, 12))
println(ndigits(0), ndigits(0, pad=0), " ", ndigits(12345), " ", ndigits(-999), " ", ndigits(typemin(Int)), " ", ndigits(typemax(UInt64)), " ", ndigits(255, base=16), " ", ndigits(-8, base=2), " ", ndigits(UInt8(200)), " ", ndigits(5, pad=3), " ", ndigits(big(10)^30), " ", ndigits(Int8(-128)), " ", ndigits(10, base=-10))
