# Meta.parse: text to the expression quoting it gives; incomplete input and syntax errors
ex = Meta.parse("1 + 2 * x")
println(ex, " ", typeof(ex), " ", ex.head, " ", ex.args)
x = 5
println(eval(ex), " ", Meta.parse("x"), " ", repr(Meta.parse("\"hi\"")), " ", Meta.parse("3.5"), " ", Meta.parse(""))
println(Meta.parse("function f(a)\n a + 1\nend").head, " ", Meta.isexpr(ex, :call), " ", Meta.quot(:a))
println(Meta.parse("1 +"))
try
    Meta.parse("1 2")
catch e
    println(typeof(e), " ", e.msg)
end
println(Meta.parse("(1, 2)"), " ", eval(Meta.parse("[i^2 for i in 1:3]")))
try
    Meta.parse("f(1,")
    Meta.parse("x = )")
catch e
    showerror(stdout, e)
    println()
end
println(Meta.parse("1 2", raise = false).head)
# include_string: program text evaluated in a module as a named file; an error leaving it is a LoadError
v = include_string(Main, """
f(x) = 2x
y = f(21)
""")
println(v, " ", y, " ", f(1))
module M end
include_string(M, "z = 5")
println(M.z)
try
    include_string(Main, "1 +", "snippet.jl")
catch e
    println(typeof(e), " ", occursin("snippet.jl:1:4", sprint(showerror, e)))
end
try
    include_string(Main, "\nerror(\"boom\")", "snippet.jl")
catch e
    println(sprint(showerror, e))
end
# Meta.show_sexpr
Meta.show_sexpr(:(f(x, g(y, z)))); println()
Meta.show_sexpr(Base.remove_linenums!(:(x = 1; y = :a))); println()
Meta.show_sexpr(Expr(:call)); println()
Meta.show_sexpr(QuoteNode(:(a + 1))); println()
Meta.show_sexpr(Meta.parse("[1;; 2]")); println()
Meta.show_sexpr(1.5); println()
Meta.show_sexpr(stdout, :(a.b)); println()
# Meta.parseall: statements after line markers, multi-line ones whole; a statement that does not
# parse ends the expression with Expr(:error) (or :incomplete) holding a Meta.ParseError, and
# evaluating the expression runs the statements before it, then throws that error
ex = Meta.parseall("function pa(x)\n    x + 1\nend\npb() = 2"; filename = "snippet.jl")
println(length(ex.args), " ", ex.args[1], " ", ex.args[3], " ", ex.args[4].head)
eval(ex)
println(pa(1), " ", pb())
bad = Meta.parseall("pc = 1\npd = [1,,2]\npe = 3")
println(length(bad.args), " ", bad.args[end].head, " ", typeof(bad.args[end].args[1]), " ", bad.args[end - 1])
println(try eval(bad) catch e typeof(e) end, " ", pc, " ", isdefined(Main, :pe))
println(Meta.parseall("ph() = 1\nfunction pk(").args[end].head)
println(try eval(Expr(:error, "a message")) catch e e end)
println(try eval(Expr(:error, ArgumentError("thrown as it is"))) catch e e end)
