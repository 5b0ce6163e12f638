# Structs of more than four fields, some of them numbers (kept unboxed: the Wide layout)
mutable struct Particle
    x::Float64; y::Float64; z::Float64
    vx::Float64; vy::Float64; vz::Float64
    name::String
end
struct Body
    x::Float64; y::Float64; z::Float64; m::Float64; id::Int; tag::Symbol
end
struct Flags
    a::Bool; b::Bool; c::Int32; d::Float32; e::Int64
end
p = Particle(1, 2, 3, 0.5, -0.5, 1.0, "p1")
for _ in 1:10
    p.x += p.vx; p.y += p.vy; p.z += p.vz
end
println(p.x, " ", p.y, " ", p.z, " ", p.name)
println(p)
p.name = "renamed"; p.vx = 2        # converted on store
println(p.vx, " ", typeof(p.vx), " ", p.name)
try
    p.vx = "fast"
catch e
    println(typeof(e))
end
try
    p.x = 1 + 2im
catch e
    println(typeof(e))
end
b = Body(1, 2, 3, 4.5, 7, :sun)
println(b)
println(b == Body(1.0, 2.0, 3.0, 4.5, 7, :sun), " ", b === Body(1.0, 2.0, 3.0, 4.5, 7, :sun), " ", isequal(b, Body(1, 2, 3, 4.5, 8, :sun)))
println(hash(b) == hash(Body(1.0, 2.0, 3.0, 4.5, 7, :sun)))
println(fieldnames(Body), " ", getfield(b, 5), " ", getfield(b, :tag), " ", nfields(b))
bodies = [Body(i, 2i, 3i, 1.0, i, :b) for i in 1:1000]
function energy(bs)
    e = 0.0
    for q in bs
        e += q.m * (q.x^2 + q.y^2 + q.z^2)
    end
    e
end
println(energy(bodies))
f = Flags(true, false, 5, 2.5, -9)
println(f, " ", f.c + f.e, " ", typeof(f.d), " ", f.a & !f.b)
d = Dict{Body,Int}(b => 1)
println(d[Body(1, 2, 3, 4.5, 7, :sun)], " ", haskey(d, bodies[1]))
x, y, z = b.x, b.y, b.z
println(x + y + z)
println(Particle(0, 0, 0, 0, 0, 0, "a") == Particle(0, 0, 0, 0, 0, 0, "a"))   # mutable: ===
