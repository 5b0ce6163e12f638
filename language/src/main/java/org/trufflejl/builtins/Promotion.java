package org.trufflejl.builtins;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Promotion and conversion among Bool, Int64 and Float64, and type joins for array literals.
 * (The numeric-tower work replaces this with Julia's promote_rule machinery in Base.)
 */
public final class Promotion {
    private Promotion() {
    }

    private static int rank(JlType t) {
        if (t == Types.Bool) {
            return 0;
        } else if (t == Types.Int64) {
            return 1;
        } else if (t == Types.Float64) {
            return 2;
        }
        return -1;
    }

    private static final JlType[] BY_RANK = {Types.Bool, Types.Int64, Types.Float64};

    /** Element type of {@code [a, b, ...]}: the promoted numeric type, else the join of the types. */
    @TruffleBoundary
    static JlType elementType(Object[] values) {
        if (values.length == 0) {
            return Types.Any;
        }
        JlType first = Types.typeOf(values[0]);
        boolean same = true;
        int maxRank = rank(first);
        for (Object v : values) {
            JlType t = Types.typeOf(v);
            same &= t == first;
            int r = rank(t);
            maxRank = r < 0 || maxRank < 0 ? -1 : Math.max(maxRank, r);
        }
        if (same) {
            return first;
        }
        if (maxRank >= 0) {
            return BY_RANK[maxRank];
        }
        JlType join = first;
        for (Object v : values) {
            join = typejoin(join, Types.typeOf(v));
        }
        return join;
    }

    /**
     * Julia's typejoin of two instances of one type: a tuple joins element by element
     * ({@code Tuple{Real, Int64}}), any other type keeps the parameters that agree and leaves the
     * others free ({@code Vector{Int64}} and {@code Vector{Float64}} join to {@code Vector}).
     */
    private static boolean fixedLength(DataType tuple) {
        if (tuple.parameters == null) {
            return false;
        }
        for (Object p : tuple.parameters) {
            if (!(p instanceof JlType) || p instanceof org.trufflejl.runtime.types.VarargType) {
                return false;
            }
        }
        return true;
    }

    /**
     * Julia's typejoin of two tuple types of different fixed lengths: the shorter one's elements
     * joined with the other's, then {@code Vararg} of the join of the longer one's rest
     * ({@code Tuple{Symbol}} and {@code Tuple{Symbol, Symbol}}: {@code Tuple{Symbol, Vararg{Symbol}}}).
     */
    private static JlType joinTuplesOfLengths(Object[] a, Object[] b) {
        Object[] shorter = a.length < b.length ? a : b;
        Object[] longer = a.length < b.length ? b : a;
        Object[] params = new Object[shorter.length + 1];
        for (int i = 0; i < shorter.length; i++) {
            params[i] = typejoin((JlType) a[i], (JlType) b[i]);
        }
        JlType rest = Types.Bottom;
        for (int i = shorter.length; i < longer.length; i++) {
            rest = typejoin(rest, (JlType) longer[i]);
        }
        params[shorter.length] = new org.trufflejl.runtime.types.VarargType(rest, null);
        return Types.TupleFamily.instantiate(params);
    }

    private static JlType joinParameters(DataType a, DataType b) {
        org.trufflejl.runtime.types.TypeFamily family = a.family;
        Object[] params = new Object[a.parameters.length];
        if (family.isTuple) {
            for (int i = 0; i < params.length; i++) {
                if (!(a.parameters[i] instanceof JlType x) || !(b.parameters[i] instanceof JlType y)
                                || x instanceof org.trufflejl.runtime.types.VarargType || y instanceof org.trufflejl.runtime.types.VarargType) {
                    return family.any;
                }
                params[i] = typejoin(x, y);
            }
            return family.instantiate(params);
        }
        boolean[] free = new boolean[params.length];
        for (int i = 0; i < params.length; i++) {
            free[i] = !a.parameters[i].equals(b.parameters[i]);
            params[i] = free[i] ? family.vars[i] : a.parameters[i];
        }
        JlType joined = family.instantiate(params);
        for (int i = params.length - 1; i >= 0; i--) {
            if (free[i]) {
                joined = new org.trufflejl.runtime.types.UnionAll(family.vars[i], joined);
            }
        }
        return joined;
    }

    static JlType typejoin(JlType a, JlType b) {
        if (Types.isSubtype(a, b)) {
            return b;
        }
        if (Types.isSubtype(b, a)) {
            return a;
        }
        if (a instanceof DataType da && b instanceof DataType db && da.family == db.family && da.parameters != null && db.parameters != null
                        && da.parameters.length == db.parameters.length) {
            return joinParameters(da, db);
        }
        if (a instanceof DataType da && b instanceof DataType db && da.family.isTuple && db.family.isTuple && fixedLength(da) && fixedLength(db)) {
            return joinTuplesOfLengths(da.parameters, db.parameters);
        }
        if (a instanceof DataType da && b instanceof DataType db && !da.family.isTuple && !db.family.isTuple) {
            // Julia's: the first supertype of b whose kind a also has, parameters joined
            // (UnitRange{Int64} and Vector{Float64} join as AbstractVector)
            for (DataType t = db; t != null; t = t.supertype) {
                for (DataType s = da; s != null; s = s.supertype) {
                    if (s.family == t.family) {
                        // the kinds' common supertype Type{T} joins as the bare Type
                        return s.family == Types.TypeFamilyT ? Types.Type : s.parameters != null && t.parameters != null && s.parameters.length == t.parameters.length
                                        ? joinParameters(s, t) : s.family.any;
                    }
                }
            }
        }
        if (a instanceof DataType da) {
            for (DataType s = da.supertype; s != null; s = s.supertype) {
                if (Types.isSubtype(b, s)) {
                    return s;
                }
            }
        }
        return Types.Any;
    }

    /**
     * The element type of an array literal, as Julia's {@code vect} computes it with
     * {@code promote_typeof}: {@link #elementType} when the elements share a concrete type, else
     * Base's promote_type (so that {@code [1//2, 2]} is a {@code Vector{Rational{Int64}}} and
     * {@code [Hour(1), Minute(30)]} a {@code Vector{Minute}}; without a promote rule, the typejoin).
     */
    @TruffleBoundary
    static JlType literalElementType(Object[] values, Node n) {
        JlType t = elementType(values);
        if (t.isConcrete() || values.length == 0) {
            return t;   // ([] holds Any)
        }
        Object[] types = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            types[i] = Types.typeOf(values[i]);
        }
        return (JlType) JlContext.get(n).callBase("promote_type", types);
    }

    private static boolean isNothingOrMissing(JlType t) {
        return t == Types.Nothing
                        || t instanceof DataType d && d.family != null && d.family.modulePrefix == null && d.family.name.name.equals("Missing") && d.fieldNames.length == 0;
    }

    /**
     * Julia's {@code promote_typejoin}, what {@code collect} widens its element type with: the
     * typejoin of the two without {@code Nothing}/{@code Missing}, in a union with both, so
     * {@code [x for x in (1, nothing)]} is a {@code Vector{Union{Nothing, Int64}}}.
     */
    public static JlType promoteTypejoin(JlType a, JlType b) {
        return org.trufflejl.runtime.types.UnionType.of(a, b, typejoin(withoutNothingMissing(a), withoutNothingMissing(b)));
    }

    private static JlType withoutNothingMissing(JlType t) {
        if (isNothingOrMissing(t)) {
            return Types.Bottom;
        }
        if (t instanceof org.trufflejl.runtime.types.UnionType u) {
            java.util.List<JlType> rest = new java.util.ArrayList<>();
            for (JlType m : u.types) {
                if (!isNothingOrMissing(m)) {
                    rest.add(m);
                }
            }
            return org.trufflejl.runtime.types.UnionType.of(rest.toArray(new JlType[0]));
        }
        return t;
    }

    @TruffleBoundary
    static Object[] convertAll(JlType t, Object[] values, Node n) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = convert(t, values[i], n);
        }
        return out;
    }

    @TruffleBoundary
    static Object convert(JlType t, Object v, Node n) {
        if (Types.isa(v, t)) {
            return v;
        }
        if (t == Types.Float64) {
            if (v instanceof Long l) {
                return (double) l;
            } else if (v instanceof Boolean b) {
                return b ? 1.0 : 0.0;
            }
        } else if (t == Types.Int64) {
            if (v instanceof Double d) {
                if (d != Math.rint(d) || Double.isInfinite(d) || d < -9.223372036854775808e18 || d >= 9.223372036854775808e18) {
                    throw Errors.inexactError("Int64", Types.Int64, v, n);
                }
                return (long) (double) d;
            } else if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
        } else if (t == Types.Bool) {
            if (v instanceof Long l && (l == 0 || l == 1)) {
                return l == 1;
            } else if (v instanceof Double d && (d == 0 || d == 1)) {
                return d == 1;
            } else if (v instanceof Long || v instanceof Double) {
                throw Errors.inexactError("Bool", Types.Bool, v, n);
            }
        }
        // other types convert as Base says (a MethodError when it has no way)
        return JlContext.get(n).callBase("convert", t, v);
    }

    @TruffleBoundary
    static JlTuple promote(Object a, Object b, Node n) {
        int ra = rank(Types.typeOf(a));
        int rb = rank(Types.typeOf(b));
        if (ra < 0 || rb < 0) {
            return new JlTuple(a, b);
        }
        JlType t = BY_RANK[Math.max(ra, rb)];
        return new JlTuple(convert(t, a, n), convert(t, b, n));
    }
}
