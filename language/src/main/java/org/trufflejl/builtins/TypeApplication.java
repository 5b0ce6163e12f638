package org.trufflejl.builtins;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Substitution;
import org.trufflejl.runtime.types.Types;
import org.trufflejl.runtime.types.UnionAll;
import org.trufflejl.runtime.types.UnionType;
import org.trufflejl.runtime.types.VarargType;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** {@code T{P...}}: instantiating a parametric type, an alias, {@code Union{...}} or {@code Tuple{...}}. */
final class TypeApplication {
    private TypeApplication() {
    }

    /**
     * {@code apply_type(T, params...)} at one site. A site almost always applies the same type to
     * the same parameters ({@code Point{Float64}(x, y)} in a loop): it remembers that result and
     * compares identities (types are interned, literal parameters are constants), so in compiled
     * code the application is a constant.
     */
    static final class CachedApply extends BuiltinNode.BuiltinN implements org.trufflejl.nodes.Inference.Pure {
        /** One application: immutable, so a compilation on another thread reads it whole. */
        private record Applied(Object type, Object[] params, Object result) {
        }

        @CompilationFinal private Applied cached;
        @CompilationFinal private boolean generic;

        @Override
        public Object execute(Object[] p) {
            Applied c = cached;
            if (c != null && p[0] == c.type && sameParams(c.params, p)) {
                return c.result;
            }
            Object result = apply(p[0], java.util.Arrays.copyOfRange(p, 1, p.length), this);
            if (!generic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if (c == null) {
                    cached = new Applied(p[0], java.util.Arrays.copyOfRange(p, 1, p.length), result);
                } else {
                    generic = true;
                    cached = null;
                }
            }
            return result;
        }

        @ExplodeLoop
        private static boolean sameParams(Object[] cachedParams, Object[] p) {
            if (p.length - 1 != cachedParams.length) {
                return false;
            }
            for (int i = 0; i < cachedParams.length; i++) {
                if (p[i + 1] != cachedParams[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    @TruffleBoundary
    static Object apply(Object t, Object[] params, Node n) {
        if (t == Types.UnionT) {
            JlType[] members = new JlType[params.length];
            for (int i = 0; i < params.length; i++) {
                if (!(params[i] instanceof JlType m)) {
                    throw Errors.typeError("Union", "", Types.Type, params[i], n);
                }
                members[i] = m;
            }
            return UnionType.of(members);
        }
        if (t == VarargType.ANY) {
            if (params.length == 0 || params.length > 2 || !(params[0] instanceof JlType elementType)) {
                throw Errors.error("Vararg takes an element type and an optional count: Vararg{T} or Vararg{T, N}", n);
            }
            Object count = params.length == 2 ? params[1] : null;
            if (count != null && !(count instanceof Long) && !(count instanceof org.trufflejl.runtime.types.TypeVar)) {
                throw Errors.typeError("Vararg", "count", Types.Int64, count, n);
            }
            return new VarargType(elementType, count);
        }
        if (t == Types.TupleFamily.any) {
            return Types.TupleFamily.instantiate(params);
        }
        Object result = t;
        for (Object p : params) {
            if (result instanceof UnionAll u) {
                result = Substitution.instantiate(u, p);
            } else {
                throw Errors.error("too many parameters for type " + (t instanceof JlType jt ? jt.show() : String.valueOf(t)), n);
            }
        }
        if (!(result instanceof JlType) && !(t instanceof DataType)) {
            throw Errors.error("not a parametric type", n);
        }
        return result;
    }
}
