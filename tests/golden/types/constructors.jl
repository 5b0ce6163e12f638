# Constructors of parametric types: inner with new{T}, outer Name{T}(...), partially applied types, Ref{T}.
struct Box{T}
    value::T
    Box{T}(x) where T = new{T}(x)
end
b = Box{Int}(5)
println(b, " ", typeof(b))
println(Box{Float64}(2), " ", Box{String}("s").value)
Box(x::T) where T = Box{T}(x)
println(Box(1.5))
struct Pair2{A,B}
    a::A
    b::B
end
Pair2{A}(a::A) where A = Pair2{A,Nothing}(a, nothing)
println(Pair2{Int}(3))
r = Ref{Any}(nothing)
println(r[] === nothing)
r2 = Ref{Int}(4)
println(r2[] + 1)
