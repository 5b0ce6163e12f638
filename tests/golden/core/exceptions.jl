# try/catch/else/finally, throw, rethrow, error values, stack overflow.
r = try
    error("boom")
catch e
    "caught: " * e.msg
finally
    println("finally runs")
end
println(r)
struct MyError <: Exception
    code
end
try
    throw(MyError(7))
catch e
    println(typeof(e), " ", e.code, " ", e isa Exception)
end
function f()
    try
        return "from try"
    finally
        println("cleanup")
    end
end
println(f())
try
    try
        error("inner")
    catch e
        rethrow()
    end
catch e
    println("outer caught: ", e.msg)
end
value = try
    42
catch
    0
else
    "no error"
finally
    nothing
end
println(value)
for thunk in (() -> [1, 2, 3][5], () -> undefined_function_xyz(1), () -> sqrt(-1.0), () -> 1 ÷ 0,
              () -> throw(ArgumentError("bad")), () -> nothing + 1, () -> parse(Int, "abc"))
    try
        thunk()
    catch e
        # MethodError's full text lists candidate methods; its first line is checked in uncaught.jl
        println(typeof(e), ": ", e isa MethodError ? "" : sprint(showerror, e))
    end
end
function recurse_forever(n)
    recurse_forever(n + 1) + 1
end
try
    recurse_forever(0)
catch e
    println(typeof(e))
end
println("still alive ", 1 + 1)
g(x) = x
try
    g(1, 2)
catch e
    println(typeof(e), " ", e.f === g, " ", e.args)
end
try
    if 1
    end
catch e
    println(sprint(showerror, e))
end
@assert 1 + 1 == 2
try
    @assert 1 > 2
catch e
    println(sprint(showerror, e))
end
try
    @assert false "custom message"
catch e
    println(sprint(showerror, e))
end
