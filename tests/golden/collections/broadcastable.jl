# Base.broadcastable: a Ref broadcasts as a scalar (length.(Ref(v))), a type can opt in
# (Base.broadcastable(x::T) = Ref(x)), sets and generators are collected, dicts refused
println(in.([1, 3], Ref([1, 2])), " ", Ref([1, 2]) .== Ref([1, 2]), " ", length.(Ref([1, 2, 3])), " ", getindex.(Ref([10, 20, 30]), [1, 3]))
struct Shift; v::Int; end
Base.broadcastable(s::Shift) = Ref(s)
apply(s::Shift, x) = s.v + x
println(apply.(Shift(10), [1, 2]), " ", apply.(Ref(Shift(1)), (5, 6)))
struct Bag; items::Vector{Int}; end
Base.Broadcast.broadcastable(b::Bag) = b.items
println(Bag([1, 2, 3]) .* 2, " ", Base.Broadcast.broadcastable === Base.broadcastable)
println(sqrt.(Set([4.0])), " ", (x -> 2x).(i for i in 1:3), " ", [1, 2] .+ 1, " ", (1, 2) .+ 1, " ", abs.(-2))
try identity.(Dict(1 => 2)) catch e; println(e) end
v = zeros(Int, 3)
v .= Ref(7)
println(v)
