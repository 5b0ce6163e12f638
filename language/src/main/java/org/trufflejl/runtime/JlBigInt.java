package org.trufflejl.runtime;

import java.math.BigInteger;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;


/**
 * Julia's {@code BigInt}: an arbitrary-precision integer (a Java BigInteger). Like Julia's, a
 * BigInt value has identity ({@code big(1) === big(1)} is false); {@code ==}, {@code isequal} and
 * {@code hash} go by value.
 */
public final class JlBigInt extends org.trufflejl.runtime.num.InteropNumber implements JlTyped {
    public final BigInteger value;

    public JlBigInt(BigInteger value) {
        this.value = value;
    }

    @Override
    protected Object exactValue() {
        return value;
    }

    @Override
    public JlType jlType() {
        return Types.BigIntT;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
