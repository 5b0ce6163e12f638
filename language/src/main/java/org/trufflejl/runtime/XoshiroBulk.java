package org.trufflejl.runtime;

import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt128;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Julia 1.10's bulk generation of arrays from a Xoshiro256++ state (its XoshiroSimd), so that
 * {@code rand(rng, n)} gives Julia's numbers: an array of at least 64 bytes (640 for Bool) is
 * filled 64 bytes at a time by eight lanes forked from the parent (32 parent draws times four
 * constants), lane j's word going to the j-th 8 bytes of each block; what remains (and any
 * smaller array) comes from the parent one draw per 8 bytes, the last draw's bytes cut to fit.
 * Bytes are little-endian; each kind turns a word into its 8 bytes its own way (a Float32
 * array takes both halves of a word, the low one first; a Bool array bits 8b + k).
 */
public final class XoshiroBulk {
    private XoshiroBulk() {
    }

    public static final int RAW = 0;
    public static final int F64 = 1;
    public static final int F32 = 2;
    public static final int BOOL = 3;

    private static final long C0 = 0x02011ce34bce797fL;
    private static final long C1 = 0x5a94851fb48a6e05L;
    private static final long C2 = 0x3688cf5d48899fa7L;
    private static final long C3 = 0x867b4bb4c42e5661L;
    private static final long BYTE_ONES = 0x0101010101010101L;

    /** One xoshiro256++ step on {@code s[o..o+3]}: the output. */
    public static long step(long[] s, int o) {
        long s0 = s[o];
        long s1 = s[o + 1];
        long s2 = s[o + 2];
        long s3 = s[o + 3];
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        s[o] = s0;
        s[o + 1] = s1;
        s[o + 2] = s2;
        s[o + 3] = s3;
        return result;
    }

    /** The 8 bytes a word stands for in an array of this kind (not for BOOL). */
    private static long transform(long r, int kind) {
        switch (kind) {
            case F64:
                return Double.doubleToRawLongBits((r >>> 11) * 0x1.0p-53);
            case F32: {
                float lo = ((int) r >>> 8) * 0x1.0p-24f;
                float hi = ((int) (r >>> 32) >>> 8) * 0x1.0p-24f;
                return (Float.floatToRawIntBits(lo) & 0xFFFFFFFFL) | ((long) Float.floatToRawIntBits(hi) << 32);
            }
            default:
                return r;
        }
    }

    private static void put(byte[] out, int at, long w, int count) {
        for (int b = 0; b < count; b++) {
            out[at + b] = (byte) (w >>> (8 * b));
        }
    }

    /** {@code len} bytes of an array of this kind, advancing the parent state {@code st} (4 words). */
    @TruffleBoundary
    public static byte[] generate(long[] st, int len, int kind) {
        byte[] out = new byte[len];
        int i = 0;
        boolean bool = kind == BOOL;
        if (len >= (bool ? 640 : 64)) {
            long[] lanes = new long[32];
            long[] constants = {C0, C1, C2, C3};
            for (int w = 0; w < 4; w++) {
                for (int j = 0; j < 8; j++) {
                    lanes[4 * j + w] = constants[w] * step(st, 0);
                }
            }
            if (!bool) {
                while (i + 64 <= len) {
                    for (int j = 0; j < 8; j++) {
                        put(out, i + 8 * j, transform(step(lanes, 4 * j), kind), 8);
                    }
                    i += 64;
                }
            } else {
                long[] res = new long[8];
                while (i + 512 <= len) {
                    for (int j = 0; j < 8; j++) {
                        res[j] = step(lanes, 4 * j);
                    }
                    for (int k = 0; k < 8; k++) {
                        for (int j = 0; j < 8; j++) {
                            put(out, i + k * 64 + j * 8, (res[j] >>> k) & BYTE_ONES, 8);
                        }
                    }
                    i += 512;
                }
            }
        }
        if (!bool) {
            while (len - i >= 8) {
                put(out, i, transform(step(st, 0), kind), 8);
                i += 8;
            }
            if (i < len) {
                put(out, i, transform(step(st, 0), kind), len - i);
            }
        } else {
            while (len - i >= 8) {
                long x = step(st, 0);
                for (int shift = 0; shift < 8 && len - i >= 8; shift++) {
                    put(out, i, (x >>> shift) & BYTE_ONES, 8);
                    i += 8;
                }
            }
            if (i < len) {
                put(out, i, step(st, 0) & BYTE_ONES, len - i);
            }
        }
        return out;
    }

    /**
     * Fills an array of Float64, Int64 or UInt64 (the stream {@link #generate} makes for its
     * bytes), word by word into its store: as HotSpot's quick tier compiles this code (all it has
     * on small machines), putting every byte into an array and reading them back cost 27 ns a
     * word, this 5 ns. (Compiled by Graal as part of the caller it took 9 ns.)
     */
    private static void fillWords(long[] st, JlArray a) {
        int n = a.length;
        Object store = a.store;
        boolean f64 = a.kind == Num.F64;
        int i = 0;
        if (n >= 8) {
            long[] lanes = new long[32];
            for (int w = 0; w < 4; w++) {
                long c = w == 0 ? C0 : w == 1 ? C1 : w == 2 ? C2 : C3;
                for (int j = 0; j < 8; j++) {
                    lanes[4 * j + w] = c * step(st, 0);
                }
            }
            while (i + 8 <= n) {
                for (int j = 0; j < 8; j++) {
                    putWord(store, f64, i + j, step(lanes, 4 * j));
                }
                i += 8;
            }
        }
        for (; i < n; i++) {
            putWord(store, f64, i, step(st, 0));
        }
    }

    private static void putWord(Object store, boolean f64, int i, long r) {
        if (f64) {
            ((double[]) store)[i] = (r >>> 11) * 0x1.0p-53;
        } else {
            ((long[]) store)[i] = r;
        }
    }

    /** Fills {@code a} (an Array of Float64, Float32, Bool or an integer type) as Julia's {@code rand!}. */
    @TruffleBoundary
    public static void fill(long[] st, JlArray a) {
        int k = a.kind;
        if (k == Num.F64 || k == Num.I64 || k == Num.U64) {
            fillWords(st, a);
            return;
        }
        int size = k == Num.BOOL ? 1 : Num.bits(k) / 8;
        int kind = k == Num.F64 ? F64 : k == Num.F32 ? F32 : k == Num.BOOL ? BOOL : RAW;
        byte[] bytes = generate(st, a.length * size, kind);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Object store = a.store;
        for (int i = 0; i < a.length; i++) {
            switch (k) {
                case Num.F64 -> ((double[]) store)[i] = buf.getDouble(8 * i);
                case Num.F32 -> ((float[]) store)[i] = buf.getFloat(4 * i);
                case Num.I64, Num.U64 -> ((long[]) store)[i] = buf.getLong(8 * i);
                case Num.I32, Num.U32 -> ((int[]) store)[i] = buf.getInt(4 * i);
                case Num.I16, Num.U16 -> ((short[]) store)[i] = buf.getShort(2 * i);
                case Num.I8, Num.U8 -> ((byte[]) store)[i] = bytes[i];
                case Num.BOOL -> a.set(i, bytes[i] != 0);
                case Num.I128, Num.U128 -> {
                    long lo = buf.getLong(16 * i);
                    long hi = buf.getLong(16 * i + 8);
                    a.set(i, k == Num.I128 ? new Int128(hi, lo) : new UInt128(hi, lo));
                }
                default -> throw new IllegalArgumentException("no bulk generation for " + a.elementType);
            }
        }
    }

    /** SHA-256 of {@code bytes} (Julia seeds Xoshiro with the digest of the seed's words). */
    @TruffleBoundary
    public static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
