"""
    SHA

Cryptographic hashes, as Julia's SHA standard library: `sha1`, the SHA-2 family (`sha224`,
`sha256`, `sha384`, `sha512`, also named `sha2_224`...), the SHA-3 family (`sha3_224`,
`sha3_256`, `sha3_384`, `sha3_512`) and their HMACs (`hmac_sha256(key, data)`...). Each takes a
byte vector, a string (its UTF-8 bytes) or an `IO` (read to its end) and returns the digest as a
`Vector{UInt8}` (`bytes2hex` writes it in hex). Streams hash through a context: `ctx =
SHA256_CTX(); update!(ctx, data); digest!(ctx)`.
"""
module SHA

export sha1, sha224, sha256, sha384, sha512, sha2_224, sha2_256, sha2_384, sha2_512,
    sha3_224, sha3_256, sha3_384, sha3_512,
    SHA1_CTX, SHA224_CTX, SHA256_CTX, SHA384_CTX, SHA512_CTX, SHA2_224_CTX, SHA2_256_CTX,
    SHA2_384_CTX, SHA2_512_CTX, SHA3_224_CTX, SHA3_256_CTX, SHA3_384_CTX, SHA3_512_CTX,
    update!, digest!, HMAC_CTX,
    hmac_sha1, hmac_sha224, hmac_sha256, hmac_sha384, hmac_sha512,
    hmac_sha2_224, hmac_sha2_256, hmac_sha2_384, hmac_sha2_512,
    hmac_sha3_224, hmac_sha3_256, hmac_sha3_384, hmac_sha3_512

# The SHA-2 constants (FIPS 180-4 §4.2.2, §4.2.3, §5.3): the first 32 or 64 bits of the
# fractional parts of the cube roots of the first 64 or 80 primes (K), and of the square roots of
# the first 8 primes (SHA-256/512 initial state) or of the 9th to 16th (SHA-384; SHA-224 keeps
# the low 32 bits of those).
const K256 = UInt32[
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]
const H256 = UInt32[
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]
const H224 = UInt32[
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
]
const K512 = UInt64[
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]
const H512 = UInt64[
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]
const H384 = UInt64[
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
]
const H1 = UInt32[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]

"""
    SHA.SHA_CTX

The state of a hash being computed: `update!` feeds it bytes, `digest!` finishes it.
"""
abstract type SHA_CTX end

# Contexts of the Merkle–Damgård hashes (SHA-1, SHA-2): a state of words W, the bytes waiting
# for a full block, and the number of bytes fed so far.
mutable struct MDContext{W} <: SHA_CTX
    const name::String
    const state::Vector{W}
    const buffer::Vector{UInt8}
    const digest_bytes::Int
    fill::Int
    bytecount::UInt128
    finished::Bool
end
_md(name, iv::Vector{W}, blocksize, digest_bytes) where {W} =
    MDContext{W}(name, copy(iv), zeros(UInt8, blocksize), digest_bytes, 0, UInt128(0), false)

SHA1_CTX() = _md("SHA1", H1, 64, 20)
SHA2_224_CTX() = _md("SHA2 224", H224, 64, 28)
SHA2_256_CTX() = _md("SHA2 256", H256, 64, 32)
SHA2_384_CTX() = _md("SHA2 384", H384, 128, 48)
SHA2_512_CTX() = _md("SHA2 512", H512, 128, 64)
const SHA224_CTX = SHA2_224_CTX
const SHA256_CTX = SHA2_256_CTX
const SHA384_CTX = SHA2_384_CTX
const SHA512_CTX = SHA2_512_CTX

Base.show(io::IO, ctx::MDContext) = print(io, ctx.name, ctx.name == "SHA1" ? "" : "-bit", " hash state")

# SHA-3: the 25-word Keccak state, absorbing `rate` bytes a block.
mutable struct SHA3Context <: SHA_CTX
    const bits::Int
    const state::Vector{UInt64}
    const buffer::Vector{UInt8}
    fill::Int
    finished::Bool
end
_sha3(bits) = SHA3Context(bits, zeros(UInt64, 25), zeros(UInt8, 200 - 2 * (bits ÷ 8)), 0, false)
SHA3_224_CTX() = _sha3(224)
SHA3_256_CTX() = _sha3(256)
SHA3_384_CTX() = _sha3(384)
SHA3_512_CTX() = _sha3(512)
Base.show(io::IO, ctx::SHA3Context) = print(io, "SHA3 ", ctx.bits, "-bit hash state")

# ---- feeding bytes ----

"""
    update!(ctx, data)

Feeds the bytes of `data` (a byte vector, a string or an `IO`) to the hash `ctx`.
"""
function update!(ctx::SHA_CTX, data::AbstractVector{UInt8})
    ctx.finished && error("Cannot update CTX after `digest!` has been called on it")
    buf = ctx.buffer
    blocksize = length(buf)
    for b in data
        ctx.fill += 1
        buf[ctx.fill] = b
        if ctx.fill == blocksize
            _compress!(ctx, buf)
            ctx.fill = 0
        end
    end
    ctx isa MDContext && (ctx.bytecount += length(data))
    return ctx
end
update!(ctx::SHA_CTX, data::AbstractString) = update!(ctx, codeunits(String(data)))
update!(ctx::SHA_CTX, data::NTuple{N,UInt8}) where {N} = update!(ctx, collect(data))
function update!(ctx::SHA_CTX, io::IO, chunk::Integer = 4096)
    while !eof(io)
        update!(ctx, read(io, chunk))
    end
    return ctx
end

"""
    digest!(ctx)

Finishes the hash `ctx` and returns its digest (a `Vector{UInt8}`); `ctx` takes no more bytes.
"""
function digest!(ctx::MDContext{W}) where {W}
    ctx.finished && error("Cannot call `digest!` twice on the same CTX")
    buf = ctx.buffer
    blocksize = length(buf)
    lenbytes = blocksize ÷ 8          # 8 bytes of length for 64-byte blocks, 16 for 128
    bits = ctx.bytecount * 8
    ctx.fill += 1
    buf[ctx.fill] = 0x80
    if ctx.fill > blocksize - lenbytes
        fill!(view(buf, ctx.fill+1:blocksize), 0x00)
        _compress!(ctx, buf)
        ctx.fill = 0
    end
    fill!(view(buf, ctx.fill+1:blocksize), 0x00)
    for k in 1:lenbytes
        buf[blocksize-k+1] = (bits >> (8 * (k - 1))) % UInt8
    end
    _compress!(ctx, buf)
    ctx.finished = true
    out = UInt8[]
    for w in ctx.state, k in sizeof(W)-1:-1:0
        push!(out, (w >> (8k)) % UInt8)
    end
    return out[1:ctx.digest_bytes]
end
function digest!(ctx::SHA3Context)
    ctx.finished && error("Cannot call `digest!` twice on the same CTX")
    buf = ctx.buffer
    fill!(view(buf, ctx.fill+1:length(buf)), 0x00)
    buf[ctx.fill+1] ⊻= 0x06           # the SHA-3 domain bits and the first padding bit
    buf[end] ⊻= 0x80                  # the last padding bit
    _compress!(ctx, buf)
    ctx.finished = true
    out = Vector{UInt8}(undef, ctx.bits ÷ 8)
    for i in eachindex(out)
        out[i] = (ctx.state[(i - 1) ÷ 8 + 1] >> (8 * ((i - 1) % 8))) % UInt8
    end
    return out
end

# ---- the compression functions ----

# The rotation and shift amounts of SHA-2's σ0, σ1, Σ0 and Σ1 (FIPS 180-4 §4.1.2, §4.1.3)
const ROT256 = (7, 18, 3, 17, 19, 10, 2, 13, 22, 6, 11, 25)
const ROT512 = (1, 8, 7, 19, 61, 6, 28, 34, 39, 14, 18, 41)

function _compress!(ctx::MDContext{W}, block::Vector{UInt8}) where {W}
    sha1 = ctx.name == "SHA1"
    K = W === UInt32 ? K256 : K512
    w = Vector{W}(undef, sha1 ? 80 : length(K))
    n = sizeof(W)
    for t in 1:16                     # the block as big-endian words
        x = zero(W)
        for k in 1:n
            x = x << 8 | block[n*(t-1)+k]
        end
        w[t] = x
    end
    h = ctx.state
    if sha1
        for t in 17:80
            w[t] = bitrotate(w[t-3] ⊻ w[t-8] ⊻ w[t-14] ⊻ w[t-16], 1)
        end
        a, b, c, d, e = h[1], h[2], h[3], h[4], h[5]
        for t in 1:80
            if t <= 20
                f, k = (b & c) | (~b & d), 0x5a827999
            elseif t <= 40
                f, k = b ⊻ c ⊻ d, 0x6ed9eba1
            elseif t <= 60
                f, k = (b & c) | (b & d) | (c & d), 0x8f1bbcdc
            else
                f, k = b ⊻ c ⊻ d, 0xca62c1d6
            end
            temp = bitrotate(a, 5) + f + e + k + w[t]
            e, d, c, b, a = d, c, bitrotate(b, 30), a, temp
        end
        h[1] += a; h[2] += b; h[3] += c; h[4] += d; h[5] += e
        return
    end
    # SHA-2: the same schedule and rounds for both word sizes, with their own amounts and K
    r = W === UInt32 ? ROT256 : ROT512
    for t in 17:length(K)
        s0 = bitrotate(w[t-15], -r[1]) ⊻ bitrotate(w[t-15], -r[2]) ⊻ (w[t-15] >> r[3])
        s1 = bitrotate(w[t-2], -r[4]) ⊻ bitrotate(w[t-2], -r[5]) ⊻ (w[t-2] >> r[6])
        w[t] = w[t-16] + s0 + w[t-7] + s1
    end
    a, b, c, d, e, f, g, hh = h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]
    for t in 1:length(K)
        S1 = bitrotate(e, -r[10]) ⊻ bitrotate(e, -r[11]) ⊻ bitrotate(e, -r[12])
        ch = (e & f) ⊻ (~e & g)
        t1 = hh + S1 + ch + K[t] + w[t]
        S0 = bitrotate(a, -r[7]) ⊻ bitrotate(a, -r[8]) ⊻ bitrotate(a, -r[9])
        maj = (a & b) ⊻ (a & c) ⊻ (b & c)
        hh, g, f, e, d, c, b, a = g, f, e, d + t1, c, b, a, t1 + S0 + maj
    end
    h[1] += a; h[2] += b; h[3] += c; h[4] += d; h[5] += e; h[6] += f; h[7] += g; h[8] += hh
    return
end

# Keccak-f[1600] (FIPS 202 §3): round constants from its 8-bit LFSR, rotation offsets from the
# (x, y) → (y, 2x + 3y) walk; both computed once, here.
function _keccak_round_constants()
    rc = zeros(UInt64, 24)
    r = UInt8(1)
    for round in 1:24, j in 0:6
        if r & 0x01 != 0
            rc[round] |= UInt64(1) << ((1 << j) - 1)
        end
        r = (r & 0x80) != 0 ? (r << 1) ⊻ 0x71 : r << 1
    end
    return rc
end
function _keccak_rotations()
    rot = zeros(Int, 25)
    x, y = 1, 0
    for t in 0:23
        rot[x + 5y + 1] = ((t + 1) * (t + 2) ÷ 2) % 64
        x, y = y, (2x + 3y) % 5
    end
    return rot
end
const KECCAK_RC = _keccak_round_constants()
const KECCAK_ROT = _keccak_rotations()

function _compress!(ctx::SHA3Context, block::Vector{UInt8})
    A = ctx.state
    for i in 1:length(block)÷8
        x = UInt64(0)
        for k in 7:-1:0
            x = x << 8 | block[8(i-1)+k+1]
        end
        A[i] ⊻= x
    end
    C = zeros(UInt64, 5)
    B = zeros(UInt64, 25)
    for round in 1:24
        for x in 0:4
            C[x+1] = A[x+1] ⊻ A[x+6] ⊻ A[x+11] ⊻ A[x+16] ⊻ A[x+21]
        end
        for x in 0:4
            d = C[(x+4)%5+1] ⊻ bitrotate(C[(x+1)%5+1], 1)
            for y in 0:4
                A[x+5y+1] ⊻= d
            end
        end
        for x in 0:4, y in 0:4
            B[y + 5 * ((2x + 3y) % 5) + 1] = bitrotate(A[x+5y+1], KECCAK_ROT[x+5y+1])
        end
        for x in 0:4, y in 0:4
            A[x+5y+1] = B[x+5y+1] ⊻ (~B[(x+1)%5+5y+1] & B[(x+2)%5+5y+1])
        end
        A[1] ⊻= KECCAK_RC[round]
    end
    return
end

# ---- the one-call forms ----

for (f, ctx) in ((:sha1, :SHA1_CTX), (:sha224, :SHA224_CTX), (:sha256, :SHA256_CTX), (:sha384, :SHA384_CTX),
                 (:sha512, :SHA512_CTX), (:sha2_224, :SHA2_224_CTX), (:sha2_256, :SHA2_256_CTX),
                 (:sha2_384, :SHA2_384_CTX), (:sha2_512, :SHA2_512_CTX), (:sha3_224, :SHA3_224_CTX),
                 (:sha3_256, :SHA3_256_CTX), (:sha3_384, :SHA3_384_CTX), (:sha3_512, :SHA3_512_CTX))
    @eval begin
        $f(data::Union{AbstractVector{UInt8}, AbstractString, NTuple{N,UInt8} where N}) = digest!(update!($ctx(), data))
        $f(io::IO, chunk::Integer = 4096) = digest!(update!($ctx(), io, chunk))
    end
    hf = Symbol(:hmac_, f)
    @eval $hf(key::Vector{UInt8}, data) = _hmac($ctx, key, data)
end

"""
    HMAC_CTX(ctx, key)

A keyed hash (RFC 2104) over the hash of `ctx`'s kind: `update!` and `digest!` as for plain
contexts. `hmac_sha256(key, data)` and its siblings hash in one call.
"""
struct HMAC_CTX{C<:SHA_CTX} <: SHA_CTX
    context::C
    outer::Vector{UInt8}
    make::Any
end
function HMAC_CTX(ctx::SHA_CTX, key::Vector{UInt8})
    make = ctx isa SHA3Context ? () -> _sha3(ctx.bits) : () -> _md(ctx.name, _iv(ctx), length(ctx.buffer), ctx.digest_bytes)
    blocksize = length(ctx.buffer)
    if length(key) > blocksize
        key = digest!(update!(make(), key))
    end
    padded = vcat(key, zeros(UInt8, blocksize - length(key)))
    update!(ctx, padded .⊻ 0x36)
    return HMAC_CTX(ctx, padded .⊻ 0x5c, make)
end
_iv(ctx::MDContext) = ctx.name == "SHA1" ? H1 : ctx.name == "SHA2 224" ? H224 : ctx.name == "SHA2 256" ? H256 :
                      ctx.name == "SHA2 384" ? H384 : H512
update!(h::HMAC_CTX, data::AbstractVector{UInt8}) = (update!(h.context, data); h)
update!(h::HMAC_CTX, data::AbstractString) = (update!(h.context, data); h)
function digest!(h::HMAC_CTX)
    inner = digest!(h.context)
    return digest!(update!(update!(h.make(), h.outer), inner))
end
_hmac(ctx, key, data) = digest!(update!(HMAC_CTX(ctx(), key), data))

end # module
