package org.trufflejl.runtime;

import java.util.Arrays;

import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The state of a Julia 1.10 {@code MersenneTwister}: the dSFMT-19937 generator (Saito and
 * Matsumoto's double precision SIMD-oriented Fast Mersenne Twister, the C library Julia calls)
 * and Julia's two caches in front of it, so that a seeded {@code MersenneTwister} draws Julia's
 * numbers. dSFMT makes doubles in [1, 2) in blocks; Julia keeps 1002 of them for scalar floats
 * (and the raw bits of one for small integers), and 501 128-bit words for 64- and 128-bit
 * integers, made from 627 words of 104 random bits each (four words give their bits to a fifth's
 * missing twelve). Arrays are filled as Julia's {@code rand!} methods for MersenneTwister fill
 * them: from the generator directly when large, through the cache when small, with each element
 * type's own use of the 128-bit words. Julia's code is in its stdlib Random (RNGs.jl) and the
 * generator in dSFMT.c; this is a port of both.
 */
public final class MersenneTwisterState implements JlTyped {
    public static final DataType TYPE = DataType.newType(org.trufflejl.runtime.Symbol.of("DSFMT_state"), null, Types.Any, false, true);

    // dSFMT-19937's parameters (dSFMT-params19937.h)
    private static final int N = 191;
    private static final int POS1 = 117;
    private static final int SL1 = 19;
    private static final int SR = 12;
    private static final long MSK1 = 0x000ffafffffffb3fL;
    private static final long MSK2 = 0x000ffdfffc90fffdL;
    private static final long FIX1 = 0x90014964b32f4329L;
    private static final long FIX2 = 0x3b8d12ac548a7c7aL;
    private static final long PCV1 = 0x3d84e1ac0dc82880L;
    private static final long PCV2 = 0x0000000000000001L;
    private static final long LOW_MASK = 0x000FFFFFFFFFFFFFL;
    private static final long HIGH_CONST = 0x3FF0000000000000L;
    /** dsfmt_get_min_array_size(): the fewest doubles one block fill makes. */
    public static final int MIN_ARRAY = 2 * N;
    /** Julia's MT_CACHE_F (doubles) and MT_CACHE_I (bytes of integer words). */
    public static final int CACHE_F = 501 << 1;
    public static final int CACHE_I = 501 << 4;

    /** N 128-bit words (two longs each, low first) and the "lung" word after them. */
    private final long[] status = new long[2 * (N + 1)];
    private final double[] vals = new double[CACHE_F];
    /** 501 128-bit words, low half first. */
    private final long[] ints = new long[2 * 501];
    private int idxF;
    private int idxI;
    /** Julia's counters for show: doubles made since seeding, and that count when each cache was filled (-1: never). */
    private long adv;
    private long advVals;
    private long advInts;
    private long lung0;
    private long lung1;

    private MersenneTwisterState() {
    }

    @Override
    public JlType jlType() {
        return TYPE;
    }

    /** A generator seeded as Julia's {@code seed!(::MersenneTwister, ::Vector{UInt32})} seeds one. */
    @TruffleBoundary
    public static MersenneTwisterState seeded(int[] key) {
        MersenneTwisterState s = new MersenneTwisterState();
        s.initByArray(key);
        s.resetCaches();
        return s;
    }

    @TruffleBoundary
    public MersenneTwisterState copy() {
        MersenneTwisterState c = new MersenneTwisterState();
        System.arraycopy(status, 0, c.status, 0, status.length);
        System.arraycopy(vals, 0, c.vals, 0, vals.length);
        System.arraycopy(ints, 0, c.ints, 0, ints.length);
        c.idxF = idxF;
        c.idxI = idxI;
        c.adv = adv;
        c.advVals = advVals;
        c.advInts = advInts;
        return c;
    }

    /** Julia's {@code ==} of two MersenneTwisters, but for the seed: state, caches (bitwise) and positions. */
    @TruffleBoundary
    public boolean sameAs(MersenneTwisterState o) {
        return Arrays.equals(status, o.status) && Arrays.equals(vals, o.vals) && Arrays.equals(ints, o.ints) && idxF == o.idxF && idxI == o.idxI;
    }

    /** (adv, adv_vals, idxF, adv_ints, idxI as Julia's show counts it). */
    @TruffleBoundary
    public long[] counters() {
        return new long[]{adv, advVals, idxF, advInts, (ints.length * 8L - idxI) / 8};
    }

    private void resetCaches() {
        Arrays.fill(vals, 0.0);
        Arrays.fill(ints, 0L);
        idxF = CACHE_F;
        idxI = 0;
        advVals = -1;
        advInts = -1;
    }

    // ---- dSFMT ----

    private static int ini1(int x) {
        return (x ^ (x >>> 27)) * 1664525;
    }

    private static int ini2(int x) {
        return (x ^ (x >>> 27)) * 1566083941;
    }

    /** dsfmt_init_by_array, on the state seen as 32-bit words (little-endian halves of the longs). */
    private void initByArray(int[] key) {
        int size = (N + 1) * 4;
        int lag = 11; // size >= 623
        int mid = (size - lag) / 2;
        int[] p = new int[size];
        Arrays.fill(p, 0x8b8b8b8b);
        int count = Math.max(key.length + 1, size);
        int r = ini1(p[0] ^ p[mid % size] ^ p[(size - 1) % size]);
        p[mid % size] += r;
        r += key.length;
        p[(mid + lag) % size] += r;
        p[0] = r;
        count--;
        int i = 1;
        int j = 0;
        for (; j < count && j < key.length; j++) {
            r = ini1(p[i] ^ p[(i + mid) % size] ^ p[(i + size - 1) % size]);
            p[(i + mid) % size] += r;
            r += key[j] + i;
            p[(i + mid + lag) % size] += r;
            p[i] = r;
            i = (i + 1) % size;
        }
        for (; j < count; j++) {
            r = ini1(p[i] ^ p[(i + mid) % size] ^ p[(i + size - 1) % size]);
            p[(i + mid) % size] += r;
            r += i;
            p[(i + mid + lag) % size] += r;
            p[i] = r;
            i = (i + 1) % size;
        }
        for (j = 0; j < size; j++) {
            r = ini2(p[i] + p[(i + mid) % size] + p[(i + size - 1) % size]);
            p[(i + mid) % size] ^= r;
            r -= i;
            p[(i + mid + lag) % size] ^= r;
            p[i] = r;
            i = (i + 1) % size;
        }
        for (int k = 0; k < status.length; k++) {
            status[k] = (p[2 * k] & 0xFFFFFFFFL) | ((long) p[2 * k + 1] << 32);
        }
        for (int k = 0; k < 2 * N; k++) { // initial_mask: every word a double in [1, 2)
            status[k] = (status[k] & LOW_MASK) | HIGH_CONST;
        }
        // period_certification
        long inner = ((status[2 * N] ^ FIX1) & PCV1) ^ ((status[2 * N + 1] ^ FIX2) & PCV2);
        for (int s = 32; s > 0; s >>= 1) {
            inner ^= inner >>> s;
        }
        if ((inner & 1) == 0) {
            status[2 * N + 1] ^= 1; // PCV2's lowest bit is set
        }
    }

    /** The recursion: 128-bit word {@code di} of {@code dst} from word {@code ai} of {@code a}, {@code bi} of {@code b} and the lung. */
    private void recursion(long[] dst, int di, long[] a, int ai, long[] b, int bi) {
        long t0 = a[2 * ai];
        long t1 = a[2 * ai + 1];
        long l0 = lung0;
        long l1 = lung1;
        lung0 = (t0 << SL1) ^ (l1 >>> 32) ^ (l1 << 32) ^ b[2 * bi];
        lung1 = (t1 << SL1) ^ (l0 >>> 32) ^ (l0 << 32) ^ b[2 * bi + 1];
        dst[2 * di] = (lung0 >>> SR) ^ (lung0 & MSK1) ^ t0;
        dst[2 * di + 1] = (lung1 >>> SR) ^ (lung1 & MSK2) ^ t1;
    }

    /** gen_rand_array_c1o2: the next {@code size} (at least N) 128-bit words, as the bits of doubles in [1, 2). */
    private void generate(long[] array, int size) {
        lung0 = status[2 * N];
        lung1 = status[2 * N + 1];
        int i = 0;
        for (; i < N - POS1; i++) {
            recursion(array, i, status, i, status, i + POS1);
        }
        for (; i < N; i++) {
            recursion(array, i, status, i, array, i + POS1 - N);
        }
        for (; i < size - N; i++) {
            recursion(array, i, array, i - N, array, i + POS1 - N);
        }
        int j = 0;
        for (; j < 2 * N - size; j++) {
            status[2 * j] = array[2 * (j + size - N)];
            status[2 * j + 1] = array[2 * (j + size - N) + 1];
        }
        for (; i < size; i++, j++) {
            recursion(array, i, array, i - N, array, i + POS1 - N);
            status[2 * j] = array[2 * i];
            status[2 * j + 1] = array[2 * i + 1];
        }
        status[2 * N] = lung0;
        status[2 * N + 1] = lung1;
    }

    /** Julia's {@code fill_array!}: {@code n} (even, at least MIN_ARRAY) doubles in [1, 2) straight from the generator. */
    private void fillArray(double[] out, int at, int n) {
        adv += n;
        long[] bits = new long[n];
        generate(bits, n / 2);
        for (int k = 0; k < n; k++) {
            out[at + k] = Double.longBitsToDouble(bits[k]);
        }
    }

    // ---- the caches (Julia's mt_pop!, reserve, gen_rand, mt_setfull!) ----

    @TruffleBoundary
    private void refillFloats() {
        advVals = adv;
        fillArray(vals, 0, CACHE_F);
        idxF = 0;
    }

    /** The next cached double in [1, 2). */
    public double float12() {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, idxF == CACHE_F)) {
            refillFloats(); // once every 1002 draws
        }
        return vals[idxF++];
    }

    /** Julia's {@code reserve(r, n)}: at least {@code n} cached doubles (a pair drawn together discards a lone last one). */
    public void reserve(int n) {
        if (CACHE_F - idxF < n) {
            refillFloats();
        }
    }

    @TruffleBoundary
    private void refillInts() {
        advInts = adv;
        int len = 501 + 126;
        long[] w = new long[2 * len];
        adv += 2L * len;
        generate(w, len);
        int k = 501;
        int n = 0;
        while (n != 500) {
            k++;
            long hi = w[2 * (k - 1) + 1];
            long lo = w[2 * (k - 1)];
            xorShifted(w, ++n, hi, lo, 48);
            xorShifted(w, ++n, hi, lo, 36);
            xorShifted(w, ++n, hi, lo, 24);
            xorShifted(w, ++n, hi, lo, 12);
        }
        xorShifted(w, 501, w[2 * (len - 1) + 1], w[2 * (len - 1)], 48);
        System.arraycopy(w, 0, ints, 0, ints.length);
        idxI = CACHE_I;
    }

    /** {@code words[k] ⊻= (hi, lo) << s} on 1-based 128-bit word k, 0 < s < 64. */
    private static void xorShifted(long[] words, int k, long hi, long lo, int s) {
        words[2 * (k - 1) + 1] ^= (hi << s) | (lo >>> (64 - s));
        words[2 * (k - 1)] ^= lo << s;
    }

    /** Julia's {@code mt_pop!(r, UInt64)}. */
    public long popU64() {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, idxI < 8)) {
            refillInts(); // once every 1002 draws
        }
        idxI -= 8;
        int i = idxI;
        return ints[2 * (i >> 4) + ((i >> 3) & 1)];
    }

    /** Julia's {@code mt_pop!(r, UInt128)}: (high, low). */
    @TruffleBoundary
    public long[] popU128() {
        if (idxI < 16) {
            refillInts();
        }
        int idx = idxI >> 4;
        idxI = (idx << 4) - 16;
        return new long[]{ints[2 * (idx - 1) + 1], ints[2 * (idx - 1)]};
    }

    // ---- arrays (Julia's rand! methods for MersenneTwister) ----

    /** {@code rand!(r, ::UnsafeView{Float64}, CloseOpen12())}: {@code n} doubles in [1, 2) into {@code out[at...]}. */
    private void fillFloat12(double[] out, int at, int n) {
        int n2 = (n - 2) / 2 * 2;
        if (n2 < MIN_ARRAY) { // _rand_max383!: from the cache, refilled at most once
            if (idxF == CACHE_F) {
                refillFloats();
            }
            int m = Math.min(n, CACHE_F - idxF);
            System.arraycopy(vals, idxF, out, at, m);
            if (m == n) {
                idxF += m;
            } else {
                refillFloats();
                System.arraycopy(vals, 0, out, at + m, n - m);
                idxF = n - m;
            }
            return;
        }
        fillArray(out, at, n2);
        for (int k = n2; k < n; k++) {
            out[at + k] = float12();
        }
    }

    /** {@code rand!(r, ::UnsafeView{UInt128})} on {@code n} words (pairs of longs, low first). */
    private void fillWords(long[] a, int count) {
        int n = count;
        int i = n;
        while (true) {
            double[] d = new double[2 * i];
            fillFloat12(d, 0, 2 * i);
            for (int k = 0; k < 2 * i; k++) {
                a[k] = Double.doubleToRawLongBits(d[k]);
            }
            if (n < 5) {
                break;
            }
            i = 0;
            while (n - i >= 5) {
                i++;
                long hi = a[2 * (i - 1) + 1];
                long lo = a[2 * (i - 1)];
                xorShifted(a, n--, hi, lo, 48);
                xorShifted(a, n--, hi, lo, 36);
                xorShifted(a, n--, hi, lo, 24);
                xorShifted(a, n--, hi, lo, 12);
            }
        }
        if (n > 0) { // rand(r, UInt2x52Raw()): two raw draws, the first the high half
            reserve(2);
            long hi = Double.doubleToRawLongBits(vals[idxF++]);
            long lo = Double.doubleToRawLongBits(vals[idxF++]);
            for (int k = 1; k <= n; k++) {
                int s = 12 * k;
                a[2 * (k - 1) + 1] ^= (hi << s) | (lo >>> (64 - s));
                a[2 * (k - 1)] ^= lo << s;
            }
        }
    }

    private long raw52() {
        return Double.doubleToRawLongBits(float12());
    }

    /** Fills an Array of Float64, Float32, Float16, Bool or an integer type as Julia's {@code rand!(::MersenneTwister, A)}. */
    @TruffleBoundary
    public void fill(JlArray a) {
        int kind = a.kind;
        int n = a.length;
        switch (kind) {
            case Num.F64 -> {
                double[] d = (double[]) a.store;
                fillFloat12(d, 0, n);
                for (int k = 0; k < n; k++) {
                    d[k] -= 1.0;
                }
            }
            case Num.F32 -> {
                float[] f = (float[]) a.store;
                int n128 = n / 4;
                long[] w = floatWords(n128, 0x007fffff007fffffL, 0x3f8000003f800000L);
                for (int k = 0; k < n128; k++) {
                    long lo = w[2 * k];
                    long hi = w[2 * k + 1];
                    f[4 * k] = Float.intBitsToFloat((int) lo);
                    f[4 * k + 1] = Float.intBitsToFloat((int) (lo >>> 32));
                    f[4 * k + 2] = Float.intBitsToFloat((int) hi);
                    f[4 * k + 3] = Float.intBitsToFloat((int) (hi >>> 32));
                }
                for (int k = 4 * n128; k < n; k++) {
                    f[k] = Float.intBitsToFloat(((int) raw52() & 0x007fffff) | 0x3f800000);
                }
                for (int k = 0; k < n; k++) {
                    f[k] -= 1f;
                }
            }
            case Num.F16 -> {
                short[] h = (short[]) a.store;
                int n128 = n / 8;
                long[] w = floatWords(n128, 0x03ff03ff03ff03ffL, 0x3c003c003c003c00L);
                for (int k = 0; k < n128; k++) {
                    long lo = w[2 * k];
                    long hi = w[2 * k + 1];
                    for (int q = 0; q < 4; q++) {
                        h[8 * k + q] = (short) (lo >>> (16 * q));
                        h[8 * k + 4 + q] = (short) (hi >>> (16 * q));
                    }
                }
                for (int k = 8 * n128; k < n; k++) {
                    h[k] = (short) (0x3c00 | ((int) raw52() & 0x3ff));
                }
                for (int k = 0; k < n; k++) { // in [1, 2) with 10 bits: x - 1 is exact in Float16
                    h[k] = Float.floatToFloat16(Float.float16ToFloat(h[k]) - 1f);
                }
            }
            case Num.BOOL -> fillBools(a, n);
            default -> fillIntegers(a, kind, n);
        }
    }

    /**
     * The 128-bit words of a Float32 or Float16 array in [1, 2) (Julia's {@code mask128}): each
     * word xored with itself shifted left by 26, then every lane's mantissa bits kept
     * ({@code mantissas}) under the exponent of 1 ({@code one}).
     */
    private long[] floatWords(int n128, long mantissas, long one) {
        long[] w = words(n128);
        for (int k = 0; k < n128; k++) {
            long lo = w[2 * k];
            long hi = w[2 * k + 1];
            hi ^= (hi << 26) | (lo >>> 38);
            lo ^= lo << 26;
            w[2 * k] = (lo & mantissas) | one;
            w[2 * k + 1] = (hi & mantissas) | one;
        }
        return w;
    }

    /** Julia fills a view of no words too: on an empty float cache that refills it. */
    private long[] words(int n128) {
        long[] w = new long[2 * n128];
        fillWords(w, n128);
        return w;
    }

    private void fillBools(JlArray a, int n) {
        int n128 = n / 16;
        long bits;
        if (n128 == 0) {
            bits = raw52();
        } else {
            double[] d = new double[2 * n128];
            fillFloat12(d, 0, 2 * n128);
            long x = Double.doubleToRawLongBits(d[0]);
            bits = x ^ (x >>> 17);
            for (int k = 0; k < n128; k++) {
                long lo = Double.doubleToRawLongBits(d[2 * k]);
                long hi = Double.doubleToRawLongBits(d[2 * k + 1]);
                long mask = 0x0101010101010101L;
                long nhi = (hi ^ ((hi << 5) | (lo >>> 59))) & mask;
                long nlo = (lo ^ (lo << 5)) & mask;
                for (int q = 0; q < 8; q++) {
                    a.set(16 * k + q, ((nlo >>> (8 * q)) & 1) != 0);
                    a.set(16 * k + 8 + q, ((nhi >>> (8 * q)) & 1) != 0);
                }
            }
        }
        for (int k = 16 * n128; k < n; k++) {
            a.set(k, (bits & 1) != 0);
            bits >>>= 1;
        }
    }

    private void fillIntegers(JlArray a, int kind, int n) {
        int size = Num.bits(kind) / 8;
        int n128 = n * size / 16;
        long[] w = words(n128);
        int perWord = 16 / size;
        Object store = a.store;
        for (int k = 0; k < n128 * perWord; k++) {
            long word = w[2 * (k * size / 16) + ((k * size / 8) & 1)];
            long v = size == 16 ? 0 : word >>> (8 * ((k * size) % 8));
            switch (kind) {
                case Num.I64, Num.U64 -> ((long[]) store)[k] = v;
                case Num.I32, Num.U32 -> ((int[]) store)[k] = (int) v;
                case Num.I16, Num.U16 -> ((short[]) store)[k] = (short) v;
                case Num.I8, Num.U8 -> ((byte[]) store)[k] = (byte) v;
                case Num.I128, Num.U128 -> {
                    long lo = w[2 * k];
                    long hi = w[2 * k + 1];
                    a.set(k, kind == Num.I128 ? new Int128(hi, lo) : new UInt128(hi, lo));
                }
                default -> throw new IllegalArgumentException("no MersenneTwister bulk generation for " + a.elementType);
            }
        }
        for (int k = n128 * perWord; k < n; k++) { // the tail: scalar draws of the element type
            switch (kind) {
                case Num.I64, Num.U64 -> ((long[]) store)[k] = popU64();
                case Num.I32, Num.U32 -> ((int[]) store)[k] = (int) raw52();
                case Num.I16, Num.U16 -> ((short[]) store)[k] = (short) raw52();
                case Num.I8, Num.U8 -> ((byte[]) store)[k] = (byte) raw52();
                default -> throw new IllegalArgumentException("no MersenneTwister bulk generation for " + a.elementType);
            }
        }
    }

    // ---- advancing to a state show printed (Julia's advance!, without jumps) ----

    /**
     * Julia's {@code _advance_n!}: the generator {@code n} doubles on, in blocks. Returns -1, or
     * {@code n} when that cannot be done (negative, or fewer than a block).
     */
    private long advanceBy(long n) {
        if (n == 0) {
            return -1;
        }
        if (n < MIN_ARRAY) {
            return n;
        }
        int lw = (int) (MIN_ARRAY + n % MIN_ARRAY);
        double[] work = new double[lw];
        fillArray(work, 0, lw);
        long c = lw;
        while (n > c) {
            fillArray(work, 0, MIN_ARRAY);
            c += MIN_ARRAY;
        }
        return -1;
    }

    /**
     * Julia's {@code advance!(r, 0, adv, adv_vals, idxF, adv_ints, idxI)} on a freshly seeded
     * generator. Returns -1, or the count of doubles that could not be advanced by.
     */
    @TruffleBoundary
    public long advance(long toAdv, long toAdvVals, int toIdxF, long toAdvInts, int toIdxI) {
        boolean floats = toAdvVals != 0 || toIdxF != 0;
        boolean integers = toAdvInts != 0 || toIdxI != 0;
        long failed;
        if (floats && integers && toAdvVals >= toAdvInts) {
            failed = advanceInts(toAdvInts, toIdxI);
            failed = failed != -1 ? failed : advanceFloats(toAdvVals, toIdxF);
        } else {
            failed = floats ? advanceFloats(toAdvVals, toIdxF) : -1;
            failed = failed == -1 && integers ? advanceInts(toAdvInts, toIdxI) : failed;
        }
        return failed != -1 ? failed : advanceBy(toAdv - adv);
    }

    private long advanceFloats(long toAdvVals, int toIdxF) {
        long failed = advanceBy(toAdvVals - adv);
        if (failed == -1) {
            refillFloats();
            idxF = toIdxF;
        }
        return failed;
    }

    private long advanceInts(long toAdvInts, int toIdxI) {
        long failed = advanceBy(toAdvInts - adv);
        if (failed == -1) {
            refillInts();
            idxI = 16 * 501 - 8 * toIdxI;
        }
        return failed;
    }
}
