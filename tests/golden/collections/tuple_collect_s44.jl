# collecting tuples: a vector of the first tuple's type while each has exactly that type
v = [(i, i / 2) for i in 1:4]
println(typeof(v), " ", v)
w = [(i, i == 3 ? 1.5 : i) for i in 1:4]
println(typeof(w), " ", w)
n = [(i, (i, "x")) for i in 1:2]
println(typeof(n), " ", n)
m = [i == 2 ? (i,) : (i, i) for i in 1:3]
println(typeof(m), " ", m)
f = [(x, x) for x in 1.0:3.0 if x != 2.0]
println(typeof(f), " ", f)
g = collect((i, 2i) for i in 1:3)
println(typeof(g), " ", g)
t = [(a = i, b = 2.0i) for i in 1:2]
println(typeof(t), " ", t)
function many(n)
    s = 0.0
    for r in 1:n
        p = [(x, x + 1.0) for x in 1.0:100.0]
        s += p[end][2]
    end
    s
end
println(many(2000))
