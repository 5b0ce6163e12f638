# Stack frames of anonymous functions and closures name their type, as Julia's (::var"#1#2")(x::Int64)
here(s) = replace(s, string(@__DIR__, "/") => "")
g = x -> error("bad $x")
function outer()
    inner(y) = g(y)
    inner(2)
end
try
    outer()
catch e
    println(here(sprint(showerror, e, catch_backtrace())))
end
