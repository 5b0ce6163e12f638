# Random numbers: each thread draws from its own Xoshiro256++ (runtime/Xoshiro.java), seeded
# from the clock; `using Random; Random.seed!(n)` reseeds the current thread's generator. The
# generator family is Julia's, the seeding is not, so seeded streams differ from Julia's.

"""
    AbstractRNG

The supertype of random number generators: `rand(rng, ...)`, `randn(rng, ...)`, `shuffle(rng, v)`...
draw from `rng` instead of the current thread's generator.
"""
abstract type AbstractRNG end

"""
    TaskLocalRNG()

The current thread's generator, which `rand` without a generator draws from (`default_rng()`).
"""
struct TaskLocalRNG <: AbstractRNG end
default_rng() = TaskLocalRNG()
_rand_u64(::TaskLocalRNG) = reinterpret(UInt64, _rand_bits())

"""
    Xoshiro([seed]), MersenneTwister([seed])

A generator of its own, Xoshiro256++ (Julia's default family), seeded from an integer through
SplitMix64, so that the same seed gives the same stream on every run and thread (not Julia's
stream: its seeding differs). `MersenneTwister` is Julia's older generator's name for the same.
"""
mutable struct Xoshiro <: AbstractRNG
    s0::UInt64
    s1::UInt64
    s2::UInt64
    s3::UInt64
end
mutable struct MersenneTwister <: AbstractRNG
    s0::UInt64
    s1::UInt64
    s2::UInt64
    s3::UInt64
end
Xoshiro(seed::Integer) = _seed_state!(Xoshiro(0, 0, 0, 0), seed)
Xoshiro() = Xoshiro(rand(UInt64))
MersenneTwister(seed::Integer) = _seed_state!(MersenneTwister(0, 0, 0, 0), seed)
MersenneTwister() = MersenneTwister(rand(UInt64))
const _OwnRNG = Union{Xoshiro, MersenneTwister}
function _splitmix64(x::UInt64)
    x += 0x9e3779b97f4a7c15
    z = x
    z = (z ⊻ (z >> 30)) * 0xbf58476d1ce4e5b9
    z = (z ⊻ (z >> 27)) * 0x94d049bb133111eb
    (x, z ⊻ (z >> 31))
end
function _seed_state!(r::_OwnRNG, seed::Integer)
    x = UInt64(Int128(seed) & 0xffffffffffffffff)
    x, r.s0 = _splitmix64(x)
    x, r.s1 = _splitmix64(x)
    x, r.s2 = _splitmix64(x)
    x, r.s3 = _splitmix64(x)
    r
end
function _rand_u64(r::_OwnRNG)
    s0, s1, s2, s3 = r.s0, r.s1, r.s2, r.s3
    result = bitrotate(s0 + s3, 23) + s0
    t = s1 << 17
    s2 ⊻= s0
    s3 ⊻= s1
    s1 ⊻= s2
    s0 ⊻= s3
    s2 ⊻= t
    s3 = bitrotate(s3, 45)
    r.s0, r.s1, r.s2, r.s3 = s0, s1, s2, s3
    result
end
copy(r::T) where {T<:_OwnRNG} = T(r.s0, r.s1, r.s2, r.s3)
==(a::T, b::T) where {T<:_OwnRNG} = (a.s0, a.s1, a.s2, a.s3) == (b.s0, b.s1, b.s2, b.s3)

# Uniform in 0:m-1 for m > 0, without modulo bias (draws landing in the incomplete top block
# are rejected).
function _rand_below(rng::AbstractRNG, m::UInt64)
    while true
        u = _rand_u64(rng)
        r = u % m
        u - r <= typemax(UInt64) - (m - 0x0000000000000001) && return r
    end
end

"""
    rand([rng], [T=Float64])
    rand([rng], collection)
    rand([rng], [T or collection,] dims...)

A random value: a `Float64` in [0, 1) by default; of type `T` (every value of an integer type
equally likely, `Bool`, floats in [0, 1)); a random element of a collection or range
(`rand(1:6)`); with dimensions, an array of such values (`rand(3)`, `rand(Int8, 2, 2)`). With a
generator (`rand(Xoshiro(1), 1:6)`) it draws from that one.
"""
rand(rng::AbstractRNG) = (_rand_u64(rng) >>> 11) * 1.1102230246251565e-16
rand(rng::AbstractRNG, ::Type{Float64}) = rand(rng)
rand(rng::AbstractRNG, ::Type{Float32}) = Float32(_rand_u64(rng) >>> 40) * 5.9604645f-8
rand(rng::AbstractRNG, ::Type{Float16}) = Float16((_rand_u64(rng) >>> 53) * 0.00048828125)
rand(rng::AbstractRNG, ::Type{Bool}) = isodd(_rand_u64(rng))
rand(rng::AbstractRNG, ::Type{T}) where T<:Union{Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64} = _rand_u64(rng) % T
rand(rng::AbstractRNG, ::Type{T}) where T<:Union{Int128, UInt128} = ((UInt128(_rand_u64(rng)) << 64) | UInt128(_rand_u64(rng))) % T
function rand(rng::AbstractRNG, r::AbstractUnitRange{<:Integer})
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    convert(eltype(r), Int128(first(r)) + Int128(_rand_below(rng, UInt64(length(r)))))
end
function rand(rng::AbstractRNG, c::AbstractArray)
    isempty(c) && throw(ArgumentError("collection must be non-empty"))
    c[Int64(_rand_below(rng, UInt64(length(c)))) + 1]
end
rand(rng::AbstractRNG, c::Union{Tuple, AbstractString, AbstractDict, AbstractSet}) = rand(rng, collect(c))

function _rand_array(draw, T, dims)
    a = Vector{T}(undef, prod(dims))
    for i in 1:length(a)
        a[i] = draw()
    end
    length(dims) == 1 ? a : reshape(a, dims)
end
rand(rng::AbstractRNG, d::Integer, dims::Integer...) = _rand_array(() -> rand(rng), Float64, (Int64(d), map_tuple(Int64, dims)...))
rand(rng::AbstractRNG, T::Type, d::Integer, dims::Integer...) = _rand_array(() -> rand(rng, T), T, (Int64(d), map_tuple(Int64, dims)...))
rand(rng::AbstractRNG, c, d::Integer, dims::Integer...) = _rand_array(() -> rand(rng, c), eltype(c), (Int64(d), map_tuple(Int64, dims)...))

# without a generator: the current thread's
rand() = rand(TaskLocalRNG())
rand(T::Type) = rand(TaskLocalRNG(), T)
rand(c) = rand(TaskLocalRNG(), c)
rand(d::Integer, dims::Integer...) = rand(TaskLocalRNG(), d, dims...)
rand(c, d::Integer, dims::Integer...) = rand(TaskLocalRNG(), c, d, dims...)

"""
    randn([rng], [T=Float64], [dims...])

A normally distributed random number (mean 0, standard deviation 1), or an array of them.
"""
function randn(rng::AbstractRNG)
    # Marsaglia's polar method
    while true
        u = 2.0 * rand(rng) - 1.0
        v = 2.0 * rand(rng) - 1.0
        s = u * u + v * v
        if 0.0 < s < 1.0
            return u * sqrt(-2.0 * log(s) / s)
        end
    end
end
randn(rng::AbstractRNG, ::Type{Float64}) = randn(rng)
randn(rng::AbstractRNG, ::Type{Float32}) = Float32(randn(rng))
randn(rng::AbstractRNG, d::Integer, dims::Integer...) = _rand_array(() -> randn(rng), Float64, (Int64(d), map_tuple(Int64, dims)...))
randn(rng::AbstractRNG, T::Type, d::Integer, dims::Integer...) = _rand_array(() -> randn(rng, T), T, (Int64(d), map_tuple(Int64, dims)...))
randn() = randn(TaskLocalRNG())
randn(T::Type) = randn(TaskLocalRNG(), T)
randn(d::Integer, dims::Integer...) = randn(TaskLocalRNG(), d, dims...)
randn(T::Type, d::Integer, dims::Integer...) = randn(TaskLocalRNG(), T, d, dims...)

"""
    rand!([rng], A, [collection]), randn!([rng], A)

Fills `A` with random values of its element type (or elements of `collection`); returns `A`.
"""
function rand!(rng::AbstractRNG, A::AbstractArray, c = eltype(A))
    for i in 1:length(A)
        A[i] = c isa Type ? rand(rng, c) : rand(rng, c)
    end
    A
end
rand!(A::AbstractArray, c = eltype(A)) = rand!(TaskLocalRNG(), A, c)
function randn!(rng::AbstractRNG, A::AbstractArray)
    for i in 1:length(A)
        A[i] = randn(rng, eltype(A))
    end
    A
end
randn!(A::AbstractArray) = randn!(TaskLocalRNG(), A)

"""
    randstring([rng], [chars], len = 8)

A random string of `len` characters from `chars` (letters and digits by default).
"""
randstring(rng::AbstractRNG, chars, n::Integer = 8) = String([rand(rng, chars) for _ in 1:n])
randstring(rng::AbstractRNG, n::Integer = 8) = randstring(rng, _randstring_chars, n)
randstring(chars, n::Integer = 8) = randstring(TaskLocalRNG(), chars, n)
randstring(n::Integer = 8) = randstring(TaskLocalRNG(), n)
const _randstring_chars = collect("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

"""
    bitrand([rng], dims...)

A `BitArray` of random bits.
"""
function bitrand(rng::AbstractRNG, d::Integer, dims::Integer...)
    b = falses(Int64(d), map_tuple(Int64, dims)...)
    for i in 1:length(b)
        b[i] = rand(rng, Bool)
    end
    b
end
bitrand(d::Integer, dims::Integer...) = bitrand(TaskLocalRNG(), d, dims...)
