package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.builtins.BuiltinNode.Builtin3;
import org.trufflejl.nodes.ArrayElementNode;
import org.trufflejl.nodes.CallNode.BinaryShortcut;
import org.trufflejl.nodes.ConvertNode;
import org.trufflejl.nodes.DispatchNode;
import org.trufflejl.nodes.DispatchNodeGen;
import org.trufflejl.nodes.Inference;
import org.trufflejl.nodes.TupleShape;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.FloatRange;
import org.trufflejl.runtime.Hashing;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlBitArray;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.SubStrings;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** Builtins on hot paths: identity, types, array/tuple/range access. */
public final class FastBuiltins {
    private FastBuiltins() {
    }

    /**
     * {@code getfield(x, name)} and {@code getfield(x, i)}: a named tuple's, a tuple's or a
     * struct's field read in place (as a property read {@code x.a} is); the rest (modules,
     * ranges, closures, syntax objects, errors) through Builtins' general lookup. As a boundary
     * builtin, {@code nt[1]} cost 250 ns and {@code getfield(nt, :a)} 16 ns.
     */
    public abstract static class GetField extends Builtin2 {
        @Specialization
        Object namedTupleField(org.trufflejl.runtime.JlNamedTuple nt, Symbol name) {
            int i = nt.indexOf(name);
            return i >= 0 ? nt.values[i] : Builtins.getfieldByName(nt, name, this);
        }

        @Specialization
        Object namedTupleIndex(org.trufflejl.runtime.JlNamedTuple nt, long i) {
            return i >= 1 && i <= nt.values.length ? nt.values[(int) i - 1] : Builtins.getfieldByIndex(nt, i, this);
        }

        @Specialization
        Object tupleIndex(org.trufflejl.runtime.JlTuple t, long i) {
            return i >= 1 && i <= t.elements.length ? t.elements[(int) i - 1] : Builtins.getfieldByIndex(t, i, this);
        }

        /** (A struct's field index is found once per type and name; syntax objects are not JlStructObjects.) */
        @Specialization(guards = {"s.type == cachedType", "name == cachedName", "index >= 0"}, limit = "3")
        Object structField(org.trufflejl.runtime.JlStructObject s, Symbol name,
                        @Cached("s.type") org.trufflejl.runtime.types.DataType cachedType,
                        @Cached("name") Symbol cachedName,
                        @Cached("cachedType.fieldIndex(name)") int index) {
            return Builtins.definedFieldOf(s, index, this);
        }

        @Specialization
        Object structIndex(org.trufflejl.runtime.JlStructObject s, long i) {
            return i >= 1 && i <= s.fieldCount() ? Builtins.definedFieldOf(s, (int) i - 1, this) : Builtins.getfieldByIndex(s, i, this);
        }

        @Specialization(replaces = "structField")
        Object other(Object o, Object field) {
            return field instanceof Symbol name ? Builtins.getfieldByName(o, name, this) : Builtins.getfieldByIndex(o, (Long) field, this);
        }
    }

    /**
     * Julia's {@code hash(x, h)} of an Int64, UInt64, Float64 or Char (Hashing): Dict keys hash on
     * every access, and one call here is many arithmetic calls of Base's code in the interpreter.
     */
    public abstract static class HashBits extends Builtin2 {
        @Specialization
        UInt64 hashLong(long x, UInt64 h) {
            return new UInt64(Hashing.hashInt64(x, h.bits));
        }

        @Specialization
        UInt64 hashUInt64(UInt64 x, UInt64 h) {
            return new UInt64(Hashing.hashInt64(x.bits, h.bits));
        }

        @Specialization
        UInt64 hashDouble(double x, UInt64 h) {
            return new UInt64(Hashing.hashFloat64(x, h.bits));
        }

        @Specialization
        UInt64 hashChar(org.trufflejl.runtime.JlChar x, UInt64 h) {
            return new UInt64(Hashing.hashChar(x.codePoint, h.bits));
        }

        /** ({@code _hash_string}: the bytes hashed in a call, the result made here, unboxed until used.) */
        @Specialization
        UInt64 hashString(JlString x, UInt64 h) {
            return new UInt64(Hashing.hashString(x.bytes(), h.bits));
        }
    }

    public abstract static class TypeOf extends Builtin1 implements Inference.Model {
        /** Every value of a concrete type has that type as its typeof. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args[0] instanceof Inference.Const c) {
                return Inference.constant(Types.typeOf(c.value()));
            }
            JlType t = Inference.widen(args[0]);
            return t.isConcrete() ? Inference.constant(t) : Inference.ANY;
        }

        /**
         * A tuple's type by its {@link TupleShape}: through {@link Types#typeOf} it is a boundary
         * and an interning lookup (Base's {@code promote} compared {@code typeof} of two tuples on
         * every mixed-type {@code max(x, 0)}: 110 ns).
         */
        @Specialization(guards = "shape.matches(t)", limit = "3")
        Object tupleType(JlTuple t,
                        @Cached("new(t)") TupleShape shape,
                        @Cached("typeOfTuple(t)") JlType type) {
            return type;
        }

        @Specialization(replaces = "tupleType")
        Object typeOf(Object a) {
            return Types.typeOf(a);
        }

        @TruffleBoundary
        static JlType typeOfTuple(JlTuple t) {
            return Types.typeOf(t);
        }
    }

    /**
     * {@code x::T}: {@code x} if it is a {@code T}, else a TypeError. The test is {@link Isa}'s,
     * a class test in compiled code; as a boundary call it cost 28 ns, and Base asserts in hot
     * code ({@code hash(key)::UInt} in every Dict lookup).
     */
    public static final class TypeAssert extends Builtin2 implements Inference.Model {
        /** {@code x::T}: x's own type where that is narrower, else T. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args[1] instanceof Inference.Const c && c.value() instanceof JlType t) {
                return Types.isSubtype(Inference.widen(args[0]), t) ? args[0] : t;
            }
            return Inference.ANY;
        }

        @Child private Isa isa = FastBuiltinsFactory.IsaNodeGen.create();

        @Override
        public Object execute(Object v, Object t) {
            if ((Boolean) isa.execute(v, t)) {
                return v;
            }
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError("typeassert", "", (JlType) t, v, this);
        }
    }

    /**
     * {@code +(a, b, c)} and {@code *(a, b, c, d)}, Base's meaning of {@code a + b + c} (which
     * parses as one call): the callee applied pairwise from the left, {@code (a + b) + c}. As a
     * Julia method each such expression was a call of its own, 260 ns in the interpreter, and
     * small enough to be compiled alone before the loop using it; embedded at the call site it is
     * two dispatches of the binary operator. A more specific method (Strings' {@code *}) wins
     * over it as any method would.
     */
    public static final class FoldLeft extends BuiltinNode implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            Object acc = args[0];
            for (int i = 1; i < args.length; i++) {
                acc = in.call(Inference.constant(callee), new Object[]{acc, args[i]});
            }
            return acc;
        }

        @Children private final FoldStep[] steps;

        FoldLeft(int arity) {
            steps = new FoldStep[arity - 1];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = new FoldStep();
            }
        }

        @Override
        @ExplodeLoop
        public Object call(Object[] frameArgs) {
            JlFunction op = (JlFunction) frameArgs[0];
            Object acc = frameArgs[P];
            for (int i = 0; i < steps.length; i++) {
                acc = steps[i].apply(op, acc, frameArgs[P + 1 + i]);
            }
            return acc;
        }
    }

    /**
     * One application of the operator in a {@link FoldLeft}: a dispatch, which in the interpreter
     * becomes a direct call of a binary builtin after two calls, as a call site's does
     * ({@link BinaryShortcut}): interpreted {@code s + 2.0 * a * s}
     * 285 -> 225 ns (the binary form: 205).
     */
    static final class FoldStep extends Node {
        @Child private DispatchNode dispatch = DispatchNodeGen.create();
        @Child private BinaryShortcut shortcut;
        private boolean noShortcut;
        private byte callsBeforeShortcut = 2;

        Object apply(JlFunction op, Object a, Object b) {
            if (CompilerDirectives.inInterpreter() && !noShortcut) {
                BinaryShortcut s = shortcut;
                if (s != null && s.matches(op, a, b)) {
                    return s.execute(a, b);
                } else if (s != null) {
                    shortcut = null;
                    noShortcut = true;
                } else if (--callsBeforeShortcut <= 0) {
                    Object[] args = {op, null, a, b};
                    Object result = dispatch.execute(op, args);
                    BinaryShortcut made = BinaryShortcut.make(op, args, true);
                    noShortcut = made == null;
                    shortcut = made == null ? null : insert(made);
                    return result;
                }
            }
            return dispatch.execute(op, new Object[]{op, null, a, b});
        }
    }

    public abstract static class Isa extends Builtin2 implements Inference.Model {
        /** Decided by the types when they tell: a subtype is one, a type whose values all dispatch as it that is not one is not. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args[1] instanceof Inference.Const c && c.value() instanceof JlType t) {
                JlType x = args[0] instanceof Inference.Const v ? Types.dispatchTypeOf(v.value()) : Inference.widen(args[0]);
                if (Types.isSubtype(x, t)) {
                    return Inference.constant(Boolean.TRUE);
                } else if (args[0] instanceof Inference.Const || Inference.dispatchesAsItself(x)) {
                    return Inference.constant(Boolean.FALSE);
                }
            }
            return Types.Bool;
        }

        /**
         * {@code x isa T} with a type that is a value at run time (a Dict's key type): for a
         * concrete T it is {@code typeof(x) === T}, which compiles to class tests, not a subtype
         * walk.
         */
        @Specialization(guards = {"t == cachedType", "concreteByIdentity(cachedType)"}, limit = "3")
        boolean isaConcrete(Object v, @SuppressWarnings("unused") JlType t, @Cached("t") JlType cachedType) {
            return Types.typeOf(v) == cachedType;
        }

        /** (Not a tuple type: a tuple's type is computed and interned, 23 ns; the shape decides it: {@link #isaByShape}.) */
        static boolean concreteByIdentity(JlType t) {
            return t.isConcrete() && !(t instanceof org.trufflejl.runtime.types.DataType d && (d.family.isTuple || d.family == Types.NamedTupleFamily));
        }

        /**
         * {@code x isa AbstractFloat}, {@code x isa Integer}...: for a value whose class decides
         * its type, the answer is known per class, so compiled code is one class test (the
         * subtype walk took 60 ns).
         */
        @Specialization(guards = {"t == cachedType", "v.getClass() == cachedClass", "classDecidesType(cachedClass)"}, limit = "4")
        boolean isaByClass(Object v, @SuppressWarnings("unused") JlType t, @Cached("t") JlType cachedType,
                        @Cached("v.getClass()") Class<?> cachedClass, @Cached("isa(v, t)") boolean result) {
            return result;
        }

        /** The same for a struct, array, stream or function: the answer is known per type of the value. */
        @Specialization(guards = {"t == cachedType", "isInstance(v)", "typeOfInstance(v) == cachedValueType"}, limit = "4")
        boolean isaByType(Object v, @SuppressWarnings("unused") JlType t, @Cached("t") JlType cachedType,
                        @Cached("typeOfInstance(v)") JlType cachedValueType, @Cached("isa(v, t)") boolean result) {
            return result;
        }

        /**
         * The same for a tuple or named tuple, per shape (its elements' classes and types):
         * computing its interned type took 40 ns and 190 bytes ({@code x isa Tuple}).
         */
        @Specialization(guards = {"t == cachedType", "shape != null", "v.getClass() == cachedClass", "shape.matchesValue(v)"}, limit = "4")
        boolean isaByShape(Object v, @SuppressWarnings("unused") JlType t, @Cached("t") JlType cachedType,
                        @Cached("v.getClass()") Class<?> cachedClass, @Cached("shapeOf(v)") org.trufflejl.nodes.TupleShape shape,
                        @Cached("isa(v, t)") boolean result) {
            return result;
        }

        @Specialization(replaces = {"isaConcrete", "isaByClass", "isaByType", "isaByShape"})
        boolean isa(Object v, JlType t) {
            return Types.isa(v, t);
        }

        static org.trufflejl.nodes.TupleShape shapeOf(Object v) {
            return org.trufflejl.nodes.TupleShape.of(v);
        }

        static boolean classDecidesType(Class<?> c) {
            return Types.classDecidesType(c);
        }

        /** (A function too: `dlm isa Union{Char, Function}` walked the subtype lattice and allocated 130 bytes a test.) */
        static boolean isInstance(Object v) {
            return v instanceof JlStructObject || v instanceof JlArray || v instanceof org.trufflejl.runtime.JlIO || v instanceof org.trufflejl.runtime.JlFunction;
        }

        static JlType typeOfInstance(Object v) {
            return v instanceof JlStructObject s ? s.type : v instanceof JlArray a ? a.type
                            : v instanceof org.trufflejl.runtime.JlFunction f ? f.jlType() : ((org.trufflejl.runtime.JlIO) v).type;
        }
    }

    /** {@code ===}: egal. */
    public abstract static class Egal extends Builtin2 implements Inference.Model {
        /** Known values compare; values of two different types whose values all dispatch as them never are the same. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args[0] instanceof Inference.Const a && args[1] instanceof Inference.Const b) {
                return Inference.constant(Egality.egal(a.value(), b.value()));
            }
            JlType x = Inference.widen(args[0]);
            JlType y = Inference.widen(args[1]);
            if (!x.equals(y) && Inference.dispatchesAsItself(x) && Inference.dispatchesAsItself(y)) {
                return Inference.constant(Boolean.FALSE);
            } else if (x.equals(y) && Inference.isSingleton(x)) {
                // one value only (nothing, a field-less struct's instance)
                return Inference.constant(Boolean.TRUE);
            }
            return Types.Bool;
        }

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

        @Specialization
        boolean egalChar(JlChar a, JlChar b) {
            return a.codePoint == b.codePoint;
        }

        /** Symbols are interned: identity decides (a call cost 14 ns, and {@code name === :Array} is how Base switches on a type's name). */
        @Specialization
        boolean egalSymbol(org.trufflejl.runtime.Symbol a, org.trufflejl.runtime.Symbol b) {
            return a == b;
        }

        /** Strings by their bytes, compiled in (a call before: 10 ns to find two lengths differ). */
        @Specialization
        boolean egalString(JlString a, JlString b) {
            return a == b || java.util.Arrays.equals(a.bytes(), b.bytes());
        }

        /**
         * Values of different classes are never egal (nor is anything but itself egal to the
         * singleton {@code nothing}): tested here, {@code y === nothing} on what {@code iterate}
         * returns needs no call, which would make the tuple a real allocation.
         */
        /**
         * Immutable structs field by field, in compiled code as far as the fields are the same
         * objects: {@code o === Order.Reverse} in sort!'s keyword handling (a struct holding a
         * field-less one) took 425 ns through the boundary call.
         */
        @Specialization
        boolean egalStruct(JlStructObject a, JlStructObject b) {
            return structsEgal(a, b);
        }

        @Specialization(replaces = {"egalLong", "egalDouble", "egalBool", "egalType", "egalChar", "egalSymbol", "egalString", "egalStruct"})
        boolean egal(Object a, Object b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null || a.getClass() != b.getClass() || a instanceof org.trufflejl.runtime.Symbol || a instanceof JlArray) {
                return false;
            }
            if (a instanceof JlStructObject x) {
                return structsEgal(x, (JlStructObject) b);
            }
            return Egality.egal(a, b);
        }

        private static boolean structsEgal(JlStructObject a, JlStructObject b) {
            if (a == b) {
                return true;
            }
            if (a.type != b.type || a.type.isMutable) {
                return false;
            }
            int n = a.fieldCount();
            for (int i = 0; i < n; i++) {
                Object x = a.getField(i);
                Object y = b.getField(i);
                if (x != y && !(x instanceof JlStructObject sx && y instanceof JlStructObject sy && sx.type == sy.type && !sx.type.isMutable && sx.fieldCount() == 0)
                                && !Egality.egal(x, y)) {
                    return false;   // (two instances of one field-less type are the same value)
                }
            }
            return true;
        }
    }

    public abstract static class Throw extends Builtin1 {
        @Specialization
        Object doThrow(Object value) {
            throw new JlException(value, this);
        }
    }

    /** Whether 1 <= i <= length, as one unsigned compare (i - 1 below length) in compiled code. */
    static boolean inBounds(long i, int length) {
        return Long.compareUnsigned(i - 1, length) < 0;
    }

    static int checkIndex(Object collection, long i, int length, BuiltinNode node) {
        if (!inBounds(i, length)) {
            CompilerDirectives.transferToInterpreter();
            // an array's index is reported as a tuple, as Julia's throw_boundserror(A, I) does:
            // BoundsError([1, 2], (5,)); a tuple's, range's or string's as the index itself
            throw Errors.boundsError(collection, collection instanceof JlArray ? new JlTuple(i) : (Object) i, node);
        }
        return (int) (i - 1);
    }

    /** {@code a[i]}. */
    public abstract static class ArrayGet extends Builtin2 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Inference.arrayElement(args[0]);
        }

        @Specialization
        Object get(JlArray a, long i, @Cached ArrayElementNode element) {
            return element.execute(a, checkIndex(a, i, a.length, this));
        }
    }

    /** {@code write(io, s::String)} to a Java-backed stream: the bytes written in one call, no argument array. */
    public static final class WriteString extends Builtin2 {
        @Override
        public Object execute(Object io, Object s) {
            return write((org.trufflejl.runtime.JlIO) io, ((JlString) s).bytes());
        }

        /** An IOBuffer's write is compiled in; a stream's goes through a boundary. */
        static long write(org.trufflejl.runtime.JlIO io, byte[] bytes) {
            int n = io.appendToBuffer(bytes);
            if (n < 0) {
                writeStream(io, bytes);
                return bytes.length;
            }
            return n;
        }

        @TruffleBoundary
        private static void writeStream(org.trufflejl.runtime.JlIO io, byte[] bytes) {
            io.write(bytes);
        }
    }

    /**
     * {@code _matmul_f64!(C, A, B)}: {@code C = A * B} for Float64 arrays (A m×k, B k×n or a
     * vector of k, C m×n; the caller has checked the sizes), true when done, false when a store
     * is not a Float64 one (the caller then takes the generic method). Each entry is the dot
     * product of A's row and B's column summed in order, as the generic method sums it, so the
     * results are the same to the bit; four rows at a time keep four independent sums in flight
     * (one sum is a chain of dependent additions), over a copy of A with its rows contiguous.
     */
    public static final class MatMulF64 extends Builtin3 {
        @Override
        public Object execute(Object c, Object a, Object b) {
            JlArray out = (JlArray) c;
            JlArray x = (JlArray) a;
            JlArray y = (JlArray) b;
            if (!out.hasStore(Num.F64) || !x.hasStore(Num.F64) || !y.hasStore(Num.F64)) {
                return false;
            }
            int m = x.dims[0];
            int k = x.dims.length > 1 ? x.dims[1] : 1;
            int n = y.dims.length > 1 ? y.dims[1] : 1;
            multiply((double[]) out.store, (double[]) x.store, (double[]) y.store, m, k, n);
            return true;
        }

        static void multiply(double[] c, double[] a, double[] b, int m, int k, int n) {
            if (k == 0) {
                java.util.Arrays.fill(c, 0, m * n, 0.0);
                return;
            }
            double[] rows = new double[m * k];
            PermuteMatrix.transpose(a, rows, m, k);
            for (int j = 0; j < n; j++) {
                int col = j * k;
                int i = 0;
                for (; i + 3 < m; i += 4) {
                    int r0 = i * k;
                    int r1 = r0 + k;
                    int r2 = r1 + k;
                    int r3 = r2 + k;
                    double v = b[col];
                    double s0 = rows[r0] * v;
                    double s1 = rows[r1] * v;
                    double s2 = rows[r2] * v;
                    double s3 = rows[r3] * v;
                    for (int l = 1; l < k; l++) {
                        v = b[col + l];
                        s0 += rows[r0 + l] * v;
                        s1 += rows[r1 + l] * v;
                        s2 += rows[r2 + l] * v;
                        s3 += rows[r3 + l] * v;
                    }
                    int at = j * m + i;
                    c[at] = s0;
                    c[at + 1] = s1;
                    c[at + 2] = s2;
                    c[at + 3] = s3;
                }
                for (; i < m; i++) {
                    int r = i * k;
                    double s = rows[r] * b[col];
                    for (int l = 1; l < k; l++) {
                        s += rows[r + l] * b[col + l];
                    }
                    c[j * m + i] = s;
                }
            }
        }
    }

    /**
     * {@code _lu_f64!(f, p, ipiv, zero_pivot, replace)}: Base's {@code _lu} on a Float64 matrix
     * in place (f a fresh n×n copy, p and ipiv 1:n), the same operations in the same order, so the
     * same bits: the first largest |f[i, k]| as pivot, whole rows swapped, the column below it
     * scaled by the pivot's reciprocal, then each f[i, j] -= f[i, k] * f[k, j] (one operation per
     * entry and step, so walking the trailing block by columns, as the storage runs, changes no
     * result). Returns 0, or the step whose pivot is zero when {@code replace} is false; with it
     * such a pivot becomes {@code zero_pivot}; -1 for stores of other kinds. As Julia code, a 200×200 factorization took 60-230
     * ms compiled and seconds on its first call.
     */
    public static final class LuFloat64 extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] args) {
            JlArray f = (JlArray) args[0];
            JlArray p = (JlArray) args[1];
            JlArray ipiv = (JlArray) args[2];
            if (!f.hasStore(Num.F64) || !p.hasStore(Num.I64) || !ipiv.hasStore(Num.I64)) {
                return -1L;   // (the caller's loop then does it)
            }
            return factor((double[]) f.store, (long[]) p.store, (long[]) ipiv.store, f.dims[0], (Double) args[3], (Boolean) args[4]);
        }

        static long factor(double[] f, long[] p, long[] ipiv, int n, double zeroPivot, boolean replace) {
            for (int k = 0; k < n; k++) {
                int column = k * n;
                int piv = k;
                double best = Math.abs(f[column + k]);
                for (int i = k + 1; i < n; i++) {
                    if (Math.abs(f[column + i]) > best) {
                        piv = i;
                        best = Math.abs(f[column + i]);
                    }
                }
                if (best == 0) {
                    if (!replace) {
                        return k + 1;
                    }
                    f[column + k] = zeroPivot;
                }
                if (piv != k) {
                    for (int j = 0; j < n; j++) {
                        double t = f[j * n + k];
                        f[j * n + k] = f[j * n + piv];
                        f[j * n + piv] = t;
                    }
                    long t = p[k];
                    p[k] = p[piv];
                    p[piv] = t;
                    ipiv[k] = piv + 1;
                }
                double r = 1.0 / f[column + k];
                for (int i = k + 1; i < n; i++) {
                    f[column + i] *= r;
                }
                for (int j = k + 1; j < n; j++) {
                    int cj = j * n;
                    double fkj = f[cj + k];
                    for (int i = k + 1; i < n; i++) {
                        f[cj + i] -= f[column + i] * fkj;
                    }
                }
            }
            return 0L;
        }
    }

    /**
     * Base's {@code inv} of a Float64 matrix in Java, step for step as its Julia loops (so the
     * same bits), which a first call ran in the interpreter for seconds at 200×200:
     * {@code _inv_triangular_f64!(f, upper)} inverts f's upper (lower) triangle in place as
     * LAPACK's trti2 (0, or the column of a zero diagonal entry), and {@code _inv_getri_f64!(f,
     * ipiv)} turns an LU whose U is inverted into the inverse (getri: inv(A) * L = inv(U), the
     * last column first, then the row interchanges undone on the columns). -1: not a Float64 store.
     */
    public static final class InvTriangularFloat64 extends Builtin2 {
        @Override
        public Object execute(Object a, Object upper) {
            JlArray f = (JlArray) a;
            if (!f.hasStore(Num.F64)) {
                return -1L;
            }
            return invert((double[]) f.store, f.dims[0], (Boolean) upper);
        }

        static long invert(double[] f, int n, boolean upper) {
            for (int step = 0; step < n; step++) {
                int j = upper ? step : n - 1 - step;
                int cj = j * n;
                if (f[cj + j] == 0) {
                    return j + 1;
                }
                f[cj + j] = 1.0 / f[cj + j];
                double ajj = -f[cj + j];
                int kCount = upper ? j : n - 1 - j;
                for (int kk = 0; kk < kCount; kk++) {
                    int k = upper ? kk : n - 1 - kk;
                    double t = f[cj + k];
                    if (t != 0) {
                        int ck = k * n;
                        int iCount = upper ? k : n - 1 - k;
                        for (int ii = 0; ii < iCount; ii++) {
                            int i = upper ? ii : n - 1 - ii;
                            f[cj + i] += t * f[ck + i];
                        }
                        f[cj + k] = t * f[ck + k];
                    }
                }
                if (upper) {
                    for (int i = 0; i < j; i++) {
                        f[cj + i] *= ajj;
                    }
                } else {
                    for (int i = j + 1; i < n; i++) {
                        f[cj + i] *= ajj;
                    }
                }
            }
            return 0L;
        }
    }

    /** {@code _inv_getri_f64!(f, ipiv)}: see {@link InvTriangularFloat64}. */
    public static final class InvGetriFloat64 extends Builtin2 {
        @Override
        public Object execute(Object a, Object pivots) {
            JlArray f = (JlArray) a;
            JlArray ipiv = (JlArray) pivots;
            if (!f.hasStore(Num.F64) || !ipiv.hasStore(Num.I64)) {
                return -1L;
            }
            getri((double[]) f.store, (long[]) ipiv.store, f.dims[0]);
            return 0L;
        }

        static void getri(double[] f, long[] ipiv, int n) {
            double[] work = new double[n];
            for (int j = n - 1; j >= 0; j--) {
                int cj = j * n;
                for (int i = j + 1; i < n; i++) {
                    work[i] = f[cj + i];
                    f[cj + i] = 0.0;
                }
                for (int k = j + 1; k < n; k++) {
                    double t = -work[k];
                    if (t != 0) {
                        int ck = k * n;
                        for (int i = 0; i < n; i++) {
                            f[cj + i] += t * f[ck + i];
                        }
                    }
                }
            }
            for (int j = n - 2; j >= 0; j--) {
                int jp = (int) ipiv[j] - 1;
                if (jp != j) {
                    int cj = j * n;
                    int cp = jp * n;
                    for (int i = 0; i < n; i++) {
                        double t = f[cj + i];
                        f[cj + i] = f[cp + i];
                        f[cp + i] = t;
                    }
                }
            }
        }
    }

    /**
     * {@code _jacobi_f64!(a, v, d, b, z)}: the sweeps of Base's cyclic Jacobi ({@code _jacobi},
     * matfun.jl) on its Float64 working arrays, the same operations in the same order (so the
     * same eigenvalues and vectors to the bit): 0 when the off-diagonal sum reached 0, -1 after
     * 100 sweeps without, -2 for stores of other kinds. As Julia code a 200×200 symmetric
     * eigenproblem took 4 s, 12 s on its first call.
     */
    public static final class JacobiFloat64 extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] args) {
            for (Object x : args) {
                if (!((JlArray) x).hasStore(Num.F64)) {
                    return -2L;
                }
            }
            JlArray a = (JlArray) args[0];
            return sweeps((double[]) a.store, (double[]) ((JlArray) args[1]).store, (double[]) ((JlArray) args[2]).store,
                            (double[]) ((JlArray) args[3]).store, (double[]) ((JlArray) args[4]).store, a.dims[0]);
        }

        static long sweeps(double[] a, double[] v, double[] d, double[] b, double[] z, int n) {
            for (int sweep = 1; sweep <= 100; sweep++) {
                double off = 0.0;
                for (int p = 0; p < n - 1; p++) {
                    for (int q = p + 1; q < n; q++) {
                        off += Math.abs(a[q * n + p]);
                    }
                }
                if (off == 0.0) {
                    return 0L;
                }
                double thresh = sweep < 4 ? 0.2 * off / (double) (n * n) : 0.0;
                for (int p = 0; p < n - 1; p++) {
                    for (int q = p + 1; q < n; q++) {
                        int pq = q * n + p;
                        double g = 100.0 * Math.abs(a[pq]);
                        if (sweep > 4 && Math.abs(d[p]) + g == Math.abs(d[p]) && Math.abs(d[q]) + g == Math.abs(d[q])) {
                            a[pq] = 0.0;
                        } else if (Math.abs(a[pq]) > thresh) {
                            double h = d[q] - d[p];
                            double t;
                            if (Math.abs(h) + g == Math.abs(h)) {
                                t = a[pq] / h;
                            } else {
                                double theta = 0.5 * h / a[pq];
                                t = 1.0 / (Math.abs(theta) + Math.sqrt(1.0 + theta * theta));
                                if (theta < 0.0) {
                                    t = -t;
                                }
                            }
                            double c = 1.0 / Math.sqrt(1.0 + t * t);
                            double s = t * c;
                            double tau = s / (1.0 + c);
                            h = t * a[pq];
                            z[p] -= h;
                            z[q] += h;
                            d[p] -= h;
                            d[q] += h;
                            a[pq] = 0.0;
                            for (int j = 0; j < p; j++) {
                                rotate(a, p * n + j, q * n + j, s, tau);
                            }
                            for (int j = p + 1; j < q; j++) {
                                rotate(a, j * n + p, q * n + j, s, tau);
                            }
                            for (int j = q + 1; j < n; j++) {
                                rotate(a, j * n + p, j * n + q, s, tau);
                            }
                            for (int j = 0; j < n; j++) {
                                rotate(v, p * n + j, q * n + j, s, tau);
                            }
                        }
                    }
                }
                for (int p = 0; p < n; p++) {
                    b[p] += z[p];
                    d[p] = b[p];
                    z[p] = 0.0;
                }
            }
            return -1L;
        }

        /** Base's {@code _rotate!}: entries {@code ij} and {@code kl} (offsets in the store). */
        private static void rotate(double[] a, int ij, int kl, double s, double tau) {
            double g = a[ij];
            double h = a[kl];
            a[ij] = g - s * (h + g * tau);
            a[kl] = h + s * (g - h * tau);
        }
    }

    /**
     * {@code _permutedims_matrix(a)}: a new matrix of a's element type holding a's transpose
     * ({@code permutedims} of a Matrix, and the copy of a real matrix's adjoint). As Julia code,
     * a function called a few times runs its loop in the interpreter: 200×200 took 20-40 ms, and
     * the copy of an adjoint through getindex seconds on its first call.
     */
    public static final class PermuteMatrix extends Builtin1 {
        @Override
        public Object execute(Object x) {
            JlArray a = (JlArray) x;
            int m = a.dims[0];
            int n = a.dims[1];
            Object store = JlArray.newStore(a.elementType, m * n);
            JlArray out = new JlArray(a.elementType, store, m * n, new int[]{n, m});
            Object src = a.store;
            if (src instanceof double[] s && store instanceof double[] d) {
                transpose(s, d, m, n);
            } else if (src instanceof long[] s && store instanceof long[] d) {
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < m; i++) {
                        d[i * n + j] = s[j * m + i];
                    }
                }
            } else if (src instanceof Object[] s && store instanceof Object[] d) {
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < m; i++) {
                        d[i * n + j] = s[j * m + i];
                    }
                }
            } else {
                transposeBoxed(a, out, m, n);
            }
            return out;
        }

        /** The m×n column-major {@code s} transposed into {@code d} (n×m). */
        static void transpose(double[] s, double[] d, int m, int n) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    d[i * n + j] = s[j * m + i];
                }
            }
        }

        @TruffleBoundary
        private static void transposeBoxed(JlArray a, JlArray out, int m, int n) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    out.set(i * n + j, a.get(j * m + i));
                }
            }
        }
    }

    /**
     * {@code _search(s, t, i)}: the 1-based byte index of the first occurrence of t in s at or
     * after byte i, or 0. Compiled in: as a boundary call it was most of a {@code findnext} of a
     * string, and of {@code split} by one.
     */
    public static final class Search extends Builtin3 {
        @Override
        public Object execute(Object str, Object pattern, Object from) {
            return search(((JlString) str).bytes(), ((JlString) pattern).bytes(), (Long) from);
        }

        static long search(byte[] s, byte[] t, long from) {
            long start = Math.max(0, from - 1);
            int n = t.length;
            if (start + n > s.length) {
                return 0;
            }
            if (n == 0) {
                return start + 1;
            }
            byte first = t[0];
            for (int i = (int) start, last = s.length - n; i <= last; i++) {
                if (s[i] == first && matchesAt(s, i, t)) {
                    return i + 1;
                }
            }
            return 0;
        }

        private static boolean matchesAt(byte[] s, int at, byte[] t) {
            for (int j = 1; j < t.length; j++) {
                if (s[at + j] != t[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code _substr(s, i, j)}: a new String of bytes i..j of s (String(::SubString)), copied in compiled code. */
    public static final class Substr extends Builtin3 {
        @Override
        public Object execute(Object str, Object from, Object to) {
            byte[] s = ((JlString) str).bytes();
            long i = (Long) from;
            long j = (Long) to;
            if (j < i) {
                return JlString.EMPTY;
            }
            if (i < 1 || j > s.length) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.boundsError(str, new org.trufflejl.runtime.JlUnitRange(i, j), this);
            }
            byte[] r = new byte[(int) (j - i + 1)];
            System.arraycopy(s, (int) i - 1, r, 0, r.length);
            return new JlString(r);
        }
    }

    /** {@code _dec_string(x)}: an Int64's decimal digits as a String (string(x), one call instead of the general printing path). */
    public static final class DecString extends Builtin1 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Types.String;
        }

        @Override
        public Object execute(Object x) {
            return digits((Long) x);
        }

        private static JlString digits(long x) {
            return new JlString(org.trufflejl.runtime.DecimalDigits.of(x));
        }
    }

    /** {@code _print_int(io, x)}: an Int64's decimal digits written to a Java-backed stream in one call. */
    public static final class PrintInt extends Builtin2 {
        @Override
        public Object execute(Object io, Object x) {
            WriteString.write((org.trufflejl.runtime.JlIO) io, org.trufflejl.runtime.DecimalDigits.of((Long) x));
            return JlNothing.INSTANCE;
        }
    }

    /** {@code _delete_last!(v)}: drops a non-empty vector's last element (pop!'s step; a boundary call before). */
    public static final class DeleteLast extends Builtin1 {
        @Override
        public Object execute(Object v) {
            JlArray a = (JlArray) v;
            int n = a.length - 1;
            if (a.store instanceof Object[] objects) {
                objects[n] = null;   // not kept alive by the vector
            }
            a.length = n;
            a.dims[0] = n;
            return a;
        }
    }

    /** {@code copy(a)} of an Array: the store copied in compiled code for Int64, Float64 and boxed elements. */
    @ImportStatic(Num.class)
    public abstract static class ArrayCopy extends Builtin1 {
        @Specialization(guards = "a.hasStore(I64)")
        Object copyLong(JlArray a) {
            long[] r = new long[a.length];
            System.arraycopy((long[]) a.store, 0, r, 0, a.length);
            return new JlArray(a.elementType, r, a.length, a.dims.clone());
        }

        @Specialization(guards = "a.hasStore(F64)")
        Object copyDouble(JlArray a) {
            double[] r = new double[a.length];
            System.arraycopy((double[]) a.store, 0, r, 0, a.length);
            return new JlArray(a.elementType, r, a.length, a.dims.clone());
        }

        @Specialization(guards = "a.hasObjectStore()")
        Object copyObjects(JlArray a) {
            Object[] r = new Object[a.length];
            System.arraycopy((Object[]) a.store, 0, r, 0, a.length);
            return new JlArray(a.elementType, r, a.length, a.dims.clone());
        }

        @Specialization(replaces = {"copyLong", "copyDouble", "copyObjects"})
        @TruffleBoundary
        Object copy(JlArray a) {
            return new JlArray(a.elementType, ArrayBuiltins.storeCopy(a.store, 0, a.length), a.length, a.dims.clone());
        }
    }

    /** {@code fill!(a, v)} of an Array: a compiled loop for Int64 and Float64 elements (zeros, ones, fill). */
    @ImportStatic(Num.class)
    public abstract static class ArrayFill extends Builtin2 {
        @Specialization(guards = "a.hasStore(I64)")
        Object fillLong(JlArray a, long v) {
            long[] s = (long[]) a.store;
            for (int i = 0; i < a.length; i++) {
                s[i] = v;
            }
            return a;
        }

        @Specialization(guards = "a.hasStore(F64)")
        Object fillDouble(JlArray a, double v) {
            double[] s = (double[]) a.store;
            for (int i = 0; i < a.length; i++) {
                s[i] = v;
            }
            return a;
        }

        @Specialization(replaces = {"fillLong", "fillDouble"})
        Object fill(JlArray a, Object v) {
            return ArrayBuiltins.fill(a, v, this);
        }
    }

    /** {@code setindex!(a, v, i)}: stores v (converted to the element type) and returns a. */
    @ImportStatic({Num.class, ConvertNode.class})
    public abstract static class ArraySet extends Builtin3 implements Inference.Model {
        /** The collection itself, as Julia's. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return args[0];
        }

        @Specialization(guards = "a.hasStore(I64)")
        Object setLong(JlArray a, long v, long i) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(F64)")
        Object setDouble(JlArray a, double v, long i) {
            ((double[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(BOOL)")
        Object setBool(JlArray a, boolean v, long i) {
            ((boolean[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(U8)")
        Object setUInt8(JlArray a, UInt8 v, long i) {
            ((byte[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "a.hasStore(I8)")
        Object setInt8(JlArray a, byte v, long i) {
            ((byte[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(I32)")
        Object setInt32(JlArray a, int v, long i) {
            ((int[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(U32)")
        Object setUInt32(JlArray a, UInt32 v, long i) {
            ((int[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "a.hasStore(F32)")
        Object setFloat32(JlArray a, float v, long i) {
            ((float[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(I16)")
        Object setInt16(JlArray a, short v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(U16)")
        Object setUInt16(JlArray a, UInt16 v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "a.hasStore(F16)")
        Object setFloat16(JlArray a, Float16 v, long i) {
            ((short[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(guards = "a.hasStore(U64)")
        Object setUInt64(JlArray a, UInt64 v, long i) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v.bits;
            return a;
        }

        @Specialization(replaces = {"setLong", "setDouble", "setBool", "setUInt8", "setInt8", "setInt32", "setUInt32", "setFloat32",
                        "setInt16", "setUInt16", "setFloat16", "setUInt64"})
        Object set(JlArray a, Object v, long i,
                        @Cached("createElementConverter()") ConvertNode convert) {
            int idx = checkIndex(a, i, a.length, this);
            a.set(idx, convert.execute(a.elementType, v));
            return a;
        }

    }

    /**
     * {@code push!(v, x)}: stores in place while the store has room; only growing it (doubling)
     * is a slow call. Int64, Float64 and {@code Vector{Any}} stores (what {@code collect} fills)
     * take no conversion; anything else converts as {@code setindex!} does.
     */
    @ImportStatic({Num.class, ConvertNode.class})
    public abstract static class Push extends Builtin2 implements Inference.Model {
        /** The collection itself, as Julia's. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return args[0];
        }

        @Specialization(guards = "a.hasStore(I64)")
        Object pushLong(JlArray a, long v) {
            int i = a.length < ((long[]) a.store).length ? claim(a) : a.growByOne();
            ((long[]) a.store)[i] = v;
            return a;
        }

        @Specialization(guards = "a.hasStore(F64)")
        Object pushDouble(JlArray a, double v) {
            int i = a.length < ((double[]) a.store).length ? claim(a) : a.growByOne();
            ((double[]) a.store)[i] = v;
            return a;
        }

        @Specialization(guards = {"a.hasObjectStore()", "isAny(a)"})
        Object pushAny(JlArray a, Object v) {
            int i = a.length < ((Object[]) a.store).length ? claim(a) : a.growByOne();
            ((Object[]) a.store)[i] = v;
            return a;
        }

        @Specialization(replaces = {"pushLong", "pushDouble", "pushAny"})
        Object push(JlArray a, Object v,
                        @Cached("createElementConverter()") ConvertNode convert) {
            Object converted = convert.execute(a.elementType, v);
            // in place while there is room (growing is the call): a Vector{SubString{String}},
            // of any struct, of UInt8 or Float32 paid a boundary per element (20 ns)
            int i = a.length < storeCapacity(a.store) ? claim(a) : a.growByOne();
            a.set(i, converted);
            return a;
        }

        /** The length of a store of any kind, without reflection (a compiled class test each). */
        private static int storeCapacity(Object s) {
            if (s instanceof Object[] o) {
                return o.length;
            } else if (s instanceof byte[] b) {
                return b.length;
            } else if (s instanceof int[] b) {
                return b.length;
            } else if (s instanceof long[] b) {
                return b.length;
            } else if (s instanceof double[] b) {
                return b.length;
            } else if (s instanceof float[] b) {
                return b.length;
            } else if (s instanceof short[] b) {
                return b.length;
            } else if (s instanceof boolean[] b) {
                return b.length;
            }
            return -1;   // (another kind: grown behind the boundary, which knows it)
        }

        static boolean isAny(JlArray a) {
            return a.elementType == org.trufflejl.runtime.types.Types.Any;
        }

        /** The next slot of a vector with room for it. */
        private static int claim(JlArray a) {
            int i = a.length;
            a.length = i + 1;
            a.dims[0] = i + 1;
            return i;
        }
    }

    // ---- strings: an ASCII byte is its own character, decided without a call; anything else
    // (multi-byte characters, bad indices and their errors) decodes in a slow call. Text loops
    // (findnext, split, for c in s) took 10-20 ns a character in each of these.

    /** {@code s[i]} for a String and a byte index. */
    public abstract static class StringGet extends Builtin2 {
        @Specialization
        Object get(JlString s, long i) {
            byte[] b = s.bytes();
            // the Char is made on one path for both cases, so that compiled code can keep it
            // virtual (a Char from the fast path meeting the slow call's result was allocated)
            int c = i >= 1 && i <= b.length && b[(int) i - 1] >= 0 ? b[(int) i - 1] : decode(s, i);
            return new JlChar(c);
        }

        @TruffleBoundary
        private int decode(JlString s, long i) {
            if (i < 1 || i > s.byteLength()) {
                throw Errors.boundsError(s, i, this);
            }
            if (!s.isCharStart((int) i - 1)) {
                throw new JlException(JlStructObject.of(Types.StringIndexError, s, i), this);
            }
            return s.codePointAt((int) i - 1);
        }
    }

    /** {@code iterate(s, i)} for a String: (the character at byte i, the next index) or nothing. */
    public abstract static class StringIterate extends Builtin2 {
        @Specialization
        Object iterate(JlString s, long i) {
            byte[] b = s.bytes();
            if (i > b.length) {
                return JlNothing.INSTANCE;
            }
            int c;
            long next;
            if (i >= 1 && b[(int) i - 1] >= 0) {
                c = b[(int) i - 1];
                next = i + 1;
            } else {
                // (the tuple is made on one path, as in StringGet)
                long packed = decode(s, (int) i - 1);
                c = (int) (packed >>> 32);
                next = (packed & 0xffffffffL) + 1;
            }
            return new JlTuple(new JlChar(c), next);
        }

        /** The code point (or malformed bits) at byte k, shifted up 32, and the index after it. */
        @TruffleBoundary
        private static long decode(JlString s, int k) {
            return ((long) s.codePointAt(k) << 32) | s.nextIndex(k);
        }
    }

    /** {@code prevind(s, i)}: the index of the character before byte i (an ASCII byte before it is one). */
    public abstract static class PrevInd extends Builtin2 {
        @Specialization
        Object prev(JlString s, long i) {
            byte[] b = s.bytes();
            return i >= 2 && i <= b.length + 1 && b[(int) i - 2] >= 0 ? i - 1 : scan(s, i);
        }

        @TruffleBoundary
        private long scan(JlString s, long i) {
            if (i < 1 || i > s.byteLength() + 1) {
                throw Errors.boundsError(s, i, this);
            }
            int k = (int) i - 2;
            while (k > 0 && !s.isCharStart(k)) {
                k--;
            }
            return (long) k + 1;
        }
    }

    /**
     * {@code _bytes_equal(s, i, t, j, n)}: whether the n bytes of String s from byte i are those
     * of t from byte j (false when a range leaves its string). What startswith, endswith and
     * comparing a SubString do without copying it.
     */
    public static final class BytesEqual extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] p) {
            byte[] s = ((JlString) p[0]).bytes();
            long i = (Long) p[1] - 1;
            byte[] t = ((JlString) p[2]).bytes();
            long j = (Long) p[3] - 1;
            long n = (Long) p[4];
            if (n < 0 || i < 0 || j < 0 || i + n > s.length || j + n > t.length) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (s[(int) i + k] != t[(int) j + k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@code _hash_substring(s, h)}: hash of a SubString{String}'s bytes where they are (its
     * fields read here: passed from Julia code, an offset above 127 was a Long box per hash).
     */
    public static final class HashSubstring extends Builtin2 {
        @Override
        public Object execute(Object sub, Object h) {
            JlStructObject s = (JlStructObject) sub;
            return new UInt64(Hashing.hashString(SubStrings.parent(s).bytes(), (int) SubStrings.offset(s), (int) SubStrings.ncodeunits(s), ((UInt64) h).bits));
        }
    }

    /**
     * {@code _length_substring(s)}: the number of characters of a SubString{String}, counted in
     * its parent's bytes (Base made a String of it first: an allocation and a copy per call).
     */
    public static final class SubstringLength extends Builtin1 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Types.Int64;
        }

        @Override
        public Object execute(Object sub) {
            JlStructObject s = (JlStructObject) sub;
            byte[] b = SubStrings.parent(s).bytes();
            int from = (int) SubStrings.offset(s);
            int end = from + (int) SubStrings.ncodeunits(s);
            return asciiEnd(b, from, end) == end ? (long) (end - from) : nonAsciiLength(b, from, end);
        }

        @TruffleBoundary
        private static long nonAsciiLength(byte[] b, int from, int end) {
            return new JlString(java.util.Arrays.copyOfRange(b, from, end)).length();
        }
    }

    /** {@code _repeat_string(s, r)}: {@code s} repeated {@code r >= 0} times, copied as bytes (Base printed it r times into an IOBuffer). */
    public static final class RepeatString extends Builtin2 {
        @Override
        public Object execute(Object str, Object times) {
            byte[] s = ((JlString) str).bytes();
            long r = (Long) times;
            // (compared by division: the product of a length and a huge r overflows)
            if (s.length != 0 && r > (Integer.MAX_VALUE - 8) / s.length) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.outOfMemory(this);
            }
            return new JlString(repeat(s, (int) (s.length * r)));
        }

        @TruffleBoundary
        private static byte[] repeat(byte[] s, int total) {
            byte[] out = new byte[total];
            if (s.length == 1) {
                java.util.Arrays.fill(out, s[0]);
                return out;
            }
            // doubling copies: log2(r) arraycopy calls instead of r
            int filled = Math.min(s.length, total);
            System.arraycopy(s, 0, out, 0, filled);
            while (filled < total) {
                int n = Math.min(filled, total - filled);
                System.arraycopy(out, 0, out, filled, n);
                filled += n;
            }
            return out;
        }
    }

    /** The index of the first non-ASCII byte of {@code b[from:end)}, or {@code end}: where counting characters needs decoding. */
    static int asciiEnd(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] >= 0) {
            i++;
        }
        return i;
    }

    /** {@code length(s)}: the number of characters; an ASCII string's is its byte count, found without a call. */
    public static final class StringLength extends Builtin1 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Types.Int64;
        }

        @Override
        public Object execute(Object a) {
            JlString s = (JlString) a;
            byte[] b = s.bytes();
            return asciiEnd(b, 0, b.length) == b.length ? (long) b.length : s.length();
        }
    }

    /** {@code nextind(s, i)}: the index of the character after the one at (or containing) byte i. */
    public abstract static class NextInd extends Builtin2 {
        @Specialization
        Object next(JlString s, long i) {
            byte[] b = s.bytes();
            // (one result for both paths: a boxed index from the fast path meeting the slow
            // call's Object was allocated, 24 bytes a character in a text loop)
            return i >= 1 && i < b.length && (b[(int) i] & 0xC0) != 0x80 ? i + 1 : scan(s, i);
        }

        @TruffleBoundary
        private long scan(JlString s, long i) {
            if (i < 0 || i > s.byteLength()) {
                throw Errors.boundsError(s, i, this);
            }
            if (i == 0) {
                return 1;
            }
            int k = (int) i;
            while (k < s.byteLength() && !s.isCharStart(k)) {
                k++;
            }
            return (long) k + 1;
        }
    }

    /**
     * {@code _store_exact!(a, i, v)}: stores v at index i when its type is exactly the element
     * type (no conversion) and says whether it did; how collect fills an array it typed by its
     * first element.
     */
    @ImportStatic(Num.class)
    public abstract static class StoreExact extends Builtin3 implements Inference.Model {
        /** True for an Any array or a value of exactly the element type, false for one of another concrete type. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            JlType e = Inference.arrayElementType(args[0]);
            JlType v = Inference.widen(args[2]);
            if (e == Types.Any || e != null && v.isConcrete() && v.equals(e)) {
                return Inference.constant(Boolean.TRUE);
            } else if (e != null && v.isConcrete()) {
                return Inference.constant(Boolean.FALSE);
            }
            return Types.Bool;
        }

        @Specialization(guards = "a.hasStore(I64)")
        boolean storeLong(JlArray a, long i, long v) {
            ((long[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return true;
        }

        @Specialization(guards = "a.hasStore(F64)")
        boolean storeDouble(JlArray a, long i, double v) {
            ((double[]) a.store)[checkIndex(a, i, a.length, this)] = v;
            return true;
        }

        /**
         * A tuple is of the element type when its shape is the one seen with that type (its type
         * through {@link Types#typeOf} is a boundary and an interning lookup: collecting
         * {@code [(x, x) for x in v]} took 60-180 ns an element).
         */
        @Specialization(guards = {"a.elementType == elementType", "shape.matches(t)"}, limit = "3")
        boolean storeTuple(JlArray a, long i, org.trufflejl.runtime.JlTuple t,
                        @Cached("a.elementType") JlType elementType,
                        @Cached("new(t)") org.trufflejl.nodes.TupleShape shape,
                        @Cached("isOfType(t, elementType)") boolean exact) {
            int k = checkIndex(a, i, a.length, this);
            if (!exact) {
                return false;
            }
            a.set(k, t);
            return true;
        }

        @TruffleBoundary
        static boolean isOfType(Object v, JlType t) {
            return t == Types.Any || Types.typeOf(v) == t;
        }

        @Specialization(replaces = {"storeLong", "storeDouble"})
        boolean store(JlArray a, long i, Object v) {
            int k = checkIndex(a, i, a.length, this);
            if (a.elementType != Types.Any && Types.typeOf(v) != a.elementType) {
                return false;
            }
            a.set(k, v);
            return true;
        }
    }

    /** A Dict's probe for an Int64, String, Symbol or Char key, compiled into the caller (DictTable). */
    public static final class DictKeyIndex extends Builtin2 {
        @Override
        public Object execute(Object d, Object key) {
            return org.trufflejl.runtime.DictTable.keyIndex((JlStructObject) d, key);
        }
    }

    /** {@code _dict_keyindex_bytes(d, s, offset, n)}: a Dict{String} probed for a SubString's bytes, not copied. */
    public static final class DictKeyIndexBytes extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] p) {
            return org.trufflejl.runtime.DictTable.keyIndexOfBytes((JlStructObject) p[0], (JlString) p[1], (int) (long) (Long) p[2], (int) (long) (Long) p[3]);
        }
    }

    /**
     * {@code _dict_keyindex_sub(d, s)} and {@code _dict_keyindex2_sub!(d, s)}: a Dict{String} or
     * Dict{SubString{String}} probed for a SubString's bytes (its fields read here: passed from
     * Julia code, an offset above 127 was a Long box per lookup).
     */
    public static final class DictKeyIndexSubstring extends Builtin2 {
        private final boolean forInsert;

        public DictKeyIndexSubstring(boolean forInsert) {
            this.forInsert = forInsert;
        }

        @Override
        public Object execute(Object d, Object sub) {
            JlStructObject dict = (JlStructObject) d;
            JlStructObject s = (JlStructObject) sub;
            return forInsert ? org.trufflejl.runtime.DictTable.keyIndex2OfSubstring(dict, s) : org.trufflejl.runtime.DictTable.keyIndexOfSubstring(dict, s);
        }
    }

    public static final class DictKeyIndex2 extends Builtin2 {
        @Override
        public Object execute(Object d, Object key) {
            return org.trufflejl.runtime.DictTable.keyIndex2((JlStructObject) d, key);
        }
    }

    /** {@code d[key] = value} for such a Dict, compiled into the caller (growing it stays a call). */
    public static final class DictSet extends Builtin3 {
        /** Whether the site has stored keys (values) that are not unboxed Int64s or Float64s. */
        @CompilationFinal private boolean anyKey;
        @CompilationFinal private boolean anyValue;

        @Override
        public Object execute(Object d, Object key, Object value) {
            JlStructObject dict = (JlStructObject) d;
            if (!anyKey && !org.trufflejl.runtime.DictTable.keyArray(dict).storesUnboxed(key)) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                anyKey = true;
            }
            if (!anyValue && !org.trufflejl.runtime.DictTable.valueArray(dict).storesUnboxed(value)) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                anyValue = true;
            }
            org.trufflejl.runtime.DictTable.set(dict, key, value, anyKey, anyValue);
            return d;
        }
    }

    /**
     * {@code isless(x, y)} of two Float64s or two Float32s: {@code Double.compare} orders as Julia's
     * isless does (-0.0 before 0.0, every NaN after everything and equal to each other), so sorting
     * floats needs no where-parametric method (4 ns a comparison, most of a sort's time).
     */
    public static final class FloatIsLess extends Builtin2 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Types.Bool;
        }

        @Override
        public Object execute(Object a, Object b) {
            if (a instanceof Double x) {
                return Double.compare(x, (Double) b) < 0;
            }
            return Float.compare((Float) a, (Float) b) < 0;
        }
    }

    /** {@code Char(i)} of a code point {@code 0 <= i < 0x200000} (Base's {@code Char} checks the range). */
    public static final class CharOfCode extends Builtin1 implements org.trufflejl.nodes.Inference.Model {
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            return org.trufflejl.runtime.types.Types.Char;
        }

        @Override
        public Object execute(Object a) {
            return new JlChar((int) (long) (Long) a);
        }
    }

    /** {@code Int64(c)}: the code point; a malformed Char's bits (at least 0x80000000: Base's codepoint rejects them). */
    public static final class CodeOfChar extends Builtin1 {
        @Override
        public Object execute(Object a) {
            return ((JlChar) a).codePoint & 0xffffffffL;
        }
    }

    /** {@code isdigit}, {@code isspace}... (the order of ArrayBuiltins' list): ASCII answered here. */
    public static final class CharPredicate extends Builtin1 {
        private final int op;

        public CharPredicate(int op) {
            this.op = op;
        }

        @Override
        public Object execute(Object a) {
            int c = ((JlChar) a).codePoint;
            if (c >= 0 && c < 0x80) {
                switch (op) {
                    case 0:
                        return c >= '0' && c <= '9';
                    case 1:
                        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                    case 2:
                        return c == ' ' || c >= 9 && c <= 13;
                    case 3:
                        return c >= 'A' && c <= 'Z';
                    case 4:
                        return c >= 'a' && c <= 'z';
                    case 5:
                        return true;
                    default:
                        break;
                }
            }
            return slow(op, c);
        }

        @TruffleBoundary
        private static boolean slow(int op, int c) {
            return ArrayBuiltins.charPredicate(op, c);
        }
    }

    /**
     * {@code size(A)} of an Array: a tuple made element by element for the rank this site has
     * seen, so compiled code keeps it virtual (as a boundary call, 8 ns a call in a matrix loop's
     * bounds).
     */
    public static final class ArraySize extends Builtin1 implements Inference.Model {
        /** A tuple of as many Int64s as the array type has dimensions. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            Long n = Inference.arrayRank(args[0]);
            if (n == null) {
                return Inference.ANY;
            }
            Object[] ints = new Object[n.intValue()];
            java.util.Arrays.fill(ints, Types.Int64);
            return Types.TupleFamily.instantiate(ints);
        }

        private static final int UNSEEN = -1;
        private static final int VARIES = -2;
        @CompilationFinal private int rank = UNSEEN;

        @Override
        public Object execute(Object a) {
            int[] dims = ((JlArray) a).dims;
            int r = rank;
            if (r == dims.length) {
                return tuple(dims, r);
            }
            if (r != VARIES) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                rank = r == UNSEEN ? dims.length : VARIES;
            }
            return ArrayBuiltins.dimsTuple(dims);
        }

        @ExplodeLoop
        private static JlTuple tuple(int[] dims, int r) {
            Object[] t = new Object[r];
            for (int i = 0; i < r; i++) {
                t[i] = (long) dims[i];
            }
            return new JlTuple(t);
        }
    }

    /** {@code size(A, k)} of an Array (1 past its rank). */
    public static final class ArraySizeOf extends Builtin2 {
        @Override
        public Object execute(Object a, Object k) {
            int[] dims = ((JlArray) a).dims;
            long d = (Long) k;
            if (d < 1) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.error("arraysize: dimension out of range", this);   // (Julia's arraysize)
            }
            return d > dims.length ? 1L : (long) dims[(int) d - 1];
        }
    }

    /**
     * {@code _new_array(T, dims)}: an array of element type T (the one this site has always made,
     * so its store's kind is a constant) and the given dimensions (a boundary call was 50 ns of
     * every small array Base makes).
     */
    public static final class NewArray extends Builtin2 implements Inference.Model {
        /** An array of the given element type, with as many dimensions as the tuple has elements. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args[0] instanceof Inference.Const t && t.value() instanceof JlType type &&
                            Inference.widen(args[1]) instanceof DataType d && d.family == Types.TupleFamily && d.isConcrete()) {
                return type.arrayType(d.parameters.length);
            }
            return Inference.ANY;
        }

        @CompilationFinal private JlType elementType;
        @CompilationFinal private int kind;
        @CompilationFinal private boolean varies;

        @Override
        public Object execute(Object t, Object dims) {
            JlType type = (JlType) t;
            int k;
            if (type == elementType) {
                k = kind;
            } else {
                if (!varies) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    varies = elementType != null;
                    if (!varies) {
                        kind = org.trufflejl.runtime.num.Num.kindOf(type);
                        elementType = type;
                    }
                }
                k = kindOf(type);
            }
            Object[] e = ((JlTuple) dims).elements;
            int[] d;
            if (e.length == rank) {
                d = dimsOfRank(e);
            } else {
                if (rank != VARIES) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    rank = rank == UNSEEN ? e.length : VARIES;
                }
                d = ArrayBuiltins.dimsOf(dims, this);
            }
            int len = ArrayBuiltins.product(d);
            return new JlArray(type, JlArray.newStoreOfKind(k, len), len, d);
        }

        private static final int UNSEEN = -1;
        private static final int VARIES = -2;
        /** The number of dimensions the site makes: read element by element (a loop over the tuple made it a real allocation). */
        @CompilationFinal private int rank = UNSEEN;

        @ExplodeLoop
        private int[] dimsOfRank(Object[] e) {
            int[] d = new int[rank];
            long total = 1;
            for (int i = 0; i < rank; i++) {
                d[i] = ArrayOps.arrayLength(e[i], this);
                total *= d[i];
                if (total > Integer.MAX_VALUE - 8) {
                    CompilerDirectives.transferToInterpreter();
                    throw Errors.outOfMemory(this);
                }
            }
            return d;
        }

        @TruffleBoundary
        private static int kindOf(JlType type) {
            return org.trufflejl.runtime.num.Num.kindOf(type);
        }
    }

    /**
     * {@code [a, b, c]}: a site that has made a vector of elements of one type, each of a class
     * that decides it or a struct, makes the next one (of as many elements) in compiled code
     * (the promotion of the element types behind a boundary cost 140 ns and 1.2 KB for
     * {@code [k, 2, 3]}); other literals take that general way.
     */
    public static final class Vect extends BuiltinNode.BuiltinN implements Inference.Model {
        /** {@code [a, b, c]} of elements of one concrete type is a vector of it. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (args.length == 0) {
                return Types.arrayOf(Types.Any, 1);
            }
            JlType t = Inference.widen(args[0]);
            for (Object a : args) {
                if (!Inference.widen(a).equals(t)) {
                    return Inference.ANY;
                }
            }
            return Inference.dispatchesAsItself(t) ? Types.arrayOf(t, 1) : Inference.ANY;
        }

        @CompilationFinal private Class<?> elementClass;
        @CompilationFinal private JlType elementType;
        @CompilationFinal private int kind;
        @CompilationFinal private int length;
        @CompilationFinal private boolean generic;

        @Override
        public Object execute(Object[] p) {
            Class<?> c = elementClass;
            if (c != null && p.length == length && allOfType(p, c)) {
                JlArray a = JlArray.vector(elementType, JlArray.newStoreOfKind(kind, length), length);
                fill(a, p);
                return a;
            }
            if (!generic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                learn(p);
            }
            return promoted(p, this);
        }

        private void learn(Object[] p) {
            JlType t = p.length == 0 ? null : Types.typeOf(p[0]);
            Class<?> c = p.length == 0 ? null : p[0].getClass();
            boolean uniform = c != null && (Types.classDecidesType(c) || p[0] instanceof JlStructObject);
            for (int i = 1; uniform && i < p.length; i++) {
                uniform = p[i].getClass() == c && Types.typeOf(p[i]) == t;
            }
            if (uniform && elementClass == null) {
                elementType = t;
                kind = org.trufflejl.runtime.num.Num.kindOf(t);
                length = p.length;
                elementClass = c;
            } else {
                elementClass = null;
                generic = true;
            }
        }

        @ExplodeLoop
        private boolean allOfType(Object[] p, Class<?> c) {
            boolean decides = Types.classDecidesType(c);
            for (int i = 0; i < length; i++) {
                if (p[i].getClass() != c || !decides && Types.typeOf(CompilerDirectives.castExact(p[i], c)) != elementType) {
                    return false;
                }
            }
            return true;
        }

        @ExplodeLoop
        private void fill(JlArray a, Object[] p) {
            for (int i = 0; i < length; i++) {
                a.set(i, p[i]);
            }
        }

        @TruffleBoundary
        static JlArray promoted(Object[] p, com.oracle.truffle.api.nodes.Node node) {
            JlType t = Promotion.literalElementType(p, node);
            return ArrayOps.vectorOf(t, Promotion.convertAll(t, p, node));
        }
    }

    /**
     * {@code T[a, b, c]} (and {@code T[]}): the vector made in compiled code for the type and
     * the number of elements the site has seen, each element converted by a learning
     * {@link ConvertNode} (53 ns for {@code Int[]} through a boundary before).
     */
    public static final class TypedVect extends BuiltinNode.BuiltinN {
        @CompilationFinal private JlType elementType;
        @CompilationFinal private int kind;
        @CompilationFinal private int length;
        @CompilationFinal private boolean generic;
        @Children private ConvertNode[] converts;

        @Override
        public Object execute(Object[] p) {
            ConvertNode[] cs = converts;
            if (cs != null && p[0] == elementType && p.length - 1 == length) {
                JlArray a = JlArray.vector(elementType, JlArray.newStoreOfKind(kind, length), length);
                fill(a, cs, p);
                return a;
            }
            if (!generic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if (cs == null) {
                    ConvertNode[] fresh = new ConvertNode[p.length - 1];
                    for (int i = 0; i < fresh.length; i++) {
                        fresh[i] = ConvertNode.createElementConverter();
                    }
                    converts = insert(fresh);
                    JlType t = (JlType) p[0];
                    kind = org.trufflejl.runtime.num.Num.kindOf(t);
                    length = fresh.length;
                    elementType = t;
                    return execute(p);
                }
                generic = true;
            }
            return converted(p, this);
        }

        @ExplodeLoop
        private void fill(JlArray a, ConvertNode[] cs, Object[] p) {
            for (int i = 0; i < length; i++) {
                a.set(i, cs[i].execute(elementType, p[i + 1]));
            }
        }

        @TruffleBoundary
        static JlArray converted(Object[] p, com.oracle.truffle.api.nodes.Node node) {
            JlType t = (JlType) p[0];
            Object[] vals = java.util.Arrays.copyOfRange(p, 1, p.length);
            for (int i = 0; i < vals.length; i++) {
                vals[i] = t == Types.Any || Types.isa(vals[i], t) ? vals[i] : ArrayOps.convertSlow(t, vals[i], node);
            }
            return ArrayOps.vectorOf(t, vals);
        }
    }

    /** {@code ndims(A)} of an Array. */
    public static final class ArrayRank extends Builtin1 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            Long n = Inference.arrayRank(args[0]);
            return n == null ? Types.Int64 : Inference.constant(n);
        }

        @Override
        public Object execute(Object a) {
            return (long) ((JlArray) a).dims.length;
        }
    }

    /** {@code ncodeunits(s)} and {@code sizeof(s)} of a String. */
    public static final class StringCodeUnits extends Builtin1 {
        @Override
        public Object execute(Object s) {
            return (long) ((JlString) s).byteLength();
        }
    }

    /** {@code isvalid(s, i)}: whether byte i of a String starts a character (an ASCII byte does: no call). */
    public static final class StringIsValidIndex extends Builtin2 {
        @Override
        public Object execute(Object s, Object i) {
            JlString str = (JlString) s;
            long k = (Long) i;
            if (k < 1 || k > str.byteLength()) {
                return false;
            }
            return str.bytes()[(int) k - 1] >= 0 || startsCharacter(str, (int) k - 1);
        }

        @TruffleBoundary
        private static boolean startsCharacter(JlString s, int i) {
            return s.isCharStart(i);
        }
    }

    /** {@code codeunit(s, i)}: the i-th byte of a String (a BoundsError outside it). */
    public static final class StringCodeUnit extends Builtin2 {
        @Override
        public Object execute(Object s, Object i) {
            byte[] bytes = ((JlString) s).bytes();
            long k = (Long) i;
            if (k < 1 || k > bytes.length) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.boundsError(s, k, this);
            }
            return new UInt8(bytes[(int) k - 1]);
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

    public abstract static class TupleGet extends Builtin2 implements Inference.Model {
        /** The element at a known index, else any of the elements. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            if (!(Inference.widen(args[0]) instanceof DataType d) || !d.isConcrete()) {
                return Inference.ANY;
            }
            if (args[1] instanceof Inference.Const c && c.value() instanceof Long k) {
                return k >= 1 && k <= d.parameters.length && d.parameters[(int) (k - 1)] instanceof JlType t ? t : Inference.BOTTOM;
            }
            Object r = Inference.BOTTOM;
            for (Object p : d.parameters) {
                r = Inference.join(r, p instanceof JlType t ? t : Inference.ANY);
            }
            return r;
        }

        @Specialization
        Object get(JlTuple t, long i) {
            return t.elements[checkIndex(t, i, t.elements.length, this)];
        }
    }

    public abstract static class RangeGet extends Builtin2 {
        @Specialization
        long get(JlUnitRange r, long i) {
            checkRangeIndex(r, i, r.length());
            return r.start + i - 1;
        }

        @Specialization
        long get(JlStepRange r, long i) {
            checkRangeIndex(r, i, r.length());
            return r.start + (i - 1) * r.step;
        }

        /** (a range may have more than 2^31 elements: 1:3*10^9) */
        private void checkRangeIndex(Object r, long i, long length) {
            if (Long.compareUnsigned(i - 1, length) >= 0) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.boundsError(r, i, this);
            }
        }
    }

    public abstract static class MakeRange extends Builtin2 {
        @Specialization
        JlUnitRange range(long a, long b) {
            return new JlUnitRange(a, b);
        }
    }

    /** 64 bits from the current thread's generator (Julia's task-local RNG). */
    public abstract static class RandomBits extends BuiltinNode.Builtin0 {
        @Specialization
        long bits() {
            return org.trufflejl.JlLanguage.threadRandom(this).next();
        }
    }

    /** The high word of the 128-bit product of two UInt64s (random range sampling, Lemire's method). */
    public abstract static class UnsignedMultiplyHigh extends Builtin2 {
        @Specialization
        org.trufflejl.runtime.num.UInt64 mulHigh(org.trufflejl.runtime.num.UInt64 a, org.trufflejl.runtime.num.UInt64 b) {
            return new org.trufflejl.runtime.num.UInt64(Math.unsignedMultiplyHigh(a.bits, b.bits));
        }
    }

    /**
     * The low 64 bits of a value of a declared primitive type, least significant byte first:
     * how Base's enums.jl reads an enum value's integer without going through {@code _bitcast}.
     */
    public abstract static class PrimitiveBits extends Builtin1 {
        @Specialization
        long bits(org.trufflejl.runtime.JlPrimitiveValue p) {
            return p.word(0);
        }
    }

    /** {@code Base.OneTo(n)} for an Int64 {@code n}. */
    public abstract static class MakeOneTo extends Builtin1 {
        @Specialization
        org.trufflejl.runtime.JlOneTo oneTo(long n) {
            return new org.trufflejl.runtime.JlOneTo(n);
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
    public abstract static class BitSet extends Builtin3 implements Inference.Model {
        /** The collection itself, as Julia's. */
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return args[0];
        }

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
        if (!inBounds(i, d0) || !inBounds(j, rest)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.boundsError(a, new JlTuple(i, j), node);
        }
        return (int) (i - 1) + dims[0] * (int) (j - 1);
    }

    /** The linear position of {@code a[i, j, k]}, dimensions past the third folded into it as Julia does. */
    static int checkIndex3(Object a, int[] dims, Object i, Object j, Object k, BuiltinNode node) {
        if (!(i instanceof Long ii) || !(j instanceof Long jj) || !(k instanceof Long kk)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.error("getindex: integer indices expected", node);
        }
        int d0 = dims.length >= 1 ? dims[0] : 1;
        int d1 = dims.length >= 2 ? dims[1] : 1;
        int rest = dims.length == 3 ? dims[2] : dims.length < 3 ? 1 : restOf3(dims);
        if (!inBounds(ii, d0) || !inBounds(jj, d1) || !inBounds(kk, rest)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.boundsError(a, new JlTuple(ii, jj, kk), node);
        }
        return (int) (ii - 1) + d0 * ((int) (jj - 1) + d1 * (int) (kk - 1));
    }

    static int restOf3(int[] dims) {
        int r = 1;
        for (int k = 2; k < dims.length; k++) {
            r *= dims[k];
        }
        return r;
    }

    /**
     * {@code getindex(a::Array, i::Int, j::Int, k::Int)}: through Base's generic
     * {@code getindex(a, I...)} a 3-d element cost 180 ns (a tuple of indices converted and
     * checked one by one).
     */
    public static final class ArrayGet3 extends BuiltinNode implements Inference.Model {
        @Child private ArrayElementNode element = ArrayElementNode.create();

        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Inference.arrayElement(args[0]);
        }

        @Override
        public Object call(Object[] frameArgs) {
            JlArray a = (JlArray) frameArgs[P];
            return element.execute(a, checkIndex3(a, a.dims, frameArgs[P + 1], frameArgs[P + 2], frameArgs[P + 3], this));
        }
    }

    /** {@code setindex!(a::Array, v, i::Int, j::Int, k::Int)}, as {@link ArraySet2}. */
    public static final class ArraySet3 extends BuiltinNode {
        @Child private ConvertNode convert = ConvertNode.createElementConverter();

        @Override
        public Object call(Object[] frameArgs) {
            JlArray a = (JlArray) frameArgs[P];
            int k = checkIndex3(a, a.dims, frameArgs[P + 2], frameArgs[P + 3], frameArgs[P + 4], this);
            Object v = frameArgs[P + 1];
            if (!a.setUnboxed(k, v)) {
                a.set(k, convert.execute(a.elementType, v));
            }
            return a;
        }
    }

    static int restOf(int[] dims) {
        int r = 1;
        for (int k = 1; k < dims.length; k++) {
            r *= dims[k];
        }
        return r;
    }

    /** {@code getindex(a::Matrix, i::Int, j::Int)}. */
    public abstract static class ArrayGet2 extends Builtin3 implements Inference.Model {
        @Override
        public Object inferResult(Inference in, Object callee, Object[] args) {
            return Inference.arrayElement(args[0]);
        }

        @Specialization
        Object get(JlArray a, long i, long j, @Cached ArrayElementNode element) {
            return element.execute(a, checkIndex2(a, a.dims, i, j, this));
        }
    }

    /** {@code _float_range_element(ref_hi, ref_lo, step_hi, step_lo, offset, i)}: see {@link FloatRange#element}. */
    public static final class FloatRangeElement extends BuiltinNode.BuiltinN {
        @Override
        public Object execute(Object[] p) {
            return FloatRange.element((Double) p[0], (Double) p[1], (Double) p[2], (Double) p[3], (Long) p[4], (Long) p[5]);
        }
    }

    /** {@code (:)(a::Float64, s::Float64, b::Float64)}: a TwicePrecision {@code StepRangeLen{Float64}}, see {@link FloatRange.Shape}. */
    public static final class MakeFloatRange extends Builtin3 {
        @CompilationFinal private FloatRange.Layout layout;
        /**
         * The one shape this site has made, or null (none yet, or several: {@link #varies}). Its
         * endpoints are usually literals: the range's fields are then constants in compiled code,
         * and a loop over it computes its elements from constants.
         */
        @CompilationFinal private FloatRange.Shape cached;
        @CompilationFinal private boolean varies;

        @Override
        public Object execute(Object a, Object s, Object b) {
            FloatRange.Layout l = layout;
            if (l == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                l = layout = FloatRange.Layout.resolve(JlContext.get(this));
            }
            double x = (Double) a;
            double step = (Double) s;
            double y = (Double) b;
            FloatRange.Shape c = cached;
            if (c != null && c.isOf(x, step, y)) {
                return l.make(c);
            }
            FloatRange.Shape shape = FloatRange.Shape.of(x, step, y, this);
            if (!varies) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                varies = c != null;
                cached = varies ? null : shape;
            }
            return l.make(shape);
        }
    }

    /**
     * Base's {@code _new_struct(T, fields...)} (SubString, ranges of small integers...): each
     * field checked against its declared type by a learning {@link ConvertNode}, for the one
     * struct type a site makes (120 ns through a boundary and subtype walks before).
     */
    public static final class NewStruct extends BuiltinNode.BuiltinN {
        @CompilationFinal private DataType cachedType;
        @Children private ConvertNode[] checks;
        /** Whether the site has made a second type: only then is the slow call compiled in (its
         * result meeting the fast path's struct would make that one a real allocation). */
        @CompilationFinal private boolean polymorphic;

        @Override
        public Object execute(Object[] p) {
            ConvertNode[] cs = checks;   // read first: a task on another thread may be setting both
            DataType cached = cachedType;
            if (cs != null && p[0] == cached && p.length - 1 == cs.length) {
                return JlStructObject.of(cached, checkedFields(cached, cs, p));   // the type a constant
            }
            DataType t = (DataType) p[0];
            if (p.length - 1 != t.fieldNames.length) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.error("new: wrong number of fields for " + t.show(), this);
            }
            if (cachedType == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                ConvertNode[] fresh = new ConvertNode[t.fieldNames.length];
                for (int i = 0; i < fresh.length; i++) {
                    fresh[i] = ConvertNode.createCheck("new");
                }
                checks = insert(fresh);
                JlStructObject.layoutOf(t); // before compiled code reads it as a constant
                cachedType = t;
                return JlStructObject.of(t, checkedFields(t, fresh, p));
            }
            if (!polymorphic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                polymorphic = true;
            }
            return newChecked(t, p, this);
        }

        @TruffleBoundary
        private static Object newChecked(DataType t, Object[] p, BuiltinNode node) {
            Object[] fields = java.util.Arrays.copyOfRange(p, 1, p.length);
            for (int i = 0; i < fields.length; i++) {
                if (!Types.isa(fields[i], t.fieldTypes[i])) {
                    throw Errors.typeError("new", "", t.fieldTypes[i], fields[i], node);
                }
            }
            return JlStructObject.of(t, fields);
        }

        @ExplodeLoop
        private static Object[] checkedFields(DataType t, ConvertNode[] cs, Object[] p) {
            Object[] fields = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                fields[i] = cs[i].execute(t.fieldTypes[i], p[i + 1]);
            }
            return fields;
        }
    }

    /** {@code setindex!(a::Matrix, v, i::Int, j::Int)}. */
    public static final class ArraySet2 extends BuiltinNode.BuiltinN {
        @Child private ConvertNode convert = ConvertNode.createElementConverter();

        @Override
        public Object execute(Object[] p) {
            JlArray a = (JlArray) p[0];
            if (!(p[2] instanceof Long i) || !(p[3] instanceof Long j)) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.error("setindex!: integer indices expected", this);
            }
            int k = checkIndex2(a, a.dims, i, j, this);
            Object v = p[1];
            if (!a.setUnboxed(k, v)) {
                a.set(k, convert.execute(a.elementType, v));
            }
            return a;
        }
    }

    /** Guards of the typed-store specialisations of array get/set. */
}
