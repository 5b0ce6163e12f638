# Metaprogramming details checked against Julia 1.10 (session 37)
t(f) = try println(f()) catch e; println("ERROR: ", typeof(e), ": ", sprint(showerror, e)) end

# values interpolated into code print as Julia shows them
println(:(f($(1:3), $(1:2:9), $(Base.OneTo(3)))))
println(:(g($((a = 1,)), $(BitVector([true, false])), $([1, 2]), $(Dict(1 => 2)))))
println(QuoteNode(1:3), " ", Meta.quot(1:3))
println(Expr(:typed_vcat))

# malformed expressions are errors a program can catch
for ex in (Expr(:module), Expr(:module, true, :M), Expr(:macrocall), Expr(:macrocall, Symbol("@show")), Expr(:typed_vcat))
    t(() -> eval(ex))
end

# an error while a macro expands is a LoadError at the macro call
macro checked(x)
    x isa Integer && x < 0 && error("negative literal: $x")
    return :($x + 1)
end
println(@checked(41))
e = try @eval @checked(-1) catch err; err end
println(typeof(e), " ", e.line, " ", e.error)
e = try @eval @undefined_macro 1 catch err; err end
println(typeof(e), " ", e.error)
e = try @eval @checked(1, 2) catch err; err end
println(typeof(e), " ", split(sprint(showerror, e.error), '\n')[1:4])
# macroexpand itself does not wrap
e = try macroexpand(Main, :(@checked(-2))) catch err; err end
println(typeof(e), " ", e)

# a macro's function is var"@checked"
println(var"@checked")
println(typeof(var"@checked"))
println(split(string(methods(var"@checked")), '\n')[1:2])

# Expr, QuoteNode, LineNumberNode and GlobalRef have Julia's fields
ex = :(a + b)
println(fieldnames(Expr), " ", propertynames(ex), " ", nfields(ex), " ", hasproperty(ex, :head))
println(ismutable(ex), " ", ismutabletype(Expr), " ", fieldtypes(Expr), " ", fieldcount(Expr))
println(getfield(ex, :head), " ", getfield(ex, 2), " ", getfield(QuoteNode(:x), :value), " ", getfield(QuoteNode(:x), 1))
println(fieldnames(QuoteNode), " ", fieldnames(LineNumberNode), " ", fieldnames(GlobalRef))
ln = LineNumberNode(7, :file)
println(getfield(ln, :line), " ", getfield(ln, 2))
t(() -> getfield(ex, 3))
t(() -> getfield(ex, :nothere))

# names(Main) lists what the program defined
answer = 42
double(x) = 2x
struct Marker end
println(filter(n -> n in (:answer, :double, :Marker, :Base, :Core, :Main, :eval, :include), names(Main)))

# module paths that do not resolve
t(() -> eval(:(import NoSuchPackage)))
t(() -> eval(:(using .NoSuchModule)))
t(() -> eval(:(import .NoSuchModule)))
# `using` belongs at top level: refused when the function is defined
t(() -> @eval function uses_inside(); using Statistics; end)
t(() -> @eval function imports_inside(); import Base: show; end)
let
    using Statistics   # a let block at top level may use a module, as in Julia
    println(mean([1, 2, 3]))
end

# operator tables and module utilities
println(Base.operator_precedence(:+), " ", Base.operator_precedence(:*), " ", Base.operator_precedence(:^), " ", Base.operator_precedence(:foo))
println(Base.operator_associativity(:^), " ", Base.operator_associativity(:-), " ", Base.operator_associativity(:+), " ", Base.operator_associativity(:(=)), " ", Base.operator_associativity(:<))
module Outer
module Inner end
end
println(Base.moduleroot(Base.Iterators), " ", Base.moduleroot(Outer.Inner), " ", pathof(Base))
println(Threads.threadpoolsize() == Threads.nthreads(), " ", Threads.atomic_fence())
t(() -> NamedTuple{(:a,)}((1, 2)))
println(Meta.parse("1 + 2"; depwarn = false), " ", Meta.parse("a = 1\nb = 2", 1; greedy = true))
