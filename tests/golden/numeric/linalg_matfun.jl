# Functions of matrices (methods of Base functions, no `using` needed): exp, log, sqrt, real
# powers, trigonometric and hyperbolic; checked against closed forms and their defining identities
A = [1.0 2; 3 4]
println(round.(exp(A), digits = 10))
println(exp([0 1.0; -1 0]) ≈ [cos(1) sin(1); -sin(1) cos(1)], " ", exp(zeros(2, 2)) == [1 0; 0 1])
# a nilpotent matrix: exp is its finite series
N = [0.0 1 2; 0 0 3; 0 0 0]
println(exp(N) ≈ [1 0 0; 0 1 0; 0 0 1] + N + N^2 / 2)
# a symmetric matrix through its eigenvalues (the result is symmetric)
S = [2.0 1; 1 2]
E = exp(S)
println(E == E', " ", E ≈ [exp(3) + exp(1) exp(3) - exp(1); exp(3) - exp(1) exp(3) + exp(1)] / 2)
println(round.(sqrt([4 0; 0 9]), digits = 12), " ", sqrt([-4.0 0; 0 9]))
B = [4.0 1 0; 1 3 1; 0 1 2]
R = sqrt(B)
println(R * R ≈ B, " ", R == R', " ", exp(log(B)) ≈ B, " ", log(exp(B)) ≈ B)
# non-symmetric: Denman–Beavers and inverse scaling and squaring
C = [2.0 1 0; 0.5 3 1; 0.1 0.2 4]
R = sqrt(C)
println(R * R ≈ C, " ", eltype(R), " ", exp(log(C)) ≈ C, " ", eltype(log(C)))
println(C^0.5 ≈ sqrt(C), " ", C^2.0 == C^2, " ", C^1.5 ≈ C * sqrt(C), " ", C^-0.5 ≈ inv(sqrt(C)))
# negative real eigenvalues: complex square root and logarithm
M = [1.0 3; -2 -4]
R = sqrt(M)
L = log(M)
println(R * R ≈ M, " ", eltype(R), " ", exp(L) ≈ M, " ", eltype(L))
println(round.(log([-1.0 0; 0 1]), digits = 12))
# rotation-like matrix with complex eigenvalues: real results
Q = [3.0 -2; 2 3]
println(eltype(sqrt(Q)), " ", sqrt(Q)^2 ≈ Q, " ", eltype(log(Q)))
# triangular square root by substitution
println(sqrt([4.0 1; 0 9]), " ", sqrt([4.0 1; 0 9])^2 == [4.0 1; 0 9])
# trigonometric and hyperbolic identities
Id = [1.0 0; 0 1]
println(cos(A)^2 + sin(A)^2 ≈ Id, " ", cosh(A)^2 - sinh(A)^2 ≈ Id, " ", tan(A) ≈ sin(A) / cos(A), " ", tanh(A) ≈ sinh(A) / cosh(A))
println(cis(A) ≈ cos(A) + im * sin(A), " ", sincos(A) == (sin(A), cos(A)), " ", cos(S) ≈ (exp(im * S) + exp(-im * S)) / 2)
# complex matrices
Z = [1.0+1im 2; 0 3im]
println(exp(Z) * exp(-Z) ≈ Id, " ", log(exp(Z)) ≈ Z, " ", sqrt(Z)^2 ≈ Z, " ", cos(Z)^2 + sin(Z)^2 ≈ Id)
# element types
println(eltype(exp(Float32[1 2; 3 4])), " ", eltype(exp([1 2; 3 4])), " ", eltype(exp(Float32[1 0; 0 1])))
# complex numbers compare with the tolerance of their parts
println((1.0 + 1e-16im) ≈ 1, " ", [1.0 + 1e-16im, 0] ≈ [1, 0], " ", real([1 + 2im, 3 - im]), " ", imag([1 + 2im, 3 - im]), " ", isreal([1.0 + 0im]))
try
    exp([1.0 2 3; 4 5 6])
catch e
    println(e)
end
using LinearAlgebra
D = Diagonal([1.0, 4.0])
println(exp(D), " ", sqrt(D), " ", D^0.5, " ", log(D))
