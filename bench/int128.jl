# Int128 intermediates: a multiplicative generator modulo the Mersenne prime 2^61 - 1.
include("harness.jl")
const P = (Int64(1) << 61) - 1
function lcg128(x, n)
    for _ in 1:n
        x = Int64(mod(Int128(x) * 48271 + 11, P))
    end
    x
end
measure("int128", () -> lcg128(12345, 1_000_000))
