# SparseArrays: building, reading, indexing, arithmetic and display, as Julia 1.10's stdlib
using SparseArrays, LinearAlgebra, Random
S = sparse([1, 2, 3, 1], [1, 2, 3, 3], [1.0, -2.0, 3.0, 4.0])
display(S); println()
println(S)
println(nnz(S), " ", nonzeros(S), " ", rowvals(S), " ", collect(nzrange(S, 3)), " ", findnz(S))
println(S[1, 3], " ", S[2, 1], " ", issparse(S), " ", issparse(Matrix(S)), " ", size(S), " ", eltype(S))
println(Base.isstored(S, 1, 3), " ", Base.isstored(S, 2, 1), " ", Base.isstored([1 2], 1, 2))

# columns and rows are sparse vectors; blocks are sparse matrices
v = S[:, 3]; display(v); println()
println(v)
println(S[1, :] |> findnz, " ", S[2:3, 2:3] |> findnz, " ", typeof(S[[1, 3], :]), " ", S[:, [true, false, true]] |> Matrix)
println(S[S .> 1], " ", findall(!iszero, S))

# assignment inserts an entry; a zero is stored only where an entry already was
S[2, 1] = 5.0
S[3, 2] = 0.0
display(S); println()
S[2, 1] = 0.0
println(nnz(S), " ", nnz(dropzeros(S)), " ", nnz(S))
dropzeros!(S)
println(nnz(S), " ", Matrix(S))

# arithmetic stays sparse; with dense operands it is dense
println(S * [1.0, 1.0, 1.0], " ", S + S == 2S, " ", nnz(S - S), " ", typeof(S + Matrix(S)), " ", (S * 2.0 - S) == S)
display(S * S); println()
display(S'); println()
println(transpose(S))
display(copy(S')); println()
display(S .* 2); println()
display(S .+ 1); println()
println(typeof(map(x -> 2x, S)), " ", nnz(abs.(S)), " ", sum(abs2, S), " ", maximum(S), " ", minimum(S), " ", S == Matrix(S))
println(S \ [1.0, 2.0, 3.0], " ", norm(S), " ", sum(S, dims = 1), " ", diag(S) |> Vector, " ", tr(S))

# constructors
display(spzeros(2, 3)); println()
display(sparse(1.0I, 3, 3)); println()
display(spdiagm(0 => [1, 2, 3], 1 => [4, 5])); println()
println(spdiagm(-1 => [1, 2]) |> Matrix, " ", spdiagm(2, 3, 0 => [7, 8]) |> Matrix)
display(sparse([1 0; 0 0])); println()
display(sparse(Int[], Int[], Float64[], 3, 3)); println()
A = sparse([1, 1, 2], [1, 1, 2], [1, 2, 3]); println(A[1, 1], " ", nnz(A))
A = sparse([1, 1, 2], [1, 1, 2], [1, 2, 3], 2, 2, max); println(A[1, 1])
B = sparse([1, 1], [1, 1], [true, false]); println(B[1, 1], " ", eltype(B))
println(typeof(Float32.(S)), " ", typeof(convert(SparseMatrixCSC{Float32, Int32}, S)), " ", typeof(SparseMatrixCSC{Int}(sparse([1 2; 0 3]))))
println(nnz(sparse(Diagonal([1, 2]))), " ", eltype(spzeros(Int, 2, 2)), " ", length(sparsevec(Dict(2 => 1.5, 5 => 2.0))))

# sparse vectors
x = sparsevec([1, 4], [2.0, 3.0], 5); display(x); println()
println(sum(x), " ", x[4], " ", Vector(x), " ", nnz(x + x), " ", nonzeros(2x), " ", typeof(x .* 2), " ", SparseArrays.nonzeroinds(x))
y = spzeros(5); y[3] = 7; println(y, " ", dot(x, y), " ", dot(x, x))
for (i, e) in enumerate(sparsevec([0, 3, 0])); print(i, ":", e, " "); end; println()
display(spzeros(3)); println()

# structure
println(issymmetric(sparse([1 2; 2 1])), " ", istriu(sparse([1 2; 0 1])), " ", Matrix(triu(sparse([1 2; 3 4]))), " ", Matrix(tril(sparse([1 2; 3 4]))))
println(size(vcat(S, S)), " ", typeof([S; S]), " ", size([S S]), " ", nnz(hcat(S, [1.0, 2, 3])))
display(blockdiag(sparse([1 2; 3 4]), sparse([5;;]))); println()
display(kron(sparse([1 0; 0 1]), sparse([1 2; 3 4]))); println()

# large matrices show where their entries are, in braille
L = spzeros(20, 30); L[1, 1] = 1; L[20, 30] = 2; L[10, 15] = 3
display(L); println()
Random.seed!(7)
R = sprand(40, 40, 0.1)
println(size(R), " ", 0 < nnz(R) < 400, " ", all(v -> 0 <= v < 1, nonzeros(R)), " ", typeof(sprandn(3, 3, 0.5)))

# errors
for f in (() -> S[4, 1], () -> sparse([1, 5], [1, 1], [1, 2], 3, 3), () -> S + spzeros(2, 2), () -> sparse([1], [1, 2], [1.0]))
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end

# equality compares stored entries with the other's (stored or zero) entries, Inf and NaN included
println(sparse([Inf 0; 0 1]) == sparse([Inf 0; 0 1]), " ", sparse([NaN 0; 0 1]) == sparse([NaN 0; 0 1]), " ",
        sparse([1, 2], [1, 1], [0.0, 1.0], 2, 2) == sparse([2], [1], [1.0], 2, 2), " ", sparse([1 0]) == sparse([1 2]),
        " ", sparsevec([1, 3], [1, 2], 3) == sparsevec([3, 1], [2, 1], 3))
