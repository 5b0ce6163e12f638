# show/print/string of every number type; string(x; base, pad), bitstring, parse/tryparse.
for x in (Int8(-5), Int16(300), Int32(7), 42, Int128(-1), 0x05, 0x0123, 0x00012345, 0x0000000123456789, UInt128(1), true)
    println(typeof(x), " ", repr(x), " ", string(x), " ", x)
end
for x in (1.0, -0.0, 0.1, 1.0e6, 123456.0, 1.0e-5, 0.0001, 5.0e-324, 1.7976931348623157e308, Inf, -Inf, NaN)
    println(repr(x), " ", string(x))
end
for x in (1.0f0, 1.5f-5, 1.0f6, 100000.0f0, 3.4028235f38, Inf32, -Inf32, NaN32, Float32(0.1))
    println(repr(x), " ", string(x))
end
for x in (Float16(1), Float16(0.1), Float16(100), Float16(1000), Float16(-2.5e-5), Inf16, -Inf16, NaN16, floatmin(Float16), nextfloat(Float16(0)))
    println(repr(x), " ", string(x))
end
println([Int8(1), Int8(-2)], " ", UInt8[1, 255], " ", Float32[1.5, 2], " ", [0x0001, 0x0002])
println(string(255, base = 16), " ", string(255, base = 2, pad = 12), " ", string(-10, base = 3), " ", string(0x0f, pad = 4))
println(string(Int8(-128), base = 16), " ", string(typemax(UInt128), base = 36), " ", string(7, base = 62))
println(bitstring(Int8(-2)), " ", bitstring(0x8001), " ", bitstring(1.0f0), " ", bitstring(-0.0))
println(bitstring(Int128(-1)) == "1"^128, " ", length(bitstring(UInt64(1))))
println(parse(Int, "123"), " ", parse(Int, " -42 "), " ", parse(UInt8, "ff", base = 16), " ", parse(Int16, "-0b101"), " ", parse(Int, "0x1F"))
println(parse(Int128, "-170141183460469231731687303715884105728"), " ", parse(UInt128, "340282366920938463463374607431768211455"))
println(parse(Float64, "1.5e3"), " ", parse(Float32, "0.1"), " ", repr(parse(Float16, "0.1")), " ", parse(Float64, "-Inf"), " ", parse(Float64, " nan "))
println(tryparse(Int8, "128"), " ", tryparse(Int, "12a"), " ", tryparse(Float64, "x"), " ", tryparse(UInt8, "-1"))
for s in ("300", "", "1 2", "abc", "-")
    try
        parse(Int8, s)
    catch e
        println(sprint(showerror, e))
    end
end
try
    parse(Float32, "1.2.3")
catch e
    println(sprint(showerror, e))
end
println(parse(Bool, "true"), " ", parse(Bool, "0"), " ", repr(typemax(Float16)), " ", eps(Float32), " ", eps(1.0), " ", eps(Float16(1000)))
println(floatmax(Float32), " ", floatmin(Float64), " ", repr(prevfloat(Float16(1))), " ", nextfloat(1.0), " ", prevfloat(0.0))
