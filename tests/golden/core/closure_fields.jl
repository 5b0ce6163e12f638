# A closure's captured variables are its fields, as in Julia (adder(5).n)
adder(n) = x -> x + n
a = adder(5)
println(a.n, " ", a(1), " ", getfield(a, :n), " ", getproperty(a, :n))
function counter()
    c = 0
    inc() = (c += 1)
    inc
end
k = counter(); k(); k()
println(k.c)
g = let y = [1, 2]; () -> y end
push!(g.y, 3)
println(g())
scale(v, s) = map(x -> x * s, v)   # a closure inside: still just a function to callers
println(scale([1, 2], 3))
try a.m catch e; println(typeof(e)) end
