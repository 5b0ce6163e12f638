# An error leaving an included file is a LoadError(file, line, error), as in Julia 1.10 (also
# from include_string); uncaught, it prints "LoadError: " once, the stack trace, then where each
# include stood, innermost first.
here(s) = replace(string(s), string(@__DIR__, "/") => "")
try
    include("load_errors_dir/b.jl")
catch e
    println(typeof(e), " ", here(e.file), " ", e.line, " ", typeof(e.error), " ", e.error.msg)
end
try
    include_string(Main, "y = 2\n1 +", "snippet.jl")
catch e
    println(typeof(e), " ", typeof(e.error), " ", e.line, " ", y)
end
println(sprint(showerror, LoadError("f.jl", 3, LoadError("g.jl", 4, ErrorException("x")))))
include("load_errors_dir/a.jl")
println("not reached")
