# isless of tuples: lexicographic, the first elements decide unless isequal (Julia's rule)
println(isless((1, 2.0), (1, 3)), " ", isless((1, NaN), (1, 2)), " ", isless((NaN, 1), (NaN, 2)))
println(isless((2,), (1, 5)), " ", isless((1,), (1, 5)), " ", isless((1, 5), (1,)), " ", isless((), ()), " ", isless((), (1,)))
println(isless((1, "a", 'c'), (1, "a", 'd')), " ", isless((1, "b", 'a'), (1, "a", 'z')), " ", isless((1, 2, 3), (1, 2, 3)))
println(isless((-0.0, 1), (0.0, 0)), " ", isless((0.0, 1), (-0.0, 2)), " ", isless((1, 2, 3, 4), (1, 2, 3, 5)))
println(isless((missing, 1), (missing, 2)), " ", isless((1, missing), (1, 2)), " ", isless((1, 2), (1, missing)))
println((1, 2) < (1, 3), " ", (2, 1) > (1, 9), " ", max((1, 2), (1, 3)), " ", minimum([(3, 'a'), (1, 'z'), (1, 'b')]))
println(sort([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
println(sort([(2, 1.5), (1, 2.5), (2, 0.5)]; rev = true))
# a vector of tuples: stores and converts element by element
v = Tuple{Int,Float64}[]
push!(v, (1, 2))        # converted
push!(v, (3, 4.5))      # already of the type
push!(v, (5, 6))
v[1] = (7, 8)
println(v, " ", typeof(v[1]))
try
    push!(v, ("x", 1.0))
catch e
    println(typeof(e))
end
w = sort([(i, sqrt(i)) for i in 1:6]; by = x -> -x[2])
println(first.(w))
nested = Tuple{Int,Tuple{Float64,Int}}[]
push!(nested, (1, (2, 3)))
push!(nested, (4, (5.5, 6)))
println(nested)
# Base.tail and Base.front
println(Base.tail((1, 2, 3)), " ", Base.front((1, "a", 3.0)), " ", Base.tail((1,)), " ", Base.front((1,)))
try
    Base.tail(())
catch e
    println(e)
end
