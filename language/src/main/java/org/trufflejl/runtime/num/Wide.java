package org.trufflejl.runtime.num;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * 128-bit integer algorithms on (hi, lo) pairs of longs, shared by {@link Int128} and
 * {@link UInt128}. Multiplication uses {@code Math.unsignedMultiplyHigh}; division is
 * Hacker's Delight's 128/64 long division (divlu) and its 128/128 extension — no BigInteger on
 * hot paths.
 */
public final class Wide {
    private Wide() {
    }

    @TruffleBoundary
    static BigInteger toBigInteger(long hi, long lo, boolean signed) {
        BigInteger high = signed ? BigInteger.valueOf(hi) : new BigInteger(Long.toUnsignedString(hi));
        return high.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }

    /** High word of (aHi:aLo) + (bHi:bLo); the low word is {@code aLo + bLo}. */
    public static long addHi(long aHi, long aLo, long bHi, long bLo) {
        long lo = aLo + bLo;
        return aHi + bHi + (Long.compareUnsigned(lo, aLo) < 0 ? 1 : 0);
    }

    public static long subHi(long aHi, long aLo, long bHi, long bLo) {
        return aHi - bHi - (Long.compareUnsigned(aLo, bLo) < 0 ? 1 : 0);
    }

    /** High word of the product modulo 2^128 (the same for signed and unsigned operands). */
    public static long mulHi(long aHi, long aLo, long bHi, long bLo) {
        return Math.unsignedMultiplyHigh(aLo, bLo) + aHi * bLo + aLo * bHi;
    }

    public static int compareSigned(long aHi, long aLo, long bHi, long bLo) {
        return aHi != bHi ? Long.compare(aHi, bHi) : Long.compareUnsigned(aLo, bLo);
    }

    public static int compareUnsigned(long aHi, long aLo, long bHi, long bLo) {
        return aHi != bHi ? Long.compareUnsigned(aHi, bHi) : Long.compareUnsigned(aLo, bLo);
    }

    /**
     * Quotient of the unsigned 128-bit u1:u0 by v where u1 < v (unsigned): Knuth's algorithm D
     * specialised to two 32-bit digits of the divisor (Hacker's Delight, divlu).
     */
    public static long divlu(long u1, long u0, long v) {
        final long b = 1L << 32;
        int s = Long.numberOfLeadingZeros(v);
        v <<= s;
        long vn1 = v >>> 32;
        long vn0 = v & 0xFFFFFFFFL;
        long un32 = s == 0 ? u1 : (u1 << s) | (u0 >>> (64 - s));
        long un10 = u0 << s;
        long un1 = un10 >>> 32;
        long un0 = un10 & 0xFFFFFFFFL;
        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, b) >= 0 || Long.compareUnsigned(q1 * vn0, b * rhat + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        long un21 = un32 * b + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, b) >= 0 || Long.compareUnsigned(q0 * vn0, b * rhat + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        return q1 * b + q0;
    }

    /**
     * A divisor 0 < d < 2^63 prepared for many divisions (a call site's constant modulus): its
     * normalising shift and reciprocal floor((2^128 - 1) / (d << shift)) - 2^64, so that
     * {@link #remainder} takes two multiplications and two corrections instead of long division
     * (Möller and Granlund, "Improved division by invariant integers", 2011, Alg. 4).
     */
    public record InvariantDivisor(long value, int shift, long reciprocal) {
        public static InvariantDivisor of(long d) {
            int s = Long.numberOfLeadingZeros(d);
            return new InvariantDivisor(d, s, udiv(-1L, -1L, 0, d << s).lo);
        }

        /** (u1:u0) mod value, unsigned, for u1 < value. */
        public long remainder(long u1, long u0) {
            int s = shift;
            long dn = value << s;
            long n1 = s == 0 ? u1 : (u1 << s) | (u0 >>> (64 - s));
            long n0 = u0 << s;
            long qLo = reciprocal * n1;
            long qHi = Math.unsignedMultiplyHigh(reciprocal, n1);
            long sumLo = qLo + n0;
            qHi = qHi + n1 + (Long.compareUnsigned(sumLo, qLo) < 0 ? 1 : 0) + 1;
            long r = n0 - qHi * dn;
            if (Long.compareUnsigned(r, sumLo) > 0) {
                r += dn;
            }
            if (Long.compareUnsigned(r, dn) >= 0) {
                r -= dn;
            }
            return r >>> s;
        }
    }

    /** Unsigned 128-bit quotient (v nonzero). */
    public static UInt128 udiv(long uHi, long uLo, long vHi, long vLo) {
        if (vHi == 0) {
            if (uHi == 0) {
                return new UInt128(0, Long.divideUnsigned(uLo, vLo));
            }
            if (Long.compareUnsigned(uHi, vLo) < 0) {
                return new UInt128(0, divlu(uHi, uLo, vLo));
            }
            long q1 = Long.divideUnsigned(uHi, vLo);
            long k = uHi - q1 * vLo;
            return new UInt128(q1, divlu(k, uLo, vLo));
        }
        int n = Long.numberOfLeadingZeros(vHi);
        long v1 = n == 0 ? vHi : (vHi << n) | (vLo >>> (64 - n));
        long u1Hi = uHi >>> 1;
        long u1Lo = (uLo >>> 1) | (uHi << 63);
        long q1 = divlu(u1Hi, u1Lo, v1);
        long q0 = q1 >>> (63 - n); // (q1 << n) >> 63 as 128-bit: undo the normalisation and the halving of u
        if (q0 != 0) {
            q0--;
        }
        // remainder candidate u - q0 * v; if still >= v, the quotient is one more
        long pLo = q0 * vLo;
        long pHi = Math.unsignedMultiplyHigh(q0, vLo) + q0 * vHi;
        long rLo = uLo - pLo;
        long rHi = subHi(uHi, uLo, pHi, pLo);
        if (compareUnsigned(rHi, rLo, vHi, vLo) >= 0) {
            q0++;
        }
        return new UInt128(0, q0);
    }

    /** Unsigned 128-bit remainder (v nonzero). */
    public static UInt128 urem(long uHi, long uLo, long vHi, long vLo) {
        if (vHi == 0 && uHi == 0) {
            return new UInt128(0, Long.remainderUnsigned(uLo, vLo));
        }
        if (vHi == 0 && Long.compareUnsigned(uHi, vLo) < 0) {
            long q = divlu(uHi, uLo, vLo);
            return new UInt128(0, uLo - q * vLo);
        }
        UInt128 q = udiv(uHi, uLo, vHi, vLo);
        long pLo = q.lo * vLo;
        long pHi = mulHi(q.hi, q.lo, vHi, vLo);
        return new UInt128(subHi(uHi, uLo, pHi, pLo), uLo - pLo);
    }

    /** The unsigned 128-bit value as a correctly rounded double. */
    public static double unsignedToDouble(long hi, long lo) {
        if (hi == 0) {
            return unsignedToDouble(lo);
        }
        int shift = 64 - Long.numberOfLeadingZeros(hi); // bits above the low word
        long top = shift == 64 ? hi : (hi << (64 - shift)) | (lo >>> shift);
        long lost = shift == 64 ? lo : lo << (64 - shift);
        if (lost != 0) {
            top |= 1; // sticky bit: below the 53 bits kept, it only breaks ties correctly
        }
        return Math.scalb(unsignedToDouble(top), shift);
    }

    public static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }

    public static float unsignedToFloat(long hi, long lo) {
        if (hi == 0) {
            return unsignedToFloat(lo);
        }
        int shift = 64 - Long.numberOfLeadingZeros(hi);
        long top = shift == 64 ? hi : (hi << (64 - shift)) | (lo >>> shift);
        long lost = shift == 64 ? lo : lo << (64 - shift);
        if (lost != 0) {
            top |= 1;
        }
        return Math.scalb(unsignedToFloat(top), shift);
    }

    public static float unsignedToFloat(long v) {
        if (v >= 0) {
            return v;
        }
        return ((float) ((v >>> 1) | (v & 1))) * 2.0f;
    }

    /** trunc of a finite double with |d| < 2^128 as 128-bit two's complement; high word returned, low via {@link #lowOf}. */
    public static long highOf(double d) {
        double a = Math.abs(d);
        if (a < 9.223372036854775808e18) {
            return ((long) d) < 0 ? -1 : 0;
        }
        long bits = Double.doubleToRawLongBits(a);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1075;
        long m = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        long hi = e >= 64 ? m << (e - 64) : m >>> (64 - e);
        long lo = e >= 64 ? 0 : m << e;
        return d < 0 ? -hi - (lo != 0 ? 1 : 0) : hi;
    }

    public static long lowOf(double d) {
        double a = Math.abs(d);
        if (a < 9.223372036854775808e18) {
            return (long) d;
        }
        long bits = Double.doubleToRawLongBits(a);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1075;
        long m = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        long lo = e >= 64 ? 0 : m << e;
        return d < 0 ? -lo : lo;
    }
}
