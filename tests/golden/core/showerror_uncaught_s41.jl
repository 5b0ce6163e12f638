# A program's showerror methods, as Julia 1.10's error display uses them: display_error and an
# uncaught error call showerror(io, e, bt; backtrace = true), whose default prints the 2-argument
# message then the stack trace; a 3-argument method of the error's own type replaces both.
struct MyErr <: Exception
    x::Int
end
Base.showerror(io::IO, e::MyErr) = print(io, "MyErr: x is ", e.x)

struct MyErr3 <: Exception
    x::Int
end
Base.showerror(io::IO, e::MyErr3) = print(io, "MyErr3 (2-arg): ", e.x)
function Base.showerror(io::IO, e::MyErr3, bt; backtrace = true)
    print(io, "MyErr3 (3-arg): ", e.x, ", backtrace=", backtrace, ", trace: ",
          bt === nothing ? "nothing" : isempty(bt) ? "empty" : "frames")
end

println(sprint(showerror, MyErr(1)))
println(sprint(showerror, MyErr3(2)))
try
    throw(MyErr3(3))
catch e
    showerror(stdout, e, catch_backtrace())
    println()
end
# display_error(io, stack) / display_error(io, e, bt): "ERROR: ", the error, a newline
try
    throw(MyErr3(4))
catch
    Base.display_error(stdout, current_exceptions())
end
try
    throw(MyErr(5))
catch e
    Base.display_error(stdout, e, nothing)
end
try
    throw(MyErr3(6))
catch e
    Base.display_error(stdout, e, nothing)
end
# showerror(io, ::LoadError) passes an empty trace (and backtrace = true) to the inner error's
println(sprint(showerror, LoadError("f.jl", 3, MyErr3(7))))
println(sprint(showerror, LoadError("f.jl", 3, MyErr(8))))
# uncaught: through the 3-argument method (no "Stacktrace:" unless it prints one)
throw(MyErr3(9))
