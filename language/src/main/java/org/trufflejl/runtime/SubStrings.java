package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.UnionAll;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Base's {@code SubString{String}} as the runtime reads it (for-loops over one, Dict probes on its
 * bytes): its fields in base/strings.jl's order, and the type itself, which each context's Base
 * defines.
 */
public final class SubStrings {
    public static final int STRING = 0;
    public static final int OFFSET = 1;
    public static final int NCODEUNITS = 2;

    private SubStrings() {
    }

    /** This context's {@code SubString{String}}, found in Base on first use. */
    public static DataType type(JlContext context) {
        DataType t = context.subStringType;
        return t != null ? t : resolve(context);
    }

    @TruffleBoundary
    private static DataType resolve(JlContext context) {
        Binding b = context.base.resolve(Symbol.of("SubString"));
        DataType t = ((DataType) ((UnionAll) b.value).unwrap()).family.instantiate(org.trufflejl.runtime.types.Types.String);
        if (t.fieldIndex(Symbol.of("string")) != STRING || t.fieldIndex(Symbol.of("offset")) != OFFSET || t.fieldIndex(Symbol.of("ncodeunits")) != NCODEUNITS) {
            throw new IllegalStateException("Base's SubString fields are not (string, offset, ncodeunits)");
        }
        context.subStringType = t;
        return t;
    }

    // (read by their kinds: through getField, whose kind is not a constant here, a number was boxed)

    public static JlString parent(JlStructObject s) {
        return (JlString) s.refField(STRING);
    }

    /** The 0-based index of s's first byte in its parent. */
    public static long offset(JlStructObject s) {
        return s.longField(OFFSET);
    }

    public static long ncodeunits(JlStructObject s) {
        return s.longField(NCODEUNITS);
    }
}
