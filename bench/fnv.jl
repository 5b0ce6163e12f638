# UInt32 wraparound arithmetic over a byte buffer: FNV-1a hashing.
include("harness.jl")
const BUF = UInt8[(i * 31 + 7) % 256 for i in 1:1_000_000]
function fnv1a(buf)
    h = 0x811c9dc5
    for b in buf
        h = (h ⊻ UInt32(b)) * 0x01000193
    end
    h
end
measure("fnv", () -> fnv1a(BUF))
