# Reductions over empty collections, as Julia 1.10's reduce_empty / mapreduce_empty decide.
show_result(thunk) = try
    r = thunk()
    println(repr(r), " :: ", typeof(r))
catch e
    println(first(split(sprint(showerror, e), '\n')))   # the message, not the candidates
end

# the zero or one of the element type, widened like the elements would be
show_result(() -> sum(Int8[]))
show_result(() -> sum(UInt16[]))
show_result(() -> sum(Float32[]))
show_result(() -> sum(Bool[]))
show_result(() -> prod(UInt8[]))
show_result(() -> prod(Float64[]))
show_result(() -> sum(Set{Int}()))
show_result(() -> sum(abs2, Float64[]))
show_result(() -> sum(identity, Int32[]))
show_result(() -> prod(()))
show_result(() -> sum(Any[]; init = 0))

# no zero for Any; nothing known about a generator's elements or f's results
show_result(() -> sum(Any[]))
show_result(() -> prod(Any[]))
show_result(() -> sum(()))
show_result(() -> sum(x -> x^2, Int[]))
show_result(() -> sum(x for x in 1:0))
show_result(() -> prod(x -> 2x, Int[]))

# a MethodError names a type argument as Type{T}, and a called type in full
g(x::Int) = x
show_result(() -> g(Int8))
struct Wrapper{T}
    x::T
end
show_result(() -> Wrapper{Int}("a", 2))
