# CartesianIndex and CartesianIndices; find*/arg* of matrices give CartesianIndex, of dicts the key
A = [1 5; 7 2]
println(findall(iszero, [0 1; 1 0]), " ", argmax(A), " ", findmax(A), " ", findmin(A), " ", argmin(A), " ", findfirst(x -> x > 4, A), " ", findlast(x -> x > 4, A))
println(findall(isodd, [1, 2, 3]), " ", argmax([1, 5, 3]), " ", findmax([1, 5, 3]), " ", findall(A .> 1), " ", findall([true, false, true]))
ci = CartesianIndex(2, 1)
println(ci, " ", A[ci], " ", ci[1], " ", Tuple(ci), " ", ci + CartesianIndex(0, 1), " ", typeof(ci), " ", CartesianIndex(1), " ", ci < CartesianIndex(1, 2))
A[CartesianIndex(1, 1)] = 9
println(A, " ", CartesianIndices((2, 2)), " ", collect(CartesianIndices((2, 3)))[2, 3], " ", length(CartesianIndices(A)), " ", size(CartesianIndices((2, 3))))
for I in CartesianIndices((2, 2))
    print(I, " ")
end
println()
println(collect(pairs([10 20; 30 40]))[2], " ", keys([1 2; 3 4]), " ", keys([1, 2]), " ", collect(keys([1 2]))[2])
d = Dict("a" => 3, "b" => 7, "c" => 5)
println(findmax(d), " ", findmin(d), " ", argmax(d), " ", findall(isodd, d) |> sort, " ", findfirst(==(7), d))
println(findmax([1.0, NaN, 3.0]), " ", findmin([2, 1, 1]), " ", argmax([3, 3]), " ", hash(CartesianIndex(1, 2)) == hash(CartesianIndex(1, 2)), " ", Dict(CartesianIndex(1, 1) => 1))
display(CartesianIndices((2, 2)))
println(findall(==(2), [1 2; 2 1]), " ", [CartesianIndex(1, 2), CartesianIndex(2, 2)])
# checkbounds with a CartesianIndex (neighbours of a grid cell)
g = ['#' '.' '.'; '.' '#' '.']
c = CartesianIndex(2, 3)
println([c + d for d in (CartesianIndex(0, 1), CartesianIndex(1, 0), CartesianIndex(0, -1), CartesianIndex(-1, 0)) if checkbounds(Bool, g, c + d)])
println(checkbounds(Bool, g, CartesianIndex(1, 1)), " ", checkbounds(Bool, g, CartesianIndex(3, 1)), " ", checkbounds(Bool, zeros(2, 2, 2), CartesianIndex(1, 2), 2))
try checkbounds(g, CartesianIndex(3, 1)) catch e; showerror(stdout, e); println() end
