# zip and enumerate: over arrays and unit ranges a for loop counts through them directly; any
# other iterator goes through iterate. Both must give the same elements, in Julia's order.
a = [10, 20, 30]
b = 5:9
for (i, (x, y)) in enumerate(zip(a, b))
    println(i, ": ", x, " ", y)
end
for t in zip(a, b, 1:2)
    println(t)
end
for (k, c) in enumerate("aé")             # a string goes through iterate
    println(k, " ", c)
end
for (x, c) in zip(1:10, "xyz")
    print(x, c, " ")
end
println()
for t in zip(1:2, 3:4, 5:6, 7:8)           # four iterators: the general method
    print(t, " ")
end
println()
for (i, x) in enumerate(Float64[])
    println("never")
end
for (i, x) in enumerate(zip(Int[], 1:3))
    println("never")
end
# the same loop sees indexed and other shapes
function pairs_sum(itrs)
    total = 0
    for itr in itrs
        for (i, x) in enumerate(itr)
            total += i * x
        end
    end
    total
end
println(pairs_sum(([1, 2, 3], 4:6, (7, 8), Set([9]))))
# a vector that grows while enumerated is followed, as iterate does
v = [1, 2]
for (i, x) in enumerate(v)
    i < 4 && push!(v, 10x)
end
println(v)
w = [1, 2, 3, 4]
for (x, y) in zip(w, w)
    length(w) > 2 && pop!(w)
    print((x, y), " ")
end
println()
# Bool, Float and matrix elements, ranges ending at typemax
for (i, x) in enumerate([true, false]); print(i, x, " "); end
for (x, y) in zip([1.5 2.5; 3.5 4.5], typemax(Int)-1:typemax(Int)); print(x, " ", y, " "); end
println()
z = zip([1, 2], ["a", "b"])
println(collect(z), " ", eltype(z), " ", length(z))
e = enumerate([1.5, 2.5])
println(collect(e), " ", eltype(e), " ", length(e))
println(collect(zip(1:3)), " ", first(zip("ab", 1:2)))
println(sum(x * y for (x, y) in zip(1:1000, 1000:-1:1)))
# a for loop over a String reads its characters directly (ASCII bytes without a call)
for c in "aé😀b"
    print(repr(c), " ")
end
println()
for c in ""
    println("never")
end
n = 0
for c in repeat("ab€ ", 1000)
    c == '€' && (global n += 1)
end
println(n)
# filters: counted over arrays and ranges, elements the predicate rejects skipped; enumerate or
# zip of a filter numbers and pairs only what it yields (through iterate)
for x in Iterators.filter(isodd, [1, 2, 3, 4, 5])
    print(x, " ")
end
println()
for (i, x) in enumerate(Iterators.filter(iseven, 1:7))
    print((i, x), " ")
end
println()
for (a, b) in zip(Iterators.filter(iseven, 1:7), "xyz")
    print(a, b, " ")
end
println()
println([x^2 for x in 1:10 if x % 3 == 0], " ", [c for c in "a1b2" if isdigit(c)], " ", sum(x for x in 1:100 if isodd(x)))
try
    for x in Iterators.filter(x -> x, [1, 2])
        println(x)
    end
catch e
    println(e)
end
