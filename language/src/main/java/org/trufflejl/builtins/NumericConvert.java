package org.trufflejl.builtins;

import static org.trufflejl.runtime.num.Num.BOOL;
import static org.trufflejl.runtime.num.Num.F16;
import static org.trufflejl.runtime.num.Num.F32;
import static org.trufflejl.runtime.num.Num.F64;
import static org.trufflejl.runtime.num.Num.I128;
import static org.trufflejl.runtime.num.Num.I16;
import static org.trufflejl.runtime.num.Num.I32;
import static org.trufflejl.runtime.num.Num.I64;
import static org.trufflejl.runtime.num.Num.I8;
import static org.trufflejl.runtime.num.Num.U128;
import static org.trufflejl.runtime.num.Num.U16;
import static org.trufflejl.runtime.num.Num.U32;
import static org.trufflejl.runtime.num.Num.U64;
import static org.trufflejl.runtime.num.Num.U8;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.num.Wide;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Conversions among the primitive numbers with Julia 1.10's rules: {@code T(x)}/{@code convert}
 * (exact or InexactError), {@code x % T} (wrap), {@code reinterpret}, and
 * {@code trunc/floor/ceil/round(T, x)}. Every node knows its source kind from the signature it
 * is registered under and its target kind as a constant, so partial evaluation folds the
 * dispatch over kinds below to the one conversion needed.
 */
public final class NumericConvert {
    private NumericConvert() {
    }

    public static final int CONVERT = 0;
    public static final int WRAP = 1;
    public static final int REINTERPRET = 2;
    public static final int TRUNC = 3;
    public static final int FLOOR = 4;
    public static final int CEIL = 5;
    public static final int ROUND = 6;
    public static final int UNSAFE_TRUNC = 7;
    static final String[] MODE_NAMES = {"convert", "rem", "reinterpret", "trunc", "floor", "ceil", "round", "unsafe_trunc"};

    // ---- the source value as raw bits ----

    static long lo(int from, Object x) {
        switch (from) {
            case BOOL:
                return ((Boolean) x) ? 1 : 0;
            case I8:
                return (Byte) x;
            case I16:
                return (Short) x;
            case I32:
                return (Integer) x;
            case I64:
                return (Long) x;
            case I128:
                return ((Int128) x).lo;
            case U8:
                return ((UInt8) x).bits & 0xFFL;
            case U16:
                return ((UInt16) x).bits & 0xFFFFL;
            case U32:
                return ((UInt32) x).bits & 0xFFFFFFFFL;
            case U64:
                return ((UInt64) x).bits;
            case U128:
                return ((UInt128) x).lo;
            case F16:
                return ((Float16) x).bits;
            case F32:
                return Float.floatToRawIntBits((Float) x);
            default:
                return Double.doubleToRawLongBits((Double) x);
        }
    }

    static long hi(int from, Object x) {
        switch (from) {
            case I128:
                return ((Int128) x).hi;
            case U128:
                return ((UInt128) x).hi;
            case U64:
                return 0;
            default:
                return lo(from, x) >> 63;
        }
    }

    static double floatValue(int from, Object x) {
        switch (from) {
            case F16:
                return ((Float16) x).doubleValue();
            case F32:
                return (Float) x;
            default:
                return (Double) x;
        }
    }

    /** A float of kind {@code kind} holding the (exactly representable) value d. */
    static Object boxFloat(int kind, double d) {
        switch (kind) {
            case F16:
                return Float16.fromDouble(d);
            case F32:
                return (float) d;
            default:
                return d;
        }
    }

    // ---- the conversion ----

    static Object convert(int to, int from, int mode, Object x, Node node) {
        if (mode == REINTERPRET) {
            return reinterpret(to, from, x, node);
        }
        if (Num.isFloat(from)) {
            double d = floatValue(from, x);
            if (Num.isFloat(to)) {
                return floatToFloat(to, from, x, d);
            }
            return floatToInt(to, from, mode, d, x, node);
        }
        long hi = hi(from, x);
        long lo = lo(from, x);
        if (Num.isFloat(to)) {
            return intToFloat(to, from, hi, lo);
        }
        if (mode == WRAP || mode == UNSAFE_TRUNC || to == from) {
            return Num.makeInt(to, hi, lo);
        }
        if (to == BOOL) {
            if (hi != 0 || (lo != 0 && lo != 1)) {
                throw inexact("Bool", to, x, node);
            }
            return lo == 1;
        }
        if (!fits(to, from, hi, lo)) {
            throw inexact(integerErrorFunction(to, from, hi, lo), to, x, node);
        }
        return Num.makeInt(to, hi, lo);
    }

    /** Whether the integer hi:lo of kind {@code from} is a value of kind {@code to}. */
    static boolean fits(int to, int from, long hi, long lo) {
        boolean fromSigned = Num.isSigned(from);
        int b = Num.bits(to);
        if (Num.isUnsigned(to)) {
            if (fromSigned && hi < 0) {
                return false;
            }
            if (b == 128) {
                return true;
            }
            return hi == 0 && (b == 64 || (lo >>> b) == 0);
        }
        if (!fromSigned && hi < 0) {
            return false; // UInt128 at or above 2^127
        }
        if (b == 128) {
            return true;
        }
        return hi == (lo >> 63) && (b == 64 || ((lo << (64 - b)) >> (64 - b)) == lo);
    }

    /**
     * The function an InexactError names, as in Julia's boot.jl: a change of signedness first
     * checks the source's top bit ({@code check_top_bit}) — unsigned to signed always, signed to
     * unsigned when the target is at least as wide — and narrowing checks by truncation.
     */
    static String integerErrorFunction(int to, int from, long hi, long lo) {
        boolean fromSigned = Num.isSigned(from);
        if (fromSigned != Num.isSigned(to)) {
            if (!fromSigned) {
                int fb = Num.bits(from);
                boolean top = fb == 128 ? hi < 0 : fb == 64 ? lo < 0 : ((lo >>> (fb - 1)) & 1) != 0;
                if (top) {
                    return "check_top_bit";
                }
            } else if (Num.bits(to) >= Num.bits(from)) {
                return "check_top_bit";
            }
        }
        return "trunc";
    }

    static Object intToFloat(int to, int from, long hi, long lo) {
        boolean fitsLong = (from != U64 && from != U128 && hi == (lo >> 63)) || (hi == 0 && lo >= 0);
        switch (to) {
            case F64:
                if (fitsLong) {
                    return (double) lo;
                }
                return wideToDouble(from, hi, lo);
            case F32:
                if (fitsLong) {
                    return (float) lo;
                }
                return (float) wideToFloat(from, hi, lo);
            default:
                if (fitsLong && Math.abs(lo) <= (1L << 53)) {
                    return Float16.fromDouble(lo);
                }
                boolean negative = Num.isSigned(from) && hi < 0;
                return new Float16((short) (negative ? 0xFC00 : 0x7C00)); // beyond 65520: ±Inf16
        }
    }

    private static double wideToDouble(int from, long hi, long lo) {
        if (Num.isSigned(from) && hi < 0) {
            return -Wide.unsignedToDouble(-hi - (lo != 0 ? 1 : 0), -lo);
        }
        return Wide.unsignedToDouble(hi, lo);
    }

    private static float wideToFloat(int from, long hi, long lo) {
        if (Num.isSigned(from) && hi < 0) {
            return -Wide.unsignedToFloat(-hi - (lo != 0 ? 1 : 0), -lo);
        }
        return Wide.unsignedToFloat(hi, lo);
    }

    static Object floatToFloat(int to, int from, Object x, double d) {
        if (to == from) {
            return x;
        }
        switch (to) {
            case F64:
                return d;
            case F32:
                return (float) d; // from Float64: one rounding; from Float16: exact
            default:
                return from == F32 ? Float16.fromFloat((Float) x) : Float16.fromDouble(d);
        }
    }

    static Object floatToInt(int to, int from, int mode, double d, Object x, Node node) {
        double t;
        switch (mode) {
            case FLOOR:
                t = Math.floor(d);
                break;
            case CEIL:
                t = Math.ceil(d);
                break;
            case ROUND:
                t = Math.rint(d);
                break;
            case CONVERT:
                t = d;
                break;
            default:
                t = d < 0 ? Math.ceil(d) : Math.floor(d);
                break;
        }
        if (to == BOOL) {
            if (mode == CONVERT && (d == 0 || d == 1)) {
                return d == 1;
            }
            if (mode != CONVERT && (t == 0 || t == 1)) {
                return t == 1;
            }
            throw inexact(mode == CONVERT ? "Bool" : "trunc", to, mode == CONVERT ? x : boxFloat(from, t), node);
        }
        int b = Num.bits(to);
        boolean inRange = Num.isSigned(to) ? t >= -Math.scalb(1.0, b - 1) && t < Math.scalb(1.0, b - 1)
                        : t > -1.0 && t < Math.scalb(1.0, b);
        if (!inRange || t != Math.rint(t)) { // NaN fails both
            if (mode == UNSAFE_TRUNC) {
                return Num.makeInt(to, 0, 0);
            }
            throw inexact(mode == CONVERT ? null : "trunc", to, mode == CONVERT || mode == TRUNC ? x : boxFloat(from, t), node);
        }
        if (b == 128) {
            return Num.makeInt(to, Wide.highOf(t), Wide.lowOf(t));
        }
        if (to == U64 && t >= 9.223372036854775808e18) {
            return new UInt64(((long) (t - 9.223372036854775808e18)) ^ Long.MIN_VALUE);
        }
        long v = (long) t;
        return Num.makeInt(to, v >> 63, v);
    }

    static int byteSize(int kind) {
        return kind == BOOL ? 1 : Num.bits(kind) / 8;
    }

    static Object reinterpret(int to, int from, Object x, Node node) {
        if (byteSize(to) != byteSize(from)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.error("bitcast: argument size does not match size of target type", node);
        }
        long lo = lo(from, x);
        long hi = Num.bits(from) == 128 ? hi(from, x) : 0;
        return fromBits(to, hi, lo);
    }

    /** The number of kind {@code to} with these bits (the low {@code byteSize(to)} bytes of them). */
    static Object fromBits(int to, long hi, long lo) {
        switch (to) {
            case F16:
                return new Float16((short) lo);
            case F32:
                return Float.intBitsToFloat((int) lo);
            case F64:
                return Double.longBitsToDouble(lo);
            case BOOL:
                return (lo & 0xFF) != 0;
            default:
                return Num.makeInt(to, hi, lo);
        }
    }

    /** The size in bytes of a primitive type's values, or -1 for any other type (BigInt included). */
    static int primitiveSize(Object t) {
        if (!(t instanceof org.trufflejl.runtime.types.DataType d) || d == Types.BigIntT || d == Types.BigFloatT || !Types.isPrimitive(d)) {
            return -1;
        }
        return d.family.primitiveBytes > 0 ? d.family.primitiveBytes : d == Types.Char ? 4 : byteSize(Num.kindOf(d));
    }

    /**
     * Julia's {@code bitcast(T, x)}, what {@code reinterpret(T, x)} is for primitive values: the
     * same bytes as a value of T, for the types {@code primitive type} declares as well as numbers
     * and Char.
     */
    @TruffleBoundary
    static Object bitcast(Object target, Object x, Node node) {
        int size = primitiveSize(target);
        if (size < 0) {
            throw Errors.error("bitcast: target type not a leaf primitive type", node);
        }
        byte[] bits = primitiveBytes(x);
        if (bits == null) {
            throw Errors.error("bitcast: value not a primitive type", node);
        }
        if (bits.length != size) {
            throw Errors.error("bitcast: argument size does not match size of target type", node);
        }
        return ofBytes((org.trufflejl.runtime.types.DataType) target, bits, node);
    }

    /** The value of primitive type {@code t} (of {@code bits.length} bytes) with these bits. */
    static Object ofBytes(org.trufflejl.runtime.types.DataType t, byte[] bits, Node node) {
        if (t.family.primitiveBytes > 0) {
            return new org.trufflejl.runtime.JlPrimitiveValue(t, bits);
        }
        long lo = org.trufflejl.runtime.JlPrimitiveValue.word(bits, 0);
        if (t == Types.Char) {
            return charFromBits((int) lo, node);
        }
        return fromBits(Num.kindOf(t), org.trufflejl.runtime.JlPrimitiveValue.word(bits, 1), lo);
    }

    /** {@code reinterpret(Char, u::UInt32)}. */
    @TruffleBoundary
    static org.trufflejl.runtime.JlChar charFromBits(int u, Node node) {
        int c = org.trufflejl.runtime.Hashing.charFromBits(u);
        if (c == Integer.MIN_VALUE) {
            throw Errors.argumentError(String.format("reinterpret(Char, 0x%08x): no Char here holds an ASCII byte followed by more bytes", u), node);
        }
        return new org.trufflejl.runtime.JlChar(c);
    }

    /** The bytes of a primitive value, least significant first; null for any other value. */
    static byte[] primitiveBytes(Object x) {
        if (x instanceof org.trufflejl.runtime.JlPrimitiveValue p) {
            byte[] bits = new byte[p.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = p.byteAt(i);
            }
            return bits;
        }
        long lo;
        long hi = 0;
        int size;
        if (x instanceof org.trufflejl.runtime.JlChar c) {
            lo = org.trufflejl.runtime.Hashing.charBits(c.codePoint) & 0xFFFFFFFFL;
            size = 4;
        } else {
            int kind = Num.kindOfValue(x);
            if (kind < 0) {
                return null;
            }
            lo = lo(kind, x);
            hi = Num.bits(kind) == 128 ? hi(kind, x) : 0;
            size = byteSize(kind);
        }
        byte[] bits = new byte[size];
        for (int i = 0; i < size; i++) {
            bits[i] = (byte) ((i < 8 ? lo : hi) >>> (8 * (i & 7)));
        }
        return bits;
    }

    @TruffleBoundary
    static JlException inexact(String func, int to, Object value, Node node) {
        DataType t = Num.type(to);
        return Errors.inexactError(func == null ? t.name.name : func, t, value, node);
    }

    // ---- nodes ----

    /** {@code T(x)} for a primitive number type T and a primitive source: kinds fixed at registration. */
    static final class ToKind extends Builtin1 {
        private final int to;
        private final int from;
        private final int mode;

        ToKind(int to, int from, int mode) {
            this.to = to;
            this.from = from;
            this.mode = mode;
        }

        @Override
        public Object execute(Object x) {
            return convert(to, from, mode, x, this);
        }
    }

    /**
     * {@code convert(T, x)}, {@code x % T}, {@code reinterpret(T, x)}, {@code trunc(T, x)}...:
     * the target type is an argument; the node caches its kind per type value.
     */
    static final class ToType extends Builtin2 implements org.trufflejl.nodes.Inference.Model {
        /** {@code round(T, x)}, {@code x % T}...: a T. */
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            Object t = args[typeSecond ? 1 : 0];
            return t instanceof org.trufflejl.nodes.Inference.Const c && c.value() instanceof JlType type && type.isConcrete() ? type
                            : org.trufflejl.nodes.Inference.ANY;
        }

        private final int from;
        private final int mode;
        /** Whether the type comes second, as in {@code x % T}. */
        private final boolean typeSecond;
        /**
         * The target types seen and their kinds, as one object written whole: two arrays updated
         * one after the other could be read (or, by two tasks adding at once, left) mismatched.
         */
        @CompilationFinal private KindCache cache = new KindCache(new JlType[0], new int[0]);

        private record KindCache(@CompilationFinal(dimensions = 1) JlType[] types, @CompilationFinal(dimensions = 1) int[] kinds) {
        }

        ToType(int from, int mode, boolean typeSecond) {
            this.from = from;
            this.mode = mode;
            this.typeSecond = typeSecond;
        }

        @Override
        public Object execute(Object a, Object b) {
            Object t = typeSecond ? b : a;
            Object x = typeSecond ? a : b;
            int kind = kindOf(t);
            if (kind < 0) {
                return nonPrimitiveTarget(t, x);
            }
            return convert(kind, from, mode, x, this);
        }

        @ExplodeLoop
        private int kindOf(Object t) {
            KindCache c = cache;
            JlType[] types = c.types;
            for (int i = 0; i < types.length; i++) {
                if (types[i] == t) {
                    return c.kinds[i];
                }
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return addToCache(t);
        }

        private int addToCache(Object t) {
            int kind = t instanceof JlType jt ? Num.kindOf(jt) : -1;
            if (kind >= 0 && Num.isFloat(kind) && mode >= TRUNC && mode <= UNSAFE_TRUNC) {
                // Julia 1.10 rounds to integer types only: floor(Float64, 2.5) is a MethodError
                kind = -1;
            }
            KindCache c = cache;
            if (c.types.length < 8) {
                JlType[] types = java.util.Arrays.copyOf(c.types, c.types.length + 1);
                int[] kinds = java.util.Arrays.copyOf(c.kinds, c.kinds.length + 1);
                types[types.length - 1] = (JlType) t;
                kinds[kinds.length - 1] = kind;
                cache = new KindCache(types, kinds);
            }
            return kind;
        }

        @TruffleBoundary
        private Object nonPrimitiveTarget(Object t, Object x) {
            if (mode == CONVERT && t instanceof JlType jt && Types.isa(x, jt)) {
                return x;
            }
            if (mode == REINTERPRET) {
                return bitcast(t, x, this);
            }
            JlContext ctx = JlContext.get(this);
            String name = mode == CONVERT ? "convert" : mode == WRAP ? "%" : MODE_NAMES[mode];
            Object f = ctx.base.resolve(Symbol.of(name)).value;
            throw new JlException(JlStructObject.of(Types.MethodError, f, typeSecond ? new JlTuple(x, t) : new JlTuple(t, x)), this);
        }
    }
}
