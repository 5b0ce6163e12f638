package org.trufflejl.builtins;

import java.math.BigInteger;

import org.trufflejl.nodes.Inference;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.num.DecimalToDouble;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;
import org.trufflejl.runtime.types.UnionType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Text forms of numbers that Base's {@code string(n; base, pad)}, {@code bitstring},
 * {@code parse} and {@code tryparse} call: slow paths, run behind {@link SlowBuiltin}'s boundary.
 */
final class NumericText {
    private NumericText() {
    }

    /** What parsing to type {@code type} gives: a value of it when {@code raise} is true, else one or nothing. */
    static Object parsed(Object type, Object raise) {
        if (type instanceof Inference.Const t && t.value() instanceof JlType result) {
            return Inference.isConstant(raise, Boolean.TRUE) ? result : UnionType.of(result, Types.Nothing);
        }
        return Inference.ANY;
    }

    static void install(Builtins b) {
        b.slow("_int_string", (a, n) -> JlString.of(intString(a[0], (Long) a[1], (Long) a[2], n)), Types.Integer, Types.Int64, Types.Int64);
        b.slow("_bitstring", (a, n) -> JlString.of(bitstring(a[0])), Types.Any);
        b.slow("_bitcast", (a, n) -> NumericConvert.bitcast(a[0], a[1], n), Types.Any, Types.Any);
        b.slow("_primitive_size", (a, n) -> (long) NumericConvert.primitiveSize(a[0]), Types.Any);
        // (raising: a T; else a T or nothing)
        b.slowInferring("_parse_int", args -> parsed(args[0], args[3]), (a, n) -> {
            Long simple = a[0] == Types.Int64 && ((Long) a[2] == 0 || (Long) a[2] == 10) ? plainDecimalInt(a[1]) : null;
            return simple != null ? simple : parseInt((JlType) a[0], a[1].toString(), (int) (long) (Long) a[2], (Boolean) a[3], n);
        }, Types.Type, Types.AbstractString, Types.Int64, Types.Bool);
        b.def("_parse_float", ParseFloat::new, Builtins.sig(Types.Type, Types.AbstractString, Types.Bool));
    }

    /**
     * {@code _parse_float(T, s, raise)}: a Float64 in the common decimal form is parsed in
     * compiled code ({@link DecimalToDouble}); other text, types and values go the general way.
     */
    static final class ParseFloat extends BuiltinNode.Builtin3 implements Inference.Model {
        /** Raising: a T; else a T or nothing. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return parsed(args[0], args[2]);
        }

        @Override
        public Object execute(Object type, Object text, Object raise) {
            if (type == Types.Float64 && text instanceof JlString s) {
                double r = DecimalToDouble.parse(s.bytes());
                if (!Double.isNaN(r)) {
                    return r;
                }
            }
            return general(type, text, raise);
        }

        @TruffleBoundary
        private Object general(Object type, Object text, Object raise) {
            Double simple = type == Types.Float64 ? plainDecimalFloat(text) : null;
            return simple != null ? simple : parseFloat((JlType) type, text.toString(), (Boolean) raise, this);
        }
    }

    // The common text of a number (a String of ASCII digits with a sign, a point and an exponent,
    // nothing around them) parsed from its bytes; anything else takes the general way below, which
    // decodes the text, trims it and checks it against Julia's whole grammar (450 ns a float).

    /** An Int64 of at most 18 digits (no overflow possible) with an optional sign, or null. */
    private static Long plainDecimalInt(Object text) {
        if (!(text instanceof JlString str)) {
            return null;
        }
        byte[] b = str.bytes();
        int i = b.length > 0 && (b[0] == '-' || b[0] == '+') ? 1 : 0;
        if (b.length - i < 1 || b.length - i > 18) {
            return null;
        }
        long v = 0;
        for (int k = i; k < b.length; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            v = v * 10 + d;
        }
        return b[0] == '-' ? -v : v;
    }

    /** A Float64 written [sign] digits [. digits] [e [sign] digits] (a digit before or after the point), or null. */
    private static Double plainDecimalFloat(Object text) {
        if (!(text instanceof JlString str)) {
            return null;
        }
        byte[] b = str.bytes();
        int i = b.length > 0 && (b[0] == '-' || b[0] == '+') ? 1 : 0;
        int digits = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            i++;
            digits++;
        }
        if (i < b.length && b[i] == '.') {
            i++;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < b.length && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
        }
        if (i != b.length) {
            return null;
        }
        String plain = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        double v = Double.parseDouble(plain);
        return outOfRange(v, plain) ? null : v;
    }

    /**
     * Whether C's strtod would report ERANGE with a result of zero or infinity for {@code text}
     * (a decimal or hexadecimal float, not inf or nan): Julia's jl_try_substrtod and
     * jl_try_substrtof then fail, so {@code parse(Float64, "1e400")} and
     * {@code parse(Float64, "1e-400")} throw rather than give Inf and 0.0.
     */
    private static boolean outOfRange(double v, String text) {
        if (Double.isInfinite(v)) {
            return true;
        }
        if (v != 0) {
            return false;
        }
        boolean hex = text.indexOf('x') >= 0 || text.indexOf('X') >= 0;
        int start = hex ? Math.max(text.indexOf('x'), text.indexOf('X')) + 1 : 0;
        for (int k = start; k < text.length(); k++) {
            char c = text.charAt(k);
            if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) {
                break;
            }
            if ((c >= '1' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))) {
                return true;   // a nonzero mantissa that underflowed to zero
            }
        }
        return false;
    }

    static String intString(Object x, long base, long pad, Node n) {
        if (base <= -2 && base >= -62) {
            return negativeBaseString(x instanceof BigInteger big ? big : Num.toBigInteger(x), (int) base, pad);
        }
        if (base < 2 || base > 62) {
            throw Errors.domainError(base, "base must satisfy 2 ≤ abs(base) ≤ 62", n);   // Julia's _base
        }
        if (x instanceof Long l && base == 10 && pad == 1) {
            return Long.toString(l);   // string(i), interpolation: no BigInteger
        }
        BigInteger v = x instanceof BigInteger big ? big : Num.toBigInteger(x);
        if (v.signum() == 0 && pad <= 0) {
            return "";   // as Julia's: zero has no digits, and pad asks for none
        }
        String digits = v.abs().toString((int) Math.min(base, 36));
        if (base > 36) {
            digits = base62(v.abs(), (int) base);
        }
        StringBuilder sb = new StringBuilder();
        if (v.signum() < 0) {
            sb.append('-');
        }
        for (long i = digits.length(); i < pad; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /**
     * Julia's _base for a negative base (string(-10, base=-2) == "1010"): digit mod(x, -b), then
     * x = cld(x, b), as many digits as ndigits(x, base=b, pad=pad); no minus sign.
     */
    @TruffleBoundary
    private static String negativeBaseString(BigInteger v, int base, long pad) {
        String chars = base >= -36 ? "0123456789abcdefghijklmnopqrstuvwxyz"
                        : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        BigInteger b = BigInteger.valueOf(base);
        BigInteger m = BigInteger.valueOf(-base);
        StringBuilder sb = new StringBuilder();
        while (v.signum() != 0) {
            BigInteger d = v.mod(m);
            sb.append(chars.charAt(d.intValue()));
            // cld(v - d, b) is exact: (v - d) is a multiple of b
            v = v.subtract(d).divide(b);
        }
        for (long i = sb.length(); i < pad; i++) {
            sb.append('0');
        }
        return sb.reverse().toString();
    }

    private static String base62(BigInteger v, int base) {
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        if (v.signum() == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        BigInteger b = BigInteger.valueOf(base);
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(b);
            sb.append(chars.charAt(qr[1].intValue()));
            v = qr[0];
        }
        return sb.reverse().toString();
    }

    static String bitstring(Object x) {
        if (x instanceof org.trufflejl.runtime.JlPrimitiveValue p) {
            StringBuilder sb = new StringBuilder(8 * p.size());
            for (int i = p.size() - 1; i >= 0; i--) {
                sb.append(String.format("%8s", Integer.toBinaryString(p.byteAt(i) & 0xFF)).replace(' ', '0'));
            }
            return sb.toString();
        }
        int kind = Num.kindOfValue(x);
        int width = kind == Num.BOOL ? 8 : Num.bits(kind);
        long lo = NumericConvert.lo(kind, x);
        long hi = width == 128 ? NumericConvert.hi(kind, x) : 0;
        StringBuilder sb = new StringBuilder(width);
        for (int i = width - 1; i >= 0; i--) {
            long word = i >= 64 ? hi : lo;
            sb.append(((word >>> (i & 63)) & 1) == 0 ? '0' : '1');
        }
        return sb.toString();
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || Character.isSpaceChar(c);
    }

    private static String quoted(String s) {
        return org.trufflejl.runtime.Printing.quoteString(s);
    }

    /**
     * Julia's tryparse_internal for integers: whitespace, a sign (signed types), a 0x/0o/0b prefix
     * when base is 0, digits. Its messages quote the whole input, whitespace included.
     */
    static Object parseInt(JlType t, String s, int base, boolean raise, Node n) {
        int kind = Num.kindOf(t);
        if (kind < 0 || !Num.isInteger(kind)) {
            throw Errors.argumentError("parse: " + t.show() + " is not a primitive integer type", n);
        }
        if (base != 0 && (base < 2 || base > 62)) {
            throw Errors.argumentError("invalid base: base must be 2 ≤ base ≤ 62, got " + base, n);
        }
        if (kind == Num.BOOL && (s.strip().equals("true") || s.strip().equals("false"))) {
            return s.strip().equals("true");
        }
        int[] cps = s.codePoints().toArray();
        int i = 0;
        int end = cps.length;
        while (i < end && isSpace(cps[i])) {
            i++;
        }
        while (end > i && isSpace(cps[end - 1])) {
            end--;
        }
        boolean negative = false;
        if (i < end && Num.isSigned(kind) && (cps[i] == '-' || cps[i] == '+')) {
            negative = cps[i] == '-';
            i++;
            while (i < end && isSpace(cps[i])) {
                i++;
            }
        }
        if (i >= end) {
            return fail(raise, Errors.argumentError("input string is empty or only contains whitespace", n));
        }
        if (base == 0) {
            base = 10;
            if (cps[i] == '0' && i + 1 < end) {
                int c = cps[i + 1];
                int b = c == 'b' ? 2 : c == 'o' ? 8 : c == 'x' ? 16 : 10;
                if (b != 10) {
                    base = b;
                    i += 2;
                    if (i >= end) {
                        return fail(raise, Errors.argumentError("premature end of integer: " + quoted(s), n));
                    }
                }
            }
        }
        // digits accumulate in a long until the next one could overflow it, then in a BigInteger
        long small = 0;
        BigInteger value = null;
        BigInteger bigBase = BigInteger.valueOf(base);
        for (int j = i; j < end; j++) {
            int c = cps[j];
            int d = c >= '0' && c <= '9' ? c - '0'
                            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                            : c >= 'a' && c <= 'z' ? c - 'a' + (base <= 36 ? 10 : 36) : Integer.MAX_VALUE;
            if (isSpace(c)) {
                return fail(raise, Errors.argumentError("extra characters after whitespace in " + quoted(s), n));
            }
            if (d >= base) {
                return fail(raise, Errors.argumentError("invalid base " + base + " digit " + org.trufflejl.runtime.Printing.quoteChar(c) + " in " + quoted(s), n));
            }
            if (value == null && small <= (Long.MAX_VALUE - d) / base) {
                small = small * base + d;
            } else {
                value = (value == null ? BigInteger.valueOf(small) : value).multiply(bigBase).add(BigInteger.valueOf(d));
            }
        }
        if (value == null) {
            value = BigInteger.valueOf(small);
        }
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(Num.min(kind)) < 0 || value.compareTo(Num.max(kind)) > 0) {
            return fail(raise, new JlException(JlStructObject.of(Types.OverflowError, JlString.of("overflow parsing " + quoted(s))), n));
        }
        return kind == Num.BOOL ? (Object) (value.signum() != 0) : Num.fromBigInteger(kind, value);
    }

    private static Object fail(boolean raise, JlException e) {
        if (raise) {
            throw e;
        }
        return JlNothing.INSTANCE;
    }

    /** Julia's float parsing: decimal and hex floats, Inf/NaN in any case, surrounding whitespace. */
    static Object parseFloat(JlType t, String s, boolean raise, Node n) {
        int kind = Num.kindOf(t);
        if (kind < 0 || !Num.isFloat(kind)) {
            throw Errors.argumentError("parse: " + t.show() + " is not a primitive float type", n);
        }
        String text = s.strip();
        Double d = parseDouble(text, kind);
        if (d == null) {
            return fail(raise, Errors.argumentError("cannot parse " + quoted(s) + " as " + t.show(), n));
        }
        switch (kind) {
            case Num.F16:
                return Float16.fromDouble(d);
            case Num.F32:
                return d.floatValue();
            default:
                return d;
        }
    }

    /** Decimal and hexadecimal float literals (compiled once: compiling it per call was 2 µs of a parse). */
    private static final java.util.regex.Pattern FLOAT_TEXT = java.util.regex.Pattern.compile(
                    "[+-]?(([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?[0-9]+)?)");

    private static Double parseDouble(String text, int kind) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT_TEXT.matcher(text).matches()) {
            return null;
        }
        if (lower.contains("x") && !lower.contains("p")) {
            text = text + "p0";   // C's strtod, which Julia's parse uses, takes a hex float without exponent
        }
        if (kind == Num.F32 || kind == Num.F16) {
            // rounded once, to binary32; Julia's tryparse(Float16, s) converts tryparse(Float32, s)
            double f = Float.parseFloat(text);
            return outOfRange(f, text) ? null : f;
        }
        double d = Double.parseDouble(text);
        return outOfRange(d, text) ? null : d;
    }
}
