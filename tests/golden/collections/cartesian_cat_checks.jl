# CartesianIndices shown with their axes, indexed by ranges, I:J; eachindex by index style;
# concatenation/cat/reverse/selectdim/mapslices checks and messages; one value to many places
# stack along dims and of tuples
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> CartesianIndices((2:3, 1:2)))
t(() -> CartesianIndices((3, 2)))
t(() -> vcat([1 2],[1 2 3]))
t(() -> hcat([1, 2], [1 2 3]'))
t(() -> cat([1 2],[1 2 3], dims=3))
t(() -> cat([1 2],[3 4], dims=Val(3)))
t(() -> reverse([1 2;3 4], dims=(1,2)))
t(() -> selectdim([1 2], 0, 1))
t(() -> selectdim([1 2], 3, 2))
t(() -> mapslices(sum, [1 2], dims=3))
R = CartesianIndices((3, 4))
t(() -> R[2:3, 1])
t(() -> R[1:2, 1:2])
t(() -> CartesianIndex(1, 1):CartesianIndex(2, 2))
t(() -> collect(CartesianIndex(1, 2):CartesianIndex(2, 3)))
t(() -> eachindex(IndexCartesian(), [1 2; 3 4]))
t(() -> eachindex(IndexLinear(), [1 2; 3 4]))
t(() -> (x = zeros(3); x[1:2] = 5; x))
t(() -> (x = zeros(3); x[1:2] .= 5; x))
t(() -> (A = zeros(2, 2); A[1, :] = 7; A))
t(() -> (A = zeros(2, 2); A[1, :] = [7, 8]; A))
t(() -> (x = zeros(3); x[[1, 3]] = [1, 2]; x))
t(() -> stack([[1, 2], [3, 4]]))
t(() -> stack([[1, 2], [3, 4]]; dims = 1))
t(() -> stack(zip(1:4, 10:99)))
t(() -> size(stack([rand(2, 3) for _ in 1:4]; dims = 2)))
t(() -> stack(x -> [x, 2x], 1:3; dims = 1))
r = 1:3
try r[1] = 5 catch e; println(e isa CanonicalIndexError) end
