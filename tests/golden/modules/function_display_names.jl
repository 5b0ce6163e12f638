# A function of a user's module prints qualified by the module's path, as Julia's show_function
# (Main.M.f, also when imported); its REPL display, Main's functions and Base's are bare
module M
f() = 1
export g
g() = 2
module Inner
h() = 3
end
end
using .M
println(M.f, " ", repr(M.f), " ", typeof(M.f), " ", g, " ", M.Inner.h)
println([M.f], " ", [M.f, sum])
display(M.f)
display(typeof(M.f))
k(x) = x
println(k, " ", typeof(k), " ", sum, " ", typeof(+))
macro m(x) x end
display(var"@m")
try M.f(1) catch e; println(sprint(showerror, e)[1:40]) end
