# getfield on every kind of object, in and out of range, by name and by index
struct P; x::Int; y::Float64; end
mutable struct M; a; b::Int; M() = new(); end
nt = (a = 1, b = "two")
t = (1, :s, 2.5)
for (o, f) in ((nt, :a), (nt, :b), (nt, 1), (nt, 2), (nt, 3), (nt, 0), (nt, :c), (t, 1), (t, 3), (t, 4), (P(1, 2.0), :x), (P(1, 2.0), 2),
               (P(1, 2.0), :z), (P(1, 2.0), 3), (M(), :a), (M(), 1), (:(f(x)), :head), (:(f(x)), 2), (QuoteNode(1), 1), (1:3, :start), (Base, :sin), (Base, :nosuchthing), (1, :x), (1, 1), (Some(3), :value))
    try
        println(repr(getfield(o, f)))
    catch e
        println(typeof(e), ": ", sprint(showerror, e))
    end
end
println(nt[1], " ", nt[2], " ", nt[:b], " ", collect(nt), " ", first(nt), " ", [x for x in nt])
try nt[3] catch e; println(sprint(showerror, e)) end
# singleton types called as constructors
println(Nothing() === nothing, " ", Missing() === missing)
