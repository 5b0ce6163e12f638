# permutedims of a Matrix (one copy) for each kind of store, and copies of transposes and adjoints
A = [1 2 3; 4 5 6]
println(permutedims(A), " ", permutedims(["a" "b"; "c" "d"]), " ", permutedims([1.5 2.5]), " ", permutedims(zeros(0, 3)) |> size)
println(permutedims(Bool[1 0; 0 0]), " ", permutedims(Int8[1 2]), " ", permutedims(Float32[1 2]), " ", permutedims([:a :b]))
u = Matrix{Any}(undef, 1, 2); u[1, 2] = "x"
p = permutedims(u)
println(size(p), " ", isassigned(p, 1), " ", p[2], " ", typeof(p))
println(copy(A'), " ", copy(transpose([1+2im 3im])), " ", copy([1+2im 3im]'), " ", typeof(copy(A')))
B = [sin(i + 2j) for i in 1:37, j in 1:23]
println(permutedims(B) == [B[j, i] for i in 1:23, j in 1:37], " ", copy(B') == permutedims(B), " ", B' * B == copy(B') * B)
M = permutedims(A); M[1, 1] = 100; println(A[1, 1])
