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
            long den = denominator(a, s, b);
            long na = 0;
            long ns = 0;
            long n;
            if (den > 0) {
                na = (long) Math.rint(a * den);
                ns = (long) Math.rint(s * den);
                n = Math.floorDiv((long) Math.rint(b * den) - na, ns) + 1;
            } else {
                double q = Math.floor((b - a) / s * (1.0 + 1.0e-12));
                if (!(q >= -0x1p63 && q < 0x1p63)) {
                    throw Errors.inexactError("trunc", Types.Int64, q, location);
                }
                n = (long) q + 1;
            }
            return new Shape(a, s, b, Math.max(0, n), na, ns, den);
        }
    }

    /** Element {@code i} (1-based, in range) of the range with these fields. */
    public static double element(long num0, long numstep, long den, double start, double step, long i) {
        return den > 0 ? (double) (num0 + (i - 1) * numstep) / (double) den : start + (double) (i - 1) * step;
    }

    /** The smallest power of ten turning a, s and b into integers (up to 10^15), or 0 if there is none. */
    public static long denominator(double a, double s, double b) {
        long den = 1;
        for (int k = 0; k <= 15; k++) {
            if (isDecimal(a, den) && isDecimal(s, den) && isDecimal(b, den)) {
                return den;
            }
            den *= 10;
        }
        return 0;
    }

    /** Whether {@code x} is the float nearest to some integer over {@code den} (Julia: {@code T(n/d) == x}). */
    private static boolean isDecimal(double x, long den) {
        double n = Math.rint(x * den);
        return Math.abs(n) < 4.0e15 && n / den == x;
    }
}
