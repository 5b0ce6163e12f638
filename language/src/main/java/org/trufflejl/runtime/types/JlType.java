package org.trufflejl.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** Every Julia type object: {@link DataType} and, as the type system grows, unions and UnionAlls. */
public abstract class JlType implements TruffleObject {
    /** {@code Type{this}}, interned on first use: dispatch reads it for every type-valued argument. */
    // Not volatile: partial evaluation folds a @CompilationFinal field only when it is not volatile.
    @CompilationFinal private DataType typeOfType;

    /**
     * Whether this type mentions a type that a context defined (a struct of the program): such
     * types belong to that context and must not be kept by the JVM-wide caches of the built-in
     * families, or a closed context could never be collected (see {@link TypeFamily#instantiate}).
     */
    public abstract boolean isContextLocal();

    /** {@link #isContextLocal} for anything that can be a type parameter (types, values). */
    public static boolean isContextLocal(Object parameter) {
        if (parameter instanceof JlType t) {
            return t.isContextLocal();
        } else if (parameter instanceof org.trufflejl.runtime.JlTuple tuple) {
            for (Object e : tuple.elements) {
                if (isContextLocal(e)) {
                    return true;
                }
            }
        } else if (parameter instanceof org.trufflejl.runtime.JlStructObject o) {
            return o.type.isContextLocal();
        }
        return false;
    }

    /** {@code Type{this}}: a field read once computed (no hash lookup on dispatch's fast path). */
    public final DataType typeOfType() {
        DataType t = typeOfType;
        return t != null ? t : computeTypeOfType();
    }

    @TruffleBoundary
    private DataType computeTypeOfType() {
        DataType t = Types.TypeFamilyT.instantiate(this);
        typeOfType = t;
        return t;
    }

    /** {@code Array{this,1}} and {@code Array{this,2}}, interned on first use: every new array reads one. */
    @CompilationFinal private DataType vectorType;
    @CompilationFinal private DataType matrixType;

    /**
     * {@code Array{this,ndims}}: a field read once computed for vectors and matrices (the
     * family's hash lookup was 20 of the 25 ns that making a small array took).
     */
    public final DataType arrayType(int ndims) {
        if (ndims == 1) {
            DataType t = vectorType;
            return t != null ? t : (vectorType = instantiateArray(1));
        } else if (ndims == 2) {
            DataType t = matrixType;
            return t != null ? t : (matrixType = instantiateArray(2));
        }
        return instantiateArray(ndims);
    }

    @TruffleBoundary
    private DataType instantiateArray(int ndims) {
        return Types.ArrayFamily.instantiate(this, (long) ndims);
    }

    /** Julia's {@code isconcretetype}: instances can have exactly this type. */
    public abstract boolean isConcrete();

    /** The type as Julia prints it ({@code Int64}, {@code Vector{Int64}}). */
    public abstract String show();

    @Override
    public final String toString() {
        return show();
    }
}
