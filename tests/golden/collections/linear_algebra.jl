# Linear algebra: Base's solving, inverse and powers (no `using` needed, as in Julia), and the
# LinearAlgebra module. Inexact results are compared with ≈: the algorithms are not LAPACK's.
A = [2.0 1; 1 3]
println(A \ [1.0, 2.0] ≈ [0.2, 0.6], " ", inv(A) ≈ [0.6 -0.2; -0.2 0.4], " ", A * inv(A) ≈ [1 0; 0 1], " ", inv([2.0 0; 0 4]))
println([1 2; 3 4]^2, " ", [1 1; 1 0]^10, " ", one([1 2; 3 4]), " ", [1 2; 3 4]^-1 ≈ [-2 1; 1.5 -0.5], " ", 2 \ 6)
println([1.0 2; 3 4; 5 6] \ [1.0, 2, 3] ≈ [0, 0.5], " ", [2.0 0; 0 4] \ [2.0 4; 6 8], " ", [1.0 2; 3 4] / [2.0 0; 0 2])
try [1.0 2; 2 4] \ [1.0, 2] catch e; println(e) end
println(adjoint([1+2im 3; 4 5im]), " ", conj([1, 2]), " ", transpose([1 2; 3 4]))
using LinearAlgebra
println(det(A), " ", det([1 2; 2 4]), " ", det([0 1; 1 0]), " ", det([2 0 0; 0 3 0; 0 0 4]), " ", tr(A), " ", diag([1 2; 3 4]), " ", diag([1 2 3; 4 5 6], 1))
println(dot([1, 2], [3, 4]), " ", norm([3, 4]), " ", norm([3, -4], 1), " ", norm([3, -4], Inf), " ", normalize([3.0, 4.0]), " ", cross([1, 0, 0], [0, 1, 0]))
println(diagm([1, 2]), " ", diagm(1 => [1, 2]), " ", kron([1 2; 3 4], [1 1]), " ", triu([1 2; 3 4]), " ", tril([1 2; 3 4]))
println(A + I, " ", [1 2; 3 4] - 2I, " ", I * [1 2], " ", Matrix(I, 2, 3), " ", I, " ", 2I, " ", issymmetric(A), " ", isdiag([1 0; 0 2]))
println(opnorm([1 -2; 3 4], 1), " ", opnorm([1 -2; 3 4], Inf), " ", norm([1 2; 3 4]) ≈ sqrt(30), " ", logdet([2.0 0; 0 2]) ≈ log(4))
println(inv([1.0 2.0; 3.0 4.0]), " ", inv([4.0 7.0; 2.0 6.0]), " ", inv([1.0 0; 2 1]))
