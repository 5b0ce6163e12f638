# x' and transpose(x) are lazy views (Adjoint, Transpose) as in Julia: a row times a column is a number.
v = [1, 2, 3]; w = [4, 5, 6]
A = [1 2; 3 4]
println(v', " ", typeof(v'), " ", v' * w, " ", v' * [1 0 0; 0 1 0; 0 0 1] , " ", size(v'), " ", (v')')
display(v')
display(A')
println(A', " ", A' * A, " ", A' * [1, 1], " ", [1, 2]' * A * [1, 1], " ", transpose(A)[1, 2], " ", v * w')
B = copy(A)'
println(typeof(B), " ", collect(A'), " ", Matrix(A'), " ", A' == [1 3; 2 4], " ", permutedims(A), " ", vec(v'))
At = A'
At[1, 2] = 30
println(A, " ", At)
println(sum(A'), " ", A' .+ 1, " ", maximum(A'), " ", [1+2im, 3im]' * [1, 1], " ", [1+2im 0; 0 1]')
println(dot([1, 2], [3, 4]), " ", dot(Float64[], Float64[]), " ", [1.5, 2]' * [2, 2])
try
    [1, 2]' * [1, 2, 3]
catch e
    println(sprint(showerror, e))
end
x = [1.0, 2.0]
println(x' * x, " ", x'x, " ", (x' * x) isa Float64, " ", A'[:, 1], " ", eltype(v'), " ", length(A'), " ", ndims(v'))
using LinearAlgebra
println(typeof([1]'), " ", typeof(transpose([1 2])), " ", transpose(transpose(A)) === A, " ", adjoint(A') === A)
