"""
    UUIDs

Making universally unique identifiers (RFC 4122), as Julia's UUIDs standard library: `uuid1`
(time-based), `uuid4` (random), `uuid5` (from a namespace and a name, by SHA-1) and
`uuid_version`. The `UUID` type itself is Base's.
"""
module UUIDs

using Random
import SHA
export UUID, uuid1, uuid4, uuid5, uuid_version

const UUID = Base.UUID

# The RFC 4122 name spaces (appendix C)
const namespace_dns = UUID(0x6ba7b8109dad11d180b400c04fd430c8)
const namespace_url = UUID(0x6ba7b8119dad11d180b400c04fd430c8)
const namespace_oid = UUID(0x6ba7b8129dad11d180b400c04fd430c8)
const namespace_x500 = UUID(0x6ba7b8149dad11d180b400c04fd430c8)

"""
    uuid_version(u::UUID)

The version of `u` (the number in its 13th hex digit): 1 for time-based, 4 for random, 5 for
name-based.
"""
uuid_version(u::UUID) = Int((u.value >> 76) & 0x0f)

# the version in bits 76–79 and the RFC 4122 variant (binary 10) in bits 62–63
_stamp(u::UInt128, version) = UUID((u & ~(UInt128(0xf) << 76) & ~(UInt128(0x3) << 62)) | UInt128(version) << 76 | UInt128(0x2) << 62)

"""
    uuid4([rng])

A random UUID (version 4): 122 random bits.
"""
uuid4(rng::AbstractRNG = Random.RandomDevice()) = _stamp(rand(rng, UInt128), 4)

"""
    uuid1([rng])

A time-based UUID (version 1): the time in 100-nanosecond steps since 1582-10-15 (the
Gregorian calendar's start), then a random clock sequence and a random node marked as not a
network card's address (its multicast bit set).
"""
function uuid1(rng::AbstractRNG = Random.RandomDevice())
    # 100-ns steps from 1582-10-15 to 1970-01-01
    ticks = round(UInt64, time() * 1e7) + 0x01b21dd213814000
    low = UInt128(ticks & 0xffffffff)
    mid = UInt128((ticks >> 32) & 0xffff)
    high = UInt128((ticks >> 48) & 0x0fff)
    random = rand(rng, UInt128) & ((UInt128(1) << 64) - 1)     # clock sequence and node
    u = low << 96 | mid << 80 | high << 64 | random | UInt128(1) << 40  # the node's multicast bit
    return _stamp(u, 1)
end

"""
    uuid5(ns::UUID, name::String)

The UUID (version 5) of `name` in the name space `ns`: the first 128 bits of the SHA-1 hash of
the name space's bytes followed by the name's, so the same pair always gives the same UUID.
"""
function uuid5(ns::UUID, name::String)
    bytes = UInt8[(ns.value >> (8 * (15 - i))) % UInt8 for i in 0:15]
    append!(bytes, codeunits(name))
    h = SHA.sha1(bytes)
    u = UInt128(0)
    for i in 1:16
        u = u << 8 | h[i]
    end
    return _stamp(u, 5)
end

end # module
