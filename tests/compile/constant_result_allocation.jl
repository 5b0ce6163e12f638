# Run by bin/test with --engine.TraceCompilation: prints true once `probe` runs compiled without
# allocating, and `probe` must compile at most a few times on the way.
# A polymorphic call inlined three ways, one method returning a constant: the constant's box
# (one object the AST held) met the other methods' computed boxes where the paths join, so escape
# analysis had to allocate those (16 bytes an iteration, Int64 and Float64 alike). Constants are
# now boxed where used in compiled code, and boxes allocated alike merge and vanish.
abstract type Body end
struct Ball <: Body; r::Float64; end
struct Box <: Body; a::Float64; b::Float64; c::Float64; end
struct Rod <: Body; n::Int; end
volume(x::Ball) = 4.0 * x.r * x.r * x.r
volume(x::Box) = x.a * x.b * x.c
volume(x::Rod) = 0.0
count(x::Ball) = 1
count(x::Box) = 2 + trunc(Int, x.a)
count(x::Rod) = 0
const BODIES = Body[i % 3 == 0 ? Ball(1.0 + i % 4) : i % 3 == 1 ? Box(1.0, 2.0, 1.0 + i % 5) : Rod(i) for i in 1:300]
function probe(n)
    v = 0.0
    k = 0
    for i in 1:n
        b = BODIES[i % 300 + 1]
        v += volume(b)
        k += count(b)
    end
    v + k
end
include("compiled_allocation.jl")
report_compiled_allocation(probe)
