# InitError: what a module's __init__ throws, rethrown in its place
e = InitError(:X, ErrorException("y"))
println(e)
showerror(stdout, e); println()
try
    @eval module M2
        __init__() = throw(ArgumentError("bad init"))
    end
catch ex
    println(typeof(ex))
    showerror(stdout, ex); println()
    println(ex.mod, " ", ex.error)
    println(length(current_exceptions()))
end
println(ReadOnlyMemoryError())
