package org.trufflejl.runtime.tasks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code Threads.Atomic{T}} for the integer, float and Bool types: the value's bits in one
 * {@code long} (signed integers sign-extended, unsigned ones zero-extended, floats as their
 * IEEE bits) updated with compare-and-set, so no update is ever lost.
 */
public final class JlAtomic implements TruffleObject, JlTyped {
    private static final VarHandle BITS;

    static {
        try {
            BITS = MethodHandles.lookup().findVarHandle(JlAtomic.class, "bits", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The kinds of value an atomic holds. */
    public enum Kind {
        INT64, INT32, INT16, INT8, UINT64, UINT32, UINT16, UINT8, BOOL, FLOAT64, FLOAT32, FLOAT16;

        boolean isFloat() {
            return this == FLOAT64 || this == FLOAT32 || this == FLOAT16;
        }

        boolean isUnsigned() {
            return this == UINT64 || this == UINT32 || this == UINT16 || this == UINT8;
        }
    }

    /** The kind for an element type, or null if {@code Atomic{T}} does not support it. */
    public static Kind kindOf(JlType t) {
        if (t == Types.Int64) {
            return Kind.INT64;
        } else if (t == Types.Int32) {
            return Kind.INT32;
        } else if (t == Types.Int16) {
            return Kind.INT16;
        } else if (t == Types.Int8) {
            return Kind.INT8;
        } else if (t == Types.UInt64T) {
            return Kind.UINT64;
        } else if (t == Types.UInt32T) {
            return Kind.UINT32;
        } else if (t == Types.UInt16T) {
            return Kind.UINT16;
        } else if (t == Types.UInt8T) {
            return Kind.UINT8;
        } else if (t == Types.Bool) {
            return Kind.BOOL;
        } else if (t == Types.Float64) {
            return Kind.FLOAT64;
        } else if (t == Types.Float32) {
            return Kind.FLOAT32;
        } else if (t == Types.Float16T) {
            return Kind.FLOAT16;
        }
        return null;
    }

    private final DataType type;
    public final JlType elementType;
    public final Kind kind;
    @SuppressWarnings("unused") private volatile long bits;

    public JlAtomic(DataType type, JlType elementType, Kind kind, Object initial) {
        this.type = type;
        this.elementType = elementType;
        this.kind = kind;
        this.bits = toBits(initial);
    }

    @Override
    public JlType jlType() {
        return type;
    }

    /** The canonical bits of a value of the element type. */
    long toBits(Object v) {
        return switch (kind) {
            case INT64 -> (Long) v;
            case INT32 -> (Integer) v;
            case INT16 -> (Short) v;
            case INT8 -> (Byte) v;
            case UINT64 -> ((UInt64) v).bits;
            case UINT32 -> ((UInt32) v).bits & 0xFFFFFFFFL;
            case UINT16 -> ((UInt16) v).bits & 0xFFFFL;
            case UINT8 -> ((UInt8) v).bits & 0xFFL;
            case BOOL -> (Boolean) v ? 1 : 0;
            case FLOAT64 -> Double.doubleToRawLongBits((Double) v);
            case FLOAT32 -> Float.floatToRawIntBits((Float) v);
            case FLOAT16 -> ((Float16) v).bits;
        };
    }

    Object fromBits(long b) {
        return switch (kind) {
            case INT64 -> b;
            case INT32 -> (int) b;
            case INT16 -> (short) b;
            case INT8 -> (byte) b;
            case UINT64 -> new UInt64(b);
            case UINT32 -> new UInt32((int) b);
            case UINT16 -> new UInt16((short) b);
            case UINT8 -> new UInt8((byte) b);
            case BOOL -> b != 0;
            case FLOAT64 -> Double.longBitsToDouble(b);
            case FLOAT32 -> Float.intBitsToFloat((int) b);
            case FLOAT16 -> new Float16((short) b);
        };
    }

    /** Narrows a wider result to the element type's canonical bits (integer wraparound). */
    private long canonical(long b) {
        return switch (kind) {
            case INT32 -> (int) b;
            case INT16 -> (short) b;
            case INT8 -> (byte) b;
            case UINT32 -> b & 0xFFFFFFFFL;
            case UINT16 -> b & 0xFFFFL;
            case UINT8 -> b & 0xFFL;
            case BOOL -> b & 1;
            default -> b;
        };
    }

    private double toDouble(long b) {
        return switch (kind) {
            case FLOAT64 -> Double.longBitsToDouble(b);
            case FLOAT32 -> Float.intBitsToFloat((int) b);
            default -> Float.float16ToFloat((short) b);
        };
    }

    private long fromDouble(double d) {
        return switch (kind) {
            case FLOAT64 -> Double.doubleToRawLongBits(d);
            case FLOAT32 -> Float.floatToRawIntBits((float) d);
            default -> Float.floatToFloat16((float) d);
        };
    }

    @Override
    public Object property(String name) {
        return name.equals("value") ? get() : null;
    }

    public Object get() {
        return fromBits(bits);
    }

    public void set(Object v) {
        bits = toBits(v);
    }

    /** The operations of {@code atomic_op!(x, v)}; each returns the old value. */
    public enum Op {
        ADD, SUB, AND, OR, XOR, NAND, MAX, MIN, XCHG
    }

    @TruffleBoundary
    public Object update(Op op, Object operand) {
        long v = toBits(operand);
        if (op == Op.XCHG) {
            return fromBits((long) BITS.getAndSet(this, v));
        }
        if (kind == Kind.INT64 && op == Op.ADD) {
            return fromBits((long) BITS.getAndAdd(this, v));
        }
        while (true) {
            long old = bits;
            long next = apply(op, old, v);
            if (next == old || BITS.compareAndSet(this, old, next)) {
                return fromBits(old);
            }
        }
    }

    private long apply(Op op, long a, long b) {
        if (kind.isFloat()) {
            double x = toDouble(a);
            double y = toDouble(b);
            return switch (op) {
                case ADD -> fromDouble(x + y);
                case SUB -> fromDouble(x - y);
                case MAX -> x >= y || Double.isNaN(x) ? a : b;
                case MIN -> x <= y || Double.isNaN(x) ? a : b;
                default -> throw new IllegalArgumentException(op.name());
            };
        }
        return canonical(switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case NAND -> ~(a & b);
            case MAX -> (kind.isUnsigned() ? Long.compareUnsigned(a, b) : Long.compare(a, b)) >= 0 ? a : b;
            case MIN -> (kind.isUnsigned() ? Long.compareUnsigned(a, b) : Long.compare(a, b)) <= 0 ? a : b;
            case XCHG -> b;
        });
    }

    /** {@code atomic_cas!(x, cmp, new)}: stores new if the value is (bitwise) cmp; returns the old value. */
    @TruffleBoundary
    public Object compareAndSwap(Object expected, Object replacement) {
        long e = toBits(expected);
        long r = toBits(replacement);
        return fromBits((long) BITS.compareAndExchange(this, e, r));
    }
}
