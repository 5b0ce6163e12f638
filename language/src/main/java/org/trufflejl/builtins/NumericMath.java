package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.num.Wide;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Powers and the elementary float functions. Float32 and Float16 evaluate in double and round
 * once to their type; sqrt of a Float16 or Float32 is exact that way.
 */
public final class NumericMath {
    private NumericMath() {
    }

    static RuntimeException negativePower(long exp, Node node) {
        CompilerDirectives.transferToInterpreter();
        throw Errors.domainError(exp, "Cannot raise an integer x to a negative power " + exp + ".\nMake x or " + exp
                        + " a float by adding a zero decimal (e.g., 2.0^" + exp + " or 2^" + exp + ".0 instead of 2^" + exp
                        + ")or write 1/x^" + (-exp) + ", float(x)^" + exp + ", x^float(" + exp + ") or (x//1)^" + exp + ".", node);   // sic: Julia 1.10's intfuncs.jl
    }

    /** x^n by squaring with wraparound (x as a long of the type's width, the caller narrows). */
    static long powLong(long x, long n, Node node) {
        if (n < 0) {
            if (x == 1) {
                return 1;
            } else if (x == -1) {
                return (n & 1) == 0 ? 1 : -1;
            }
            throw negativePower(n, node);
        }
        long result = 1;
        long b = x;
        long e = n;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return result;
    }

    static long[] pow128(long hi, long lo, long n, boolean signed, Node node) {
        if (n < 0) {
            boolean one = hi == 0 && lo == 1;
            boolean minusOne = signed && hi == -1 && lo == -1;
            if (one || (minusOne && (n & 1) != 0)) {
                return new long[]{hi, lo};
            } else if (minusOne) {
                return new long[]{0, 1};
            }
            throw negativePower(n, node);
        }
        long rh = 0;
        long rl = 1;
        long bh = hi;
        long bl = lo;
        long e = n;
        while (e != 0) {
            if ((e & 1) != 0) {
                long h = Wide.mulHi(rh, rl, bh, bl);
                rl = rl * bl;
                rh = h;
            }
            long h = Wide.mulHi(bh, bl, bh, bl);
            bl = bl * bl;
            bh = h;
            e >>>= 1;
        }
        return new long[]{rh, rl};
    }

    static double checkedPow(double x, double y, Node node) {
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.domainError(x, "Exponentiation yielding a complex result requires a complex argument.\n"
                            + "Replace x^y with (x+0im)^y, Complex(x)^y, or similar.", node);
        }
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            return 1.0; // as C's pow and Julia's: 1^NaN and (-1)^±Inf are 1 (Java's Math.pow says NaN)
        }
        return Math.pow(x, y);
    }

    /** {@code x ^ n} with an Int64 exponent, for every integer type (by squaring, wrapping) and float type. */
    public abstract static class PowInt extends Builtin2 {
        @Specialization
        byte pow(byte a, long n) {
            return (byte) powLong(a, n, this);
        }

        @Specialization
        short pow(short a, long n) {
            return (short) powLong(a, n, this);
        }

        @Specialization
        int pow(int a, long n) {
            return (int) powLong(a, n, this);
        }

        @Specialization
        long pow(long a, long n) {
            return powLong(a, n, this);
        }

        @Specialization
        UInt8 pow(UInt8 a, long n) {
            return new UInt8((byte) powLong(a.bits & 0xFF, n, this));
        }

        @Specialization
        UInt16 pow(UInt16 a, long n) {
            return new UInt16((short) powLong(a.bits & 0xFFFF, n, this));
        }

        @Specialization
        UInt32 pow(UInt32 a, long n) {
            return new UInt32((int) powLong(a.bits & 0xFFFFFFFFL, n, this));
        }

        @Specialization
        UInt64 pow(UInt64 a, long n) {
            return new UInt64(powLong(a.bits, n, this));
        }

        @Specialization
        Int128 pow(Int128 a, long n) {
            long[] r = pow128(a.hi, a.lo, n, true, this);
            return new Int128(r[0], r[1]);
        }

        @Specialization
        UInt128 pow(UInt128 a, long n) {
            long[] r = pow128(a.hi, a.lo, n, false, this);
            return new UInt128(r[0], r[1]);
        }

        @Specialization
        boolean pow(boolean a, long n) {
            if (n < 0 && !a) {
                throw negativePower(n, this);
            }
            return a || n == 0;
        }

        @Specialization
        Float16 pow(Float16 a, long n) {
            return Float16.fromDouble(powFloat32(a.floatValue(), n));   // Julia: Float16(Float32(x)^n)
        }

        @Specialization
        float pow(float a, long n) {
            return powFloat32(a, n);
        }

        @Specialization
        double pow(double a, long n) {
            return powFloat64(a, n);
        }
    }

    /**
     * Julia 1.10's {@code ^(x::Float64, n::Integer)} (math.jl's pow_body): repeated squaring with
     * the low parts of each product carried along (two_mul by fma), so the result is as good as
     * correctly rounded and the same bits as Julia's; n == 3 and n == -2 are literal_pow's
     * {@code x*x*x} and {@code inv(x)^2}. Math.pow differs in the last bit (x^3 in a quarter of cases).
     */
    static double powFloat64(double x, long n) {
        if (n == 0) {
            return 1.0;
        }
        if (n == 3) {
            return x * x * x;
        }
        double y = 1.0;
        double xnlo = 0.0;
        double ynlo = 0.0;
        if (n < 0) {
            double rx = 1.0 / x;
            if (n == -2) {
                return rx * rx;
            }
            if (Double.isFinite(x)) {
                xnlo = -Math.fma(x, rx, -1.0) * rx;
            }
            x = rx;
            n = -n;
        }
        while (n > 1) {
            if ((n & 1) > 0) {
                double err = Math.fma(y, xnlo, x * ynlo);
                double xy = x * y;
                ynlo = Math.fma(x, y, -xy) + err;
                y = xy;
            }
            double err = x * 2 * xnlo;
            double xx = x * x;
            xnlo = Math.fma(x, x, -xx) + err;
            x = xx;
            n >>>= 1;
        }
        double err = Math.fma(y, xnlo, x * ynlo);
        return Double.isFinite(x) && Double.isFinite(err) ? Math.fma(x, y, err) : x * y;
    }

    /** Julia's {@code ^(x::Float32, n::Integer)}: by squaring in Float64 (power_by_squaring), rounded once. */
    static float powFloat32(float x, long n) {
        if (n == -2) {
            float i = 1f / x;
            return i * i;
        }
        if (n == 3) {
            return x * x * x;
        }
        return n < 0 ? (float) powerBySquaring(1.0 / x, -n) : (float) powerBySquaring(x, n);
    }

    /** intfuncs.jl's power_by_squaring for a Float64 and n >= 0. */
    private static double powerBySquaring(double x, long p) {
        if (p == 1) {
            return x;
        } else if (p == 0) {
            return 1.0;
        } else if (p == 2) {
            return x * x;
        }
        int t = Long.numberOfTrailingZeros(p) + 1;
        p >>= t;
        while (--t > 0) {
            x *= x;
        }
        double y = x;
        while (p > 0) {
            t = Long.numberOfTrailingZeros(p) + 1;
            p >>= t;
            while (--t >= 0) {
                x *= x;
            }
            y *= x;
        }
        return y;
    }

    /** {@code x ^ y} on two floats of one type; DomainError for a negative base and a non-integer power. */
    public abstract static class PowFloat extends Builtin2 {
        @Specialization
        Float16 pow(Float16 a, Float16 b) {
            return Float16.fromDouble(checkedPow(a.doubleValue(), b.doubleValue(), this));
        }

        @Specialization
        float pow(float a, float b) {
            return (float) checkedPow(a, b, this);
        }

        @Specialization
        double pow(double a, double b) {
            return checkedPow(a, b, this);
        }
    }

    static double checkSqrtDomain(double a, Node node) {
        if (a < 0) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.domainError(a, "sqrt was called with a negative real argument but will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).", node);
        }
        return a;
    }

    /** {@code sqrt} with Julia's DomainError for negative arguments. */
    public abstract static class Sqrt extends Builtin1 {
        @Specialization
        Float16 sqrt(Float16 a) {
            return Float16.fromFloat((float) Math.sqrt(checkSqrtDomain(a.doubleValue(), this)));
        }

        @Specialization
        float sqrt(float a) {
            return (float) Math.sqrt(checkSqrtDomain(a, this));
        }

        @Specialization
        double sqrt(double a) {
            return Math.sqrt(checkSqrtDomain(a, this));
        }
    }

    /** One-argument float functions without domain errors. */
    public abstract static class FloatFn extends Builtin1 {
        static final int FLOOR = 0;
        static final int CEIL = 1;
        static final int ROUND = 2;
        static final int TRUNC = 3;
        static final int EXP = 4;
        static final int SIN = 5;
        static final int COS = 6;
        static final int TAN = 7;
        static final int ATAN = 8;
        static final int ABS = 9;
        static final int CBRT = 10;
        static final int EXP2 = 11;
        static final int EXP10 = 12;
        static final int SINH = 13;
        static final int COSH = 14;
        static final int TANH = 15;
        static final int EXPM1 = 16;
        static final String[] NAMES = {"floor", "ceil", "round", "trunc", "exp", "sin", "cos", "tan", "atan", "abs", "cbrt", "exp2", "exp10",
                        "sinh", "_cosh_fdlibm", "tanh", "expm1"};

        final int op;

        FloatFn(int op) {
            this.op = op;
        }

        double apply(double a) {
            switch (op) {
                case FLOOR:
                    return Math.floor(a);
                case CEIL:
                    return Math.ceil(a);
                case ROUND:
                    return Math.rint(a);
                case TRUNC:
                    return a < 0 ? Math.ceil(a) : Math.floor(a);
                case EXP:
                    return Math.exp(a);
                case SIN:
                    return Math.sin(a);
                case COS:
                    return Math.cos(a);
                case TAN:
                    return Math.tan(a);
                case ATAN:
                    return Math.atan(a);
                case ABS:
                    return Math.abs(a);
                case CBRT:
                    return Math.cbrt(a);
                case EXP2:
                    return Math.pow(2, a);
                case EXP10:
                    return Math.pow(10, a);
                case SINH:
                    return Hyperbolic.sinh(a);
                case COSH:
                    return Math.cosh(a);
                case TANH:
                    return Hyperbolic.tanh(a);
                default:
                    return Hyperbolic.expm1(a);
            }
        }

        @Specialization
        Float16 apply(Float16 a) {
            if (op == ABS) {
                return new Float16((short) (a.bits & 0x7FFF));
            }
            return Float16.fromDouble(apply(a.doubleValue()));
        }

        @Specialization
        float apply(float a) {
            return (float) apply((double) a);
        }

        @Specialization
        double applyDouble(double a) {
            return apply(a);
        }
    }

    /** Functions with a DomainError outside [lo, hi] (log family below 0, asin/acos outside [-1, 1]). */
    public abstract static class DomainFn extends Builtin1 {
        static final String[] NAMES = {"log", "log2", "log10", "log1p", "asin", "acos"};
        final int op;

        DomainFn(int op) {
            this.op = op;
        }

        double apply(double a) {
            boolean bad = switch (op) {
                case 3 -> a < -1;
                case 4, 5 -> a < -1 || a > 1;
                default -> a < 0;
            };
            if (bad) {
                CompilerDirectives.transferToInterpreter();
                throw domainError(a);
            }
            switch (op) {
                case 0:
                    return Math.log(a);
                case 1:
                    return log2(a);
                case 2:
                    return Math.log10(a);
                case 3:
                    return log1p(a);
                case 4:
                    return Math.asin(a);
                default:
                    return Math.acos(a);
            }
        }

        @TruffleBoundary
        private RuntimeException domainError(double a) {
            String fn = NAMES[op];
            if (op >= 4) {
                // (Julia's trig.jl words acos's differently from asin's)
                throw Errors.domainError(a, fn.equals("acos") ? "acos(x) not defined for |x| > 1" : fn + "(x) is not defined for |x| > 1.", this);
            }
            // Julia's throw_complex_domainerror and, for log1p, throw_complex_domainerror_neg1
            String bound = op == 3 ? "real argument < -1" : "negative real argument";
            throw Errors.domainError(a, fn + " was called with a " + bound + " but will only return a complex result if called with a complex argument. Try "
                            + fn + "(Complex(x)).", this);
        }

        /**
         * log2 as the exponent plus the logarithm of the significand m in [√½, √2), computed as
         * 2·atanh((m-1)/(m+1)) with the quotient in two doubles (the series' tail is under a
         * thousandth of it), carried in two doubles and rounded once. Julia's table-based log2 is
         * nearly always correctly rounded; log(a) / log(2), rounded twice, was wrong for 949 of
         * 3,000 arguments over 2^-29..2^29 (checked against exact decimal logarithms), this for 3.
         * (The JDK's log10 intrinsic was right for all of them: it stays.)
         */
        static double log2(double a) {
            if (!(a > 0) || Double.isInfinite(a)) {
                return Math.log(a) / LN2; // 0, Inf, NaN: -Inf, Inf, NaN
            }
            int e = Math.getExponent(a);
            if (e < Double.MIN_EXPONENT) { // subnormal
                a *= 0x1p54;
                e = Math.getExponent(a) - 54;
            }
            double m = Math.scalb(a, -Math.getExponent(a));
            if (m > SQRT2) {
                m *= 0.5;
                e++;
            }
            if (m == 1.0) {
                return e;
            }
            // s = (m - 1) / (m + 1) in two doubles (m - 1 is exact; m + 1 may not be)
            double num = m - 1.0;
            double denHi = m + 1.0;
            double denLo = Hyperbolic.twoSumError(m, 1.0, denHi);
            double sHi = num / denHi;
            double sLo = (Math.fma(-sHi, denHi, num) - sHi * denLo) / denHi;
            double tail = atanhTail(sHi);
            double lHi = 2.0 * sHi;
            double lLo = 2.0 * (sLo + tail);
            double pHi = lHi * INV_LN2_HI;
            double pLo = Math.fma(lHi, INV_LN2_HI, -pHi) + (lHi * INV_LN2_LO + lLo * INV_LN2_HI);
            double sum = e + pHi;
            return sum + (Hyperbolic.twoSumError(pHi, e, sum) + pLo);
        }

        /**
         * log1p as the logarithm of 1 + x held in two doubles: exponent times ln 2 (in two parts)
         * plus 2·atanh((m-1)/(m+1)) of the significand, as log2, rounded once. Julia's log1p is
         * its own and nearly always correctly rounded; the JDK's (fdlibm's) was wrong in the last
         * bit for 43 of 3,000 arguments checked against exact values.
         */
        static double log1p(double x) {
            if (!(x > -1.0) || Double.isInfinite(x)) {
                return Math.log1p(x);       // -1: -Inf; Inf; NaN (below -1 is refused before)
            }
            if (Math.abs(x) < 0x1p-54) {
                return x;                    // x - x²/2: the square is below half an ulp of x
            }
            double uHi = 1.0 + x;
            double uLo = Hyperbolic.twoSumError(1.0, x, uHi);
            int e = Math.getExponent(uHi);
            double m = Math.scalb(uHi, -e);
            double mLo = Math.scalb(uLo, -e);
            if (m > SQRT2) {
                m *= 0.5;
                mLo *= 0.5;
                e++;
            }
            // s = (m + mLo - 1) / (m + mLo + 1) in two doubles (m - 1 is exact)
            double numHi = (m - 1.0) + mLo;
            double numLo = Hyperbolic.twoSumError(m - 1.0, mLo, numHi);
            double denHi = m + 1.0;
            double denLo = Hyperbolic.twoSumError(m, 1.0, denHi) + mLo;
            double sHi = numHi / denHi;
            double sLo = (Math.fma(-sHi, denHi, numHi) + numLo - sHi * denLo) / denHi;
            double tail = atanhTail(sHi);
            double lHi = 2.0 * sHi;
            double lLo = 2.0 * (sLo + tail);
            double bHi = e * Hyperbolic.LN2_HI;  // exact: LN2_HI has 32 significant bits
            double sum = bHi + lHi;
            double err = Hyperbolic.twoSumError(bHi, lHi, sum);
            return sum + (err + lLo + e * Hyperbolic.LN2_LO);
        }

        /** atanh(s) - s = s³/3 + s⁵/5 + ..., for |s| ≤ 0.1716 ((√2-1)/(√2+1)), to well past double precision. */
        private static double atanhTail(double s) {
            double t = s * s;
            return s * t * (1.0 / 3 + t * (1.0 / 5 + t * (1.0 / 7 + t * (1.0 / 9 + t * (1.0 / 11 + t * (1.0 / 13
                            + t * (1.0 / 15 + t * (1.0 / 17 + t * (1.0 / 19 + t * (1.0 / 21 + t * (1.0 / 23 + t / 25)))))))))));
        }

        private static final double LN2 = 0.6931471805599453;
        private static final double SQRT2 = 1.4142135623730951;
        private static final double INV_LN2_HI = 1.4426950408889634;
        private static final double INV_LN2_LO = 2.0355273740931033e-17;

        @Specialization
        Float16 apply(Float16 a) {
            return Float16.fromDouble(apply(a.doubleValue()));
        }

        @Specialization
        float apply(float a) {
            return (float) apply((double) a);
        }

        @Specialization
        double applyDouble(double a) {
            return apply(a);
        }
    }

    /**
     * Two-argument float functions: atan(y, x), hypot, copysign, and min/max of two floats of one
     * type (Base._min/_max). Java's Math.min/max have Julia's semantics (a NaN wins, -0.0 < 0.0)
     * and compile without a branch: on random data the branchy Julia form was 5 ns a call.
     */
    public abstract static class FloatFn2 extends Builtin2 {
        static final String[] NAMES = {"atan", "hypot", "copysign", "_min", "_max"};
        final int op;

        FloatFn2(int op) {
            this.op = op;
        }

        double apply(double a, double b) {
            switch (op) {
                case 0:
                    return Math.atan2(a, b);
                case 1:
                    return Math.hypot(a, b);
                case 2:
                    return Math.copySign(a, b);
                case 3:
                    return Math.min(a, b);
                default:
                    return Math.max(a, b);
            }
        }

        @Specialization
        Float16 apply(Float16 a, Float16 b) {
            return Float16.fromDouble(apply(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float apply(float a, float b) {
            return op == 3 ? Math.min(a, b) : op == 4 ? Math.max(a, b) : (float) apply((double) a, (double) b);
        }

        @Specialization
        double applyDouble(double a, double b) {
            return apply(a, b);
        }
    }

    /** {@code muladd}/{@code fma}: a*b+c rounded once. */
    public abstract static class Fma extends BuiltinNode.Builtin3 {
        @Specialization
        Float16 fma(Float16 a, Float16 b, Float16 c) {
            return Float16.fromDouble(Math.fma(a.doubleValue(), b.doubleValue(), c.doubleValue()));
        }

        @Specialization
        float fma(float a, float b, float c) {
            return Math.fma(a, b, c);
        }

        @Specialization
        double fma(double a, double b, double c) {
            return Math.fma(a, b, c);
        }
    }

    /** Float bit-level predicates and neighbours: isnan, isinf, isfinite, nextfloat, prevfloat, signbit, issubnormal. */
    public abstract static class FloatBits extends Builtin1 implements org.trufflejl.nodes.Inference.Model {
        static final String[] NAMES = {"isnan", "isinf", "isfinite", "nextfloat", "prevfloat", "signbit", "issubnormal"};

        /** The predicates are Bools; nextfloat and prevfloat have the argument's type. */
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            return op == 3 || op == 4 ? org.trufflejl.nodes.Inference.widen(args[0]) : org.trufflejl.runtime.types.Types.Bool;
        }
        final int op;

        FloatBits(int op) {
            this.op = op;
        }

        @Specialization
        Object apply(Float16 a) {
            float f = a.floatValue();
            switch (op) {
                case 0:
                    return Float.isNaN(f);
                case 1:
                    return Float.isInfinite(f);
                case 2:
                    return Float.isFinite(f);
                case 3:
                    return new Float16(nextHalf(a.bits, true));
                case 4:
                    return new Float16(nextHalf(a.bits, false));
                case 5:
                    return a.bits < 0;
                default:
                    return (a.bits & 0x7C00) == 0 && (a.bits & 0x3FF) != 0;
            }
        }

        static short nextHalf(short bits, boolean up) {
            int b = bits & 0xFFFF;
            if ((b & 0x7FFF) > 0x7C00) {
                return bits; // NaN
            }
            if ((b & 0x7FFF) == 0) {
                return (short) (up ? 0x0001 : 0x8001);
            }
            boolean negative = (b & 0x8000) != 0;
            if (b == (up ? 0x7C00 : 0xFC00)) {
                return bits;
            }
            return (short) (up != negative ? b + 1 : b - 1);
        }

        @Specialization
        Object apply(float a) {
            switch (op) {
                case 0:
                    return Float.isNaN(a);
                case 1:
                    return Float.isInfinite(a);
                case 2:
                    return Float.isFinite(a);
                case 3:
                    return Math.nextUp(a);
                case 4:
                    return Math.nextDown(a);
                case 5:
                    return Float.floatToRawIntBits(a) < 0;
                default:
                    return a != 0 && Math.abs(a) < Float.MIN_NORMAL;
            }
        }

        @Specialization
        Object apply(double a) {
            switch (op) {
                case 0:
                    return Double.isNaN(a);
                case 1:
                    return Double.isInfinite(a);
                case 2:
                    return Double.isFinite(a);
                case 3:
                    return Math.nextUp(a);
                case 4:
                    return Math.nextDown(a);
                case 5:
                    return Double.doubleToRawLongBits(a) < 0;
                default:
                    return a != 0 && Math.abs(a) < Double.MIN_NORMAL;
            }
        }
    }
}
