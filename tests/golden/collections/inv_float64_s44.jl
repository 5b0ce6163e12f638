# inv of a Float64 matrix (LU, trti2 and getri steps in Java) against the algorithm written in
# Julia: the same bits, the same SingularException; triangular matrices take trti2 alone
include("lu_reference_s44.jl")
function reference_inv_triangular!(f, upper)
    n = size(f, 1)
    for j in (upper ? (1:n) : (n:-1:1))
        iszero(f[j, j]) && throw(Base.SingularException(j))
        f[j, j] = 1.0 / f[j, j]
        ajj = -f[j, j]
        for k in (upper ? (1:j-1) : (n:-1:j+1))
            t = f[k, j]
            if t != 0
                for i in (upper ? (1:k-1) : (n:-1:k+1))
                    f[i, j] += t * f[i, k]
                end
                f[k, j] = t * f[k, k]
            end
        end
        for i in (upper ? (1:j-1) : (j+1:n))
            f[i, j] *= ajj
        end
    end
    f
end
function reference_inv(a)
    n = size(a, 1)
    for upper in (true, false)
        Base._istriangular(a, upper) && return reference_inv_triangular!(Matrix{Float64}(a), upper)
    end
    f, p, ipiv = reference_lu(a)
    reference_inv_triangular!(f, true)
    work = zeros(n)
    for j in n:-1:1
        for i in j+1:n
            work[i] = f[i, j]
            f[i, j] = 0.0
        end
        for k in j+1:n
            t = -work[k]
            if t != 0
                for i in 1:n
                    f[i, j] += t * f[i, k]
                end
            end
        end
    end
    for j in n-1:-1:1
        jp = ipiv[j]
        if jp != j
            for i in 1:n
                f[i, j], f[i, jp] = f[i, jp], f[i, j]
            end
        end
    end
    f
end
outcome(g) = try g() catch e; e end
same(x, y) = typeof(x) == typeof(y) && (x isa Exception ? string(x) == string(y) : all(i -> x[i] === y[i], eachindex(x)))
values(n, seed) = [sin(seed * 31 + 7i + 13j) * 10.0^((i * j) % 5 - 2) for i in 1:n, j in 1:n]
checked = 0
for n in 1:10, seed in 1:6
    a = values(n, seed)
    seed == 2 && n > 2 && (a[:, 2] .= 0.0)
    seed == 3 && (a = [i <= j ? a[i, j] : 0.0 for i in 1:n, j in 1:n])   # upper triangular
    seed == 4 && (a = [i >= j ? a[i, j] : 0.0 for i in 1:n, j in 1:n])   # lower triangular
    seed == 5 && n > 1 && (a[n, n] = 0.0; a = [i <= j ? a[i, j] : 0.0 for i in 1:n, j in 1:n])   # singular triangular
    got = outcome(() -> inv(a))
    want = outcome(() -> reference_inv(a))
    same(got, want) || println("differs: n=$n seed=$seed ", got isa Exception ? got : "", " ", want isa Exception ? want : "")
    global checked += 1
end
println(checked, " inverses compared")
println(inv([4.0 7.0; 2.0 6.0]), " ", inv([2.0 0.0; 0.0 4.0]), " ", outcome(() -> inv([1.0 2.0; 2.0 4.0])), " ", inv([1 2; 3 4]))
