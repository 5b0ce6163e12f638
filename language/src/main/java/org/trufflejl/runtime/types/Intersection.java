package org.trufflejl.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Type intersection ({@code typeintersect}), as far as TruffleJL's types need it. */
public final class Intersection {
    private Intersection() {
    }

    /**
     * {@code typeintersect(a, b)}: exact for subtypes and unions of them; two types neither of
     * which contains the other intersect in {@code Union{}} (single inheritance makes that exact
     * for data types; for parametric UnionAlls it is the conservative answer).
     */
    @TruffleBoundary
    public static JlType of(JlType a, JlType b) {
        if (Types.isSubtype(a, b)) {
            return a;
        }
        if (Types.isSubtype(b, a)) {
            return b;
        }
        if (a instanceof UnionType u) {
            JlType[] parts = new JlType[u.types.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = of(u.types[i], b);
            }
            return UnionType.of(parts);
        }
        if (b instanceof UnionType) {
            return of(b, a);
        }
        if (a instanceof DataType ta && b instanceof DataType tb && ta.isTupleType() && tb.isTupleType()) {
            return tuples(ta, tb);
        }
        JlType instance = a instanceof UnionAll ua && b instanceof DataType d ? instanceMeeting(ua, d)
                        : b instanceof UnionAll ub && a instanceof DataType d2 ? instanceMeeting(ub, d2)
                        : a instanceof UnionAll ua2 && b instanceof UnionAll ub2 ? unionAllsMeeting(ua2, ub2) : null;
        return instance != null ? instance : Types.Bottom;
    }

    /**
     * Two parametric UnionAlls of related families meet where their parameters unify:
     * {@code Array{Int} ∩ Vector} is {@code Vector{Int64}}, {@code Vector ∩ AbstractVector{<:Integer}}
     * is {@code Vector{<:Integer}}; null when a position does not unify simply.
     */
    private static JlType unionAllsMeeting(UnionAll a, UnionAll b) {
        JlType r = unify(a, b);
        return r != null ? r : unify(b, a);
    }

    /** {@link #unionAllsMeeting} where {@code sub}'s family is (or is below) {@code sup}'s. */
    private static JlType unify(UnionAll sub, UnionAll sup) {
        java.util.List<TypeVar> subVars = new java.util.ArrayList<>();
        JlType subBody = unwrapInto(sub, subVars);
        java.util.List<TypeVar> supVars = new java.util.ArrayList<>();
        JlType supBody = unwrapInto(sup, supVars);
        if (!(subBody instanceof DataType t) || !(supBody instanceof DataType d) || d.parameters == null || t.family.isTuple) {
            return null;
        }
        DataType s = ancestorOfFamily(t, d);
        if (s == null) {
            return null;
        }
        java.util.Map<TypeVar, Object> values = new java.util.HashMap<>();   // a variable of sub: its value
        java.util.Map<TypeVar, Object> supValues = new java.util.HashMap<>();
        for (int i = 0; i < s.parameters.length; i++) {
            Object x = s.parameters[i];
            Object y = d.parameters[i];
            boolean xVar = x instanceof TypeVar xv && subVars.contains(xv);
            boolean yVar = y instanceof TypeVar yv && supVars.contains(yv);
            if (xVar && yVar) {
                TypeVar xv = (TypeVar) x;
                TypeVar yv = (TypeVar) y;
                JlType ub = Types.isSubtype(xv.ub, yv.ub) ? xv.ub : Types.isSubtype(yv.ub, xv.ub) ? yv.ub : null;
                if (ub == null || values.containsKey(xv) || supValues.containsKey(yv)) {
                    return null;
                }
                TypeVar met = ub == xv.ub ? xv : new TypeVar(xv.name, xv.lb, ub);
                values.put(xv, met);
                supValues.put(yv, met);
            } else if (xVar) {
                if (!bindOnce(values, (TypeVar) x, y)) {
                    return null;
                }
            } else if (yVar) {
                if (!bindOnce(supValues, (TypeVar) y, x)) {
                    return null;
                }
            } else if (!java.util.Objects.equals(x, y)) {
                return null;
            }
        }
        TypeVar[] vars = subVars.toArray(new TypeVar[0]);
        Object[] vals = new Object[vars.length];
        java.util.List<TypeVar> open = new java.util.ArrayList<>();
        for (int i = 0; i < vars.length; i++) {
            Object v = values.get(vars[i]);
            vals[i] = v != null ? v : vars[i];
            if (v == null || v instanceof TypeVar) {
                open.add(v == null ? vars[i] : (TypeVar) v);
            }
        }
        JlType met = (JlType) Substitution.apply(t, vars, vals);
        for (int i = open.size() - 1; i >= 0; i--) {
            met = new UnionAll(open.get(i), met);
        }
        return Types.isSubtype(met, sub) && Types.isSubtype(met, sup) ? met : null;
    }

    /** {@code t} or its supertype of {@code d}'s family, with as many parameters as {@code d}; null when there is none. */
    private static DataType ancestorOfFamily(DataType t, DataType d) {
        DataType s = t;
        while (s != null && s.family != d.family) {
            s = s.supertype;
        }
        return s == null || s.parameters == null || s.parameters.length != d.parameters.length ? null : s;
    }

    private static JlType unwrapInto(UnionAll u, java.util.List<TypeVar> vars) {
        JlType body = u;
        while (body instanceof UnionAll w) {
            vars.add(w.var);
            body = w.body;
        }
        return body;
    }

    /** Binds a variable to a value within its bounds; false if it has another value or the value is outside them. */
    private static boolean bindOnce(java.util.Map<TypeVar, Object> values, TypeVar v, Object value) {
        Object had = values.get(v);
        if (had != null) {
            return had.equals(value);
        }
        if (value instanceof JlType vt && (!Types.isSubtype(vt, v.ub) || !Types.isSubtype(v.lb, vt))) {
            return false;
        }
        values.put(v, value);
        return true;
    }

    /** Tuple types of one length (no Vararg) meet element by element: {@code Tuple{Int,Any} ∩ Tuple{Any,String}} is {@code Tuple{Int,String}}. */
    private static JlType tuples(DataType a, DataType b) {
        if (a.parameters == null || b.parameters == null || a.parameters.length != b.parameters.length) {
            return Types.Bottom;
        }
        Object[] elements = new Object[a.parameters.length];
        for (int i = 0; i < elements.length; i++) {
            if (!(a.parameters[i] instanceof JlType x) || !(b.parameters[i] instanceof JlType y) || x instanceof VarargType || y instanceof VarargType) {
                return Types.Bottom;
            }
            JlType e = of(x, y);
            if (e == Types.Bottom) {
                return Types.Bottom;
            }
            elements[i] = e;
        }
        return Types.TupleFamily.instantiate(elements);
    }

    /**
     * {@code Vector{<:Real} ∩ AbstractVector{Int64}}: the instance of the UnionAll's type whose
     * supertype of {@code d}'s family has {@code d}'s parameters ({@code Vector{Int64}}), when it is
     * in both; null otherwise.
     */
    private static JlType instanceMeeting(UnionAll ua, DataType d) {
        java.util.List<TypeVar> vars = new java.util.ArrayList<>();
        JlType body = unwrapInto(ua, vars);
        if (!(body instanceof DataType t) || d.parameters == null) {
            return null;
        }
        DataType s = ancestorOfFamily(t, d);
        if (s == null) {
            return null;
        }
        Object[] values = new Object[vars.size()];
        for (int i = 0; i < s.parameters.length; i++) {
            int k = vars.indexOf(s.parameters[i]);
            if (k >= 0) {
                if (values[k] != null && !values[k].equals(d.parameters[i])) {
                    return null;
                }
                values[k] = d.parameters[i];
            } else if (!java.util.Objects.equals(s.parameters[i], d.parameters[i])) {
                return null;
            }
        }
        for (Object v : values) {
            if (v == null) {
                return null;    // a variable the other type does not fix
            }
        }
        JlType c = (JlType) Substitution.apply(t, vars.toArray(new TypeVar[0]), values);
        return Types.isSubtype(c, ua) && Types.isSubtype(c, d) ? c : null;
    }

}
