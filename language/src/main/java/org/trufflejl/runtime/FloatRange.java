package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;
import org.trufflejl.runtime.types.UnionAll;

import com.oracle.truffle.api.CompilerDirectives;
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
            return new Layout(((DataType) ((UnionAll) b.value).unwrap()).family.instantiate(Types.Float64));
        }

        /** Element {@code i} (1-based, in range) of {@code r}. */
        public double element(JlStructObject r, long i) {
            return FloatRange.element((Long) r.getField(num0), (Long) r.getField(numstep), (Long) r.getField(den),
                            (Double) r.getField(start), (Double) r.getField(step), i);
        }

        public long length(JlStructObject r) {
            return (Long) r.getField(len);
        }

        /**
         * {@code a:s:b}. When a, s and b are decimals, the range holds them as integers over a power
         * of ten (so its elements are the decimals one expects); otherwise its length is computed
         * with a little slack for the rounding of {@code (b - a) / s}.
         */
        public JlStructObject make(double a, double s, double b, Node location) {
            if (s == 0.0) {
                CompilerDirectives.transferToInterpreter();
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
                    CompilerDirectives.transferToInterpreter();
                    throw Errors.inexactError("trunc", Types.Int64, q, location);
                }
                n = (long) q + 1;
            }
            Object[] fields = new Object[6];
            fields[start] = a;
            fields[step] = s;
            fields[len] = Math.max(0, n);
            fields[num0] = na;
            fields[numstep] = ns;
            fields[this.den] = den;
            return JlStructObject.of(type, fields);
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
