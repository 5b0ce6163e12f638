package org.trufflejl.runtime.types;

import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlTyped;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Julia's {@code Core.TypeName}: what the types of one family share ({@code Vector{Int}.name ===
 * Array.name}), shown {@code typename(Array)}. One per family, so {@code ===} compares families.
 */
public final class JlTypeName implements JlTyped {
    public final TypeFamily family;

    JlTypeName(TypeFamily family) {
        this.family = family;
    }

    @Override
    public JlType jlType() {
        return Types.TypeNameT;
    }

    @Override
    @TruffleBoundary
    public Object property(String name) {
        return switch (name) {
            case "name" -> family.primary.closureName != null ? family.primary.closureName : family.name;
            case "module" -> family.module != null ? family.module : JlContext.get(null).core;
            case "wrapper" -> family.any;
            case "names" -> org.trufflejl.runtime.JlSimpleVector.of(java.util.Arrays.copyOf(family.fieldNames, family.fieldNames.length, Object[].class));
            default -> null;
        };
    }
}
