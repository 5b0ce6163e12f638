package org.trufflejl.runtime.num;

import org.trufflejl.runtime.DecimalDigits;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * Julia's text of a Float64, in compiled code, for numbers below 2^53 whose shortest decimal has
 * at most 22 decimals: the shortest decimal that reads back as the number, written plain between
 * 1e-4 and 1e6 and with an exponent outside (Julia's {@code 1.0e6}). For the smallest k such that an
 * integer m makes m / 10^k the number (checked by that division, correctly rounded in doubles
 * for m below 2^53 and k up to 22), m's digits are the shortest ones. Anything else (more
 * digits, other magnitudes, an exact tie between two candidates) is {@link #NOT_HANDLED}: the
 * general printer's.
 * Printing a float was a boundary call through Java's {@code Double.toString} (150 ns).
 */
public final class ShortFloat {
    private ShortFloat() {
    }

    public static final long NOT_HANDLED = -1;

    private static final int MAX_DECIMALS = 22;
    private static final double TWO_TO_53 = 9007199254740992.0;

    @CompilationFinal(dimensions = 1) private static final double[] POWERS = new double[MAX_DECIMALS + 1];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    /**
     * The digits m and the number of decimals k of |x| as {@code m << 5 | k}, or
     * {@link #NOT_HANDLED}. Reading back is monotonic in k (k decimals that do, do with a zero
     * more), so k is found by bisection; at that k at most two integers read back (the number's
     * rounding interval is under two units wide there), and of two the one nearer the exact
     * product is Julia's (its residual, from a fused multiply-add, is exact).
     */
    public static long form(double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-22 && a < TWO_TO_53)) {
            return NOT_HANDLED;
        }
        double ulp = Math.ulp(a);
        // the most decimals with every candidate exact and at most two of them reading back
        int hi = MAX_DECIMALS;
        while (hi >= 0 && (a * POWERS[hi] >= TWO_TO_53 || ulp * POWERS[hi] >= 2)) {
            hi--;
        }
        if (hi < 0 || readBack(a, hi, false) == NOT_HANDLED) {
            return NOT_HANDLED;
        }
        int lo = -1;   // reads back at hi, does not at lo
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (readBack(a, mid, false) != NOT_HANDLED) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        long m = readBack(a, hi, true);
        return m < 0 ? NOT_HANDLED : m << 5 | hi;
    }

    /**
     * The integer m whose m / 10^k reads back as {@code a}, the nearer to the exact
     * {@code a * 10^k} if two do; NOT_HANDLED if none does, or (with {@code resolve}) two do
     * equally near. Without {@code resolve}, only whether one does.
     */
    private static long readBack(double a, int k, boolean resolve) {
        double scale = POWERS[k];
        double m = Math.rint(a * scale);
        boolean here = m / scale == a;
        if (here && !resolve) {
            return (long) m;
        }
        // a * 10^k - m, exact (below 2^53 the product's low bits fit the residual's precision):
        // which side of m the number is, and how far; m may be one off the nearest integer
        double r = Math.fma(a, scale, -m);
        double other = r > 0 ? m + 1 : m - 1;
        boolean there = other > 0 && other / scale == a;
        if (here && there && resolve) {
            double e = Math.abs(Math.fma(a, scale, -other));
            double d = Math.abs(r);
            if (d == e) {
                return NOT_HANDLED;
            }
            return (long) (d < e ? m : other);
        }
        return here ? (long) m : there ? (long) other : NOT_HANDLED;
    }

    /** Where Julia writes a number without an exponent: the point after this many digits of m, in (-4, 6]. */
    private static boolean plain(int pointPos) {
        return pointPos > -4 && pointPos <= 6;
    }

    /** How many bytes {@code x} prints as, given its {@link #form}. */
    public static int length(double x, long form) {
        long m = form >>> 5;
        int k = (int) (form & 31);
        int digits = DecimalDigits.length(m);
        int sign = x < 0 ? 1 : 0;
        int pointPos = digits - k;
        if (!plain(pointPos)) {
            int n = digits - trailingZeros(m);
            return sign + n + (n == 1 ? 2 : 1) + 1 + DecimalDigits.length(pointPos - 1);   // "1.5e-7", "1.0e6"
        }
        if (k == 0) {
            return sign + digits + 2;                 // "123.0"
        }
        return sign + (digits > k ? digits + 1 : k + 2);   // "1.25" or "0.0125"
    }

    private static int trailingZeros(long m) {
        int z = 0;
        while (m % 10 == 0 && m != 0) {
            m /= 10;
            z++;
        }
        return z;
    }

    /** Writes {@code x} (of this {@link #form}) at {@code out[at]}; the index after it. */
    public static int write(double x, long form, byte[] out, int at) {
        long m = form >>> 5;
        int k = (int) (form & 31);
        int i = at;
        if (x < 0) {
            out[i++] = '-';
        }
        int digits = DecimalDigits.length(m);
        int pointPos = digits - k;
        if (!plain(pointPos)) {
            int z = trailingZeros(m);
            long d = m;
            for (int j = 0; j < z; j++) {
                d /= 10;
            }
            int end = DecimalDigits.write(d, out, i);   // the digits, then the point after the first
            System.arraycopy(out, i + 1, out, i + 2, end - i - 1);
            out[i + 1] = '.';
            end++;
            if (end == i + 2) {
                out[end++] = '0';
            }
            out[end++] = 'e';
            return DecimalDigits.write(pointPos - 1, out, end);
        }
        if (k == 0) {
            i = DecimalDigits.write(m, out, i);
            out[i++] = '.';
            out[i++] = '0';
            return i;
        }
        if (digits > k) {
            // integer part, point, fraction: the digits written, then the fraction moved right by one
            int end = DecimalDigits.write(m, out, i);
            int point = end - k;
            System.arraycopy(out, point, out, point + 1, k);
            out[point] = '.';
            return end + 1;
        }
        out[i++] = '0';
        out[i++] = '.';
        for (int z = digits; z < k; z++) {
            out[i++] = '0';
        }
        return DecimalDigits.write(m, out, i);
    }
}
