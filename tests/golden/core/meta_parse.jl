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
