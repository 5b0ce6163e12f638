# dump: a field without a value is #undef, a value inside itself a circular reference, a long
# array at the top level its first and last five elements; a Pair whose type says more than
# its parts' types shows as its constructor call
mutable struct Node
    v::Int
    next::Node
    Node(v) = new(v)
end
n = Node(1)
dump(n)
n.next = n
dump(n)
v = Any[1]
push!(v, v)
dump(v)
dump(["s$i" for i in 1:12])
dump(Union{Int, String})
dump(Union{})
dump((1, "a"))
println(Pair{Any, Any}(1, 2))
println(Pair{Int, Any}(1, 2))
println(Pair{Int, Any}[1 => 2])
println(Any[Pair{Any, Any}(1, 2), 3 => 4])
println(repr(Pair{Integer, Integer}(1, 2)))
println(Dict{Any, Any}(1 => 2))
x = Pair{Any, Float64}(1, 2.0)
@show x
println(typejoin(), " ", typejoin(Int), " ", typejoin(Int, Float64, Int8), " ", typejoin(Int, Float64, String))
