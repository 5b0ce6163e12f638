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
