# struct, mutable struct, abstract type, const, module/using/import/export, macros, docstrings.
abstract type Shape end
struct Circle <: Shape
    r::Float64
end
mutable struct Counter
    n::Int64
end
area(c::Circle) = 3.0 * c.r^2
c = Circle(2)
println(c, " ", c.r, " ", area(c), " ", c isa Shape, " ", typeof(c))
k = Counter(0)
k.n += 5
println(k.n, " ", k)
try
    c.r = 3.0
catch e
    println("immutable: ", typeof(e))
end
struct Pt
    x
    y
    Pt(x) = new(x, 0)
end
println(Pt(3))
const LIMIT = 10
println(LIMIT * 2)
module Geometry
export square
square(x) = x * x
cube(x) = x * x * x
end
using .Geometry
println(square(3), " ", Geometry.cube(2))
module Other
import ..Geometry: cube
twice_cube(x) = 2 * cube(x)
end
println(Other.twice_cube(2))
"Adds one."
addone(x) = x + 1
println(addone(1))
println(@__LINE__)
@show 1 + 2
v = @elapsed sum(1:10)
println(v isa Float64)
function Base.show(io::IO, c::Counter)
    print(io, "Counter at ", c.n)
end
println(k)
import Base: length
length(c::Circle) = 1
println(length(c))
println(Base.:+(1, 2), " ", Base.sin(0.0))
