# Type reflection odds and ends: UnionAll/TypeVar fields, typeintersect, nameof, kinds as
# static parameters, Some/something, and builtins given arguments they have no method for.
struct Point{T<:Real}
    x::T
    y::T
end
println(Point.body, " ", Point.var, " ", Point.var.ub, " ", Point.var.name, " ", nameof(Point), " ", nameof(Point{Int}))
println(isconcretetype(Point{Int}), " ", isabstracttype(Real), " ", fieldtype(Point{Int}, :x), " ", fieldcount(Point{Int}))
println(typeintersect(Union{Int, String}, Integer), " ", typeintersect(Real, Int8), " ", typeintersect(Integer, AbstractFloat), " ",
        typeintersect(Union{Int8, Float64, String}, Real))

# x::T given a type: T is the type's kind, as in Julia; ::Type{T} gives the type itself
kind(x::T) where {T} = T
itself(::Type{T}) where {T} = T
println(kind(Int), " ", kind(Union{Int, String}), " ", kind(Vector), " ", itself(Int), " ", kind(1))
println(typeof(Int => 1), " ", typeof((Int, 1)), " ", typeof([Int, Float64]), " ", typeof(Some(Int)))
same(x::T, y::T) where {T} = "same $T"
same(x, y) = "different"
println(same(Int, Float64), " ", same(1, 2), " ", same(1, 2.0))

println(something(nothing, Some(nothing), 2), " ", something(nothing, 3), " ", Some(1), " ", Some(nothing).value)
try
    something(nothing)
catch e
    println(e)
end
for bad in (() -> nameof(1), () -> fieldnames(1))
    try
        bad()
    catch e
        println(typeof(e))
    end
end

# hasmethod and which take the argument types as a tuple type
two(x, y) = 1
one(x::Int) = 2
println(hasmethod(two, Tuple{Int, Int}), " ", hasmethod(two, Tuple{Int}), " ", hasmethod(one, Tuple{Int}), " ",
        hasmethod(one, Tuple{String}), " ", hasmethod(+, Tuple{Int8, Int8}))
println(which(one, Tuple{Int}) === first(methods(one)), " ", repr(which(two, Tuple{Int, String}))[1:12])
try
    which(one, Tuple{String})
catch e
    println(e)
end
# typejoin of two instances of one type keeps the parameters that agree (Julia's short spelling)
println(typejoin(Vector{Int}, Vector{Float64}), " ", typejoin(Dict{Int,String}, Dict{Int,Int}), " ", typejoin(Tuple{Int,Int}, Tuple{Float64,Int}))
println([[1], [1.0]], " ", [(1, 2), (1.0, 2)], " ", Dict{K, Int} where K, " ", Vector{T} where T<:Real)
struct HF; a::Int; b; end
println(hasfield(HF, :a), " ", hasfield(HF, :c), " ", hasproperty(HF(1, 2), :b))
# fields of tuple and named tuple types: positions and names
NT = typeof((a = 1, b = 2.0))
println(fieldnames(NT), " ", fieldcount(NT), " ", fieldtype(NT, :b), " ", fieldtypes(NT))
println(fieldnames(Tuple{Int, Float64}), " ", fieldtypes(Tuple{Int, Float64}), " ", fieldtype(Tuple{Int, Float64}, 2))
println(propertynames((a = 1, b = 2)), " ", hasproperty((a = 1,), :a), " ", propertynames((1, 2)))
try fieldnames(Tuple{Vararg{Int}}) catch e; println(sprint(showerror, e)) end
# typeintersect of a UnionAll with an instance of one of its supertypes
println(typeintersect(Vector{<:Real}, AbstractVector{Int}), " ", typeintersect(AbstractVector{Int}, Vector{<:Real}), " ", typeintersect(Vector{<:Integer}, AbstractVector{Float64}), " ", typeintersect(Dict{String}, AbstractDict{String, Int}), " ", typeintersect(Real, Union{Int, String}), " ", typeintersect(Int, Float64), " ", typeintersect(Vector, AbstractArray{Int, 1}))
