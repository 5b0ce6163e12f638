# eltype of tuples and named tuples: promote_typejoin keeps Nothing/Missing in a Union
println(eltype((a = 1, b = nothing)))
println(eltype((1, nothing)))
println(eltype(Tuple{Int, Nothing}))
println(eltype(Tuple{Int, Missing, Nothing}))
println(eltype(Tuple{Missing, Int, Float64}))
println(eltype(Tuple{Union{Int, Nothing}, Float64}))
println(eltype((1, 2.0)))
println(eltype(()))
println(eltype(Tuple{Vararg{Int}}))
println(eltype(Tuple{Int, Vararg{Nothing}}))
println(eltype(NamedTuple{(:x, :y), Tuple{Missing, String}}))
println(typeof(collect((1, nothing))))
println(typeof(collect((1, 2.0))))
println(typeof([x for x in (1, nothing)]))
println(valtype(pairs((a = 1, b = nothing))))
println(valtype(pairs((a = 1, b = 2.0))))
println(eltype(typeof((a = 1, b = missing))), " ", valtype((a = 1, b = nothing)), " ", keytype((a = 1,)))

# primitive, bits and struct types
struct Empty41 end
struct Zero41 <: Number end
primitive type Prim41 8 end
@enum Color41 red41 blue41
for T in (typeof(pi), Nothing, Missing, Empty41, Zero41, Int, Float64, Char, Bool, UInt8, Prim41, Color41, BigInt, String, Tuple{Int, Int}, Complex{Int}, Number)
    println(rpad(string(T), 20), isprimitivetype(T), " ", isbitstype(T), " ", isstructtype(T))
end
println(Base.issingletontype(typeof(pi)), " ", typeof(pi).instance === pi, " ", sizeof(pi))
try
    bitstring(pi)
catch e
    println(sprint(showerror, e))
end

# methods: module, name, line, nargs, sig
g41(x::Int) = x
g41(x, y...) = x
m = which(g41, (Int,))
println(parentmodule(m), " ", m.module, " ", m.name, " ", m.line, " ", m.nargs, " ", m.sig)
m2 = which(g41, (String, Int))
println(m2.line, " ", m2.nargs, " ", m2.sig)
println(basename(string(m.file)))
println(parentmodule(which(+, (Int, Int))))
println(parentmodule(g41, (Float64,)), " ", parentmodule(+, (Int, Int)))
println([parentmodule(x) for x in methods(g41)])
println(parentmodule(g41), " ", parentmodule(+), " ", parentmodule(Int), " ", parentmodule(Empty41))
println(nameof(g41), " ", nameof(sin), " ", nameof(Int), " ", nameof(Vector{Int}), " ", nameof(Empty41), " ", nameof(Main))

# T.types: the field types
println(Tuple(Int.types))
println(Tuple(Pair{Int, String}.types))
println(Tuple(Complex{Float64}.types))
println(Tuple(Tuple{Int, Vararg{Float64}}.types))
NT41 = @NamedTuple{a::Int, b::String}
println(Tuple(NT41.types))
println(Tuple(Empty41.types), " ", Tuple(Number.types), " ", Tuple(String.types))
println(Tuple(Pair{Int, String}.types) == Tuple(fieldtypes(Pair{Int, String})))
