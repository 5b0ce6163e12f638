package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.builtins.BuiltinNode.Builtin3;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlBitArray;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

/** Builtins on hot paths: identity, types, array/tuple/range access. */
public final class FastBuiltins {
    private FastBuiltins() {
    }

    public abstract static class TypeOf extends Builtin1 {
        @Specialization
        Object typeOf(Object a) {
            return Types.typeOf(a);
        }
    }

    public abstract static class Isa extends Builtin2 {
        @Specialization
        boolean isa(Object v, JlType t) {
            return Types.isa(v, t);
        }
    }

    /** {@code ===}: egal. */
    public abstract static class Egal extends Builtin2 {
        @Specialization
        boolean egalLong(long a, long b) {
            return a == b;
        }

        @Specialization
        boolean egalDouble(double a, double b) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
        }

        @Specialization
        boolean egalBool(boolean a, boolean b) {
            return a == b;
        }

        /**
         * Types (promotion compares them on hot paths): DataTypes are interned, so identity
         * decides; only two other type objects (unions, UnionAlls) need the structural test.
         */
        @Specialization
        boolean egalType(JlType a, JlType b) {
            if (a == b) {
                return true;
            }
            if (a instanceof org.trufflejl.runtime.types.DataType || b instanceof org.trufflejl.runtime.types.DataType) {
                return false;
            }
            return Egality.egal(a, b);
        }

        @Specialization(replaces = {"egalLong", "egalDouble", "egalBool", "egalType"})
        boolean egal(Object a, Object b) {
            return Egality.egal(a, b);
        }
    }

    public abstract static class Throw extends Builtin1 {
        @Specialization
        Object doThrow(Object value) {
            throw new JlException(value, this);
        }
    }

    static int checkIndex(Object collection, long i, int length, BuiltinNode node) {
        if (i < 1 || i > length) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.boundsError(collection, i, node);
        }
        return (int) (i - 1);
    }

    /** {@code a[i]}: one specialisation per typed store (unsigned and Float16 elements are re-wrapped from their bits). */
    @ImportStatic(StoreGuards.class)
    public abstract static class ArrayGet extends Builtin2 {
        @Specialization(guards = "isInt64Store(a)")
        long getLong(JlArray a, long i) {
            return ((long[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isFloat64Store(a)")
        double getDouble(JlArray a, long i) {
            return ((double[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isUInt8Store(a)")
        UInt8 getUInt8(JlArray a, long i) {
            return new UInt8(((byte[]) a.store)[checkIndex(a, i, a.length, this)]);
        }

        @Specialization(guards = "isInt8Store(a)")
        byte getInt8(JlArray a, long i) {
            return ((byte[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isInt32Store(a)")
        int getInt32(JlArray a, long i) {
            return ((int[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isUInt32Store(a)")
        UInt32 getUInt32(JlArray a, long i) {
            return new UInt32(((int[]) a.store)[checkIndex(a, i, a.length, this)]);
        }

        @Specialization(guards = "isFloat32Store(a)")
        float getFloat32(JlArray a, long i) {
            return ((float[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isInt16Store(a)")
        short getInt16(JlArray a, long i) {
            return ((short[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isUInt16Store(a)")
        UInt16 getUInt16(JlArray a, long i) {
            return new UInt16(((short[]) a.store)[checkIndex(a, i, a.length, this)]);
        }

        @Specialization(guards = "isFloat16Store(a)")
        Float16 getFloat16(JlArray a, long i) {
            return new Float16(((short[]) a.store)[checkIndex(a, i, a.length, this)]);
        }

        @Specialization(guards = "isUInt64Store(a)")
        UInt64 getUInt64(JlArray a, long i) {
            return new UInt64(((long[]) a.store)[checkIndex(a, i, a.length, this)]);
        }

        @Specialization(replaces = {"getLong", "getDouble", "getUInt8", "getInt8", "getInt32", "getUInt32", "getFloat32",
                        "getInt16", "getUInt16", "getFloat16", "getUInt64"})
        Object get(JlArray a, long i) {
            return checkDefined(a.get(checkIndex(a, i, a.length, this)), this);
        }

    }

    /** Whether {@code a} holds elements of numeric kind {@code kind} in that kind's primitive store. */
    static boolean isStore(JlArray a, int kind) {
        if (a.kind != kind) {
            return false;
        }
        Object s = a.store;
        switch (kind) {
            case Num.I8:
            case Num.U8:
                return s instanceof byte[];
            case Num.I32:
            case Num.U32:
                return s instanceof int[];
            case Num.I16:
            case Num.U16:
            case Num.F16:
                return s instanceof short[];
            case Num.I64:
            case Num.U64:
                return s instanceof long[];
            case Num.F32:
                return s instanceof float[];
            case Num.F64:
                return s instanceof double[];
            default:
                return false;
        }
    }

    /** {@code setindex!(a, v, i)}: stores v (converted to the element type) and returns a. */
    @ImportStatic(StoreGuards.class)
    public abstract static class ArraySet extends Builtin3 {
        @Specialization(guards = "isInt64Store(a)")
        Object setLong(JlArray a, long v, long i) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isFloat64Store(a)")
        Object setDouble(JlArray a, double v, long i) {
            ((double[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isUInt8Store(a)")
        Object setUInt8(JlArray a, UInt8 v, long i) {
            ((byte[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "isInt8Store(a)")
        Object setInt8(JlArray a, byte v, long i) {
            ((byte[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isInt32Store(a)")
        Object setInt32(JlArray a, int v, long i) {
            ((int[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isUInt32Store(a)")
        Object setUInt32(JlArray a, UInt32 v, long i) {
            ((int[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "isFloat32Store(a)")
        Object setFloat32(JlArray a, float v, long i) {
            ((float[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isInt16Store(a)")
        Object setInt16(JlArray a, short v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isUInt16Store(a)")
        Object setUInt16(JlArray a, UInt16 v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "isFloat16Store(a)")
        Object setFloat16(JlArray a, Float16 v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "isUInt64Store(a)")
        Object setUInt64(JlArray a, UInt64 v, long i) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(replaces = {"setLong", "setDouble", "setUInt8", "setInt8", "setInt32", "setUInt32", "setFloat32",
                        "setInt16", "setUInt16", "setFloat16", "setUInt64"})
        Object set(JlArray a, Object v, long i) {
            int idx = checkIndex(a, i, a.length, this);
            a.set(idx, ArrayOps.convertElement(a, v, this));
            return a;
        }

    }

    public abstract static class Length extends Builtin1 {
        @Specialization
        long length(JlArray a) {
            return a.length;
        }

        @Specialization
        long length(JlBitArray a) {
            return a.length;
        }

        @Specialization
        long length(JlTuple t) {
            return t.elements.length;
        }

        @Specialization
        long length(org.trufflejl.runtime.JlNamedTuple t) {
            return t.names.length;
        }

        @Specialization
        long length(JlUnitRange r) {
            return r.length();
        }

        @Specialization
        long length(JlStepRange r) {
            return r.length();
        }
    }

    public abstract static class TupleGet extends Builtin2 {
        @Specialization
        Object get(JlTuple t, long i) {
            return t.elements[checkIndex(t, i, t.elements.length, this)];
        }
    }

    public abstract static class RangeGet extends Builtin2 {
        @Specialization
        long get(JlUnitRange r, long i) {
            checkIndex(r, i, (int) Math.min(Integer.MAX_VALUE, r.length()), this);
            return r.start + i - 1;
        }

        @Specialization
        long get(JlStepRange r, long i) {
            checkIndex(r, i, (int) Math.min(Integer.MAX_VALUE, r.length()), this);
            return r.start + (i - 1) * r.step;
        }
    }

    public abstract static class MakeRange extends Builtin2 {
        @Specialization
        JlUnitRange range(long a, long b) {
            return new JlUnitRange(a, b);
        }
    }

    public abstract static class MakeStepRange extends Builtin3 {
        @Specialization
        JlStepRange range(long a, long step, long b) {
            if (step == 0) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.argumentError("step cannot be zero", this);
            }
            return new JlStepRange(a, step, b);
        }
    }

    /** {@code getindex(b::BitArray, i::Int)}: one bit of one chunk. */
    public abstract static class BitGet extends Builtin2 {
        @Specialization
        boolean get(JlBitArray b, long i) {
            int k = checkIndex(b, i, b.length, this);
            return (b.chunks[k >>> 6] & (1L << k)) != 0;
        }
    }

    /** {@code setindex!(b::BitArray, v::Bool, i::Int)}. */
    public abstract static class BitSet extends Builtin3 {
        @Specialization
        Object set(JlBitArray b, boolean v, long i) {
            int k = checkIndex(b, i, b.length, this);
            long[] c = b.chunks;
            if (v) {
                c[k >>> 6] |= 1L << k;
            } else {
                c[k >>> 6] &= ~(1L << k);
            }
            return b;
        }
    }

    /** Linear index of {@code a[i, j]}: the second index spans all dimensions after the first. */
    static int checkIndex2(Object a, int[] dims, long i, long j, BuiltinNode node) {
        int d0 = dims[0];
        int rest = dims.length == 2 ? dims[1] : dims.length == 1 ? 1 : restOf(dims);
        if (i < 1 || i > d0 || j < 1 || j > rest) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.boundsError(a, new JlTuple(i, j), node);
        }
        return (int) (i - 1) + dims[0] * (int) (j - 1);
    }

    static int restOf(int[] dims) {
        int r = 1;
        for (int k = 1; k < dims.length; k++) {
            r *= dims[k];
        }
        return r;
    }

    /** {@code getindex(a::Matrix, i::Int, j::Int)}. */
    public abstract static class ArrayGet2 extends Builtin3 {
        @Specialization(guards = "isLongStore(a)")
        long getLong(JlArray a, long i, long j) {
            return ((long[]) a.store)[checkIndex2(a, a.dims, i, j, this)];
        }

        @Specialization(guards = "isDoubleStore(a)")
        double getDouble(JlArray a, long i, long j) {
            return ((double[]) a.store)[checkIndex2(a, a.dims, i, j, this)];
        }

        @Specialization(replaces = {"getLong", "getDouble"})
        Object get(JlArray a, long i, long j) {
            return checkDefined(a.get(checkIndex2(a, a.dims, i, j, this)), this);
        }

        static boolean isLongStore(JlArray a) {
            return a.store instanceof long[];
        }

        static boolean isDoubleStore(JlArray a) {
            return a.store instanceof double[];
        }
    }

    static Object checkDefined(Object v, BuiltinNode node) {
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw new JlException(new org.trufflejl.runtime.JlStructObject(Types.UndefRefError), node);
        }
        return v;
    }

    /** {@code setindex!(a::Matrix, v, i::Int, j::Int)}. */
    public static final class ArraySet2 extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] p) {
            JlArray a = (JlArray) p[0];
            if (!(p[2] instanceof Long i) || !(p[3] instanceof Long j)) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.error("setindex!: integer indices expected", this);
            }
            int k = checkIndex2(a, a.dims, i, j, this);
            Object v = p[1];
            Object s = a.store;
            if (s instanceof long[] l && v instanceof Long x) {
                l[k] = x;
            } else if (s instanceof double[] d && v instanceof Double x) {
                d[k] = x;
            } else {
                a.set(k, ArrayOps.convertElement(a, v, this));
            }
            return a;
        }
    }

    /** Guards of the typed-store specialisations of array get/set. */
    static final class StoreGuards {
        private StoreGuards() {
        }

        static boolean isInt64Store(JlArray a) {
            return isStore(a, Num.I64);
        }

        static boolean isFloat64Store(JlArray a) {
            return isStore(a, Num.F64);
        }

        static boolean isUInt8Store(JlArray a) {
            return isStore(a, Num.U8);
        }

        static boolean isInt8Store(JlArray a) {
            return isStore(a, Num.I8);
        }

        static boolean isInt32Store(JlArray a) {
            return isStore(a, Num.I32);
        }

        static boolean isUInt32Store(JlArray a) {
            return isStore(a, Num.U32);
        }

        static boolean isFloat32Store(JlArray a) {
            return isStore(a, Num.F32);
        }

        static boolean isInt16Store(JlArray a) {
            return isStore(a, Num.I16);
        }

        static boolean isUInt16Store(JlArray a) {
            return isStore(a, Num.U16);
        }

        static boolean isFloat16Store(JlArray a) {
            return isStore(a, Num.F16);
        }

        static boolean isUInt64Store(JlArray a) {
            return isStore(a, Num.U64);
        }
    }
}
