# arrays of any number of dimensions: permutedims(A, perm), PermutedDimsArray (a view), eachrow/eachcol/eachslice as arrays of views (Julia's Slices), mapslices and circshift in N dimensions
A = reshape(collect(1:24), 2, 3, 4)
B = permutedims(A, (3, 1, 2))
println(size(B), " ", B[4, 2, 3] == A[2, 3, 4], " ", permutedims(A, [2, 1, 3])[3, 2, 1], " ", permutedims(A, (1,2,3)) == A)
P = PermutedDimsArray(A, (3, 1, 2))
println(size(P), " ", P == B, " ", P[4, 2, 3], " ", P[5], " ", B[5], " ", typeof(P))
M = [1 2; 3 4]
PM = PermutedDimsArray(M, (2, 1))
PM[1, 2] = 30
display(PM); println()
println(M)
try permutedims(A, (1, 1, 2)) catch e; println(e) end
A = [1 2 3; 4 5 6]
r = eachrow(A)
println(r[2], " ", length(r), " ", size(eachcol(A)), " ", [sum(c) for c in eachcol(A)], " ", map(sum, eachrow(A)), " ", length(collect(eachrow(A))))
r[1][2] = 20
println(A, " ", typeof(r) <: AbstractVector, " ", r isa RowSlices, " ", eachcol(A) isa ColumnSlices)
B = reshape(collect(1:24), 2, 3, 4)
s = eachslice(B; dims = 3)
println(length(s), " ", s[2], " ", size(eachslice(B; dims = (1, 3))), " ", eachslice(B; dims = (1, 3))[2, 4], " ", sum.(eachslice(B, dims=3)))
for row in eachrow([1 2; 3 4]); print(row, ";"); end; println()
A = reshape(collect(1:24), 2, 3, 4)
B = permutedims(A, (3, 1, 2))
println(size(B), " ", B[4, 2, 3] == A[2, 3, 4], " ", permutedims(A, [2, 1, 3])[3, 2, 1])
println(selectdim(A, 3, 2))
println(dropdims(sum(A, dims=3), dims=3))
println(eachslice(A, dims=3) |> length, " ", mapslices(sum, A, dims=[1,2]))
println(cat(A, A, dims=3) |> size, " ", stack([[1,2],[3,4]]), " ", circshift(A, (0,1,0))[1,1,1])
println(circshift([1,2,3], 1), circshift([1 2; 3 4], (1, 0)), circshift([1 2; 3 4], 1))
println(size(eachrow([1 2; 3 4])), " ", eachrow([1 2; 3 4])[1])
