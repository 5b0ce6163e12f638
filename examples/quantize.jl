# Low-precision inference style: Float32 weights quantized to Int8 with a scale, stored as
# Float16 too, and the error each representation costs.

# Deterministic "weights": a 64-bit LCG mapped to [-1, 1).
function weights(n)
    w = Vector{Float32}(undef, n)
    x = 12345
    for i in 1:n
        x = x * 6364136223846793005 + 1442695040888963407
        w[i] = Float32((x >>> 11) / 2.0^53 * 2 - 1)
    end
    w
end

# Symmetric per-tensor quantization: q = round(w / scale), clamped to Int8's range.
function quantize(w::Vector{Float32})
    scale = maximum(abs.(w)) / 127f0
    q = Vector{Int8}(undef, length(w))
    for i in eachindex(w)
        q[i] = round(Int8, clamp(w[i] / scale, -127f0, 127f0))
    end
    q, scale
end

dequantize(q::Vector{Int8}, scale::Float32) = Float32.(q) .* scale

w = weights(1000)
q, scale = quantize(w)
println("scale = ", scale, " (", typeof(scale), ")")
println("first weights: ", w[1:4])
println("quantized:     ", q[1:4])

# A naive conversion refuses values that do not fit: Int8 has no 300.
try
    Int8(300.0f0)
catch e
    println("naive Int8(300.0f0): ", sprint(showerror, e))
end
# ... and values that are not integers.
try
    Int8(2.5f0)
catch e
    println("naive Int8(2.5f0): ", sprint(showerror, e))
end

w8 = dequantize(q, scale)
w16 = Float16.(w)
err8 = maximum(abs.(w8 .- w))
err16 = maximum(abs.(Float32.(w16) .- w))
println("max error Int8:    ", err8, "  (bound scale/2 = ", scale / 2, ")")
println("max error Float16: ", err16)
println("Int8 within bound: ", err8 <= scale / 2 * 1.0001f0)
println("bytes: Float32 ", sizeof(Float32) * length(w), ", Float16 ", sizeof(Float16) * length(w16), ", Int8 ", sizeof(Int8) * length(q))
