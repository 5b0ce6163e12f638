# Quoted code with $(...) interpolation, eval / Core.eval in a module, and @eval (also in a loop,
# defining functions by name).
x = 3
ex = :(1 + $x)
println(ex, " ", eval(ex), " ", typeof(ex), " ", ex.args)
xs = [1, 2]
println(:(f($(xs...))), " ", :(g($(xs...), 3)), " ", :(a + b), " ", Expr(:call, :*, 2, 3), " ", eval(Expr(:call, :*, 2, 3)))
make(v) = :(a * $v)
println(make(5), " ", make(:y), " ", make(:(1 + 2)))
for (name, k) in ((:double, 2), (:triple, 3))
    @eval $name(y) = $k * y
end
println(double(4), " ", triple(4))
module M
f() = 1
end
println(Core.eval(M, :(f() + 1)))
@eval M g() = 42
println(M.g(), " ", eval(quote
    t = 10
    t + 1
end), " ", t)
function localquote()
    n = 7
    :(n == $n)
end
println(localquote())
println(repr(:(a + $x)), " ", string(:(f($(xs...)))), " ", [:(a * 2)], " ", "$(:(b - 1))")
