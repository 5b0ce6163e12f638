# max/min of floats: a NaN wins, -0.0 < 0.0, in each float type (a builtin for two floats of one type)
for T in (Float16, Float32, Float64)
    vals = T[-0.0, 0.0, 1, -1, NaN, Inf, -Inf, floatmin(T), nextfloat(T(0))]
    for x in vals, y in vals
        a = max(x, y); b = min(x, y); c = minmax(x, y)
        print(a, " ", b, " ", c, " ", typeof(a), ";")
    end
    println()
end
println(max(1.5, 2), " ", min(1.0f0, 2), " ", max(big(1.5), 2.0), " ", min(-0.0, big(0.0)), " ", maximum([1.0, NaN, 2.0]), " ", minimum(Float32[3, -0.0, 0.0]))
println(Base._max(2.0, 3.0), " ", clamp(1.5, 0.0, 1.0))
