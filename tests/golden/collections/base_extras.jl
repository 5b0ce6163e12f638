# Small Base functions on values and collections, and NamedTuples as indexable, iterable tuples.
println(isnothing(nothing), " ", isnothing(1), " ", ifelse(true, 1, 2), " ", minmax(3, 1), " ", only([7]), " ", only((x = 1,)))
for f in (() -> only([]), () -> only([1, 2]))
    try f() catch e; showerror(stdout, e); println() end
end
v = [3, 1, 3, 2, 1]; unique!(v); println(v, " ", symdiff([1, 2, 3], [3, 4, 5], [4, 5, 6]), " ", symdiff(Set([1, 2]), [2, 3]) == Set([1, 3]))
println(circshift([1, 2, 3, 4, 5], 2), " ", circshift([1, 2, 3, 4, 5], -1), " ", circshift([1 2 3; 4 5 6], (1, 1)), " ", circshift([1 2; 3 4], 1))
println(permutedims([1 2 3; 4 5 6]), " ", permutedims([1, 2, 3]), " ", permutedims([1 2; 3 4], (2, 1)))
struct Q; a::Int; b::Float64; end
mutable struct R; a::Int; end
println(fieldtypes(Q), " ", ismutable(R(1)), " ", ismutable(Q(1, 2.0)), " ", ismutable([1]))
nt = (x = 1, y = "a")
println(nt[:y], " ", nt[1], " ", collect(nt), " ", haskey(nt, :x), " ", get(nt, :z, 0), " ", sum((a = 1, b = 2)), " ", [v for v in nt])
println(NamedTuple{(:a, :b)}((1, 2)), " ", merge((a = 1, b = 2), (b = 3, c = 4)), " ", merge((a = 1,), (b = 2,), (c = 3,)), " ", Tuple([1, 2]))
for f in (() -> getfield((1, 2), 3), () -> nt[3], () -> NamedTuple{(:a, :a)}((1, 2)))
    try f() catch e; showerror(stdout, e); println() end
end
