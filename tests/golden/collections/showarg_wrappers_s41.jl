# A wrapper's summary names what it wraps through showarg(io, x, false), all the way down,
# and says the element type once, at the top.
m = reshape(1:12, 3, 4)
println(summary(m))
println(summary(m'))
println(summary(transpose(view(m, 1:2, :))))
println(summary(view(m', 2, :)))
println(summary(reinterpret(Int32, [1, 2])))
println(summary(reinterpret(reshape, Int32, [1, 2])))
println(summary(view(reinterpret(Int32, [1, 2]), 1:2)))
println(summary(PermutedDimsArray(zeros(Int8, 2, 2, 1), (2, 1, 3))))
println(summary(reshape(view([1, 2, 3, 4], :), 2, 2)))
display(adjoint(reshape(1:4, 2, 2)))

# a program's own array type names itself inside Base's wrappers
struct Ones <: AbstractVector{Int}
    n::Int
end
Base.size(o::Ones) = (o.n,)
Base.getindex(o::Ones, i::Int) = 1
Base.showarg(io::IO, o::Ones, toplevel) = print(io, "Ones(", o.n, ")")
println(summary(Ones(3)))
println(summary(view(Ones(3), 2:3)))
println(summary(Ones(3)'))
println(summary(reshape(Ones(4), 2, 2)))

# rows and columns of a matrix, looped over and reduced
A = [1 2 3; 4 5 6]
for c in eachcol(A)
    println(c, " ", sum(c))
end
for r in eachrow(A)
    println(r, " ", maximum(r))
end
println(sum(eachcol(A)), " ", map(sum, eachrow(A)), " ", collect(eachcol(A)))
println([sum(c) for c in eachcol(A)], " ", [r[end] for r in eachrow(A)])
for (j, c) in enumerate(eachcol(A))
    c .*= j
end
println(A)
