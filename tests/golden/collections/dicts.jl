# Dict and Set: construction, lookup, mutation, iteration and printing.
d = Dict("a" => 1)
d["b"] = 2
println(Dict("k" => 1.5), " ", Dict(:s => [1]))
println(typeof(d), " ", length(d))
d["c"] = 3
println(d["c"], " ", get(d, "z", 0), " ", haskey(d, "a"), " ", "b" in keys(d), " ", sort(collect(values(d))))
delete!(d, "a")
println(sort(collect(keys(d))), " ", pop!(d, "b"), " ", length(d), " ", get!(d, "n", 10), " ", d["n"])
e = Dict{String, Int}()
println(e, " ", isempty(e), " ", typeof(e))
e["x"] = 1
println(merge(e, Dict("y" => 2)) == Dict("x" => 1, "y" => 2), " ", Dict{Int, Any}(1 => "one"))
for (k, v) in Dict(1 => "one")
    println(k, " -> ", v)
end
counts = Dict{Char, Int}()
for c in "hello"
    counts[c] = get(counts, c, 0) + 1
end
println(counts['l'], " ", counts['h'], " ", length(counts))
big = Dict{Int, Int}()
for i in 1:1000
    big[i] = i * i
end
for i in 1:2:1000
    delete!(big, i)
end
println(length(big), " ", big[500], " ", haskey(big, 501), " ", sum(values(big)))
try
    d["missing"]
catch e
    println(sprint(showerror, e))
end
s = Set([3, 1, 3])
push!(s, 2)
println(length(s), " ", 3 in s, " ", 5 in s, " ", sort(collect(s)), " ", typeof(s))
println(sort(collect(union(s, Set([9])))), " ", sort(collect(intersect(s, Set([1, 9])))), " ", sort(collect(setdiff(s, Set([1])))))
println(Set{Int}(), " ", issubset(Set([1]), s), " ", 1 => "x", " ", typeof(1 => "x"))
