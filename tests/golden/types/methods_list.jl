# methods(f) lists the methods as Julia does: header, [i] signature, @ file:line (the module only
# when it is not the function's); the test's folder is cut from the paths
abstract type Animal end
struct Dog <: Animal; name::String; end
speak(a::Animal) = "..."
speak(d::Dog) = "Woof"
shown(x) = replace(sprint(show, x), string(@__DIR__, "/") => "")
println(shown(methods(speak)))
println(replace(repr(MIME"text/plain"(), methods(speak)), string(@__DIR__, "/") => "") == shown(methods(speak)))
println(length(methods(speak)), " ", shown(first(methods(speak))))
g(x) = 1
println(shown(methods(g)))
module M
h(x::Int, y...) = 1
end
println(shown(methods(M.h)))
println(parentmodule(M.h), " ", parentmodule(speak))
