# Methods show their keyword arguments by name, in listings and in MethodError candidates.
f(x; y = 1, z) = x
g(x, y = 1; k = 2, kws...) = x
h(; a) = a
println(first(methods(f)))
foreach(println, methods(g))
println(first(methods(h)))
Base.@kwdef struct Counter
    count::Int = 0
    step::Int = 1
end
foreach(println, methods(Counter))
try
    f(1, 2)
catch e
    showerror(stdout, e); println()
end
