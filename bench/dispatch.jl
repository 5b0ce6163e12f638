# Dynamic dispatch on the element type of a Vector of an abstract type.
include("harness.jl")
abstract type Body end
struct Ball <: Body; r::Float64; end
struct Box <: Body; a::Float64; b::Float64; c::Float64; end
struct Rod <: Body; len::Float64; end
volume(x::Ball) = 4.18879 * x.r^3
volume(x::Box) = x.a * x.b * x.c
volume(x::Rod) = 0.0
const BODIES = Body[i % 3 == 0 ? Ball(1.0 + i % 4) : i % 3 == 1 ? Box(1.0, 2.0, 1.0 + i % 5) : Rod(i) for i in 1:300_000]
function total_volume(bodies)
    v = 0.0
    for b in bodies
        v += volume(b)
    end
    v
end
measure("dispatch", () -> total_volume(BODIES))
