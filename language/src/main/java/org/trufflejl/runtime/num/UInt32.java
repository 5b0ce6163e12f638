package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code UInt32}: the bits of an unsigned integer in a Java int (Java has no unsigned primitives). */
public final class UInt32 extends InteropNumber {
    public final int bits;

    public UInt32(int bits) {
        this.bits = bits;
    }

    /** The value as a non-negative long. */
    public long longValue() {
        return bits & 0xFFFFFFFFL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt32 u && u.bits == bits;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toString(longValue());
    }

    @Override
    protected Object exactValue() {
        return java.math.BigInteger.valueOf(longValue());
    }
}
