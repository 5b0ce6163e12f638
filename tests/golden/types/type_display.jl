# The REPL's display of a type (Julia's show of a Type as text/plain): a named function's type
# says what it is, a type spelled by an alias of Base's writes the alias out; anonymous
# functions, Colon and other types show as themselves
h = x -> 2x
display(typeof(sum))
display(typeof(+))
display(typeof(h) == typeof(h))
display(typeof(:))
display(Int)
println(repr(MIME"text/plain"(), typeof(println)))
show(IOContext(stdout, :compact => true), MIME"text/plain"(), typeof(sum)); println()
println([typeof(sum)])
for T in (Vector, Vector{Int}, Matrix{Float64}, AbstractVector{Int}, Vector{Vector{Int}}, Dict{String, Vector{Int}},
          ComplexF64, BitVector, Vector{<:Integer}, NTuple{4, Int}, Dict, Union{Int, Nothing}, Complex{Int},
          DenseVector{Float64}, Array{Int, 3})
    display(T)
end
println(Vector{Int}, " ", [Vector{Int}])
show(IOContext(stdout, :compact => true), MIME"text/plain"(), Vector{Int}); println()
# T.instance: a singleton type's one value (a function's type, a field-less immutable struct)
struct Single end
module Mod; f() = 1; end
println(typeof(sum).instance === sum, " ", typeof(Mod.f).instance === Mod.f, " ", Single.instance, " ", typeof(+).instance(1, 2))
println(Nothing.instance === nothing, " ", Missing.instance === missing)
mutable struct Mut end
for T in (Int, Vector{Int}, Mut)
    try T.instance catch e; println(T, " ", e) end
end
