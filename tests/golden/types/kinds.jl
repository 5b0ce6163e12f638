# The kinds DataType, Union and UnionAll are subtypes of Type (their supertype is Type{T}), as
# in Julia; a Type{X} naming its parameter holds exactly the type X.
println(DataType <: Type, " ", Union <: Type, " ", UnionAll <: Type, " ", TypeVar <: Type)
println(supertype(DataType), " ", supertype(UnionAll), " ", supertype(supertype(Union)))
println(DataType <: Type{Int}, " ", Type{Int} <: DataType, " ", DataType <: Type{<:Integer})
println(typejoin(Union, DataType), " ", typejoin(DataType, Int), " ", typejoin(Type{Int}, Type{Float64}))
println(typeof([Int, Vector]), " ", typeof([Int, Float64]), " ", typeof(Any[Int, Union{Int, String}]))
kind(::DataType) = "DataType"
kind(::Type) = "some other Type"
kind(x) = "not a type"
println(kind(Int), " | ", kind(Vector), " | ", kind(Union{Int, String}), " | ", kind(1))
takes_type(t::Type) = t
println(takes_type(Vector{Int}), " ", typeof(typeof(Int)) <: Type)
