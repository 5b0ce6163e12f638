# The fields of Julia 1.10's own kinds of types (DataType, UnionAll, Union, TypeVar), read with
# fieldnames, fieldcount, nfields and getfield; and where sin belongs (Base: Base.Math only
# extends it).
println(fieldnames(DataType))
println(fieldcount(DataType), " ", nfields(Int), " ", nfields(Vector))
println(fieldnames(UnionAll), " ", fieldnames(Union), " ", fieldnames(TypeVar))
u = Union{Int,String}
println(getfield(u, :a), " ", u.b, " ", getfield(Vector, :body), " ", Vector.var)
println(getfield(Int, :name), " ", getfield(Int, :super), " ", getfield(Pair{Int,Int}, :parameters))
println(hasfield(DataType, :parameters), " ", hasfield(DataType, :size))
println(parentmodule(sin), " ", parentmodule(+), " ", parentmodule(Int), " ", parentmodule(Dict))
println(nameof(sin), " ", nameof(Int), " ", nameof(Vector), " ", nameof(typeof(sin)))
