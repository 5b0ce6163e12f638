# Dispatch corners: type patterns with abstract bounds, NTuple variables, specificity of unions
# and Type{...} against kinds, intersections of parametric types, reflection (session 38).
msg(e) = sprint(showerror, e)

struct Q
    v::Int
end
# a method of calling every AbstractFloat type, defined before and after the types are called
(::Type{F})(x::Q) where F<:AbstractFloat = F(x.v) / 2
println(Float64(Q(3)), " ", typeof(Float32(Q(3))), " ", Float16(Q(5)))
abstract type Shape end
struct Sq <: Shape
    s::Float64
end
(::Type{S})(q::Q) where S<:Shape = S(Float64(q.v))
# as in Julia, Sq's default Sq(s) (Type{Sq}, Any) and this (Type{S}, Q) are ambiguous
println(try Sq(Q(4)) catch e; first(split(msg(e), '\n')) end)
struct Circ <: Shape
    r::Float64
    Circ(r::Float64) = new(r)
end
println(Circ(Q(2)))          # a type defined after the pattern method
println(length(methods(Circ)))

f(::Type{NTuple{N,Int}}) where N = N
println(f(NTuple{3,Int}), " ", f(Tuple{Int}), " ", f(Tuple{}))
println(Type{Tuple{Int,Int,Int}} <: (Type{NTuple{N,Int}} where N))
println(Vector{Tuple{Int,Int}} <: (Vector{NTuple{N,Int}} where N))

g(x::T, y::S) where {T, S<:T} = (T, S)
println(g(1, 2), " ", g(1.0, 2.0))

h(::Type{<:Number}) = "Type{<:Number}"
h(::DataType) = "DataType"
println(h(Int), " ", h(String))
h2(::Type{Int}) = "Type{Int}"
h2(::Union{DataType, UnionAll}) = "kind"
println(h2(Int), " ", h2(Vector))

k(x::Union{Int8,String}) = "Union"
k(x::Integer) = "Integer"
println(k(Int8(1)), " ", k(2), " ", k("s"))
k3(x::Union{Int8,String}, y) = "Union"
k3(x::Integer, y::Int) = "Integer"
println(try k3(Int8(1), 2) catch e; first(split(msg(e), '\n')) end)

println(typeintersect(Array{Int}, Vector))
println(typeintersect(AbstractArray{Int}, AbstractMatrix))
println(typeintersect(Vector{<:Real}, Array{Int}))
println(typeintersect(Dict{String}, AbstractDict{<:Any,Int}))
println(typeintersect(Vector{<:AbstractString}, Vector{<:Integer}))

# tuple types print as Julia's show_datatype
println(NTuple{3,Int}, " ", NTuple{4,Int}, " ", Tuple{String,Int,Int,Int,Int})
println(Tuple{Vararg{Int}}, " ", NTuple{N,Int} where N, " ", Tuple{Int, Vararg{Int,N}} where N)

# reflection
T = TypeVar(:T, Integer)
println(T, " ", T.ub, " ", UnionAll(T, Vector{T}), " ", UnionAll(TypeVar(:S), Int))
m(x::Int) = 1
m(x::String, y) = 2
m(x; k = 1) = 3
println(length(methods(m)), " ", length(methods(m, (Int,))), " ", length(methods(m, Tuple{String, Any})))
println(hasmethod(m, Tuple{Float64}, (:k,)), " ", hasmethod(m, Tuple{Int}, (:zz,)), " ", hasmethod(m, (String, Int)))
println(which(m, (String, Int)).sig)
println(isimmutable(1), " ", isimmutable([1]))

# a callable struct's MethodError names its type
struct Poly{T}
    c::Vector{T}
end
(p::Poly)(x) = sum(p.c[i] * x^(i-1) for i in eachindex(p.c))
p = Poly([1, 2, 3])
println(p(2))
println(try p(1, 2) catch e; first(split(msg(e), '\n')) end)

# where clauses nest: an inner bound names an outer variable, which the argument then binds
wn(a::A) where {A<:AbstractVector{T}} where {T} = (A, T)
println(wn([1, 2]))
wn2(a::A, b::B) where {A<:AbstractArray{M}, B<:AbstractArray{N}} where {M, N} = (M, N)
println(wn2([1], [2.0]))
wn3(a::A) where {T, A<:AbstractVector{T}} = T
println(wn3(["x"]))
