package org.trufflejl.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.trufflejl.runtime.JlBigFloat;

/**
 * BigFloat arithmetic as MPFR does it with round-to-nearest-even: +, -, *, /, sqrt, conversions
 * and parsing are correctly rounded (computed exactly, or with a sticky bit, then rounded once).
 * exp, log, sin, cos, atan and the constants are computed in fixed point with 64 guard bits more
 * than the result needs (so they are correctly rounded except in cases that close to a tie).
 */
public final class BigFloatMath {
    private BigFloatMath() {
    }

    private static final BigInteger ONE = BigInteger.ONE;
    private static final int GUARD = 64;

    public static JlBigFloat nan(int prec) {
        return new JlBigFloat(JlBigFloat.NAN, false, BigInteger.ZERO, 0, prec);
    }

    public static JlBigFloat inf(boolean negative, int prec) {
        return new JlBigFloat(JlBigFloat.INF, negative, BigInteger.ZERO, 0, prec);
    }

    public static JlBigFloat zero(boolean negative, int prec) {
        return new JlBigFloat(JlBigFloat.ZERO, negative, BigInteger.ZERO, 0, prec);
    }

    /**
     * {@code ±m × 2^e} rounded to {@code prec} bits, nearest with ties to even; {@code sticky}
     * says that the exact value is a little more than {@code m} (callers then give m at least
     * prec + 2 bits, so that the sticky bit lies below the rounding bit).
     */
    public static JlBigFloat round(boolean negative, BigInteger m, long e, int prec, boolean sticky) {
        if (m.signum() == 0) {
            return zero(negative, prec);
        }
        int len = m.bitLength();
        if (len > prec) {
            int shift = len - prec;
            boolean half = m.testBit(shift - 1);
            boolean rest = sticky || m.getLowestSetBit() < shift - 1;
            m = m.shiftRight(shift);
            e += shift;
            if (half && (rest || m.testBit(0))) {
                m = m.add(ONE);
            }
        }
        int tz = m.getLowestSetBit();
        return new JlBigFloat(JlBigFloat.FINITE, negative, m.shiftRight(tz), e + tz, prec);
    }

    /** Rounding directions of {@link #round(boolean, BigInteger, long, int, boolean, int)}: Julia's RoundingMode names. */
    public static final int NEAREST = 0;
    public static final int TO_ZERO = 1;
    public static final int UP = 2;
    public static final int DOWN = 3;
    public static final int FROM_ZERO = 4;

    /**
     * {@code ±m × 2^e} (a little more in magnitude when {@code sticky}) rounded to {@code prec}
     * bits in the direction {@code mode} (NEAREST, TO_ZERO, UP, DOWN or FROM_ZERO), as MPFR's
     * rounding modes: a directed mode keeps the truncated value or steps one unit away from zero.
     */
    public static JlBigFloat round(boolean negative, BigInteger m, long e, int prec, boolean sticky, int mode) {
        if (mode == NEAREST) {
            return round(negative, m, e, prec, sticky);
        }
        if (m.signum() == 0) {
            return zero(negative, prec);
        }
        if (sticky && m.bitLength() <= prec) {
            // widen m so that the bits the sticky flag stands for lie below the cut
            int widen = prec + 2 - m.bitLength();
            m = m.shiftLeft(widen);
            e -= widen;
        }
        int len = m.bitLength();
        if (len > prec) {
            int shift = len - prec;
            boolean inexact = sticky || m.getLowestSetBit() < shift;
            m = m.shiftRight(shift);
            e += shift;
            boolean away = mode == FROM_ZERO || mode == UP && !negative || mode == DOWN && negative;
            if (inexact && away) {
                m = m.add(ONE);
            }
        }
        int tz = m.getLowestSetBit();
        return new JlBigFloat(JlBigFloat.FINITE, negative, m.shiftRight(tz), e + tz, prec);
    }

    /** {@code x} rounded to {@code prec} bits in the direction {@code mode}. */
    public static JlBigFloat round(JlBigFloat x, int prec, int mode) {
        return x.kind == JlBigFloat.FINITE ? round(x.negative, x.mant, x.exp, prec, false, mode) : new JlBigFloat(x.kind, x.negative, x.mant, x.exp, prec);
    }

    public static JlBigFloat round(JlBigFloat x, int prec) {
        return x.kind == JlBigFloat.FINITE ? round(x.negative, x.mant, x.exp, prec, false) : new JlBigFloat(x.kind, x.negative, x.mant, x.exp, prec);
    }

    public static JlBigFloat fromBigInteger(BigInteger v, int prec) {
        return round(v.signum() < 0, v.abs(), 0, prec, false);
    }

    public static JlBigFloat fromDouble(double d, int prec) {
        if (Double.isNaN(d)) {
            return nan(prec);
        }
        boolean neg = (Double.doubleToRawLongBits(d) < 0);
        if (Double.isInfinite(d)) {
            return inf(neg, prec);
        }
        if (d == 0) {
            return zero(neg, prec);
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        long m = be == 0 ? frac : frac | (1L << 52);
        int e = be == 0 ? -1074 : be - 1075;
        return round(neg, BigInteger.valueOf(m), e, prec, false);
    }

    /** The exact value of {@code x}: a BigFloat of as many bits as it needs. */
    public static JlBigFloat exact(JlBigFloat x) {
        return x.kind == JlBigFloat.FINITE ? new JlBigFloat(x.kind, x.negative, x.mant, x.exp, Math.max(x.prec, x.mant.bitLength())) : x;
    }

    /** The nearest binary float of {@code bits} significant bits with least exponent {@code minExp} (subnormals) as a double. */
    public static double toBinary(JlBigFloat x, int bits, int minExp, int maxExp) {
        switch (x.kind) {
            case JlBigFloat.NAN:
                return Double.NaN;
            case JlBigFloat.INF:
                return x.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case JlBigFloat.ZERO:
                return x.negative ? -0.0 : 0.0;
            default:
                break;
        }
        // the grid: multiples of 2^q where q keeps `bits` bits, but not below the subnormal step
        long q = Math.max(x.top() - bits + 1, (long) minExp - bits + 1);
        BigInteger m = x.mant;
        long e = x.exp;
        if (e < q) {
            int shift = (int) Math.min(q - e, Integer.MAX_VALUE);
            boolean half = shift <= m.bitLength() && m.testBit(shift - 1);
            boolean rest = m.getLowestSetBit() < shift - 1;
            m = m.shiftRight(shift);
            if (half && (rest || m.testBit(0))) {
                m = m.add(ONE);
            }
            e = q;
        }
        if (m.signum() == 0) {
            return x.negative ? -0.0 : 0.0;
        }
        if (e + m.bitLength() - 1 > maxExp) {
            return x.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // m has at most bits + 1 bits and lies on the target's grid: the double is exact
        double r = Math.scalb(m.doubleValue(), (int) e);
        return x.negative ? -r : r;
    }

    public static JlBigFloat negate(JlBigFloat x) {
        return x.kind == JlBigFloat.NAN ? x : new JlBigFloat(x.kind, !x.negative, x.mant, x.exp, x.prec);
    }

    public static JlBigFloat add(JlBigFloat a, JlBigFloat b, int prec) {
        if (a.kind == JlBigFloat.NAN || b.kind == JlBigFloat.NAN) {
            return nan(prec);
        }
        if (a.kind == JlBigFloat.INF || b.kind == JlBigFloat.INF) {
            if (a.kind == JlBigFloat.INF && b.kind == JlBigFloat.INF && a.negative != b.negative) {
                return nan(prec);
            }
            return inf(a.kind == JlBigFloat.INF ? a.negative : b.negative, prec);
        }
        if (a.kind == JlBigFloat.ZERO && b.kind == JlBigFloat.ZERO) {
            return zero(a.negative && b.negative, prec);
        }
        if (a.kind == JlBigFloat.ZERO) {
            return round(b, prec);
        }
        if (b.kind == JlBigFloat.ZERO) {
            return round(a, prec);
        }
        if (a.top() < b.top()) {
            JlBigFloat t = a;
            a = b;
            b = t;
        }
        // b far below a's last bit and below the result's rounding bits: only its sign matters, so a
        // stand-in just under a's last bit rounds the same (and avoids a huge shift)
        long cut = Math.min(a.exp, a.top() - prec - 3);
        if (b.top() < cut - 1 && a.exp - b.exp > 4L * prec + 256) {
            b = new JlBigFloat(JlBigFloat.FINITE, b.negative, ONE, cut - 2, b.prec);
        }
        long e = Math.min(a.exp, b.exp);
        BigInteger ma = signed(a).shiftLeft((int) (a.exp - e));
        BigInteger mb = signed(b).shiftLeft((int) (b.exp - e));
        BigInteger s = ma.add(mb);
        if (s.signum() == 0) {
            return zero(false, prec); // x - x is +0 when rounding to nearest
        }
        return round(s.signum() < 0, s.abs(), e, prec, false);
    }

    private static BigInteger signed(JlBigFloat x) {
        return x.negative ? x.mant.negate() : x.mant;
    }

    public static JlBigFloat sub(JlBigFloat a, JlBigFloat b, int prec) {
        return add(a, negate(b), prec);
    }

    public static JlBigFloat mul(JlBigFloat a, JlBigFloat b, int prec) {
        boolean neg = a.negative != b.negative;
        if (a.kind == JlBigFloat.NAN || b.kind == JlBigFloat.NAN) {
            return nan(prec);
        }
        if (a.kind == JlBigFloat.INF || b.kind == JlBigFloat.INF) {
            return a.kind == JlBigFloat.ZERO || b.kind == JlBigFloat.ZERO ? nan(prec) : inf(neg, prec);
        }
        if (a.kind == JlBigFloat.ZERO || b.kind == JlBigFloat.ZERO) {
            return zero(neg, prec);
        }
        return round(neg, a.mant.multiply(b.mant), a.exp + b.exp, prec, false);
    }

    public static JlBigFloat div(JlBigFloat a, JlBigFloat b, int prec) {
        boolean neg = a.negative != b.negative;
        if (a.kind == JlBigFloat.NAN || b.kind == JlBigFloat.NAN) {
            return nan(prec);
        }
        if (a.kind == JlBigFloat.INF) {
            return b.kind == JlBigFloat.INF ? nan(prec) : inf(neg, prec);
        }
        if (b.kind == JlBigFloat.INF) {
            return zero(neg, prec);
        }
        if (b.kind == JlBigFloat.ZERO) {
            return a.kind == JlBigFloat.ZERO ? nan(prec) : inf(neg, prec);
        }
        if (a.kind == JlBigFloat.ZERO) {
            return zero(neg, prec);
        }
        return divide(neg, a.mant, a.exp, b.mant, b.exp, prec);
    }

    /** {@code ±(ma × 2^ea) / (mb × 2^eb)} rounded: a quotient of prec + 3 bits and a sticky remainder. */
    static JlBigFloat divide(boolean neg, BigInteger ma, long ea, BigInteger mb, long eb, int prec) {
        return divide(neg, ma, ea, mb, eb, prec, NEAREST);
    }

    static JlBigFloat divide(boolean neg, BigInteger ma, long ea, BigInteger mb, long eb, int prec, int mode) {
        int shift = Math.max(0, prec + 3 + mb.bitLength() - ma.bitLength());
        BigInteger[] qr = ma.shiftLeft(shift).divideAndRemainder(mb);
        return round(neg, qr[0], ea - eb - shift, prec, qr[1].signum() != 0, mode);
    }

    /** {@code n / d} for integers, rounded once. */
    public static JlBigFloat divideIntegers(BigInteger n, BigInteger d, int prec) {
        return divideIntegers(n, d, prec, NEAREST);
    }

    /** {@code n / d} for integers, rounded once in the direction {@code mode}. */
    public static JlBigFloat divideIntegers(BigInteger n, BigInteger d, int prec, int mode) {
        if (d.signum() == 0) {
            return n.signum() == 0 ? nan(prec) : inf(n.signum() < 0, prec);
        }
        if (n.signum() == 0) {
            return zero(d.signum() < 0, prec);
        }
        return divide(n.signum() != d.signum(), n.abs(), 0, d.abs(), 0, prec, mode);
    }

    /** {@code x - trunc(x / y) * y}, exact before the rounding to prec bits (as C's fmod). */
    public static JlBigFloat rem(JlBigFloat x, JlBigFloat y, int prec) {
        if (x.kind == JlBigFloat.NAN || y.kind == JlBigFloat.NAN || x.kind == JlBigFloat.INF || y.kind == JlBigFloat.ZERO) {
            return nan(prec);
        }
        if (y.kind == JlBigFloat.INF || x.kind == JlBigFloat.ZERO || x.top() < y.top()) {
            return round(x, prec);
        }
        long e = Math.min(x.exp, y.exp);
        BigInteger r = x.mant.shiftLeft((int) (x.exp - e)).remainder(y.mant.shiftLeft((int) (y.exp - e)));
        return r.signum() == 0 ? zero(x.negative, prec) : round(x.negative, r, e, prec, false);
    }

    /** The square root; the caller rules out negative arguments. */
    public static JlBigFloat sqrt(JlBigFloat x, int prec) {
        if (x.kind != JlBigFloat.FINITE) {
            return round(x, prec); // NaN, +Inf, ±0 (sqrt(-0.0) is -0.0)
        }
        long e = x.exp;
        int shift = Math.max(0, 2 * (prec + 2) - x.mant.bitLength() + 2);
        if (((e - shift) & 1) != 0) {
            shift++;
        }
        BigInteger m = x.mant.shiftLeft(shift);
        BigInteger r = m.sqrt();
        return round(false, r, (e - shift) / 2, prec, !r.multiply(r).equals(m));
    }

    /** -1, 0, 1 as x is below, equal to or above y; 2 if either is NaN. Exact whatever the precisions. */
    public static int compare(JlBigFloat x, JlBigFloat y) {
        if (x.kind == JlBigFloat.NAN || y.kind == JlBigFloat.NAN) {
            return 2;
        }
        int sx = sign(x);
        int sy = sign(y);
        if (sx != sy) {
            return Integer.compare(sx, sy);
        }
        if (sx == 0) {
            return 0;
        }
        int c;
        if (x.kind == JlBigFloat.INF || y.kind == JlBigFloat.INF) {
            c = x.kind == y.kind ? 0 : x.kind == JlBigFloat.INF ? 1 : -1;
        } else if (x.top() != y.top()) {
            c = Long.compare(x.top(), y.top());
        } else {
            long e = Math.min(x.exp, y.exp);
            c = x.mant.shiftLeft((int) (x.exp - e)).compareTo(y.mant.shiftLeft((int) (y.exp - e)));
        }
        return sx < 0 ? -c : c;
    }

    private static int sign(JlBigFloat x) {
        return x.kind == JlBigFloat.ZERO ? 0 : x.negative ? -1 : 1;
    }

    public static boolean isInteger(JlBigFloat x) {
        return x.kind == JlBigFloat.ZERO || x.kind == JlBigFloat.FINITE && x.exp >= 0;
    }

    /** An integer-valued finite BigFloat as a BigInteger. */
    public static BigInteger toBigInteger(JlBigFloat x) {
        if (x.kind != JlBigFloat.FINITE) {
            return BigInteger.ZERO;
        }
        BigInteger m = x.exp >= 0 ? x.mant.shiftLeft((int) x.exp) : x.mant.shiftRight((int) Math.min(-x.exp, Integer.MAX_VALUE));
        return x.negative ? m.negate() : m;
    }

    /** trunc (0), floor (1), ceil (2), round to nearest with ties to even (3), as a BigFloat of {@code prec} bits. */
    public static JlBigFloat roundToInteger(JlBigFloat x, int mode, int prec) {
        if (x.kind != JlBigFloat.FINITE || x.exp >= 0) {
            return round(x, prec);
        }
        BigInteger whole = x.mant.shiftRight((int) Math.min(-x.exp, Integer.MAX_VALUE));
        boolean fraction = true; // exp < 0 and mant odd: never an integer here
        boolean up;
        switch (mode) {
            case 1 -> up = x.negative && fraction;
            case 2 -> up = !x.negative && fraction;
            case 3 -> {
                long half = -x.exp - 1;
                boolean halfBit = half < Integer.MAX_VALUE && x.mant.testBit((int) half);
                boolean rest = x.mant.getLowestSetBit() < half;
                up = halfBit && (rest || whole.testBit(0));
            }
            default -> up = false;
        }
        if (up) {
            whole = whole.add(ONE);
        }
        return whole.signum() == 0 ? zero(x.negative, prec) : round(x.negative, whole, 0, prec, false);
    }

    // ---- text ------------------------------------------------------------------------------

    /**
     * Julia's {@code string(x::BigFloat)}: MPFR's {@code %.Re} ({@code digits} significant digits,
     * 0 for enough to read the value back: 1 + ceil(prec·log10 2)) tidied as Julia's
     * {@code _prettify_bigfloat} does — trailing zeros dropped, plain notation for exponents -4..5.
     */
    public static String toString(JlBigFloat x, int digits) {
        switch (x.kind) {
            case JlBigFloat.NAN:
                return "NaN";
            case JlBigFloat.INF:
                return x.negative ? "-Inf" : "Inf";
            default:
                break;
        }
        int n = digits > 0 ? digits : 1 + (int) Math.ceil(x.prec * 0.30102999566398119521);
        String d;
        long expo;
        if (x.kind == JlBigFloat.ZERO) {
            d = "0".repeat(n);
            expo = 0;
        } else {
            BigDecimal v = toBigDecimal(x).abs().round(new MathContext(n, RoundingMode.HALF_EVEN));
            String u = v.unscaledValue().toString();
            expo = (long) u.length() - 1 - v.scale();
            d = u.length() >= n ? u : u + "0".repeat(n - u.length());
        }
        String intPart = d.substring(0, 1);
        String frac = stripZeros(d.substring(1));
        if (frac.isEmpty()) {
            frac = "0";
        }
        String sign = x.negative ? "-" : "";
        String body;
        if (expo == 0) {
            body = intPart + "." + frac;
        } else if (-5 < expo && expo < 6) {
            int k = (int) expo;
            if (k > 0) {
                body = k < frac.length() ? intPart + frac.substring(0, k) + "." + frac.substring(k) : intPart + frac + "0".repeat(k - frac.length()) + ".0";
            } else {
                body = "0." + "0".repeat(-k - 1) + intPart + (frac.equals("0") ? "" : frac);
            }
        } else {
            String ex = Long.toString(Math.abs(expo));
            body = intPart + "." + frac + "e" + (expo < 0 ? "-" : "+") + (ex.length() < 2 ? "0" + ex : ex);
        }
        return sign + body;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }

    /** The exact decimal value of a finite BigFloat (for printf). */
    public static BigDecimal toBigDecimal(JlBigFloat x) {
        if (x.kind == JlBigFloat.ZERO) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = x.exp >= 0 ? new BigDecimal(x.mant.shiftLeft((int) x.exp)) : new BigDecimal(x.mant.multiply(BigInteger.valueOf(5).pow((int) -x.exp)), (int) -x.exp);
        return x.negative ? v.negate() : v;
    }

    /** A decimal number ("1.5", "-2e-3", "inf", "nan"), correctly rounded; null when it is not one. */
    public static JlBigFloat parse(String text, int prec) {
        return parse(text, prec, NEAREST);
    }

    /** A decimal number rounded in the direction {@code mode}; null when it is not one. */
    public static JlBigFloat parse(String text, int prec, int mode) {
        String s = text.strip().replace("_", "");
        boolean neg = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return inf(neg, prec);
        }
        if (lower.equals("nan")) {
            return nan(prec);
        }
        if (body.isEmpty() || !Character.isDigit(body.charAt(0)) && body.charAt(0) != '.' || lower.contains("x")) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(body);
        } catch (NumberFormatException e) {
            return null;
        }
        if (v.signum() == 0) {
            return zero(neg, prec);
        }
        BigInteger u = v.unscaledValue();
        // (the sign goes in before rounding: a directed mode rounds -x as it rounds x only for ToZero and FromZero)
        BigInteger su = neg ? u.negate() : u;
        return v.scale() <= 0 ? round(neg, u.multiply(BigInteger.TEN.pow(-v.scale())), 0, prec, false, mode) : divideIntegers(su, BigInteger.TEN.pow(v.scale()), prec, mode);
    }

    // ---- powers and elementary functions ----------------------------------------------------

    /** {@code x^n} for an integer n: exact power then one rounding, while the exact power stays small. */
    public static JlBigFloat powInt(JlBigFloat x, BigInteger n, int prec) {
        if (n.signum() == 0) {
            return round(false, ONE, 0, prec, false); // x^0 is 1, even for NaN (as MPFR)
        }
        boolean odd = n.testBit(0);
        if (x.kind != JlBigFloat.FINITE) {
            if (x.kind == JlBigFloat.NAN) {
                return x;
            }
            boolean neg = x.negative && odd;
            boolean big = (x.kind == JlBigFloat.INF) == (n.signum() > 0);
            return big ? inf(neg, prec) : zero(neg, prec);
        }
        long bits = (long) x.mant.bitLength() * n.abs().min(BigInteger.valueOf(Long.MAX_VALUE / 64)).longValue();
        if (bits > 4_000_000 || n.bitLength() > 62) {
            // too large to form exactly: through exp(n log|x|) with the bits the exponent needs
            JlBigFloat r = exp(mul(log(abs(x), prec + GUARD + n.bitLength()), fromBigInteger(n, prec + GUARD + n.bitLength()), prec + GUARD + n.bitLength()), prec);
            return x.negative && odd ? negate(r) : r;
        }
        int k = n.abs().intValue();
        BigInteger m = x.mant.pow(k);
        long e = x.exp * k;
        boolean neg = x.negative && odd;
        if (n.signum() > 0) {
            return round(neg, m, e, prec, false);
        }
        return divide(neg, ONE, 0, m, e, prec);
    }

    public static JlBigFloat abs(JlBigFloat x) {
        return x.negative && x.kind != JlBigFloat.NAN ? negate(x) : x;
    }

    /** {@code x} as a fixed-point integer with {@code w} fraction bits (truncated). */
    private static BigInteger fixed(JlBigFloat x, int w) {
        if (x.kind != JlBigFloat.FINITE) {
            return BigInteger.ZERO;
        }
        long s = x.exp + w;
        BigInteger m = s >= 0 ? x.mant.shiftLeft((int) s) : x.mant.shiftRight((int) Math.min(-s, Integer.MAX_VALUE));
        return x.negative ? m.negate() : m;
    }

    /** {@code a·b / 2^w} truncated toward zero (a shift would floor, and a negative series term would never reach 0). */
    private static BigInteger mulShift(BigInteger a, BigInteger b, int w) {
        BigInteger p = a.multiply(b);
        return p.signum() < 0 ? p.negate().shiftRight(w).negate() : p.shiftRight(w);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(ONE) : qr[0];
    }

    private static JlBigFloat fromFixed(BigInteger v, int w, int prec) {
        return v.signum() == 0 ? zero(false, prec) : round(v.signum() < 0, v.abs(), -w, prec, true);
    }

    /** atanh(1/n) · 2^w, or atan(1/n) · 2^w when {@code alternating}, for an integer n ≥ 2 (the series of 1/n's odd powers). */
    private static BigInteger inverseSeries(int n, int w, boolean alternating) {
        BigInteger n2 = BigInteger.valueOf((long) n * n);
        BigInteger p = ONE.shiftLeft(w).divide(BigInteger.valueOf(n));
        BigInteger sum = p;
        for (int k = 1; p.signum() != 0; k++) {
            p = p.divide(n2);
            BigInteger t = p.divide(BigInteger.valueOf(2L * k + 1));
            sum = alternating && (k & 1) != 0 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    private static BigInteger ln2Fixed(int w) {
        return inverseSeries(3, w + 8, false).shiftLeft(1).shiftRight(8);
    }

    private static BigInteger piFixed(int w) {
        int ww = w + 8;
        return inverseSeries(5, ww, true).shiftLeft(4).subtract(inverseSeries(239, ww, true).shiftLeft(2)).shiftRight(8);
    }

    public static JlBigFloat pi(int prec) {
        int w = prec + GUARD;
        return fromFixed(piFixed(w), w, prec);
    }

    public static JlBigFloat ln2(int prec) {
        int w = prec + GUARD;
        return fromFixed(ln2Fixed(w), w, prec);
    }

    /** e^x. */
    public static JlBigFloat exp(JlBigFloat x, int prec) {
        switch (x.kind) {
            case JlBigFloat.NAN:
                return x;
            case JlBigFloat.INF:
                return x.negative ? zero(false, prec) : x;
            case JlBigFloat.ZERO:
                return round(false, ONE, 0, prec, false);
            default:
                break;
        }
        if (x.top() > 40) {
            return x.negative ? zero(false, prec) : inf(false, prec); // beyond any exponent range
        }
        int halvings = 24;
        int w = prec + GUARD + halvings + Math.max(0, (int) x.top()) + 8;
        BigInteger one = ONE.shiftLeft(w);
        BigInteger xf = fixed(x, w);
        BigInteger ln2 = ln2Fixed(w);
        // x = k ln2 + r with |r| <= ln2/2, then e^r = (e^(r/2^h))^(2^h)
        BigInteger k = floorDiv(xf.add(ln2.shiftRight(1)), ln2);
        BigInteger r = xf.subtract(k.multiply(ln2)).shiftRight(halvings);
        BigInteger sum = one;
        BigInteger term = one;
        for (int i = 1; term.signum() != 0; i++) {
            term = mulShift(term, r, w).divide(BigInteger.valueOf(i));
            sum = sum.add(term);
        }
        for (int i = 0; i < halvings; i++) {
            sum = mulShift(sum, sum, w);
        }
        return round(false, sum, k.longValue() - w, prec, true);
    }

    /** The natural logarithm (base 0), log2 (2) or log10 (10) of a non-negative x. */
    public static JlBigFloat log(JlBigFloat x, int prec, int base) {
        if (x.kind == JlBigFloat.ZERO) {
            return inf(true, prec);
        }
        if (x.kind != JlBigFloat.FINITE) {
            return x; // NaN or +Inf
        }
        long k = x.top();
        if (base == 2 && x.mant.equals(ONE)) {
            return fromBigInteger(BigInteger.valueOf(k), prec); // a power of two
        }
        // x near 1: its logarithm is small, so the fixed point needs the bits of its leading zeros
        long near = 0;
        if (k == 0 || k == -1) {
            JlBigFloat d = sub(x, round(false, ONE, 0, 2, false), Math.max(x.prec, x.mant.bitLength()) + 2);
            near = d.kind == JlBigFloat.FINITE ? Math.max(0, -d.top()) : 0;
        }
        int w = (int) (prec + GUARD + near + 64 - Long.numberOfLeadingZeros(Math.abs(k) + 1) + 8);
        BigInteger one = ONE.shiftLeft(w);
        // y = x / 2^k in [1, 2); past sqrt(2) take y/2, so that |log y| <= log(2)/2
        BigInteger y = fixed(new JlBigFloat(JlBigFloat.FINITE, false, x.mant, x.exp - k, x.prec), w);
        if (y.compareTo(ONE.shiftLeft(2 * w + 1).sqrt()) > 0) {
            y = y.shiftRight(1);
            k += 1;
        }
        BigInteger z = y.subtract(one).shiftLeft(w).divide(y.add(one));
        BigInteger z2 = mulShift(z, z, w);
        BigInteger p = z;
        BigInteger sum = z;
        for (int i = 1; p.signum() != 0; i++) {
            p = mulShift(p, z2, w);
            sum = sum.add(p.divide(BigInteger.valueOf(2L * i + 1)));
        }
        BigInteger ln2 = ln2Fixed(w);
        BigInteger ln = sum.shiftLeft(1).add(ln2.multiply(BigInteger.valueOf(k)));
        if (base == 2) {
            ln = ln.shiftLeft(w).divide(ln2);
        } else if (base == 10) {
            BigInteger ln10 = fixed(log(fromBigInteger(BigInteger.TEN, w), w, 0), w);
            ln = ln.shiftLeft(w).divide(ln10);
        }
        return fromFixed(ln, w, prec);
    }

    public static JlBigFloat log(JlBigFloat x, int prec) {
        return log(x, prec, 0);
    }

    /** sin (0), cos (1) or tan (2) of a finite x. */
    public static JlBigFloat trig(JlBigFloat x, int which, int prec) {
        if (x.kind == JlBigFloat.ZERO) {
            return which == 1 ? round(false, ONE, 0, prec, false) : x;
        }
        if (x.kind != JlBigFloat.FINITE) {
            return nan(prec);
        }
        // more bits when the result may be tiny (x near a multiple of pi/2), found by trying
        int extra = Math.max(0, (int) -x.top());
        for (int attempt = 0;; attempt++) {
            int w = prec + GUARD + extra + Math.max(0, (int) x.top()) + 8;
            BigInteger xf = fixed(x, w);
            BigInteger halfPi = piFixed(w).shiftRight(1);
            // x = q pi/2 + r, |r| <= pi/4
            BigInteger q = floorDiv(xf.add(halfPi.shiftRight(1)), halfPi);
            BigInteger r = xf.subtract(q.multiply(halfPi));
            BigInteger[] sc = sinCos(r, w);
            int quadrant = q.and(BigInteger.valueOf(3)).intValue();
            BigInteger s = switch (quadrant) {
                case 0 -> sc[0];
                case 1 -> sc[1];
                case 2 -> sc[0].negate();
                default -> sc[1].negate();
            };
            BigInteger c = switch (quadrant) {
                case 0 -> sc[1];
                case 1 -> sc[0].negate();
                case 2 -> sc[1].negate();
                default -> sc[0];
            };
            BigInteger v = which == 0 ? s : which == 1 ? c : s.shiftLeft(w).divide(c);
            // leading zero bits of the fixed-point result (or of tan's divisor)
            int lost = Math.max(w - v.abs().bitLength(), which == 2 ? w - c.abs().bitLength() : 0);
            if (lost > extra + GUARD / 2 && attempt < 8) {
                extra = lost + GUARD;
                continue;
            }
            return fromFixed(v, w, prec);
        }
    }

    /** {sin r, cos r} · 2^w for |r| <= pi/4 given in fixed point: Taylor series on r/2^h, then doubling. */
    private static BigInteger[] sinCos(BigInteger r, int w) {
        int h = 8;
        int ww = w + h + 8;
        BigInteger rr = r.shiftLeft(ww - w).shiftRight(h);
        BigInteger one = ONE.shiftLeft(ww);
        BigInteger r2 = mulShift(rr, rr, ww);
        BigInteger s = rr;
        BigInteger c = one;
        BigInteger ts = rr;
        BigInteger tc = one;
        for (int i = 1; ts.signum() != 0 || tc.signum() != 0; i++) {
            ts = mulShift(ts, r2, ww).divide(BigInteger.valueOf((2L * i) * (2L * i + 1))).negate();
            tc = mulShift(tc, r2, ww).divide(BigInteger.valueOf((2L * i - 1) * (2L * i))).negate();
            s = s.add(ts);
            c = c.add(tc);
        }
        for (int i = 0; i < h; i++) {
            BigInteger s2 = s.multiply(c).shiftRight(ww - 1);
            BigInteger c2 = c.multiply(c).subtract(s.multiply(s)).shiftRight(ww);
            s = s2;
            c = c2;
        }
        return new BigInteger[]{s.shiftRight(ww - w), c.shiftRight(ww - w)};
    }

    /** atan(x). */
    public static JlBigFloat atan(JlBigFloat x, int prec) {
        if (x.kind == JlBigFloat.ZERO || x.kind == JlBigFloat.NAN) {
            return round(x, prec);
        }
        if (x.kind == JlBigFloat.INF) {
            JlBigFloat h = div(pi(prec + GUARD), fromBigInteger(BigInteger.TWO, prec), prec + GUARD);
            return round(x.negative ? negate(h) : h, prec);
        }
        int w = prec + GUARD + Math.max(0, (int) -x.top()) + 8;
        BigInteger one = ONE.shiftLeft(w);
        boolean invert = x.top() >= 0 && compare(abs(x), round(false, ONE, 0, 2, false)) > 0;
        BigInteger t;
        if (invert) {
            // atan(x) = ±pi/2 - atan(1/x)
            JlBigFloat inv = div(round(false, ONE, 0, 2, false), abs(x), w + 8);
            t = fixed(inv, w);
        } else {
            t = fixed(abs(x), w);
        }
        // halve the angle: atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
        int halvings = 8;
        for (int i = 0; i < halvings; i++) {
            BigInteger root = t.multiply(t).add(one.shiftLeft(w)).sqrt();
            t = t.shiftLeft(w).divide(one.add(root));
        }
        BigInteger t2 = mulShift(t, t, w);
        BigInteger p = t;
        BigInteger sum = t;
        for (int i = 1; p.signum() != 0; i++) {
            p = mulShift(p, t2, w).negate();
            sum = sum.add(p.divide(BigInteger.valueOf(2L * i + 1)));
        }
        sum = sum.shiftLeft(halvings);
        if (invert) {
            sum = piFixed(w).shiftRight(1).subtract(sum);
        }
        return fromFixed(x.negative ? sum.negate() : sum, w, prec);
    }
}
