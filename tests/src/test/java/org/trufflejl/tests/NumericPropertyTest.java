package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the numeric tower checked against a BigInteger/BigDecimal reference, through the
 * polyglot API: the integer conversion matrix (value or InexactError), wrapping arithmetic and the
 * division family per type, correctly rounded Float16 arithmetic and exact Rational arithmetic. The default sizes keep the
 * run to seconds; {@code -Dtrufflejl.numeric.long=true} samples far more values.
 */
public class NumericPropertyTest {
    static final boolean LONG = Boolean.getBoolean("trufflejl.numeric.long");
    static final String[] INT_TYPES = {"Int8", "Int16", "Int32", "Int64", "Int128", "UInt8", "UInt16", "UInt32", "UInt64", "UInt128"};
    static Context ctx;

    @BeforeAll
    static void start() {
        ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).build();
        ctx.eval("jl", """
                        function _props_conv(T, xs)
                            io = IOBuffer()
                            for x in xs
                                try
                                    print(io, T(x))
                                catch e
                                    print(io, e isa InexactError ? "E" : "X")
                                end
                                print(io, ' ')
                            end
                            String(take!(io))
                        end
                        function _props_arith(as, bs)
                            io = IOBuffer()
                            for k in 1:length(as)
                                a = as[k]
                                b = bs[k]
                                for f in (+, -, *, div, rem, mod, fld, cld)
                                    try
                                        print(io, f(a, b))
                                    catch e
                                        print(io, e isa DivideError ? "E" : "X")
                                    end
                                    print(io, ' ')
                                end
                            end
                            String(take!(io))
                        end
                        function _props_half(bits)
                            io = IOBuffer()
                            hs = [reinterpret(Float16, b) for b in bits]
                            for x in hs, y in hs
                                print(io, reinterpret(UInt16, x + y), ' ', reinterpret(UInt16, x - y), ' ',
                                      reinterpret(UInt16, x * y), ' ', reinterpret(UInt16, x / y), ' ')
                            end
                            String(take!(io))
                        end
                        """);
    }

    @AfterAll
    static void stop() {
        ctx.close();
    }

    // ---- the reference ----

    static int bits(String type) {
        return Integer.parseInt(type.replaceAll("[^0-9]", ""));
    }

    static boolean signed(String type) {
        return !type.startsWith("U");
    }

    static BigInteger min(String type) {
        return signed(type) ? BigInteger.ONE.shiftLeft(bits(type) - 1).negate() : BigInteger.ZERO;
    }

    static BigInteger max(String type) {
        return BigInteger.ONE.shiftLeft(signed(type) ? bits(type) - 1 : bits(type)).subtract(BigInteger.ONE);
    }

    /** v reduced modulo 2^bits into the type's range (two's complement wraparound). */
    static BigInteger wrap(BigInteger v, String type) {
        BigInteger m = BigInteger.ONE.shiftLeft(bits(type));
        BigInteger r = v.mod(m);
        return signed(type) && r.compareTo(max(type)) > 0 ? r.subtract(m) : r;
    }

    /** A literal of the value in the type: a full-width hex literal (exactly that unsigned type), reinterpreted if signed. */
    static String literal(BigInteger v, String type) {
        int b = bits(type);
        String hex = v.mod(BigInteger.ONE.shiftLeft(b)).toString(16);
        hex = "0".repeat(b / 4 - hex.length()) + hex;
        return signed(type) ? "reinterpret(" + type + ", 0x" + hex + ")" : "0x" + hex;
    }

    static String vector(String type, List<BigInteger> values) {
        StringBuilder sb = new StringBuilder(type).append('[');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(literal(values.get(i), type));
        }
        return sb.append(']').toString();
    }

    /** Every value for 8-bit types; else edges around powers of two and random values across the range. */
    static List<BigInteger> samples(String type, Random random, int randomCount) {
        TreeSet<BigInteger> set = new TreeSet<>();
        if (bits(type) == 8) {
            for (BigInteger v = min(type); v.compareTo(max(type)) <= 0; v = v.add(BigInteger.ONE)) {
                set.add(v);
            }
            return new ArrayList<>(set);
        }
        for (int p = 0; p <= bits(type); p++) {
            for (int d = -1; d <= 1; d++) {
                for (BigInteger base : new BigInteger[]{BigInteger.ONE.shiftLeft(p), BigInteger.ONE.shiftLeft(p).negate()}) {
                    BigInteger v = base.add(BigInteger.valueOf(d));
                    if (v.compareTo(min(type)) >= 0 && v.compareTo(max(type)) <= 0) {
                        set.add(v);
                    }
                }
            }
        }
        for (int i = 0; i < randomCount; i++) {
            set.add(wrap(new BigInteger(bits(type), random), type));
        }
        return new ArrayList<>(set);
    }

    // ---- properties ----

    @Test
    void conversionMatrixMatchesTheMathematicalRule() {
        Random random = new Random(42);
        int checked = 0;
        for (String from : INT_TYPES) {
            List<BigInteger> xs = samples(from, random, LONG ? 14_000 : 60);
            String literal = vector(from, xs);
            for (String to : INT_TYPES) {
                String out = ctx.eval("jl", "_props_conv(" + to + ", " + literal + ")").asString();
                String[] got = out.trim().split(" ");
                assertEquals(xs.size(), got.length, from + " -> " + to);
                for (int i = 0; i < xs.size(); i++) {
                    BigInteger x = xs.get(i);
                    boolean fits = x.compareTo(min(to)) >= 0 && x.compareTo(max(to)) <= 0;
                    String want = fits ? x.toString() : "E";
                    assertEquals(want, got[i], to + "(" + x + "::" + from + ")");
                    checked++;
                }
            }
        }
        assertTrue(checked > 10000);
        report("integer conversions", checked);
    }

    /**
     * {@code @sprintf("%.{p}f", x)} of a Float64 is the exact binary value rounded half to even at
     * p decimals (the quick path for products below 2^52 and the BigDecimal one agree), for
     * values of every magnitude, dyadic ties ({@code 0.125} at 2 digits) and precisions 0 to 17.
     */
    @Test
    void fixedPointFormatIsTheExactValueRoundedHalfEven() {
        ctx.eval("jl", """
                        using Printf
                        function _props_fixed(bits, p)
                            fmt = Printf.Format(string("%.", p, "f"))
                            join([Printf.format(fmt, reinterpret(Float64, b)) for b in bits], ' ')
                        end
                        """);
        Random random = new Random(7);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < (LONG ? 20_000 : 600); i++) {
            double magnitude = Math.pow(10, random.nextInt(34) - 16);
            xs.add((random.nextBoolean() ? -1 : 1) * random.nextDouble() * magnitude);
        }
        for (int j = 1; j <= 12; j++) {
            for (int k = 0; k < 20; k++) {
                xs.add((2.0 * random.nextInt(1 << 20) + 1) / Math.scalb(1.0, j));   // a tie at j or fewer digits
            }
        }
        for (double x : new double[]{0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 9.995, 99.5, 1e15, 4503599627370495.5,
                        4503599627370496.0, 1e-300, Double.MIN_VALUE, 0.1, 1.0 / 3, 2.0 / 3, 123456.789}) {
            xs.add(x);
        }
        StringBuilder literal = new StringBuilder("UInt64[");
        for (int i = 0; i < xs.size(); i++) {
            literal.append(i > 0 ? ", " : "").append("0x").append(String.format("%016x", Double.doubleToRawLongBits(xs.get(i))));
        }
        literal.append(']');
        ctx.eval("jl", "const _props_fixed_bits = " + literal);
        int checked = 0;
        for (int p = 0; p <= 17; p++) {
            String[] got = ctx.eval("jl", "_props_fixed(_props_fixed_bits, " + p + ")").asString().split(" ");
            assertEquals(xs.size(), got.length);
            for (int i = 0; i < got.length; i++) {
                double x = xs.get(i);
                boolean negative = x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE;
                String want = (negative ? "-" : "") + new BigDecimal(Math.abs(x)).setScale(p, java.math.RoundingMode.HALF_EVEN).toPlainString();
                assertEquals(want, got[i], "%." + p + "f of " + x);
                checked++;
            }
        }
        report("%.pf formatting", checked);
    }

    /** How many cases a property checked, for the record of a long run. */
    private static void report(String property, long cases) {
        if (LONG) {
            System.out.printf("NumericPropertyTest: %s: %,d cases checked against their reference (BigInteger/BigDecimal, or the general path)%n", property, cases);
        }
    }

    static String div(BigInteger a, BigInteger b, String type, String op) {
        if (b.signum() == 0) {
            return "E";
        }
        boolean overflow = signed(type) && a.equals(min(type)) && b.equals(BigInteger.ONE.negate());
        BigInteger[] qr = a.divideAndRemainder(b); // truncated
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        switch (op) {
            case "div":
                return overflow ? "E" : q.toString();
            case "rem":
                return r.toString();
            case "mod":
                return (r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r).toString();
            case "fld":
                return overflow ? "E" : (r.signum() != 0 && r.signum() != b.signum() ? q.subtract(BigInteger.ONE) : q).toString();
            default:
                return overflow ? "E" : (r.signum() != 0 && r.signum() == b.signum() ? q.add(BigInteger.ONE) : q).toString();
        }
    }

    @Test
    void arithmeticWrapsAndDividesAsJulia() {
        Random random = new Random(7);
        int pairs = LONG ? 100_000 : 400;
        for (String type : INT_TYPES) {
            List<BigInteger> pool = samples(type, random, 200);
            List<BigInteger> as = new ArrayList<>();
            List<BigInteger> bs = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                as.add(pool.get(random.nextInt(pool.size())));
                bs.add(i % 50 == 0 ? BigInteger.ZERO : i % 37 == 0 ? BigInteger.ONE.negate().max(min(type)) : pool.get(random.nextInt(pool.size())));
            }
            String[] got = ctx.eval("jl", "_props_arith(" + vector(type, as) + ", " + vector(type, bs) + ")").asString().trim().split(" ");
            assertEquals(pairs * 8, got.length, type);
            for (int i = 0; i < pairs; i++) {
                BigInteger a = as.get(i);
                BigInteger b = bs.get(i);
                String[] want = {wrap(a.add(b), type).toString(), wrap(a.subtract(b), type).toString(), wrap(a.multiply(b), type).toString(),
                                div(a, b, type, "div"), div(a, b, type, "rem"), div(a, b, type, "mod"), div(a, b, type, "fld"), div(a, b, type, "cld")};
                String[] ops = {"+", "-", "*", "div", "rem", "mod", "fld", "cld"};
                for (int k = 0; k < 8; k++) {
                    assertEquals(want[k], got[i * 8 + k], ops[k] + "(" + a + ", " + b + ")::" + type);
                }
            }
        }
        report("integer arithmetic, each of + - * div rem mod fld cld", (long) INT_TYPES.length * pairs);
    }

    /**
     * A site whose Int128 divisor never changes divides by multiplying with a cached reciprocal
     * (IntMath.s128modInvariant): each divisor gets its own function, so its site caches it.
     */
    @Test
    void remainderByAnInvariantDivisorMatchesBigInteger() {
        Random random = new Random(11);
        long[] divisors = {1, 2, 3, 7, 10, 1L << 32, (1L << 32) + 1, (1L << 61) - 1, (1L << 62) + 12345, 0x5555_5555_5555_5555L, Long.MAX_VALUE};
        List<BigInteger> dividends = new ArrayList<>(samples("Int128", random, LONG ? 20_000 : 300));
        long cases = 0;
        for (int k = 0; k < divisors.length; k++) {
            BigInteger d = BigInteger.valueOf(divisors[k]);
            List<BigInteger> as = new ArrayList<>(dividends);
            for (int m = -3; m <= 3; m++) {
                for (BigInteger a : new BigInteger[]{d.multiply(BigInteger.valueOf(m)), d.multiply(BigInteger.valueOf(m)).subtract(BigInteger.ONE)}) {
                    as.add(a);
                }
            }
            ctx.eval("jl", "function _props_invariant_" + k + "(as)\n" +
                            "    io = IOBuffer()\n" +
                            "    for a in as\n" +
                            "        print(io, rem(a, Int128(" + divisors[k] + ")), ' ', mod(a, Int128(" + divisors[k] + ")), ' ')\n" +
                            "    end\n" +
                            "    String(take!(io))\n" +
                            "end");
            String[] got = ctx.eval("jl", "_props_invariant_" + k + "(" + vector("Int128", as) + ")").asString().trim().split(" ");
            assertEquals(as.size() * 2, got.length);
            for (int i = 0; i < as.size(); i++) {
                BigInteger a = as.get(i);
                assertEquals(a.remainder(d).toString(), got[2 * i], "rem(" + a + ", " + d + ")");
                assertEquals(a.mod(d).toString(), got[2 * i + 1], "mod(" + a + ", " + d + ")");
            }
            cases += as.size();
        }
        report("Int128 rem and mod by an invariant divisor", cases * 2);
    }

    // ---- Rational{Int64}: exact fractions in BigInteger ----

    /** {@code n/d} in lowest terms with a positive denominator, as "n//d". */
    static String fraction(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return n.divide(g) + "//" + d.divide(g);
    }

    static boolean fitsInt64(String fraction) {
        for (String part : fraction.split("//")) {
            BigInteger v = new BigInteger(part);
            if (v.bitLength() > 63) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code + - * /} and {@code < ==} of Rational{Int64} against exact fractions: with small
     * parts every result is exact; with parts up to 2^62 a result is exact or an OverflowError
     * (Julia's checked arithmetic may overflow in an intermediate product), never a wrong value;
     * comparisons are always exact.
     */
    @Test
    void rationalArithmeticIsExactOrOverflows() {
        ctx.eval("jl", """
                        function _props_rational(ns, ds)
                            io = IOBuffer()
                            for k in 1:2:length(ns)
                                x = ns[k] // ds[k]
                                y = ns[k + 1] // ds[k + 1]
                                for f in (+, -, *, /)
                                    try
                                        print(io, f(x, y))
                                    catch e
                                        print(io, e isa OverflowError ? "O" : "X")
                                    end
                                    print(io, ' ')
                                end
                                print(io, x < y, ' ', x == y, ' ')
                            end
                            String(take!(io))
                        end
                        """);
        Random random = new Random(29);
        long cases = 0;
        int n = LONG ? 20_000 : 600;
        for (int bits : new int[]{20, 62}) {
            List<BigInteger> ns = new ArrayList<>();
            List<BigInteger> ds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int b = 1 + random.nextInt(bits);
                BigInteger num = new BigInteger(b, random);
                ns.add(random.nextBoolean() ? num.negate() : num);
                BigInteger den = new BigInteger(1 + random.nextInt(bits), random).add(BigInteger.ONE);
                ds.add(random.nextInt(4) == 0 ? den.negate() : den);
            }
            for (int i = 1; i < n; i += 2) {
                if (ns.get(i).signum() == 0) {
                    ns.set(i, BigInteger.ONE);   // no division by zero
                }
            }
            String[] got = ctx.eval("jl", "_props_rational(" + vector("Int64", ns) + ", " + vector("Int64", ds) + ")").asString().trim().split(" ");
            assertEquals(n / 2 * 6, got.length);
            for (int k = 0, g = 0; k < n; k += 2) {
                BigInteger a = ns.get(k), b = ds.get(k), c = ns.get(k + 1), d = ds.get(k + 1);
                String[] exact = {fraction(a.multiply(d).add(c.multiply(b)), b.multiply(d)), fraction(a.multiply(d).subtract(c.multiply(b)), b.multiply(d)),
                                fraction(a.multiply(c), b.multiply(d)), fraction(a.multiply(d), b.multiply(c))};
                String[] names = {"+", "-", "*", "/"};
                for (int op = 0; op < 4; op++, g++) {
                    String where = a + "//" + b + " " + names[op] + " " + c + "//" + d;
                    if (bits <= 20) {
                        assertEquals(exact[op], got[g], where);
                    } else if (got[g].equals("O")) {
                        cases--;    // an overflow: allowed, but not counted as a checked value
                    } else {
                        assertEquals(exact[op], got[g], where);
                        assertTrue(fitsInt64(got[g]), where);
                    }
                    cases++;
                }
                // a/b < c/d  <=>  a*sign(b)*|d| < c*sign(d)*|b|
                BigInteger lhs = a.multiply(d.abs()).multiply(BigInteger.valueOf(b.signum()));
                BigInteger rhs = c.multiply(b.abs()).multiply(BigInteger.valueOf(d.signum()));
                int cmp = lhs.compareTo(rhs);
                assertEquals(String.valueOf(cmp < 0), got[g++], a + "//" + b + " < " + c + "//" + d);
                assertEquals(String.valueOf(cmp == 0), got[g++], a + "//" + b + " == " + c + "//" + d);
                cases += 2;
            }
        }
        report("Rational{Int64} arithmetic and comparison", cases);
    }

    // ---- Float16: an independent reference by search over all finite binary16 values ----

    static final double[] HALVES = new double[0x7C00]; // non-negative finite halves by bit pattern

    static {
        for (int b = 0; b < 0x7C00; b++) {
            int exp = b >> 10;
            int frac = b & 0x3FF;
            HALVES[b] = exp == 0 ? frac * Math.pow(2, -24) : (1024 + frac) * Math.pow(2, exp - 25);
        }
    }

    static double halfValue(int bits) {
        double v = (bits & 0x7FFF) >= 0x7C00 ? ((bits & 0x3FF) != 0 ? Double.NaN : Double.POSITIVE_INFINITY) : HALVES[bits & 0x7FFF];
        return (bits & 0x8000) != 0 ? -v : v;
    }

    /** The bits of the binary16 nearest to the exact value x (ties to even; beyond 65520: Inf). */
    static int roundToHalf(BigDecimal x, boolean negativeZero) {
        int sign = x.signum() < 0 || (x.signum() == 0 && negativeZero) ? 0x8000 : 0;
        BigDecimal a = x.abs();
        if (a.compareTo(BigDecimal.valueOf(65520)) >= 0) {
            return sign | 0x7C00;
        }
        int lo = 0;
        int hi = 0x7BFF;
        while (lo < hi) { // largest half <= a
            int mid = (lo + hi + 1) >>> 1;
            if (new BigDecimal(HALVES[mid]).compareTo(a) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        BigDecimal below = new BigDecimal(HALVES[lo]);
        if (below.compareTo(a) == 0 || lo == 0x7BFF) {
            return sign | lo;
        }
        BigDecimal above = new BigDecimal(lo + 1 == 0x7C00 ? 65536 : HALVES[lo + 1]);
        int c = a.subtract(below).compareTo(above.subtract(a));
        int pick = c < 0 ? lo : c > 0 ? lo + 1 : ((lo & 1) == 0 ? lo : lo + 1);
        return sign | pick;
    }

    static int reference(double x, double y, int op) {
        double exactDouble = switch (op) {
            case 0 -> x + y; // sums, differences and products of two binary16 values are exact in double
            case 1 -> x - y;
            case 2 -> x * y;
            default -> Double.NaN;
        };
        if (op < 3) {
            if (Double.isNaN(exactDouble) || Double.isInfinite(exactDouble)) {
                return Double.isNaN(exactDouble) ? 0x7E00 : (exactDouble > 0 ? 0x7C00 : 0xFC00);
            }
            return roundToHalf(new BigDecimal(exactDouble), Double.doubleToRawLongBits(exactDouble) < 0);
        }
        double q = x / y;
        if (Double.isNaN(q) || Double.isInfinite(q) || q == 0) {
            return Double.isNaN(q) ? 0x7E00 : Double.isInfinite(q) ? (q > 0 ? 0x7C00 : 0xFC00) : (Double.doubleToRawLongBits(q) < 0 ? 0x8000 : 0);
        }
        BigDecimal exact = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(80));
        return roundToHalf(exact, false);
    }

    @Test
    void float16ArithmeticIsCorrectlyRounded() {
        Random random = new Random(16);
        TreeSet<Integer> set = new TreeSet<>(Arrays.asList(0x0000, 0x8000, 0x0001, 0x03FF, 0x0400, 0x3C00, 0x3C01, 0xBC00, 0x7BFF, 0xFBFF,
                        0x7C00, 0xFC00, 0x7E00, 0x3555, 0x4000, 0x5640, 0x1400));
        int n = LONG ? 1200 : 150;
        while (set.size() < n) {
            set.add(random.nextInt(0x10000));
        }
        List<Integer> values = new ArrayList<>(set);
        StringBuilder literal = new StringBuilder("UInt16[");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i > 0 ? ", " : "").append(String.format("0x%04x", values.get(i)));
        }
        String[] got = ctx.eval("jl", "_props_half(" + literal.append(']') + ")").asString().trim().split(" ");
        assertEquals(values.size() * values.size() * 4, got.length);
        int k = 0;
        String[] ops = {"+", "-", "*", "/"};
        for (int a : values) {
            for (int b : values) {
                for (int op = 0; op < 4; op++) {
                    int want = reference(halfValue(a), halfValue(b), op);
                    int have = Integer.parseInt(got[k++]);
                    boolean bothNaN = Double.isNaN(halfValue(want)) && Double.isNaN(halfValue(have));
                    if (!bothNaN) {
                        assertEquals(String.format("0x%04x", want), String.format("0x%04x", have),
                                        String.format("Float16 0x%04x %s 0x%04x", a, ops[op], b));
                    }
                }
            }
        }
        report("Float16 rounding, each of + - * /", k / 4);
    }

    /**
     * {@code x^n} for a Float64 and an Int (Julia's pow_body: squaring with the products' low parts
     * carried) is within an ulp of the exact power and almost always its correct rounding; a
     * literal {@code x^3} is {@code x*x*x} and {@code x^-2} is {@code inv(x)^2}, as literal_pow.
     */
    @Test
    void integerPowersOfFloatsAreAccurateAndLiteralOnesAreProducts() {
        ctx.eval("jl", """
                        function _props_pow(xs, ns)
                            io = IOBuffer()
                            for k in 1:length(xs)
                                x = xs[k]
                                print(io, reinterpret(UInt64, x^ns[k]), ' ', reinterpret(UInt64, x^3), ' ', reinterpret(UInt64, x^-2), ' ')
                            end
                            String(take!(io))
                        end
                        """);
        Random random = new Random(3);
        int count = LONG ? 20_000 : 1_000;
        double[] xs = new double[count];
        long[] ns = new long[count];
        StringBuilder xl = new StringBuilder("[");
        StringBuilder nl = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            xs[i] = 0.5 + 1.5 * random.nextDouble();
            ns[i] = random.nextInt(81) - 40;
            xl.append(i > 0 ? ", " : "").append(Double.toString(xs[i]));
            nl.append(i > 0 ? ", " : "").append(ns[i]);
        }
        String[] got = ctx.eval("jl", "_props_pow(" + xl + "], " + nl + "])").asString().trim().split(" ");
        assertEquals(3 * count, got.length);
        int exact = 0;
        int rounded = 0;
        for (int i = 0; i < count; i++) {
            double have = Double.longBitsToDouble(Long.parseUnsignedLong(got[3 * i]));
            BigDecimal p = BigDecimal.ONE;
            BigDecimal b = new BigDecimal(xs[i]);
            for (int k = 0; k < Math.abs(ns[i]); k++) {
                p = p.multiply(b);
            }
            double want = ns[i] >= 0 ? p.doubleValue() : BigDecimal.ONE.divide(p, new MathContext(60)).doubleValue();
            assertTrue(Math.abs(have - want) <= Math.ulp(want), xs[i] + "^" + ns[i] + ": " + have + " vs " + want);
            if (ns[i] != 3 && ns[i] != -2) {   // those two are literal_pow's products, not rounded once
                exact += have == want ? 1 : 0;
                rounded++;
            }
            double x = xs[i];
            assertEquals(x * x * x, Double.longBitsToDouble(Long.parseUnsignedLong(got[3 * i + 1])), x + "^3");
            double r = 1.0 / x;
            assertEquals(r * r, Double.longBitsToDouble(Long.parseUnsignedLong(got[3 * i + 2])), x + "^-2");
        }
        assertTrue(exact >= rounded * 999 / 1000, exact + " of " + rounded + " correctly rounded");
        report("Float64 ^ Int (" + exact + " of " + rounded + " correctly rounded)", count);
    }

    /**
     * {@code log2(x)} against the exact logarithm (a BigDecimal series to 50 digits): within an
     * ulp always, and correctly rounded for 99% of arguments (Julia's table-based log2 nearly
     * always is; the quotient log(x) / log(2) was for two thirds), powers of two exactly.
     */
    @Test
    void log2IsCorrectlyRoundedNearlyAlways() {
        Random random = new Random(2);
        double[] xs = new double[LONG ? 20_000 : 2_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i % 100 == 0 ? Math.scalb(1.0, random.nextInt(2000) - 1074) : Math.scalb(1.0 + random.nextDouble(), random.nextInt(2040) - 1020);
        }
        MathContext mc = new MathContext(50);
        BigDecimal ln2 = lnOfSignificand(BigDecimal.valueOf(2), mc);
        assertCorrectlyRoundedNearlyAlways("log2", xs, x -> {
            int e = Math.getExponent(x) < Double.MIN_EXPONENT ? Math.getExponent(x * 0x1p60) - 60 : Math.getExponent(x);
            BigDecimal m = e >= 0 ? new BigDecimal(x).divide(new BigDecimal(BigInteger.TWO.pow(e)))
                            : new BigDecimal(x).multiply(new BigDecimal(BigInteger.TWO.pow(-e)));   // exact: x / 2^e
            return BigDecimal.valueOf(e).add(lnOfSignificand(m, mc).divide(ln2, mc)).doubleValue();
        });
    }

    /**
     * Runs {@code f} (a Float64 function of Base) on every argument and compares with the exact
     * value rounded once: always within an ulp, and equal to it for 99% of the arguments.
     */
    static void assertCorrectlyRoundedNearlyAlways(String f, double[] xs, java.util.function.DoubleUnaryOperator exact) {
        StringBuilder xl = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            xl.append(i > 0 ? ", " : "").append(Double.toString(xs[i]));
        }
        String[] got = ctx.eval("jl", "join((reinterpret(UInt64, " + f + "(x)) for x in " + xl + "]), ' ')").asString().trim().split(" ");
        assertEquals(xs.length, got.length);
        int correct = 0;
        for (int i = 0; i < xs.length; i++) {
            double have = Double.longBitsToDouble(Long.parseUnsignedLong(got[i]));
            double want = exact.applyAsDouble(xs[i]);
            assertTrue(Math.abs(have - want) <= Math.ulp(want), f + "(" + xs[i] + "): " + have + " vs " + want);
            correct += have == want ? 1 : 0;
        }
        assertTrue(correct >= xs.length * 99 / 100, correct + " of " + xs.length + " correctly rounded");
        report(f + " (" + correct + " of " + xs.length + " correctly rounded)", xs.length);
    }

    /**
     * {@code expm1(x)} against the exact e^x - 1 (a BigDecimal series): within an ulp always and
     * correctly rounded for 99% of arguments in [-40, 40] (Julia's own expm1 nearly always is;
     * the JDK's fdlibm one, used before, was wrong for a tenth of them).
     */
    @Test
    void expm1IsCorrectlyRoundedNearlyAlways() {
        Random random = new Random(5);
        double[] xs = new double[LONG ? 20_000 : 2_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i % 2 == 0 ? 80 * random.nextDouble() - 40 : (random.nextDouble() - 0.5) * Math.scalb(1.0, -random.nextInt(40));
        }
        MathContext mc = new MathContext(60);
        assertCorrectlyRoundedNearlyAlways("expm1", xs, x -> exp(new BigDecimal(x), mc).subtract(BigDecimal.ONE).doubleValue());
    }

    /**
     * {@code log1p(x)} against the exact ln(1 + x): within an ulp, correctly rounded for 99% of
     * arguments from just above -1 to 2^40 (the JDK's fdlibm log1p, used before, missed 1.4%).
     */
    @Test
    void log1pIsCorrectlyRoundedNearlyAlways() {
        Random random = new Random(8);
        double[] xs = new double[LONG ? 20_000 : 2_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = switch (i % 3) {
                case 0 -> random.nextDouble() * 2 - 0.999;
                case 1 -> (random.nextDouble() - 0.5) * Math.scalb(1.0, -random.nextInt(50));
                default -> Math.scalb(1.0 + random.nextDouble(), random.nextInt(40));
            };
        }
        MathContext mc = new MathContext(60);
        BigDecimal ln2 = lnOfSignificand(BigDecimal.valueOf(2), mc);
        assertCorrectlyRoundedNearlyAlways("log1p", xs, x -> {
            BigDecimal v = BigDecimal.ONE.add(new BigDecimal(x));   // exact
            int e = 0;
            while (v.compareTo(BigDecimal.valueOf(2)) > 0) {
                v = v.divide(BigDecimal.valueOf(2));
                e++;
            }
            while (v.compareTo(BigDecimal.ONE) < 0) {
                v = v.multiply(BigDecimal.valueOf(2));
                e--;
            }
            return ln2.multiply(BigDecimal.valueOf(e)).add(lnOfSignificand(v, mc), mc).doubleValue();
        });
    }

    /** e^x: the series at x / 2^s (|x / 2^s| ≤ 1/2), squared s times. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        int s = 0;
        BigDecimal y = x;
        while (y.abs().compareTo(new BigDecimal("0.5")) > 0) {
            y = y.divide(BigDecimal.valueOf(2), mc);
            s++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
        }
        for (int k = 0; k < s; k++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    /** ln(m) for m in [1, 2] as 2·atanh((m-1)/(m+1)), summed until the terms vanish at mc's precision. */
    static BigDecimal lnOfSignificand(BigDecimal m, MathContext mc) {
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; term.abs().compareTo(eps) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
            term = term.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    /**
     * BigFloat arithmetic rounds once, to the nearest value of the current precision: for random
     * doubles a and b (all magnitudes, both signs) at 64 and 256 bits, a + b, a - b, a * b, a / b,
     * sqrt(|a|), exp and log are each within half an ulp of the exact result — checked by the
     * definition with exact BigDecimal arithmetic (a quotient through q·b, a root through squares,
     * exp and log against 90-digit series). Each result comes back as M·2^E with M an integer of
     * at most `precision` bits.
     */
    @Test
    void bigFloatOperationsRoundToNearest() {
        ctx.eval("jl", """
                        function _props_bf(prec, as, bs)
                            io = IOBuffer()
                            _bits(x) = iszero(x) ? "0 0" : string(BigInt(ldexp(x, prec - 1 - exponent(x))), ' ', exponent(x) - prec + 1)
                            setprecision(BigFloat, prec) do
                                for k in 1:length(as)
                                    a = BigFloat(as[k]); b = BigFloat(bs[k])
                                    for r in (a + b, a - b, a * b, a / b, sqrt(abs(a)), exp(BigFloat(rem(bs[k], 64.0))), log(abs(a)))
                                        print(io, _bits(r), ' ')
                                    end
                                end
                            end
                            String(take!(io))
                        end
                        """);
        Random random = new Random(21);
        int n = LONG ? 2_000 : 150;
        MathContext mc = new MathContext(90);
        BigDecimal ln2 = lnOfSignificand(BigDecimal.valueOf(2), mc);
        for (int prec : new int[]{64, 256}) {
            double[] as = new double[n];
            double[] bs = new double[n];
            for (int i = 0; i < n; i++) {
                as[i] = (random.nextBoolean() ? -1 : 1) * Math.scalb(1.0 + random.nextDouble(), random.nextInt(200) - 100);
                bs[i] = (random.nextBoolean() ? -1 : 1) * Math.scalb(1.0 + random.nextDouble(), i % 4 == 0 ? random.nextInt(8) : random.nextInt(200) - 100);
                if (i % 10 == 1) {
                    // a + b exactly halfway between two neighbours: ties go to the even one
                    int k = random.nextInt(100) - 50;
                    as[i] = Math.scalb(1.0, k);
                    bs[i] = (random.nextBoolean() ? 1 : 3) * Math.scalb(1.0, k - prec);
                }
            }
            String[] got = ctx.eval("jl", "_props_bf(" + prec + ", " + doubles(as) + ", " + doubles(bs) + ")").asString().trim().split(" ");
            assertEquals(n * 7 * 2, got.length);
            for (int i = 0; i < n; i++) {
                BigDecimal a = new BigDecimal(as[i]);
                BigDecimal b = new BigDecimal(bs[i]);
                for (int op = 0; op < 7; op++) {
                    BigInteger m = new BigInteger(got[(i * 7 + op) * 2]);
                    int e = Integer.parseInt(got[(i * 7 + op) * 2 + 1]);
                    assertTrue(m.bitLength() <= prec, "more bits than the precision");
                    BigDecimal q = new BigDecimal(m).multiply(pow2(e));
                    BigDecimal half = pow2(e - 1);   // half an ulp of q
                    String what = "op " + op + " of " + as[i] + ", " + bs[i] + " at " + prec + " bits";
                    switch (op) {
                        case 0, 1, 2 -> {
                            BigDecimal exact = op == 0 ? a.add(b) : op == 1 ? a.subtract(b) : a.multiply(b);
                            int c = exact.subtract(q).abs().compareTo(half);
                            assertTrue(c < 0 || c == 0 && !m.testBit(0), what);   // a tie rounds to an even M
                        }
                        case 3 -> assertTrue(a.subtract(q.multiply(b)).abs().compareTo(half.multiply(b.abs())) <= 0, what);
                        case 4 -> {
                            BigDecimal lo = q.subtract(half);
                            BigDecimal hi = q.add(half);
                            assertTrue(lo.multiply(lo).compareTo(a.abs()) <= 0 && a.abs().compareTo(hi.multiply(hi)) <= 0, what);
                        }
                        default -> {
                            BigDecimal exact;
                            if (op == 5) {
                                exact = exp(new BigDecimal(bs[i] % 64.0), mc);   // fmod, as Julia's rem
                            } else {
                                int k = Math.getExponent(as[i]);
                                BigDecimal sig = a.abs().multiply(pow2(-k));   // in [1, 2)
                                exact = ln2.multiply(BigDecimal.valueOf(k), mc).add(lnOfSignificand(sig, mc), mc);
                            }
                            // the series are exact to 90 digits, far below half an ulp at 256 bits
                            assertTrue(exact.subtract(q).abs().compareTo(half.multiply(new BigDecimal("1.000000001"))) <= 0, what + ": " + q + " vs " + exact);
                        }
                    }
                }
            }
            report("BigFloat +, -, *, /, sqrt, exp, log at " + prec + " bits", n * 7L);
        }
    }

    private static BigDecimal pow2(int e) {
        return e >= 0 ? new BigDecimal(BigInteger.TWO.pow(e)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(-e)));
    }

    private static String doubles(double[] xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            b.append(i > 0 ? ", " : "").append(Double.toString(xs[i]));
        }
        return b.append(']').toString();
    }

    /**
     * {@code parse(Float64, s)} is the double nearest the decimal text, whichever way it went
     * (compiled Clinger or Eisel-Lemire, or the general parser when they cannot decide): random
     * doubles' shortest forms over the whole range, random digit strings with exponents past both
     * ends, and texts of 19 digits just below and above the exact midpoint between neighbouring
     * doubles (where a truncated power of ten could round the wrong way). Texts whose value
     * overflows or underflows to zero give nothing, as Julia's jl_try_substrtod.
     */
    @Test
    void parsedFloatsAreCorrectlyRounded() {
        ctx.eval("jl", """
                        function _props_parse(text)
                            io = IOBuffer()
                            for s in split(text, '\n')
                                r = tryparse(Float64, s)
                                print(io, r === nothing ? "range" : reinterpret(UInt64, r), ' ')
                            end
                            String(take!(io))
                        end
                        """);
        Random random = new Random(19);
        int count = LONG ? 400_000 : 12_000;
        List<String> texts = new ArrayList<>();
        for (String edge : new String[]{"0", "-0.0", "1", "9007199254740993", "9007199254740992.5", "4.9e-324", "2.4703282292062328e-324",
                        "2.2250738585072014e-308", "2.2250738585072011e-308", "1.7976931348623157e308", "1.7976931348623159e308",
                        "1e22", "1e23", "8.98846567431158e307", "0.1", "0.3", "123456789012345678", "1234567890123456789", "7.0e-10"}) {
            texts.add(edge);
        }
        for (int i = 0; i < count; i++) {
            double d = Double.longBitsToDouble(random.nextLong() & 0x7FFFFFFFFFFFFFFFL);
            if (!Double.isFinite(d)) {
                continue;
            }
            texts.add(Double.toString(d));
            // random digits, the point anywhere, a random exponent
            int n = 1 + random.nextInt(19);
            StringBuilder t = new StringBuilder(random.nextBoolean() ? "-" : "");
            int point = random.nextInt(n + 1);
            for (int k = 0; k < n; k++) {
                if (k == point) {
                    t.append('.');
                }
                t.append((char) ('0' + random.nextInt(10)));
            }
            texts.add(t.append('e').append(random.nextInt(721) - 360).toString());
            // 19 digits each side of the midpoint between d and the next double up
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            if (mid.signum() > 0 && Double.isFinite(Math.nextUp(d))) {
                texts.add(mid.round(new MathContext(19, java.math.RoundingMode.FLOOR)).toString());
                texts.add(mid.round(new MathContext(19, java.math.RoundingMode.CEILING)).toString());
            }
        }
        String[] got = ctx.eval("jl", "_props_parse").execute(String.join("\n", texts)).asString().trim().split(" ");
        assertEquals(texts.size(), got.length);
        for (int i = 0; i < texts.size(); i++) {
            BigDecimal exact = new BigDecimal(texts.get(i));
            double nearest = exact.doubleValue();
            if (Double.isInfinite(nearest) || (nearest == 0 && exact.signum() != 0)) {
                // as Julia's jl_try_substrtod: strtod's ERANGE with a result of 0 or ±Inf fails
                assertEquals("range", got[i], texts.get(i));
                continue;
            }
            long want = Double.doubleToRawLongBits(nearest) | (texts.get(i).startsWith("-") ? Long.MIN_VALUE : 0);
            assertEquals(want, Long.parseUnsignedLong(got[i]), texts.get(i));
        }
        report("parse(Float64, s)", texts.size());
    }

    /**
     * The compiled printer of Float64s ({@code ShortFloat}) writes what the general one does
     * (Java's shortest digits laid out Julia's way, plain or with an exponent), or declines:
     * random doubles of any magnitude, decimals of few digits, integers, powers of two and the
     * ends of the plain range.
     */
    @Test
    void shortFloatTextMatchesTheGeneralPrinter() {
        Random random = new Random(23);
        int count = LONG ? 2_000_000 : 100_000;
        List<Double> xs = new ArrayList<>();
        for (double edge : new double[]{1e-4, Math.nextDown(1e-4), Math.nextUp(1e-4), Math.nextDown(1e6), 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.1 + 0.2,
                        4503599627370496.0 / 1e10, 999999.9999999999}) {
            xs.add(edge);
        }
        for (int e = -80; e < 60; e++) {
            xs.add(Math.scalb(1.0, e));
        }
        for (int i = 0; i < count; i++) {
            xs.add(Math.pow(10, -4 + 10 * random.nextDouble()));                       // any digits
            xs.add(random.nextInt(100_000_000) / Math.pow(10, random.nextInt(9)));      // few digits
            xs.add(-random.nextInt(1000) / 8.0);                                       // exact binary fractions
            xs.add(Math.pow(10, -25 + 45 * random.nextDouble()));                      // any magnitude
            xs.add(random.nextInt(1000) * Math.pow(10, random.nextInt(41) - 25));       // few digits, any magnitude
            xs.add((double) (random.nextLong() >>> (11 + random.nextInt(40))));        // integers up to 2^53
        }
        int handled = 0;
        for (double x : xs) {
            long form = org.trufflejl.runtime.num.ShortFloat.form(x);
            if (form == org.trufflejl.runtime.num.ShortFloat.NOT_HANDLED) {
                continue;
            }
            byte[] out = new byte[org.trufflejl.runtime.num.ShortFloat.length(x, form)];
            int end = org.trufflejl.runtime.num.ShortFloat.write(x, form, out, 0);
            assertEquals(out.length, end, "length of " + x);
            assertEquals(org.trufflejl.runtime.Printing.float64(x), new String(out, java.nio.charset.StandardCharsets.US_ASCII), "text of " + x);
            handled++;
        }
        assertTrue(handled > xs.size() / 3, handled + " of " + xs.size() + " handled");
        // and through the language: string, print and repr agree with it
        String got = ctx.eval("jl", "join([string(x) == repr(x) == sprint(print, x) for x in (0.1, 1/3, 123.456, 1500.0, -2.5, 0.000123, 1.0e6, 1.5e-7)], \" \")").asString();
        assertEquals("true true true true true true true true", got);
        report("Float64 text (" + handled + " of " + xs.size() + " by the compiled printer)", xs.size());
    }

    @org.junit.jupiter.api.Test
    void xoshiroMatchesTheReferenceAlgorithm() {
        // Xoshiro256++ from state {1, 2, 3, 4}: rotl(1 + 4, 23) + 1, then (worked by hand from the
        // update rule) rotl(7 + 6 * 2^45, 23) + 7.
        org.trufflejl.runtime.Xoshiro x = org.trufflejl.runtime.Xoshiro.withState(1, 2, 3, 4);
        org.junit.jupiter.api.Assertions.assertEquals(41943041L, x.next());
        org.junit.jupiter.api.Assertions.assertEquals(58720359L, x.next());
    }
}
