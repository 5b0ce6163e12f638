# binomial overflow message has its closing parenthesis (JuliaLang/julia#49204, in 1.10)
try binomial(100, 50) catch e; showerror(stdout, e); println() end
try binomial(typemax(Int), 2) catch e; showerror(stdout, e); println() end
# RoundingMode values show as Julia's default show of RoundingMode{T}()
println(RoundNearest, " ", RoundUp, " ", RoundNearestTiesAway)
show(RoundToZero); println()
println(rounding(Float64), " ", rounding(BigFloat))
# clamp(x, T) for any x (Julia 1.10: compare, then convert(T, x))
println(clamp(1e30, Int), " ", clamp(-2.0, UInt8), " ", clamp(big(2)^200, Int16), " ", clamp(3.0, Int8), " ", typeof(clamp(3.0, Int8)), " ", clamp(300, UInt8), " ", clamp(-200, Int8))
try clamp(2.5, Int) catch e; showerror(stdout, e); println() end
# negative bases in string(n; base)
println(string(-10, base=-2), " ", string(10, base=-2), " ", string(0, base=-2), " ", string(0, base=-3, pad=3), " ", string(big(-10), base=-2), " ", string(100, base=-10), " ", string(-1000, base=-40))
# isapprox's norm keyword and Base.rtoldefault
println(isapprox([1, 2], [1, 3]; norm = x -> 0), " ", isapprox(1.0, 1.5; norm = x -> 0.0), " ", isapprox([1.0, 2.0], [1.0, 2.1]; norm = v -> maximum(abs, v), atol = 0.2))
println(Base.rtoldefault(Float64), " ", Base.rtoldefault(Float32), " ", Base.rtoldefault(Int), " ", Base.rtoldefault(1, 2.0, 0))
# flipsign/copysign of unsigned and Bool use Julia's Real fallbacks
println(flipsign(UInt(3), -1), " ", copysign(UInt(3), -1), " ", flipsign(0x03, -1), " ", flipsign(0x03, 1), " ", copysign(0x03, 2.0))
println(flipsign(true, -1), " ", copysign(true, -1), " ", typeof(flipsign(true, 1)), " ", copysign(3//4, -1), " ", flipsign(-3//4, -2.0), " ", copysign(2, -0.0))
println(+true, " ", typeof(+false), " ", typeof(-true))
