# Vararg{T, N} parameters: a fixed count is that many parameters, a where-variable count is
# bound to the number of varargs (and must agree with its other uses).
vsum(xs::Vararg{Int, N}) where {N} = (N, sum(xs))
vcount(xs::Vararg{Int, N}) where {N} = N
println(vsum(1, 2, 3), " ", vcount())
three(xs::Vararg{Any, 3}) = "three: $(xs)"
three(xs...) = "other: $(length(xs))"
println(three(1, 2, 3), " ", three(1, 2))
pairup(t::NTuple{N, Int}, ys::Vararg{Int, N}) where {N} = t .+ ys
println(pairup((1, 2), 10, 20))
try pairup((1, 2), 10) catch e; println(typeof(e)) end
f(a, bs::Vararg{T, N}) where {T <: Real, N} = (a, T, N)
println(f(:x, 1.0, 2.0), " ", f(:y, 1, 2, 3))
g(xs::Vararg{T, 2}) where {T} = T
println(g(1, 2), " ", g("a", "b"))
try g(1, 2.0) catch e; println(typeof(e)) end
shown(x) = replace(sprint(show, x), string(@__DIR__, "/") => "")   # (the test's folder is cut from the paths)
println(shown(methods(three)))
try g(1, 2.0) catch e; println(split(sprint(showerror, e), '\n')[1]) end
println(shown(methods(vsum)))
