# Base's LU of a Float64 matrix (a compiled kernel) against the algorithm as written in Julia:
# the same factors, permutation and pivots to the bit, the same SingularException
include("lu_reference_s44.jl")
outcome(g) = try g() catch e; e end
same(x, y) = typeof(x) == typeof(y) && (x isa Exception ? x == y || string(x) == string(y) :
    all(i -> x[i] == y[i] || (x[i] isa Matrix && all(j -> x[i][j] === y[i][j], eachindex(x[i]))), 1:3))
values(n, seed) = [sin(seed * 31 + 7i + 13j) * 10.0^((i * j) % 7 - 3) for i in 1:n, j in 1:n]
checked = 0
for n in 1:12, seed in 1:6
    a = values(n, seed)
    seed == 2 && n > 2 && (a[:, 2] .= 0.0)              # singular
    seed == 3 && n > 3 && (a[3, :] .= a[1, :])            # singular by rows
    seed == 4 && (a = round.(a .* 3))                     # exact zeros and ties among pivots
    seed == 5 && n > 1 && (a[2, 2] = NaN)
    for zp in (nothing, 1e-300)
        got = outcome(() -> Base._lu(a; zero_pivot = zp))
        want = outcome(() -> reference_lu(a; zero_pivot = zp))
        same(got, want) || println("differs: n=$n seed=$seed zero_pivot=$zp: ", got isa Exception ? got : "", " ", want isa Exception ? want : "")
        global checked += 1
    end
end
println(checked, " factorizations compared")
println(Base._lu([1 2; 3 4]), " ", outcome(() -> Base._lu([1.0 2.0; 2.0 4.0])))
A = [4.0 3.0 2.0; 2.0 1.0 3.0; 3.0 2.0 1.0]
println(A \ [1.0, 2.0, 3.0], " ", inv(A), " ", [4 3; 6 3] \ [10, 12])
using LinearAlgebra
println(det(A), " ", det([1.0 2.0; 2.0 4.0]), " ", lu(A).p, " ", lu(A).U)
