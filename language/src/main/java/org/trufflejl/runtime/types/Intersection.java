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
                        : b instanceof UnionAll ub && a instanceof DataType d2 ? instanceMeeting(ub, d2) : null;
        return instance != null ? instance : Types.Bottom;
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
        JlType body = ua;
        while (body instanceof UnionAll u) {
            vars.add(u.var);
            body = u.body;
        }
        if (!(body instanceof DataType t) || d.parameters == null) {
            return null;
        }
        DataType s = t;
        while (s != null && s.family != d.family) {
            s = s.supertype;
        }
        if (s == null || s.parameters == null || s.parameters.length != d.parameters.length) {
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
