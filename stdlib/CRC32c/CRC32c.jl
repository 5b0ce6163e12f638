"""
    CRC32c

The CRC-32C checksum (Castagnoli's polynomial, as in iSCSI and ext4), as Julia's CRC32c
standard library: `crc32c(data, crc = 0x00000000)`.
"""
module CRC32c

export crc32c

# the reflected polynomial 0x1EDC6F41, one table entry per byte value
const TABLE = let t = Vector{UInt32}(undef, 256)
    for b in 0:255
        c = UInt32(b)
        for _ in 1:8
            c = (c & 0x00000001) != 0 ? (c >> 1) ⊻ 0x82f63b78 : c >> 1
        end
        t[b+1] = c
    end
    t
end

"""
    crc32c(data, crc::UInt32 = 0x00000000)

The CRC-32C checksum of `data` (a byte vector, a string's UTF-8 bytes, or an `IO` read to its
end or for `nb` bytes: `crc32c(io, nb, crc)`). Passing the checksum of earlier data as `crc`
continues it: `crc32c(b, crc32c(a)) == crc32c([a; b])`.
"""
function crc32c(a::AbstractVector{UInt8}, crc::UInt32 = 0x00000000)
    c = ~crc
    for b in a
        c = TABLE[((c ⊻ b) & 0xff) + 1] ⊻ (c >> 8)
    end
    return ~c
end
crc32c(s::Union{String, SubString{String}}, crc::UInt32 = 0x00000000) = crc32c(codeunits(s), crc)
crc32c(io::IO, crc::UInt32 = 0x00000000) = crc32c(io, typemax(Int64), crc)
function crc32c(io::IO, nb::Integer, crc::UInt32 = 0x00000000)
    nb < 0 && throw(ArgumentError("number of bytes to checksum must be ≥ 0, got $nb"))
    while !eof(io) && nb > 0
        chunk = read(io, min(nb, 24576))
        crc = crc32c(chunk, crc)
        nb -= length(chunk)
    end
    return crc
end

end # module
