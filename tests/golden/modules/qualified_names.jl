# Types print with their module's path unless Main sees them under their name (exported and
# used, imported, or defined in Main), as Julia's show does; standard library modules print by
# their own name.
module Shapes
export Circle
abstract type Shape end
struct Circle <: Shape
    r::Float64
end
struct Square <: Shape
    s::Float64
end
struct Box{T}
    x::T
end
end
using .Shapes
println(Circle(1.0), " ", Shapes.Square(2.0), " ", Shapes.Shape, " ", typeof(Shapes.Square(2.0)))
println(supertype(Circle), " ", Shapes.Shape[], " ", Shapes.Box(1), " ", typeof(Shapes.Box(1.5)))
println(repr(Shapes.Square(1.0)), " ", string(Shapes.Square), " ", Shapes, " ", [Circle(2.0)])
import .Shapes: Square
println(Square(3.0), " ", Shapes.Shape, " ", Dict(1 => Square(1.0)))
module Outer
module Inner
struct T end
end
struct U
    t::Inner.T
end
end
println(Outer.Inner.T(), " ", Outer.U(Outer.Inner.T()), " ", Outer.Inner)
struct Local end
println(Local(), " ", typeof(Local()))
using Printf, Statistics
println(Printf, " ", Statistics, " ", typeof(Printf.Format("%d")), " ", parentmodule(Shapes))
# a struct with typed fields has Julia's two default constructors: T(x::FT...) and T(x...)
struct Point
    x::Int
    y::Int
end
println(Point(1, 2), " ", Point(1.0, 2), " ", length(methods(Point)), " ", length(methods(Local)))
try
    Point(1, 2, 3)
catch e
    println(replace(sprint(showerror, e), (@__FILE__) => "FILE"))
end
# @__MODULE__ and @eval inside functions name the module the code is written in, not the caller's
module Where
here() = @__MODULE__
define(v) = @eval defined_here = $v
end
println(Where.here(), " ", (() -> @__MODULE__)())
Where.define(42)
println(Where.defined_here, " ", isdefined(Main, :defined_here))
# Base's macros are defined names too, also those the lowering expands itself
println(isdefined(Main, Symbol("@time")), " ", isdefined(Base, Symbol("@show")), " ", isdefined(Main, Symbol("@nosuchmacro")))
# parentmodule of a type: where it was defined (Core for the built-in ones Core names)
module Inner
struct Q{T}; v::T; end
end
println(parentmodule(Inner.Q), " ", parentmodule(Inner.Q{Int}), " ", parentmodule(Int), " ", parentmodule(Vector{Int}),
        " ", parentmodule(Dict), " ", parentmodule(Meta.ParseError), " ", parentmodule(Any))
println(try parentmodule(Union{Int, String}) catch e typeof(e) end)
