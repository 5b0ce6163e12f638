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

    public static final DataType Any = reg(new DataType(Symbol.of("Any"), null, null, true, false, null, new Object[0]));
    public static final DataType Type = abs("Type", Any);
    public static final DataType DataTypeT = concrete("DataType", Type);
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
    public static final DataType ExprT = concrete("Expr", Any);
    public static final DataType QuoteNodeT = concrete("QuoteNode", Any);
    public static final DataType LineNumberNodeT = concrete("LineNumberNode", Any);
    public static final DataType BoxT = concrete("Core.Box", Any);
    public static final DataType AbstractArray = abs("AbstractArray", Any);
    public static final DataType DenseArray = abs("DenseArray", AbstractArray);
    public static final DataType AbstractRange = abs("AbstractRange", AbstractArray);
    public static final DataType OrdinalRange = abs("OrdinalRange", AbstractRange);
    public static final DataType AbstractUnitRange = abs("AbstractUnitRange", OrdinalRange);
    public static final DataType Exception = abs("Exception", Any);
    public static final DataType IO = abs("IO", Any);

    public static final TypeFamily ArrayFamily = family("Array", DenseArray, false, true);
    public static final TypeFamily TupleFamily = family("Tuple", Any, true, false);
    public static final TypeFamily NamedTupleFamily = family("NamedTuple", Any, false, false);
    public static final TypeFamily UnitRangeFamily = family("UnitRange", AbstractUnitRange, false, false);
    public static final TypeFamily StepRangeFamily = family("StepRange", OrdinalRange, false, false);

    /** {@code Vector}/{@code Matrix} until UnionAll types exist: Array{T,1} and Array{T,2} of any T. */
    public static final DataType VectorAlias = abs("Vector", DenseArray);
    public static final DataType MatrixAlias = abs("Matrix", DenseArray);

    public static final DataType UnitRangeInt64 = UnitRangeFamily.instantiate(Int64);
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
    public static final DataType UndefRefError = exception("UndefRefError");

    private static DataType reg(DataType t) {
        BY_NAME.put(t.name.name, t);
        return t;
    }

    private static DataType abs(String name, DataType sup) {
        return reg(DataType.plain(name, sup, true));
    }

    private static DataType concrete(String name, DataType sup) {
        return reg(DataType.plain(name, sup, false));
    }

    private static TypeFamily family(String name, DataType sup, boolean covariant, boolean mutable) {
        TypeFamily f = new TypeFamily(name, sup, covariant, mutable);
        BY_NAME.put(name, f.any);
        return f;
    }

    private static DataType exception(String name, String... fields) {
        DataType t = concrete(name, Exception);
        t.fieldNames = new Symbol[fields.length];
        t.fieldTypes = new JlType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            t.fieldNames[i] = Symbol.of(fields[i]);
            t.fieldTypes[i] = Any;
        }
        return t;
    }

    /** Every built-in type by its name, for binding them into Core. */
    public static Map<String, JlType> builtinTypes() {
        return BY_NAME;
    }

    public static DataType arrayOf(JlType elementType, int ndims) {
        return ArrayFamily.instantiate(elementType, (long) ndims);
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
        } else if (v instanceof JlFunction f) {
            return f.table.type;
        }
        return typeOfOther(v);
    }

    @TruffleBoundary
    private static JlType typeOfOther(Object v) {
        if (v instanceof Integer) {
            return Int32;
        } else if (v instanceof Byte) {
            return Int8;
        } else if (v instanceof Short) {
            return Int16;
        } else if (v instanceof Float) {
            return Float32;
        } else if (v instanceof UInt8) {
            return UInt8T;
        } else if (v instanceof UInt16) {
            return UInt16T;
        } else if (v instanceof UInt32) {
            return UInt32T;
        } else if (v instanceof UInt64) {
            return UInt64T;
        } else if (v instanceof Int128) {
            return Int128T;
        } else if (v instanceof UInt128) {
            return UInt128T;
        } else if (v instanceof Float16) {
            return Float16T;
        } else if (v instanceof JlChar) {
            return Char;
        } else if (v instanceof JlNothing) {
            return Nothing;
        } else if (v instanceof Symbol) {
            return SymbolT;
        } else if (v instanceof JlTuple t) {
            return tupleOf(t.elements);
        } else if (v instanceof JlNamedTuple nt) {
            return NamedTupleFamily.instantiate(new JlTuple((Object[]) nt.names), tupleOf(nt.values));
        } else if (v instanceof JlUnitRange) {
            return UnitRangeInt64;
        } else if (v instanceof JlStepRange) {
            return StepRangeInt64;
        } else if (v instanceof JlType) {
            return DataTypeT;
        } else if (v instanceof JlModule) {
            return Module;
        } else if (v instanceof Expr) {
            return ExprT;
        } else if (v instanceof QuoteNode) {
            return QuoteNodeT;
        } else if (v instanceof LineNumberNode) {
            return LineNumberNodeT;
        } else if (v instanceof Cell) {
            return BoxT;
        } else if (v instanceof org.trufflejl.runtime.JlIO) {
            return ((org.trufflejl.runtime.JlIO) v).type;
        }
        throw new IllegalStateException("no Julia type for Java value of " + v.getClass());
    }

    public static final DataType IOStreamT = concrete("IOStream", IO);
    public static final DataType IOBufferT = concrete("IOBuffer", IO);

    /** Julia's {@code a <: b} for the types this runtime has so far. */
    @TruffleBoundary
    public static boolean isSubtype(JlType a, JlType b) {
        if (a == b || b == Any) {
            return true;
        }
        if (!(a instanceof DataType da) || !(b instanceof DataType db)) {
            return false;
        }
        if (db.family != null) {
            // Same family: parameters must match, covariantly for tuples.
            if (da.family != db.family || da.parameters.length != db.parameters.length) {
                return false;
            }
            for (int i = 0; i < da.parameters.length; i++) {
                Object pa = da.parameters[i];
                Object pb = db.parameters[i];
                if (db.family.covariant && pa instanceof JlType ta && pb instanceof JlType tb) {
                    if (!isSubtype(ta, tb)) {
                        return false;
                    }
                } else if (!pa.equals(pb)) {
                    return false;
                }
            }
            return true;
        }
        if ((db == VectorAlias || db == MatrixAlias) && da.family == ArrayFamily) {
            return da.parameters[1].equals(db == VectorAlias ? 1L : 2L);
        }
        for (DataType t = da.supertype; t != null; t = t.supertype) {
            if (t == db) {
                return true;
            }
        }
        return false;
    }

    public static boolean isa(Object v, JlType t) {
        return isSubtype(typeOf(v), t);
    }
}
