package org.trufflejl.runtime.types;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A type variable {@code T} with bounds {@code lb <: T <: ub}, as bound by {@code where} or a parametric type. */
public final class TypeVar extends JlType {
    public final Symbol name;
    public final JlType lb;
    public final JlType ub;

    @Override
    public boolean isContextLocal() {
        return lb.isContextLocal() || ub.isContextLocal();
    }

    public TypeVar(Symbol name, JlType lb, JlType ub) {
        this.name = name;
        this.lb = lb;
        this.ub = ub;
    }

    @Override
    public boolean isConcrete() {
        return false;
    }

    @Override
    @TruffleBoundary
    public String show() {
        return name.name;
    }

    /** {@code T<:Real}, {@code T>:Int64}, {@code Int64<:T<:Real} as a where-clause prints it (Julia's show of a TypeVar). */
    @TruffleBoundary
    public String showWithBounds() {
        String s = name.name;
        if (lb != Types.Bottom) {
            s = ub == Types.Any ? s + ">:" + showBound(lb) : showBound(lb) + "<:" + s;
        }
        if (ub != Types.Any) {
            s += "<:" + showBound(ub);
        }
        return s;
    }

    /** A bound that is itself a where-type is parenthesized: {@code T<:(Vector{S} where S<:Real)}. */
    private static String showBound(JlType b) {
        return b instanceof UnionAll u && !u.printsWithoutParams() ? "(" + b.show() + ")" : b.show();
    }
}
