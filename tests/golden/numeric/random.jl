# rand/randn: types, ranges, collections, dimensions, seeding, and rough uniformity.
using Random
println(all(0 <= rand() < 1 for _ in 1:1000), " ", all(0 <= rand(Float32) < 1 for _ in 1:1000), " ", rand(Float16) isa Float16)
println(typeof(rand(Int8)), " ", typeof(rand(UInt64)), " ", typeof(rand(Int128)), " ", rand(Bool) isa Bool)
println(all(rand(Int8(-2):Int8(2)) in -2:2 for _ in 1:200), " ", typeof(rand(Int8(1):Int8(3))), " ", rand(["only"]), " ", rand((7,)))
println(size(rand(2, 3)), " ", typeof(rand(Int16, 4)), " ", typeof(rand(1:9, 2, 2)), " ", typeof(randn(3)))
Random.seed!(2024); a = [rand(), rand(1:100), randn()]
Random.seed!(2024); b = [rand(), rand(1:100), randn()]
println(a == b, " ", sort(randperm(6)) == 1:6, " ", sort(shuffle(collect("abc"))) == ['a', 'b', 'c'])
counts = zeros(Int, 4)
for _ in 1:40000
    counts[rand(1:4)] += 1
end
println(all(9500 < c < 10500 for c in counts))
s = randn(100000)
m = sum(s) / length(s)
println(abs(m) < 0.02, " ", abs(sqrt(sum((s .- m) .^ 2) / length(s)) - 1) < 0.02)
try
    rand(1:0)
catch e
    println(typeof(e))
end
