using LinearAlgebra
D = Diagonal([1, 2, 3])
println(D, " ", typeof(D), " ", size(D), " ", D[2, 2], " ", D[1, 2])
display(D)
display(I(2))
println(I(2))
display(Diagonal([1.5, -2.0]))
println(D * [1, 1, 1], " ", D * D, " ", 2D, " ", D + I, " ", det(D), " ", tr(D), " ", inv(Diagonal([2.0, 4.0])))
println(D \ [2, 4, 6], " ", Matrix(D), " ", D == Diagonal([1, 2, 3]), " ", diag(D), " ", [1 2 3; 4 5 6; 7 8 9] * D)
D[2, 2] = 20
println(D)
try
    D[1, 2] = 5
catch e
    println(sprint(showerror, e))
end
try
    inv(Diagonal([1.0, 0.0]))
catch e
    println(sprint(showerror, e))
end
println(sum(D), " ", D .+ 1, " ", collect(D)[3, 3], " ", Diagonal([1 2; 3 4]))

# An array type of one's own: a matrix needs only size and getindex(A, i, j) (IndexCartesian, the
# default); a linear index into it is turned into subscripts, as in Julia.
struct Checker <: AbstractMatrix{Int}
    n::Int
end
Base.size(c::Checker) = (c.n, c.n)
Base.getindex(c::Checker, i::Int, j::Int) = (i + j) % 2
c = Checker(3)
println(c, " ", c[4], " ", c[2:3, 1], " ", sum(c), " ", collect(c), " ", IndexStyle(c), " ", IndexStyle([1]))
display(c)
mutable struct Grid <: AbstractMatrix{Float64}
    cells::Matrix{Float64}
end
Base.size(g::Grid) = size(g.cells)
Base.getindex(g::Grid, i::Int, j::Int) = g.cells[i, j]
Base.setindex!(g::Grid, v, i::Int, j::Int) = (g.cells[i, j] = v)
g = Grid(zeros(2, 2))
g[3] = 1.5
g[Int8(2)] = 2.5
println(g.cells, " ", g[UInt8(3)])
struct Steps <: AbstractVector{Int}
    n::Int
end
Base.size(s::Steps) = (s.n,)
Base.getindex(s::Steps, i::Int) = 10i
println(Steps(3)[Int16(2)], " ", collect(Steps(3)))

# UniformScaling: == against matrices, I blocks in [A I; I A], \\ and /, indexing, display
let A = [1 2; 3 4]
    t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
    t(() -> (I == [1 0; 0 1], [1 0; 0 1] == I, 2I == [2 0; 0 2], I == [1 0 0; 0 1 0], A == I))
    t(() -> [A I])
    t(() -> [A; I])
    t(() -> [zeros(Int,2,2) I; I zeros(Int,2,2)])
    t(() -> [1 2; I])
    t(() -> hcat(A, 2I))
    t(() -> [A [1 2 3; 4 5 6; 7 8 9] I])
    t(() -> [I I])
    t(() -> I \ [5, 6])
    t(() -> A / 2I)
    t(() -> I[1:2, 1:2])
    t(() -> (I[1, 1], I[1, 2], 3I[2, 2]))
    display(I); display(2.5I); display((1+2im)*I)
    t(() -> [A A])
    t(() -> [A; A])
    t(() -> [A A; A A])
    t(() -> [1 2; 3 4])
end
