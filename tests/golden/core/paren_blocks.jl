# Parentheses whose first separator is `;` hold statements: commas inside one make a tuple
println((x = 1; a, b = 2, 3; a + b))
println((1; 2, 3))
println((a = 1; b = 2))
f(x; k = 1) = x + k
println((f(1; k = 2); f(2)))
println((if true; 1 else 2 end, 3))
println((begin 1 end; 2), " ", (1;), " ", (; a = 1), " ", (x -> (x; x + 1))(1))
swap(p) = (q = p; a, b = q; (b, a))
println(swap((1, 2)))
