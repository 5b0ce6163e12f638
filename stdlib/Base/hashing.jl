# Hashing as Julia 1.10 computes it (base/hashing.jl, float.jl, char.jl, tuple.jl, pair.jl):
# the same values, so that a Dict puts its keys in the same slots as Julia and iterates them in
# the same order. The C parts (MurmurHash3 of a String's bytes, a Symbol's hash) are builtins.
# Values whose Julia hash depends on the Julia binary (objectid of structs, types, `nothing`)
# hash consistently with `isequal` here, but to other numbers.

hash(x) = hash(x, zero(UInt))
hash(x, h::UInt) = hash_uint(3h - objectid(x))
hash(x::Symbol) = objectid(x)

# Thomas Wang's 64-bit integer hash (C's int64hash), computed by the runtime's Hashing
hash_64_64(n::UInt64) = _hash_bits(n, 0x0000000000000000)
hash_uint64(x::UInt64) = hash_64_64(x)
hash_uint(x::UInt) = hash_64_64(x)

# (builtins computing the same: one call, for Dict keys in the interpreter)
hash(x::Int64, h::UInt) = _hash_bits(x, h)            # hash_uint64(reinterpret(UInt64, x)) - 3h
hash(x::UInt64, h::UInt) = _hash_bits(x, h)           # hash_uint64(x) - 3h
hash(x::Int64) = _hash_bits(x, 0x0000000000000000)
hash(x::Union{Bool,Int8,UInt8,Int16,UInt16,Int32,UInt32}, h::UInt) = hash(Int64(x), h)

# the 64-bit words of |n|, lowest first, the lowest with n's sign
function hash_integer(n::Integer, h::UInt)
    h ⊻= hash_uint((n % UInt) ⊻ h)
    n = abs(n)
    n >>>= 64
    while n != 0
        h ⊻= hash_uint((n % UInt) ⊻ h)
        n >>>= 64
    end
    return h
end

top_set_bit(x::BitInteger) = 8 * sizeof(x) - leading_zeros(x)

# a float equal to an Int64 or UInt64 hashes as it (isequal(1.0, 1) needs it), NaN as
# hx_NaN ⊻ h, any other as hash_uint64(its bits) - 3h (float.jl)
hash(x::Float64, h::UInt) = _hash_bits(x, h)
# (Julia's Float16 method gives the same values as going through Float64)
hash(x::Union{Float16,Float32}, h::UInt) = hash(Float64(x), h)

# any other real (Int128, UInt128, Rational of wide integers) as num * 2^pow / den, hashed as
# the Int64, UInt64 or Float64 equal to it when there is one
decompose(x::Integer) = (x, 0, 1)
hash(x::Real, h::UInt) = _hash_real(x, h)
# a 128-bit integer that an Int64 or UInt64 holds hashes as it (what _hash_real finds, 2 us sooner)
function hash(x::Union{Int128, UInt128}, h::UInt)
    typemin(Int64) <= x <= typemax(Int64) && return hash(x % Int64, h)
    0 <= x <= typemax(UInt64) && return hash(x % UInt64, h)
    _hash_real(x, h)
end
function _hash_real(x, h::UInt)
    num, pow, den = decompose(x)
    num == 0 && den == 0 && return hash(NaN, h)
    num == 0 && return hash(den > 0 ? 0.0 : -0.0, h)
    den == 0 && return hash(num > 0 ? Inf : -Inf, h)
    if den < 0
        num = -num
        den = -den
    end
    num_z = trailing_zeros(num)
    num >>= num_z
    den_z = trailing_zeros(den)
    den >>= den_z
    pow += num_z - den_z
    if den == 1
        left = top_set_bit(abs(num)) + pow
        if -1074 <= pow
            if 0 <= pow
                left <= 63 && return hash(Int64(num) << Int(pow), h)
                left <= 64 && !signbit(num) && return hash(UInt64(num) << Int(pow), h)
            end
            left <= 1024 && left - pow <= 53 && return hash(ldexp(Float64(num), pow), h)
        end
    else
        h = hash_integer(den, h)
    end
    h = hash_integer(pow, h)
    h = hash_integer(num, h)
    return h
end

# Julia's Char is its UTF-8 bytes, left-aligned in 32 bits (_char_bits)
reinterpret(::Type{UInt32}, c::Char) = _char_bits(c)
reinterpret(::Type{Char}, u::UInt32) = _char_from_bits(u)
# hash_uint64(((reinterpret(UInt32, x) + UInt64(0xd4d64234)) << 32) ⊻ UInt64(h)), as a builtin
hash(x::Char, h::UInt) = _hash_bits(x, h)

hash(s::String, h::UInt) = _hash_string(s, h)
hash(s::AbstractString, h::UInt) = hash(String(s), h)

const tuplehash_seed = 0x77cfa1eef01bca90
function hash(t::Tuple, h::UInt)
    out = h + tuplehash_seed
    for i = length(t):-1:1
        out = hash(t[i], out)
    end
    out
end
# (the loop above, written out for one to three elements: indexing a tuple by a loop variable
# made it a real allocation, 50 bytes a hash of a Dict key)
hash(t::Tuple{Any}, h::UInt) = hash(t[1], h + tuplehash_seed)
hash(t::Tuple{Any,Any}, h::UInt) = hash(t[1], hash(t[2], h + tuplehash_seed))
hash(t::Tuple{Any,Any,Any}, h::UInt) = hash(t[1], hash(t[2], hash(t[3], h + tuplehash_seed)))
hash(p::Pair, h::UInt) = hash(p.second, hash(p.first, h))
