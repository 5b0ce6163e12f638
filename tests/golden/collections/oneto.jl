# Base.OneTo: the axes of arrays, with its own type and display; Int64 ranges kept as ranges by arithmetic broadcasts
v = [1,2,3]
println(axes(v))
println(axes(v, 1), " ", axes(v, 2))
display(axes(v,1))
println(typeof(axes(v,1)))
println(Base.OneTo(5), " ", Base.OneTo(-2), " ", length(Base.OneTo(-2)))
println(collect(Base.OneTo(3)))
println(eachindex(v), " ", keys(v), " ", eachindex((1,2)))
A = zeros(2,3)
println(axes(A))
for i in axes(A, 1), j in axes(A, 2)
    A[i, j] = 10i + j
end
println(A)
r = Base.OneTo(4)
println(r == 1:4, " ", r === 1:4, " ", isequal(r, 1:4), " ", hash(r) == hash(1:4))
println(first(r), " ", last(r), " ", step(r), " ", sum(r), " ", maximum(r), " ", reverse(r))
println(r[2], " ", r[2:3], " ", r[Base.OneTo(2)], " ", 3 in r, " ", 5 in r)
println(r .+ 1, " ", 2 .* r)
println(similar(v, axes(v)) |> size, " ", zeros(axes(A)) |> size)
println(r.stop)
println(Base.OneTo{Int32}(3), " ", typeof(Base.OneTo(Int8(3))), " ", collect(Base.OneTo(Int8(3))))
println(Base.OneTo(1:3))
println(typeof(r) <: AbstractUnitRange{Int}, " ", r isa UnitRange)
println(v[axes(v,1)], " ", view(v, axes(v, 1)))
println(eachindex(v, [4,5,6]))
try
    r.start
catch e
    println(e)
end
try
    r[5]
catch e
    println(e)
end
try
    eachindex(v, [1,2])
catch e
    println(e)
end
println(Base.OneTo(3)[end])
println(map(x -> x^2, Base.OneTo(3)))
println(fieldnames(Base.OneTo))
println((1:4) .+ 1, " ", 2 .* (1:4), " ", (1:4) .- 1, " ", -(1:3), " ", 5 .- (1:3), " ", (1:2:7) .+ 1, " ", (1:0) .+ 1, " ", Base.OneTo(3) .* 2, " ", .-(1:3))
println(typeof((1:4) .+ 1), " ", typeof(Base.OneTo(3) .+ 1), " ", typeof(3 .* (1:2)), " ", (1:3) .+ 0.5 == [1.5, 2.5, 3.5])
# LinearIndices: an array of linear indices, indexed by its axes
L = LinearIndices((2, 3))
println(L, " ", L[2, 3], " ", L[5], " ", typeof(LinearIndices([1 2; 3 4])), " ", L[:, 2], " ", LinearIndices([7, 8, 9]))
display(L)
try
    L[3, 1]
catch e
    println(e)
end
