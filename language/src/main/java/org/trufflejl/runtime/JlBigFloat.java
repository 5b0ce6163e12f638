package org.trufflejl.runtime;

import java.math.BigInteger;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Julia's {@code BigFloat}: a binary floating-point number of {@code prec} significant bits, as
 * MPFR's. A finite non-zero value is {@code ±mant × 2^exp} with {@code mant} odd (so equal values
 * have equal fields) and at most {@code prec} bits. Arithmetic is in
 * {@link org.trufflejl.runtime.num.BigFloatMath}; like a BigInt, a BigFloat has identity.
 */
public final class JlBigFloat implements TruffleObject, JlTyped {
    public static final byte FINITE = 0;
    public static final byte ZERO = 1;
    public static final byte INF = 2;
    public static final byte NAN = 3;

    public final byte kind;
    public final boolean negative;
    public final BigInteger mant;
    public final long exp;
    public final int prec;

    public JlBigFloat(byte kind, boolean negative, BigInteger mant, long exp, int prec) {
        this.kind = kind;
        this.negative = negative;
        this.mant = mant;
        this.exp = exp;
        this.prec = prec;
    }

    public boolean isFinite() {
        return kind == FINITE || kind == ZERO;
    }

    /** The exponent of the leading bit: the value is in [2^top, 2^(top+1)) (finite non-zero only). */
    public long top() {
        return exp + mant.bitLength() - 1;
    }

    @Override
    public JlType jlType() {
        return Types.BigFloatT;
    }

    @Override
    public String toString() {
        return org.trufflejl.runtime.num.BigFloatMath.toString(this, 0);
    }
}
