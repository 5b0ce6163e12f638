package org.trufflejl.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * C-style formatting for the Printf module ({@code @printf}, {@code @sprintf}): flags
 * {@code -+ 0#}, width and precision (digits or {@code *}), conversions {@code d i u o x X e E f F
 * g G a A c s p %} ({@code C} and {@code S} as {@code c} and {@code s}); C's length modifiers are accepted and ignored. Floats are rounded from their
 * exact binary value, ties to even (as C's printf); infinities and NaN print as Julia writes them
 * ({@code Inf}, {@code NaN}). Integers of any width, BigInt included, print exactly; a negative
 * number in {@code %x}/{@code %o} is printed with a minus sign, as Julia's Printf does.
 */
public final class Printf {
    private Printf() {
    }

    /** What {@code %s} and non-primitive arguments need from Base. */
    public interface Guest {
        /** {@code string(x)}. */
        String string(Object x);

        /** Julia Printf's {@code tofloat}: {@code Float64(x)} (a MethodError for a vector, as Julia's). */
        double toFloat64(Object x);

        /** Julia Printf's {@code toint}: a Rational's {@code Integer(x)}, anything else itself. */
        Object toInteger(Object x);

        /** What {@code %c} prints: {@code Char(first(x))}. */
        Object toChar(Object x);

        /** What {@code %p} prints: {@code UInt64(x)} (a pointer's address). */
        Object toAddress(Object x);

        /** Julia's {@code ndigits(x, base = radix, pad = 1)}: the error an integer conversion of a non-integer raises. */
        void ndigits(Object x, int radix);
    }

    private static final class Spec {
        boolean left;
        boolean plus;
        boolean space;
        boolean zero;
        boolean alt;
        int width = -1;
        int precision = -1;
        char conversion;
    }

    @TruffleBoundary
    public static String format(String fmt, Object[] args, Guest guest, Node location) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int specs = countSpecs(fmt, location);
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Spec s = new Spec();
            for (; i < fmt.length(); i++) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    s.left = true;
                } else if (f == '+') {
                    s.plus = true;
                } else if (f == ' ') {
                    s.space = true;
                } else if (f == '0') {
                    s.zero = true;
                } else if (f == '#') {
                    s.alt = true;
                } else {
                    break;
                }
            }
            if (fmt.charAt(i) == '*') {
                // (a negative width pads nothing, as Julia's Printf: it is not C's left alignment)
                s.width = (int) integerArg(args, next++, location).longValue();
                i++;
            } else {
                int start = i;
                while (Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                s.width = i > start ? Integer.parseInt(fmt.substring(start, i)) : -1;
            }
            if (fmt.charAt(i) == '.') {
                i++;
                if (fmt.charAt(i) == '*') {
                    s.precision = (int) integerArg(args, next++, location).longValue();
                    i++;
                } else {
                    int start = i;
                    while (Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    s.precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
                }
            }
            while ("hlLqjzt".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            s.conversion = fmt.charAt(i++);
            if (s.conversion == 'C' || s.conversion == 'S') {
                s.conversion = Character.toLowerCase(s.conversion);   // Julia's synonyms of %c and %s
            }
            if (next >= args.length) {
                throw argumentCount(specs, args.length, location);
            }
            out.append(pad(s, convert(s, args[next++], guest, location)));
        }
        if (next != args.length) {
            throw argumentCount(specs, args.length, location);
        }
        return out.toString();
    }

    /** Julia's Printf wording for a format given the wrong number of arguments. */
    private static JlException argumentCount(int specs, int given, Node location) {
        return Errors.argumentError("mismatch between # of format specifiers and provided args: " + specs + " != " + given, location);
    }

    /** Checks the format and counts its conversions. */
    private static int countSpecs(String fmt, Node location) {
        Object[] error = formatError(fmt);
        if (error != null) {
            throw Errors.argumentError((String) error[0], location);
        }
        int n = 0;
        for (int i = 0; i < fmt.length(); i++) {
            if (fmt.charAt(i) == '%') {
                if (fmt.charAt(i + 1) == '%') {
                    i++;
                } else {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The first fault of a format as Julia's {@code Printf.Format} reports it: {message, first
     * and last (1-based) position of the bad specifier}; null for a good format.
     */
    @TruffleBoundary
    public static Object[] formatError(String fmt) {
        int i = 0;
        while (i < fmt.length()) {
            if (fmt.charAt(i++) != '%') {
                continue;
            }
            int percent = i;    // (1-based)
            if (i >= fmt.length()) {
                return new Object[]{"Format specifier is incomplete", (long) percent, (long) percent};
            }
            if (fmt.charAt(i) == '%') {
                i++;
                continue;
            }
            while (i < fmt.length() && "-+ 0#*.0123456789hlLqjzt".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= fmt.length()) {
                return new Object[]{"Format specifier is incomplete", (long) percent, (long) i};
            }
            if ("diuoxXeEfFgGaAcCsSp".indexOf(fmt.charAt(i)) < 0) {
                return new Object[]{"'" + fmt.charAt(i) + "' is not a valid type specifier", (long) percent, (long) (i + 1)};
            }
            i++;
        }
        return null;
    }

    private static BigInteger integerArg(Object[] args, int at, Node location) {
        BigInteger v = at < args.length ? integerValue(args[at]) : null;
        if (v == null) {
            throw Errors.argumentError("a `*` width or precision needs an integer argument", location);
        }
        return v;
    }

    private static BigInteger integerValue(Object x) {
        if (x instanceof JlBigInt b) {
            return b.value;
        } else if (x instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (Num.kindOfValue(x) >= 0 && Num.isInteger(Num.kindOfValue(x))) {
            return Num.toBigInteger(x);
        }
        return null;
    }

    private static boolean isFloat(Object x) {
        return x instanceof Double || x instanceof Float || x instanceof Float16;
    }

    /**
     * The converted text without width padding: [sign or prefix] then digits, split at {@code body}.
     * {@code zeroAt} is for Inf and NaN, which are not numeric here: where the {@code 0} flag's zeros
     * go into prefix + body, or -1 for none.
     */
    private record Text(String prefix, String body, boolean numeric, int zeroAt) {
        Text(String prefix, String body, boolean numeric) {
            this(prefix, body, numeric, -1);
        }
    }

    private static Text convert(Spec s, Object x, Guest guest, Node location) {
        switch (s.conversion) {
            case 's': {
                String str = x instanceof JlString js ? js.toString() : guest.string(x);
                if (s.alt && (x instanceof JlString || x instanceof Symbol)) {
                    str = x instanceof Symbol ? ":" + str : "\"" + str + "\"";    // %#s: as written in code
                }
                if (s.precision >= 0) {
                    // the precision counts columns, as Julia's: "%.1s" of "日本" is empty
                    int w = 0;
                    int end = 0;
                    while (end < str.length()) {
                        int cp = str.codePointAt(end);
                        w += CharWidth.of(cp);
                        if (w > s.precision) {
                            break;
                        }
                        end += Character.charCount(cp);
                    }
                    str = str.substring(0, end);
                }
                return new Text("", str, false);
            }
            case 'c': {
                // Char(first(x)): %c of 65 is "A", of "ab" "a"
                Object c = x instanceof JlChar ? x : guest.toChar(x);
                return new Text("", c.toString(), false);
            }
            case 'p': {
                // Julia's %p: the address as UInt64, in %#.16x
                s.conversion = 'x';
                s.alt = true;
                s.precision = 16;
                return convert(s, guest.toAddress(x), guest, location);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X': {
                if (!isFloat(x) && integerValue(x) == null) {
                    x = guest.toInteger(x);   // 3//1 prints as 3
                }
                if (isFloat(x)) {
                    // as Julia's Printf: a float given to an integer conversion prints as %.0f
                    s.precision = 0;
                    s.conversion = 'f';
                    return formatFloat(s, Num.toDouble(x));
                }
                BigInteger v = integerValue(x);
                int radix = s.conversion == 'o' ? 8 : s.conversion == 'x' || s.conversion == 'X' ? 16 : 10;
                if (v == null) {
                    guest.ndigits(x, radix);   // Julia's Printf counts the digits first: its MethodError
                    throw Errors.argumentError("invalid argument for %" + s.conversion + ": " + guest.string(x), location);
                }
                String digits = v.abs().toString(radix);
                if (s.conversion == 'X') {
                    digits = digits.toUpperCase();
                }
                if (s.precision >= 0) {
                    digits = "0".repeat(Math.max(0, s.precision - digits.length())) + digits;   // ("%.0d" of 0 is "0", as Julia's)
                    s.zero = false;
                }
                String prefix = sign(s, v.signum() < 0);
                if (s.alt && radix == 16) {
                    prefix += s.conversion == 'X' ? "0X" : "0x";
                } else if (s.alt && radix == 8) {
                    prefix += "0";   // always, as Julia's Printf (C's adds it only when needed)
                }
                return new Text(prefix, digits, true);
            }
            default: {
                double d;
                if (x instanceof org.trufflejl.runtime.JlBigFloat b) {
                    // its exact decimal value: all of its digits, not a Float64's
                    return formatFloat(s, org.trufflejl.runtime.num.BigFloatMath.toBinary(b, 53, -1022, 1023),
                                    b.isFinite() ? org.trufflejl.runtime.num.BigFloatMath.toBigDecimal(b) : null);
                }
                if (isFloat(x)) {
                    d = Num.toDouble(x);
                } else if (integerValue(x) != null) {
                    d = integerValue(x).doubleValue();
                } else {
                    d = guest.toFloat64(x);
                }
                return formatFloat(s, d);
            }
        }
    }

    private static String sign(Spec s, boolean negative) {
        return negative ? "-" : s.plus ? "+" : s.space ? " " : "";
    }

    private static Text formatFloat(Spec s, double d) {
        return formatFloat(s, d, null);
    }

    /** {@code d}, or the finite value {@code exact} (a BigFloat's) of which d has the sign. */
    private static Text formatFloat(Spec s, double d, BigDecimal exact) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String prefix = sign(s, negative);
        if (exact == null && (Double.isNaN(d) || Double.isInfinite(d))) {
            String p = Double.isNaN(d) ? (s.plus ? "+" : s.space ? " " : "") : prefix;
            // Julia 1.10's Printf zero-pads these too (the fix leaving them space-padded, as C's, came
            // in 1.11): the zeros go after a sign, and for %a after two more characters, as its fmt
            // counts "0x" there ("%08a" of Inf is "In00000f").
            int skip = p.length() + (Character.toLowerCase(s.conversion) == 'a' ? 2 : 0);
            return new Text(p, Double.isNaN(d) ? "NaN" : "Inf", false, Math.min(skip, p.length() + 3));
        }
        int precision = s.precision < 0 ? 6 : s.precision;
        char c = Character.toLowerCase(s.conversion);
        String quick = c == 'f' && exact == null ? fixedQuick(Math.abs(d), precision, s.alt) : null;
        if (quick != null) {
            return new Text(prefix, quick, true);
        }
        BigDecimal v = exact != null ? exact.abs() : new BigDecimal(Math.abs(d));
        String body;
        if (c == 'f') {
            body = fixed(v, precision, s.alt);
        } else if (c == 'e') {
            body = scientific(v, precision, s.alt);
        } else if (c == 'g') {
            int p = precision == 0 ? 1 : precision;
            // Julia's Printf takes the exponent from the value written as %.{p}e (p + 1 significant
            // digits, where C11 says p): so %g of 999999.5 is "1000000", not C's "1e+06" (a BigFloat
            // goes to MPFR's printf, which is C's)
            int exponent = v.signum() == 0 ? 0 : exponentAfterRounding(v, exact != null ? p : p + 1);
            if (p > exponent && exponent >= -4) {
                body = fixed(v, p - 1 - exponent, s.alt);
            } else {
                body = scientific(v, p - 1, s.alt);
            }
            if (!s.alt) {
                body = stripZeros(body);
            }
        } else {
            body = hexFloat(Math.abs(d), s.precision, s.alt);
            if (s.conversion == 'A') {
                body = body.toUpperCase();
            }
            prefix += s.conversion == 'A' ? "0X" : "0x";
        }
        if (Character.isUpperCase(s.conversion) && c != 'a') {
            body = body.toUpperCase();
        }
        return new Text(prefix, body, true);
    }

    /**
     * {@code %a} of {@code x >= 0} after the {@code 0x}, as Julia's Printf: a leading digit 1
     * (or 2 when rounding to {@code precision} hex digits carries), the shortest fraction
     * without a precision, a decimal exponent of 2 ({@code 1.922p+1}); subnormals normalized.
     */
    private static String hexFloat(double x, int precision, boolean alt) {
        if (x == 0) {
            return precision > 0 ? "0." + "0".repeat(precision) + "p+0" : "0p+0";
        }
        // frexp: x = s * 2^p with 0.5 <= s < 1
        int p = Math.getExponent(x < Double.MIN_NORMAL ? x * 0x1p54 : x) + 1 - (x < Double.MIN_NORMAL ? 54 : 0);
        double s = Math.scalb(x, -p);
        long u;
        int n;
        if (precision > -1) {
            int sigbits = 4 * Math.min(precision, 13);
            // rounded to sigbits bits; the two low exponent bits become the leading digit (1 or 2)
            double r = 0.25 * Math.rint(Math.scalb(s, 1 + sigbits));
            u = (Double.doubleToRawLongBits(r) & 0x003f_ffff_ffff_ffffL) >>> (52 - sigbits);
            n = 16 - (Long.numberOfLeadingZeros(u) >> 2);
        } else {
            u = Double.doubleToRawLongBits(s * 2.0) & 0x001f_ffff_ffff_ffffL;
            int t = Long.numberOfTrailingZeros(u) >> 2;
            u >>>= t << 2;
            n = 14 - t;
        }
        String digits = Long.toHexString(u);
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (u > 9 || alt || precision > 0) {
            sb.append('.');
        }
        sb.append(digits, 1, n);
        for (int k = n - 1; k < precision; k++) {
            sb.append('0');
        }
        int e = p - 1;
        return sb.append('p').append(e < 0 ? '-' : '+').append(Math.abs(e)).toString();
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * {@code %.{precision}f} of {@code x >= 0} without BigDecimal (whose exact expansion of the
     * double was most of a {@code @sprintf("%.3f", x)}: 1.5 µs), when {@code x * 10^precision} is
     * below 2^52: that product is exactly {@code hi + lo} (an FMA gives the low part), and it is
     * rounded half to even as the exact value, like {@link #fixed}. Null when out of that range.
     */
    private static String fixedQuick(double x, int precision, boolean alt) {
        if (precision >= POWERS_OF_TEN.length) {
            return null;
        }
        double hi = x * POWERS_OF_TEN[precision];
        if (!(hi < 0x1p52) || x != 0 && x < 0x1p-900) {
            return null;   // (too large for a long's exact double, or tiny enough for the low part to underflow)
        }
        double lo = Math.fma(x, POWERS_OF_TEN[precision], -hi);
        double n = Math.floor(hi);
        double f = hi - n;   // (exact: a multiple of hi's ulp below 1, or hi itself)
        boolean up = f > 0.5 || f == 0.5 && (lo > 0 || lo == 0 && (((long) n) & 1) == 1);
        String digits = Long.toString((long) n + (up ? 1 : 0));
        if (precision == 0) {
            return alt ? digits + "." : digits;
        }
        StringBuilder sb = new StringBuilder(precision + 3);
        for (int k = digits.length(); k <= precision; k++) {
            sb.append('0');
        }
        sb.append(digits);
        sb.insert(sb.length() - precision, '.');
        return sb.toString();
    }

    private static String fixed(BigDecimal v, int precision, boolean alt) {
        String t = v.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alt ? t + "." : t;
    }

    private static int exponentAfterRounding(BigDecimal v, int significant) {
        BigDecimal r = v.round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return r.precision() - r.scale() - 1;
    }

    private static String scientific(BigDecimal v, int precision, boolean alt) {
        String digits;
        int exponent;
        if (v.signum() == 0) {
            digits = "0".repeat(precision + 1);
            exponent = 0;
        } else {
            BigDecimal r = v.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exponent = r.precision() - r.scale() - 1;
            digits = r.unscaledValue().toString();
            digits = digits.length() > precision + 1 ? digits.substring(0, precision + 1) : digits + "0".repeat(precision + 1 - digits.length());
        }
        StringBuilder b = new StringBuilder().append(digits.charAt(0));
        if (precision > 0 || alt) {
            b.append('.').append(digits, 1, digits.length());
        }
        b.append('e').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) {
            b.append('0');
        }
        return b.append(e).toString();
    }

    /** %g without '#': no trailing zeros in the fraction, and no point when nothing follows it. */
    private static String stripZeros(String body) {
        int e = body.indexOf('e');
        String mantissa = e < 0 ? body : body.substring(0, e);
        String rest = e < 0 ? "" : body.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + rest;
    }

    private static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            w += CharWidth.of(text.codePointAt(i));
        }
        return w;
    }

    private static String pad(Spec s, Text t) {
        // text is as wide as it shows: "日本" fills four columns of a %5s
        int len = t.prefix.codePointCount(0, t.prefix.length()) + (t.numeric ? t.body.codePointCount(0, t.body.length()) : displayWidth(t.body));
        if (s.width <= len) {
            return t.prefix + t.body;
        }
        if (t.zeroAt >= 0 && s.zero && !s.left) {
            String all = t.prefix + t.body;
            return all.substring(0, t.zeroAt) + "0".repeat(s.width - len) + all.substring(t.zeroAt);
        }
        String fill = (s.left || !(s.zero && t.numeric) ? " " : "0").repeat(s.width - len);
        if (s.left) {
            return t.prefix + t.body + fill;
        }
        return s.zero && t.numeric ? t.prefix + fill + t.body : fill + t.prefix + t.body;
    }
}
