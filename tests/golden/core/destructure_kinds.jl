# Destructuring tuples, arrays, Pairs (directly) and any other iterable (through iterate).
a, b = 1 => "x"
println(a, " ", b)
k, = 3 => 4
println(k)
x, y = [10, 20, 30]
println(x + y)
p, q = "hé"
println(p, q)
s1, s2 = Set([7])  , 0
println(s1, " ", s2)
for (key, val) in Dict("one" => 1)
    println(key, " => ", val)
end
total = 0
for (i, j) in [[1, 2], [3, 4]]
    global total += i * j
end
println(total)
for bad in (() -> ((u, v, w) = 1 => 2), () -> ((u, v) = [1]), () -> ((u, v) = (1,)))
    try
        bad()
    catch e
        println(e)
    end
end
module Mine
struct Pair
    left
    right
end
Base.iterate(p::Pair, i = 1) = i > 2 ? nothing : (i == 1 ? p.right : p.left, i + 1)
end
l, r = Mine.Pair(1, 2)       # a Pair of another module iterates as its own methods say
println(l, " ", r)
