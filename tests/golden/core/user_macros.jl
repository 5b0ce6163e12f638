# User-defined macros: esc, quote interpolation in the expansion, __module__, Expr-building macros, macros inside modules.
macro twice(ex)
    quote
        $(esc(ex))
        $(esc(ex))
    end
end
@twice println("hi")
macro myassert(cond, msg)
    :($(esc(cond)) || error($msg))
end
@myassert 1 + 1 == 2 "math broke"
try
    @myassert 1 > 2 "one is not above two"
catch e
    println(e.msg)
end
macro square(x)
    :($(esc(x)) * $(esc(x)))
end
y = 4
println(@square(y), " ", @square(y + 1))
macro where_am_i()
    string(__module__)
end
println(@where_am_i)
macro unroll(n, body)
    Expr(:block, [esc(body) for _ in 1:n]...)
end
k = 0
@unroll 3 (global k += 1)
println(k, " ", gensym("t") != gensym("t"))
module Inner
macro hello()
    :(println("hello from Inner"))
end
@hello
end
macro sq(x)
    :($(esc(x)) * $(esc(x)))
end
println(@macroexpand(@sq(a + 1)), " ", @sq(3))
