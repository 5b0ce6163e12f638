# min/max of floats: NaN wins and -0.0 < 0.0 (whatever the argument order); digits keep the
# number's sign and take the base's type; ndigits of typemin; an integer rounded to digits is a
# float (Julia 1.10); convert to an abstract number type keeps the value; Char ± any integer
println(max(NaN, 1.0), " ", max(1.0, NaN), " ", max(NaN, 1), " ", min(1, NaN), " ", max(NaN32, 1f0), " ", minmax(NaN, 1.0), " ", minmax(1, NaN))
println(min(0.0, -0.0), " ", min(-0.0, 0.0), " ", max(0.0, -0.0), " ", max(-0.0, 0.0), " ", minmax(0.0, -0.0))
println(max(1, 2), " ", min(2.5, 1), " ", minmax(3, 1), " ", max("a", "b"), " ", min(big(2), 3), " ", max(1//2, 0.25), " ", max(Int8(3), 2))
println(digits(-256, base = 10, pad = 5), " ", typeof(digits(UInt8(5))), " ", digits(big(255), base = 16), " ", digits(10, base = 2), " ", digits(UInt8, 300, base = 16))
println(ndigits(typemin(Int)), " ", ndigits(typemin(Int32)), " ", ndigits(typemin(Int8)), " ", ndigits(-999), " ", ndigits(0), " ", ndigits(255, base = 16))
println(round(123456, sigdigits = 2), " ", round(43241, digits = -2), " ", floor(17, digits = -1), " ", ceil(11, digits = -1), " ", trunc(-17, digits = -1), " ", round(5), " ", round(7, RoundUp), " ", floor(Int8(3)))
println(convert(Real, 1.0), " ", convert(Number, 1), " ", typeof(convert(Real, 1.0)), " ", convert(Integer, 0x05) === 0x05)
println(Dict(:a => 1.0, :b => 2), " ", Dict{Symbol,Real}(:a => 1.0))
println('a' + 0x01, " ", 1 + 'a', " ", 'a' + Int32(2), " ", 'z' - 0x01, " ", 'a' + 1, " ", 'c' - 'a', " ", 'a' + true)
d = Dict("a" => 1)
push!(d, "b" => 2)
push!(d, "c" => 3, "d" => 4)
println(sort(collect(d)))
using LinearAlgebra
v = [1.0, 2, 3]
println(v ⋅ v, " ", [1, 0, 0] × [0, 1, 0], " ", dot(v, v) == v ⋅ v)

# rounding to a type: Julia 1.10 rounds floats to integer types only; a rational to any type
let t(f) = try println(f()) catch e; println("ERROR: ", first(split(sprint(showerror, e), '\n'))) end
    t(() -> floor(Float64, 2.5))
    t(() -> round(Float32, 2.6))
    t(() -> unsafe_trunc(Float64, 2.5))
    t(() -> (floor(Float64, 7//2), ceil(Float32, 7//2), trunc(Float64, -7//2), round(Float64, 5//2)))
    t(() -> (round(Float64, 1//0), round(Float64, -7//2, RoundNearestTiesAway), round(Int, 7//2, RoundUp), floor(Int8, -7//2)))
    t(() -> round(Int, 1//0))
end
