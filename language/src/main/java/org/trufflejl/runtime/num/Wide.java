package org.trufflejl.runtime.num;

import java.math.BigInteger;

/** Shared helpers for the 128-bit integers. */
final class Wide {
    private Wide() {
    }

    static BigInteger toBigInteger(long hi, long lo, boolean signed) {
        BigInteger high = signed ? BigInteger.valueOf(hi) : new BigInteger(Long.toUnsignedString(hi));
        return high.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }
}
