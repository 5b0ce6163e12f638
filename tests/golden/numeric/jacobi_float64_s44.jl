# Base's symmetric eigensolver (cyclic Jacobi sweeps in Java) against the algorithm written in
# Julia: the same eigenvalues and vectors to the bit
function reference_rotate!(a, i, j, k, l, s, tau)
    g = a[i, j]; h = a[k, l]
    a[i, j] = g - s * (h + g * tau)
    a[k, l] = h + s * (g - h * tau)
end
function reference_jacobi(a0)
    n = size(a0, 1)
    a = Matrix{Float64}(a0)
    v = [i == j ? 1.0 : 0.0 for i in 1:n, j in 1:n]
    d = [a[i, i] for i in 1:n]; b = copy(d); z = zeros(n)
    for sweep in 1:100
        off = 0.0
        for p in 1:n-1, q in p+1:n
            off += abs(a[p, q])
        end
        off == 0.0 && break
        thresh = sweep < 4 ? 0.2 * off / (n * n) : 0.0
        for p in 1:n-1, q in p+1:n
            g = 100.0 * abs(a[p, q])
            if sweep > 4 && abs(d[p]) + g == abs(d[p]) && abs(d[q]) + g == abs(d[q])
                a[p, q] = 0.0
            elseif abs(a[p, q]) > thresh
                h = d[q] - d[p]
                if abs(h) + g == abs(h)
                    t = a[p, q] / h
                else
                    theta = 0.5 * h / a[p, q]
                    t = 1.0 / (abs(theta) + sqrt(1.0 + theta * theta))
                    theta < 0.0 && (t = -t)
                end
                c = 1.0 / sqrt(1 + t * t); s = t * c; tau = s / (1.0 + c)
                h = t * a[p, q]
                z[p] -= h; z[q] += h; d[p] -= h; d[q] += h
                a[p, q] = 0.0
                for j in 1:p-1; reference_rotate!(a, j, p, j, q, s, tau); end
                for j in p+1:q-1; reference_rotate!(a, p, j, j, q, s, tau); end
                for j in q+1:n; reference_rotate!(a, p, j, q, j, s, tau); end
                for j in 1:n; reference_rotate!(v, j, p, j, q, s, tau); end
            end
        end
        for p in 1:n
            b[p] += z[p]; d[p] = b[p]; z[p] = 0.0
        end
    end
    order = sortperm(d)
    d[order], v[:, order]
end
bits_same(x, y) = size(x) == size(y) && all(i -> x[i] === y[i], eachindex(x))
checked = 0
for n in 1:12, seed in 1:4
    m = [sin(seed * 17 + 3i + 5j) * 10.0^((i + j) % 4 - 1) for i in 1:n, j in 1:n]
    s = m + m'
    seed == 3 && (s = round.(s))                # repeated values and exact zeros
    seed == 4 && (s = [i == j ? Float64(i % 3) : 0.0 for i in 1:n, j in 1:n])   # already diagonal
    vals, vecs = Base._jacobi(s)
    rvals, rvecs = reference_jacobi(s)
    bits_same(vals, rvals) && bits_same(vecs, rvecs) || println("differs: n=$n seed=$seed")
    global checked += 1
end
println(checked, " eigenproblems compared")
using LinearAlgebra
println(eigvals(Symmetric([2.0 1.0; 1.0 2.0])), " ", eigen([4.0 1.0; 1.0 3.0]).values)
