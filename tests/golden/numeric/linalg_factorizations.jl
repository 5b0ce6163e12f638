# lu (LU object, L/U/p, solve, det), eigen/eigvals/eigvecs of symmetric matrices (Jacobi),
# eigvals of general real matrices (Hessenberg + Francis QR), sorted by (real, imag) as Julia
using LinearAlgebra
A = [1.0 2.0; 3.0 4.0]
F = lu(A)
display(F)
println()
println(F.L * F.U == A[F.p, :], " ", F.p, " ", det(F), " ", F \ [1.0, 2.0])
L, U, p = lu(A)
println(L, U, p)
println(F)
println(eigvals([2 1; 1 2]))
E = eigen([2.0 1.0; 1.0 2.0])
display(E); println()
vals, vecs = E
S = [4.0 1 2; 1 3 0; 2 0 5]
e = eigen(S)
println(round.(e.values, digits = 10))
println(maximum(abs.(S * e.vectors - e.vectors * diagm(e.values))) < 1e-12)
println(round.(e.vectors' * e.vectors, digits = 12) == Matrix(1.0I, 3, 3))
println(eigvals([0.0 -1.0; 1.0 0.0]))
println(eigvals([1.0 2 3; 4 5 6; 7 8 10]))
R = [2.0 -1 0 0; 1 2 0 0; 0 0 3 1; 0 0 0 4]
println(eigvals(R))
B = [1.0 2 3 4; 2 1 0 5; 7 1 2 3; 1 1 1 1]
λ = eigvals(B)
println(round.(λ, digits = 8))
println(abs(prod(λ) - det(B)) < 1e-9, " ", abs(sum(λ) - tr(B)) < 1e-9)
println(eigmax(S) ≈ maximum(e.values), " ", eigmin(S) ≈ minimum(e.values))
println(eigen([1.0 2; 3 4]).values)
# rank, mul!, isposdef
println(rank([1 2; 2 4]), " ", rank([1 2; 3 4]), " ", rank(zeros(3, 3)), " ", rank([1 2 3; 4 5 6; 7 8 9]), " ", rank([1.0 0; 0 1e-20]), " ", rank(ones(2, 3)))
C = zeros(2, 2)
mul!(C, [1 2; 3 4], [1 0; 0 1])
println(C, " ", mul!(ones(2), [1 2; 3 4], [1, 1], 2, 1))
println(isposdef([2.0 1; 1 2]), " ", isposdef([1 2; 2 1]), " ", isposdef([1 2; 3 4]), " ", isposdef([4 2 0; 2 5 1; 0 1 3]))
# cholesky (Cholesky shown as Julia shows it), UpperTriangular/LowerTriangular
C = cholesky([4.0 2; 2 3])
display(C)
println()
println(C.U, " ", C.L * C.U ≈ [4.0 2; 2 3], " ", det(C), " ", issuccess(C), " ", isposdef([1 2; 2 1]))
try cholesky([1 2; 3 4]) catch e; showerror(stdout, e); println() end
try cholesky([1.0 2; 2 1]) catch e; showerror(stdout, e); println() end
println(issuccess(cholesky([1.0 2; 2 1]; check = false)))
display(UpperTriangular([1 2; 3 4]))
println()
display(LowerTriangular([1.0 2; 3 4]))
println()
println(inv(UpperTriangular([2.0 1; 0 4])), " ", UpperTriangular([2.0 1; 0 4]) \ [1.0, 4.0], " ", det(LowerTriangular([2 0; 5 3])))
try UpperTriangular([1 2; 3 4])[2, 1] = 5 catch e; println(e) end
