# pairs: key => value iteration over named tuples, arrays and tuples
r = (a = 1, b = "x")
println(collect(pairs((a = 1, b = 2))), " ", haskey(pairs(r), :a), " ", pairs(r)[:b], " ", collect(pairs([10, 20])), " ", collect(pairs((7, 8))))
for (k, v) in pairs(r); print(k, "=", v, " "); end
for (i, x) in pairs([5, 6]); print(i, ":", x, " "); end
println()
f(; kw...) = [k => v for (k, v) in pairs(kw)]
println(f(a = 1, b = 2))
