package org.trufflejl.runtime;

import java.math.BigInteger;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;


/**
 * Julia's {@code BigFloat}: a binary floating-point number of {@code prec} significant bits, as
 * MPFR's. A finite non-zero value is {@code ±mant × 2^exp} with {@code mant} odd (so equal values
 * have equal fields) and at most {@code prec} bits. Arithmetic is in
 * {@link org.trufflejl.runtime.num.BigFloatMath}; like a BigInt, a BigFloat has identity.
 */
public final class JlBigFloat extends org.trufflejl.runtime.num.InteropNumber implements JlTyped {
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

    /** For embedders: the value as a BigInteger or a double when it is exactly one, else null. */
    @Override
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    protected Object exactValue() {
        if (org.trufflejl.runtime.num.BigFloatMath.isInteger(this) && kind == FINITE) {
            return org.trufflejl.runtime.num.BigFloatMath.toBigInteger(this);
        }
        double d = org.trufflejl.runtime.num.BigFloatMath.toBinary(this, 53, -1022, 1023);
        boolean exact = kind != FINITE || org.trufflejl.runtime.num.BigFloatMath.compare(this, org.trufflejl.runtime.num.BigFloatMath.fromDouble(d, 53)) == 0;
        return exact ? (Object) (kind == ZERO && negative ? -0.0 : d) : null;
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
