"""
    Random

Seeding, permutations and the other samplers; `rand` and `randn` themselves are in Base. Each
thread has its own Xoshiro256++ generator, seeded and drawn from as Julia 1.10 does, so a seed
gives Julia's stream.
"""
module Random

import Base: AbstractRNG, TaskLocalRNG, Xoshiro, MersenneTwister, default_rng, rand!, randn!, randstring, bitrand, randexp, randexp!
export AbstractRNG, TaskLocalRNG, Xoshiro, MersenneTwister, rand!, randn!, randstring, bitrand, shuffle, shuffle!, randperm,
    randperm!, randcycle, randcycle!, randexp, randexp!, randsubseq, randsubseq!, RandomDevice

"""
    RandomDevice()

A generator that draws every number from the operating system's entropy source (through the
JDK's `SecureRandom`): not reproducible, and it has no seed. UUIDs uses it by default.
"""
struct RandomDevice <: AbstractRNG end
Base._rand_u64(::RandomDevice) = Base._os_random_u64()
Base.show(io::IO, ::RandomDevice) = print(io, "RandomDevice()")

"""
    Random.seed!([rng], [seed])

Reseeds the current thread's generator (or `rng`) from a non-negative integer (or a vector of
`UInt32`/`UInt64` words) as Julia 1.10 does: what `rand` returns afterwards is Julia's stream for
that seed. Without a seed, a random one. Returns the generator.
"""
seed!(seed::Union{Integer, Vector{UInt32}, Vector{UInt64}}) = Base._seed_task_local!(seed)
seed!() = (Base._rand_set_state!(Base._entropy_words()...); TaskLocalRNG())
seed!(rng::TaskLocalRNG, seed) = seed!(seed)
seed!(rng::Xoshiro, seed::Union{Integer, Vector{UInt32}, Vector{UInt64}}) = Base._seed!(rng, seed)
seed!(rng::MersenneTwister, seed::Union{Integer, Vector{UInt32}}) = Base._seed!(rng, seed)
seed!(rng::MersenneTwister) = Base._seed!(rng, nothing)
function seed!(rng::Xoshiro)
    rng.s0, rng.s1, rng.s2, rng.s3 = Base._entropy_words()
    rng.s4 = Base._state4(rng.s0, rng.s1, rng.s2, rng.s3)
    rng
end

# uniform in 0:n-1 from the top 52 bits of draws, masked (mask + 1 a power of two at least n) and
# redrawn until in range: Julia's sampler for permutations
function _ltm52(rng::AbstractRNG, n::Integer, mask::UInt64)
    while true
        y = Base._rand_u52(rng) & mask
        y < n && return Int(y)
    end
end

"""
    shuffle!([rng], v::AbstractVector)

Permutes `v` randomly in place (Fisher–Yates from the end, as Julia 1.10); returns `v`.
"""
function shuffle!(rng::AbstractRNG, v::AbstractVector)
    n = length(v)
    n <= 1 && return v
    mask = UInt64(nextpow(2, n) - 1)
    for i in n:-1:2
        (mask >> 1) == i && (mask >>= 1)
        j = 1 + _ltm52(rng, i, mask)
        v[i], v[j] = v[j], v[i]
    end
    v
end
shuffle!(v::AbstractVector) = shuffle!(TaskLocalRNG(), v)

"""
    shuffle([rng], v::AbstractVector)

A randomly permuted copy of `v`.
"""
shuffle(rng::AbstractRNG, v::AbstractVector) = shuffle!(rng, v isa AbstractRange ? collect(v) : copy(v))
shuffle(v::AbstractVector) = shuffle(TaskLocalRNG(), v)

"""
    randperm([rng], n::Integer), randperm!([rng], a)

A random permutation of `1:n` (into `a`), built as Julia builds it (inside-out Fisher–Yates).
"""
randperm!(rng::AbstractRNG, a::AbstractVector{<:Integer}) = _inside_out!(rng, a, false)
# Julia's inside-out Fisher–Yates: position i takes a random earlier one's value and gives it i
# (j drawn from 1:i, or from 1:i-1 for a single cycle: Sattolo's algorithm); mask + 1 is a power
# of two at least i
function _inside_out!(rng::AbstractRNG, a::AbstractVector{<:Integer}, cyclic::Bool)
    n = length(a)
    n == 0 && return a
    a[1] = 1
    mask = UInt64(3)
    for i in 2:n
        j = 1 + _ltm52(rng, cyclic ? i - 1 : i, mask)
        i != j && (a[i] = a[j])
        a[j] = i
        i == 1 + mask && (mask = 2 * mask + 1)
    end
    a
end
randperm(rng::AbstractRNG, n::Integer) = randperm!(rng, Vector{typeof(n)}(undef, n))
randperm(n::Integer) = randperm(TaskLocalRNG(), n)
randperm!(a::AbstractVector{<:Integer}) = randperm!(TaskLocalRNG(), a)

"""
    randcycle([rng], n::Integer), randcycle!([rng], a)

A random cyclic permutation of `1:n` (one cycle through all of them; Sattolo's algorithm).
"""
randcycle!(rng::AbstractRNG, a::AbstractVector{<:Integer}) = _inside_out!(rng, a, true)
randcycle(rng::AbstractRNG, n::Integer) = randcycle!(rng, Vector{typeof(n)}(undef, n))
randcycle(n::Integer) = randcycle(TaskLocalRNG(), n)
randcycle!(a::AbstractVector{<:Integer}) = randcycle!(TaskLocalRNG(), a)

"""
    randsubseq([rng], A, p), randsubseq!([rng], S, A, p)

The elements of `A` each kept with probability `p`, in order (into `S`).
"""
function randsubseq!(rng::AbstractRNG, S::AbstractVector, A::AbstractArray, p::Real)
    0 <= p <= 1 || throw(ArgumentError(string("probability ", p, " not in [0,1]")))
    n = length(A)
    empty!(S)
    p == 1 && return append!(S, A)
    p == 0 && return S
    if p > 0.15
        for i in 1:n
            rand(rng) <= p && push!(S, A[i])
        end
    else
        # the gaps between kept elements are geometric: drawn from exponentials
        L = -1 / log1p(-p)
        i = 0
        while true
            s = randexp(rng) * L
            s >= n - i && return S
            i += ceil(Int, s)
            push!(S, A[i])
        end
    end
    S
end
randsubseq!(S::AbstractVector, A::AbstractArray, p::Real) = randsubseq!(TaskLocalRNG(), S, A, p)
randsubseq(rng::AbstractRNG, A::AbstractArray{T}, p::Real) where {T} = randsubseq!(rng, T[], A, p)
randsubseq(A::AbstractArray, p::Real) = randsubseq(TaskLocalRNG(), A, p)

end
