# keys of a vector are its LinearIndices (Julia's abstractarray.jl: keys(a::AbstractVector) = LinearIndices(a))
v = [3, 1, 4, 1, 5]
k = keys(v)
println(typeof(k))
display(k)
println(collect(k), " ", length(k), " ", k[end], " ", first(k), " ", last(k), " ", eltype(k))
println(k == 1:5, " ", keys(v) == eachindex(v), " ", eachindex(v))
for i in keys(v)
    print(i, ":", v[i], " ")
end
println()
display(pairs(v))
for (i, x) in pairs(v)
    i > 2 && break
    println(i, " => ", x)
end
println(findall(isodd, v), " ", findfirst(==(4), v), " ", findlast(==(1), v), " ", argmax(v), " ", findmin(v))
println(reverse(keys(v)), " ", sum(keys(v)), " ", [i for i in keys(v) if v[i] > 2])
println(keys([1 2; 3 4]), " ", keys((7, 8)), " ", keys(Int[]) |> collect)
