# Math functions of integers and other reals go through float, as in Julia
println(sin(1) == sin(1.0), " ", exp(1), " ", log(2), " ", log(2, 8), " ", log10(1000), " ", typeof(log(2)), " ", exp(1//2) == exp(0.5))
println(cbrt(27), " ", atan(1) * 4, " ", tanh(0), " ", exp(true), " ", typeof(sin(Int8(1))), " ", typeof(exp(Float32(1))), " ", log(Float16(2)))
println(asinh(1.0) ≈ log(1 + sqrt(2)), " ", acosh(2.0) ≈ log(2 + sqrt(3)), " ", atanh(0.5) ≈ log(3) / 2, " ", asinh(-1e-20), " ", typeof(asinh(Float32(1))))
println(sec(0), " ", csc(pi / 2), " ", cot(pi / 4) ≈ 1, " ", acosh(1), " ", atanh(0))
try acosh(0.5) catch e; println(typeof(e), " ", e.val) end
try atanh(2) catch e; println(typeof(e), " ", e.val) end
println(hypot(3, 4), " ", atan(1, 1) * 4 == pi, " ", mod2pi(7), " ", mod2pi(-1) ≈ 2pi - 1, " ", fma(2, 3, 4), " ", fma(1//2, 2//3, 1//3), " ", nextpow(2, 5), " ", prevpow(10, 999), " ", muladd(2, 3, 4))
println(nextprod((2, 3), 105), " ", nextprod([2, 3, 5], 2^40 + 1), " ", nextprod([7], 50), " ", nextprod([2, 3], 0.5))
try nextprod([1, 2], 10) catch e; println(sprint(showerror, e)) end
println(rem(-7, 3, RoundDown), " ", rem(7, 3, RoundUp), " ", rem(7, 2, RoundNearest), " ", rem(5, 2, RoundNearest), " ", rem(7, -3, RoundToZero), " ", rem(7.5, 2.0, RoundNearest), " ", rem(1e300, 3.0, RoundNearest), " ", rem(Float32(7.5), Float32(2), RoundNearest), " ", rem(-1.5, 1.0, RoundDown))
# reciprocal hyperbolics, sinc/cosc, cispi, fourthroot, nand/nor; cosh as Julia computes it
println(sech(1), " ", csch(1.0), " ", coth(2), " ", asech(0.5), " ", acsch(2.0), " ", acoth(2))
println(sinc(0), " ", sinc(0.5), " ", sinc(1), " ", sinc(Inf), " ", cosc(0), " ", round(cosc(0.25), digits = 12), " ", round(cosc(1.5), digits = 12), " ", round(cosc(1e-9), sigdigits = 8))
println(cispi(1), " ", cispi(0.5), " ", fourthroot(16), " ", fourthroot(2.0), " ", nand(true, true), " ", nor(false, false), " ", true ⊼ false, " ", nand(0b1100, 0b1010) & 0x0f)
println([cosh(x) for x in (0.1, 0.5, 1.0, 2.0, -3.7, 10.0, 30.0, 700.0, 710.0, 711.0)])
println([tanh(x) for x in (0.1, 0.3, 0.6, 0.7, 0.8, 2.0, -0.3, 25.0)])
println([log2(x) for x in (0.3, 3.0, 10.0, 1e-5, 1e22, 5e-324, 8.0, 0.1)], " ", log2(0.0), " ", log2(3.0f0))
