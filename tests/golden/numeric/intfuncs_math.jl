# Integer functions (intfuncs.jl, combinatorics.jl) and float decomposition (math.jl), with their errors.
println(factorial(5), " ", factorial(20), " ", factorial(Int8(5)), " ", typeof(factorial(Int8(5))), " ", factorial(UInt128(25)))
for f in (() -> factorial(21), () -> factorial(-1), () -> binomial(67, 30))
    try f() catch e; showerror(stdout, e); println() end
end
println(binomial(5, 2), " ", binomial(-5, 3), " ", binomial(10, 11), " ", binomial(Int16(10), Int16(5)), " ", binomial(66, 33))
println(isqrt(17), " ", isqrt(16), " ", isqrt(typemax(Int64)), " ", isqrt(UInt8(200)))
println(gcdx(12, 42), " ", gcdx(-12, 42), " ", invmod(3, 7), " ", invmod(3, -7), " ", powermod(2, 10, 1000), " ", powermod(3, -1, 7), " ", powermod(typemax(Int64), 3, 10^18+9))
try invmod(2, 4) catch e; showerror(stdout, e); println() end
println(mod1(5, 5), " ", mod1(6, 5), " ", mod1(-1, 5), " ", mod1(5.5, 5))
println(exponent(8.0), " ", exponent(0.1), " ", exponent(5e-324), " ", exponent(Float32(3)), " ", significand(15.2), " ", significand(-15.2), " ", significand(5e-324))
println(frexp(12.8), " ", frexp(-0.0), " ", frexp(5e-324), " ", ldexp(1.5, 3), " ", ldexp(1.5, -1074), " ", ldexp(1.0, 1024), " ", ldexp(3.0, -1076), " ", ldexp(Float32(1), -149))
for f in (() -> exponent(0.0), () -> exponent(Inf))
    try f() catch e; showerror(stdout, e); println() end
end
println(modf(3.5), " ", modf(-3.5), " ", modf(Inf), " ", sincos(0.0), " ", deg2rad(180), " ", rad2deg(pi/2))
println(sinpi(1.0), " ", sinpi(-1.0), " ", sinpi(0.5), " ", cospi(0.5), " ", cospi(1), " ", sinpi(1), " ", sinpi(2.5), " ", cospi(-3.0), " ", sinpi(Float32(0.5)))
println(evalpoly(2, (1, 2, 3)), " ", evalpoly(0.5, [1.0, 1.0]), " ", maxintfloat(), " ", maxintfloat(Float32), " ", precision(Float16), " ", maxintfloat(Float64, Int))
# a literal integer power is Julia's literal_pow: x^2 == x*x, x^3 == x*x*x, x^-1 == inv(x),
# x^-2 == inv(x)^2 (so 2^-1 is 0.5, 2^-3 a DomainError); other powers are ^ itself
println(2^-1, " ", 2^-2, " ", 2.0^-1, " ", (1 + 2im)^3, " ", (1//2)^-2, " ", Float16(1.5)^3, " ", true^2, " ", 0x02^3)
println(1.1^10, " ", 1.1^5, " ", 10.0^23, " ", 10.0^-3, " ", Float32(1.1)^10, " ", (-2.0)^5, " ", 0.0^-1)
let n = -1
    try
        2^n
    catch e
        println(typeof(e))
    end
end
