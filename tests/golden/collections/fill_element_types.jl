# zeros, ones, fill and fill! for every element type (a UInt64 array's fill! failed: its longs are UInt64 values)
for T in (Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128, Float16, Float32, Float64, Bool, Char, BigInt)
    z = T === Char ? fill('a', 2) : zeros(T, 2)
    o = T === Char ? fill('b', 1, 2) : ones(T, 1, 2)
    f = fill(T === Char ? 'c' : T === Bool ? true : T(3), 2)
    v = Vector{T}(undef, 2); fill!(v, T === Char ? 'd' : T(1))
    println(T, " ", z, " ", o, " ", f, " ", v)
end
