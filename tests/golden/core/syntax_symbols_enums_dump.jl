# enums (display, module-qualified show, value checks), @assert messages, Symbol checks, fields
# of Int64 ranges, symbol/QuoteNode printing, dump of types, break outside a loop, macro keywords
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
module Inner
@enum Shade light dark
end
show(Inner.light); println()
println([Inner.light])
println(Inner.light)
@enum Color red green=5 blue
println([red, blue])
display(Color)
# an error expanding a macro is a LoadError at the call, as Julia's jl_invoke_julia_macro makes it
te(f) = try f() catch e; println("ERROR: ", typeof(e), ": ", sprint(showerror, e isa LoadError ? e.error : e)) end
te(() -> @eval @enum Bad a=1 b=1)
te(() -> @eval @enum Bad2 a b=0)
te(() -> @eval @enum Bad3 a=1 b c=2)
te(() -> @eval @enum E::Float64 q)
te(() -> @eval @enum Bad4 a a)
t(() -> @assert iseven(5) 5)
t(() -> @assert false :sym)
t(() -> (x = 3; @assert x > 5 "x is $x"))
try @assert 1 == 2 "a" * "b" catch e; println(repr(e)) end
try @assert 1 == 2 5 catch e; println(repr(e)) end
t(() -> Symbol("a\0b"))
t(() -> getfield(1:3, :start))
t(() -> isdefined(1:3, :start))
t(() -> getfield(1:2:5, :step))
t(() -> startswith(string(gensym()), "##") && !startswith(string(gensym()), "###"))
t(() -> repr(Symbol("true")))
t(() -> repr(:.+))
t(() -> (Base.isoperator(Symbol(".*")), Base.isoperator(:+), Base.isoperator(Symbol(".="))))
t(() -> repr(QuoteNode(1)))
t(() -> repr(QuoteNode("s")))
t(() -> string(QuoteNode(1)))
t(() -> QuoteNode(:(a+b)) == QuoteNode(:(a+b)))
t(() -> Meta.show_sexpr(:(a .+ b)))
dump(Int)
struct P; a::Int; b::String; end
dump(P)
dump(1:3)
dump(Any)
t(() -> eval(:(break)))
t(() -> eval(:(function g() break end)))
t(() -> eval(:(for i in 1:3; (() -> break)(); end)))
t(() -> eval(:(while true; try; break; finally; end; end)))
t(() -> eval(:(for i in 1:2; let; continue; end; end)))
t(() -> eval(Meta.parse("macro kw(; k=1) k end")))
