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
public final class MethodMatch {
    private MethodMatch() {
    }

    /** The values of the method's variables for these argument types, or null if it does not match. */
    @TruffleBoundary
    static Object[] match(Method m, JlType[] argTypes) {
        return match(m.sig, m.varargType, m.varargCount, m.typeVars, argTypes);
    }

    /** As {@link #match(Method, JlType[])}, also matching the called type against the method's callee pattern. */
    @TruffleBoundary
    static Object[] matchWithCallee(Method m, JlType calleeType, JlType[] argTypes) {
        JlType[] sig = new JlType[m.sig.length + 1];
        sig[0] = m.calleePattern;
        System.arraycopy(m.sig, 0, sig, 1, m.sig.length);
        JlType[] args = new JlType[argTypes.length + 1];
        args[0] = calleeType;
        System.arraycopy(argTypes, 0, args, 1, argTypes.length);
        return match(sig, m.varargType, m.varargCount, m.typeVars, args);
    }

    /**
     * The values of {@code vars} that values of types {@code argTypes} given for parameters
     * declared {@code sig} bind (a var nothing binds stays itself), or null when they do not fit.
     */
    public static Object[] bind(JlType[] sig, TypeVar[] vars, JlType[] argTypes) {
        return match(sig, null, null, vars, argTypes);
    }

    private static Object[] match(JlType[] sig, JlType varargType, Object varargCount, TypeVar[] vars, JlType[] argTypes) {
        int n = sig.length;
        if (argTypes.length < n || (varargType == null && argTypes.length != n)) {
            return null;
        }
        // Vararg{T, N}: a fixed count, or the count binds N
        long count = argTypes.length - n;
        if (varargCount instanceof Long k && k != count) {
            return null;
        }
        if (vars.length == 0) {
            for (int i = 0; i < argTypes.length; i++) {
                if (!Types.isSubtype(argTypes[i], i < n ? sig[i] : varargType)) {
                    return null;
                }
            }
            return NO_VARS;
        }
        Map<TypeVar, List<JlType>> diagonal = new IdentityHashMap<>();
        List<JlType> nonDiagonalArgs = new ArrayList<>();
        List<JlType> nonDiagonalParams = new ArrayList<>();
        for (int i = 0; i < argTypes.length; i++) {
            JlType p = i < n ? sig[i] : varargType;
            if (p instanceof TypeVar v && isOwnVar(vars, v)) {
                // x::T given a type binds T to the type's kind (f(Int) has T = DataType), as in Julia
                JlType a = argTypes[i];
                JlType kind = a instanceof org.trufflejl.runtime.types.DataType d && d.family == Types.TypeFamilyT && d.parameters[0] instanceof JlType x
                                ? Types.typeOf(x) : a;
                diagonal.computeIfAbsent(v, k -> new ArrayList<>()).add(kind);
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
            if (v == varargCount) {
                if (value != null && !(value instanceof Long c && c == count)) {
                    return null;
                }
                value = count;
            }
            if (value instanceof JlType vt && !bindThroughBound(vt, v, vars, env, k)) {
                return null;
            }
            env[k] = value == null ? v : value;
        }
        return env;
    }

    /**
     * Whether {@code value} is within {@code v}'s bounds, with the earlier variables they name
     * at their values; one nothing else bound takes its value from here ({@code f(a::A) where
     * {T, A<:AbstractVector{T}}}: T from A's value).
     */
    private static boolean bindThroughBound(JlType value, TypeVar v, TypeVar[] vars, Object[] env, int k) {
        JlType ub = boundWithValues(v.ub, vars, env, k);
        List<TypeVar> open = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (env[j] == vars[j] && org.trufflejl.runtime.types.UnionAll.mentions(ub, vars[j])) {
                open.add(vars[j]);
            }
        }
        if (open.isEmpty()) {
            return Types.isSubtype(value, ub) && Types.isSubtype(boundWithValues(v.lb, vars, env, k), value);
        }
        Map<TypeVar, Object> found = Subtyping.matchAll(List.of(value), List.of(ub), open.toArray(new TypeVar[0]));
        if (found == null) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (open.contains(vars[j]) && found.get(vars[j]) != null) {
                env[j] = found.get(vars[j]);
            }
        }
        return Types.isSubtype(boundWithValues(v.lb, vars, env, k), value);
    }

    /** A bound that names earlier variables ({@code where {T, S<:T}}) with the values found for them. */
    private static JlType boundWithValues(JlType bound, TypeVar[] vars, Object[] env, int known) {
        if (bound == Types.Any || bound == Types.Bottom || known == 0) {
            return bound;
        }
        Object[] values = new Object[known];
        System.arraycopy(env, 0, values, 0, known);
        return (JlType) org.trufflejl.runtime.types.Substitution.apply(bound, java.util.Arrays.copyOf(vars, known), values);
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
