package org.trufflejl.runtime;

/**
 * The parts of Julia 1.10's hashing that its C runtime computes: {@code memhash_seed} (the
 * second 64-bit word of MurmurHash3_x64_128, reading little-endian) for {@code hash(::String, h)},
 * and a Symbol's hash, which is its {@code objectid}. Base's hashing.jl builds everything else on
 * these, so that a Dict's slots, and hence its iteration order, are the ones Julia gets.
 */
public final class Hashing {
    private static final long MEMHASH_STRING_SEED = 0x71e729fd56419c81L;
    private static final int MEMHASH_DEFAULT_SEED = 0xcafe8881;
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private Hashing() {
    }

    /** Julia's {@code hash(s::String, h)}. */
    public static long hashString(byte[] s, long h) {
        return hashString(s, 0, s.length, h);
    }

    /** Julia's {@code hash} of the String of bytes {@code from..from+n-1} of {@code s} (a SubString's, without copying them). */
    public static long hashString(byte[] s, int from, int n, long h) {
        h += MEMHASH_STRING_SEED;
        return memhashSeed(s, from, n, (int) h) + h;
    }

    /** Julia's {@code hash(x::Int64, h)} and {@code hash(x::UInt64, h)} (the bits of x). */
    public static long hashInt64(long x, long h) {
        return int64hash(x) - 3 * h;
    }

    /** Julia's {@code hash(c::Char, h)}: of the character's UTF-8 bytes left-aligned in 32 bits. */
    public static long hashChar(int codePoint, long h) {
        return int64hash((((charBits(codePoint) & 0xffffffffL) + 0xd4d64234L) << 32) ^ h);
    }

    /** Julia's representation of a Char: its UTF-8 bytes, left-aligned in 32 bits. */
    public static int charBits(int u) {
        if (JlChar.isMalformed(u)) {
            return u; // already the bits
        } else if (u < 0x80) {
            return u << 24;
        } else if (u < 0x800) {
            return (0xc0 | u >> 6) << 24 | (0x80 | u & 0x3f) << 16;
        } else if (u < 0x10000) {
            return (0xe0 | u >> 12) << 24 | (0x80 | (u >> 6) & 0x3f) << 16 | (0x80 | u & 0x3f) << 8;
        }
        return (0xf0 | u >> 18) << 24 | (0x80 | (u >> 12) & 0x3f) << 16 | (0x80 | (u >> 6) & 0x3f) << 8 | (0x80 | u & 0x3f);
    }

    /**
     * The Char whose bits ({@link #charBits}) are {@code u}: the code point of a well-formed,
     * shortest UTF-8 sequence (surrogates and U+110000..U+1FFFFF included, as Julia's Char holds
     * them: {@code Char(0xd800)}), else the malformed or overlong Char of those
     * bits; {@code Integer.MIN_VALUE} for bits no Char here can hold (an ASCII byte followed by
     * more bytes).
     */
    public static int charFromBits(int u) {
        int b0 = u >>> 24;
        if (b0 < 0x80) {
            return (u & 0xffffff) == 0 ? b0 : Integer.MIN_VALUE;
        }
        int len = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
        int n = 1;
        while (n < 4 && ((u >>> (24 - 8 * n)) & 0xff) != 0) {
            n++;
        }
        if (len == 0 || n != len || b0 >= 0xf8) {
            return u;
        }
        int cp = b0 & (0x7f >> len);
        for (int k = 1; k < len; k++) {
            int b = (u >>> (24 - 8 * k)) & 0xff;
            if ((b & 0xc0) != 0x80) {
                return u;
            }
            cp = cp << 6 | (b & 0x3f);
        }
        int shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        return shortest == len ? cp : u;
    }

    private static final long HASH_NAN = int64hash(Double.doubleToRawLongBits(Double.NaN));

    /** Julia's {@code hash(x::Float64, h)}: a float equal to an Int64 or UInt64 hashes as it. */
    public static long hashFloat64(double x, long h) {
        if (x >= -0x1p63 && x < 0x1p63) {
            long xi = (long) x;
            if (xi == x && !(xi == 0 && Double.doubleToRawLongBits(x) != 0)) {
                return hashInt64(xi, h);
            }
        } else if (x >= 0 && x < 0x1p64) {
            // every double in [2^63, 2^64) is an integer: hashed as that UInt64
            return hashInt64((long) (x - 0x1p63) + Long.MIN_VALUE, h);
        } else if (Double.isNaN(x)) {
            return HASH_NAN ^ h;
        }
        return hashInt64(Double.doubleToRawLongBits(x), h);
    }

    /** A Symbol's {@code objectid} (src/symbol.c's hash_symbol). */
    static long symbolHash(byte[] name) {
        long oid = memhashSeed(name, MEMHASH_DEFAULT_SEED) ^ 0xAAAAAAAAAAAAAAAAL;
        return int64hash(-oid);
    }

    /** Julia's {@code hash_64_64} (Thomas Wang's integer hash; C's int64hash). */
    public static long int64hash(long a) {
        a = ~a + (a << 21);
        a ^= a >>> 24;
        a = a + (a << 3) + (a << 8);
        a ^= a >>> 14;
        a = a + (a << 2) + (a << 4);
        a ^= a >>> 28;
        a = a + (a << 31);
        return a;
    }

    /** MurmurHash3_x64_128 of {@code data} with a 32-bit seed; its second word ({@code out[1]}). */
    static long memhashSeed(byte[] data, int seed) {
        return memhashSeed(data, 0, data.length, seed);
    }

    /** {@link #memhashSeed} of the {@code n} bytes from {@code from}. */
    static long memhashSeed(byte[] data, int from, int n, int seed) {
        long h1 = seed & 0xffffffffL;
        long h2 = h1;
        int blocks = n / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = WORDS.getLong(data, from + 16 * i);
            long k2 = WORDS.getLong(data, from + 16 * i + 8);
            h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
            h1 = (Long.rotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
            h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
            h2 = (Long.rotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
        }
        int tail = from + 16 * blocks;
        int rest = n - 16 * blocks;
        if (rest > 8) {
            h2 ^= Long.rotateLeft(littleEndian(data, tail + 8, rest - 8) * C2, 33) * C1;
        }
        if (rest > 0) {
            h1 ^= Long.rotateLeft(littleEndian(data, tail, Math.min(rest, 8)) * C1, 31) * C2;
        }
        h1 ^= n;
        h2 ^= n;
        h1 += h2;
        h2 += h1;
        h1 = fmix64(h1);
        h2 = fmix64(h2);
        h1 += h2;
        h2 += h1;
        return h2;
    }

    /** Little-endian words of a byte array, read whole (compiled code reads each with one load). */
    private static final com.oracle.truffle.api.memory.ByteArraySupport WORDS = com.oracle.truffle.api.memory.ByteArraySupport.littleEndian();

    /** The {@code count} (at most 8) bytes from {@code from} as a little-endian word. */
    private static long littleEndian(byte[] data, int from, int count) {
        if (count == 8) {
            return WORDS.getLong(data, from);
        }
        long k = 0;
        for (int i = count - 1; i >= 0; i--) {
            k = (k << 8) | (data[from + i] & 0xffL);
        }
        return k;
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
