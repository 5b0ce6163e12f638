package org.trufflejl.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Replacing type variables by values in a type: instantiating supertypes, field types, aliases. */
public final class Substitution {
    private Substitution() {
    }

    @TruffleBoundary
    public static Object apply(Object t, TypeVar[] vars, Object[] values) {
        if (t instanceof TypeVar v) {
            for (int i = 0; i < vars.length; i++) {
                if (vars[i] == v) {
                    return values[i];
                }
            }
            return v;
        }
        if (t instanceof DataType d) {
            if (d.parameters == null || d.parameters.length == 0) {
                return d;
            }
            Object[] ps = new Object[d.parameters.length];
            boolean changed = false;
            for (int i = 0; i < ps.length; i++) {
                ps[i] = apply(d.parameters[i], vars, values);
                changed |= ps[i] != d.parameters[i];
            }
            return changed ? d.family.instantiate(ps) : d;
        }
        if (t instanceof UnionType u) {
            JlType[] ms = new JlType[u.types.length];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = (JlType) apply(u.types[i], vars, values);
            }
            return UnionType.of(ms);
        }
        if (t instanceof VarargType va) {
            JlType elementType = (JlType) apply(va.elementType, vars, values);
            Object count = va.count == null ? null : apply(va.count, vars, values);
            return elementType == va.elementType && count == va.count ? va : new VarargType(elementType, count);
        }
        if (t instanceof UnionAll ua) {
            // the bound variable's own bounds may name the substituted ones (AbstractVector{<:T}):
            // then it becomes a new variable with the substituted bounds
            TypeVar v = ua.var;
            JlType lb = (JlType) apply(v.lb, vars, values);
            JlType ub = (JlType) apply(v.ub, vars, values);
            JlType body;
            if (lb != v.lb || ub != v.ub) {
                TypeVar renamed = new TypeVar(v.name, lb, ub);
                TypeVar[] vs = java.util.Arrays.copyOf(vars, vars.length + 1);
                Object[] xs = java.util.Arrays.copyOf(values, values.length + 1);
                vs[vars.length] = v;
                xs[vars.length] = renamed;
                body = (JlType) apply(ua.body, vs, xs);
                return new UnionAll(renamed, body);
            }
            body = (JlType) apply(ua.body, vars, values);
            return body == ua.body ? ua : new UnionAll(v, body);
        }
        return t;
    }

    /** {@code T{p}}: instantiates the outermost variable of a UnionAll. */
    @TruffleBoundary
    public static Object instantiate(UnionAll u, Object param) {
        return apply(u.body, new TypeVar[]{u.var}, new Object[]{param});
    }
}
