# Methods show their keyword arguments by name, in listings and in MethodError candidates.
f(x; y = 1, z) = x
g(x, y = 1; k = 2, kws...) = x
h(; a) = a
here(x) = println(replace(string(x), (@__DIR__) * "/" => ""))
here(first(methods(f)))
foreach(here, methods(g))
here(first(methods(h)))
Base.@kwdef struct Counter
    count::Int = 0
    step::Int = 1
end
foreach(here, methods(Counter))
try
    f(1, 2)
catch e
    here(sprint(showerror, e))
end
