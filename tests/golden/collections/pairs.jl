# pairs: key => value iteration over named tuples, arrays and tuples
r = (a = 1, b = "x")
println(collect(pairs((a = 1, b = 2))), " ", haskey(pairs(r), :a), " ", pairs(r)[:b], " ", collect(pairs([10, 20])), " ", collect(pairs((7, 8))))
for (k, v) in pairs(r); print(k, "=", v, " "); end
for (i, x) in pairs([5, 6]); print(i, ":", x, " "); end
println()
f(; kw...) = [k => v for (k, v) in pairs(kw)]
println(f(a = 1, b = 2))
# a method's `kws...` is pairs of names and values, as Julia's Base.Pairs
function kwinfo(; kw...)
    for (k, v) in kw
        print(k, "=", v, " ")
    end
    println(keys(kw), " ", values(kw), " ", haskey(kw, :a), " ", length(kw), " ", get(kw, :zz, 0), " ", isempty(kw), " ", merge((q = 1,), kw))
end
kwinfo(a = 1, b = "x")
kwinfo()
forward(x; kws...) = target(x; kws...)
target(x; a = 0, b = 0) = x + a + b
println(forward(1; a = 2, b = 3), " ", forward(1), " ", forward(1; b = 5))
rest(; p = 1, kws...) = (p, collect(kws))
println(rest(p = 5, q = 6))
