# A MethodError from calling an anonymous function or closure names it by its type, as
# Julia 1.10's show_signature_function does for a function its module binds under no name
# (session 44)
# (the candidates' file shown without its directory)
show_err(e) = println(replace(sprint(showerror, e), r"@ Main \S*/" => "@ Main "))
f = x -> x
try f(1, 2) catch e; show_err(e) end
function outer()
    inner(x::Int) = x
    inner("s")
end
try outer() catch e; show_err(e) end
try map((x, y) -> x + y, [1, 2]) catch e; show_err(e) end
# a named function is still named
g(x::Int) = x
try g("a") catch e; show_err(e) end
