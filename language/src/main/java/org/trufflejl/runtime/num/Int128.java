package org.trufflejl.runtime.num;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code Int128}: two's complement in two longs. */
public final class Int128 extends InteropNumber {
    public final long hi;
    public final long lo;

    public Int128(long hi, long lo) {
        this.hi = hi;
        this.lo = lo;
    }

    @TruffleBoundary
    public BigInteger toBigInteger() {
        return Wide.toBigInteger(hi, lo, true);
    }

    @TruffleBoundary
    public static Int128 fromBigInteger(BigInteger v) {
        return new Int128(v.shiftRight(64).longValue(), v.longValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Int128 w && w.hi == hi && w.lo == lo;
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
