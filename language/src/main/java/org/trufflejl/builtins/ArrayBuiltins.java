package org.trufflejl.builtins;

import java.util.Arrays;

import org.trufflejl.runtime.DictTable;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.Hashing;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlBitArray;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.Types;
import org.trufflejl.runtime.types.UnionAll;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Storage primitives for arrays, BitArrays and strings, and constructor forwarding. The
 * algorithms on top of them (indexing by ranges and masks, sorting, reductions, Dict, split…)
 * are TruffleJL code in stdlib/Base; these are the operations that need the Java stores.
 */
public final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static void install(Builtins b) {
        installConstructors(b);
        installArrays(b);
        installBits(b);
        installStrings(b);
    }

    // ---- constructors -------------------------------------------------------------------

    /**
     * Calls of {@code T(args...)} for a type of a forwarded family go to Julia's
     * {@code Base._construct(T, args...)}, where the constructors are ordinary methods
     * ({@code _construct(::Type{Vector{T}}, ::UndefInitializer, n::Int) where T}).
     */
    static final class ConstructForward extends BuiltinNode {
        /** Base's {@code _construct}, called through a dispatch cache (a lookup per call cost 250 ns a {@code Vector{Int}(undef, n)}). */
        @CompilationFinal private JlFunction construct;
        @Child private org.trufflejl.nodes.DispatchNode dispatch;

        @Override
        public Object call(Object[] frameArgs) {
            JlFunction f = construct;
            if (f == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                f = construct = (JlFunction) JlContext.get(this).base.resolve(Symbol.of("_construct")).value;
                dispatch = insert(org.trufflejl.nodes.DispatchNodeGen.create());
            }
            // _construct(T, args...): the called type becomes the first positional argument
            Object[] args = new Object[frameArgs.length + 1];
            args[0] = f;
            args[P] = frameArgs[0];
            System.arraycopy(frameArgs, P, args, P + 1, frameArgs.length - P);
            return dispatch.execute(f, args);
        }
    }

    static Method forwarder(Builtins b, String name) {
        return new Method(new JlType[0], Types.Any, null, null, new String[]{""}, "builtin", 0,
                        () -> new BuiltinRootNode(b.language(), name, new ConstructForward()));
    }

    /**
     * Instances of the built-in families whose constructor tables hold a forwarder. The types
     * are shared by all contexts, so each context's installation re-adds its own forwarder (a
     * method's call target belongs to one language instance).
     */
    /** Runs when builtins are installed, before any constructor of the family exists in the context. */
    static void forward(Builtins b, TypeFamily f) {
        f.setInstanceConstructor(t -> forwarder(b, t.show()));
        f.setPartialConstructor(() -> forwarder(b, f.name.name));
        f.wrapperConstructor().table.add(forwarder(b, f.name.name));
    }

    private static void installConstructors(Builtins b) {
        forward(b, Types.ArrayFamily);
        forward(b, Types.BitArrayFamily);
        Types.BitVectorT.constructor();
        // Julia-defined parametric structs (Dict, Set) opt in after their definition.
        b.slow("_forward_constructors", (a, n) -> {
            Object t = a[0];
            DataType d = t instanceof UnionAll u ? (DataType) u.unwrap() : (DataType) t;
            d.family.setInstanceConstructor(dt -> forwarder(b, dt.show()));
            d.family.setPartialConstructor(() -> forwarder(b, d.family.name.name));
            return JlNothing.INSTANCE;
        }, Types.Any);
        b.def("_type_name", () -> ArrayBuiltinsFactory.TypeQueryNodeGen.create(false), Builtins.sig(Types.Any));
        b.def("_type_parameters", () -> ArrayBuiltinsFactory.TypeQueryNodeGen.create(true), Builtins.sig(Types.Any));
        // eltype of a tuple type, as Julia's _compute_eltype: its element types (a Vararg counts as
        // its element type) combined with promote_typejoin, so Nothing and Missing stay in a Union
        b.pure("_tuple_eltype", (a, n) -> tupleEltype(a[0]), Types.Any);
        // new(T, fields...) for Julia code that builds a struct of a given instance type
        b.slowVar("_new_struct", (a, n) -> JlStructObject.of((DataType) a[0], Arrays.copyOfRange(a, 1, a.length)), Types.Any, Types.Any);
        // deepcopy's first step for a mutable struct: a new object with the same field values
        // (undefined ones stay undefined), registered before its fields are copied (cycles)
        b.slow("_shallow_struct_copy", (a, n) -> {
            JlStructObject s = (JlStructObject) a[0];
            Object[] values = new Object[s.fieldCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = s.getField(i);
            }
            return JlStructObject.of(s.type, values);
        }, Types.Any);
        // and its second: field i replaced by its copy, const fields too (the copy is being made)
        b.slow("_deepcopy_setfield!", (a, n) -> {
            ((JlStructObject) a[0]).setField((int) (long) (Long) a[1] - 1, a[2]);
            return a[2];
        }, Types.Any, Types.Int64, Types.Any);
    }

    /**
     * {@code _type_name(T)} and {@code _type_parameters(T)}, which {@code _construct} asks of the
     * type a constructor call names: a constant per call site, so compiled code gets constants
     * and everything {@code _construct} does with them folds (as boundary calls they left
     * {@code Dict{Int,Int}()} with run-time type arguments: 180 ns, 90 of them here).
     */
    abstract static class TypeQuery extends BuiltinNode.Builtin1 {
        /** Whether this is {@code _type_parameters} (else {@code _type_name}). */
        final boolean parameters;

        TypeQuery(boolean parameters) {
            this.parameters = parameters;
        }

        @Specialization(guards = "t == cachedType", limit = "3")
        static Object cached(@SuppressWarnings("unused") Object t, @Cached("t") @SuppressWarnings("unused") Object cachedType,
                        @Cached("answer(t)") Object answer) {
            return answer;
        }

        @Specialization(replaces = "cached")
        Object generic(Object t) {
            return answer(t);
        }

        /** The name, or the parameters (a tuple is immutable: one per type is shared by every call). */
        @TruffleBoundary
        Object answer(Object t) {
            DataType d = unwrapped(t);
            if (!parameters) {
                return d.family.name;
            }
            return new JlTuple(d.parameters == null ? new Object[0] : d.parameters.clone());
        }
    }

    /**
     * {@code _sort_primitive!(v)} of a Vector{Int64} or Vector{Float64}: a short one by insertion
     * in compiled code (a boundary call to Java's sort cost most of sorting ten numbers), a
     * longer one by Java's sort. Doubles compare as {@code Double.compare} (isless's order).
     */
    static final class SortPrimitive extends BuiltinNode.Builtin1 {
        private static final int SHORT = 16;

        @Override
        public Object execute(Object vector) {
            JlArray v = (JlArray) vector;
            int n = v.length;
            if (n <= SHORT) {
                if (v.store instanceof long[] l) {
                    for (int i = 1; i < n; i++) {
                        long x = l[i];
                        int j = i - 1;
                        while (j >= 0 && l[j] > x) {
                            l[j + 1] = l[j];
                            j--;
                        }
                        l[j + 1] = x;
                    }
                } else {
                    double[] d = (double[]) v.store;
                    for (int i = 1; i < n; i++) {
                        double x = d[i];
                        int j = i - 1;
                        while (j >= 0 && Double.compare(d[j], x) > 0) {
                            d[j + 1] = d[j];
                            j--;
                        }
                        d[j + 1] = x;
                    }
                }
            } else {
                javaSort(v);
            }
            return v;
        }

        @TruffleBoundary
        private static void javaSort(JlArray v) {
            if (v.store instanceof long[] l) {
                java.util.Arrays.sort(l, 0, v.length);
            } else {
                java.util.Arrays.sort((double[]) v.store, 0, v.length);
            }
        }
    }

    static DataType unwrapped(Object t) {
        Object x = t;
        while (x instanceof UnionAll u) {
            x = u.unwrap();
        }
        return (DataType) x;
    }

    // ---- arrays -------------------------------------------------------------------------

    /** fill!(x, v): v converted to the element type, stored in every element. */
    @TruffleBoundary
    static JlArray fill(JlArray x, Object value, Node n) {
        Object v = ArrayOps.convertElement(x, value, n);
        int len = x.length;
        if (len == 0) {
            return x;
        }
        // the first element stored as set stores it (unsigned and Float16 elements as their
        // bits), then copied into the rest: zeros(Bool, n) and fill(0x00, n) are one Arrays.fill
        x.set(0, v);
        switch (x.store) {
            case long[] l -> Arrays.fill(l, 1, len, l[0]);
            case double[] d -> Arrays.fill(d, 1, len, d[0]);
            case boolean[] b -> Arrays.fill(b, 1, len, b[0]);
            case byte[] b -> Arrays.fill(b, 1, len, b[0]);
            case short[] h -> Arrays.fill(h, 1, len, h[0]);
            case int[] m -> Arrays.fill(m, 1, len, m[0]);
            case float[] f -> Arrays.fill(f, 1, len, f[0]);
            case Object[] o -> Arrays.fill(o, 1, len, o[0]);
            default -> throw new IllegalStateException("array store " + x.store.getClass());
        }
        return x;
    }

    static int toInt(Object o) {
        return (int) (long) (Long) o;
    }

    static int[] dimsOf(Object tuple, Node n) {
        Object[] e = ((JlTuple) tuple).elements;
        int[] d = new int[e.length];
        long total = 1;
        for (int i = 0; i < e.length; i++) {
            d[i] = ArrayOps.arrayLength(e[i], n);
            total *= d[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw Errors.outOfMemory(n);
            }
        }
        return d;
    }

    static int product(int[] d) {
        long p = 1;
        for (int x : d) {
            p *= x;
        }
        return (int) p;
    }

    static String dimsString(int[] d) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < d.length; i++) {
            sb.append(i > 0 ? ", " : "").append(d[i]);
        }
        return sb.append(d.length == 1 ? ",)" : ")").toString();
    }

    static JlTuple dimsTuple(int[] d) {
        Object[] t = new Object[d.length];
        for (int i = 0; i < d.length; i++) {
            t[i] = (long) d[i];
        }
        return new JlTuple(t);
    }

    static Object storeCopy(Object s, int from, int to) {
        if (s instanceof long[] l) {
            return Arrays.copyOfRange(l, from, to);
        } else if (s instanceof double[] d) {
            return Arrays.copyOfRange(d, from, to);
        } else if (s instanceof Object[] o) {
            return Arrays.copyOfRange(o, from, to);
        }
        // other primitive stores (byte[], short[], int[], float[], boolean[] …)
        int n = to - from;
        Object r = java.lang.reflect.Array.newInstance(s.getClass().getComponentType(), n);
        System.arraycopy(s, from, r, 0, Math.min(n, java.lang.reflect.Array.getLength(s) - from));
        return r;
    }

    static int storeCapacity(Object s) {
        return java.lang.reflect.Array.getLength(s);
    }

    private static void installArrays(Builtins b) {
        JlType Arr = Types.ArrayFamily.any;
        JlType I = Types.Int64;
        JlType A = Types.Any;
        b.def("_new_array", FastBuiltins.NewArray::new, Builtins.sig(Types.Type, Types.TupleFamily.any));
        // pairs(nt::NamedTuple), made as a method's kws... is (its type cached by the names' shape)
        b.def("_namedtuple_pairs", NamedTuplePairs::new, Builtins.sig(Types.NamedTupleFamily.any));
        b.def("size", FastBuiltins.ArraySize::new, Builtins.sig(Arr));
        b.def("size", FastBuiltins.ArraySizeOf::new, Builtins.sig(Arr, I));
        b.def("ndims", FastBuiltins.ArrayRank::new, Builtins.sig(Arr));
        b.slow("_reshape", (a, n) -> {
            JlArray x = (JlArray) a[0];
            int[] d = dimsOf(a[1], n);
            if (product(d) != x.length) {
                throw new JlException(JlStructObject.of(Types.DimensionMismatch, JlString.of("new dimensions " + dimsString(d) + " must be consistent with array size " + x.length)), n);
            }
            return new JlArray(x.elementType, x.store, x.length, d);
        }, Arr, Types.TupleFamily.any);
        b.def("copy", FastBuiltinsFactory.ArrayCopyNodeGen::create, Builtins.sig(Arr));
        b.def("_delete_last!", FastBuiltins.DeleteLast::new, Builtins.sig(Types.VectorAlias));
        b.slow("resize!", (a, n) -> {
            JlArray x = (JlArray) a[0];
            long m = (Long) a[1];
            if (x.dims.length != 1) {
                throw Errors.argumentError("resize! is only supported for vectors", n);
            }
            if (m < 0) {
                throw Errors.argumentError("new length must be ≥ 0", n);
            }
            resize(x, (int) m);
            return x;
        }, Arr, I);
        // (no capacity to reserve: the vector itself, in compiled code)
        b.def("sizehint!", () -> new BuiltinNode.Builtin2() {
            @Override
            public Object execute(Object v, Object n) {
                return v;
            }
        }, Builtins.sig(Arr, I));
        // _deleteat!(a, i, k): removes k elements starting at 1-based i (caller checks bounds)
        b.slow("_deleteat!", (a, n) -> {
            JlArray x = (JlArray) a[0];
            int i = toInt(a[1]) - 1;
            int k = toInt(a[2]);
            System.arraycopy(x.store, i + k, x.store, i, x.length - i - k);
            int newLen = x.length - k;
            if (x.store instanceof Object[] o) {
                Arrays.fill(o, newLen, x.length, null);
            }
            x.length = newLen;
            x.dims[0] = newLen;
            return x;
        }, Arr, I, I);
        // _insert_gap!(a, i, k): opens k slots before 1-based i
        b.slow("_insert_gap!", (a, n) -> {
            JlArray x = (JlArray) a[0];
            int i = toInt(a[1]) - 1;
            int k = toInt(a[2]);
            int old = x.length;
            resize(x, old + k);
            System.arraycopy(x.store, i, x.store, i + k, old - i);
            return x;
        }, Arr, I, I);
        // _copyto!(dest, doff, src, soff, n): 1-based offsets, caller checks bounds
        b.slow("_copyto!", (a, n) -> {
            JlArray d = (JlArray) a[0];
            int doff = toInt(a[1]) - 1;
            JlArray s = (JlArray) a[2];
            int soff = toInt(a[3]) - 1;
            int k = toInt(a[4]);
            if (d.store.getClass() == s.store.getClass() && (d.elementType == s.elementType || d.elementType == Types.Any)) {
                System.arraycopy(s.store, soff, d.store, doff, k);
            } else if (d == s && soff < doff) {
                for (int i = k - 1; i >= 0; i--) {
                    d.set(doff + i, ArrayOps.convertElement(d, s.get(soff + i), n));
                }
            } else {
                for (int i = 0; i < k; i++) {
                    d.set(doff + i, ArrayOps.convertElement(d, s.get(soff + i), n));
                }
            }
            return d;
        }, Arr, I, Arr, I, I);
        // _matmul_f64!(C, A, B): C = A * B for Float64 stores (false for others), sizes checked by the caller
        b.def("_matmul_f64!", FastBuiltins.MatMulF64::new, Builtins.sig(Arr, Arr, Arr));
        // _permutedims_matrix(a): a's transpose as a new matrix of its element type (a a Matrix)
        b.def("_permutedims_matrix", FastBuiltins.PermuteMatrix::new, Builtins.sig(Arr));
        // _jacobi_f64!(a, v, d, b, z): the sweeps of Base's _jacobi on Float64 arrays (0 done, -1 no convergence, -2 other stores)
        b.def("_jacobi_f64!", FastBuiltins.JacobiFloat64::new, Builtins.sig(Arr, Arr, Arr, Arr, Arr));
        // _inv_triangular_f64!(f, upper) and _inv_getri_f64!(f, ipiv): Base's inv steps for Float64 stores (-1 for others)
        b.def("_inv_triangular_f64!", FastBuiltins.InvTriangularFloat64::new, Builtins.sig(Arr, Types.Bool));
        b.def("_inv_getri_f64!", FastBuiltins.InvGetriFloat64::new, Builtins.sig(Arr, Arr));
        // _lu_f64!(f, p, ipiv, zero_pivot, replace): Base's _lu of a Float64 matrix in place (0, or the singular step)
        b.def("_lu_f64!", FastBuiltins.LuFloat64::new, Builtins.sig(Types.ArrayFamily.any, Types.ArrayFamily.any, Types.ArrayFamily.any, Types.Float64, Types.Bool));
        b.def("fill!", FastBuiltinsFactory.ArrayFillNodeGen::create, Builtins.sig(Arr, A));
        b.slow("isassigned", (a, n) -> {
            JlArray x = (JlArray) a[0];
            long i = (Long) a[1];
            return i >= 1 && i <= x.length && x.get((int) i - 1) != null;
        }, Arr, I);
        b.slow("_arrays_identical", (a, n) -> a[0] == a[1] || ((JlArray) a[0]).store == ((JlArray) a[1]).store, Arr, Arr);
    }

    @TruffleBoundary
    static void resize(JlArray x, int m) {
        if (m > storeCapacity(x.store)) {
            x.store = storeCopy(x.store, 0, Math.max(m, Math.max(4, x.length * 2)));
        } else if (m < x.length && x.store instanceof Object[] o) {
            Arrays.fill(o, m, x.length, null);
        }
        if (m > x.length) {
            // fresh slots of primitive stores read as zero, as Julia's do in practice
            Object s = x.store;
            if (s instanceof long[] l) {
                Arrays.fill(l, x.length, m, 0L);
            } else if (s instanceof double[] d) {
                Arrays.fill(d, x.length, m, 0.0);
            }
        }
        x.length = m;
        x.dims[0] = m;
    }

    // ---- BitArray -----------------------------------------------------------------------

    private static JlBitArray bits(Object o) {
        return (JlBitArray) o;
    }

    private static void installBits(Builtins b) {
        JlType Bits = Types.BitArrayFamily.any;
        JlType I = Types.Int64;
        JlType B = Types.Bool;
        b.slow("_new_bitarray", (a, n) -> JlBitArray.filled(dimsOf(a[0], n), (Boolean) a[1]), Types.TupleFamily.any, B);
        b.slow("size", (a, n) -> dimsTuple(bits(a[0]).dims), Bits);
        b.slow("ndims", (a, n) -> (long) bits(a[0]).dims.length, Bits);
        b.slow("count", (a, n) -> bits(a[0]).count(), Bits);
        b.slow("copy", (a, n) -> bits(a[0]).copy(), Bits);
        b.slow("_reshape", (a, n) -> {
            JlBitArray x = bits(a[0]);
            int[] d = dimsOf(a[1], n);
            if (product(d) != x.length) {
                throw new JlException(JlStructObject.of(Types.DimensionMismatch, JlString.of("new dimensions " + dimsString(d) + " must be consistent with array size " + x.length)), n);
            }
            return new JlBitArray(x.chunks, x.length, d);
        }, Bits, Types.TupleFamily.any);
        b.slow("fill!", (a, n) -> {
            JlBitArray x = bits(a[0]);
            Object v = a[1];
            boolean bit = v instanceof Boolean bb ? bb : ((Long) ArrayOps.convertSlow(Types.Int64, v, n)) != 0;
            Arrays.fill(x.chunks, bit ? -1L : 0L);
            x.clearTail();
            Arrays.fill(x.chunks, JlBitArray.nchunks(x.length), x.chunks.length, 0L);
            return x;
        }, Bits, Types.Any);
        b.slow("resize!", (a, n) -> {
            JlBitArray x = bits(a[0]);
            long m = (Long) a[1];
            if (m < 0) {
                throw Errors.argumentError("new length must be ≥ 0", n);
            }
            x.resize((int) m);
            return x;
        }, Bits, I);
        // _bit_findnext(b, v, i): first 1-based index ≥ i whose bit is v, or nothing
        b.slow("_bit_findnext", (a, n) -> {
            int r = bits(a[0]).findNext((Boolean) a[1], Math.max(0, toInt(a[2]) - 1));
            return r < 0 ? JlNothing.INSTANCE : (Object) (long) (r + 1);
        }, Bits, B, I);
        b.slow("_bit_findprev", (a, n) -> {
            int i = toInt(a[2]) - 1;
            int r = i < 0 ? -1 : bits(a[0]).findPrev((Boolean) a[1], i);
            return r < 0 ? JlNothing.INSTANCE : (Object) (long) (r + 1);
        }, Bits, B, I);
        // word-at-a-time maps: _bit_map(op, a, b) with op 0 = &, 1 = |, 2 = ⊻; shapes already checked
        b.slow("_bit_map", (a, n) -> {
            JlBitArray x = bits(a[1]);
            JlBitArray y = bits(a[2]);
            int op = toInt(a[0]);
            int k = JlBitArray.nchunks(x.length);
            long[] out = new long[k];
            for (int i = 0; i < k; i++) {
                long p = x.chunks[i];
                long q = y.chunks[i];
                out[i] = op == 0 ? p & q : op == 1 ? p | q : p ^ q;
            }
            return new JlBitArray(out, x.length, x.dims.clone());
        }, I, Bits, Bits);
        b.slow("_bit_not", (a, n) -> {
            JlBitArray x = bits(a[0]);
            int k = JlBitArray.nchunks(x.length);
            long[] out = new long[k];
            for (int i = 0; i < k; i++) {
                out[i] = ~x.chunks[i];
            }
            JlBitArray r = new JlBitArray(out, x.length, x.dims.clone());
            r.clearTail();
            return r;
        }, Bits);
        b.slow("_bit_equal", (a, n) -> {
            JlBitArray x = bits(a[0]);
            JlBitArray y = bits(a[1]);
            return Arrays.equals(x.dims, y.dims)
                            && Arrays.equals(x.chunks, 0, JlBitArray.nchunks(x.length), y.chunks, 0, JlBitArray.nchunks(y.length));
        }, Bits, Bits);
    }

    // ---- strings ------------------------------------------------------------------------

    private static JlString str(Object o) {
        return (JlString) o;
    }

    private static void installStrings(Builtins b) {
        JlType S = Types.String;
        JlType I = Types.Int64;
        JlType C = Types.Char;
        // _substr(s, i, j): the bytes i..j (1-based, inclusive), caller checks validity
        b.def("_substr", FastBuiltins.Substr::new, Builtins.sig(S, I, I));
        // _search(s, t, i): 1-based byte index of the first occurrence of t at or after i, or 0
        b.def("_search", FastBuiltins.Search::new, Builtins.sig(S, S, I));
        // _rsearch(s, t, i): last occurrence starting at or before i, or 0
        b.slow("_rsearch", (a, n) -> {
            byte[] s = str(a[0]).bytes();
            byte[] t = str(a[1]).bytes();
            for (int i = Math.min(toInt(a[2]) - 1, s.length - t.length); i >= 0; i--) {
                if (Arrays.equals(s, i, i + t.length, t, 0, t.length)) {
                    return (long) (i + 1);
                }
            }
            return 0L;
        }, S, S, I);
        b.def("isvalid", FastBuiltins.StringIsValidIndex::new, Builtins.sig(S, I));
        // isvalid(s): well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF)
        b.slow("isvalid", (a, n) -> {
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(str(a[0]).bytes()));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }, S);
        b.slow("thisind", (a, n) -> {
            JlString s = str(a[0]);
            long i = (Long) a[1];
            if (i < 0 || i > s.byteLength() + 1) {
                throw Errors.boundsError(s, i, n);
            }
            int k = (int) i - 1;
            while (k > 0 && k < s.byteLength() && !s.isCharStart(k)) {
                k--;
            }
            return (long) k + 1;
        }, S, I);
        b.def("nextind", FastBuiltinsFactory.NextIndNodeGen::create, Builtins.sig(S, I));
b.def("prevind", FastBuiltinsFactory.PrevIndNodeGen::create, Builtins.sig(S, I));
        // as Julia's map(uppercase, s): each character's own (simple) case mapping, so "ß" stays
        // one character (Java's String case conversion makes it "SS")
        b.slowReturning(S, "uppercase", (a, n) -> mapCase((JlString) a[0], true), S);
        b.slowReturning(S, "lowercase", (a, n) -> mapCase((JlString) a[0], false), S);
        b.slowReturning(C, "uppercase", (a, n) -> new JlChar(Character.toUpperCase(((JlChar) a[0]).codePoint)), C);
        b.slowReturning(C, "lowercase", (a, n) -> new JlChar(Character.toLowerCase(((JlChar) a[0]).codePoint)), C);
        b.slowReturning(C, "titlecase", (a, n) -> new JlChar(Character.toTitleCase(((JlChar) a[0]).codePoint)), C);
        // the Unicode standard library: normalization forms, case folding, marks, graphemes
        b.slowReturning(S, "_unicode_normalize", (a, n) -> JlString.of(unicodeNormalize(a[0].toString(), ((Symbol) a[1]).name, (Boolean) a[2],
                        (Boolean) a[3], (Boolean) a[4])), S, Types.SymbolT, Types.Bool, Types.Bool, Types.Bool);
        b.slow("_grapheme_starts", (a, n) -> graphemeStarts(a[0].toString()), S);
        b.slow("_unicode_assigned", (a, n) -> {
            long c = (Long) a[0];
            return c >= 0 && c <= Character.MAX_CODE_POINT && Character.getType((int) c) != Character.UNASSIGNED;
        }, I);
        b.slow("reverse", (a, n) -> ((JlString) a[0]).reverse(), S);
        String[] preds = {"isdigit", "isletter", "isspace", "isuppercase", "islowercase", "isascii", "ispunct", "isnumeric",
                        "iscntrl", "isxdigit", "isprint"};
        for (int k = 0; k < preds.length; k++) {
            int op = k;
            b.def(preds[k], () -> new FastBuiltins.CharPredicate(op), Builtins.sig(C));
        }
        b.slow("_char_bits", (a, n) -> new UInt32(Hashing.charBits(((JlChar) a[0]).codePoint)), C);
        b.slow("_char_from_bits", (a, n) -> NumericConvert.charFromBits(((UInt32) a[0]).bits, n), Types.UInt32T);
        b.slow("textwidth", (a, n) -> (long) org.trufflejl.runtime.CharWidth.of(((JlChar) a[0]).codePoint), C);
        b.slowReturning(Types.Int64, "_char_category", (a, n) -> (long) unicodeCategory(((JlChar) a[0]).codePoint), C);
        b.def("_dict_keyindex", FastBuiltins.DictKeyIndex::new, Builtins.sig(Types.Any, Types.Any));
        b.def("_dict_keyindex2!", FastBuiltins.DictKeyIndex2::new, Builtins.sig(Types.Any, Types.Any));
        b.def("_dict_keyindex_bytes", FastBuiltins.DictKeyIndexBytes::new, Builtins.sig(Types.Any, Types.String, Types.Int64, Types.Int64));
        b.def("_dict_keyindex_sub", () -> new FastBuiltins.DictKeyIndexSubstring(false), Builtins.sig(Types.Any, Types.Any));
        b.def("_dict_keyindex2_sub!", () -> new FastBuiltins.DictKeyIndexSubstring(true), Builtins.sig(Types.Any, Types.Any));
        b.def("_dict_set!", FastBuiltins.DictSet::new, Builtins.sig(Types.Any, Types.Any, Types.Any));
        // sort! of a Vector{Int64}/Vector{Float64} by isless: Java's sort of the store (for doubles
        // Double.compare's order is isless's: -0.0 before 0.0, NaN last)
        b.def("_sort_primitive!", SortPrimitive::new, Builtins.sig(Types.Any));
        // sortperm of such a vector by isless (rev: descending): a stable merge sort of the indices
        b.slow("_sortperm_primitive", (a, n) -> {
            JlArray v = (JlArray) a[0];
            boolean rev = (Boolean) a[1];
            int len = v.length;
            int[] idx = new int[len];
            for (int i = 0; i < len; i++) {
                idx[i] = i;
            }
            SortPerm.sort(idx, v.store, rev);
            long[] out = new long[len];
            for (int i = 0; i < len; i++) {
                out[i] = idx[i] + 1L;
            }
            return JlArray.vector(Types.Int64, out, len);
        }, Types.Any, Types.Bool);
        b.slow("_dict_rehash!", (a, n) -> {
            DictTable.rehash((JlStructObject) a[0], (Long) a[1]);
            return a[0];
        }, Types.Any, Types.Int64);
        b.def("_hash_string", FastBuiltinsFactory.HashBitsNodeGen::create, Builtins.sig(S, Types.UInt64T));
        b.def("_hash_substring", FastBuiltins.HashSubstring::new, Builtins.sig(Types.Any, Types.UInt64T));
        b.def("_length_substring", FastBuiltins.SubstringLength::new, Builtins.sig(Types.Any));
        b.def("_repeat_string", FastBuiltins.RepeatString::new, Builtins.sig(S, I));
        b.def("_bytes_equal", FastBuiltins.BytesEqual::new, Builtins.sig(S, Types.Int64, S, Types.Int64, Types.Int64));
        b.slow("_symbol_string", (a, n) -> JlString.of(((Symbol) a[0]).name), Types.SymbolT);
        b.slowReturning(S, "_char_string", (a, n) -> JlString.of(a[0].toString()), C);
    }

    static boolean charPredicate(int op, int c) {
        return switch (op) {
            case 0 -> c >= '0' && c <= '9';
            case 1 -> Character.isLetter(c);
            case 2 -> Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
            case 3 -> Character.isUpperCase(c);
            case 4 -> Character.isLowerCase(c);
            case 5 -> c >= 0 && c < 0x80;
            case 6 -> isPunct(c);
            case 7 -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER || Character.getType(c) == Character.LETTER_NUMBER
                            || Character.getType(c) == Character.OTHER_NUMBER;
            case 8 -> Character.isISOControl(c);
            case 9 -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default -> org.trufflejl.runtime.JlChar.isPrintable(c);
        };
    }

    private static boolean isPunct(int c) {
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                        || t == Character.OTHER_PUNCTUATION;
    }

    /**
     * Unicode.normalize: {@code form} is NFC, NFD, NFKC, NFKD or none; case folding (full: "ß" folds to
     * "ss") and stripping of marks (after decomposition) or control characters come first.
     */
    @TruffleBoundary
    private static String unicodeNormalize(String s, String form, boolean casefold, boolean stripmark, boolean stripcc) {
        java.text.Normalizer.Form f = switch (form) {
            case "NFC" -> java.text.Normalizer.Form.NFC;
            case "NFD" -> java.text.Normalizer.Form.NFD;
            case "NFKC" -> java.text.Normalizer.Form.NFKC;
            case "NFKD" -> java.text.Normalizer.Form.NFKD;
            default -> null;    // no composition or decomposition asked for
        };
        String t = s;
        if (casefold) {
            t = t.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
        }
        if (stripmark || stripcc) {
            String d = java.text.Normalizer.normalize(t, f == java.text.Normalizer.Form.NFKC || f == java.text.Normalizer.Form.NFKD
                            ? java.text.Normalizer.Form.NFKD : java.text.Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); ) {
                int c = d.codePointAt(i);
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
                if (!(stripmark && mark) && !(stripcc && type == Character.CONTROL)) {
                    sb.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            t = sb.toString();
        }
        return f == null ? t : java.text.Normalizer.normalize(t, f);
    }

    /** The UTF-8 index (1-based) where each extended grapheme cluster of {@code s} starts. */
    @TruffleBoundary
    private static JlArray graphemeStarts(String s) {
        java.text.BreakIterator it = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        it.setText(s);
        long[] starts = new long[s.length()];
        int count = 0;
        int utf16 = 0;
        long utf8 = 1;
        for (int b = it.first(); b != java.text.BreakIterator.DONE && b < s.length(); b = it.next()) {
            while (utf16 < b) {
                int c = s.codePointAt(utf16);
                utf8 += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                utf16 += Character.charCount(c);
            }
            starts[count++] = utf8;
        }
        return JlArray.vector(Types.Int64, java.util.Arrays.copyOf(starts, count), count);
    }

    /** An ASCII string (the usual one) byte by byte, itself when no letter changes; others by code point. */
    private static JlString mapCase(JlString s, boolean upper) {
        byte[] b = s.bytes();
        byte[] r = null;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c < 0) {
                return JlString.of(mapCodePoints(s.toString(), upper));
            }
            if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                if (r == null) {
                    r = b.clone();
                }
                r[i] = (byte) (c ^ 0x20);
            }
        }
        return r == null ? s : new JlString(r);
    }

    private static String mapCodePoints(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Julia's (utf8proc's) number of a character's general category: 0 Cn, 1 Lu, 2 Ll ... 29 Co. */
    static int unicodeCategory(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER -> 1;
            case Character.LOWERCASE_LETTER -> 2;
            case Character.TITLECASE_LETTER -> 3;
            case Character.MODIFIER_LETTER -> 4;
            case Character.OTHER_LETTER -> 5;
            case Character.NON_SPACING_MARK -> 6;
            case Character.COMBINING_SPACING_MARK -> 7;
            case Character.ENCLOSING_MARK -> 8;
            case Character.DECIMAL_DIGIT_NUMBER -> 9;
            case Character.LETTER_NUMBER -> 10;
            case Character.OTHER_NUMBER -> 11;
            case Character.CONNECTOR_PUNCTUATION -> 12;
            case Character.DASH_PUNCTUATION -> 13;
            case Character.START_PUNCTUATION -> 14;
            case Character.END_PUNCTUATION -> 15;
            case Character.INITIAL_QUOTE_PUNCTUATION -> 16;
            case Character.FINAL_QUOTE_PUNCTUATION -> 17;
            case Character.OTHER_PUNCTUATION -> 18;
            case Character.MATH_SYMBOL -> 19;
            case Character.CURRENCY_SYMBOL -> 20;
            case Character.MODIFIER_SYMBOL -> 21;
            case Character.OTHER_SYMBOL -> 22;
            case Character.SPACE_SEPARATOR -> 23;
            case Character.LINE_SEPARATOR -> 24;
            case Character.PARAGRAPH_SEPARATOR -> 25;
            case Character.CONTROL -> 26;
            case Character.FORMAT -> 27;
            case Character.SURROGATE -> 28;
            case Character.PRIVATE_USE -> 29;
            default -> 0;
        };
    }

    static final class NamedTuplePairs extends BuiltinNode.Builtin1 {
        @Child private org.trufflejl.nodes.NamedTuplePairsNode pairs = new org.trufflejl.nodes.NamedTuplePairsNode();

        @Override
        public Object execute(Object nt) {
            return pairs.execute((org.trufflejl.runtime.JlNamedTuple) nt);
        }
    }

    /** The element type of a tuple type (of a Union of them, each one's, combined). */
    @TruffleBoundary
    public static JlType tupleEltype(Object t) {
        if (t instanceof org.trufflejl.runtime.types.UnionType u) {
            JlType r = Types.Bottom;
            for (JlType m : u.types) {
                JlType e = tupleEltype(m);
                r = r == Types.Bottom ? e : e == Types.Bottom ? r : Promotion.promoteTypejoin(r, e);
            }
            return r;
        }
        Object[] ps = unwrapped(t).parameters;
        if (ps == null) {
            return Types.Any;
        }
        JlType r = Types.Bottom;
        for (Object p : ps) {
            JlType e = p instanceof org.trufflejl.runtime.types.VarargType v ? v.elementType : p instanceof JlType jt ? jt : Types.Any;
            while (e instanceof org.trufflejl.runtime.types.TypeVar tv) {
                e = tv.ub;   // a parameter of the UnionAll: any type within its bound
            }
            r = r == Types.Bottom ? e : r == Types.Any || e == Types.Any ? Types.Any : Promotion.promoteTypejoin(r, e);
        }
        return r;
    }

}
