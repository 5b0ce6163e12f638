# Float64 matrix products (a compiled kernel) give the generic method's results to the bit
generic(a, b) = invoke(*, Tuple{AbstractMatrix, AbstractMatrix}, a, b)
genericv(a, x) = invoke(*, Tuple{AbstractMatrix, AbstractVector}, a, x)
fill_values(m, n, seed) = [sin(seed + 7i + 13j) * 10.0^((i + j) % 5 - 2) for i in 1:m, j in 1:n]
same = 0
checked = 0
for m in 0:6, k in 0:6, n in 0:6
    a = fill_values(m, k, 1)
    b = fill_values(k, n, 2)
    p = a * b
    global checked += 1
    typeof(p) === Matrix{Float64} && size(p) == (m, n) || println("wrong shape ", (m, k, n))
    if k == 0
        all(iszero, p) || println("not zeros ", (m, k, n))
        global same += 1
    else
        q = generic(a, b)
        all(i -> p[i] === Float64(q[i]), eachindex(p)) ? (global same += 1) : println("differs ", (m, k, n))
    end
    x = vec(fill_values(k, 1, 3))
    y = a * x
    typeof(y) === Vector{Float64} && length(y) == m || println("wrong vector ", (m, k))
    k > 0 && y != genericv(a, x) && println("vector differs ", (m, k))
end
println(same, " of ", checked, " products equal to the bit")
A = [1.0 2.0; 3.0 4.0]
println(A * A, " ", A * [1.0, -1.0], " ", A * [1 0; 0 1], " ", [1 2; 3 4] * A)
println(zeros(2, 0) * zeros(0, 3))
for f in (() -> A * ones(3, 2), () -> A * ones(3))
    try
        f()
    catch e
        println(e)
    end
end
# a big product: the kernel's blocks of four rows and the rows left over
B = fill_values(83, 40, 5)
C = fill_values(40, 21, 6)
println(B * C == generic(B, C), " ", sum(B * C) ≈ sum(generic(B, C)))
# an adjoint or transpose of a Float64 matrix in a product: copied out, the same sums
bits_equal(p, q) = size(p) == size(q) && all(i -> p[i] === Float64(q[i]), eachindex(p))
X = fill_values(9, 7, 8)
Y = fill_values(9, 5, 9)
Z = fill_values(5, 7, 10)
W = fill_values(7, 9, 11)
println(bits_equal(X' * Y, generic(X', Y)), " ", bits_equal(transpose(X) * Y, generic(transpose(X), Y)), " ",
        bits_equal(Z * X', generic(Z, X')), " ", bits_equal(Y' * W', generic(Y', W')), " ",
        bits_equal(X' * Y[:, 1], genericv(X', Y[:, 1])), " ", typeof(X' * Y))
