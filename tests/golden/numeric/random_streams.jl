# Julia 1.10's random streams: seeding (SHA-256 of the seed's words), scalar conversions, range
# sampling (Lemire), tuples, bulk array filling, the ziggurat randn/randexp, permutations. The
# values marked "docs" are printed in Julia's documentation; the others follow the same rules.
using Random
Random.seed!(1234)   # docs: Random.seed! and Xoshiro docstrings
println([rand() for _ in 1:15])
println(rand(Xoshiro(1234), 2))
# docs (Random's docstrings and manual, 1.7-1.11): the next twelve lines
Random.seed!(3); println(randstring())
println(randstring(Xoshiro(3), 'a':'z', 6))
println(rand!(Xoshiro(123), zeros(5)))
println(randn!(Xoshiro(123), zeros(5)))
rng = Xoshiro(123); println(randn(rng, Float32)); println(randn(rng, ComplexF32, (2, 3)))
println(randexp!(Xoshiro(123), zeros(5)))
rng = Xoshiro(123); println(randexp(rng, Float32)); println(randexp(rng, 3, 3))
println(bitrand(Xoshiro(123), 10))
println(randsubseq(Xoshiro(123), 1:8, 0.3))
println(randperm(Xoshiro(123), 4), " ", randcycle(Xoshiro(123), 6))
println(rand(Xoshiro(2), Float64))
# Julia 1.10's backward Fisher-Yates (1.11 changed it: its docs show another permutation)
println(shuffle(Xoshiro(123), Vector(1:10)))
# the same rules, checked against an independent implementation of them
r = Xoshiro(1234); println([rand(r, 1:6) for _ in 1:10], " ", rand(Xoshiro(1234), 1:6, 10))
r = Xoshiro(1234); println([rand(r, 1:100) for _ in 1:5], " ", [rand(r, -5:5) for _ in 1:5])
println(rand(Xoshiro(1234), 20))
println(rand(Xoshiro(1234), Float32, 5), " ", rand(Xoshiro(1234), Int32, 5), " ", rand(Xoshiro(1234), UInt8, 10))
println(join(Int.(rand(Xoshiro(1234), Bool, 20))), " ", join(Int.(bitrand(Xoshiro(1234), 70))))
println(randn(Xoshiro(1234), 10))
println(randexp(Xoshiro(1234), 10))
println(Xoshiro(1234))
Random.seed!(1234)   # docs: Random.seed! and Xoshiro docstrings
println(rand(), " ", rand(1:6), " ", randn(), " ", rand(10), " ", rand(), " ", randperm(5), " ", shuffle(1:5), " ", randn(8), " ", rand())
f(c) = (r = Xoshiro(1234); [rand(r, c) for _ in 1:5])
println(f(-5:5), " ", f([10, 20, 30]), " ", f((10, 20, 30)), " ", f((10, 20)), " ", f((1, 2, 3, 4)), " ", f((1, 2, 3, 4, 5)))
g(T) = rand(Xoshiro(1234), T)
println(g(Float32), " ", g(Float16), " ", g(Bool), " ", g(Int64), " ", g(UInt32), " ", g(Int8), " ", g(UInt128))
println(shuffle(Xoshiro(1234), 1:10), " ", randperm(Xoshiro(1234), 10), " ", randcycle(Xoshiro(1234), 10), " ", shuffle(Xoshiro(1234), 1:16), " ", shuffle(Xoshiro(42), 1:5))
println(randstring(Xoshiro(1234)), " ", randstring(Xoshiro(1234), 12), " ", randsubseq(Xoshiro(1234), 1:20, 0.1), " ", randsubseq(Xoshiro(1234), 1:20, 0.5))
r = Xoshiro(1234); println([randn(r) for _ in 1:5]); r = Xoshiro(1234); println([randexp(r) for _ in 1:5])
println(rand(Xoshiro(1234), Int64, 3), " ", rand(Xoshiro(1234), Int32, 1), " ", rand(Xoshiro(1234), 'a':'z', 4), " ", rand(Xoshiro(1234), "hello"))
r = Xoshiro(1234); rand(r, 20); println(r)
println(rand(Xoshiro(5), Int128(1):Int128(10), 4), " ", rand(Xoshiro(5), UInt8(1):UInt8(200), 4), " ", rand(Xoshiro(5), false:true, 4))
println(Xoshiro(1234) == Xoshiro(1234), " ", copy(Xoshiro(1)) == Xoshiro(1), " ", Random.seed!(Xoshiro(9), 1) == Xoshiro(1))
try Xoshiro(-1) catch e; println(e) end
# tasks draw from generators split from their creator's when created (the creator's stream goes on
# unchanged), so seeded threaded programs repeat exactly
Random.seed!(2)
ts = [Threads.@spawn rand(1:1000, 3) for _ in 1:4]
println(fetch.(ts), " ", rand() == rand(Xoshiro(2)))
