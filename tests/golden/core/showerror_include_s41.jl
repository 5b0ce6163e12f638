# An uncaught error of a type with its own showerror(io, e, bt), thrown in an included file while
# another error was handled: Julia 1.10 prints "LoadError: ", the program's method (here it prints
# the stack trace itself), where each include stood, then "caused by:" and the first error.
println("before")
include("showerror_include_s41_dir/inner.jl")
