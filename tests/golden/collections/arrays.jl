# Arrays: indexing, mutation, concatenation, reductions and printing.
v = collect(1:6)
println(v[2:4], " ", v[end], " ", v[begin], " ", v[[1, 3]], " ", v[:], " ", v[end-1:end])
m = reshape(v, 2, 3)
println(m, " ", size(m), " ", m[2, 3], " ", m[:, 2], " ", m[1, :], " ", m[5])
m[1, 1] = 10
println(v[1], " ", ndims(m), " ", length(m), " ", size(m, 2))
w = Int[]
push!(w, 3, 1, 2)
pushfirst!(w, 0)
insert!(w, 2, 9)
println(w, " ", pop!(w), " ", popfirst!(w), " ", w)
deleteat!(w, 1)
append!(w, [7, 7])
println(w, " ", length(w), " ", isempty(Int[]), " ", empty!(copy(w)))
println(vcat([1, 2], 3, [4]), " ", hcat([1, 2], [3, 4]), " ", [1 2 3], " ", [1; 2; 3])
println([1 2; 3 4] * [1, 1], " ", [1 2; 3 4]', " ", [1.0 2; 3 4])
println(sum([1 2; 3 4], dims = 2), " ", maximum([3, 1, 2]), " ", extrema([2, 9, -1]))
println(sort([3, 1, 2], rev = true), " ", sortperm([30, 10, 20]), " ", sort(["b", "a", "c"]), " ", sort([(2, "b"), (1, "z"), (2, "a")]))
println(sort([5, 2, 9, 1], by = x -> -x), " ", unique([3, 3, 1, 3]), " ", reverse([1, 2, 3]))
println(findfirst(iseven, [1, 3, 4, 6]), " ", findlast(iseven, [1, 3, 4, 6]), " ", findall(isodd, [1, 2, 3]), " ", findfirst(==(9), [1]))
println(map(+, [1, 2], [10, 20]), " ", reduce(*, [1, 2, 3, 4]), " ", foldl(-, [10, 1, 2]), " ", mapreduce(x -> x^2, +, 1:3))
println(zeros(2), " ", ones(Int, 2, 2), " ", fill("x", 2), " ", fill(7, 2, 1))
println(Any[1, "a", 2.5], " ", [[1, 2], [3]], " ", [(1, 2), (3, 4)], " ", Vector{Float64}(undef, 0))
println(Matrix{Int}(undef, 0, 3), " ", Int[], " ", [1 => "a"], " ", typeof([1, 2.0]), " ", eltype([true]))
a = [1, 2, 3]
a .+= 10
b = similar(a)
b .= a .* 2
println(a, " ", b, " ", a .- [1, 1, 1], " ", [1, 2] .+ [10 20], " ", (1, 2) .+ 1)
println(cumsum(1:4), " ", diff([1, 3, 6]), " ", count(iseven, 1:10), " ", in(3, [1, 2, 3]), " ", 4 ∉ [1, 2])
println(first([4, 5, 6], 2), " ", last([4, 5, 6], 2), " ", argmin([3, 1, 2]), " ", findmin([3, 1, 2]))
println([1, 2] == [1, 2], " ", [1, 2] == [1.0, 2.0], " ", isequal([1, 2], [1, 2]), " ", [1, 2] == [1, 2, 3])
for thunk in (() -> [1, 2, 3][4], () -> [1 2; 3 4][3, 1], () -> [1, 2] + [1, 2, 3], () -> [1, 2][0:1],
              () -> pop!(Int[]), () -> reshape([1, 2, 3], 2, 2))
    try
        thunk()
    catch e
        println(sprint(showerror, e))
    end
end
# bounds at the extremes of Int64 (one unsigned compare in compiled code)
let a = [1, 2, 3], m = [1 2; 3 4]
    for i in (0, 4, -1, typemin(Int), typemax(Int))
        try; a[i]; catch e; println(sprint(showerror, e)); end
    end
    for (i, j) in ((0, 1), (1, 3), (typemin(Int), 1), (2, 2))
        try; println(m[i, j]); catch e; println(sprint(showerror, e)); end
    end
end
println(sort([:b, :a, :ab]), " ", :a < :b, " ", cmp(:b, :a), " ", sort(collect(keys(Dict(:y => 1, :x => 2)))))
