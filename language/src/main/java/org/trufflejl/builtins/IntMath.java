package org.trufflejl.builtins;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.Wide;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/**
 * Julia's integer division family and shifts on the Java representations. Signed types up to
 * 64 bits compute in long with the type's minimum for the overflow check; unsigned types up to
 * 32 bits compute on non-negative longs; UInt64 uses the unsigned long operations; the 128-bit
 * types use {@link Wide}.
 */
final class IntMath {
    private IntMath() {
    }

    static RuntimeException divideError(Node node) {
        CompilerDirectives.transferToInterpreter();
        throw Errors.divideError(node);
    }

    // ---- signed, up to 64 bits ----

    static long sdiv(long a, long b, long min, Node node) {
        if (b == 0 || (b == -1 && a == min)) {
            throw divideError(node);
        }
        return a / b;
    }

    static long srem(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        return b == -1 ? 0 : a % b;
    }

    static long sfld(long a, long b, long min, Node node) {
        long d = sdiv(a, b, min, node);
        return (a ^ b) < 0 && d * b != a ? d - 1 : d;
    }

    static long scld(long a, long b, long min, Node node) {
        long d = sdiv(a, b, min, node);
        return ((a > 0) == (b > 0)) && d * b != a ? d + 1 : d;
    }

    static long smod(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        if (b == -1) {
            return 0;
        }
        long r = a % b;
        return r != 0 && (r ^ b) < 0 ? r + b : r;
    }

    // ---- unsigned values held as non-negative longs (UInt8..UInt32) ----

    static long udiv(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        return a / b;
    }

    static long urem(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        return a % b;
    }

    static long ufld(long a, long b, Node node) {
        return udiv(a, b, node);
    }

    static long ucld(long a, long b, Node node) {
        long d = udiv(a, b, node);
        return d * b != a ? d + 1 : d;
    }

    static long umod(long a, long b, Node node) {
        return urem(a, b, node);
    }

    // ---- UInt64 ----

    static long u64div(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        return Long.divideUnsigned(a, b);
    }

    static long u64rem(long a, long b, Node node) {
        if (b == 0) {
            throw divideError(node);
        }
        return Long.remainderUnsigned(a, b);
    }

    static long u64fld(long a, long b, Node node) {
        return u64div(a, b, node);
    }

    static long u64cld(long a, long b, Node node) {
        long d = u64div(a, b, node);
        return d * b != a ? d + 1 : d;
    }

    static long u64mod(long a, long b, Node node) {
        return u64rem(a, b, node);
    }

    // ---- UInt128 ----

    static UInt128 u128div(UInt128 a, UInt128 b, Node node) {
        if ((b.hi | b.lo) == 0) {
            throw divideError(node);
        }
        return Wide.udiv(a.hi, a.lo, b.hi, b.lo);
    }

    static UInt128 u128rem(UInt128 a, UInt128 b, Node node) {
        if ((b.hi | b.lo) == 0) {
            throw divideError(node);
        }
        return Wide.urem(a.hi, a.lo, b.hi, b.lo);
    }

    static UInt128 u128fld(UInt128 a, UInt128 b, Node node) {
        return u128div(a, b, node);
    }

    static UInt128 u128cld(UInt128 a, UInt128 b, Node node) {
        UInt128 d = u128div(a, b, node);
        UInt128 r = Wide.urem(a.hi, a.lo, b.hi, b.lo);
        if ((r.hi | r.lo) != 0) {
            return new UInt128(Wide.addHi(d.hi, d.lo, 0, 1), d.lo + 1);
        }
        return d;
    }

    static UInt128 u128mod(UInt128 a, UInt128 b, Node node) {
        return u128rem(a, b, node);
    }

    // ---- Int128: magnitudes divided unsigned, signs fixed up ----

    private static long absHi(Int128 a) {
        return a.hi < 0 ? -a.hi - (a.lo != 0 ? 1 : 0) : a.hi;
    }

    private static long absLo(Int128 a) {
        return a.hi < 0 ? -a.lo : a.lo;
    }

    private static Int128 negate(long hi, long lo, boolean negative) {
        return negative ? new Int128(-hi - (lo != 0 ? 1 : 0), -lo) : new Int128(hi, lo);
    }

    private static void checkDivisor(Int128 a, Int128 b, Node node) {
        if ((b.hi | b.lo) == 0 || (b.hi == -1 && b.lo == -1 && a.hi == Long.MIN_VALUE && a.lo == 0)) {
            throw divideError(node);
        }
    }

    static Int128 s128div(Int128 a, Int128 b, Node node) {
        checkDivisor(a, b, node);
        if ((a.hi == a.lo >> 63) && (b.hi == b.lo >> 63)) {
            long q = a.lo / b.lo; // both fit in a long; typemin(Int64) ÷ -1 fits in Int128
            if (b.lo == -1) {
                return new Int128(a.lo == Long.MIN_VALUE ? 0 : -a.hi - (a.lo != 0 ? 1 : 0), -a.lo);
            }
            return new Int128(q >> 63, q);
        }
        UInt128 q = Wide.udiv(absHi(a), absLo(a), absHi(b), absLo(b));
        return negate(q.hi, q.lo, (a.hi ^ b.hi) < 0);
    }

    static Int128 s128rem(Int128 a, Int128 b, Node node) {
        if ((b.hi | b.lo) == 0) {
            throw divideError(node);
        }
        if ((a.hi == a.lo >> 63) && (b.hi == b.lo >> 63)) {
            long r = b.lo == -1 ? 0 : a.lo % b.lo;
            return new Int128(r >> 63, r);
        }
        UInt128 r = Wide.urem(absHi(a), absLo(a), absHi(b), absLo(b));
        return negate(r.hi, r.lo, a.hi < 0);
    }

    // A call site whose modulus stays the same positive Int64-sized value (an LCG's modulus)
    // divides by multiplying with its cached reciprocal (Wide.InvariantDivisor).

    /** The divisor a site may cache: b prepared when 0 < b < 2^63, else null. */
    static Wide.InvariantDivisor invariantDivisor(Int128 b) {
        return b.hi == 0 && b.lo > 0 ? Wide.InvariantDivisor.of(b.lo) : null;
    }

    /** |a| mod d. */
    private static long absRemInvariant(Int128 a, Wide.InvariantDivisor d) {
        long ah = absHi(a);
        if (Long.compareUnsigned(ah, d.value()) >= 0) {
            ah = Long.remainderUnsigned(ah, d.value());
        }
        return d.remainder(ah, absLo(a));
    }

    static Int128 s128remInvariant(Int128 a, Wide.InvariantDivisor d) {
        long r = absRemInvariant(a, d);
        return a.hi < 0 && r != 0 ? new Int128(-1, -r) : new Int128(0, r);
    }

    static Int128 s128modInvariant(Int128 a, Wide.InvariantDivisor d) {
        long r = absRemInvariant(a, d);
        return new Int128(0, a.hi < 0 && r != 0 ? d.value() - r : r);
    }

    private static boolean isZero(Int128 a) {
        return (a.hi | a.lo) == 0;
    }

    static Int128 s128fld(Int128 a, Int128 b, Node node) {
        Int128 d = s128div(a, b, node);
        if ((a.hi ^ b.hi) < 0 && !isZero(s128rem(a, b, node))) {
            return new Int128(Wide.subHi(d.hi, d.lo, 0, 1), d.lo - 1);
        }
        return d;
    }

    static Int128 s128cld(Int128 a, Int128 b, Node node) {
        Int128 d = s128div(a, b, node);
        if ((a.hi ^ b.hi) >= 0 && !isZero(s128rem(a, b, node))) {
            return new Int128(Wide.addHi(d.hi, d.lo, 0, 1), d.lo + 1);
        }
        return d;
    }

    static Int128 s128mod(Int128 a, Int128 b, Node node) {
        if ((b.hi | b.lo) == 0) {
            throw divideError(node);
        }
        if (b.hi == b.lo >> 63) {
            if (a.hi == a.lo >> 63) {
                long r = b.lo == -1 ? 0 : Math.floorMod(a.lo, b.lo);
                return new Int128(r >> 63, r);
            }
            if (b.lo > 0) {
                // The common case of a wide dividend and a small positive modulus (LCGs): one 128/64 division.
                long ah = absHi(a);
                long al = absLo(a);
                long rem = Long.compareUnsigned(ah, b.lo) < 0 ? al - Wide.divlu(ah, al, b.lo) * b.lo
                                : Wide.urem(ah, al, 0, b.lo).lo;
                if (a.hi < 0 && rem != 0) {
                    rem = b.lo - rem;
                }
                return new Int128(0, rem);
            }
        }
        Int128 r = s128rem(a, b, node);
        if (!isZero(r) && (r.hi ^ b.hi) < 0) {
            return new Int128(Wide.addHi(r.hi, r.lo, b.hi, b.lo), r.lo + b.lo);
        }
        return r;
    }

    // ---- shifts: a is the value sign- or zero-extended to long, w its width ----

    private static long count(long n) {
        return n == Long.MIN_VALUE ? Long.MAX_VALUE : -n;
    }

    // A negative count shifts the other way. The helpers below never call each other, so partial
    // evaluation sees no (mutual) recursion: a recursive version made Graal bail out of `>>>`.

    static long shl(long a, long n, int w, boolean signed) {
        return n >= 0 ? shlBy(a, n, w) : sarBy(a, count(n), w, signed);
    }

    /** {@code >>}: arithmetic for signed values, logical for unsigned ones. */
    static long sar(long a, long n, int w, boolean signed) {
        return n >= 0 ? sarBy(a, n, w, signed) : shlBy(a, count(n), w);
    }

    /** {@code >>>}: logical shift of the w-bit pattern. */
    static long shr(long a, long n, int w, boolean signed) {
        return n >= 0 ? shrBy(a, n, w) : shlBy(a, count(n), w);
    }

    private static long shlBy(long a, long n, int w) {
        return n >= w ? 0 : a << n;
    }

    private static long sarBy(long a, long n, int w, boolean signed) {
        if (!signed) {
            return n >= w ? 0 : a >>> n;
        }
        return n >= w ? a >> 63 : a >> n;
    }

    private static long shrBy(long a, long n, int w) {
        long bits = w == 64 ? a : a & ((1L << w) - 1);
        return n >= w ? 0 : bits >>> n;
    }

    private static long shlHi(long hi, long lo, long n) {
        if (n >= 128) {
            return 0;
        }
        if (n >= 64) {
            return lo << (n - 64);
        }
        return n == 0 ? hi : (hi << n) | (lo >>> (64 - n));
    }

    private static long shlLo(long lo, long n) {
        return n >= 64 ? 0 : lo << n;
    }

    private static long shrLo(long hi, long lo, long n, boolean arith) {
        if (n >= 128) {
            return arith ? hi >> 63 : 0;
        }
        if (n >= 64) {
            return arith ? hi >> (n - 64) : hi >>> (n - 64);
        }
        return n == 0 ? lo : (lo >>> n) | (hi << (64 - n));
    }

    private static long shrHi(long hi, long n, boolean arith) {
        if (n >= 64) {
            return arith ? hi >> 63 : 0;
        }
        return arith ? hi >> n : hi >>> n;
    }

    static Int128 shl128(Int128 a, long n) {
        if (n < 0) {
            return sar128(a, count(n));
        }
        return new Int128(shlHi(a.hi, a.lo, n), shlLo(a.lo, n));
    }

    static UInt128 shl128(UInt128 a, long n) {
        if (n < 0) {
            return sar128(a, count(n));
        }
        return new UInt128(shlHi(a.hi, a.lo, n), shlLo(a.lo, n));
    }

    static Int128 sar128(Int128 a, long n) {
        if (n < 0) {
            return shl128(a, count(n));
        }
        return new Int128(shrHi(a.hi, n, true), shrLo(a.hi, a.lo, n, true));
    }

    static UInt128 sar128(UInt128 a, long n) {
        return shr128(a, n);
    }

    static Int128 shr128(Int128 a, long n) {
        if (n < 0) {
            return shl128(a, count(n));
        }
        return new Int128(shrHi(a.hi, n, false), shrLo(a.hi, a.lo, n, false));
    }

    static UInt128 shr128(UInt128 a, long n) {
        if (n < 0) {
            return shl128(a, count(n));
        }
        return new UInt128(shrHi(a.hi, n, false), shrLo(a.hi, a.lo, n, false));
    }
}
