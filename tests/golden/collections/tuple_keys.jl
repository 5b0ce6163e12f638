# tuples as Dict keys and Set members: hashing and equality of small and large tuples
d = Dict{Tuple{Int,Int},Int}()
for i in 1:50, j in 1:4
    d[(i, j)] = i * j
end
println(length(d), " ", d[(7, 3)], " ", get(d, (51, 1), 0), " ", haskey(d, (1, 4)), " ", haskey(d, (4, 5)))
println(hash((1, 2)) == hash((1, 2)), " ", hash((1, 2)) != hash((2, 1)), " ", hash((1,)) != hash(1), " ", hash((1, 2, 3, 4)) == hash((1, 2, 3, 4)))
println(isequal((1, NaN), (1, NaN)), " ", (1, NaN) == (1, NaN), " ", isequal((0.0, 1), (-0.0, 1)), " ", (0.0, 1) == (-0.0, 1))
println((1, missing) == (1, 2), " ", (1, missing) == (2, 2), " ", (missing, 1) == (missing, 1), " ", isequal((missing, 1), (missing, 1)))
println((1, 2) == (1, 2.0), " ", isequal((1, 2), (1, 2.0)), " ", (1, 2, 3) == (1, 2, 3), " ", (1, 2) == (1, 2, 3))
s = Set([(1, "a"), (2, "b"), (1, "a")])
println(length(s), " ", (1, "a") in s, " ", (1, "b") in s)
memo = Dict{Tuple{Int,Int,Int},Int}()
paths(a, b, c) = get!(memo, (a, b, c)) do
    a == 0 || b == 0 || c == 0 ? 1 : paths(a - 1, b, c) + paths(a, b - 1, c) + paths(a, b, c - 1)
end
println(paths(5, 5, 5), " ", length(memo))
k = Dict{Any,Int}((1, 2) => 1, (1.0, 2.0) => 2, (1, 2, 3) => 3)
println(length(k), " ", k[(1, 2)], " ", k[(1, 2, 3)])
