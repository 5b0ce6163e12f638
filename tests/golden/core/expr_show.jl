# Expressions print as Julia's show_unquoted prints them: blocks on several lines, quoted
# forms as :(...) or quote ... end, operands parenthesized by precedence.
rl(ex) = Base.remove_linenums!(ex)
println(Expr(:block, :x, :(y = 2)))
ex = rl(quote
    a = 1
    if a > 0
        println(a)
    elseif a < -5
        nothing
    else
        b = [1, 2]
    end
end)
println(ex)
show(ex); println()
show(rl(:(f(x) = x + 1))); println()
println(rl(:(for i in 1:3; s += i; end)))
println(rl(:(while x < 3; x += 1; end)))
for e in (:(a + b * c), :((a - b) - c), :(a - (b - c)), :(f(a, b; c = 1)), :(x.y.z), :(f.(x)),
          :(-x), :(-(a + b)), :(2x + 3y^2), :((-1)^2), :("a$(x)b"), :[1, 2, 3], :[1 2; 3 4],
          :(A[i, end]), :(T{Int}), :(x::Int), :(f(xs...)), :([i^2 for i in 1:3 if isodd(i)]),
          :(a < b <= c), :(a && b || c), :(x -> x + 1), :(using A.B, C), :(import A: b, c),
          :(Base.:+), :(a.b), :(return), :(:x), :(x'), :((1, 2)), :((a = 1,)), :(!x),
          :(T where T <: Real), :(Dict{K, V} where {K, V}), :(global g = 1), :(const c = 2))
    show(rl(e)); println()
end
show(rl(:(map(x -> x + 1, v)))); println()
show(rl(:(a ? b : c))); println()
show(rl(:(function f(x::Int) where T; x; end))); println()
show(rl(:(try; x; catch e; y; finally; z; end))); println()
show(rl(:(let a = 1; a; end))); println()
show(rl(:(struct S; a::Int; end))); println()
show(rl(:(f() do x; x; end))); println()
show(QuoteNode(:x)); println(" ", QuoteNode(:x))
l = LineNumberNode(3, :foo)
show(l); println(" ", l)
println(@macroexpand @goto done)
dump(:(1 + x))
# expressions are mutable, as in Julia
e = :(f(a))
push!(e.args, :b)
e.args[1] = :g
println(e)
e.head = :vect
println(e, " ", e.args === e.args)
e.args = [1, 2]
println(e)
blk = Expr(:block)
push!(blk.args, :(x = 1), :(y = x + 1))
println(eval(blk))
macro addone(call)
    push!(call.args, 1)
    esc(call)
end
println(@addone(+(2)))
# a quoted expression is a new copy each time it is evaluated (Julia's copyast); copy(ex) too
for i in 1:2
    q = :(f(a))
    push!(q.args, :b)
    println(q)
end
orig = :(f(g(x)))
dup = copy(orig)
push!(dup.args[2].args, :y)
println(orig, " ", dup)
# @show prints its expression as show_unquoted does: a macro call in call syntax, where print
# and show use the space-separated form
using Printf
eval(Expr(:macrocall, Symbol("@show"), nothing, Expr(:macrocall, Symbol("@sprintf"), nothing, "%d", 3)))
ex = :(@sprintf("%d", 3))
println(ex.args[1], " ", length(ex.args))
# a string macro a user wrote prints as written (only the parser's own literal macros print bare)
show(:(big"12")); println()
println(:(x + big"1"^2), " ", eval(:(big"12")) + 1)
