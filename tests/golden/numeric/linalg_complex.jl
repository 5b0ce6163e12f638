# LinearAlgebra on complex matrices: the complex Schur form, eigvals/eigen of general and Hermitian
# complex matrices (checked by their defining identities on matrices of several sizes)
using LinearAlgebra, Random
Z = [1.0+2im 3; 4im 5-1im]
println(round.(eigvals(Z), digits = 10))
F = schur(Z)
println(F.Z * F.T * F.Z' ≈ Z, " ", F.Z' * F.Z ≈ I, " ", istriu(F.T), " ", typeof(F))
E = eigen(Z)
println(Z * E.vectors ≈ E.vectors * Diagonal(E.values), " ", all(abs(norm(E.vectors[:, k]) - 1) < 1e-12 for k in 1:2))
H = Hermitian([2.0 1im 0; -1im 2 1+1im; 0 1-1im 3])
vals, vecs = eigen(H)
println(round.(vals, digits = 10), " ", vecs' * vecs ≈ I, " ", Matrix(H) * vecs ≈ vecs * Diagonal(vals), " ", eigvals(H) == vals)
rng = Xoshiro(7)
ok = true
for n in (1, 2, 3, 5, 8, 12)
    A = randn(rng, ComplexF64, n, n)
    S = schur(A)
    global ok &= S.Z * S.T * S.Z' ≈ A && S.Z' * S.Z ≈ I && istriu(S.T)
    ev = eigen(A)
    global ok &= A * ev.vectors ≈ ev.vectors * Diagonal(ev.values)
    global ok &= issorted(ev.values, by = z -> (real(z), imag(z)))
    B = A + A'
    hv = eigen(Hermitian(B))
    global ok &= B * hv.vectors ≈ hv.vectors * Diagonal(hv.values) && hv.vectors' * hv.vectors ≈ I && issorted(hv.values)
    global ok &= sum(eigvals(A)) ≈ tr(A)
end
println(ok)
println(eigvals([1.0 0; 0 2.0] .+ 0im), " ", eigvals(Symmetric([2.0 1; 1 2])), " ", eigen(Hermitian([2.0 1; 1 2])).values)
