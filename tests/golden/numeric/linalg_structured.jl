# LinearAlgebra: Tridiagonal, SymTridiagonal (ldlt), Bidiagonal, lq, hessenberg, logabsdet, factorize,
# the in-place helpers (ldiv!, lmul!, rmul!, axpy!, axpby!, triu!, tril!), kron of mixed shapes, BLAS
using LinearAlgebra
T = Tridiagonal([1.0, 2], [3.0, 4, 5], [6.0, 7])
display(T)
println(T, " ", size(T), " ", T[1, 3], " ", det(T), " ", det(Matrix(T)))
b = [1.0, 2, 3]
println(T \ b ≈ Matrix(T) \ b, " ", T * b == Matrix(T) * b)
S = SymTridiagonal([4.0, 5, 6], [1.0, 2])
display(S)
println(det(S) ≈ det(Matrix(S)), " ", S \ b ≈ Matrix(S) \ b, " ", eigvals(S) ≈ eigvals(Matrix(S)))
F = ldlt(S)
println(F.d, " ", F.L * F.D * F.Lt ≈ Matrix(S), " ", F \ b ≈ Matrix(S) \ b)
display(F.L)
B = Bidiagonal([1.0, 2, 3], [4.0, 5], :U)
display(B)
println(B \ b ≈ Matrix(B) \ b, " ", det(B), " ", transpose(B) == Matrix(B)')
A = [4.0 1 2; 1 3 0; 2 0 5]
L, Q = lq([1.0 2 3; 4 5 6])
println(round.(L, digits = 10), " ", L * Q ≈ [1.0 2 3; 4 5 6])
Fq = lq([1.0 2 3; 4 5 6])
println(Fq \ [1.0, 2] ≈ pinv([1.0 2 3; 4 5 6]) * [1.0, 2])
H = hessenberg([1.0 2 3 4; 5 6 7 8; 9 10 11 12; 1 3 5 2])
println(H.Q * Matrix(H.H) * H.Q' ≈ [1.0 2 3 4; 5 6 7 8; 9 10 11 12; 1 3 5 2], " ", H.Q' * H.Q ≈ I)
display(H.H)
println(logabsdet(A), " ", logabsdet([1.0 2; 3 4]), " ", log(abs(det([1.0 2; 3 4]))))
x = [1.0, 2]; y = [3.0, 4]
println(axpy!(2.0, x, y), " ", axpby!(1.0, x, 2.0, [1.0, 1]), " ", lmul!(2.0, [1.0, 2]), " ", rmul!([1.0, 2], 3.0))
println(triu!([1 2 3; 4 5 6; 7 8 9]), " ", tril!([1 2 3; 4 5 6; 7 8 9], -1))
v = [1.0, 2, 3]; ldiv!(lu(A), v); w = zeros(3); ldiv!(w, cholesky(A), [1.0, 2, 3]); println(v ≈ A \ [1.0, 2, 3], " ", w ≈ v)
println(typeof(factorize(A)), " ", typeof(factorize([1.0 2; 0 3])), " ", typeof(factorize([1.0 0; 0 3])), " ", typeof(factorize([1.0 2; 3 4])), " ", typeof(factorize([1.0 2 0; 3 4 5; 0 1 2])))
println(kron([1 2], [1; 1]), " ", kron([1, 2], [1 2]))
println(BLAS.gemv('N', 2.0, A, [1.0, 1, 1]), " ", BLAS.gemm('T', 'N', A, A) == A' * A, " ", BLAS.dot([1.0, 2], [3.0, 4]), " ", BLAS.nrm2([3.0, 4]))
C = zeros(3, 3); BLAS.gemm!('N', 'N', 1.0, A, A, 0.0, C); println(C == A * A)
try
    Tridiagonal([1.0], [1.0, 2, 3], [1.0, 2])
catch e
    println(e)
end
try
    T[1, 3] = 1.0
catch e
    println(e)
end
