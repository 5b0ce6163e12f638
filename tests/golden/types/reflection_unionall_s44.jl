# isabstracttype, isprimitivetype, isstructtype and ismutabletype ask of a UnionAll's body
abstract type Shape{T<:Real} end
struct Circle{T} <: Shape{T}
    r::T
end
mutable struct Box{T}
    x::T
end
println(isabstracttype(Shape), " ", isabstracttype(Shape{Int}), " ", isabstracttype(AbstractArray), " ", isabstracttype(Vector))
println(isstructtype(Circle), " ", isstructtype(Shape), " ", isstructtype(Complex), " ", isstructtype(Union{Int, String}))
println(ismutabletype(Box), " ", ismutabletype(Circle), " ", ismutabletype(Vector), " ", ismutabletype(Box{Int}))
println(isprimitivetype(Circle), " ", isprimitivetype(Int), " ", isconcretetype(Circle), " ", isconcretetype(Circle{Int}))

# methods of a callable object: no function name, so "for callable object", and (as for type
# constructors, whose table is Core's) each method names its module
shown(x) = replace(sprint(show, MIME"text/plain"(), x), (@__FILE__) => "FILE")
struct Scale
    k::Float64
end
(s::Scale)(x) = s.k * x
println(Scale(2)(3))
println(shown(methods(Scale(2))))
println(shown(methods(Scale)))
