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
        if (var.name.name.startsWith("#s") && body instanceof DataType d) {
            // A wildcard parameter such as Vector{<:Integer}
            return d.show().replace(var.name.name, "<:" + var.ub.show());
        }
        return body.show() + " where " + var.showWithBounds();
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
