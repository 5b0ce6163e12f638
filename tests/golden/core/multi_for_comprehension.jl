# comprehensions and generators with several for clauses (flatten), and a macro before a for loop inside a call's parenthesized block
println([(i, j) for i in 1:3 for j in 1:i])
println([i * j for i in 1:3 for j in 1:2 if isodd(i + j)])
println(sum(i + j for i in 1:3 for j in i:3))
println(collect(x for xs in [[1, 2], [3]] for x in xs))
println([c for w in ["ab", "c"] for c in w])
f(n) = [(a, b, c) for a in 1:n for b in a:n for c in b:n if a^2 + b^2 == c^2]
println(f(15))
println(typeof([(i, j) for i in 1:2 for j in 1:2]))
h(x) = x(); println(h(() -> (s = 0; @inbounds for i in 1:4; s += i; end; s)))
println([@inbounds x^2 for x in 1:3])
