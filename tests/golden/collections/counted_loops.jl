# for loops over Base iterators that count through arrays and ranges (pairs, product, take,
# drop, generators of them) and destructuring of Pairs: the same elements, in the same order,
# as iterate gives; a vector that grows or shrinks during the loop is followed.
const I = Iterators
for (i, x) in pairs([10, 20, 30])
    print(i, ":", x, " ")
end
println()
for p in pairs((:a, :b))
    print(p, " ")
end
println()
for (a, b) in I.product(1:3, [:x, :y])
    print(a, b, " ")
end
println()
for x in I.take([5, 6, 7, 8], 2), y in I.drop(1:4, 3)
    print((x, y), " ")
end
println()
println(sum(i * x for (i, x) in pairs([2, 3, 4])), " ", [a + b for (a, b) in I.product(1:2, 10:10:30)])
println(collect(I.take(I.drop([1, 2, 3, 4, 5], 1), 3)), " ", collect(I.take(1:3, 1)), " ", length(collect(I.drop(1:3, 5))))
# the loop reads the length each step, as iterate does
v = [1, 2, 3]
for (i, x) in pairs(v)
    i == 1 && push!(v, 4)
    print(x, " ")
end
println()
w = [1, 2, 3, 4]
for x in I.take(w, 3)
    x == 1 && pop!(w)
    x == 2 && pop!(w)
    print(x, " ")
end
println()
# break/continue and a product over a product's element types
for (i, x) in pairs([1.5, 2.5, 3.5, 4.5])
    i == 2 && continue
    i == 4 && break
    print(i, "=", x, " ")
end
println()
for t in I.product(1:2, "ab")
    print(typeof(t), " ")
    break
end
println()
# one destructuring site meeting Pairs of several types, and non-Pairs
for p in Any[1 => 2, "k" => 3.5, :s => nothing, (4, 5), [6, 7], 1.0 => 'c']
    a, b = p
    print(a, "|", b, " ")
end
println()
d = Dict("one" => 1)
for (k, v) in d
    println(k, " ", v)
end
a, b = 1 => (2, 3)
println(a, " ", b)
try
    x, y, z = 1 => 2
catch e
    println(typeof(e))
end
