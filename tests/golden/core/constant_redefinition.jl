# Constants, as Julia 1.10: a new value of the same type warns, of another type (or a type, or a
# function's name) is an error; an identical struct or abstract type definition changes nothing.
const c = 1
try
    global c = 2
catch e
    println("E1 ", e)
end
println(c)
try
    global c = "s"
catch e
    println("E2 ", e)
end
f() = 1
try
    global f = 2
catch e
    println("E3 ", e)
end
struct S
    a::Int
end
try
    @eval struct S
        b::Float64
    end
catch e
    println("E4 ", e)
end
struct S
    a::Int
end
println("same S ok")
x = 1
try
    @eval const x = 2
catch e
    println("E5 ", e)
end
mutable struct Node
    val::Int
    next::Union{Node, Nothing}
end
val(n::Node) = n.val
mutable struct Node
    val::Int
    next::Union{Node, Nothing}
end
println(val(Node(3, nothing)))
abstract type Shape end
abstract type Shape end
struct P{T <: Real} <: Shape
    x::T
end
area(p::P) = p.x
struct P{T <: Real} <: Shape
    x::T
end
println(area(P(2.5)))
try
    @eval struct P{T} <: Shape
        x::T
    end
catch e
    println(e)
end
g = 1
try
    @eval g() = 2
catch e
    println(e)
end
const K = 3
const K = 3
println(K)
