package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What {@code kws...} among a method's keyword parameters binds: Base's {@code Pairs} over the
 * NamedTuple of the keywords, as Julia's {@code Base.Pairs}, so that {@code for (k, v) in kws}
 * iterates {@code name => value} pairs (a NamedTuple iterates its values). Splatting it back
 * into keywords ({@code g(; kws...)}) takes the NamedTuple out without a copy.
 */
public final class KeywordPairs {
    private KeywordPairs() {
    }

    public static DataType type(JlContext context) {
        DataType t = context.pairsType;
        return t != null ? t : resolve(context);
    }

    @TruffleBoundary
    private static DataType resolve(JlContext context) {
        DataType t = (DataType) context.base.resolve(Symbol.of("Pairs")).value;
        context.pairsType = t;
        return t;
    }

    /** {@code pairs(kws)}: the keys are the names, as a tuple. */
    public static JlStructObject of(DataType pairs, JlNamedTuple kws) {
        return JlStructObject.of(pairs, kws, new JlTuple((Object[]) kws.names.clone()));
    }

    /** The NamedTuple a {@code kws...} binding wraps, or null if {@code v} is not one. */
    public static JlNamedTuple keywordsOf(Object v, DataType pairs) {
        return v instanceof JlStructObject s && s.type == pairs && s.getField(0) instanceof JlNamedTuple kws ? kws : null;
    }
}
