# Arrays by dimension: repeat, cat, reverse/sort with dims, rotations, dropdims, selectdim,
# mapslices, stack; Array{T}(undef, dims...) with the dimension count left open.
A = [1 2; 3 4]
println(repeat([1, 2], 2), " ", repeat([1 2], 2, 1), " ", repeat([1, 2], 2, 2), " ", repeat([1, 2], inner = 2), " ", repeat([1 2; 3 4], inner = (1, 2), outer = (2, 1)))
println(cat([1], [2], dims = 1), " ", cat([1 2], [3 4], dims = 1), " ", cat([1 2], [3 4], dims = 2), " ", cat([1 2], [3 4], dims = 3), " ", cat(A, A, dims = 3) |> size)
println(reverse(A, dims = 1), " ", reverse(A, dims = 2), " ", reverse(A), " ", reverse([1, 2, 3], dims = 1), " ", reverse(reshape(1:8, 2, 2, 2), dims = 3))
println(sort([1 3; 2 0], dims = 1), " ", sort([3 1; 0 2], dims = 2), " ", sort([1 3; 2 0], dims = 1, rev = true))
println(rotl90(A), " ", rotr90(A), " ", rot180(A), " ", rotl90(A, 2), " ", rotr90(A, 3))
println(dropdims(ones(1, 2), dims = 1), " ", dropdims(reshape(1:4, 2, 1, 2), dims = 2), " ", selectdim(A, 1, 1), " ", selectdim(A, 2, 2))
println(mapslices(sum, A, dims = 1), " ", mapslices(sum, A, dims = 2), " ", mapslices(x -> x .* 2, A, dims = 1))
println(stack([[1, 2], [3, 4]]), " ", stack(x -> [x, x^2], 1:3), " ", size(stack([A, A])))
println(length(Array{Int}(undef, 2)), " ", typeof(Array{Float64}(undef, 2, 3)), " ", Array{Int}(undef, 0), " ", typeof(Array{Int}([1 2])))
try
    dropdims(A, dims = 1)
catch e
    println(sprint(showerror, e))
end
# zero-dimensional arrays print as Julia's fill(x)
a = fill(3)
println(a, " ", size(a), " ", a[], " ", ndims(a), " ", length(a))
display(a)
println()
b = a .+ 1
println(b)
println(sum(a), " ", a .* [1, 2], " ", zeros(Int) , " ", Array{Float64, 0}(undef) |> size)
