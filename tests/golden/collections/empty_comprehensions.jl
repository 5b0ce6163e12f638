# An empty comprehension whose body is its loop variable (or the tuple of them) has the
# iterator's element type, as Julia's inference gives it; non-empty ones take their elements' types
println([x for x in Int[] if x > 0], " ", [x for x in [1, 2, 3] if x > 5], " ", [x for x in 1:0], " ", [x for x in 1:5 if x > 9])
println([x for x in Dict{Int,String}()], " ", [c for c in "" if isdigit(c)], " ", [x for x in Float32[]])
println(summary([(x, y) for x in 1:0, y in 1:2]), " ", summary([x for x in zeros(0, 3)]))
println([x for x in [1, 2, 3] if x > 1], " ", [x for x in Any[1, 2]], " ", [(a, b) for (a, b) in [1 => 2]], " ", [x for x in Any[]])
using Base.Iterators
println(eltype(product(1:2, "ab")), " ", collect(product(1:2, [0.5])), " ", eltype(product()))
