package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.builtins.BuiltinNode.Builtin3;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
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

        @Specialization(replaces = {"egalLong", "egalDouble", "egalBool"})
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

    public abstract static class ArrayGet extends Builtin2 {
        @Specialization(guards = "isLongStore(a)")
        long getLong(JlArray a, long i) {
            return ((long[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(guards = "isDoubleStore(a)")
        double getDouble(JlArray a, long i) {
            return ((double[]) a.store)[checkIndex(a, i, a.length, this)];
        }

        @Specialization(replaces = {"getLong", "getDouble"})
        Object get(JlArray a, long i) {
            return a.get(checkIndex(a, i, a.length, this));
        }

        static boolean isLongStore(JlArray a) {
            return a.store instanceof long[];
        }

        static boolean isDoubleStore(JlArray a) {
            return a.store instanceof double[];
        }
    }

    /** {@code setindex!(a, v, i)}: stores v (converted to the element type) and returns a. */
    public abstract static class ArraySet extends Builtin3 {
        @Specialization(guards = "isLongStore(a)")
        Object setLong(JlArray a, long v, long i) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "isDoubleStore(a)")
        Object setDouble(JlArray a, double v, long i) {
            ((double[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(replaces = {"setLong", "setDouble"})
        Object set(JlArray a, Object v, long i) {
            int idx = checkIndex(a, i, a.length, this);
            a.set(idx, ArrayOps.convertElement(a, v, this));
            return a;
        }

        static boolean isLongStore(JlArray a) {
            return a.store instanceof long[];
        }

        static boolean isDoubleStore(JlArray a) {
            return a.store instanceof double[];
        }
    }

    public abstract static class Length extends Builtin1 {
        @Specialization
        long length(JlArray a) {
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
}
