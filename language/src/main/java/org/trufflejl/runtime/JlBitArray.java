package org.trufflejl.runtime;

import java.util.Arrays;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code BitArray{N}}: booleans packed 64 to a {@code long} chunk, bit {@code i} (0-based,
 * column-major) in bit {@code i & 63} of chunk {@code i >>> 6}. Bits past {@link #length} in the
 * last chunk are always zero, so whole-word operations ({@code count}, {@code ==}) need no mask.
 */
public final class JlBitArray implements TruffleObject {
    public final DataType type;
    public long[] chunks;
    public int length;
    /** Dimensions; a vector's single dimension tracks {@link #length}. */
    public int[] dims;

    public JlBitArray(long[] chunks, int length, int[] dims) {
        this.type = Types.bitArrayOf(dims.length);
        this.chunks = chunks;
        this.length = length;
        this.dims = dims;
    }

    public static int nchunks(int n) {
        return (n + 63) >>> 6;
    }

    /** A new array of {@code dims} with every bit {@code value}. */
    @TruffleBoundary
    public static JlBitArray filled(int[] dims, boolean value) {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        int len = (int) n;
        long[] chunks = new long[nchunks(len)];
        JlBitArray b = new JlBitArray(chunks, len, dims);
        if (value) {
            Arrays.fill(chunks, -1L);
            b.clearTail();
        }
        return b;
    }

    public boolean get(int i) {
        return (chunks[i >>> 6] & (1L << i)) != 0;
    }

    public void set(int i, boolean v) {
        if (v) {
            chunks[i >>> 6] |= 1L << i;
        } else {
            chunks[i >>> 6] &= ~(1L << i);
        }
    }

    /** Zeroes the unused bits of the last chunk. */
    public void clearTail() {
        int r = length & 63;
        if (r != 0) {
            chunks[chunks.length - 1] &= (1L << r) - 1;
        }
    }

    @TruffleBoundary
    public long count() {
        long c = 0;
        int n = nchunks(length);
        for (int k = 0; k < n; k++) {
            c += Long.bitCount(chunks[k]);
        }
        return c;
    }

    /** Resizes a vector to {@code n} bits; new bits are zero. */
    @TruffleBoundary
    public void resize(int n) {
        int need = nchunks(n);
        if (need > chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(need, chunks.length * 2));
        }
        if (n < length) {
            int old = length;
            length = n;
            clearTail();
            Arrays.fill(chunks, need, nchunks(old), 0L);
        }
        length = n;
        dims[0] = n;
    }

    /** Index (0-based) of the first bit equal to {@code v} at or after {@code from}, or -1. */
    @TruffleBoundary
    public int findNext(boolean v, int from) {
        if (from >= length) {
            return -1;
        }
        int k = from >>> 6;
        int n = nchunks(length);
        long w = (v ? chunks[k] : ~chunks[k]) & (-1L << from);
        while (true) {
            if (w != 0) {
                int i = (k << 6) + Long.numberOfTrailingZeros(w);
                return i < length ? i : -1;
            }
            if (++k >= n) {
                return -1;
            }
            w = v ? chunks[k] : ~chunks[k];
        }
    }

    /** Index (0-based) of the last bit equal to {@code v} at or before {@code from}, or -1. */
    @TruffleBoundary
    public int findPrev(boolean v, int from) {
        for (int i = Math.min(from, length - 1); i >= 0; i--) {
            if (get(i) == v) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    public JlBitArray copy() {
        return new JlBitArray(Arrays.copyOf(chunks, nchunks(length)), length, dims.clone());
    }
}
