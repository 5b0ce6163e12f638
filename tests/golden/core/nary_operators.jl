# a + b + c and a * b * c parse as one call of three (or more) arguments; Base applies the
# operator pairwise from the left, so the result is (a + b) + c in the types each step promotes to.
struct V2
    x::Float64
    y::Float64
end
Base.:+(a::V2, b::V2) = V2(a.x + b.x, a.y + b.y)
Base.:*(a::Real, b::V2) = V2(a * b.x, a * b.y)

println(1 + 2 + 3, " ", 1 + 2.5 + 3, " ", 2 * 3 * 4 * 5, " ", Int8(100) + Int8(100) + Int8(100))
println(V2(1, 2) + V2(3, 4) + V2(5, 6), " ", 2 * 3 * V2(1, 2))
println("a" * "b" * "c", " ", "a" * 'b' * "c", " ", typeof("a" * 'b' * 'c'))
# left to right, not regrouped: 0.1 + 0.2 + 0.3 rounds differently from 0.1 + (0.2 + 0.3)
println(0.1 + 0.2 + 0.3, " ", 0.1 + (0.2 + 0.3), " ", 1.0e16 + 1.0 + 1.0, " ", 1.0 + 1.0 + 1.0e16)
println(typemax(Int) + 1 + 1, " ", UInt8(200) * UInt8(2) * UInt8(3))
println(+(1, 2, 3, 4), " ", *(1, 2, 3, 4, 5), " ", +(1, 2, 3, 4, 5, 6), " ", (+)(1, 2, 3))
println(1 + true + 2.0f0, " ", typeof(1 + true + 2.0f0), " ", typeof(Int16(1) + Int8(2) + UInt8(3)))

# one call site meeting other types each time, in the interpreter and once compiled
f(a, b, c) = a + b + c
for (a, b, c) in ((1, 2, 3), (1.5, 2, 3), (UInt8(1), 2, 3.0f0), (1//2, 1, 2), (V2(1, 1), V2(2, 2), V2(3, 3)))
    r = f(a, b, c)
    println(r, " ", typeof(r))
end
function sums(n)
    s = 0.0
    for i in 1:n
        s = s + 2.0 * i * 0.5
    end
    s
end
println(sums(10), " ", sums(100_000))

# methods defined after a site ran are seen by it
g(a, b, c) = a * b * c
for i in 1:3
    println(g(2, 3, 4))
end
try
    g(2, V2(1, 2), 3)
catch e
    println(split(sprint(showerror, e), "\n")[1])
end
Base.:*(a::V2, b::Real) = b * a
println(g(2, V2(1, 2), 3), " ", g(2, 3, 4))

# a method replacing a builtin after the sites ran (each step of a + b + c sees it)
h(a, b, c) = a * b * c
# (invoke calls the three-operand method's own compiled body, which outlives call sites' caches)
k(a, b, c) = invoke(*, Tuple{Any, Any, Any}, a, b, c)
println([h(Int8(1), Int8(2), Int8(j)) for j in 1:3], [k(Int8(1), Int8(2), Int8(j)) for j in 1:3])
Base.:*(a::Int8, b::Int8) = Int8(42)
println(h(Int8(1), Int8(2), Int8(3)), " ", k(Int8(1), Int8(2), Int8(3)))
