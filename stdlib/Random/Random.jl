"""
    Random

Seeding and permutations; `rand` and `randn` themselves are in Base. Each thread has its own
Xoshiro256++ generator (Julia's default family; the seeding differs, so a seed gives another
stream than in Julia).
"""
module Random

import Base: AbstractRNG, TaskLocalRNG, Xoshiro, MersenneTwister, default_rng, rand!, randn!, randstring, bitrand
export AbstractRNG, TaskLocalRNG, Xoshiro, MersenneTwister, rand!, randn!, randstring, bitrand, shuffle, shuffle!, randperm

"""
    Random.seed!(seed::Integer)

Reseed the current thread's generator: what `rand` returns afterwards is the same every time.
"""
function seed!(seed::Integer)
    Base._rand_seed!(Int64(seed))
    nothing
end
seed!(rng::Union{Xoshiro, MersenneTwister}, seed::Integer) = Base._seed_state!(rng, seed)

"""
    shuffle!(v::AbstractVector)

Permute `v` randomly in place (Fisher–Yates); returns `v`.
"""
function shuffle!(rng::AbstractRNG, v::AbstractVector)
    for i in length(v):-1:2
        j = rand(rng, 1:i)
        v[i], v[j] = v[j], v[i]
    end
    v
end
shuffle!(v::AbstractVector) = shuffle!(TaskLocalRNG(), v)

"""
    shuffle(v::AbstractVector)

A randomly permuted copy of `v`.
"""
shuffle(rng::AbstractRNG, v::AbstractVector) = shuffle!(rng, v isa AbstractRange ? collect(v) : copy(v))
shuffle(v::AbstractVector) = shuffle(TaskLocalRNG(), v)

"""
    randperm(n::Integer)

A random permutation of `1:n`.
"""
randperm(rng::AbstractRNG, n::Integer) = shuffle!(rng, collect(1:Int64(n)))
randperm(n::Integer) = randperm(TaskLocalRNG(), n)

end
