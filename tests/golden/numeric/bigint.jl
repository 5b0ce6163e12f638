# BigInt: big(), literals beyond Int128, arithmetic, promotion with integers, parse/string in bases, hashing like equal integers, factorial/binomial, InexactError on narrowing.
x = big(2)^100
println(x, " ", typeof(x), " ", x + 1, " ", x * x, " ", -x, " ", div(x, 3), " ", rem(x, 7), " ", mod(-x, 7))
println(factorial(big(30)), " ", binomial(big(100), 50), " ", gcd(big(12), big(18)), " ", big(10)^20 == 100000000000000000000, " ", 123456789012345678901234567890)
println(typeof(123456789012345678901234567890), " ", typeof(170141183460469231731687303715884105727), " ", big(1) + 2, " ", 2 * big(3), " ", big(5) > 3, " ", big(7) // 2)
println(Int64(big(42)), " ", Float64(x), " ", parse(BigInt, "-987654321987654321987654321"), " ", string(big(255), base = 16), " ", [big(1), 2], " ", big(2)^64 % 1000)
println(hash(big(5)) == hash(5), " ", Dict(big(5) => "five")[5], " ", isqrt(big(10)^40))
try Int64(x) catch e; println(e) end
println(sort([big(3), 1, big(2)]), " ", sum(big(2)^k for k in 1:70), " ", rationalize(BigInt, 0.1), " ", 1//big(3) < 1//big(2), " ", typemax(Int128)//1 < typemax(Int128)//2, " ", 1000000000000000000000000000000000000000)
