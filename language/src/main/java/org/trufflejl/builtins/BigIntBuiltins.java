package org.trufflejl.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlBigInt;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.nodes.Node;

/**
 * BigInt arithmetic (Java BigInteger, behind boundaries: a BigInt operation allocates anyway).
 * Mixed BigInt/Int arithmetic goes through Base's promotion to BigInt; the rest of BigInt's
 * behaviour (hashing like equal integers, factorial, big) is Base code.
 */
final class BigIntBuiltins {
    private BigIntBuiltins() {
    }

    /** An integer value of any built-in integer type as a BigInteger, or null for other values. */
    static BigInteger toBig(Object v) {
        if (v instanceof JlBigInt b) {
            return b.value;
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigInteger.valueOf(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof Int128 i) {
            return i.toBigInteger();
        } else if (v instanceof UInt128 u) {
            return u.toBigInteger();
        } else if (v instanceof UInt64 u) {
            return new BigInteger(Long.toUnsignedString(u.bits));
        } else if (v instanceof UInt8 u) {
            return BigInteger.valueOf(u.longValue());
        } else if (v instanceof UInt16 u) {
            return BigInteger.valueOf(u.longValue());
        } else if (v instanceof UInt32 u) {
            return BigInteger.valueOf(u.longValue());
        }
        return null;
    }

    static JlBigInt big(BigInteger v) {
        return new JlBigInt(v);
    }

    private static BigInteger b(Object v) {
        return ((JlBigInt) v).value;
    }

    private static BigInteger nonzero(BigInteger d, Node n) {
        if (d.signum() == 0) {
            throw Errors.divideError(n);
        }
        return d;
    }

    /** The BigInt's value if it fits a {@code bits}-bit integer type {@code t}, else Julia's InexactError. */
    private static BigInteger narrow(Object x, int bits, boolean signed, org.trufflejl.runtime.types.DataType t, Node n) {
        BigInteger v = b(x);
        if (signed ? v.bitLength() > bits - 1 : v.signum() < 0 || v.bitLength() > bits) {
            throw Errors.inexactError(t.name.name, t, x, n);
        }
        return v;
    }

    static void install(Builtins bi) {
        JlType B = Types.BigIntT;
        JlType I = Types.Int64;
        bi.constructor(Types.BigIntT, (a, n) -> {
            BigInteger v = toBig(a[0]);
            if (v != null) {
                return big(v);
            }
            if (a[0] instanceof Double d) {
                if (!Double.isFinite(d) || d != Math.rint(d)) {
                    throw Errors.inexactError("BigInt", Types.BigIntT, d, n);
                }
                return big(new BigDecimal(d).toBigInteger());
            }
            if (a[0] instanceof Float f && Float.isFinite(f) && f == Math.rint(f)) {
                return big(new BigDecimal(f).toBigInteger());
            }
            throw Errors.inexactError("BigInt", Types.BigIntT, a[0], n);
        }, Types.Real);
        bi.slow("_parse_bigint", (a, n) -> {
            String s = a[0].toString().strip().replace("_", "");
            try {
                return big(new BigInteger(s.startsWith("+") ? s.substring(1) : s, (int) (long) (Long) a[1]));
            } catch (NumberFormatException e) {
                return org.trufflejl.runtime.JlNothing.INSTANCE;
            }
        }, Types.String, I);
        bi.slowReturning(B, "+", (a, n) -> big(b(a[0]).add(b(a[1]))), B, B);
        bi.slowReturning(B, "-", (a, n) -> big(b(a[0]).subtract(b(a[1]))), B, B);
        bi.slowReturning(B, "*", (a, n) -> big(b(a[0]).multiply(b(a[1]))), B, B);
        bi.slowReturning(B, "-", (a, n) -> big(b(a[0]).negate()), B);
        bi.slowReturning(B, "div", (a, n) -> big(b(a[0]).divide(nonzero(b(a[1]), n))), B, B);
        bi.slowReturning(B, "rem", (a, n) -> big(b(a[0]).remainder(nonzero(b(a[1]), n))), B, B);
        bi.slowReturning(B, "fld", (a, n) -> {
            BigInteger[] qr = b(a[0]).divideAndRemainder(nonzero(b(a[1]), n));
            return big(qr[1].signum() != 0 && qr[1].signum() != b(a[1]).signum() ? qr[0].subtract(BigInteger.ONE) : qr[0]);
        }, B, B);
        bi.slowReturning(B, "cld", (a, n) -> {
            BigInteger[] qr = b(a[0]).divideAndRemainder(nonzero(b(a[1]), n));
            return big(qr[1].signum() != 0 && qr[1].signum() == b(a[1]).signum() ? qr[0].add(BigInteger.ONE) : qr[0]);
        }, B, B);
        bi.slowReturning(B, "mod", (a, n) -> {
            BigInteger d = nonzero(b(a[1]), n);
            BigInteger r = b(a[0]).mod(d.abs());
            return big(d.signum() < 0 && r.signum() != 0 ? r.add(d) : r);
        }, B, B);
        bi.slowReturning(B, "^", (a, n) -> {
            long p = (Long) a[1];
            // Julia's bigint_pow: a negative power is an error even for 1 and -1
            if (p < 0) {
                throw Errors.domainError(a[1], "`y` cannot be negative.", n);
            }
            BigInteger x = b(a[0]);
            if (x.abs().equals(BigInteger.ONE)) {
                return big(x.signum() < 0 && (p & 1) != 0 ? x : BigInteger.ONE);
            }
            if (p > Integer.MAX_VALUE) {
                if (x.signum() == 0) {
                    return big(x);
                }
                throw new JlException(JlStructObject.of(Types.OverflowError, JlString.of("exponent " + p + " is too large and computation will overflow")), n);
            }
            return big(b(a[0]).pow((int) p));
        }, B, I);
        bi.slowReturning(B, "gcd", (a, n) -> big(b(a[0]).gcd(b(a[1]))), B, B);
        bi.slowReturning(B, "abs", (a, n) -> big(b(a[0]).abs()), B);
        bi.slowReturning(Types.Bool, "==", (a, n) -> b(a[0]).equals(b(a[1])), B, B);
        bi.slowReturning(Types.Bool, "<", (a, n) -> b(a[0]).compareTo(b(a[1])) < 0, B, B);
        bi.slowReturning(Types.Bool, "<=", (a, n) -> b(a[0]).compareTo(b(a[1])) <= 0, B, B);
        bi.slowReturning(B, "&", (a, n) -> big(b(a[0]).and(b(a[1]))), B, B);
        bi.slowReturning(B, "|", (a, n) -> big(b(a[0]).or(b(a[1]))), B, B);
        bi.slowReturning(B, "xor", (a, n) -> big(b(a[0]).xor(b(a[1]))), B, B);
        bi.slowReturning(B, "~", (a, n) -> big(b(a[0]).not()), B);
        bi.slowReturning(B, "<<", (a, n) -> big(b(a[0]).shiftLeft((int) Math.max(-1_000_000_000L, Math.min(1_000_000_000L, (Long) a[1])))), B, I);
        bi.slowReturning(B, ">>", (a, n) -> big(b(a[0]).shiftRight((int) Math.max(-1_000_000_000L, Math.min(1_000_000_000L, (Long) a[1])))), B, I);
        bi.slowReturning(Types.String, "_bigint_string", (a, n) -> JlString.of(NumericText.intString(b(a[0]), (Long) a[1], 1, n)), B, I);
        bi.slowReturning(I, "ndigits", (a, n) -> (long) b(a[0]).abs().toString().length(), B);
        bi.constructor(Types.Float64, (a, n) -> b(a[0]).doubleValue(), B);
        bi.constructor(Types.Float32, (a, n) -> b(a[0]).floatValue(), B);
        bi.constructor(Types.Int64, (a, n) -> narrow(a[0], 64, true, Types.Int64, n).longValue(), B);
        bi.constructor(Types.Int128T, (a, n) -> Int128.fromBigInteger(narrow(a[0], 128, true, Types.Int128T, n)), B);
        bi.constructor(Types.UInt64T, (a, n) -> new UInt64(narrow(a[0], 64, false, Types.UInt64T, n).longValue()), B);
        bi.constructor(Types.UInt128T, (a, n) -> UInt128.fromBigInteger(narrow(a[0], 128, false, Types.UInt128T, n)), B);
    }
}
