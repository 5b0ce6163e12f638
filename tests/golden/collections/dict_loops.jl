# A for loop over a Dict, its keys or values, or a Set scans the table's slots directly; the order
# and elements are iterate's (collect uses iterate).
d = Dict(string(c) => i for (i, c) in enumerate("julia"))
looped = Any[]
for p in d
    push!(looped, p)
end
println(looped == collect(d), " ", typeof(first(looped)))
ks = Any[]; vs = Any[]
for k in keys(d); push!(ks, k); end
for v in values(d); push!(vs, v); end
println(ks == collect(keys(d)), " ", vs == collect(values(d)))
s = Set([10, 20, 30])
xs = Int[]
for x in s; push!(xs, x); end
println(sort(xs), " ", xs == collect(s))
da = Dict{Any, Float64}(1 => 2.0)
for p in da
    println(p, " ", typeof(p))
end
for (k, v) in Dict{Int, Int}()
    println("never")
end
e = Dict(i => i for i in 1:6)
seen = Int[]
for (k, v) in e
    k == 2 && delete!(e, 3)
    push!(seen, k)
end
println(length(seen), " ", 3 in seen ? "3 seen before deletion" : "3 skipped")
total = 0
for (k, v) in Dict(i => 2i for i in 1:1000)
    global total += k * v
end
println(total)
# Dict() and Set() hold keys of any type: Int64 and String keys take the runtime's probe, which
# still finds an equal key of another type (isequal(1, 1.0)) and rehashes mixed keys as Julia
m = Dict()
m[1.0] = "float"
m[1] = "int"                  # the same key: replaces the value, and the key, as Julia does
println(m, " ", length(m))
m["a"] = 2
m[:s] = 3
m[2.5] = 4
m[big(7)] = 5
for i in 1:200
    m[i] = i
end
println(length(m), " ", m[1.0], " ", m[2.5], " ", m[:s], " ", m["a"], " ", haskey(m, 3.0), " ", get(m, 200, 0), " ", m[7])
delete!(m, 5)
println(haskey(m, 5), " ", length(m), " ", haskey(m, Int8(6)))
st = Set()
push!(st, 1); push!(st, 1.0); push!(st, "x"); push!(st, 0x01)
println(length(st), " ", 1.0 in st, " ", "x" in st, " ", 2 in st)
