package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Base's {@code StepRangeLen{Float64, TwicePrecision{Float64}, TwicePrecision{Float64}, Int64}}
 * (a float range such as {@code 0:0.1:1}) as Julia 1.10's twiceprecision.jl makes and indexes it,
 * shared by its Julia methods (through builtins) and the counted {@code for} loop over it. The
 * range keeps a reference element (the one of smallest magnitude) and the step each as a pair of
 * doubles hi + lo, and element {@code i} is {@code ref + (i - offset) * step} evaluated in that
 * doubled precision and rounded once, so {@code (0:0.1:1)[4] == 0.3} as in Julia.
 */
public final class FloatRange {
    private FloatRange() {
    }

    /** Base's range and TwicePrecision types and where their fields are, resolved once per user. */
    public static final class Layout {
        public final DataType type;
        public final DataType tp;
        public final int ref, step, len, offset, hi, lo;

        private Layout(DataType type, DataType tp) {
            this.type = type;
            this.tp = tp;
            this.ref = type.fieldIndex(Symbol.of("ref"));
            this.step = type.fieldIndex(Symbol.of("step"));
            this.len = type.fieldIndex(Symbol.of("len"));
            this.offset = type.fieldIndex(Symbol.of("offset"));
            this.hi = tp.fieldIndex(Symbol.of("hi"));
            this.lo = tp.fieldIndex(Symbol.of("lo"));
        }

        @TruffleBoundary
        public static Layout resolve(JlContext context) {
            DataType tp = org.trufflejl.runtime.types.TypeFamily.of(context.base.resolve(Symbol.of("TwicePrecision")).value).instantiate(Types.Float64);
            Binding b = context.base.resolve(Symbol.of("StepRangeLen"));
            return new Layout(org.trufflejl.runtime.types.TypeFamily.of(b.value).instantiate(Types.Float64, tp, tp, Types.Int64), tp);
        }

        /** Element {@code i} (1-based, in range) of {@code r}. */
        public double element(JlStructObject r, long i) {
            JlStructObject rf = (JlStructObject) r.refField(ref);
            JlStructObject st = (JlStructObject) r.refField(step);
            return FloatRange.element(rf.doubleField(hi), rf.doubleField(lo), st.doubleField(hi), st.doubleField(lo), r.longField(offset), i);
        }

        /** The fields of {@code r} unpacked, for a loop over it. */
        public Cursor cursor(JlStructObject r) {
            JlStructObject rf = (JlStructObject) r.refField(ref);
            JlStructObject st = (JlStructObject) r.refField(step);
            return new Cursor(rf.doubleField(hi), rf.doubleField(lo), st.doubleField(hi), st.doubleField(lo), r.longField(offset), r.longField(len));
        }

        public long length(JlStructObject r) {
            return r.longField(len);
        }

        /** The range with this shape: an allocation whose fields are constants when the shape is. */
        public JlStructObject make(Shape shape) {
            Object[] fields = new Object[4];
            fields[ref] = twice(shape.refHi, shape.refLo);
            fields[step] = twice(shape.stepHi, shape.stepLo);
            fields[len] = shape.len;
            fields[offset] = shape.offset;
            return JlStructObject.of(type, fields);
        }

        private JlStructObject twice(double h, double l) {
            Object[] f = new Object[2];
            f[hi] = h;
            f[lo] = l;
            return JlStructObject.of(tp, f);
        }
    }

    /** A float range's fields as one immutable object: what a counted loop reads (its loads are loop invariant). */
    public static final class Cursor {
        public final double refHi, refLo, stepHi, stepLo;
        public final long offset, len;

        Cursor(double refHi, double refLo, double stepHi, double stepLo, long offset, long len) {
            this.refHi = refHi;
            this.refLo = refLo;
            this.stepHi = stepHi;
            this.stepLo = stepLo;
            this.offset = offset;
            this.len = len;
        }

        public double element(long i) {
            return FloatRange.element(refHi, refLo, stepHi, stepLo, offset, i);
        }
    }

    /**
     * What {@code a:s:b} computes (Julia's {@code (:)(start::T, step::T, stop::T)} for IEEE floats):
     * when a, s and b are exact rationals over a common denominator the range is built from those
     * integers, otherwise from start and step taken literally.
     */
    public record Shape(double a, double s, double b, double refHi, double refLo, double stepHi, double stepLo, long len, long offset) {
        /** Whether this is the shape of {@code a:s:b} (compared bit for bit: -0.0 and NaN are endpoints too). */
        public boolean isOf(double a2, double s2, double b2) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(a2) && Double.doubleToRawLongBits(s) == Double.doubleToRawLongBits(s2) &&
                            Double.doubleToRawLongBits(b) == Double.doubleToRawLongBits(b2);
        }

        /** Searching for the rationals is a loop: compiled code calls it, or folds it away by caching a site's shape. */
        @TruffleBoundary
        public static Shape of(double a, double s, double b, Node location) {
            if (s == 0.0) {
                throw Errors.argumentError("range step cannot be zero", location);
            }
            long[] rs = rat(s);
            if (rs[1] != 0 && (double) rs[0] / (double) rs[1] == s) {
                long[] ra = rat(a);
                long[] rb = rat(b);
                if (ra[1] != 0 && rb[1] != 0 && (double) ra[0] / (double) ra[1] == a && (double) rb[0] / (double) rb[1] == b) {
                    long den = ra[1] * (rs[1] / gcd(ra[1], rs[1]));   // (unchecked, as Julia's lcm_unchecked)
                    double m = 0x1p53;
                    if (den != 0 && Math.abs(a * den) <= m && Math.abs(s * den) <= m && den % ra[1] == 0 && den % rs[1] == 0) {
                        long na = (long) Math.rint(a * den);
                        long ns = (long) Math.rint(s * den);
                        long n = Math.max(0, (den * rb[0] - rb[1] * na + ns * rb[1]) / (ns * rb[1]));
                        if (isBetween(a, a + (n - 1) * s, b + s / 2) && !isBetween(a, a + n * s, b)) {
                            return rational(a, s, b, na, ns, n, den);
                        }
                    }
                }
            }
            double lf = (b - a) / s;
            long n;
            if (lf < 0) {
                n = 0;
            } else if (lf == 0) {
                n = 1;
            } else {
                double q = Math.rint(lf);
                if (!(q >= -0x1p63 && q < 0x1p63)) {
                    throw Errors.inexactError("trunc", Types.Int64, q, location);
                }
                n = (long) q + 1;
                double last = a + (n - 1) * s;
                n -= ((a < b && b < last) ? 1 : 0) + ((a > b && b > last) ? 1 : 0);
            }
            return new Shape(a, s, b, a, 0.0, s, (s - s) + 0.0, n, 1);
        }

        /** Julia's floatrange(T, start_n, step_n, len, den): the element of least magnitude as the reference. */
        private static Shape rational(double a, double s, double b, long na, long ns, long n, long den) {
            if (n < 2 || ns == 0) {
                double[] r = ratio(na, den);
                double[] st = ratio(ns, den);
                return new Shape(a, s, b, r[0], r[1], st[0], st[1], n, 1);
            }
            double q = Math.rint((double) (-na) / (double) ns + 1);
            long imin = Math.min(Math.max((long) q, 1), n);
            long refn = na + (imin - 1) * ns;
            double[] r = ratio(refn, den);
            double[] st = ratio(ns, den);
            int nb = nbitslen(n, imin);
            double h = truncbits(st[0], nb);
            return new Shape(a, s, b, r[0], r[1], h, (st[0] - h) + st[1], n, imin);
        }
    }

    /** Julia's nbitslen(Float64, len, offset): how many low bits of the step's hi part to clear. */
    public static int nbitslen(long len, long offset) {
        if (len < 2) {
            return 0;
        }
        long x = Math.max(offset - 1, len - offset);
        int ceilLog2 = x <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(x - 1);
        return Math.min(27, ceilLog2 + 1);
    }

    public static double truncbits(double x, int nb) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & (-1L << nb));
    }

    /** {@code TwicePrecision{Float64}((n, d))}: n split exactly into two doubles, divided by d in doubled precision. */
    public static double[] ratio(long n, long d) {
        double xh = truncbits((double) n, 27);
        double xl = (double) (n - (long) xh);
        double h0 = xh + xl;   // canonicalize2
        double l0 = (xh - h0) + xl;
        double y = (double) d;
        double hi = h0 / y;
        double uh;
        double ul;
        double p = hi * y;
        if (p == 0.0 || !Double.isFinite(p)) {
            uh = p;
            ul = p;
        } else {
            double e = Math.fma(hi, y, -p);
            uh = p + e;
            ul = (p - uh) + e;
        }
        double lo = ((((h0 - uh) - ul) + l0) - hi * 0.0) / y;   // (y's lo part is 0)
        if (hi == 0.0 || !Double.isFinite(hi)) {
            return new double[]{hi, hi};
        }
        double h = hi + lo;
        return new double[]{h, (hi - h) + lo};
    }

    /**
     * Element {@code i} of the range with these fields (Julia's unsafe_getindex for a
     * TwicePrecision range): {@code ref + (i - offset) * step}, the step's hi part multiplied
     * exactly, rounded once at the end.
     */
    public static double element(double refHi, double refLo, double stepHi, double stepLo, long offset, long i) {
        double u = (double) (i - offset);
        double shiftHi = u * stepHi;
        double shiftLo = u * stepLo;
        double x = refHi;
        double y = shiftHi;
        if (Math.abs(y) > Math.abs(x)) {
            x = shiftHi;
            y = refHi;
        }
        double xh = x + y;
        double xl = (x - xh) + y;
        return xh + (xl + (shiftLo + refLo));
    }

    private static boolean isBetween(double a, double x, double b) {
        return a <= x && x <= b || b <= x && x <= a;
    }

    private static long gcd(long a, long b) {
        long g = Math.abs(a);
        long h = Math.abs(b);
        while (h != 0) {
            long t = g % h;
            g = h;
            h = t;
        }
        return g;
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
