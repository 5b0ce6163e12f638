# Meta.parse(str, pos): one statement from a byte index, and where the rest starts
println(Meta.parse("(α, β) = 3, 5", 1))
println(Meta.parse("(α, β) = 3, 5", 11))
println(Meta.parse("(α, β) = 3, 5", 16))
println(Meta.parse("a = 1\nb = 2", 1), " ", Meta.parse("a = 1\nb = 2", 7))
println(Meta.parse("\n\n  x\n", 1))
println(Meta.parse("1 + 2; x = 3", 1))
println(Meta.parse("(1 + ", 1))

# reading a text statement by statement
code = "x = 10\ny = x * 2\n\nprintln(\"y is \", y)\n"
pos = 1
while true
    global pos
    ex, pos = Meta.parse(code, pos)
    ex === nothing && break
    println("running ", ex)
    eval(ex)
end

try
    Meta.parse("a b", 1)
catch e
    println(typeof(e))
end
println(Meta.parse("a b", 1; raise = false)[1].head)
