# Int64 and Float64 arithmetic, comparison, precedence.
println(1 + 2 * 3, " ", (1 + 2) * 3, " ", 2^10, " ", -2^2, " ", 2.0^-1)
println(7 / 2, " ", 7 ÷ 2, " ", -7 ÷ 2, " ", 7 % 3, " ", -7 % 3, " ", mod(-7, 3))
println(div(7, 2), " ", fld(-7, 2), " ", cld(7, 2), " ", rem(-7, 3))
println(1 + 2.5, " ", 3 * 0.5, " ", 1 / 3)
println(9223372036854775807 + 1)
println(1 < 2, " ", 2 <= 2, " ", 3 > 4, " ", 3 >= 3, " ", 1 == 1.0, " ", 1 != 2, " ", 1 ≠ 1)
println(1 < 2 < 3, " ", 1 < 3 < 2, " ", 1 === 1, " ", 1 === 1.0)
println(5 & 3, " ", 5 | 3, " ", xor(5, 3), " ", 5 ⊻ 3, " ", ~0, " ", 1 << 4, " ", -16 >> 2, " ", -16 >>> 60)
println(!true, " ", true & false, " ", true | false, " ", true + true)
println(abs(-3), " ", abs(-2.5), " ", min(3, 1, 2), " ", max(1.5, 2), " ", sign(-4))
println(sqrt(16.0), " ", sqrt(2), " ", floor(2.7), " ", ceil(2.1), " ", round(2.5), " ", trunc(-2.7))
println(isodd(3), " ", iseven(3), " ", iszero(0), " ", divrem(7, 3), " ", fldmod(-7, 3))
x = 10
x += 5
x *= 2
x -= 1
println(x)
y = 2.0
y /= 4
println(y)
