# comparison chains: each operand evaluated once and only when needed; dotted chains combine element-wise
x = [0.1, 0.5, 1.5]
println(0 .<= x .< 1, " ", 1 < 2 < 3, " ", 1 < 3 < 2, " ", 1 .< [2, 0] .< 3)
calls = 0
f() = (global calls += 1; 5)
println(1 < f() < 10, " ", calls, " ", 1 < f() <= 5 < 6, " ", calls)
println(Int <: Real <: Number, " ", 2 < 1 < error("not evaluated"))
calls = 0
println(2 < 1 < f() < 10, " ", calls, " ", 1 < 2 < f() < 10, " ", calls)
