package org.trufflejl.runtime.types;

import com.oracle.truffle.api.interop.TruffleObject;

/** Every Julia type object: {@link DataType} and, as the type system grows, unions and UnionAlls. */
public abstract class JlType implements TruffleObject {
    /** Julia's {@code isconcretetype}: instances can have exactly this type. */
    public abstract boolean isConcrete();

    /** The type as Julia prints it ({@code Int64}, {@code Vector{Int64}}). */
    public abstract String show();

    @Override
    public final String toString() {
        return show();
    }
}
