# T.name is a Core.TypeName shared by a family's types; Union's fields a and b
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
struct Pt{T}
    x::T
    y::T
end
t(() -> (Int.name, typeof(Int.name), repr(Vector{Int}.name)))
t(() -> (Vector{Int}.name.name, Vector{Int}.name.wrapper, Vector{Int}.name.module))
t(() -> Dict{Int,String}.name === Dict{String,Int}.name)
t(() -> Vector{Int}.name === Matrix{Int}.name)
t(() -> Int.name === Int8.name)
t(() -> (Pt{Int}.name, Pt{Int}.name.wrapper, Pt{Int}.name.module))
t(() -> Pt{Int}.name.wrapper{Float64}(1, 2))             # strip the parameters, apply others
t(() -> (Base.typename(Vector), Base.typename(Union{Vector{Int}, Vector{Float64}})))
t(() -> Base.typename(Union{Int, Float64}))
t(() -> [Int.name, Pt{Int}.name])
u = Union{Int, String, Float64}
t(() -> (u.a, u.b, u.b.b))
