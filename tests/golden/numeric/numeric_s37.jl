# Numeric results checked against Julia 1.10 (session 37)
using LinearAlgebra, Printf
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end

# float ranges: elements from exact rationals (Julia's rat and TwicePrecision), correctly rounded
println(collect(range(-1, 1, length = 4)))
println(range(0, 1, length = 10)[8], " ", collect(0:1/3:2)[6], " ", (0:0.1:1)[4], " ", length(0:0.1:1))
println(range(0, 1, length = 10), " ", collect(range(0.1, 0.9, length = 5)))
println(collect(0:pi/4:pi))
println(length(1.0:0.3:2.0), " ", collect(1.0:0.3:2.0), " ", 2 * (0:1/3:1))

# integer ranges longer than 2^31
t(() -> (1:3*10^9)[end])
t(() -> maximum(1:2:5*10^9))
t(() -> sum(1:2:4294967297))
t(() -> sum(1:3037000500))
t(() -> sum(4*10^18:4*10^18+1))
t(() -> findfirst(==(2999999999), 1:3*10^9))
t(() -> (1:3*10^9)[3*10^9 + 1])

# powers: 1^y is 1, complex powers exact where Julia's _cpow is
println((1.0^NaN, (-1.0)^Inf, 1f0^NaN32, 1.0^Inf, 2.0^NaN))
println((2.0 + 0im)^3.0, " ", (-4 + 0im)^0.5, " ", (1.0im)^2.0, " ", (1 + 1im)^2.0, " ", (1 + 1im)^0.0)
println((-2.0)^(0.5 + 0im), " ", (0.0 + 0im)^2.5, " ", (1 + 2im)^2, " ", (2 + 0im)^(1//2))

# concatenation promotes irrationals, cumprod widens small integers
println([1 pi], " ", [0; pi], " ", vcat(1, ℯ))
println(cumprod(Int8[2, 3, 4, 5, 6]), " ", cumsum(Int8[100, 100]))

# BigInt rationals and matrices stay exact
println(float(big(1)//3))
println(big(1//3), " ", typeof(big(1//3)), " ", Rational{BigInt}(0.1), " ", Rational{BigInt}(-2.5))
println(inv(Rational{BigInt}[1 2; 3 4]))
println(det(BigInt[1 2; 3 4]), " ", typeof(det(BigInt[1 2; 3 4])), " ", det(BigInt[0 1 2; 3 4 5; 6 7 9]), " ", det(BigInt[1 2; 2 4]))
println((2 + 3im)//(4 - 5im), " ", 3//(1 + 1im))
println(isapprox(2.0; atol = 0.1)(2.05), " ", Base.promote_typeof(1, 2.0, 1//2))
# Printf's # flag always writes octal's 0 (Julia's Printf, unlike C)
@printf("[%#o] [%#.3o] [%#o] [%#x]\n", 0, 8, 8, 255)

# LinearAlgebra's in-place forms: lu!, qr! and cholesky! keep the factors in the matrix
A = [4.0 3; 6 3]
F = lu!(A)
println(A, " ", F.L * F.U ≈ [6.0 3; 4 3], " ", F.factors === A)
B = [4.0 2; 2 3]
C = cholesky!(B)
println(B, " ", C.U' * C.U ≈ [4.0 2; 2 3])
Q = [1.0 2; 3 4]
println(qr!(Q).R ≈ qr([1.0 2; 3 4]).R, " ", Q != [1.0 2; 3 4])
v = [3.0, 4.0]
normalize!(v)
println(v, " ", transpose!(zeros(3, 2), [1.0 2 3; 4 5 6]), " ", rdiv!([2.0, 4.0], 2))
println(hermitianpart([1.0 2; 4 3]), " ", kron!(zeros(2, 2), [1.0 2], [1.0; 1.0]), " ", eigvals!([2.0 0; 0 1]))

# products of N-d iterators have all their dimensions
println(size([(a, b) for a in 1:2, b in [10 20; 30 40]]), " ", Base.IteratorSize(Iterators.product(1:2, [1 2; 3 4])))
