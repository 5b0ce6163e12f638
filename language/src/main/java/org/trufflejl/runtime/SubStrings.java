package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;

import com.oracle.truffle.api.CompilerDirectives;
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
        DataType t = org.trufflejl.runtime.types.TypeFamily.of(b.value).instantiate(org.trufflejl.runtime.types.Types.String);
        if (t.fieldIndex(Symbol.of("string")) != STRING || t.fieldIndex(Symbol.of("offset")) != OFFSET || t.fieldIndex(Symbol.of("ncodeunits")) != NCODEUNITS
                        || JlStructObject.shapeOf(t) != JlStructObject.COMPACT || JlStructObject.slotOf(t, OFFSET) != OFFSET_SLOT
                        || JlStructObject.slotOf(t, NCODEUNITS) != NCODEUNITS_SLOT) {
            throw new IllegalStateException("Base's SubString fields are not (string, offset, ncodeunits) in a Compact layout");
        }
        context.subStringType = t;
        return t;
    }

    /** Where the fields are in a {@link JlStructObject.Compact} SubString (checked when the type is found). */
    private static final int STRING_SLOT = 0;
    private static final int OFFSET_SLOT = 0;
    private static final int NCODEUNITS_SLOT = 1;

    // (read by their kinds and slots: through getField, whose kind is not a constant here, a number was boxed)

    public static JlString parent(JlStructObject s) {
        return (JlString) CompilerDirectives.castExact(s, JlStructObject.Compact.class).ref(STRING_SLOT);
    }

    /** The 0-based index of s's first byte in its parent. */
    public static long offset(JlStructObject s) {
        return CompilerDirectives.castExact(s, JlStructObject.Compact.class).word(OFFSET_SLOT);
    }

    public static long ncodeunits(JlStructObject s) {
        return CompilerDirectives.castExact(s, JlStructObject.Compact.class).word(NCODEUNITS_SLOT);
    }
}
