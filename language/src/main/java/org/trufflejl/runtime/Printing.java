package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Julia's text forms of leaf values: floats as Base.Ryu's shortest round-trip digits laid out
 * the way Julia lays them out, strings and chars with Julia's escapes.
 */
public final class Printing {
    private Printing() {
    }

    /** {@code show(1.0e6)} → "1.0e6", {@code show(100000.0)} → "100000.0". */
    @TruffleBoundary
    public static String float64(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        } else if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return Double.toString(v);   // Java's plain form there is Julia's (shortest digits, a point, no exponent)
        }
        return layout(shortest(Double.toString(v), magnitude < Double.MIN_NORMAL, d -> Double.parseDouble(d) == v), "e", 6);
    }

    /**
     * Java prints at least two significant digits ("4.9E-324" for the smallest subnormal) where
     * Ryu's shortest has one ("5.0e-324"): use the one-digit form when it reads back the same.
     * That happens only for subnormals: for a normal number a one-digit decimal that reads back
     * is the closest two-digit one too (with a zero), so they skip the search.
     */
    private static String shortest(String javaForm, boolean subnormal, java.util.function.Predicate<String> readsBack) {
        if (!subnormal) {
            return javaForm;
        }
        String s = javaForm.startsWith("-") ? javaForm.substring(1) : javaForm;
        int e = s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        if (digits.length() != 2) {
            return javaForm;
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(javaForm);
        for (java.math.RoundingMode mode : new java.math.RoundingMode[]{java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.UP,
                        java.math.RoundingMode.DOWN}) {
            java.math.BigDecimal one = exact.round(new java.math.MathContext(1, mode));
            String candidate = one.toString().replace("E+", "E");
            if (readsBack.test(candidate)) {
                java.math.BigDecimal m = one.stripTrailingZeros();
                int exp = m.precision() - 1 - m.scale();
                return (m.signum() < 0 ? "-" : "") + m.unscaledValue().abs() + ".0E" + exp;
            }
        }
        return javaForm;
    }

    /**
     * Julia's compact form of a float ({@code :compact => true}, as a matrix's cells are shown):
     * the shortest digits rounded to six significant ones (half up on the first digit dropped,
     * as Ryu's {@code reduce_shortest} with {@code maxsignif}), then laid out as usual; no type
     * suffix. {@code 1/3} → "0.333333", {@code 123456.7} → "1.23457e5".
     */
    @TruffleBoundary
    public static String compactFloat(Object x, boolean fromPrint) {
        String shortest;
        String marker = "e";
        if (x instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return float64(d);
            }
            shortest = shortest(Double.toString(d), Math.abs(d) < Double.MIN_NORMAL, t -> Double.parseDouble(t) == d);
        } else if (x instanceof Float f) {
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                return float32(f, false);
            }
            shortest = shortest(Float.toString(f), Math.abs(f) < Float.MIN_NORMAL, t -> Float.parseFloat(t) == f);
            marker = fromPrint ? "e" : "f";
        } else if (x instanceof org.trufflejl.runtime.num.Float16 h) {
            return float16(h.bits, false); // at most five significant digits already
        } else {
            return null;
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(shortest);
        if (exact.signum() == 0) {
            return layout(shortest, marker, 6);
        }
        java.math.BigDecimal r = exact.round(new java.math.MathContext(6, java.math.RoundingMode.HALF_UP)).stripTrailingZeros();
        String digits = r.unscaledValue().abs().toString();
        int exp10 = digits.length() - 1 - r.scale();
        String form = (r.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exp10;
        return layout(form, marker, 6);
    }

    /** {@code show(1.5f0)} → "1.5f0", {@code show(1f10)} → "1.0f10"; print gives "1.5", "1.0e10". */
    @TruffleBoundary
    public static String float32(float v, boolean forShow) {
        if (Float.isNaN(v)) {
            return forShow ? "NaN32" : "NaN";
        } else if (Float.isInfinite(v)) {
            return (v > 0 ? "" : "-") + (forShow ? "Inf32" : "Inf");
        }
        String s = layout(shortest(Float.toString(v), Math.abs(v) < Float.MIN_NORMAL, d -> Float.parseFloat(d) == v), forShow ? "f" : "e", 6);
        if (forShow && !s.contains("f")) {
            s += "f0";
        }
        return s;
    }

    /** {@code show(Float16(1))} → "Float16(1.0)", print → "1.0"; plain form only up to 3 integer digits. */
    @TruffleBoundary
    public static String float16(short bits, boolean forShow) {
        float v = Float.float16ToFloat(bits);
        if (Float.isNaN(v)) {
            return forShow ? "NaN16" : "NaN";
        } else if (Float.isInfinite(v)) {
            return (v > 0 ? "" : "-") + (forShow ? "Inf16" : "Inf");
        }
        String s = layout(shortestHalf(bits), "e", 3);
        return forShow ? "Float16(" + s + ")" : s;
    }

    /**
     * The shortest decimal that reads back as the binary16 {@code bits} (ties: the one nearest the
     * exact value), in Java's "d.dddE±x" form for {@link #layout}. Java has no binary16 formatter.
     */
    static String shortestHalf(short bits) {
        double exact = Float.float16ToFloat(bits);
        if (exact == 0) {
            return (bits < 0 ? "-" : "") + "0.0";
        }
        java.math.BigDecimal x = new java.math.BigDecimal(exact);
        for (int p = 1; p <= 17; p++) {
            java.math.BigDecimal best = null;
            for (java.math.RoundingMode mode : new java.math.RoundingMode[]{java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.FLOOR,
                            java.math.RoundingMode.CEILING}) {
                java.math.BigDecimal c = x.round(new java.math.MathContext(p, mode));
                if (org.trufflejl.runtime.num.Float16.doubleToBits(c.doubleValue()) == bits
                                && (best == null || c.subtract(x).abs().compareTo(best.subtract(x).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                java.math.BigDecimal m = best.stripTrailingZeros();
                String digits = m.unscaledValue().abs().toString();
                int exp = digits.length() - 1 - m.scale();
                return (m.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exp;
            }
        }
        return Double.toString(exact);
    }

    /**
     * Lays out Java's shortest digits (e.g. "1.0E10", "0.001") as Julia's Ryu writeshortest does:
     * plain when the decimal point falls within (-4, maxPlain] digits of the start, else
     * {@code d.ddd<e>x}.
     */
    private static String layout(String javaForm, String expMarker, int maxPlain) {
        boolean negative = javaForm.startsWith("-");
        String s = negative ? javaForm.substring(1) : javaForm;
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String fracPart = dot < 0 ? "" : s.substring(dot + 1);
        String digits = intPart + fracPart;
        int pointPos = intPart.length() + exp; // decimal point position relative to digits start
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        pointPos -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        if (digits.equals("0")) {
            return sb.append("0.0").toString();
        }
        int n = digits.length();
        if (pointPos > -4 && pointPos <= maxPlain) {
            if (pointPos <= 0) {
                sb.append("0.").append("0".repeat(-pointPos)).append(digits);
            } else if (pointPos >= n) {
                sb.append(digits).append("0".repeat(pointPos - n)).append(".0");
            } else {
                sb.append(digits, 0, pointPos).append('.').append(digits, pointPos, n);
            }
        } else {
            sb.append(digits.charAt(0)).append('.').append(n > 1 ? digits.substring(1) : "0").append(expMarker).append(pointPos - 1);
        }
        return sb.toString();
    }

    /** {@code show} of a String: quoted, with Julia's escapes. */
    @TruffleBoundary
    /** A symbol as code writes it: {@code :a}, or {@code Symbol("a b")} when it is no identifier. */
    public static String showSymbol(Symbol s) {
        String shown = org.trufflejl.parser.ExprPrinter.showSymbol(s.name);
        return shown != null ? shown : "Symbol(" + quoteString(s.name) + ")";
    }

    public static String quoteString(String s) {
        // (a parsed literal's raw bytes, "\xff", are lone surrogates here: by the bytes they stand for)
        return quoteString(JlString.of(s));
    }

    /** A String as a literal: by its bytes, so a malformed byte shows as {@code \xff}. */
    @TruffleBoundary
    public static String quoteString(JlString s) {
        byte[] b = s.bytes();
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < b.length; i = s.nextIndex(i)) {
            int next = s.nextIndex(i);
            appendEscaped(sb, s.codePointAt(i), '"', next < b.length ? s.codePointAt(next) : -1);
        }
        return sb.append('"').toString();
    }

    @TruffleBoundary
    public static String quoteChar(int cp) {
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, cp, '\'', -1);
        return sb.append('\'').toString();
    }

    /**
     * One character of a quoted string or char as Julia's escape_string writes it; {@code next} is
     * the character after it (-1: none), since an escape before a hex digit is written in full.
     */
    private static void appendEscaped(StringBuilder sb, int cp, char quote, int next) {
        switch (cp) {
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            case '\r' -> sb.append("\\r");
            case '\\' -> sb.append("\\\\");
            case 0x1b -> sb.append("\\e");
            case 0 -> sb.append(next >= '0' && next <= '7' ? "\\x00" : "\\0");   // \01 would read as one octal escape
            case 7 -> sb.append("\\a");
            case 8 -> sb.append("\\b");
            case 12 -> sb.append("\\f");
            case 11 -> sb.append("\\v");
            default -> {
                if (cp == quote) {
                    sb.append('\\').append(quote);
                } else if (cp == '$' && quote == '"') {
                    sb.append("\\$");
                } else if (JlChar.isMalformed(cp)) {
                    for (byte x : JlChar.malformedBytes(cp)) {
                        sb.append(String.format("\\x%02x", x & 0xff));
                    }
                } else if (cp < 0x20 || cp == 0x7f) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (!JlChar.isPrintable(cp)) {
                    // (a format character, a separator of lines, a private or unassigned code point)
                    boolean full = next >= 0 && Character.digit(next, 16) >= 0 && next < 0x80;
                    sb.append(cp < 0x10000 ? String.format(full ? "\\u%04x" : "\\u%02x", cp) : String.format(full ? "\\U%08x" : "\\U%04x", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
    }

    /**
     * A method's file as Julia shows it: Base's files by their name in Base ({@code @ Base arrays.jl:42}), also for
     * its submodules' methods ({@code @ Base.Iterators iteration.jl:229}), which live in the same folder.
     */
    public static String shownFile(Method m) {
        String module = m.moduleName();
        int dot = module.indexOf('.');
        String prefix = (dot < 0 ? module : module.substring(0, dot)) + "/";
        return m.file.startsWith(prefix) ? m.file.substring(prefix.length()) : m.file;
    }

    /** Julia's show for leaf values (numbers, strings, chars, symbols, types, functions, modules); null if not a leaf. */
    @TruffleBoundary
    public static String showLeaf(Object v) {
        if (v instanceof Long || v instanceof Boolean || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.toString();
        } else if (v instanceof Double d) {
            return float64(d);
        } else if (v instanceof Float f) {
            return float32(f, true);
        } else if (v instanceof JlString s) {
            return quoteString(s);
        } else if (v instanceof JlChar c) {
            return quoteChar(c.codePoint);
        } else if (v instanceof Symbol s) {
            return showSymbol(s);
        } else if (v instanceof JlNothing) {
            return "nothing";
        } else if (v instanceof JlBigFloat b) {
            return org.trufflejl.runtime.num.BigFloatMath.toString(b, 0);
        } else if (v instanceof JlPrimitiveValue p) {
            return p.show(p.type.show());
        } else if (v instanceof org.trufflejl.runtime.types.TypeVar tv) {
            return tv.showWithBounds(); // (inside a type its where clause shows the bounds)
        } else if (v instanceof JlType t) {
            return t.show();
        } else if (v instanceof JlFunction f) {
            if (f.table.name.name.equals(":")) {
                return "Colon()";   // Julia's `:` is the instance of struct Colon, shown as one
            }
            if (f.table.constructedType != null) {
                return f.table.constructedType.show();
            }
            if (f.table.type.closureName != null && (f.captures == null || f.captures.length == 0)) {
                // no binding names a closure, so Julia's show_function shows it as a struct value
                return f.table.type.show() + "()";
            }
            return f.table.module != null ? f.table.module.functionDisplayName(f.table.name) : f.name();
        } else if (v instanceof JlModule m) {
            return m.path();
        } else if (v instanceof org.trufflejl.runtime.num.UInt8 u) {
            return String.format("0x%02x", u.longValue());
        } else if (v instanceof org.trufflejl.runtime.num.UInt16 u) {
            return String.format("0x%04x", u.longValue());
        } else if (v instanceof org.trufflejl.runtime.num.UInt32 u) {
            return String.format("0x%08x", u.longValue());
        } else if (v instanceof org.trufflejl.runtime.num.UInt64 u) {
            return String.format("0x%016x", u.bits);
        } else if (v instanceof org.trufflejl.runtime.num.UInt128 u) {
            return String.format("0x%016x%016x", u.hi, u.lo);
        } else if (v instanceof org.trufflejl.runtime.num.Float16 h) {
            return float16(h.bits, true);
        } else if (v instanceof org.trufflejl.runtime.num.Int128) {
            return v.toString();
        } else if (v instanceof JlIO io) {
            return io.show();
        } else if (v instanceof Method m) {
            return m.signatureString(m.calleeDisplay(org.trufflejl.parser.ExprPrinter.showName(m.ownerName()))) + (m.line > 0 ? " @ " + m.moduleName() + " " + shownFile(m) + ":" + m.line : "");
        } else if (v instanceof org.trufflejl.parser.Expr e) {
            return org.trufflejl.parser.ExprPrinter.show(e);
        }
        return null;
    }

    /** Julia's print for leaf values: like show, but strings and chars raw and Float32 without suffix. */
    @TruffleBoundary
    public static String printLeaf(Object v) {
        if (v instanceof JlString s) {
            return s.toString();
        } else if (v instanceof JlChar c) {
            return c.toString();
        } else if (v instanceof Float f) {
            return float32(f, false);
        } else if (v instanceof org.trufflejl.runtime.num.Float16 h) {
            return float16(h.bits, false);
        } else if (v instanceof Symbol s) {
            return s.name;
        } else if (v instanceof JlFunction f && f.table.type.closureName != null) {
            return f.name();   // printed, a closure is its function's name (#1, inner), as Julia's compact show_function
        } else if (v.getClass().getPackageName().equals("org.trufflejl.runtime.num")) {
            return v.toString(); // unsigned integers print in decimal, show in hex
        }
        return showLeaf(v);
    }
}
