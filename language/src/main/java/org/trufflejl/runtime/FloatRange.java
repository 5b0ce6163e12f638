package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The arithmetic of Base's {@code StepRangeLen{Float64}} (a float range such as {@code 0:0.1:1}),
 * shared by its Julia methods (through builtins) and the counted {@code for} loop over it. When
 * start, step and stop are decimals the range keeps them as integers over a power of ten, and
 * element {@code i} is the correctly rounded quotient {@code (num0 + (i-1)*numstep) / den}, so
 * {@code (0:0.1:1)[4] == 0.3} as in Julia.
 */
public final class FloatRange {
    private FloatRange() {
    }

    /** Base's {@code StepRangeLen{Float64}} and where its fields are, resolved once per user. */
    public static final class Layout {
        public final DataType type;
        public final int start, step, len, num0, numstep, den;

        private Layout(DataType type) {
            this.type = type;
            this.start = type.fieldIndex(Symbol.of("start"));
            this.step = type.fieldIndex(Symbol.of("step"));
            this.len = type.fieldIndex(Symbol.of("len"));
            this.num0 = type.fieldIndex(Symbol.of("num0"));
            this.numstep = type.fieldIndex(Symbol.of("numstep"));
            this.den = type.fieldIndex(Symbol.of("den"));
        }

        @TruffleBoundary
        public static Layout resolve(JlContext context) {
            Binding b = context.base.resolve(Symbol.of("StepRangeLen"));
            return new Layout(org.trufflejl.runtime.types.TypeFamily.of(b.value).instantiate(Types.Float64));
        }

        /** Element {@code i} (1-based, in range) of {@code r}. */
        public double element(JlStructObject r, long i) {
            return FloatRange.element(r.longField(num0), r.longField(numstep), r.longField(den), r.doubleField(start), r.doubleField(step), i);
        }

        public long length(JlStructObject r) {
            return r.longField(len);
        }

        /** The range with this shape: an allocation whose fields are constants when the shape is. */
        public JlStructObject make(Shape shape) {
            Object[] fields = new Object[6];
            fields[start] = shape.a;
            fields[step] = shape.s;
            fields[len] = shape.len;
            fields[num0] = shape.num0;
            fields[numstep] = shape.numstep;
            fields[this.den] = shape.den;
            return JlStructObject.of(type, fields);
        }
    }

    /**
     * What {@code a:s:b} computes from its endpoints. When a, s and b are decimals, the range
     * holds them as integers over a power of ten (so its elements are the decimals one expects);
     * otherwise its length is computed with a little slack for the rounding of {@code (b - a) / s}.
     */
    public record Shape(double a, double s, double b, long len, long num0, long numstep, long den) {
        /** Whether this is the shape of {@code a:s:b} (compared bit for bit: -0.0 and NaN are endpoints too). */
        public boolean isOf(double a2, double s2, double b2) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(a2) && Double.doubleToRawLongBits(s) == Double.doubleToRawLongBits(s2) &&
                            Double.doubleToRawLongBits(b) == Double.doubleToRawLongBits(b2);
        }

        /** Searching for the denominator is a loop: compiled code calls it, or folds it away by caching a site's shape. */
        @TruffleBoundary
        public static Shape of(double a, double s, double b, Node location) {
            if (s == 0.0) {
                throw Errors.argumentError("range step cannot be zero", location);
            }
            // as Julia's (:)(start, step, stop) for IEEE floats: when start, step and stop are
            // rationals (rat), the elements are computed from them exactly
            long[] rs = rat(s);
            long[] ra = rat(a);
            long[] rb = rat(b);
            if (rs[1] != 0 && (double) rs[0] / rs[1] == s && ra[1] != 0 && rb[1] != 0 && (double) ra[0] / ra[1] == a && (double) rb[0] / rb[1] == b) {
                long den = lcm(ra[1], rs[1]);
                double m = 0x1p53;
                if (den != 0 && Math.abs(a * den) <= m && Math.abs(s * den) <= m && den % ra[1] == 0 && den % rs[1] == 0) {
                    long na = (long) Math.rint(a * den);
                    long ns = (long) Math.rint(s * den);
                    long n = Math.max(0, Math.floorDiv(den * rb[0] - rb[1] * na + ns * rb[1], ns * rb[1]));
                    if (isBetween(a, a + (n - 1) * s, b + s / 2) && !isBetween(a, a + n * s, b)
                                    && Math.abs(na) < EXACT && Math.abs(na + Math.max(n - 1, 0) * ns) < EXACT) {
                        return new Shape(a, s, b, n, na, ns, den);
                    }
                }
            }
            // otherwise start and step taken literally (Julia's fallback)
            double lf = (b - a) / s;
            long n;
            if (lf < 0 || Double.isNaN(lf)) {
                n = 0;
            } else if (lf == 0) {
                n = 1;
            } else {
                double q = Math.rint(lf);
                if (!(q < 0x1p63)) {
                    throw Errors.inexactError("trunc", Types.Int64, q, location);
                }
                n = (long) q + 1;
                double last = a + (n - 1) * s;
                n -= ((a < b && b < last) ? 1 : 0) + ((a > b && b > last) ? 1 : 0);
            }
            return new Shape(a, s, b, Math.max(0, n), 0, 0, 0);
        }
    }

    /**
     * Element {@code i} (1-based, in range) of the range with these fields: the correctly rounded
     * quotient of exact integers, or start + (i-1)*step rounded once (Julia's TwicePrecision).
     */
    public static double element(long num0, long numstep, long den, double start, double step, long i) {
        return den > 0 ? (double) (num0 + (i - 1) * numstep) / (double) den : Math.fma((double) (i - 1), step, start);
    }

    /** Integers below this are exact as doubles (with room: Julia's maxintfloat). */
    private static final long EXACT = 1L << 53;

    private static boolean isBetween(double a, double x, double b) {
        return a <= x && x <= b || b <= x && x <= a;
    }

    private static long lcm(long a, long b) {
        long x = Math.abs(a);
        long y = Math.abs(b);
        long g = x;
        long h = y;
        while (h != 0) {
            long t = g % h;
            g = h;
            h = t;
        }
        return g == 0 ? 0 : x / g * y;
    }

    /**
     * Julia's {@code rat(x)}: the continued-fraction convergent n/d of x (|n|, |d| up to 2^24,
     * Float32's maxintfloat) whose quotient is x, or the last one within those bounds.
     */
    public static long[] rat(double x) {
        double y = x;
        long a = 1;
        long d = 1;
        long b = 0;
        long c = 0;
        final double m = 16777216.0;
        while (Math.abs(y) <= m) {
            long f = (long) y;
            y -= f;
            long a2 = f * a + c;
            c = a;
            a = a2;
            long b2 = f * b + d;
            d = b;
            b = b2;
            if (Math.max(Math.abs(a), Math.abs(b)) > (long) m) {
                return new long[]{c, d};
            }
            if ((double) a / (double) b == x) {
                break;
            }
            y = 1.0 / y;
        }
        return new long[]{a, b};
    }
}
