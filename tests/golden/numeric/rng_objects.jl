# Random: generators of one's own (Xoshiro, MersenneTwister) give the same stream for the same seed; rand!, randn!, randstring, bitrand, shuffle of a range
using Random
r1 = Xoshiro(42); r2 = Xoshiro(42)
a = [rand(r1) for _ in 1:3]; b = [rand(r2) for _ in 1:3]
println(a == b, " ", all(0 .<= a .< 1), " ", rand(r1, 1:6) in 1:6, " ", length(rand(r1, 3)), " ", size(rand(r1, Int8, 2, 2)))
m = MersenneTwister(1234); x = rand(m, 1:100, 5); m2 = MersenneTwister(1234); println(x == rand(m2, 1:100, 5), " ", all(in(1:100), x))
println(sort(shuffle(1:5)), " ", sort(shuffle(MersenneTwister(1), [3, 1, 2])), " ", sort(randperm(Xoshiro(3), 4)))
println(length(randstring()), " ", length(randstring(Xoshiro(1), 12)), " ", all(isletter(c) || isdigit(c) for c in randstring(20)), " ", all(in("ab"), randstring("ab", 10)))
println(typeof(bitrand(5)), " ", length(bitrand(Xoshiro(1), 2, 3)), " ", length(rand!(zeros(4))), " ", rand!(Xoshiro(1), zeros(Int, 3), 7:7), " ", length(randn!(zeros(2))))
Random.seed!(r1, 42); println(rand(r1) == a[1], " ", copy(r1) == r1, " ", typeof(Random.default_rng()), " ", rand(Xoshiro(5), Bool) isa Bool, " ", randn(Xoshiro(5)) isa Float64)
Random.seed!(7); u = rand(); Random.seed!(7); println(u == rand(), " ", rand(Float32) isa Float32, " ", rand(UInt8) isa UInt8, " ", rand((1, 2)) in (1, 2), " ", rand("x"))
