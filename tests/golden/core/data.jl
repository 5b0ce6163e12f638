# Tuples, named tuples, array literals, comprehensions, generators, indexing with end/begin.
t = (1, "two", 3.0)
println(t, " ", t[2], " ", length(t), " ", (1,), " ", ())
a, b, c = t
println(a, " ", b, " ", c)
x, y = 1, 2
x, y = y, x
println(x, " ", y)
nt = (a = 1, b = "two")
println(nt, " ", nt.a, " ", nt.b, " ", length(nt))
v = [1, 2, 3]
println(v, " ", typeof(v), " ", v[1], " ", v[end], " ", v[begin], " ", v[end - 1])
w = [1, 2.5]
println(w, " ", typeof(w))
m = [1, "a"]
println(m, " ", typeof(m))
e = []
println(e, " ", typeof(e))
v[2] = 20
push!(v, 4)
println(v, " ", length(v))
f = Float64[1, 2]
println(f, " ", typeof(f))
println([i^2 for i in 1:5], " ", [i for i in 1:10 if iseven(i)])
println([(i, j) for i in 1:2, j in 1:2] |> size)
println(sum(x for x in 1:100), " ", sum(x^2 for x in 1:3 if x != 2))
g = (c for c in "ab")
println(collect(g))
println([x * 2 for x in (1, 2, 3)])
println(1:5, " ", 1:2:9, " ", typeof(1:5), " ", length(10:-3:1), " ", collect(10:-3:1))
p = 1 => "one"
println(p, " ", p.first, " ", p.second)
s = "hello"
println(s[1], " ", s[2:4], " ", s[end], " ", length(s))
