package org.trufflejl.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Subtyping;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Matching argument types against a method signature with {@code where} variables, following
 * Julia's rules: a variable in an invariant position ({@code Vector{T}}, {@code Type{T}}) takes
 * that exact value; a variable that is a whole parameter type ({@code x::T}) takes the argument's
 * type, and if it is used so several times, all those argument types must be the same concrete
 * type (the "diagonal" rule: {@code f(x::T, y::T)} does not match {@code (Int8, Int64)}).
 */
final class MethodMatch {
    private MethodMatch() {
    }

    /** The values of the method's variables for these argument types, or null if it does not match. */
    @TruffleBoundary
    static Object[] match(Method m, JlType[] argTypes) {
        int n = m.sig.length;
        if (argTypes.length < n || (m.varargType == null && argTypes.length != n)) {
            return null;
        }
        TypeVar[] vars = m.typeVars;
        if (vars.length == 0) {
            for (int i = 0; i < argTypes.length; i++) {
                if (!Types.isSubtype(argTypes[i], i < n ? m.sig[i] : m.varargType)) {
                    return null;
                }
            }
            return NO_VARS;
        }
        Map<TypeVar, List<JlType>> diagonal = new IdentityHashMap<>();
        List<JlType> nonDiagonalArgs = new ArrayList<>();
        List<JlType> nonDiagonalParams = new ArrayList<>();
        for (int i = 0; i < argTypes.length; i++) {
            JlType p = i < n ? m.sig[i] : m.varargType;
            if (p instanceof TypeVar v && isOwnVar(vars, v)) {
                diagonal.computeIfAbsent(v, k -> new ArrayList<>()).add(argTypes[i]);
            } else {
                nonDiagonalArgs.add(argTypes[i]);
                nonDiagonalParams.add(p);
            }
        }
        // Invariant and nested occurrences bind through subtyping with existential variables.
        Map<TypeVar, Object> bound = Subtyping.matchAll(nonDiagonalArgs, nonDiagonalParams, vars);
        if (bound == null) {
            return null;
        }
        Object[] env = new Object[vars.length];
        for (int k = 0; k < vars.length; k++) {
            TypeVar v = vars[k];
            List<JlType> direct = diagonal.get(v);
            Object value = bound.get(v);
            if (direct != null) {
                if (value == null) {
                    JlType first = direct.get(0);
                    if (direct.size() > 1) {
                        for (JlType t : direct) {
                            if (t != first || !t.isConcrete()) {
                                return null;
                            }
                        }
                    }
                    value = first;
                } else {
                    for (JlType t : direct) {
                        if (!(value instanceof JlType vt) || !Types.isSubtype(t, vt)) {
                            return null;
                        }
                    }
                }
            }
            if (value instanceof JlType vt && (!Types.isSubtype(vt, v.ub) || !Types.isSubtype(v.lb, vt))) {
                return null;
            }
            env[k] = value == null ? v : value;
        }
        return env;
    }

    private static boolean isOwnVar(TypeVar[] vars, TypeVar v) {
        for (TypeVar x : vars) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static final Object[] NO_VARS = new Object[0];
}
