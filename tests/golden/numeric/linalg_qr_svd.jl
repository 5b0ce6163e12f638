# qr (QRCompactWY, QR, QRPivoted, AbstractQ), least squares and minimum-norm `\`, svd/svdvals,
# pinv, nullspace, cond, opnorm(A, 2), rank by singular values, Symmetric/Hermitian, eigen of
# non-symmetric matrices. Singular and eigenvectors are checked by their defining properties
# (their signs are the algorithm's choice).
using LinearAlgebra
A = [3.0 -6.0; 4.0 -8.0; 0.0 1.0]
F = qr(A)
display(F)
println()
println(F.Q * F.R ≈ A, " ", size(F.Q), " ", size(F), " ", propertynames(F))
display(Matrix(F.Q)); println()
display(collect(F.Q)); println()
display(F.Q'); println()
Q, R = F
println(Q' * Q ≈ I, " ", R, " ", Q * [1.0, 0.0] ≈ Matrix(Q)[:, 1], " ", round(Q[3, 2], digits = 12))
println(F \ [1.0, 2.0, 3.0] ≈ A \ [1.0, 2.0, 3.0])
P = qr(A, ColumnNorm())
display(P); println()
println(P.Q * P.R ≈ A[:, P.p], " ", P.P, " ", Matrix(P) ≈ A)
G = qr(big.([1 2; 3 4]))
println(typeof(G), " ", Float64.(G.R))
println(typeof(qr([1 2; 3 4])), " ", round.(qr([1 2; 3 4]).R, digits = 12))
W = [1.0 2.0 3.0; 4.0 5.0 6.0]
FW = qr(W)
println(size(FW.R), " ", FW.Q * FW.R ≈ W)
try Q * [1.0, 2.0, 3.0, 4.0] catch e; println(e) end
try Q' * [1.0, 2.0] catch e; println(e) end
# `\` with non-square matrices: least squares, and the solution of least norm
println(round.([1.0 2.0; 3.0 4.0; 5.0 6.0] \ [1.0, 2.0, 4.0], digits = 12))
println(round.(W \ [1.0, 2.0], digits = 12))
println(round.([1.0 2.0; 2.0 4.0; 3.0 6.0] \ [1.0, 2.0, 3.0], digits = 12))
println(zeros(3, 2) \ [1.0, 2.0, 3.0])
println([2 1; 0 3] \ [1, 2], " ", [1//2 0; 1 1//3] \ [1, 2], " ", inv([1//2 1; 2 1//3]))
try [0.0 1.0; 0.0 0.0] \ [1.0, 2.0] catch e; println(e) end
# svd
B = [1.0 2.0; 3.0 4.0]
S = svd(B)
println(typeof(S), " ", propertynames(S))
println(S.U * Diagonal(S.S) * S.Vt ≈ B, " ", S.V' == S.Vt, " ", S.U' * S.U ≈ I, " ", Matrix(S) ≈ B)
println(round.(svdvals(B), digits = 12), " ", round.(svdvals([1.0 2 3; 4 5 6]), digits = 12))
println(svdvals([3.0 0.0; 0.0 -4.0]), " ", svdvals([1.0 0.0; 0.0 0.0]), " ", svdvals(zeros(2, 3)))
U, s, V = svd([1.0 2 3; 4 5 6])
println(size(U), size(s), size(V), " ", U * Diagonal(s) * V' ≈ [1.0 2 3; 4 5 6])
Sf = svd([1.0 2 3; 4 5 6]; full = true)
println(size(Sf.U), size(Sf.Vt), " ", Sf.Vt * Sf.Vt' ≈ I, " ", Sf.U * [Diagonal(Sf.S) zeros(2)] * Sf.Vt ≈ [1.0 2 3; 4 5 6])
Sr = svd([1.0 2.0; 2.0 4.0; 3.0 6.0])
println(round.(Sr.S, digits = 12), " ", Sr.U' * Sr.U ≈ I, " ", Sr.U * Diagonal(Sr.S) * Sr.Vt ≈ [1.0 2.0; 2.0 4.0; 3.0 6.0])
println(S \ [1.0, 2.0] ≈ B \ [1.0, 2.0], " ", inv(S) ≈ inv(B))
# pinv, nullspace, cond, opnorm, rank
println(pinv(B) ≈ inv(B), " ", round.(pinv([1.0 2; 2 4]), digits = 12), " ", pinv([2.0 0; 0 0]), " ", pinv(0.0), " ", pinv(4.0))
println(round.(pinv(W) * [1.0, 2.0], digits = 12), " ", W * pinv(W) ≈ I)
N = nullspace([1.0 1.0; 1.0 1.0])
println(size(N), " ", round.(abs.(N), digits = 12), " ", norm([1.0 1.0; 1.0 1.0] * N) < 1e-14)
println(size(nullspace(B)), " ", size(nullspace(W)), " ", norm(W * nullspace(W)) < 1e-14, " ", nullspace(zeros(2, 2)))
println(round(cond(B), digits = 10), " ", cond([1.0 0.0; 0.0 0.0]), " ", cond(B, 1), " ", cond(B, Inf), " ", cond([1.0 0.0; 0.0 0.0], 1))
println(round(opnorm(B), digits = 12), " ", opnorm(B, 1), " ", opnorm(B, Inf), " ", opnorm([3.0 0; 0 -4]))
try opnorm(B, 3) catch e; println(e) end
println(rank([1 2; 2 4]), " ", rank(B), " ", rank([1.0 0; 0 1e-20]), " ", rank([1.0 0; 0 1e-20], atol = 1e-30), " ", rank(zeros(0, 3)))
# Symmetric and Hermitian
Sy = Symmetric([1 2; 3 4])
display(Sy); println()
display(Symmetric([1 2; 3 4], :L)); println()
println(Sy == [1 2; 2 4], " ", issymmetric(Sy), " ", parent(Sy), " ", Sy * [1, 1], " ", eigvals(Symmetric([2.0 1.0; 0.0 2.0])))
Sy[1, 1] = 10
println(Sy[1, 1], " ", Sy.data)
try Sy[1, 2] = 0 catch e; println(e) end
try Symmetric([1 2 3; 4 5 6]) catch e; println(e) end
try Symmetric([1 2; 3 4], :X) catch e; println(e) end
H = Hermitian([1 2+im; 3 4])
display(H); println()
println(ishermitian(H), " ", H[2, 1])
# eigen of a non-symmetric matrix: values as eigvals, vectors of unit norm
for M in ([1.0 2.0; 3.0 4.0], [0.0 -1.0; 1.0 0.0], [1 2 3; 4 5 6; 7 8 10], [2.0 0 0; 0 2.0 0; 1 0 3])
    E = eigen(M)
    println(typeof(E), " ", E.values == eigvals(M), " ", norm(M * E.vectors - E.vectors * Diagonal(E.values)) < 1e-12,
            " ", all(j -> norm(E.vectors[:, j]) ≈ 1, 1:size(M, 1)), " ", rank(E.vectors))
end
println(round.(abs.(eigen([0.0 -1.0; 1.0 0.0]).vectors), digits = 12))
println(Factorization, " ", F isa Factorization{Float64}, " ", S isa Factorization, " ", lu(B) isa Factorization, " ", eltype(F))
# properties over random shapes: factorizations reproduce A, factors are orthonormal, singular
# values agree with the eigenvalues of A'A (Jacobi, an independent method), least squares
# residuals are orthogonal to A's columns, the minimum-norm solution equals pinv(A) * b
using Random
Random.seed!(7)
function check_random_factorizations()
ok = true
for trial in 1:40
    m, n = rand(1:6), rand(1:6)
    A = randn(m, n)
    trial % 5 == 0 && n > 1 && (A[:, end] = A[:, 1])       # some rank-deficient ones
    F = qr(A); P = qr(A, ColumnNorm()); S = svd(A); Sf = svd(A; full = true)
    b = randn(m)
    x = m == n ? pinv(A) * b : A \ b     # (a singular square A is LU's SingularException)
    ok &= F.Q * F.R ≈ A && P.Q * P.R ≈ A[:, P.p] && istriu(F.R) && collect(F.Q)' * collect(F.Q) ≈ I
    ok &= S.U * Diagonal(S.S) * S.Vt ≈ A && S.U' * S.U ≈ I && S.Vt * S.Vt' ≈ I && issorted(S.S, rev = true)
    ok &= Sf.U' * Sf.U ≈ I && Sf.Vt' * Sf.Vt ≈ I && size(Sf.U) == (m, m) && size(Sf.Vt) == (n, n)
    ev = sort(eigvals(Symmetric(A' * A)), rev = true)[1:min(m, n)]
    ok &= isapprox(S.S .^ 2, max.(ev, 0), atol = 1e-10 * max(1, ev[1]))
    ok &= norm(A' * (A * x - b)) < 1e-9 * max(1, norm(b)) && isapprox(x, pinv(A) * b, atol = 1e-8)
    ok &= rank(A) == count(s -> s > min(m, n) * eps() * S.S[1], S.S)
    if !ok
        println("failed at trial ", trial, ": ", A)
        break
    end
end
ok
end
println("random factorizations: ", check_random_factorizations())
