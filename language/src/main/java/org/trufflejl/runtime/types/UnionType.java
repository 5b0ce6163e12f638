package org.trufflejl.runtime.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code Union{A, B, ...}}: flattened, without duplicates; {@code Union{}} is {@link Types#Bottom}. */
public final class UnionType extends JlType {
    public final JlType[] types;

    @Override
    public boolean isContextLocal() {
        for (JlType t : types) {
            if (t.isContextLocal()) {
                return true;
            }
        }
        return false;
    }

    private UnionType(JlType[] types) {
        this.types = types;
    }

    /** {@code Union{}}: the empty type, subtype of every type. */
    static UnionType bottom() {
        return new UnionType(new JlType[0]);
    }

    /** The union of the given types, simplified: nested unions flattened, subsumed members dropped. */
    @TruffleBoundary
    public static JlType of(JlType... members) {
        List<JlType> flat = new ArrayList<>();
        for (JlType t : members) {
            if (t instanceof UnionType u) {
                flat.addAll(Arrays.asList(u.types));
            } else if (t != Types.Bottom) {
                flat.add(t);
            }
        }
        List<JlType> kept = new ArrayList<>();
        outer: for (int i = 0; i < flat.size(); i++) {
            JlType t = flat.get(i);
            for (int j = 0; j < flat.size(); j++) {
                JlType other = flat.get(j);
                if (i != j && Subtyping.isSubtype(t, other) && (!Subtyping.isSubtype(other, t) || j < i)) {
                    continue outer;
                }
            }
            kept.add(t);
        }
        if (kept.isEmpty()) {
            return Types.Bottom;
        }
        kept.sort(UnionType::compareMembers);
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return new UnionType(kept.toArray(new JlType[0]));
    }

    /**
     * Julia's order of union members (jltypes.c union_sort_cmp): singleton types first, then bits
     * types, then other data types, then UnionAlls; ties alphabetically by name, then parameters.
     */
    private static int compareMembers(JlType a, JlType b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        JlType ua = a instanceof UnionAll x ? x.unwrap() : a;
        JlType ub = b instanceof UnionAll x ? x.unwrap() : b;
        if (ua instanceof DataType da && ub instanceof DataType db) {
            int c = da.family.qualifiedName().compareTo(db.family.qualifiedName());
            if (c != 0) {
                return c;
            }
        }
        return a.show().compareTo(b.show());
    }

    private static int rank(JlType t) {
        if (!(t instanceof DataType d)) {
            return 3;
        }
        if (Types.isPrimitive(d)) {
            return 1;
        }
        if (d.isConcrete() && !d.isMutable && d.fieldTypes.length == 0 && !Types.isOpaque(d)) {
            return 0; // singleton, e.g. Nothing
        }
        if (d.isConcrete() && !d.isMutable && allBits(d)) {
            return 1;
        }
        return 2;
    }

    private static boolean allBits(DataType d) {
        for (JlType f : d.fieldTypes) {
            if (!(f instanceof DataType fd) || !(Types.isPrimitive(fd) || fd.isConcrete() && !fd.isMutable && fd.fieldTypes.length > 0 && allBits(fd))) {
                return false;
            }
        }
        return d.fieldTypes.length > 0;
    }

    @Override
    public boolean isConcrete() {
        return false;
    }

    @Override
    @TruffleBoundary
    public String show() {
        StringBuilder sb = new StringBuilder("Union{");
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(types[i].show());
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UnionType u) || u.types.length != types.length) {
            return false;
        }
        for (JlType t : types) {
            if (!Arrays.asList(u.types).contains(t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (JlType t : types) {
            h += t.hashCode();
        }
        return h;
    }
}
