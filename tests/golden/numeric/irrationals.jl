# pi, ℯ and the MathConstants are Irrationals: printed as symbols, computed as the nearest float of the type beside them, equal to no float
println(pi, " ", π, " ", ℯ, " ", typeof(pi), " ", 2pi, " ", pi / 4, " ", sin(pi / 2), " ", cos(pi), " ", pi^2, " ", sqrt(pi))
println(pi == 3.141592653589793, " ", pi < 3.1415926535897936, " ", pi > 3.141592653589793, " ", pi < 4, " ", 3 < pi, " ", pi == pi, " ", pi == ℯ, " ", ℯ < pi)
println(Float64(pi), " ", Float32(pi), " ", Float16(pi), " ", float(ℯ), " ", Float32(2) * pi, " ", typeof(Float32(2) * pi), " ", pi + 1, " ", pi + pi, " ", -pi)
println([pi, 1.0], " ", [pi, 1], " ", [pi], " ", round(pi; digits = 3), " ", round(Int, pi), " ", exp(1) == ℯ, " ", log(ℯ), " ", mod(7.0, 2pi))
display(pi); display(ℯ); println(string(pi), " ", "$(2 * pi)", " ", repr(pi), " ", MathConstants.golden, " ", Float64(MathConstants.γ), " ", MathConstants.catalan + 0)
println(hash(pi) == hash(π), " ", Dict(pi => 1)[π], " ", isinteger(pi), " ", sign(pi), " ", zero(pi), " ", max(pi, 3.0), " ", deg2rad(180.0), " ", sinpi(0.5), " ", range(0, 2pi; length = 3))
