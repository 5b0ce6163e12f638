# Two used modules exporting different things under one name: a warning, then the name is
# undefined in the user (qualified names still work); a re-export of the same thing is no conflict.
module A; export f, g; f() = "A"; g() = "gA"; end
module B; export f; f() = "B"; end
module C; using ..A; export g; end
using .A, .B, .C
println(g())
try
    println(f())
catch e
    println(sprint(showerror, e))
end
println(A.f(), B.f())
try
    f()
catch e
    println(typeof(e))
end
