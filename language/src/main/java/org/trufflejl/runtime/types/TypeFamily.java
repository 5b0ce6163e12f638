package org.trufflejl.runtime.types;

import org.trufflejl.runtime.ArrayKey;
import java.util.concurrent.ConcurrentHashMap;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A parametric type such as {@code Array{T,N}} or {@code Tuple{...}}: it interns its instances so
 * that equal parameter lists give the identical {@link DataType}. The family's own {@link #any}
 * type stands for the unparameterised name ({@code Array}, {@code Tuple}) and every instance is
 * a subtype of it.
 */
public final class TypeFamily {
    public final Symbol name;
    /** Tuple parameters are covariant; all others are invariant. */
    public final boolean covariant;
    public final boolean isMutable;
    public final DataType any;
    private final DataType instanceSupertype;
    private final ConcurrentHashMap<ArrayKey, DataType> instances = new ConcurrentHashMap<>();

    public TypeFamily(String name, DataType supertype, boolean covariant, boolean isMutable) {
        this.name = Symbol.of(name);
        this.covariant = covariant;
        this.isMutable = isMutable;
        this.instanceSupertype = supertype;
        this.any = new DataType(this.name, null, supertype, true, false, null, new Object[0]);
    }

    @TruffleBoundary
    public DataType instantiate(Object... parameters) {
        ArrayKey key = new ArrayKey(parameters);
        DataType t = instances.get(key);
        if (t == null) {
            t = instances.computeIfAbsent(key,
                            k -> new DataType(name, null, any, false, isMutable, this, k.elements()));
        }
        return t;
    }

    boolean isConcreteInstance(DataType t) {
        if (!covariant) {
            return true;
        }
        for (Object p : t.parameters) {
            if (!(p instanceof JlType pt) || !pt.isConcrete()) {
                return false;
            }
        }
        return true;
    }

    String show(DataType t) {
        if (name.name.equals("NamedTuple") && t.parameters.length == 2 && t.parameters[0] instanceof org.trufflejl.runtime.JlTuple names
                        && t.parameters[1] instanceof DataType types) {
            // Julia 1.10 prints @NamedTuple{a::Int64, b::String}
            StringBuilder sb = new StringBuilder("@NamedTuple{");
            for (int i = 0; i < names.elements.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(names.elements[i]).append("::").append(showParam(types.parameters[i]));
            }
            return sb.append('}').toString();
        }
        if (name.name.equals("Array") && t.parameters.length == 2 && t.parameters[1] instanceof Long n && (n == 1 || n == 2)) {
            return (n == 1 ? "Vector{" : "Matrix{") + showParam(t.parameters[0]) + "}";
        }
        StringBuilder sb = new StringBuilder(name.name).append('{');
        for (int i = 0; i < t.parameters.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(showParam(t.parameters[i]));
        }
        return sb.append('}').toString();
    }

    private static String showParam(Object p) {
        return p instanceof Symbol s ? ":" + s.name : String.valueOf(p);
    }
}
