# Base.UUID (base/uuid.jl's semantics): a 128-bit universally unique identifier. The UUIDs
# standard library makes them (uuid1, uuid4, uuid5).

"""
    UUID(s::AbstractString)
    UUID(x::UInt128)

A universally unique identifier: 128 bits, written as 32 hexadecimal digits in groups of
8-4-4-4-12 (`UUID("a1b2c3d4-0000-4000-8000-00000000002a")`). Compares and hashes by its value.
"""
struct UUID
    value::UInt128
end
UUID(u::UUID) = u
UUID(u::NTuple{2, UInt64}) = UUID(UInt128(u[1]) << 64 | UInt128(u[2]))
UUID(u::NTuple{4, UInt32}) = UUID(UInt128(u[1]) << 96 | UInt128(u[2]) << 64 | UInt128(u[3]) << 32 | UInt128(u[4]))
UInt128(u::UUID) = u.value
convert(::Type{NTuple{2, UInt64}}, u::UUID) = ((u.value >> 64) % UInt64, u.value % UInt64)
convert(::Type{NTuple{4, UInt32}}, u::UUID) = ((u.value >> 96) % UInt32, (u.value >> 64) % UInt32, (u.value >> 32) % UInt32, u.value % UInt32)
isless(a::UUID, b::UUID) = isless(a.value, b.value)
hash(u::UUID, h::UInt) = hash(0xd06fa04f86f11b53, hash(convert(NTuple{2, UInt64}, u), h))

function UUID(s::AbstractString)
    u = tryparse(UUID, s)
    u === nothing && throw(ArgumentError("Malformed UUID string: $(repr(s))"))
    return u
end
function tryparse(::Type{UUID}, s::AbstractString)
    str = String(s)
    ncodeunits(str) == 36 || return nothing
    v = UInt128(0)
    for i in 1:36
        c = codeunit(str, i)
        if i == 9 || i == 14 || i == 19 || i == 24
            c == UInt8('-') || return nothing
            continue
        end
        d = UInt8('0') <= c <= UInt8('9') ? c - UInt8('0') :
            UInt8('a') <= c <= UInt8('f') ? c - UInt8('a') + 0x0a :
            UInt8('A') <= c <= UInt8('F') ? c - UInt8('A') + 0x0a : return nothing
        v = v << 4 | d
    end
    return UUID(v)
end
parse(::Type{UUID}, s::AbstractString) = UUID(s)

function string(u::UUID)
    h = string(u.value, base = 16, pad = 32)
    return string(h[1:8], '-', h[9:12], '-', h[13:16], '-', h[17:20], '-', h[21:32])
end
print(io::IO, u::UUID) = print(io, string(u))
show(io::IO, u::UUID) = print(io, UUID, "(\"", string(u), "\")")   # UUID(...) where UUIDs is used, else Base.UUID(...)
