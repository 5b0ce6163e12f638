# number text: the plain forms (parsed from bytes, printed without an exponent) and their edges
for s in ["1.5", "-2", "+3.", ".5", "1e5", "1E-3", "-0.0", "007.50", "1e", ".", "", " 1.5", "1.5 ", "0x1p3", "Inf", "-inf", "nan", "1_0", "١", "1.5f", "--1"]
    println(repr(s), " => ", repr(tryparse(Float64, s)), " ", repr(tryparse(Float32, s)))
end
for s in ["123", "-45", "+7", "0x1f", "0b11", " 12", "12 ", "999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "12a", "", "-", "+", "007", "1 2"]
    println(repr(s), " => ", repr(tryparse(Int, s)), " ", repr(tryparse(Int8, s)))
end
println(parse(Float64, SubString("x2.5", 2)), " ", parse(Int, SubString("x42", 2)), " ", parse(UInt8, "255"))
try
    parse(Int, "12x")
catch e
    println(e)
end
try
    parse(Float64, "1.2.3")
catch e
    println(e)
end
for x in [0.001, 0.0001, 0.00099, 1.0, 100.0, 123456.0, 999999.9, 1e6, 1234567.0, -0.5, 1 / 3, 2 / 3 * 1000, 0.1 + 0.2, -123.456, 5e-324, 1e-5, -1e-3, 0.0, -0.0, 1e15, 1e16, 12345.678]
    print(x, " ", string(x), " ")
end
println()
