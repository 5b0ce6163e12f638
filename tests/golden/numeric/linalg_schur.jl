# LinearAlgebra: the real Schur form (Francis QR on the whole matrix, LAPACK's standardized 2×2 blocks),
# sylvester and lyap
using LinearAlgebra
for A in ([1.0 2; 3 4], [0.0 -1; 1 0], [4.0 1 2; 1 3 0; 2 0 5], [1.0 2 3 4; 5 6 7 8; 9 10 11 12; 1 3 5 2], [2.0 -1 0 0; 1 2 0 0; 0 0 3 1; 0 0 -1 3],
          [0.0 0 0 1; 1 0 0 0; 0 1 0 0; 0 0 1 0], [1.0 1e-3 0; 0 1 1e-3; 1e-9 0 1])
    F = schur(A)
    T, Z, vals = F
    ok = Z * T * Z' ≈ A && Z' * Z ≈ I && all(T[i, j] == 0 for j in 1:size(T, 1) for i in j+2:size(T, 1))
    println(ok, " ", sort(vals, by = v -> (real(v), imag(v))) ≈ eigvals(A), " ", round.(vals, digits = 6))
end
display(schur([1.0 2; 3 4]))
display(schur([0.0 -1; 1 0]).T)
X = sylvester([1.0 2; 0 3], [4.0 0; 1 5], [1.0 2; 3 4])
println(norm([1.0 2; 0 3] * X + X * [4.0 0; 1 5] + [1.0 2; 3 4]) < 1e-12)
L = lyap([-1.0 2; 0 -3], [1.0 0; 0 1])
println(norm([-1.0 2; 0 -3] * L + L * [-1.0 2; 0 -3]' + I) < 1e-12, " ", L ≈ L', " ", round.(L, digits = 12))
println(sylvester(2.0, 3.0, 5.0), " ", lyap(-2.0, 1.0), " ", typeof(schur(Float32[1 2; 3 4]).T))
