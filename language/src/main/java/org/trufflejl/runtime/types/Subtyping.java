package org.trufflejl.runtime.types;

import java.util.IdentityHashMap;
import java.util.Map;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code a <: b} over data types, unions, UnionAlls and type variables. Variables of a UnionAll
 * on the right are existential: the check looks for a value for them ({@code Vector{Int} <:
 * Vector{<:Integer}} with T = Int). Variables on the left are rigid and stand for any type
 * within their bounds. Parameters are invariant except in tuples.
 */
public final class Subtyping {
    private Subtyping() {
    }

    /** Values found for existential variables; null means "not bound yet". */
    static final class Env {
        final Map<TypeVar, Object> bindings = new IdentityHashMap<>();
        /** Whether each occurrence of a UnionAll on the left has a variable of its own ({@link #matchAllSignatures}). */
        boolean separateLeftVariables;

        boolean isExistential(TypeVar v) {
            return bindings.containsKey(v);
        }

        Map<TypeVar, Object> snapshot() {
            return new IdentityHashMap<>(bindings);
        }

        void restore(Map<TypeVar, Object> s) {
            bindings.clear();
            bindings.putAll(s);
        }
    }

    @TruffleBoundary
    public static boolean isSubtype(JlType a, JlType b) {
        return sub(a, b, new Env());
    }

    /** The struct type or parametric instance a type is or wraps ({@code Dict} is {@code Dict{K, V}}); null for unions, variables, varargs. */
    private static DataType shapeOf(Object t) {
        Object x = t;
        while (x instanceof UnionAll u) {
            x = u.body;
        }
        return x instanceof DataType d ? d : null;
    }

    /**
     * Whether two types (or type parameters) are unequal by their structure alone: types of two
     * families (Vector{T} and Dict{K, V}), instances of one family with parameters told apart
     * this way (Type{Int8} and Type{UInt8}, Dict{Any} and Dict{String}), two different numbers
     * or symbols. False when undecided (variables, unions, varargs): the general matching decides.
     */
    public static boolean surelyDistinct(Object a, Object b) {
        if (a == b || a instanceof TypeVar || b instanceof TypeVar || a instanceof VarargType || b instanceof VarargType) {
            return false;
        }
        if (a instanceof JlType || b instanceof JlType) {
            if (!(a instanceof JlType) || !(b instanceof JlType)) {
                return true;    // a type and a value (Val{Int} and Val{1})
            }
            DataType da = shapeOf(a);
            DataType db = shapeOf(b);
            if (da == null || db == null) {
                return false;
            }
            if (da.family != db.family) {
                return true;
            }
            Object[] pa = da.parameters;
            Object[] pb = db.parameters;
            if (pa == null || pb == null || pa.length != pb.length) {
                return false;
            }
            for (int i = 0; i < pa.length; i++) {
                if (surelyDistinct(pa[i], pb[i])) {
                    return true;
                }
            }
            return false;
        }
        return a instanceof Long && b instanceof Long && !a.equals(b) || a instanceof Symbol && b instanceof Symbol;
    }

    /**
     * Whether {@code a <: b} is false by the types' families alone: a's supertypes never reach
     * b's family, or {@code Type{X}} against {@code Type{Y}} with X and Y surely distinct. False
     * when undecided.
     */
    public static boolean surelyNotSubtype(JlType a, JlType b) {
        if (b == Types.Any || a == b) {
            return false;
        }
        DataType da = shapeOf(a);
        DataType db = shapeOf(b);
        if (da == null || db == null || da.family.isTuple || db.family.isTuple) {
            return false;
        }
        if (da.family == Types.TypeFamilyT) {
            // Type{X} is below its kind's supertypes too (DataType, Type)
            return db.family == Types.TypeFamilyT && !(b instanceof UnionAll) && surelyDistinct(da.parameters[0], db.parameters[0]);
        }
        if (db.family == Types.TypeFamilyT) {
            return da != Types.DataTypeT && da != Types.UnionT && da != Types.UnionAllT && da != Types.TypeofBottomT;
        }
        if (db == Types.TypeofBottomT) {
            return da != Types.TypeofBottomT && da.family != Types.TypeFamilyT;
        }
        for (DataType t = da; t != null; t = t.supertype) {
            if (t.family == db.family) {
                return false;
            }
        }
        return true;
    }

    /** Both ways: the same set of values. */
    @TruffleBoundary
    public static boolean isEqual(JlType a, JlType b) {
        return a == b || a.equals(b) || isSubtype(a, b) && isSubtype(b, a);
    }

    static boolean sub(JlType a, JlType b, Env env) {
        if (a instanceof TypeVar va && env.isExistential(va) && env.bindings.get(va) instanceof JlType bound) {
            a = bound; // an existential variable already given a value stands for that value
        }
        if (a == b || b == Types.Any || a == Types.Bottom) {
            return true;
        }
        if (a instanceof UnionType u) {
            for (JlType m : u.types) {
                if (!sub(m, b, env)) {
                    return false;
                }
            }
            return true;
        }
        if (b instanceof TypeVar tb && env.isExistential(tb)) {
            return bindCovariant(a, tb, env);
        }
        if (a instanceof TypeVar ta) {
            if (b instanceof TypeVar tb && tb == ta) {
                return true;
            }
            return sub(ta.ub, b, env);
        }
        if (b instanceof TypeVar tb) {
            return sub(a, tb.lb, env);
        }
        if (b instanceof UnionType u) {
            for (JlType m : u.types) {
                Map<TypeVar, Object> saved = env.snapshot();
                if (sub(a, m, env)) {
                    return true;
                }
                env.restore(saved);
            }
            return false;
        }
        if (b instanceof UnionAll ub) {
            DataType shape = shapeOf(a);
            if (shape != null && !shape.family.isTuple && shape.family.any == b) {
                // every type of a family is within its bare name, whatever bounds a's own variables
                // have (KeySet{<:Any, <:Dict} <: KeySet though KeySet's T<:AbstractDict{K} ties T to K)
                return true;
            }
            env.bindings.put(ub.var, null);
            boolean r = sub(a, ub.body, env);
            env.bindings.remove(ub.var);
            return r;
        }
        if (a instanceof UnionAll ua) {
            if (env.separateLeftVariables) {
                // a rigid variable of its own for each occurrence: Tuple{Vector, Vector} holds two
                // vectors of any two element types, so it is not within Tuple{Vector{T}, Vector{T}}
                TypeVar own = new TypeVar(ua.var.name, ua.var.lb, ua.var.ub);
                return sub((JlType) Substitution.apply(ua.body, new TypeVar[]{ua.var}, new Object[]{own}), b, env);
            }
            return sub(ua.body, b, env);
        }
        if (a instanceof DataType da && b instanceof DataType db) {
            return subData(da, db, env);
        }
        return false;
    }

    private static boolean bindCovariant(JlType a, TypeVar v, Env env) {
        Object bound = env.bindings.get(v);
        if (bound == null) {
            if (!sub(a, v.ub, env) || !sub(v.lb, a, env)) {
                return false;
            }
            env.bindings.put(v, a);
            return true;
        }
        return bound instanceof JlType bt && sub(a, bt, env);
    }

    private static boolean isKind(DataType t) {
        return t == Types.DataTypeT || t == Types.UnionT || t == Types.UnionAllT;
    }

    private static boolean subData(DataType a, DataType b, Env env) {
        if (b == Types.TypeofBottomT) {
            // typeof(Union{}) and Type{Union{}} hold the same one value
            return a == b || a.family == Types.TypeFamilyT && invariant(a.parameters[0], Types.Bottom, env);
        }
        if (a == Types.TypeofBottomT && b.family == Types.TypeFamilyT) {
            return invariant(Types.Bottom, b.parameters[0], env);
        }
        if (b.family == Types.TypeFamilyT) {
            if (isKind(a)) {
                // every DataType, Union or UnionAll is a type: a kind is a subtype of the bare
                // Type (Type{T} for some T), not of a Type{X} that names or bounds X
                return b.parameters[0] instanceof TypeVar v && env.bindings.containsKey(v) && env.bindings.get(v) == null
                                && v.ub == Types.Any && v.lb == Types.Bottom;
            }
            // Type{X} contains exactly the type X.
            return a.family == Types.TypeFamilyT && invariant(a.parameters[0], b.parameters[0], env);
        }
        if (a.family == Types.TypeFamilyT) {
            Object x = a.parameters[0];
            JlType kind = x instanceof DataType ? Types.DataTypeT : x == Types.Bottom ? Types.TypeofBottomT : x instanceof UnionType ? Types.UnionT
                            : x instanceof UnionAll ? Types.UnionAllT : x instanceof TypeVar ? Types.TypeVarT : Types.DataTypeT;
            return sub(kind, b, env);
        }
        if (b.family.isTuple) {
            if (!a.family.isTuple) {
                return false;
            }
            if (b.parameters == null) {
                return true; // bare Tuple
            }
            return a.parameters != null && subTuple(a.parameters, b.parameters, env);
        }
        DataType t = a;
        while (t != null && t.family != b.family) {
            t = t.supertype;
        }
        if (t == null) {
            return false;
        }
        if (b.parameters.length == 0) {
            return true;
        }
        for (int i = 0; i < b.parameters.length; i++) {
            if (!invariant(t.parameters[i], b.parameters[i], env)) {
                return false;
            }
        }
        return true;
    }

    /** Covariant tuple parameters, where the last of either may be a {@link VarargType}. */
    private static boolean subTuple(Object[] ap, Object[] bp, Env env) {
        ap = withKnownCount(ap, env);
        VarargType av = ap.length > 0 && ap[ap.length - 1] instanceof VarargType v ? v : null;
        VarargType bv = bp.length > 0 && bp[bp.length - 1] instanceof VarargType v ? v : null;
        int an = av == null ? ap.length : ap.length - 1;
        int bn = bv == null ? bp.length : bp.length - 1;
        if (bv == null ? av != null || an != bn : an < bn) {
            return false;
        }
        for (int i = 0; i < bn; i++) {
            if (!sub((JlType) ap[i], (JlType) bp[i], env)) {
                return false;
            }
        }
        if (bv == null) {
            return true;
        }
        for (int i = bn; i < an; i++) {
            if (!sub((JlType) ap[i], bv.elementType, env)) {
                return false;
            }
        }
        if (av != null) {
            // any number of elements on the left: the right must allow any number too
            return sub(av.elementType, bv.elementType, env) && (bv.count == null || bv.count instanceof TypeVar && av.count == bv.count
                            || bv.count instanceof TypeVar bc && env.isExistential(bc));
        }
        // a fixed number on the left: N of Vararg{T, N} takes it
        return bv.count == null || invariant((long) (an - bn), bv.count, env);
    }

    /**
     * Tuple parameters ending in {@code Vararg{T, N}} whose N already has a value ({@code NTuple{N,
     * Int}} once N is 3, as the right side of Type{Tuple{Int, Int, Int}} made it): that many T's.
     */
    private static Object[] withKnownCount(Object[] p, Env env) {
        if (p.length == 0 || !(p[p.length - 1] instanceof VarargType v) || !(v.count instanceof TypeVar c) || !env.isExistential(c)
                        || !(env.bindings.get(c) instanceof Long n) || n < 0 || n > 1024) {
            return p;
        }
        Object[] out = new Object[p.length - 1 + n.intValue()];
        System.arraycopy(p, 0, out, 0, p.length - 1);
        java.util.Arrays.fill(out, p.length - 1, out.length, v.elementType);
        return out;
    }

    /** Invariant parameter positions: equal, or an existential variable taking that value. */
    static boolean invariant(Object x, Object y, Env env) {
        if (x instanceof TypeVar vx && env.isExistential(vx) && env.bindings.get(vx) != null) {
            x = env.bindings.get(vx);
        }
        if (x == y) {
            return true;
        }
        if (y instanceof TypeVar v && env.isExistential(v)) {
            Object bound = env.bindings.get(v);
            if (bound == null) {
                if (x instanceof JlType xt && (!sub(xt, v.ub, env) || !sub(v.lb, xt, env))) {
                    return false;
                }
                env.bindings.put(v, x);
                return true;
            }
            return invariant(x, bound, env);
        }
        if (x instanceof JlType xt && y instanceof JlType yt) {
            return sub(xt, yt, env) && sub(yt, xt, env);
        }
        return x.equals(y);
    }

    /**
     * Whether each argument type is a subtype of its parameter type, with {@code vars} existential
     * and shared across all positions; returns their values (null for unbound), or null if not.
     */
    @TruffleBoundary
    public static Map<TypeVar, Object> matchAll(java.util.List<JlType> args, java.util.List<JlType> params, TypeVar[] vars) {
        return matchAll(args, params, vars, new Env());
    }

    /**
     * {@link #matchAll} of one method's signature against another's, for specificity: there the
     * bare parametric types of the first are unrelated to each other ({@code f(::Vector, ::Vector)}
     * is not within {@code f(::Vector{T}, ::Vector{T}) where T}).
     */
    @TruffleBoundary
    public static Map<TypeVar, Object> matchAllSignatures(java.util.List<JlType> args, java.util.List<JlType> params, TypeVar[] vars) {
        Env env = new Env();
        env.separateLeftVariables = true;
        return matchAll(args, params, vars, env);
    }

    private static Map<TypeVar, Object> matchAll(java.util.List<JlType> args, java.util.List<JlType> params, TypeVar[] vars, Env env) {
        for (TypeVar v : vars) {
            env.bindings.put(v, null);
        }
        for (int i = 0; i < args.size(); i++) {
            if (!sub(args.get(i), params.get(i), env)) {
                return null;
            }
        }
        return env.bindings;
    }
}
