package org.trufflejl.runtime.num;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code UInt64}: the bits of an unsigned 64-bit integer in a Java long. */
public final class UInt64 extends InteropNumber {
    public final long bits;

    public UInt64(long bits) {
        this.bits = bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt64 u && u.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }

    @Override
    protected Object exactValue() {
        return new java.math.BigInteger(Long.toUnsignedString(bits));
    }
}
