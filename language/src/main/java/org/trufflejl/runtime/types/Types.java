package org.trufflejl.runtime.types;

import java.util.LinkedHashMap;
import java.util.Map;

import org.trufflejl.parser.Expr;
import org.trufflejl.parser.QuoteNode;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.runtime.Cell;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The built-in types of Core and Base, and {@link #typeOf}. These are immutable and shared by
 * all contexts; user types live in their modules.
 */
public final class Types {
    private Types() {
    }

    private static final Map<String, JlType> BY_NAME = new LinkedHashMap<>();

    public static final DataType Any = reg(DataType.plain("Any", null, true));
    /** {@code Union{}}. */
    public static final UnionType Bottom = UnionType.bottom();
    public static final TypeFamily TypeFamilyT = family("Type", Any, true, false, "T");
    /** The bare {@code Type}: every type value is an instance. */
    public static final JlType Type = TypeFamilyT.any;
    /** The kinds: the types of types, each a subtype of {@code Type} (its supertype {@code Type{T}}, as Julia shows it). */
    public static final DataType DataTypeT = reg(DataType.plain("DataType", (DataType) TypeFamilyT.primary, false));
    public static final DataType UnionT = reg(DataType.plain("Union", (DataType) TypeFamilyT.primary, false));
    public static final DataType UnionAllT = reg(DataType.plain("UnionAll", (DataType) TypeFamilyT.primary, false));
    public static final DataType TypeVarT = concrete("TypeVar", Any);
    /**
     * {@code Core.TypeofBottom}: the kind of {@code Union{}} alone, not exported from Core (bound
     * there by JlContext). As in Julia its supertype is {@code Type{Union{}}}, a type with the same
     * one instance, and the two are subtypes of each other.
     */
    public static final DataType TypeofBottomT = DataType.newType(Symbol.of("TypeofBottom"), "Core", TypeFamilyT.instantiate(Bottom), false, false);
    public static final DataType Number = abs("Number", Any);
    public static final DataType Real = abs("Real", Number);
    public static final DataType Integer = abs("Integer", Real);
    public static final DataType Signed = abs("Signed", Integer);
    public static final DataType Unsigned = abs("Unsigned", Integer);
    public static final DataType AbstractFloat = abs("AbstractFloat", Real);
    public static final DataType Bool = concrete("Bool", Integer);
    public static final DataType Int8 = concrete("Int8", Signed);
    public static final DataType Int16 = concrete("Int16", Signed);
    public static final DataType Int32 = concrete("Int32", Signed);
    public static final DataType Int64 = concrete("Int64", Signed);
    public static final DataType Int128T = concrete("Int128", Signed);
    public static final DataType UInt8T = concrete("UInt8", Unsigned);
    public static final DataType UInt16T = concrete("UInt16", Unsigned);
    public static final DataType UInt32T = concrete("UInt32", Unsigned);
    public static final DataType UInt64T = concrete("UInt64", Unsigned);
    public static final DataType UInt128T = concrete("UInt128", Unsigned);
    public static final DataType BigIntT = concrete("BigInt", Signed);
    public static final DataType BigFloatT = concrete("BigFloat", AbstractFloat);
    public static final DataType Float16T = concrete("Float16", AbstractFloat);
    public static final DataType Float32 = concrete("Float32", AbstractFloat);
    public static final DataType Float64 = concrete("Float64", AbstractFloat);
    public static final DataType AbstractChar = abs("AbstractChar", Any);
    public static final DataType Char = concrete("Char", AbstractChar);
    public static final DataType AbstractString = abs("AbstractString", Any);
    public static final DataType String = concrete("String", AbstractString);
    public static final DataType SymbolT = concrete("Symbol", Any);
    public static final DataType Nothing = concrete("Nothing", Any);
    public static final DataType Function = abs("Function", Any);
    public static final DataType Module = concrete("Module", Any);
    public static final DataType ExprT = mutableConcrete("Expr", Any);
    public static final DataType QuoteNodeT = concrete("QuoteNode", Any);
    public static final DataType LineNumberNodeT = concrete("LineNumberNode", Any);
    public static final DataType GlobalRefT = concrete("GlobalRef", Any);
    /** Core.TypeName: not exported from Core, bound there by JlContext. */
    public static final DataType TypeNameT = DataType.newType(Symbol.of("TypeName"), "Core", Any, false, false);
    /** Core.SimpleVector ({@code T.parameters}): not exported from Core, bound there by JlContext. */
    public static final DataType SimpleVectorT = DataType.newType(Symbol.of("SimpleVector"), "Core", Any, false, false);
    public static final DataType BoxT = concrete("Core.Box", Any);
    public static final DataType Exception = abs("Exception", Any);
    public static final DataType MethodT = concrete("Method", Any);
    public static final DataType IO = abs("IO", Any);

    public static final TypeFamily AbstractArrayFamily = family("AbstractArray", Any, true, false, "T", "N");
    public static final TypeFamily DenseArrayFamily = family("DenseArray", null, true, false, "T", "N");
    public static final TypeFamily ArrayFamily = family("Array", null, false, true, "T", "N");
    public static final TypeFamily AbstractRangeFamily = family("AbstractRange", null, true, false, "T");
    public static final TypeFamily OrdinalRangeFamily = family("OrdinalRange", null, true, false, "T", "S");
    public static final TypeFamily AbstractUnitRangeFamily = family("AbstractUnitRange", null, true, false, "T");
    public static final TypeFamily UnitRangeFamily = family("UnitRange", null, false, false, "T");
    /** {@code Base.OneTo{T<:Integer}}: {@code 1:stop}, the axes of arrays. */
    public static final TypeFamily OneToFamily = reg(new TypeFamily(Symbol.of("OneTo"), null, new TypeVar[]{new TypeVar(Symbol.of("T"), Bottom, Integer)}, null,
                    false, false, false));
    public static final TypeFamily StepRangeFamily = family("StepRange", null, false, false, "T", "S");
    public static final TypeFamily TupleFamily = reg(new TypeFamily(Symbol.of("Tuple"), null, new TypeVar[0], Any, true, false, true));
    public static final TypeFamily NamedTupleFamily = family("NamedTuple", Any, false, false, "names", "T");

    /** Aliases over Array and AbstractArray, printed by name. */
    public static final UnionAll VectorAlias = alias("Vector", ArrayFamily, 1L);
    public static final UnionAll MatrixAlias = alias("Matrix", ArrayFamily, 2L);
    public static final UnionAll AbstractVectorAlias = alias("AbstractVector", AbstractArrayFamily, 1L);
    public static final UnionAll AbstractMatrixAlias = alias("AbstractMatrix", AbstractArrayFamily, 2L);
    public static final UnionAll DenseVectorAlias = alias("DenseVector", DenseArrayFamily, 1L);
    public static final UnionAll DenseMatrixAlias = alias("DenseMatrix", DenseArrayFamily, 2L);
    /** {@code NTuple{N, T} = Tuple{Vararg{T, N}}}. */
    public static final UnionAll NTupleAlias;
    public static final DataType TypeofVarargT = concrete("TypeofVararg", Any);

    static {
        TypeVar n = new TypeVar(Symbol.of("N"), Bottom, Any);
        TypeVar t = new TypeVar(Symbol.of("T"), Bottom, Any);
        NTupleAlias = new UnionAll(n, new UnionAll(t, TupleFamily.instantiate(new VarargType(t, n))));
    }

    static {
        // Supertypes of the parametric array and range types, in terms of their own variables.
        DenseArrayFamily.define(AbstractArrayFamily.instantiate(DenseArrayFamily.vars[0], DenseArrayFamily.vars[1]), new Symbol[0], new JlType[0]);
        ArrayFamily.define(DenseArrayFamily.instantiate(ArrayFamily.vars[0], ArrayFamily.vars[1]), new Symbol[0], new JlType[0]);
        AbstractRangeFamily.define(AbstractArrayFamily.instantiate(AbstractRangeFamily.vars[0], 1L), new Symbol[0], new JlType[0]);
        OrdinalRangeFamily.define(AbstractRangeFamily.instantiate(OrdinalRangeFamily.vars[0]), new Symbol[0], new JlType[0]);
        AbstractUnitRangeFamily.define(OrdinalRangeFamily.instantiate(AbstractUnitRangeFamily.vars[0], AbstractUnitRangeFamily.vars[0]),
                        new Symbol[0], new JlType[0]);
        UnitRangeFamily.define(AbstractUnitRangeFamily.instantiate(UnitRangeFamily.vars[0]), new Symbol[]{Symbol.of("start"), Symbol.of("stop")},
                        new JlType[]{UnitRangeFamily.vars[0], UnitRangeFamily.vars[0]});
        OneToFamily.define(AbstractUnitRangeFamily.instantiate(OneToFamily.vars[0]), new Symbol[]{Symbol.of("stop")}, new JlType[]{OneToFamily.vars[0]});
        StepRangeFamily.define(OrdinalRangeFamily.instantiate(StepRangeFamily.vars[0], StepRangeFamily.vars[1]),
                        new Symbol[]{Symbol.of("start"), Symbol.of("step"), Symbol.of("stop")},
                        new JlType[]{StepRangeFamily.vars[0], StepRangeFamily.vars[1], StepRangeFamily.vars[0]});
        BY_NAME.put("Vector", VectorAlias);
        BY_NAME.put("Matrix", MatrixAlias);
        BY_NAME.put("AbstractVector", AbstractVectorAlias);
        BY_NAME.put("AbstractMatrix", AbstractMatrixAlias);
        BY_NAME.put("DenseVector", DenseVectorAlias);
        BY_NAME.put("DenseMatrix", DenseMatrixAlias);
        BY_NAME.put("Vararg", VarargType.ANY);
        BY_NAME.put("NTuple", NTupleAlias);
    }

    /** {@code BitArray{N} <: AbstractArray{Bool,N}}, with the aliases BitVector and BitMatrix (collections). */
    public static final TypeFamily BitArrayFamily = family("BitArray", null, false, true, "N");
    public static final DataType BitVectorT;
    public static final DataType BitMatrixT;

    static {
        BitArrayFamily.define(AbstractArrayFamily.instantiate(Bool, BitArrayFamily.vars[0]), new Symbol[0], new JlType[0]);
        BitVectorT = BitArrayFamily.instantiate(1L);
        BitMatrixT = BitArrayFamily.instantiate(2L);
        BY_NAME.put("BitVector", BitVectorT);
        BY_NAME.put("BitMatrix", BitMatrixT);
    }

    public static DataType bitArrayOf(int ndims) {
        return ndims == 1 ? BitVectorT : ndims == 2 ? BitMatrixT : BitArrayFamily.instantiate((long) ndims);
    }

    public static final DataType UnitRangeInt64 = UnitRangeFamily.instantiate(Int64);
    public static final DataType OneToInt64 = OneToFamily.instantiate(Int64);
    public static final DataType StepRangeInt64 = StepRangeFamily.instantiate(Int64, Int64);

    // Exception types built into Core: Java code raises them, Base shows them.
    public static final DataType ErrorException = exception("ErrorException", "msg");
    public static final DataType MethodError = exception("MethodError", "f", "args");
    public static final DataType UndefVarError = exception("UndefVarError", "var");
    public static final DataType UndefKeywordError = exception("UndefKeywordError", "var");
    public static final DataType BoundsError = exception("BoundsError", "a", "i");
    public static final DataType DivideError = exception("DivideError");
    public static final DataType DomainError = exception("DomainError", "val", "msg");
    public static final DataType InexactError = exception("InexactError", "func", "T", "val");
    public static final DataType OverflowError = exception("OverflowError", "msg");
    public static final DataType ArgumentError = exception("ArgumentError", "msg");
    public static final DataType KeyError = exception("KeyError", "key");
    public static final DataType TypeError = exception("TypeError", "func", "context", "expected", "got");
    public static final DataType AssertionError = exception("AssertionError", "msg");
    public static final DataType StackOverflowError = exception("StackOverflowError");
    public static final DataType OutOfMemoryError = exception("OutOfMemoryError");
    public static final DataType InterruptException = exception("InterruptException");
    public static final DataType DimensionMismatch = exception("DimensionMismatch", "msg");
    public static final DataType StringIndexError = exception("StringIndexError", "string", "index");
    public static final DataType ParseErrorT = exception("ParseError", "msg");
    public static final DataType LoadError = exception("LoadError", "file", "line", "error");
    public static final DataType SystemError = exception("SystemError", "prefix", "errnum", "extrainfo");
    public static final DataType IOError = exception("IOError", "msg", "code");
    public static final DataType UndefRefError = exception("UndefRefError");

    private static DataType reg(DataType t) {
        BY_NAME.put(t.name.name, t);
        return t;
    }

    private static TypeFamily reg(TypeFamily f) {
        BY_NAME.put(f.name.name, f.any);
        return f;
    }

    private static DataType abs(String name, DataType sup) {
        return reg(DataType.plain(name, sup, true));
    }

    private static DataType concrete(String name, DataType sup) {
        return reg(DataType.plain(name, sup, false));
    }

    /** A mutable type of Java-backed objects (streams, weak references): not {@code isbits}, as Julia's are mutable structs. */
    private static DataType mutableConcrete(String name, DataType sup) {
        return reg(DataType.newType(Symbol.of(name), null, sup, false, true));
    }

    /** A parametric type with unbounded variables; its supertype is set by define() when it has parameters too. */
    private static TypeFamily family(String name, DataType sup, boolean isAbstract, boolean mutable, String... vars) {
        TypeVar[] tvs = new TypeVar[vars.length];
        for (int i = 0; i < vars.length; i++) {
            tvs[i] = new TypeVar(Symbol.of(vars[i]), Bottom, Any);
        }
        TypeFamily f = new TypeFamily(Symbol.of(name), null, tvs, sup, isAbstract, mutable, false);
        if (sup != null) {
            f.define(sup, new Symbol[0], new JlType[0]);
        }
        return reg(f);
    }

    private static DataType exception(String name, String... fields) {
        DataType t = concrete(name, Exception);
        t.fieldNames = new Symbol[fields.length];
        t.fieldTypes = new JlType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            t.fieldNames[i] = Symbol.of(fields[i]);
            t.fieldTypes[i] = Any;
        }
        t.family.fieldNames = t.fieldNames;
        return t;
    }

    private static UnionAll alias(String name, TypeFamily f, long ndims) {
        TypeVar t = new TypeVar(Symbol.of("T"), Bottom, Any);
        return new UnionAll(t, f.instantiate(t, ndims));
    }

    /** Primitive (bits) types without fields: the numbers, Bool, Char and a program's {@code primitive type}s. */
    public static boolean isPrimitive(DataType d) {
        return !d.isAbstract && d.fieldTypes.length == 0 && (isSubtype(d, Number) || d == Char || d.family != null && d.family.primitiveBytes > 0);
    }

    /**
     * Julia's {@code isprimitivetype}: a type declared {@code primitive type} (the built-in
     * numbers, Bool, Char and a program's own). Unlike {@link #isPrimitive}, a field-less struct
     * that subtypes Number ({@code Irrational{:π}}) is not one, nor are BigInt and BigFloat.
     */
    public static boolean isDeclaredPrimitive(DataType d) {
        if (!isPrimitive(d) || d == BigIntT || d == BigFloatT) {
            return false;
        }
        return d.family == null || d.family.primitiveBytes > 0 || !d.family.isContextOwned();
    }

    /** Built-in types whose contents are not fields (strings, symbols, modules, types, I/O): never singletons. */
    public static boolean isOpaque(DataType d) {
        return d == String || d == SymbolT || d == Module || d == DataTypeT || d == UnionT || d == UnionAllT || d == TypeVarT || d == TypeofBottomT
                        || d == MethodT || d == ExprT || d == IOStreamT || d == IOBufferT || d.family.isTuple || d.family == ArrayFamily
                        || d.family == BitArrayFamily;
    }

    /** Set while a type is spelled without Base's aliases (see {@link #aliasExpansion}). */
    private static final ThreadLocal<Boolean> UNALIASED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * A type whose own spelling is one of Base's aliases ({@code Vector{Int64}}, {@code Matrix},
     * {@code ComplexF64}, {@code BitVector}) written out in full ({@code Array{Int64, 1}}), as
     * Julia's REPL adds it: {@code Vector{Int64} (alias for Array{Int64, 1})}. Null for others.
     */
    @TruffleBoundary
    public static String aliasExpansion(JlType t) {
        JlType top = t instanceof UnionAll u && aliasName(u) == null ? u.unwrap() : t;
        if (!(top instanceof UnionAll) && !(top instanceof DataType d && d.parameters != null && hasAliasSpelling(d))) {
            return null;
        }
        UNALIASED.set(Boolean.TRUE);
        try {
            return t.show();
        } finally {
            UNALIASED.set(Boolean.FALSE);
        }
    }

    /** False while a type is being written out without Base's aliases. */
    static boolean aliasesOn() {
        return !UNALIASED.get();
    }

    private static boolean hasAliasSpelling(DataType t) {
        String special = showSpecial(t);
        return special != null && !special.startsWith("NTuple{") && !special.startsWith("@NamedTuple{");
    }

    /** The name an alias UnionAll prints as ({@code Vector}), or null. */
    static String aliasName(UnionAll u) {
        if (!aliasesOn()) {
            return null;
        } else if (u == VectorAlias) {
            return "Vector";
        } else if (u == MatrixAlias) {
            return "Matrix";
        } else if (u == AbstractVectorAlias) {
            return "AbstractVector";
        } else if (u == AbstractMatrixAlias) {
            return "AbstractMatrix";
        } else if (u == DenseVectorAlias) {
            return "DenseVector";
        } else if (u == DenseMatrixAlias) {
            return "DenseMatrix";
        }
        return null;
    }

    /** Julia's special spellings: Vector{T}, Matrix{T}, AbstractVector{T}, @NamedTuple{a::T}, Type{T}. */
    static String showSpecial(DataType t) {
        Object[] p = t.parameters;
        boolean aliases = aliasesOn();
        if (aliases && (t.family == ArrayFamily || t.family == AbstractArrayFamily || t.family == DenseArrayFamily) && p.length == 2 && p[1] instanceof Long n && (n == 1 || n == 2)) {
            String prefix = t.family == ArrayFamily ? "" : t.family == DenseArrayFamily ? "Dense" : "Abstract";
            return prefix + (n == 1 ? "Vector" : "Matrix") + "{" + DataType.showParameter(p[0]) + "}";
        }
        if (t.family == TupleFamily && p.length > 0) {
            return showTuple(p);
        }
        // Base's aliases ComplexF64, ComplexF32, ComplexF16 are how Julia prints these
        if (aliases && p.length == 1 && t.family.modulePrefix == null && t.family.name.name.equals("Complex")
                        && (p[0] == Float64 || p[0] == Float32 || p[0] == Float16T)) {
            return "Complex" + ((DataType) p[0]).family.name.name.replace("loat", "");
        }
        if (aliases && t.family == BitArrayFamily && p.length == 1 && p[0] instanceof Long n && (n == 1 || n == 2)) {
            return n == 1 ? "BitVector" : "BitMatrix";
        }
        // Base's aliases RowSlices and ColumnSlices (eachrow, eachcol): the slice map fixes them
        if (aliases && p.length == 5 && p[4] instanceof Long n && n == 1 && t.family.name.name.equals("Slices") && t.family.module != null
                        && t.family.module.path().equals("Base") && p[1] instanceof DataType map && map.family == TupleFamily
                        && map.parameters != null && map.parameters.length == 2) {
            boolean rows = map.parameters[0] == Int64 && map.parameters[1] instanceof DataType c && c.family.name.name.equals("Colon");
            boolean cols = map.parameters[1] == Int64 && map.parameters[0] instanceof DataType c && c.family.name.name.equals("Colon");
            if (rows || cols) {
                return (rows ? "RowSlices{" : "ColumnSlices{") + DataType.showParameter(p[0]) + ", " + DataType.showParameter(p[2]) + ", "
                                + DataType.showParameter(p[3]) + "}";
            }
        }
        if (t.family == NamedTupleFamily && p[0] instanceof org.trufflejl.runtime.JlTuple names && p[1] instanceof DataType types
                        && types.parameters != null && types.parameters.length == names.elements.length) {
            StringBuilder sb = new StringBuilder("@NamedTuple{");
            for (int i = 0; i < names.elements.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(names.elements[i]).append("::").append(DataType.showParameter(types.parameters[i]));
            }
            return sb.append('}').toString();
        }
        return null;
    }

    /**
     * Julia's show_datatype for tuple types: a homogeneous tail longer than three is
     * {@code Vararg{T, n}}, a whole one {@code NTuple{n, T}}, and {@code Tuple{Vararg{T, N}}} is
     * {@code NTuple{N, T}}.
     */
    private static String showTuple(Object[] p) {
        final int maxN = 3;
        int n = p.length;
        Object tail = p[n - 1];
        int tailLength = 1;
        int fullLength = n;
        Object count = null;
        String kind = "none";
        if (tail instanceof VarargType v) {
            count = v.count;
            if (count instanceof Long c) {
                tailLength = c.intValue();
                fullLength += tailLength - 1;
                kind = "fixed";
            } else {
                kind = count == null ? "unbound" : "bound";
            }
            tail = v.elementType;
        }
        if (!(tail instanceof JlType)) {
            tailLength = 0;
        } else if (kind.equals("none") || kind.equals("fixed")) {
            for (int i = n - 2; i >= 0 && p[i].equals(tail); i--) {
                tailLength++;
            }
        }
        if (kind.equals("bound") && n == 1 || !kind.equals("unbound") && !kind.equals("bound") && tailLength == fullLength && tailLength > maxN) {
            return "NTuple{" + (kind.equals("bound") ? DataType.showParameter(count) : java.lang.Integer.toString(fullLength)) + ", " + DataType.showParameter(tail) + "}";
        }
        StringBuilder sb = new StringBuilder("Tuple{");
        int head = tailLength > maxN ? fullLength - tailLength : fullLength;
        for (int i = 0; i < head; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(DataType.showParameter(kind.equals("fixed") && i >= n - 1 ? tail : p[i]));
        }
        if (head < fullLength) {
            if (head > 0) {
                sb.append(", ");
            }
            sb.append("Vararg{").append(DataType.showParameter(tail)).append(", ").append(fullLength - head).append('}');
        }
        return sb.append('}').toString();
    }

    /** Every built-in type by its name, for binding them into Core. */
    public static Map<String, JlType> builtinTypes() {
        return BY_NAME;
    }

    public static DataType arrayOf(JlType elementType, int ndims) {
        return elementType.arrayType(ndims);
    }

    @TruffleBoundary
    public static DataType tupleOf(Object[] elements) {
        Object[] types = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            types[i] = typeOf(elements[i]);
        }
        return TupleFamily.instantiate(types);
    }

    /** Julia's {@code typeof}. */
    public static JlType typeOf(Object v) {
        if (v instanceof Long) {
            return Int64;
        } else if (v instanceof Double) {
            return Float64;
        } else if (v instanceof Boolean) {
            return Bool;
        } else if (v instanceof JlStructObject s) {
            return s.type;
        } else if (v instanceof JlString) {
            return String;
        } else if (v instanceof JlArray a) {
            return a.type;
        } else if (v instanceof org.trufflejl.runtime.JlBitArray b) {
            return b.type;
        } else if (v instanceof JlFunction f) {
            return f.jlType();
        } else if (v instanceof org.trufflejl.runtime.JlTyped t) {
            return t.jlType();
        } else if (v instanceof DataType) {
            // a tuple of types (what {@code _type_parameters} returns) is checked element by element in dispatch guards
            return DataTypeT;
        } else if (v instanceof org.trufflejl.runtime.JlIO io) {
            // a stream argument (print(io, x) and everything it calls): a boundary call per dispatch was 10 ns
            return io.type;
        } else if (v instanceof org.trufflejl.runtime.JlModule) {
            return Module;
        } else if (v instanceof org.trufflejl.runtime.JlOneTo) {
            // (Int64 ranges: static parameters of their methods, first(r::OneTo{T}) where T, are
            // found through typeOf on every call; the boundary below cost 7 ns)
            return OneToInt64;
        } else if (v instanceof JlUnitRange) {
            return UnitRangeInt64;
        } else if (v instanceof JlStepRange) {
            return StepRangeInt64;
        }
        // The numeric value classes must not go through a boundary: dispatch guards call typeOf.
        DataType number = org.trufflejl.runtime.num.Num.typeOfNumber(v);
        if (number != null) {
            return number;
        }
        return typeOfOther(v);
    }

    @TruffleBoundary
    private static JlType typeOfOther(Object v) {
        if (v instanceof JlChar) {
            return Char;
        } else if (v instanceof VarargType) {
            return TypeofVarargT;
        } else if (v instanceof JlNothing) {
            return Nothing;
        } else if (v instanceof Symbol) {
            return SymbolT;
        } else if (v instanceof JlTuple t) {
            return tupleOf(t.elements);
        } else if (v instanceof JlNamedTuple nt) {
            return NamedTupleFamily.instantiate(new JlTuple((Object[]) nt.names), tupleOf(nt.values));
        } else if (v instanceof DataType) {
            return DataTypeT;
        } else if (v instanceof UnionType) {
            return v == Bottom ? TypeofBottomT : UnionT;
        } else if (v instanceof UnionAll) {
            return UnionAllT;
        } else if (v instanceof TypeVar) {
            return TypeVarT;
        } else if (v instanceof JlModule) {
            return Module;
        } else if (v instanceof Expr) {
            return ExprT;
        } else if (v instanceof QuoteNode) {
            return QuoteNodeT;
        } else if (v instanceof LineNumberNode) {
            return LineNumberNodeT;
        } else if (v instanceof org.trufflejl.parser.GlobalRef) {
            return GlobalRefT;
        } else if (v instanceof org.trufflejl.runtime.Method) {
            return MethodT;
        } else if (v instanceof Cell) {
            return BoxT;
        } else if (v instanceof org.trufflejl.runtime.JlIO) {
            return ((org.trufflejl.runtime.JlIO) v).type;
        }
        if (org.trufflejl.runtime.Foreign.isForeign(v)) {
            return org.trufflejl.runtime.Foreign.typeOf(v);
        }
        throw new IllegalStateException("no Julia type for Java value of " + v.getClass());
    }

    public static final DataType IOStreamT = mutableConcrete("IOStream", IO);
    /** Values of other languages and the host (see runtime/Foreign). */
    public static final DataType ForeignObjectT = concrete("ForeignObject", Any);
    public static final DataType ForeignArrayT = reg(DataType.plain("ForeignArray", AbstractArrayFamily.instantiate(Any, 1L), false));
    public static final DataType IOBufferT = mutableConcrete("IOBuffer", IO);
    /** {@code WeakRef} (runtime/JlWeakRef); its one field, {@code value}, is read through the object. */
    public static final DataType WeakRefT = mutableConcrete("WeakRef", Any);

    /** Julia's {@code a <: b}. */
    public static boolean isSubtype(JlType a, JlType b) {
        return Subtyping.isSubtype(a, b);
    }

    /** {@code isa(v, t)}: a type value is also an instance of {@code Type{v}}. */
    public static boolean isa(Object v, JlType t) {
        return isSubtype(dispatchTypeOf(v), t);
    }

    /**
     * Whether every value of Java class {@code c} has the same Julia type (numbers, strings,
     * characters...), so a dispatch guard need only compare classes. A chain of identity tests
     * so that it folds when {@code c} is a compilation constant.
     */
    public static boolean classDecidesType(Class<?> c) {
        return c == Long.class || c == Double.class || c == Boolean.class || c == Integer.class || c == Float.class ||
                        c == Byte.class || c == Short.class || c == UInt8.class || c == UInt16.class || c == UInt32.class ||
                        c == UInt64.class || c == Int128.class || c == UInt128.class || c == Float16.class ||
                        c == JlString.class || c == JlChar.class || c == JlNothing.class || c == Symbol.class ||
                        c == JlUnitRange.class || c == JlStepRange.class || c == org.trufflejl.runtime.JlOneTo.class;
    }

    /** The type dispatch sees for a value: {@code Type{T}} for a type T, else {@code typeof(v)}. */
    public static JlType dispatchTypeOf(Object v) {
        if (v instanceof JlType t) {
            return t.typeOfType();
        }
        return typeOf(v);
    }
}
