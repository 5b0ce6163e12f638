# Element reads and writes for every typed array store: by index, by 2-D index, by iteration.
for T in (Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float16, Float32, Float64)
    v = T[1, 2, 3]
    v[2] = T(5)
    s = zero(T)
    for x in v
        s += x
    end
    m = T[1 2; 3 4]
    println(T, " ", repr(v[2]), " ", s, " ", typeof(s), " ", repr(m[1, 2]), " ", typeof(m[2, 1]))
end
a = Vector{Any}(undef, 2)
a[2] = "x"
try
    a[1]
catch e
    println(typeof(e))
end
for x in (try; [y for y in a]; catch e; [typeof(e)]; end)
    println(x)
end
