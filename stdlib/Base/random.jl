# Random numbers as Julia 1.10 makes them: Xoshiro256++ seeded with the SHA-256 of the seed's
# 32-bit words, Julia's conversions of its 64-bit outputs, Lemire's "nearly divisionless"
# sampling of integer ranges, and its bulk filling of arrays (runtime/XoshiroBulk.java), so a
# seeded program draws the numbers it draws in Julia. The task-local generator is one per
# thread (runtime/Xoshiro.java): tasks on one thread share it, where Julia gives each task its own.

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
    Xoshiro([seed])

A generator of its own, Xoshiro256++ (Julia's default), seeded from a non-negative integer (or a
vector of `UInt32`/`UInt64` words) as Julia 1.10 seeds it, so the same seed gives Julia's stream;
without a seed, a random one.
"""
mutable struct Xoshiro <: AbstractRNG
    s0::UInt64
    s1::UInt64
    s2::UInt64
    s3::UInt64
    s4::UInt64    # Julia's fifth word (from the seed; it only seeds child tasks there)
end
Xoshiro(s0::Integer, s1::Integer, s2::Integer, s3::Integer) =
    Xoshiro(UInt64(s0), UInt64(s1), UInt64(s2), UInt64(s3), _state4(UInt64(s0), UInt64(s1), UInt64(s2), UInt64(s3)))
Xoshiro(seed::Union{Integer, Vector{UInt32}, Vector{UInt64}}) = _seed!(Xoshiro(0, 0, 0, 0), seed)
Xoshiro() = Xoshiro(_entropy_words()...)

"""
    MersenneTwister([seed])
    MersenneTwister(seed, (adv_jump, adv, adv_vals, idxF, adv_ints, idxI))

Julia's older generator, dSFMT-19937 with Julia's caches in front of it (runtime
MersenneTwisterState), seeded from a non-negative integer or a vector of `UInt32` words as Julia
1.10 seeds it, so the same seed draws Julia's numbers; without a seed, a random one. It prints as
its seed and how far it has advanced, and that form (the tuple may stop after two or four
numbers) rebuilds the generator in that state. Jumps (`Future.randjump`) are not supported.
"""
mutable struct MersenneTwister <: AbstractRNG
    seed::Vector{UInt32}
    state::DSFMT_state    # the generator, its caches and the counters show prints
end
function MersenneTwister(seed::Union{Nothing, Integer, Vector{UInt32}} = nothing)
    key = _mt_key(seed)
    MersenneTwister(key, _dsfmt_seeded(key))
end
function MersenneTwister(seed::Union{Integer, Vector{UInt32}}, advance::NTuple{6, Integer})
    r = MersenneTwister(seed)
    advance[1] == 0 || throw(ArgumentError("MersenneTwister: jumps are not supported"))
    failed = _dsfmt_advance!(r.state, map_tuple(Int64, advance[2:6])...)
    failed == -1 && return r
    failed < 0 ? throw(DomainError(failed, "can't advance $r to the specified state")) : throw(AssertionError("n >= ms"))
end
MersenneTwister(seed::Union{Integer, Vector{UInt32}}, advance::NTuple{4, Integer}) = MersenneTwister(seed, (advance..., 0, 0))
MersenneTwister(seed::Union{Integer, Vector{UInt32}}, advance::NTuple{2, Integer}) = MersenneTwister(seed, (advance..., 0, 0, 0, 0))
# Julia's make_seed: an integer's 32-bit words, low first; without a seed, four random words
_mt_key(n::Integer) = _seed_words(n)
_mt_key(key::Vector{UInt32}) = copy(key)
_mt_key(::Nothing) = UInt32[w % UInt32 for w in _entropy_words()]
function _seed!(r::MersenneTwister, seed)
    key = _mt_key(seed)
    r.seed = key
    r.state = _dsfmt_seeded(key)
    r
end
copy(r::MersenneTwister) = MersenneTwister(copy(r.seed), _dsfmt_copy(r.state))
function copy!(dst::MersenneTwister, src::MersenneTwister)
    dst.seed = copy(src.seed)
    dst.state = _dsfmt_copy(src.state)
    dst
end
==(a::MersenneTwister, b::MersenneTwister) = a.seed == b.seed && _dsfmt_same(a.state, b.state)
hash(r::MersenneTwister, h::UInt) = hash(r.seed, h)
function show(io::IO, r::MersenneTwister)
    seed = big(0)
    for i in length(r.seed):-1:1
        seed = (seed << 32) + r.seed[i]
    end
    seed_str = seed <= typemax(Int) ? string(seed) : "0x" * string(seed, base = 16)
    adv, adv_vals, idxF, adv_ints, idxI = _dsfmt_counters(r.state)
    adv == 0 && return print(io, "MersenneTwister(", seed_str, ")")
    print(io, "MersenneTwister(", seed_str, ", (")
    counts = Int64[0, adv]
    if adv_vals != -1 || adv_ints != -1
        adv_vals == -1 ? push!(counts, 0, 0) : push!(counts, adv_vals, idxF)
    end
    adv_ints != -1 && push!(counts, adv_ints, idxI)
    join(io, counts, ", ")
    print(io, "))")
end
# its draws: doubles in [1, 2) from the cache, whose bits (52 random ones under the exponent's)
# make Julia's small integers, Bools and Float32/Float16; 64- and 128-bit integers from the
# integer cache
rand(r::MersenneTwister) = _dsfmt_float12(r.state) - 1.0
rand(r::MersenneTwister, ::Type{Float64}) = rand(r)
rand(r::MersenneTwister, ::Type{Float32}) = reinterpret(Float32, ((_dsfmt_raw52(r.state) % UInt32) & 0x007fffff) | 0x3f800000) - 1.0f0
rand(r::MersenneTwister, ::Type{Float16}) =
    Float16(reinterpret(Float32, (UInt32((_dsfmt_raw52(r.state) % UInt16) & 0x03ff) << 13) | 0x3f800000) - 1.0f0)
rand(r::MersenneTwister, ::Type{Bool}) = _dsfmt_raw52(r.state) % Bool
rand(r::MersenneTwister, ::Type{T}) where T<:Union{Int8, Int16, Int32, UInt8, UInt16, UInt32} = _dsfmt_raw52(r.state) % T
rand(r::MersenneTwister, ::Type{T}) where T<:Union{Int64, UInt64} = _dsfmt_u64(r.state) % T
rand(r::MersenneTwister, ::Type{T}) where T<:Union{Int128, UInt128} = _dsfmt_u128(r.state) % T
_rand_u64(r::MersenneTwister) = _dsfmt_u64(r.state)
_rand_u32(r::MersenneTwister) = _dsfmt_raw52(r.state) % UInt32
_rand_u52(r::MersenneTwister) = _dsfmt_raw52(r.state) & 0x000fffffffffffff
# Julia's UInt104Raw: two raw draws from the same cache fill
function _rand_u104raw(r::MersenneTwister)
    _dsfmt_reserve(r.state, 2)
    (UInt128(_dsfmt_raw52(r.state)) << 52) ⊻ UInt128(_dsfmt_raw52(r.state))
end
# the other generators' 32 and 52 bits: the top of a 64-bit draw
_rand_u32(rng::AbstractRNG) = (_rand_u64(rng) >>> 32) % UInt32
_rand_u52(rng::AbstractRNG) = _rand_u64(rng) >>> 12
_state4(s0, s1, s2, s3) = s0 + 3 * s1 + 5 * s2 + 7 * s3
# four words that differ from run to run (Julia reads them from the system's entropy): the clock,
# the process and a fresh object's identity, mixed through a seeding hash
_entropy_words() = _seed_state(UInt64[time_ns() % UInt64, UInt64(getpid()), objectid(Ref(0)) % UInt64, time_ns() % UInt64])

# Julia 1.10's seeding: a non-negative integer becomes its 32-bit words, low first; their
# little-endian bytes are hashed with SHA-256, whose digest is read as four little-endian words
function _seed_words(n::Integer)
    n < 0 && throw(DomainError(n, "`n` must be non-negative."))
    words = UInt32[]
    while true
        push!(words, UInt32(n & 0xffffffff))
        n >>= 32
        n == 0 && return words
    end
end
function _seed_bytes(words::Union{Vector{UInt32}, Vector{UInt64}})
    bytes = UInt8[]
    for w in words
        for k in 0:sizeof(w)-1
            push!(bytes, (w >> (8 * k)) % UInt8)
        end
    end
    bytes
end
_seed_state(seed::Integer) = _seed_state(_seed_words(seed))
function _seed_state(words::Union{Vector{UInt32}, Vector{UInt64}})
    d = _sha256(_seed_bytes(words))
    ntuple(i -> _le_word(d, 8 * (i - 1)), 4)
end
function _le_word(d, at)
    w = zero(UInt64)
    for k in 0:7
        w |= UInt64(d[at + k + 1]) << (8 * k)
    end
    w
end
function _seed!(r::Xoshiro, seed)
    s = _seed_state(seed)
    r.s0, r.s1, r.s2, r.s3 = s
    r.s4 = _state4(s...)
    r
end
function _rand_u64(r::Xoshiro)
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
copy(r::Xoshiro) = Xoshiro(r.s0, r.s1, r.s2, r.s3, r.s4)
==(a::Xoshiro, b::Xoshiro) = (a.s0, a.s1, a.s2, a.s3, a.s4) == (b.s0, b.s1, b.s2, b.s3, b.s4)
show(io::IO, r::Xoshiro) = print(io, "Xoshiro(", join((repr(getfield(r, k)) for k in 1:5), ", "), ")")

"""
    rand([rng], [T=Float64])
    rand([rng], collection)
    rand([rng], [T or collection,] dims...)

A random value: a `Float64` in [0, 1) by default; of type `T` (every value of an integer type
equally likely, `Bool`, floats in [0, 1)); a random element of a collection or range
(`rand(1:6)`); with dimensions, an array of such values (`rand(3)`, `rand(Int8, 2, 2)`). With a
generator (`rand(Xoshiro(1), 1:6)`) it draws from that one. Julia 1.10's streams: the same seed
gives the same numbers as in Julia.
"""
rand(rng::AbstractRNG) = (_rand_u64(rng) >>> 11) * 1.1102230246251565e-16
rand(rng::AbstractRNG, ::Type{Float64}) = rand(rng)
rand(rng::AbstractRNG, ::Type{Float32}) = Float32(_rand_u64(rng) >>> 40) * 5.9604645f-8
rand(rng::AbstractRNG, ::Type{Float16}) = Float16((_rand_u64(rng) >>> 53) * 0.00048828125)
rand(rng::AbstractRNG, ::Type{Bool}) = (_rand_u64(rng) >>> 56) % Bool
# smaller integers take the upper bits of a draw
rand(rng::AbstractRNG, ::Type{T}) where T<:Union{Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64} =
    (_rand_u64(rng) >>> (64 - 8 * sizeof(T))) % T
rand(rng::AbstractRNG, ::Type{T}) where T<:Union{Int128, UInt128} = ((UInt128(_rand_u64(rng)) << 64) | UInt128(_rand_u64(rng))) % T
rand(rng::AbstractRNG, ::Type{Complex{T}}) where {T<:AbstractFloat} = Complex(rand(rng, T), rand(rng, T))

# Lemire's nearly divisionless method, as Julia's SamplerRangeNDL: a uniform value in 0:s-1 (s
# == 0: the whole 64-bit range) from the high word of a draw times s, rejecting the few low
# words below 2^64 mod s
function _rand_ndl(rng::AbstractRNG, s::UInt64)
    x = _rand_u64(rng)
    s == 0 && return x
    l = x * s
    if l < s
        t = (zero(UInt64) - s) % s
        while l < t
            x = _rand_u64(rng)
            l = x * s
        end
    end
    _umul_hi(x, s)
end
# the same on 32-bit words (the upper half of each draw), for ranges of 32 bits or fewer
function _rand_ndl(rng::AbstractRNG, s::UInt32)
    x = UInt64(_rand_u32(rng))
    s == 0 && return x
    m = x * s
    l = m % UInt32
    if l < s
        t = (zero(UInt32) - s) % s
        while l < t
            x = UInt64(_rand_u32(rng))
            m = x * s
            l = m % UInt32
        end
    end
    m >>> 32
end
function rand(rng::AbstractRNG, r::AbstractUnitRange{T}) where {T<:Union{Int64, UInt64}}
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    a = first(r)
    a + _rand_ndl(rng, (last(r) - a) % UInt64 + one(UInt64)) % T
end
function rand(rng::AbstractRNG, r::AbstractUnitRange{T}) where {T<:Union{Int8, Int16, Int32, UInt8, UInt16, UInt32}}
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    a = first(r)
    (Int64(a) + Int64(_rand_ndl(rng, (Int64(last(r)) - Int64(a) + 1) % UInt32))) % T
end
# 128-bit ranges as Julia's SamplerRangeFast: masked draws until one is in range
function rand(rng::AbstractRNG, r::AbstractUnitRange{T}) where {T<:Union{Int128, UInt128}}
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    m = (last(r) - first(r)) % UInt128
    bw = 128 - leading_zeros(m)
    if bw <= 64
        mask = bw == 64 ? typemax(UInt64) : (one(UInt64) << bw) - one(UInt64)
        while true
            y = _rand_u64(rng) & mask
            y <= m && return first(r) + y % T
        end
    end
    mask = bw == 128 ? typemax(UInt128) : (one(UInt128) << bw) - one(UInt128)
    while true
        y = rand(rng, UInt128) & mask
        y <= m && return first(r) + y % T
    end
end
# MersenneTwister's, as Julia's SamplerRangeFast for a generator whose native draw is 52 bits
function rand(rng::MersenneTwister, r::AbstractUnitRange{T}) where {T<:Union{Int128, UInt128}}
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    m = (last(r) - first(r)) % UInt128
    bw = 128 - leading_zeros(m)
    mask = bw == 128 ? typemax(UInt128) : (one(UInt128) << bw) - one(UInt128)
    while true
        y = bw <= 52 ? UInt128(_dsfmt_raw52(rng.state) & (mask % UInt64)) :
            bw <= 104 ? _rand_u104raw(rng) & mask : rand(rng, UInt128) & mask
        y <= m && return y % T + first(r)
    end
end
rand(rng::AbstractRNG, r::AbstractUnitRange{Bool}) = r[rand(rng, 1:length(r))]
# other integer ranges (BigInt): by Lemire's method on their length (Julia draws these otherwise)
function rand(rng::AbstractRNG, r::AbstractUnitRange{<:Integer})
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    n = length(r)
    n <= typemax(UInt64) || throw(ArgumentError("range too large to sample"))
    first(r) + _rand_ndl(rng, UInt64(n))
end
function rand(rng::AbstractRNG, c::AbstractArray)
    isempty(c) && throw(ArgumentError("collection must be non-empty"))
    c[rand(rng, 1:length(c))]
end
# tuples by length, as Julia: one needs no draw, two a random Bool, three 52 bits, a power of
# two 32 masked bits, others a range
rand(rng::AbstractRNG, t::Tuple) = _rand_element(rng, t)
# (a tuple of integers after a generator is still a collection to draw from, not a shape)
rand(rng::AbstractRNG, t::Tuple{Vararg{Integer}}) = _rand_element(rng, t)
function _rand_element(rng::AbstractRNG, t::Tuple)
    l = length(t)
    l == 0 && throw(ArgumentError("collection must be non-empty"))
    l == 1 && return t[1]
    l == 2 && return t[1 + rand(rng, Bool)]
    if l == 3
        while true
            v = _rand_u52(rng)
            v != 0x000fffffffffffff && return t[1 + Int(v ÷ 0x0005555555555555)]
        end
    end
    ispow2(l) && l < 2^32 && return t[1 + Int(_rand_u32(rng) & (l - 1))]
    t[rand(rng, 1:l)]
end
# a character of a string: a code unit position, redrawn until a character starts there
function rand(rng::AbstractRNG, s::AbstractString)
    isempty(s) && throw(ArgumentError("collection must be non-empty"))
    n = ncodeunits(s)
    while true
        i = rand(rng, 1:n)
        isvalid(s, i) && return s[i]
    end
end
# a Dict's (or a Set's) element as Julia picks it: random slots until a filled one
function rand(rng::AbstractRNG, d::Dict)
    isempty(d) && throw(ArgumentError("collection must be non-empty"))
    n = length(d.slots)
    while true
        i = rand(rng, 1:n)
        isslotfilled(d, i) && return d.keys[i] => d.vals[i]
    end
end
rand(rng::AbstractRNG, s::Set) = rand(rng, s.dict).first
# other dictionaries and sets: the element at a random position of their iteration
rand(rng::AbstractRNG, c::Union{AbstractDict, AbstractSet}) = rand(rng, collect(c))

function _rand_array(draw, T, dims)
    a = Array{T}(undef, dims)
    for i in 1:length(a)
        a[i] = draw()
    end
    a
end
# arrays of these element types are filled by Julia's bulk method (runtime/XoshiroBulk)
const _BulkType = Union{Float64, Float32, Bool, Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128}
_bulk!(::TaskLocalRNG, A::Array) = (_rand_bulk!(A, nothing); A)
_bulk!(r::MersenneTwister, A::Array) = _dsfmt_fill!(r.state, A)
function _bulk!(r::Xoshiro, A::Array)
    r.s0, r.s1, r.s2, r.s3 = _rand_bulk!(A, (r.s0, r.s1, r.s2, r.s3))
    A
end
_has_bulk(rng, A) = rng isa Union{TaskLocalRNG, Xoshiro} && A isa Array && eltype(A) <: _BulkType
_has_bulk(rng::MersenneTwister, A) = A isa Array && eltype(A) <: Union{_BulkType, Float16}
_rand_dims(d, dims) = (Int64(d), map_tuple(Int64, dims)...)
rand(rng::AbstractRNG, d::Integer, dims::Integer...) = rand!(rng, Array{Float64}(undef, _rand_dims(d, dims)))
rand(rng::AbstractRNG, T::Type, d::Integer, dims::Integer...) = rand!(rng, Array{T}(undef, _rand_dims(d, dims)))
rand(rng::AbstractRNG, c, d::Integer, dims::Integer...) = rand!(rng, Array{eltype(c)}(undef, _rand_dims(d, dims)), c)
rand(rng::AbstractRNG, T::Type, dims::Tuple{Vararg{Integer}}) = rand!(rng, Array{T}(undef, map_tuple(Int64, dims)))
rand(rng::AbstractRNG, c, dims::Tuple{Vararg{Integer}}) = rand!(rng, Array{eltype(c)}(undef, map_tuple(Int64, dims)), c)

# without a generator: the current thread's
rand() = rand(TaskLocalRNG())
rand(T::Type) = rand(TaskLocalRNG(), T)
rand(c) = rand(TaskLocalRNG(), c)
rand(d::Integer, dims::Integer...) = rand(TaskLocalRNG(), d, dims...)
rand(c, d::Integer, dims::Integer...) = rand(TaskLocalRNG(), c, d, dims...)
rand(T::Type, dims::Tuple{Vararg{Integer}}) = rand(TaskLocalRNG(), T, dims)
rand(c, dims::Tuple{Vararg{Integer}}) = rand(TaskLocalRNG(), c, dims)

"""
    rand!([rng], A, [collection])

Fills `A` with random values of its element type (or elements of `collection`); returns `A`.
An `Array` of floats, integers or `Bool`s is filled as Julia fills it (in blocks, not one
`rand` call per element).
"""
function rand!(rng::AbstractRNG, A::AbstractArray, c = eltype(A))
    c === eltype(A) && _has_bulk(rng, A) && return _bulk!(rng, A)
    for i in eachindex(A)
        A[i] = rand(rng, c)
    end
    A
end
rand!(A::AbstractArray, c = eltype(A)) = rand!(TaskLocalRNG(), A, c)

"""
    randstring([rng], [chars], len = 8)

A random string of `len` characters from `chars` (letters and digits by default).
"""
function randstring(rng::AbstractRNG, chars, n::Integer = 8)
    cs = chars isa AbstractString ? collect(chars) : chars
    String([cs[rand(rng, 1:length(cs))] for _ in 1:n])
end
randstring(rng::AbstractRNG, n::Integer = 8) = randstring(rng, _randstring_chars, n)
randstring(chars, n::Integer = 8) = randstring(TaskLocalRNG(), chars, n)
randstring(n::Integer = 8) = randstring(TaskLocalRNG(), n)
const _randstring_chars = collect("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

"""
    bitrand([rng], dims...)

A `BitArray` of random bits (its 64-bit chunks drawn as Julia draws them).
"""
function bitrand(rng::AbstractRNG, d::Integer, dims::Integer...)
    b = falses(_rand_dims(d, dims)...)
    n = length(b)
    chunks = rand!(rng, Vector{UInt64}(undef, cld(n, 64)))
    for i in 0:n-1
        b[i + 1] = isodd(chunks[i ÷ 64 + 1] >>> (i % 64))
    end
    b
end
bitrand(d::Integer, dims::Integer...) = bitrand(TaskLocalRNG(), d, dims...)

# seeding the current thread's generator (Random.seed!)
function _seed_task_local!(seed)
    _rand_set_state!(_seed_state(seed)...)
    TaskLocalRNG()
end
