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
            if (dt.closureName != null) {
                // a closure's type with its parameters free, var"#1#2" (shown without them)
                String s = dt.show();
                return s.substring(0, s.indexOf('{'));
            }
            return dt.family.qualifiedName();
        }
        String elided = elided();
        if (elided != null) {
            return elided;
        }
        java.util.List<TypeVar> wheres = new java.util.ArrayList<>();
        JlType t = this;
        while (t instanceof UnionAll u) {
            wheres.add(u.var);
            t = u.body;
        }
        String shown = t instanceof DataType d ? showDatatype(d, wheres) : null;
        if (shown == null) {
            if (wheres.size() == 1 && var.name.name.startsWith("#s") && var.lb == Types.Bottom && body instanceof DataType d) {
                // A wildcard parameter such as Tuple{<:Integer}
                return d.show().replace(var.name.name, "<:" + var.ub.show());
            }
            shown = t.show();
        }
        return shown + showWheres(wheres);
    }

    /**
     * Julia's show_datatype and show_typeparams for the body of a where-type: a trailing
     * parameter that is its where-variable with the declared bounds is left out
     * ({@code Dict{K} where K<:Real}), a variable of a wildcard ({@code #s1}) that occurs
     * once is written {@code <:Real} or {@code >:Int64}; the variables so shown are removed
     * from {@code wheres}. Null for the types spelled otherwise (tuples, named tuples).
     */
    private static String showDatatype(DataType d, java.util.List<TypeVar> wheres) {
        Object[] p = d.parameters;
        if (p == null || p.length == 0) {
            return null;
        }
        String head;
        Object[] env;
        TypeVar[] orig;
        if (Types.aliasesOn() && (d.family == Types.ArrayFamily || d.family == Types.AbstractArrayFamily || d.family == Types.DenseArrayFamily) && p.length == 2
                        && p[1] instanceof Long dim && (dim == 1 || dim == 2)) {
            String prefix = d.family == Types.ArrayFamily ? "" : d.family == Types.DenseArrayFamily ? "Dense" : "Abstract";
            head = prefix + (dim == 1 ? "Vector" : "Matrix");
            env = new Object[]{p[0]};
            orig = new TypeVar[]{d.family.vars[0]};
        } else if (d.family.isTuple || Types.showSpecial(d) != null || d.family.vars.length != p.length) {
            return null;
        } else {
            head = d.family.qualifiedName();
            env = p;
            orig = d.family.vars;
        }
        int n = env.length;
        int elide = wheres.size();
        for (int i = n - 1; i >= 0; i--) {
            if (env[i] instanceof TypeVar v) {
                if (i == n - 1 && Subtyping.isEqual(v.ub, orig[i].ub) && Subtyping.isEqual(v.lb, orig[i].lb) && canElide(v, wheres, elide, env, i)) {
                    n--;
                    elide--;
                } else if ((v.lb == Types.Bottom || v.ub == Types.Any) && v.name.name.indexOf('#') >= 0 && canElide(v, wheres, elide, env, i)) {
                    elide--;
                }
            }
        }
        StringBuilder sb = new StringBuilder(head);
        if (n > 0) {
            sb.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (env[i] instanceof TypeVar v && wheres.indexOf(v) >= elide && v.lb == Types.Bottom) {
                    sb.append("<:").append(v.ub.show());
                } else if (env[i] instanceof TypeVar v && wheres.indexOf(v) >= elide && v.ub == Types.Any) {
                    sb.append(">:").append(v.lb.show());
                } else {
                    sb.append(DataType.showParameter(env[i]));
                }
            }
            sb.append('}');
        }
        wheres.subList(elide, wheres.size()).clear();
        return sb.toString();
    }

    /** Julia's show_can_elide: {@code v} is the last where-variable left, and no other parameter or later bound mentions it. */
    private static boolean canElide(TypeVar v, java.util.List<TypeVar> wheres, int elide, Object[] env, int skip) {
        if (elide == 0 || wheres.get(elide - 1) != v) {
            return false;
        }
        for (int i = elide; i < wheres.size(); i++) {
            if (mentions(wheres.get(i).lb, v) || mentions(wheres.get(i).ub, v)) {
                return false;
            }
        }
        for (int i = 0; i < env.length; i++) {
            if (i != skip && mentions(env[i], v)) {
                return false;
            }
        }
        return true;
    }

    /** Julia's show_wheres: {@code " where T"}, {@code " where {T, S<:T}"}. */
    public static String showWheres(java.util.List<TypeVar> wheres) {
        if (wheres.isEmpty()) {
            return "";
        } else if (wheres.size() == 1) {
            return " where " + wheres.get(0).showWithBounds();
        }
        StringBuilder sb = new StringBuilder(" where {");
        for (int i = 0; i < wheres.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(wheres.get(i).showWithBounds());
        }
        return sb.append('}').toString();
    }

    /** A where-type written bare ({@code Vector}, {@code Dict}): Julia's print_without_params. */
    boolean printsWithoutParams() {
        return unwrap() instanceof DataType dt && dt.family.any == this;
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
            return mentions(u.var.ub, vs) || mentions(u.var.lb, vs) || mentions(u.body, vs);
        } else if (p instanceof UnionType u) {
            for (JlType q : u.types) {
                if (mentions(q, vs)) {
                    return true;
                }
            }
        } else if (p instanceof VarargType va) {
            return mentions(va.elementType, vs) || mentions(va.count, vs);
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
