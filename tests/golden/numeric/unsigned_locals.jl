# Locals of every integer type keep their type whether the slot holds them unboxed or not,
# including when one variable holds several types in turn.
function wraps()
    x = UInt8(200)
    x += UInt8(100)
    a = x
    x = 5
    y = Int16(-3)
    y *= Int16(1000)
    z = UInt16(65535)
    z += UInt16(2)
    w = typemax(UInt64)
    w += UInt64(2)
    (a, x, y, z, w)
end
println(wraps())

function changes()
    v = Int32(7)
    v += Int32(1)
    first = v
    v = UInt32(8)
    v *= UInt32(3)
    second = v
    v = Int8(-1)
    (first, second, v, typeof(first), typeof(second), typeof(v))
end
println(changes())

function reverse_changes()
    u = UInt32(1)
    u -= UInt32(2)        # wraps to typemax(UInt32)
    before = u
    u = Int32(-2)
    u += Int32(1)
    (before, u)
end
println(reverse_changes())

# a loop-carried UInt32 (FNV-1a) and UInt64 accumulator, run long enough to be compiled
function fnv1a(buf)
    h = 0x811c9dc5
    for b in buf
        h = xor(h, UInt32(b)) * 0x01000193
    end
    h
end
function sum64(n)
    s = UInt64(0)
    for k in 1:n
        s += UInt64(k) * 0x9e3779b97f4a7c15
    end
    s
end
buf = UInt8[(i * 37) % 256 for i in 1:200_000]
for i in 1:3
    println(fnv1a(buf), " ", sum64(100_000), " ", fnv1a(UInt8[0x61]), " ", fnv1a(UInt8[]))
end
