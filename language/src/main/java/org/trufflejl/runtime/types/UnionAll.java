package org.trufflejl.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code body where var}: a type with a free type variable, such as {@code Vector} or {@code Point}. */
public final class UnionAll extends JlType {
    public final TypeVar var;
    public final JlType body;

    @Override
    public boolean isContextLocal() {
        return var.isContextLocal() || body.isContextLocal();
    }

    public UnionAll(TypeVar var, JlType body) {
        this.var = var;
        this.body = body;
    }

    @Override
    public boolean isConcrete() {
        return false;
    }

    /** The innermost body, under all the UnionAll layers. */
    public JlType unwrap() {
        JlType b = body;
        while (b instanceof UnionAll u) {
            b = u.body;
        }
        return b;
    }

    @Override
    @TruffleBoundary
    public String show() {
        String alias = Types.aliasName(this);
        if (alias != null) {
            return alias;
        }
        JlType inner = unwrap();
        if (inner instanceof DataType dt && dt.family.any == this) {
            return dt.family.qualifiedName();
        }
        String elided = elided();
        if (elided != null) {
            return elided;
        }
        if (var.name.name.startsWith("#s") && body instanceof DataType d) {
            // A wildcard parameter such as Vector{<:Integer}
            return d.show().replace(var.name.name, "<:" + var.ub.show());
        }
        return body.show() + " where " + var.showWithBounds();
    }

    /**
     * Julia's short spelling when the where-variables are exactly the type's trailing parameters
     * with their declared bounds: {@code Dict{Int64, V} where V} is {@code Dict{Int64}}, all of
     * them the bare name ({@code Pt}), {@code Array{T, 1} where T} the alias {@code Vector}.
     */
    private String elided() {
        java.util.List<TypeVar> vs = new java.util.ArrayList<>();
        JlType t = this;
        while (t instanceof UnionAll u) {
            vs.add(u.var);
            t = u.body;
        }
        if (!(t instanceof DataType d) || d.parameters == null || d.family.isTuple) {
            return null;
        }
        int n = d.parameters.length;
        int k = vs.size();
        if (Types.aliasesOn() && k == 1 && n == 2 && d.parameters[0] == vs.get(0) && d.parameters[1] instanceof Long dim && (dim == 1 || dim == 2)
                        && vs.get(0).ub == Types.Any && vs.get(0).lb == Types.Bottom) {
            String kind = dim == 1 ? "Vector" : "Matrix";
            if (d.family == Types.ArrayFamily) {
                return kind;
            } else if (d.family == Types.AbstractArrayFamily) {
                return "Abstract" + kind;
            } else if (d.family == Types.DenseArrayFamily) {
                return "Dense" + kind;
            }
        }
        if (k > n) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            int i = n - k + j;
            TypeVar declared = d.family.vars[i];
            if (d.parameters[i] != vs.get(j) || !Subtyping.isEqual(vs.get(j).ub, declared.ub) || !Subtyping.isEqual(vs.get(j).lb, declared.lb)) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder(d.family.qualifiedName());
        for (int i = 0; i < n - k; i++) {
            if (mentions(d.parameters[i], vs)) {
                return null;
            }
            sb.append(i == 0 ? "{" : ", ").append(DataType.showParameter(d.parameters[i]));
        }
        return n - k > 0 ? sb.append('}').toString() : sb.toString();
    }

    /** Whether type {@code p} mentions variable {@code v} (Julia's jl_has_typevar). */
    public static boolean mentions(Object p, TypeVar v) {
        return mentions(p, java.util.List.of(v));
    }

    private static boolean mentions(Object p, java.util.List<TypeVar> vs) {
        if (p instanceof TypeVar v) {
            return vs.contains(v);
        } else if (p instanceof DataType d && d.parameters != null) {
            for (Object q : d.parameters) {
                if (mentions(q, vs)) {
                    return true;
                }
            }
        } else if (p instanceof UnionAll u) {
            return mentions(u.var.ub, vs) || mentions(u.body, vs);
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnionAll u && u.var == var && u.body.equals(body);
    }

    @Override
    public int hashCode() {
        return var.hashCode() * 31 + body.hashCode();
    }
}
