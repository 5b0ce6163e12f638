# Modules, using/import, qualified names, shadowing Base names, docstrings.
module Geometry
export area, Square
struct Square
    side::Float64
end
area(s::Square) = s.side^2
perimeter(s::Square) = 4 * s.side
const UNIT_SIDE = 1.0
end
using .Geometry
println(area(Square(3.0)))
println(Geometry.perimeter(Square(2.0)))
println(isdefined(Main, :perimeter), " ", isdefined(Main, :area))
module Outer
module Inner
f() = "inner"
end
g() = Inner.f() * "!"
end
println(Outer.g())
println(nameof(Outer.Inner), " ", parentmodule(Outer.Inner), " ", Outer)
module Counters
export bump!, current
const state = Ref(0)
bump!() = (state[] += 1)
current() = state[]
end
using .Counters
bump!(); bump!()
println(current())
module Shadow
sin(x) = "my sin"
callsin() = sin(0.0)
basesin() = Base.sin(0.0)
end
println(Shadow.callsin(), " ", Shadow.basesin(), " ", sin(0.0))
"A documented constant."
const ANSWER = 42
"Tools for tests."
module Docs2
"Module-level doc for helper."
helper() = 1
end
triple(x) = 3x
@doc "Multiply by three." triple
println(string(@doc ANSWER), "|", string(@doc Docs2), "|", string(@doc Docs2.helper), "|", @doc(triple))
"Triples."
tri(x) = 3x
println(Base.Docs.doc(tri))
println(split(string(Docs.doc(println)), "\n")[2])
const ANSWER_CONST = 42
plain_global = 1
println(isconst(Main, :Float32), " ", isconst(Core, :Int8), " ", isconst(Main, :ANSWER_CONST), " ",
        isconst(Main, :plain_global), " ", isconst(Main, :no_such_name), " ", isconst(Main, :triple))
# A name read from a used module, or imported, cannot then be assigned here; an unused one can.
cbrt = "shadows Base.cbrt: not read here before"
println(cbrt)
println(sqrt(100.0))
try
    global sqrt = 4
catch e
    println(e)
end
module Exporter
export shared
shared = 1
end
using .Exporter: shared
try
    global shared = 2
catch e
    println(e)
end
println(shared, " ", sqrt(4.0))
