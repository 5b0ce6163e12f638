# any/all/mapreduce along dims; merge with a combining function; get!/get with a type for the
# default; empty of vectors, sets and dicts.
println(repr(all([true true], dims = 1)), " ", any([false true; false false], dims = 2), " ", all(x -> x > 0, [1 -1; 2 3], dims = 1))
println(mapreduce(x -> x^2, +, [1 2; 3 4], dims = 2), " ", mapreduce(identity, +, [1 2; 3 4], dims = 1))
println(merge(+, Dict(1 => 2), Dict(1 => 3, 2 => 1)), " ", mergewith(*, Dict(:a => 2), Dict(:a => 5)))
d = Dict{Int, Vector{Int}}()
push!(get!(Vector{Int}, d, 1), 7)
push!(get!(Vector{Int}, d, 1), 8)
println(d, " ", get(Vector{Int}, d, 2))
println(empty([1, 2]), " ", empty([1, 2], String), " ", empty(Set([1])), " ", empty(Dict(1 => 2)), " ", empty(Dict(1 => 2), String, Int))
