# Random numbers: each thread draws from its own Xoshiro256++ (runtime/Xoshiro.java), seeded
# from the clock; `using Random; Random.seed!(n)` reseeds the current thread's generator. The
# generator family is Julia's, the seeding is not, so seeded streams differ from Julia's.

_rand_u64() = reinterpret(UInt64, _rand_bits())

# Uniform in 0:m-1 for m > 0, without modulo bias (draws landing in the incomplete top block
# are rejected).
function _rand_below(m::UInt64)
    while true
        u = _rand_u64()
        r = u % m
        u - r <= typemax(UInt64) - (m - 0x0000000000000001) && return r
    end
end

"""
    rand([T=Float64])
    rand(collection)
    rand([T or collection,] dims...)

A random value: a `Float64` in [0, 1) by default; of type `T` (every value of an integer type
equally likely, `Bool`, floats in [0, 1)); a random element of a collection or range
(`rand(1:6)`); with dimensions, an array of such values (`rand(3)`, `rand(Int8, 2, 2)`).
"""
rand() = (_rand_u64() >>> 11) * 1.1102230246251565e-16
rand(::Type{Float64}) = rand()
rand(::Type{Float32}) = Float32(_rand_u64() >>> 40) * 5.9604645f-8
rand(::Type{Float16}) = Float16((_rand_u64() >>> 53) * 0.00048828125)
rand(::Type{Bool}) = isodd(_rand_bits())
rand(::Type{T}) where T<:Union{Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64} = _rand_bits() % T
rand(::Type{T}) where T<:Union{Int128, UInt128} = ((UInt128(_rand_u64()) << 64) | UInt128(_rand_u64())) % T
function rand(r::AbstractUnitRange{<:Integer})
    isempty(r) && throw(ArgumentError("collection must be non-empty"))
    convert(eltype(r), Int128(first(r)) + Int128(_rand_below(UInt64(length(r)))))
end
function rand(c::AbstractArray)
    isempty(c) && throw(ArgumentError("collection must be non-empty"))
    c[Int64(_rand_below(UInt64(length(c)))) + 1]
end
rand(c::Union{Tuple, AbstractString, AbstractDict, AbstractSet}) = rand(collect(c))

function _rand_array(draw, T, dims)
    a = Vector{T}(undef, prod(dims))
    for i in 1:length(a)
        a[i] = draw()
    end
    length(dims) == 1 ? a : reshape(a, dims)
end
rand(d::Integer, dims::Integer...) = _rand_array(rand, Float64, (Int64(d), map_tuple(Int64, dims)...))
rand(T::Type, d::Integer, dims::Integer...) = _rand_array(() -> rand(T), T, (Int64(d), map_tuple(Int64, dims)...))
rand(c, d::Integer, dims::Integer...) = _rand_array(() -> rand(c), eltype(c), (Int64(d), map_tuple(Int64, dims)...))

"""
    randn([T=Float64], [dims...])

A normally distributed random number (mean 0, standard deviation 1), or an array of them.
"""
function randn()
    # Marsaglia's polar method
    while true
        u = 2.0 * rand() - 1.0
        v = 2.0 * rand() - 1.0
        s = u * u + v * v
        if 0.0 < s < 1.0
            return u * sqrt(-2.0 * log(s) / s)
        end
    end
end
randn(::Type{Float64}) = randn()
randn(::Type{Float32}) = Float32(randn())
randn(d::Integer, dims::Integer...) = _rand_array(randn, Float64, (Int64(d), map_tuple(Int64, dims)...))
randn(T::Type, d::Integer, dims::Integer...) = _rand_array(() -> randn(T), T, (Int64(d), map_tuple(Int64, dims)...))
