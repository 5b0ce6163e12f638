# Callable structs and invoke.
struct Poly
    coeffs::Vector{Float64}
end
function (p::Poly)(x)
    s = 0.0
    for (i, c) in enumerate(p.coeffs)
        s += c * x^(i - 1)
    end
    s
end
p = Poly([1.0, 2.0, 3.0])
println(p(2.0), " ", p(0))
struct Adder{T}
    n::T
end
(a::Adder)(x) = a.n + x
println(Adder(5)(10), " ", map(Adder(1), [1, 2]))
fi(x::Integer) = "integer"
fi(x::Int) = "int"
println(fi(1), " ", invoke(fi, Tuple{Integer}, 1))
f(xs::Vararg{Int}) = sum(xs)
g(a, rest::Vararg) = length(rest)
println(f(1, 2, 3), " ", f(4), " ", g(1, 2, 3), " ", g(1))
# f() sums an empty tuple: Julia knows no zero for an unknown element type
try
    f()
catch e
    println(typeof(e))
end
try
    f(1.5)
catch e
    println(typeof(e))
end
