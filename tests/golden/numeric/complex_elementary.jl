# Complex elementary functions as Julia's complex.jl computes them (Kahan's branch cuts): the
# inverse trigonometric and hyperbolic functions, sinpi/cospi, exp2/exp10, no overflow for large
# parts, signed zeros on the cuts, and log accurate near |z| = 1
for f in (asin, acos, atan, asinh, acosh, atanh, sin, cos, tan, sinh, cosh, tanh, exp, expm1, log, log1p, log2, log10, sqrt, exp2, exp10, sinpi, cospi)
    println(f, ": ", f(2.0 + 0im), "  ", f(0.5 + 1im), "  ", f(-3.0 - 2im), "  ", f(1 - 1im))
end
# large parts: no Inf/Inf NaNs
println(tanh(1000.0 + 1im), "  ", tan(1000.0im), "  ", sqrt(1e300 + 1e300im), "  ", atanh(1e300 + 1im), "  ", log(1e308 + 1e308im))
# tiny and near-one values
println(log(1 + 1e-10im), "  ", sqrt(1e-320 + 0im), "  ", log1p(1e-20 + 1e-20im), "  ", expm1(1e-10 + 1e-10im))
# branch cuts and signed zeros
println(sqrt(-4 + 0im), "  ", sqrt(-4 - 0.0im), "  ", asin(2 - 0.0im), "  ", acos(-2 + 0im), "  ", atanh(2.0 - 0.0im), "  ", acosh(0.5 + 0im), "  ", log(-1 + 0im), "  ", log(-1 - 0.0im))
# exact zeros and ones of sinpi/cospi at integers and half-integers
println(sinpi(1 + 0im), "  ", cospi(0.5 + 0im), "  ", sinpi(0.5 + 1im), "  ", cospi(1.0 + 0.5im), "  ", sincospi(2.5 + 0.5im))
# infinities and NaNs
println(asin(Inf + Inf * im), "  ", acos(NaN + 0im), "  ", atanh(1.0 + 0im), "  ", log(0.0 + 0im), "  ", exp(-Inf + 2im), "  ", sin(Inf + 0im))
# the reciprocal functions and integer arguments
println(asec(2 + 0im), "  ", acot(1 + 1im), "  ", acoth(2 + 0im), "  ", asech(0.5 + 0im), "  ", acsch(1 + 1im), "  ", asin(1 + 1im))
