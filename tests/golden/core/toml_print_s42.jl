# TOML: TOML.print layout (Julia 1.10's stdlib/TOML/src/print.jl) and parse/print round trips
using TOML, Dates

d = Dict{String, Any}(
    "title" => "TOML \"Example\"\twith\\escapes\n\u0001",
    "int" => 42, "neg" => -7, "flt" => 1.5, "big" => 1.0e20, "small" => 2.5e-8,
    "pinf" => Inf, "ninf" => -Inf32, "nan" => NaN, "f32" => 0.1f0,
    "yes" => true, "no" => false,
    "u8" => 0x0f, "u64" => UInt64(255), "u16" => UInt16(256), "i128" => Int128(2)^100, "bigint" => big(2)^130, "i8" => Int8(-3),
    "date" => Date(2024, 1, 15), "dt" => DateTime(2024, 1, 15, 10, 30, 5, 250), "time" => Time(23, 59, 1),
    "arr" => [1, 2, 3], "strs" => ["a", "b c"], "empty" => [], "nested" => [[1, 2], ["x"]],
    "inline_in_array" => [Dict("k" => 1), 2],
    "key with space" => 1, "dotted.key" => 2, "" => 3, "bare-key_9" => 4, "ünï" => 5,
    "owner" => Dict("name" => "Tom", "dob" => Date(1979, 5, 27)),
    "only_tables" => Dict("inner" => Dict("x" => 1), "inner2" => Dict("y" => 2)),
    "empty_table" => Dict{String, Any}(),
    "products" => [Dict("name" => "Hammer", "sku" => 1), Dict("name" => "Nail", "dims" => Dict("len" => 3))],
    "servers" => Dict("alpha" => Dict("ip" => "10.0.0.1", "ports" => [80, 443]), "note" => "n"),
)

TOML.print(d; sorted = true)
println("-----")
io = IOBuffer()
TOML.print(io, d; sorted = true)
s = String(take!(io))
d2 = TOML.parse(s)
TOML.print(d2; sorted = true)
println("-----")
println(sort(collect(keys(d2))) == sort(collect(keys(d))))
println(d2["i128"], " ", typeof(d2["i128"]), " ", d2["u16"], " ", d2["dt"], " ", d2["time"])
# sorted by a key function
TOML.print(Dict("bb" => 1, "a" => 2, "ccc" => 3); sorted = true, by = length)
TOML.print(Dict("bb" => 1, "a" => 2, "ccc" => 3); sorted = true, by = x -> -length(x))
# unsorted: the dictionary's own order
TOML.print(Dict("x" => 1, "y" => Dict("z" => 2), "w" => [Dict("v" => 3)]))
# nested arrays of tables are indented
doc = """
[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
"""
TOML.print(TOML.parse(doc); sorted = true)
# a conversion function for other types
struct Point
    x::Int
    y::Int
end
TOML.print(x -> x isa Point ? [x.x, x.y] : string(x), Dict("p" => Point(1, 2), "s" => :sym, "ps" => [Point(3, 4)]); sorted = true)
TOML.print(stdout, Dict("a" => 1))
try
    TOML.print(Dict("s" => :sym))
catch e
    println(sprint(showerror, e))
end
try
    TOML.print(x -> nothing, Dict("s" => :sym))
catch e
    println(sprint(showerror, e))
end
println(TOML.print(IOBuffer(), Dict("a" => 1)) === nothing)
