package org.trufflejl.runtime.num;

import java.math.BigInteger;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The primitive numeric kinds and their Java representations:
 * Bool=boolean, Int8=byte, Int16=short, Int32=int, Int64=long, Float32=float, Float64=double,
 * UInt8..UInt128, Int128 and Float16 as the value classes of this package.
 */
public final class Num {
    private Num() {
    }

    public static final int BOOL = 0;
    public static final int I8 = 1;
    public static final int I16 = 2;
    public static final int I32 = 3;
    public static final int I64 = 4;
    public static final int I128 = 5;
    public static final int U8 = 6;
    public static final int U16 = 7;
    public static final int U32 = 8;
    public static final int U64 = 9;
    public static final int U128 = 10;
    public static final int F16 = 11;
    public static final int F32 = 12;
    public static final int F64 = 13;
    public static final int COUNT = 14;

    @CompilationFinal(dimensions = 1) private static final int[] BITS = {1, 8, 16, 32, 64, 128, 8, 16, 32, 64, 128, 16, 32, 64};

    @CompilationFinal(dimensions = 1) public static final DataType[] TYPES = {Types.Bool, Types.Int8, Types.Int16, Types.Int32, Types.Int64, Types.Int128T,
                    Types.UInt8T, Types.UInt16T, Types.UInt32T, Types.UInt64T, Types.UInt128T, Types.Float16T, Types.Float32, Types.Float64};

    public static int bits(int kind) {
        return BITS[kind];
    }

    public static boolean isSigned(int kind) {
        return kind >= I8 && kind <= I128;
    }

    public static boolean isUnsigned(int kind) {
        return kind >= U8 && kind <= U128;
    }

    public static boolean isInteger(int kind) {
        return kind <= U128;
    }

    public static boolean isFloat(int kind) {
        return kind >= F16;
    }

    public static DataType type(int kind) {
        return TYPES[kind];
    }

    /** The kind of a primitive numeric type, or -1. */
    public static int kindOf(JlType t) {
        for (int k = 0; k < COUNT; k++) {
            if (TYPES[k] == t) {
                return k;
            }
        }
        return -1;
    }

    /** The kind of a primitive numeric value, or -1. */
    public static int kindOfValue(Object v) {
        if (v instanceof Long) {
            return I64;
        } else if (v instanceof Double) {
            return F64;
        } else if (v instanceof Boolean) {
            return BOOL;
        } else if (v instanceof Integer) {
            return I32;
        } else if (v instanceof Byte) {
            return I8;
        } else if (v instanceof Short) {
            return I16;
        } else if (v instanceof Float) {
            return F32;
        } else if (v instanceof UInt8) {
            return U8;
        } else if (v instanceof UInt16) {
            return U16;
        } else if (v instanceof UInt32) {
            return U32;
        } else if (v instanceof UInt64) {
            return U64;
        } else if (v instanceof Int128) {
            return I128;
        } else if (v instanceof UInt128) {
            return U128;
        } else if (v instanceof Float16) {
            return F16;
        }
        return -1;
    }

    /** Julia type of the numeric value classes (without a boundary: dispatch guards call this). */
    public static DataType typeOfNumber(Object v) {
        if (v instanceof Integer) {
            return Types.Int32;
        } else if (v instanceof Byte) {
            return Types.Int8;
        } else if (v instanceof Short) {
            return Types.Int16;
        } else if (v instanceof Float) {
            return Types.Float32;
        } else if (v instanceof UInt8) {
            return Types.UInt8T;
        } else if (v instanceof UInt16) {
            return Types.UInt16T;
        } else if (v instanceof UInt32) {
            return Types.UInt32T;
        } else if (v instanceof UInt64) {
            return Types.UInt64T;
        } else if (v instanceof Int128) {
            return Types.Int128T;
        } else if (v instanceof UInt128) {
            return Types.UInt128T;
        } else if (v instanceof Float16) {
            return Types.Float16T;
        }
        return null;
    }

    /** Low 64 bits of an integer value (sign- or zero-extended per its type); Bool as 0/1. */
    public static long lowBits(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof Integer i) {
            return i;
        } else if (v instanceof Byte b) {
            return b;
        } else if (v instanceof Short s) {
            return s;
        } else if (v instanceof UInt8 u) {
            return u.bits & 0xFFL;
        } else if (v instanceof UInt16 u) {
            return u.bits & 0xFFFFL;
        } else if (v instanceof UInt32 u) {
            return u.bits & 0xFFFFFFFFL;
        } else if (v instanceof UInt64 u) {
            return u.bits;
        } else if (v instanceof Int128 w) {
            return w.lo;
        } else if (v instanceof UInt128 w) {
            return w.lo;
        }
        throw new IllegalArgumentException("not an integer: " + v);
    }

    /** High 64 bits of the 128-bit extension of an integer value. */
    public static long highBits(Object v) {
        if (v instanceof Int128 w) {
            return w.hi;
        } else if (v instanceof UInt128 w) {
            return w.hi;
        } else if (v instanceof UInt64) {
            return 0;
        }
        return lowBits(v) < 0 ? -1 : 0;
    }

    /** An integer of {@code kind} from the low bits of the 128-bit value hi:lo (wrapping). */
    public static Object makeInt(int kind, long hi, long lo) {
        switch (kind) {
            case BOOL:
                return (lo & 1) != 0;
            case I8:
                return (byte) lo;
            case I16:
                return (short) lo;
            case I32:
                return (int) lo;
            case I64:
                return lo;
            case I128:
                return new Int128(hi, lo);
            case U8:
                return new UInt8((byte) lo);
            case U16:
                return new UInt16((short) lo);
            case U32:
                return new UInt32((int) lo);
            case U64:
                return new UInt64(lo);
            case U128:
                return new UInt128(hi, lo);
            default:
                throw new IllegalArgumentException("not an integer kind: " + kind);
        }
    }

    /** The value as a double (exact for all but the widest integers, which round once). */
    public static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Float f) {
            return f;
        } else if (v instanceof Float16 h) {
            return h.doubleValue();
        } else if (v instanceof UInt64 u) {
            return Wide.unsignedToDouble(u.bits);
        } else if (v instanceof Int128 w) {
            return w.hi < 0 ? -Wide.unsignedToDouble(-w.hi - (w.lo != 0 ? 1 : 0), -w.lo) : Wide.unsignedToDouble(w.hi, w.lo);
        } else if (v instanceof UInt128 w) {
            return Wide.unsignedToDouble(w.hi, w.lo);
        }
        return lowBits(v);
    }

    /** The exact value of an integer as a BigInteger (slow paths: parsing, printing, tests). */
    @TruffleBoundary
    public static BigInteger toBigInteger(Object v) {
        if (v instanceof UInt64 u) {
            return Wide.toBigInteger(0, u.bits, false);
        } else if (v instanceof Int128 w) {
            return w.toBigInteger();
        } else if (v instanceof UInt128 w) {
            return w.toBigInteger();
        }
        return BigInteger.valueOf(lowBits(v));
    }

    /** The integer of {@code kind} holding the low bits of {@code v}. */
    @TruffleBoundary
    public static Object fromBigInteger(int kind, BigInteger v) {
        return makeInt(kind, v.shiftRight(64).longValue(), v.longValue());
    }

    @TruffleBoundary
    public static BigInteger min(int kind) {
        return isSigned(kind) ? BigInteger.ONE.shiftLeft(bits(kind) - 1).negate() : BigInteger.ZERO;
    }

    @TruffleBoundary
    public static BigInteger max(int kind) {
        if (kind == BOOL) {
            return BigInteger.ONE;
        }
        return BigInteger.ONE.shiftLeft(isSigned(kind) ? bits(kind) - 1 : bits(kind)).subtract(BigInteger.ONE);
    }
}
