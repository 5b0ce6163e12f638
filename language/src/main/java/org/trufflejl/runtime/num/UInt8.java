package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code UInt8}: the bits of an unsigned integer in a Java byte (Java has no unsigned primitives). */
public final class UInt8 extends InteropNumber {
    public final byte bits;

    public UInt8(byte bits) {
        this.bits = bits;
    }

    /** The value as a non-negative long. */
    public long longValue() {
        return bits & 0xFFL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt8 u && u.bits == bits;
    }

    @Override
    public int hashCode() {
        return Byte.hashCode(bits);
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
