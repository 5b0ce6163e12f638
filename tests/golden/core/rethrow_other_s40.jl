# rethrow(x) replaces the exception being handled; outside a catch block it is an error
# (Julia's jl_rethrow_other; test/exceptions.jl)
f() = try
    error("a")
catch
    rethrow(ArgumentError("b"))
end
try
    f()
catch e
    println(e)
    println(length(current_exceptions()))
end
try
    rethrow(ErrorException("A"))
catch ex
    println(ex)
end
try
    rethrow()
catch ex
    println(ex)
end
