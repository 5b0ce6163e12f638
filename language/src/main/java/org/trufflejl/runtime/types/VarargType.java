package org.trufflejl.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code Vararg{T, N}}: the last parameter of a tuple type standing for N (any number when
 * {@code count} is null) more elements of type T. A fixed count is expanded away when the tuple
 * type is made ({@code Tuple{Vararg{Int, 2}} === Tuple{Int, Int}}), so in a tuple type the count
 * is null or a type variable ({@code NTuple{N, T} = Tuple{Vararg{T, N}}}).
 */
public final class VarargType extends JlType {
    /** {@code Vararg} itself: any number of anything. */
    public static final VarargType ANY = new VarargType(Types.Any, null);

    public final JlType elementType;
    /** null (unbounded), a Long, or a TypeVar. */
    public final Object count;

    public VarargType(JlType elementType, Object count) {
        this.elementType = elementType;
        this.count = count;
    }

    @Override
    public boolean isContextLocal() {
        return elementType.isContextLocal();
    }

    @Override
    public boolean isConcrete() {
        return false;
    }

    @Override
    @TruffleBoundary
    public String show() {
        if (count == null) {
            return this == ANY ? "Vararg" : "Vararg{" + elementType.show() + "}";
        }
        return "Vararg{" + elementType.show() + ", " + count + "}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VarargType v && v.elementType.equals(elementType) && java.util.Objects.equals(v.count, count);
    }

    @Override
    public int hashCode() {
        return elementType.hashCode() * 31 + java.util.Objects.hashCode(count);
    }
}
