# show(io, ::MIME"text/plain", x) is what display (and the REPL) print: a type can have its own
struct Temp
    deg::Float64
end
Base.show(io::IO, t::Temp) = print(io, t.deg, "°")
Base.show(io::IO, ::MIME"text/plain", t::Temp) = print(io, "Temperature of ", t.deg, " degrees")
t = Temp(21.5)
println(t, " ", [t, t], " ", repr(t))
display(t)
show(stdout, MIME("text/plain"), t); println()
display([t, t])
println(MIME("text/html"), " ", typeof(MIME"text/plain"()), " ", MIME"text/plain"() == MIME("text/plain"))
println(summary([1, 2, 3]), " ", summary([1 2; 3 4]), " ", summary(1.5), " ", summary(Dict(1 => 2)))
println(Val{Symbol("a b")}, " ", QuoteNode(:x), " ", Expr(:call, :f, QuoteNode(:s)))
