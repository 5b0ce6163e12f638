# T.parameters and T.types are Core.SimpleVectors (shown svec(...)), not tuples: they index,
# count and iterate like one, collect to a Vector{Any}, and fieldtypes stays a tuple.
p = Tuple{Int,String}.parameters
println(p)
println(typeof(p), " ", typeof(Vector{Int}.parameters))
println(Vector{Int}.parameters, " ", Dict{Symbol,Float64}.parameters)
println(length(p), " ", p[1], " ", p[end], " ", first(p), " ", isempty(p), " ", isempty(Int.parameters))
println(collect(p), " ", map(string, p), " ", Tuple(p))
for (i, t) in enumerate(Pair{Int,Char}.parameters)
    println(i, " => ", t)
end
a, b = p
println(a, " ", b)
println(Tuple{Int,Float64}.types, " ", fieldtypes(Tuple{Int,Float64}))
struct Pt{T}
    x::T
    y::T
end
println(Pt{Int}.types, " ", Pt{Int}.parameters, " ", fieldtypes(Pt{Int}))
println(Complex{Int}.name.names)
show(Core.svec()); println()
show(Core.svec(1)); println()
show(Core.svec(:a, "s", 1.5, Int)); println()
println(Core.svec(1, 2) === Core.svec(1, 2), " ", Core.svec(1, 2) == Core.svec(1, 3))
println(Tuple.parameters, " ", getfield(Vector{Int}, :parameters))
try
    p[3]
catch e
    println(typeof(e), ": ", e.i)
end
# Base code that reads .parameters still works on the SimpleVector
println(convert(Tuple{Float64,Int}, (1, 2.0)), " ", isbitstype(Tuple{Int,Float64}), " ", isbitstype(Tuple{Int,String}))
println(Base.isvarargtype(Tuple{Vararg{Int}}.parameters[1]), " ", Base.isvarargtype(Int))
