# A Float32 dot product with a Float32 accumulator.
include("harness.jl")
const X = Float32[(i % 17) / 16 for i in 1:1_000_000]
const Y = Float32[(i % 13) / 12 for i in 1:1_000_000]
function dot32(x, y)
    s = 0.0f0
    for i in 1:length(x)
        s += x[i] * y[i]
    end
    s
end
measure("f32dot", () -> dot32(X, Y))
