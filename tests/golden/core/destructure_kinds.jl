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

# slurping: the rest of a tuple is a tuple, of an array a vector, of a string a SubString, of a
# named tuple a named tuple, of anything else a lazy Iterators.rest; names after the slurp take
# the last elements (Base.split_rest)
h, t... = [1, 2, 3]
println(h, " ", t)
h, t... = (1, 2, 3)
println(h, " ", t)
c, cs... = "héllo"
println(c, " ", repr(cs), " ", typeof(cs))
i1, i2, is... = 1:5
println(i1, i2, " ", is)
front..., final = (1, 2, 3)
println(front, " ", final)
p, mid..., r = [10, 20, 30, 40]
println(p, " ", mid, " ", r)
n1, ns... = (k = 1, l = 2, m = 3)
println(n1, " ", ns)
g1, gs... = (x^2 for x in 1:4)
println(g1, " ", collect(gs))
first_of(v) = ((f, rest...) = v; (f, rest))
println(first_of([1]), " ", first_of((1, 2)))
(o, (u, vs...)) = (1, (2, 3, 4))
println(o, u, vs)
whole = (m1, ms...) = (7, 8)
println(whole, m1, ms)
c1, cs1... = Iterators.countfrom(1)
println(c1, " ", first(cs1))
for bad in (() -> ((a1, a2, a3...) = [1]), () -> ((b1, b2..., b3, b4) = [1, 2]), () -> ((d1, d2..., d3) = Iterators.countfrom(1)))
    try
        bad()
    catch e
        println(sprint(showerror, e))
    end
end
try
    eval(Meta.parse("a..., b... = 1:3"))
catch e
    println(sprint(showerror, e))
end
# a slurp in loop variables: fresh locals in each iteration
for (h, t...) in [(1, 2, 3), (4, 5)]
    println(h, " ", t)
end
for (i, (h, t...)) in enumerate(["ab", "cde"]), k in 1:1
    println(i, h, t, k)
end
function loop_locals_are_new()
    h = 0
    for (h, t...) in [(1, 2)]
    end
    h
end
println(loop_locals_are_new())
