# (included by lu_float64_s44.jl and inv_float64_s44.jl: Base._lu as written in Julia)
function reference_lu(a; zero_pivot = nothing)
    n = size(a, 1)
    f = Matrix{Float64}(a)
    p = collect(1:n); ipiv = collect(1:n)
    for k in 1:n
        piv = k; best = abs(f[k, k])
        for i in k+1:n
            if abs(f[i, k]) > best
                piv = i; best = abs(f[i, k])
            end
        end
        if best == 0
            zero_pivot === nothing && throw(Base.SingularException(k))
            f[k, k] = zero_pivot
        end
        if piv != k
            for j in 1:n
                f[k, j], f[piv, j] = f[piv, j], f[k, j]
            end
            p[k], p[piv] = p[piv], p[k]
            ipiv[k] = piv
        end
        r = 1.0 / f[k, k]
        for i in k+1:n
            f[i, k] *= r
            l = f[i, k]
            for j in k+1:n
                f[i, j] -= l * f[k, j]
            end
        end
    end
    f, p, ipiv
end
