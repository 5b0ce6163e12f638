package org.trufflejl.runtime;

/**
 * An Int64's decimal digits as ASCII bytes, in compiled code (Java's {@code Long.toString} runs
 * behind a boundary, as host code). Works on the negative magnitude, which every Int64 has.
 */
public final class DecimalDigits {
    private DecimalDigits() {
    }

    /** How many bytes {@code x} prints as, its sign included. */
    public static int length(long x) {
        int n = x < 0 ? 2 : 1;
        long y = x < 0 ? x : -x;
        while (y <= -10) {
            y /= 10;
            n++;
        }
        return n;
    }

    /** Writes {@code x} at {@code out[at]}; the index after it. */
    public static int write(long x, byte[] out, int at) {
        int end = at + length(x);
        long y = x < 0 ? x : -x;
        int i = end;
        do {
            out[--i] = (byte) ('0' - y % 10);
            y /= 10;
        } while (y != 0);
        if (x < 0) {
            out[at] = '-';
        }
        return end;
    }

    public static byte[] of(long x) {
        byte[] b = new byte[length(x)];
        write(x, b, 0);
        return b;
    }
}
