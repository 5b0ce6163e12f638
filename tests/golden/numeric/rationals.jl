# Rational numbers: lowest terms, checked arithmetic, promotion with integers and floats, exact float comparison, hashing like equal numbers, rounding, rationalize.
x = 1//2
println(x, " ", typeof(x), " ", 3//6, " ", -4//6, " ", 4//-6, " ", 5//1, " ", 1//0, " ", -1//0)
println(x + 1//3, " ", x - 1//3, " ", x * 2//3, " ", x / (1//4), " ", inv(x), " ", x^3, " ", x^-2, " ", -x)
println(x + 1, " ", 1 + x, " ", x * 4, " ", 3 - x, " ", x + 0.25, " ", x * 2.0, " ", 2 // x, " ", x // 3)
println(x == 0.5, " ", 0.5 == x, " ", x < 0.6, " ", x < 1, " ", 1//3 < 1//2, " ", 1//3 == 2//6, " ", 2//2 == 1, " ", x > 0.5, " ", x <= 0.5)
println(float(x), " ", Float64(1//3), " ", Float32(1//3), " ", Int64(4//2), " ", numerator(6//4), " ", denominator(6//4), " ", Rational(0.75), " ", Rational(0.1))
println(rationalize(0.1), " ", rationalize(pi), " ", rationalize(Int8, pi), " ", rationalize(0.333333), " ", rationalize(0.3333333333333333), " ", rationalize(-2.5))
println(round(7//2), " ", round(5//2), " ", round(Int, -5//2), " ", floor(Int, -1//2), " ", ceil(Int, 1//3), " ", trunc(-7//2), " ", round(Int, 7//3))
println([1//2, 1//3, 1//1], " ", [1//2, 2], " ", sum([1//2, 1//3, 1//6]), " ", string(3//4), " ", repr(3//4), " ", Int8(1)//Int8(3), " ", typeof(Int8(1)//Int8(3)))
println(isinteger(4//2), " ", iszero(0//5), " ", abs(-3//4), " ", sign(-3//4), " ", max(1//2, 1//3), " ", min(1//2, 0.4), " ", mod(7//2, 1), " ", rem(-7//2, 2), " ", div(7//2, 1//3))
println(hash(1//1) == hash(1), " ", hash(1//2) == hash(0.5), " ", isequal(1//2, 0.5), " ", Dict(1//2 => "half")[1//2], " ", Set([1//2, 2//4, 0.5]) |> length)
for f in (() -> 0//0, () -> Int(1//2), () -> typemax(Int)//1 + 1, () -> (1//typemin(Int8)), () -> Rational{Int8}(1000.0), () -> round(Int, 1//0))
    try println(f()) catch e; showerror(stdout, e); println() end
end
println(Rational{Int8}(0.5), " ", Rational{Int64}(3), " ", convert(Rational{Int64}, 2), " ", promote(1//2, 3), " ", promote(1//2, 0.5), " ", 1//2 + Int8(1), " ", typeof(Int8(1)//Int8(2) + 1))
println(cmp(1//2, 1//3), " ", isless(1//3, 1//2), " ", sort([1//2, 1//5, 1//3]), " ", 0.1 < 1//10, " ", 1//10 < 0.1, " ", 1//3 < 0.3333333333333333, " ", 0.3333333333333333 < 1//3)
