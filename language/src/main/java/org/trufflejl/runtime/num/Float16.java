package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code Float16}: IEEE binary16 bits; arithmetic is done in float and rounded once. */
public final class Float16 implements TruffleObject {
    public final short bits;

    public Float16(short bits) {
        this.bits = bits;
    }

    public static Float16 fromFloat(float f) {
        return new Float16(Float.floatToFloat16(f));
    }

    public float floatValue() {
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
}
