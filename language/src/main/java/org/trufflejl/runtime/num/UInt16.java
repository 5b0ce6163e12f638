package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code UInt16}: the bits of an unsigned integer in a Java short (Java has no unsigned primitives). */
public final class UInt16 extends InteropNumber {
    public final short bits;

    public UInt16(short bits) {
        this.bits = bits;
    }

    /** The value as a non-negative long. */
    public long longValue() {
        return bits & 0xFFFFL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt16 u && u.bits == bits;
    }

    @Override
    public int hashCode() {
        return Short.hashCode(bits);
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
