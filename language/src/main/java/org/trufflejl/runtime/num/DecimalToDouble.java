package org.trufflejl.runtime.num;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * Decimal text to the nearest Float64 in compiled code, for the common form
 * {@code [sign] digits [. digits] [(e|E) [sign] digits]} with at most 19 significant digits;
 * anything else, or a case these methods cannot decide, is {@link #NOT_HANDLED} and goes to the
 * general parser. Two exact methods: Clinger's (the digits and the power of ten are both exact
 * doubles, so one division or multiplication rounds once), and Eisel and Lemire's (the digits
 * times a 128-bit approximation of the power of ten; when the truncated bits could change the
 * rounding it gives up). {@code parse(Float64, s)} went through a boundary and Java's
 * {@code Double.parseDouble}: 225 ns for a 17-digit number.
 */
public final class DecimalToDouble {
    private DecimalToDouble() {
    }

    /** Returned when the text is not of the plain form or the value needs the general parser. */
    public static final double NOT_HANDLED = Double.NaN;

    private static final int MAX_DIGITS = 19;
    private static final long TWO_TO_53 = 1L << 53;

    /** 10^0..10^22, each an exact double. */
    @CompilationFinal(dimensions = 1) private static final double[] EXACT_POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
    }

    /** The value of {@code b} (a String's bytes), or {@link #NOT_HANDLED}. */
    public static double parse(byte[] b) {
        int n = b.length;
        int i = 0;
        boolean negative = false;
        if (n > 0 && (b[0] == '-' || b[0] == '+')) {
            negative = b[0] == '-';
            i = 1;
        }
        long w = 0;
        int significant = 0;
        int digits = 0;
        long exponent = 0;
        boolean point = false;
        for (; i < n; i++) {
            if (b[i] == '.' && !point) {
                point = true;
                continue;
            }
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (significant > 0 || d != 0) {
                if (significant == MAX_DIGITS) {
                    return NOT_HANDLED;
                }
                w = w * 10 + d;
                significant++;
            }
            exponent -= point ? 1 : 0;
            digits++;
        }
        if (digits == 0) {
            return NOT_HANDLED;
        }
        if (i < n && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int start = i;
            long e = 0;
            while (i < n && b[i] >= '0' && b[i] <= '9') {
                if (i - start == 9) {
                    return NOT_HANDLED;   // an exponent this long: the general parser's
                }
                e = e * 10 + (b[i] - '0');
                i++;
            }
            if (i == start) {
                return NOT_HANDLED;
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != n) {
            return NOT_HANDLED;
        }
        if (w == 0) {
            return negative ? -0.0 : 0.0;
        }
        double r = exactly(w, exponent);
        if (Double.isNaN(r)) {
            r = eiselLemire(w, exponent);
            if (Double.isNaN(r)) {
                return NOT_HANDLED;
            }
        }
        return negative ? -r : r;
    }

    /** Clinger's fast path: w and 10^|q| are exact doubles, so one operation rounds once. (w is unsigned: 19 digits can pass 2^63.) */
    private static double exactly(long w, long q) {
        if (Long.compareUnsigned(w, TWO_TO_53) > 0 || q < -22 || q > 22) {
            return NOT_HANDLED;
        }
        double x = w;
        return q < 0 ? x / EXACT_POWERS[(int) -q] : x * EXACT_POWERS[(int) q];
    }

    private static final int MIN_EXPONENT = -348;
    private static final int MAX_EXPONENT = 347;

    /**
     * The nearest double to {@code w * 10^q} for w != 0, or {@link #NOT_HANDLED} when the
     * 128-bit product leaves the rounding undecided or the result is subnormal or infinite
     * (Lemire, "Number Parsing at a Gigabyte per Second", 2021, section 5).
     */
    private static double eiselLemire(long w, long q) {
        if (q < MIN_EXPONENT || q > MAX_EXPONENT) {
            return NOT_HANDLED;
        }
        int index = (int) q - MIN_EXPONENT;
        long tableHigh = Powers.HIGH[index];
        int leadingZeros = Long.numberOfLeadingZeros(w);
        long m = w << leadingZeros;
        // the binary exponent of the result: floor(q * log2(10)) + 64 + bias, less the shift above
        long exponent2 = ((217706L * q) >> 16) + 64 + 1023 - leadingZeros;
        long hi = Math.unsignedMultiplyHigh(m, tableHigh);
        long lo = m * tableHigh;
        if ((hi & 0x1FF) == 0x1FF && Long.compareUnsigned(lo + m, m) < 0) {
            // the truncated low half of the power could carry into the kept bits: use it
            long tableLow = Powers.LOW[index];
            long yHi = Math.unsignedMultiplyHigh(m, tableLow);
            long yLo = m * tableLow;
            long mergedHi = hi;
            long mergedLo = lo + yHi;
            if (Long.compareUnsigned(mergedLo, lo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo == -1L && Long.compareUnsigned(yLo + m, m) < 0) {
                return NOT_HANDLED;
            }
            hi = mergedHi;
            lo = mergedLo;
        }
        long top = hi >>> 63;
        long mantissa = hi >>> (top + 9);
        exponent2 -= 1 ^ top;
        if (lo == 0 && (hi & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return NOT_HANDLED;   // exactly halfway between two doubles, as far as these bits tell
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> 53) > 0) {
            mantissa >>>= 1;
            exponent2++;
        }
        if (exponent2 <= 0 || exponent2 >= 0x7FF) {
            return NOT_HANDLED;   // subnormal or infinite
        }
        return Double.longBitsToDouble(exponent2 << 52 | (mantissa & 0x000FFFFFFFFFFFFFL));
    }

    /**
     * 10^q for q in [MIN_EXPONENT, MAX_EXPONENT] as 128 bits, the top bit set, truncated:
     * {@code HIGH[i]} and {@code LOW[i]} are its upper and lower words. Computed once, on first
     * use, from exact integers.
     */
    private static final class Powers {
        static final long[] HIGH = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
        static final long[] LOW = new long[MAX_EXPONENT - MIN_EXPONENT + 1];

        static {
            BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
            for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
                BigInteger bits;
                if (q >= 0) {
                    BigInteger p = BigInteger.TEN.pow(q);
                    int shift = p.bitLength() - 128;
                    bits = shift >= 0 ? p.shiftRight(shift) : p.shiftLeft(-shift);
                } else {
                    BigInteger p = BigInteger.TEN.pow(-q);
                    // floor(2^k / 10^-q) with k such that the quotient has exactly 128 bits
                    int k = p.bitLength() + 127;
                    bits = BigInteger.ONE.shiftLeft(k).divide(p);
                    if (bits.bitLength() > 128) {
                        bits = bits.shiftRight(1);
                    }
                }
                HIGH[q - MIN_EXPONENT] = bits.shiftRight(64).longValue();
                LOW[q - MIN_EXPONENT] = bits.and(mask).longValue();
            }
        }
    }
}
