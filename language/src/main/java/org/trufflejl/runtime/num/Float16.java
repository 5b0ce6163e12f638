package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code Float16}: IEEE binary16 bits; arithmetic is done in float and rounded once. */
public final class Float16 extends InteropNumber {
    public final short bits;

    public Float16(short bits) {
        this.bits = bits;
    }

    /** The binary16 nearest to {@code f} (ties to even): one rounding, exact for + - * / sqrt of binary16 operands. */
    public static Float16 fromFloat(float f) {
        return new Float16(Float.floatToFloat16(f));
    }

    /** The binary16 nearest to {@code d}, rounded once (not through float, which could round twice). */
    public static Float16 fromDouble(double d) {
        return new Float16(doubleToBits(d));
    }

    public static short doubleToBits(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Float.floatToFloat16((float) d);
        }
        // The spacing of binary16 values near d: 2^(e-10) for normal numbers, 2^-24 for subnormals.
        int e = Math.max(Math.getExponent(d), -14);
        double quantum = Math.scalb(1.0, e - 10);
        double rounded = Math.rint(d / quantum) * quantum; // exact scaling; rint ties to even
        return Float.floatToFloat16((float) rounded); // exactly representable (or beyond the range: Inf)
    }

    public float floatValue() {
        return Float.float16ToFloat(bits);
    }

    public double doubleValue() {
        return Float.float16ToFloat(bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Float16 h && h.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return Float.toString(floatValue());
    }

    @Override
    protected Object exactValue() {
        return (double) floatValue();
    }
}
