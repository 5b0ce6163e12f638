# A file runs its statements up to the first one that does not parse, then raises the syntax
# error, as Julia's include does (JuliaSyntax's parseall truncates the file there): here, from
# include_string, from include, and for this file itself.
try
    include_string(Main, "println(\"ran before the error\")\nz = [1, 2,, 3]\nprintln(\"not run\")", "snippet.jl")
catch e
    println(typeof(e), " ", occursin("snippet.jl:2:", sprint(showerror, e)))
end
path = tempname() * ".jl"
write(path, "included_value = 41 + 1\nfunction broken(\n")
try
    include(path)
catch e
    println(included_value, " ", e isa Base.Meta.ParseError || e isa LoadError)
end
rm(path)
println("before this file's own error")
f(x) = x + 1
println(f(1))
y = [1, 2,, 3]
println("never printed")
