# MersenneTwister draws Julia 1.10's numbers (dSFMT-19937 and Julia's caches). Expected values
# are Julia's own: docstrings of Julia's Random (RNGs.jl, misc.jl, normal.jl) and its tests
# (stdlib/Random/test/runtests.jl), and issue JuliaLang/julia#56055 for a range on 1.10.5.
using Random

# floats: the cache, the array paths (small from the cache, large straight from the generator)
rng = MersenneTwister(1234)
println(rand(rng, 2))
println(rand!(MersenneTwister(1234), zeros(5)))
println(rand(MersenneTwister(0)), " ", rand(MersenneTwister(42)), " ", rand(MersenneTwister(5294967296)))
println(rand!(MersenneTwister(0), zeros(2, 2)))
mt = MersenneTwister(0)
AF64 = Vector{Float64}(undef, 381)
println(rand!(mt, AF64)[end], " ", rand!(mt, AF64)[end])
mt = MersenneTwister(0); rand(mt)
A = rand!(mt, zeros(1000))
println(A[end-4:end])

# integers: arrays of 128-bit words, filled as Julia's rand! (an empty fill included)
mt = MersenneTwister(0)
A128 = Vector{UInt128}()
println(length(rand!(mt, A128)))
for n in [1, 3, 5, 6, 10, 11, 30]
    resize!(A128, n)
    rand!(mt, A128)
    println(n, " ", repr(A128[end]))
end
println(rand!(MersenneTwister(0), zeros(Int64, 2, 2)))
println(rand(MersenneTwister(0), Int, 2))
# the integer cache: bitrand draws one UInt64 after filling the float cache
println(bitrand(MersenneTwister(1234), 10))
rng = MersenneTwister(); Random.seed!(rng, 1)
println(rand(rng, 1:100))

# normal and exponential
println(randn(MersenneTwister(42)))
println(randn!(MersenneTwister(42), zeros(2, 2)))
rng = MersenneTwister(1234)
println(randn(rng, ComplexF64))
println(round.(randn(rng, ComplexF32, (2, 3)), digits = 4))
println(randn!(MersenneTwister(1234), zeros(5)))
println(randexp(MersenneTwister(1234), Float32))
println(randexp!(MersenneTwister(1234), zeros(5)))

# permutations, subsequences, strings
println(shuffle(MersenneTwister(1234), Vector(1:10)))
println(shuffle!(MersenneTwister(1234), Vector(1:16)))
println(shuffle(MersenneTwister(1), [1, 2, 3, 4]))
println(randperm(MersenneTwister(1234), 4), " ", randperm(MersenneTwister(1), 4))
println(randcycle(MersenneTwister(1234), 6))
println(randsubseq(MersenneTwister(1234), 1:8, 0.3))
println(randstring(MersenneTwister(3), 'a':'z', 6))

# show counts what was drawn, and that form rebuilds the generator
m = MersenneTwister(0); rand(m, Int64); rand(m)
println(m)
# a seed above typemax(Int) shows in hex, as Julia 1.10 prints it ("0x" * string(seed, base = 16))
m = MersenneTwister(0x0ecfd77f89dcd508caa37a17ebb7556b); rand(m, Int64)
println(m)
println(MersenneTwister(123))
a = MersenneTwister(7); rand(a, 1500); rand(a, Int); rand(a, 1:3)
b = eval(Meta.parse(repr(a)))
println(b == a, " ", rand(a, 10) == rand(b, 10), " ", rand(a, UInt128) == rand(b, UInt128))
println(copy(a) == a, " ", MersenneTwister(1) == Random.seed!(MersenneTwister(5), 1))

