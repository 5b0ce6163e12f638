# Dicts with Int64 keys above the small-integer range, and Dict{Any} mixing 1 and 1.0
d = Dict{Int,Int}()
for k in 1:3000
    d[k * 1000] = k
end
println(length(d), " ", d[5000], " ", get(d, 5001, -1), " ", haskey(d, 3_000_000), " ", haskey(d, 3_000_001))
for k in 1:1000
    d[k * 1000] += 1
end
println(d[1000], " ", d[999_000], " ", d[1_001_000], " ", sum(values(d)))
a = Dict{Any,Any}(1000 => "int", 2.5 => "float", "k" => "string", :s => "symbol", 'c' => "char")
println(a[1000], " ", a[1000.0], " ", a[2.5], " ", a["k"], " ", a[:s], " ", a['c'])
a[1000.0] = "replaced"
println(length(a), " ", a[1000], " ", haskey(a, 1000), " ", haskey(a, 1001), " ", get(a, 0x03e8, "none"))
b = Dict{Any,Int}()
for k in 200:260
    b[k] = k
    b[Float64(k) + 0.5] = -k
end
println(length(b), " ", b[250], " ", b[250.5], " ", b[Int32(230)], " ", get(b, 261, 0))
delete!(b, 230)
println(haskey(b, 230), " ", haskey(b, 230.0), " ", length(b))
