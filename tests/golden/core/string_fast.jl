# string(...) and interpolation of numbers, strings, chars, symbols and Bools are made in one
# step; anything else prints through an IOBuffer. Both must read as Julia's print.
println(string(1, 2.5, "x", :s, true, 'c', Int8(-3), UInt8(200), Float32(1.5), Float16(2), Int128(5), 0x10))
println(string(nothing, [1], 1 // 2, 1e20, -0.0, NaN, -Inf, missing, (1, "a")))
struct Celsius
    t::Float64
end
Base.print(io::IO, c::Celsius) = print(io, c.t, "°C")
println("today: $(Celsius(21.5)), $(typemin(Int)) $(typemax(UInt64)) $(2^62)")
println(string(-5, base = 16), " ", string(5, pad = 3), " ", string(-5, pad = 3), " ", string(255, base = 2))
for x in (5.0e-324, 1.0e-323, 2.2250738585072014e-308, 1.0e23, 0.1 + 0.2, 4.5, 1.0e-5, 123456.789, Float32(1.0e-45), Float32(0.1))
    print(x, " ")
end
println()
t = ("a", 1, 2.0, :b)
for x in t
    print(typeof(x), " ")
end
println()
# print/println of several plain values to a stream is one write; an IOContext keeps its own
# printing (compact floats)
buf = IOBuffer()
ctx = IOContext(buf, :compact => true)
print(ctx, 1 / 3, " ", 2.0, " ", "s")
println(String(take!(buf)))
println(buf, 1 / 3, 'é', :sym, -0.0, typemin(Int), true)
print(String(take!(buf)))
println(stdout, 1, "x", 'y', 2.5)
print(1, 2)
println()
println()
