# Float16/Float32/Float64 arithmetic, rounding, functions and their domain errors.
function attempt(f)
    try
        println(repr(f()))
    catch e
        println(sprint(showerror, e))
    end
end
h = Float16(1) / Float16(3)
println(repr(h), " ", repr(h * Float16(3)), " ", repr(Float16(0.1) + Float16(0.2)), " ", repr(Float16(1000) * Float16(100)))
println(repr(-Float16(2)), " ", repr(Float16(5) - Float16(7)), " ", repr(Float16(7) % Float16(3)), " ", repr(mod(Float16(-7), Float16(3))))
println(repr(sqrt(Float16(3))), " ", repr(sqrt(2.0f0)), " ", sqrt(2.0), " ", repr(Float16(2)^10), " ", repr(2.0f0^0.5f0))
println(1.0 / 3.0, " ", 1.0f0 / 3.0f0, " ", 0.1 + 0.2, " ", 0.1f0 + 0.2f0, " ", 2.0^53 + 1, " ", 1.0e308 * 10)
println(rem(5.5, 2.0), " ", mod(-5.5, 2.0), " ", mod(5.5, -2.0), " ", div(7.5, 2.0), " ", fld(-7.5, 2.0), " ", cld(7.5, 2.0), " ", mod(-0.0, 1.0))
println(floor(-2.5), " ", ceil(-2.5), " ", trunc(-2.5), " ", round(-2.5), " ", round(3.5), " ", round(0.5f0), " ", repr(round(Float16(1.5))))
println(round(3.14159, digits = 2), " ", round(1234.5, digits = -2), " ", round(123.456, sigdigits = 2), " ", round(2.5, RoundUp), " ", round(-2.5, RoundToZero))
println(isnan(NaN32), " ", isinf(-Inf16), " ", isfinite(1.0f0), " ", isnan(1), " ", isinteger(2.0), " ", isinteger(2.5f0), " ", signbit(-0.0), " ", signbit(Float16(1)))
println(NaN == NaN, " ", isequal(NaN, NaN), " ", -0.0 == 0.0, " ", isequal(-0.0, 0.0), " ", isless(-0.0, 0.0), " ", isless(1.0, NaN), " ", NaN32 < 1.0f0)
println(exp(1.0), " ", log(10.0), " ", log2(8.0), " ", log10(1000.0), " ", sin(0.0), " ", cos(0.0), " ", atan(1.0, 1.0), " ", hypot(3.0, 4.0), " ", cbrt(27.0))
println(exp(1.0f0), " ", repr(log(Float16(2))), " ", abs(-3.5f0), " ", repr(abs(Float16(-0.5))), " ", copysign(2.0, -1.0), " ", sign(-2.5), " ", fma(2.0, 3.0, 1.0))
attempt(() -> sqrt(-1.0))
attempt(() -> log(-1.0f0))
attempt(() -> (-8.0)^(1 / 3))
attempt(() -> asin(2.0))
println(pi, " ", Float32(pi), " ", repr(Float16(pi)), " ", Inf32, " ", NaN16, " ", typeof(Inf16), " ", floatmax(Float16), " ", eps(Float64))
println(nextfloat(1.0f0), " ", prevfloat(Float16(1)), " ", nextfloat(-0.0), " ", repr(nextfloat(Float16(65504))), " ", eps(Float16), " ", eps(1.0e10))
