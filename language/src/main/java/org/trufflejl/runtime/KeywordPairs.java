package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What {@code kws...} among a method's keyword parameters binds: Base's {@code Pairs} over the
 * NamedTuple of the keywords, as Julia's {@code Base.Pairs}, so that {@code for (k, v) in kws}
 * iterates {@code name => value} pairs (a NamedTuple iterates its values). Splatting it back
 * into keywords ({@code g(; kws...)}) takes the NamedTuple out without a copy. Its type is
 * Julia's {@code Pairs{Symbol, V, NTuple{n, Symbol}, typeof(kws)}}, V the element type of the
 * values ({@code Union{}} when there are none).
 */
public final class KeywordPairs {
    private KeywordPairs() {
    }

    /** Base's {@code Pairs} family. */
    public static TypeFamily type(JlContext context) {
        TypeFamily t = context.pairsType;
        return t != null ? t : resolve(context);
    }

    @TruffleBoundary
    private static TypeFamily resolve(JlContext context) {
        TypeFamily t = TypeFamily.of(context.base.resolve(Symbol.of("Pairs")).value);
        context.pairsType = t;
        return t;
    }

    /** {@code pairs(kws)}: the keys are the names, as a tuple; {@code type} is {@link #typeOf} of them. */
    public static JlStructObject of(DataType type, JlNamedTuple kws) {
        return JlStructObject.of(type, kws, new JlTuple((Object[]) kws.names.clone()));
    }

    /** The {@code Pairs} type of {@code kws} (an interned type: callers cache it by the keywords' shape). */
    @TruffleBoundary
    public static DataType typeOf(TypeFamily pairs, JlNamedTuple kws) {
        DataType nt = (DataType) Types.typeOf(kws);
        Object[] keyTypes = new Object[kws.names.length];
        java.util.Arrays.fill(keyTypes, Types.SymbolT);
        // V: the values' eltype (NamedTuple{names, T}'s is T's)
        JlType v = org.trufflejl.builtins.ArrayBuiltins.tupleEltype(nt.parameters[1]);
        return pairs.instantiate(Types.SymbolT, v, Types.TupleFamily.instantiate(keyTypes), nt);
    }

    /** The NamedTuple a {@code kws...} binding wraps, or null if {@code v} is not one. */
    public static JlNamedTuple keywordsOf(Object v, TypeFamily pairs) {
        return v instanceof JlStructObject s && s.type.family == pairs && s.getField(0) instanceof JlNamedTuple kws ? kws : null;
    }
}
