package org.trufflejl.runtime.num;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code UInt128}: an unsigned 128-bit integer in two longs. */
public final class UInt128 extends InteropNumber {
    public final long hi;
    public final long lo;

    public UInt128(long hi, long lo) {
        this.hi = hi;
        this.lo = lo;
    }

    @TruffleBoundary
    public BigInteger toBigInteger() {
        return Wide.toBigInteger(hi, lo, false);
    }

    @TruffleBoundary
    public static UInt128 fromBigInteger(BigInteger v) {
        return new UInt128(v.shiftRight(64).longValue(), v.longValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt128 w && w.hi == hi && w.lo == lo;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hi * 31 + lo);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return toBigInteger().toString();
    }

    @Override
    protected Object exactValue() {
        return toBigInteger();
    }
}
