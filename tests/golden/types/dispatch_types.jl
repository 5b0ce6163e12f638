# Multiple dispatch, parametric and union types, where-clauses, type aliases.
g(x::Integer, y::Integer) = "ii"
g(x::Integer, y::AbstractFloat) = "if"
g(x::AbstractFloat, y) = "f?"
println(g(1, 2), " ", g(1, 2.0), " ", g(1.0, "x"))
try
    g("a", 1)
catch e
    println(typeof(e))
end
h(x::Int, y) = 1
h(x, y::Int) = 2
try
    h(1, 1)
catch e
    println(typeof(e))
end
same(x::T, y::T) where {T} = "same $T"
same(x, y) = "different"
println(same(1, 2), "; ", same(1, 2.0), "; ", same("a", "b"))
width(::Type{T}) where {T<:Integer} = T
println(width(Int8), " ", width(UInt128))
describe(x::Union{Int8, UInt8}) = "byte"
describe(x::Integer) = "integer"
println(describe(0x01), " ", describe(1))
println(applicable(g, 1, 2), " ", applicable(g, "a", "b"))
which_one(x::Vector{Int}) = "vec of Int"
which_one(x::Vector) = "vec"
which_one(x::AbstractVector) = "abstract vec"
println(which_one([1, 2]), "; ", which_one([1.0]), "; ", which_one(1:3))
f(x) = 1
f(x::Int) = 2
println(length(methods(f)))
abstract type Shape end
struct Point{T<:Real}
    x::T
    y::T
end
p = Point(1, 2)
println(typeof(p), " ", p)
println(typeof(Point(1.5, 2.5)))
norm1(p::Point) = abs(p.x) + abs(p.y)
println(norm1(Point(-3, 4)), " ", norm1(Point(0.5, -0.5)))
println(fieldnames(Point), " ", fieldtype(Point{Float64}, :x))
const Maybe{T} = Union{T, Nothing}
firstpos(xs)::Maybe{Int} = (for x in xs; x > 0 && return x; end; nothing)
println(firstpos([-1, 3]), " ", firstpos([-1]))
println(Union{Int64, Float64} <: Real, " ", Vector{Int} <: AbstractVector{Int}, " ", Vector{Int} <: Vector{Integer}, " ", Vector{Int} <: Vector{<:Integer})
println(Maybe{Int}, " ", Vector{<:Integer}, " ", Union{Int, Nothing})
println(isconcretetype(Int), " ", isconcretetype(Integer), " ", isabstracttype(Real), " ", Int64 isa Type{Int64}, " ", Int64 isa DataType)
println(supertype(Int64), " ", Point, " ", Point{Int64} <: Point, " ", Vector)
vals(v::Vector{T}) where T = T
println(vals([1, 2]), " ", vals(["a"]))
g2(x::T, y::Vector{T}) where T = "ok"
println(g2(1, [1]))
struct Node{T}
    value::T
    next::Union{Node{T}, Nothing}
end
n = Node(1, Node(2, nothing))
println(n.next.value, " ", typeof(n))
println(Union{Int, Nothing}, " ", Union{Int64, Float64}, " ", Union{String, Int8})
abstract type Animal end
abstract type Pet <: Animal end
struct Dog <: Pet
    name::String
end
speak(a::Animal) = "..."
speak(p::Pet) = "hello from a pet"
speak(d::Dog) = "woof from " * d.name
println(speak(Dog("Rex")), "; ", Dog <: Animal, " ", supertype(Dog), " ", supertype(Pet))
greet(x) = "old"
caller(x) = greet(x)
println(caller(1))
greet(x) = "new"
println(caller(1))
greet(x::Int) = "int"
println(caller(1), " ", caller(1.0))
kinds(x::Real, y::Real) = "real-real"
kinds(x::Int, y::Real) = "int-real"
kinds(x::Real, y::Int) = "real-int"
kinds(x::Int, y::Int) = "int-int"
println(kinds(1, 2), " ", kinds(1, 2.0), " ", kinds(2.0, 1), " ", kinds(1.0, 2.0))
va(x) = "one"
va(x, xs...) = "many"
println(va(1), " ", va(1, 2), " ", va("a", "b", "c"))
vi(xs::Int...) = "ints"
vi(xs...) = "any"
println(vi(1, 2), " ", vi(1, "a"), " ", vi())
tt(::Type{Int}) = "Type{Int}"
tt(::DataType) = "DataType"
tt(x) = "value"
println(tt(Int), " ", tt(Float64), " ", tt(1))
# a where-clause of a bare bound (no variable name) is a Julia error, not an internal one
try
    eval(:(width2(::Type{T}) where {<:Integer} = T))
    width2(Int8)
catch e
    println(typeof(e))
end
