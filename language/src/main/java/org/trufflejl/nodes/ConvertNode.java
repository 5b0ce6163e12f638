package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code convert(T, v)::T}: what storing into a typed field, array element or local, and returning
 * from {@code f()::T}, do. A site remembers its target type and the kinds of value it met: a value
 * of the kind that already was a T costs a class test; one of the kind that needed converting goes
 * straight to Base.convert through a cached dispatch, which compiles into the caller (Int64 to
 * Float64 is one instruction), and its result is checked by a class test too. Before, every
 * conversion was a call through the generic method lookup (200 ns for {@code Point(i, 1.0)}).
 */
public final class ConvertNode extends Node {
    /** A kind of value: its class, and its type (or a tuple's shape) when the class does not decide it. */
    private record Kind(Class<?> cls, DataType type, TupleShape shape) {
        boolean matches(Object v) {
            if (v == null || v.getClass() != cls) {
                return false;
            }
            if (shape != null) {
                return shape.matches(CompilerDirectives.castExact(v, JlTuple.class));
            }
            return type == null || Types.typeOf(CompilerDirectives.castExact(v, cls)) == type;
        }

        /** The kind of {@code v}, or null when testing for its type is not a class test and a read. */
        static Kind of(Object v) {
            if (v == null) {
                return null;
            }
            if (Types.classDecidesType(v.getClass())) {
                return new Kind(v.getClass(), null, null);
            }
            if (v instanceof JlStructObject || v instanceof JlArray) {
                return new Kind(v.getClass(), (DataType) Types.typeOf(v), null);
            }
            if (v instanceof JlTuple t) {
                // (a Vector{Tuple{Int, Float64}} checked each stored tuple's type generically: 140 ns)
                return new Kind(JlTuple.class, null, new TupleShape(t));
            }
            return null;
        }
    }

    /**
     * What the site has learned, replaced as a whole so that a compilation or another thread never
     * sees kinds learned for one target paired with another.
     */
    private record Learned(JlType target, Kind unchanged, Kind converted, Kind result) {
    }

    /** The function whose TypeError names a conversion whose result is not a T ("new", "typeassert", "setindex!"). */
    private final String context;
    @CompilationFinal private Learned learned;
    @CompilationFinal private boolean generic;
    @CompilationFinal private JlFunction convert;
    @Child private DispatchNode dispatch;

    /** Whether a value that is not a T is a TypeError instead of being converted (Base's {@code _new_struct}). */
    private final boolean checkOnly;

    private ConvertNode(String context, boolean checkOnly) {
        this.context = context;
        this.checkOnly = checkOnly;
    }

    public static ConvertNode create(String context) {
        return new ConvertNode(context, false);
    }

    /** The same learning for a plain type check: {@code v} must already be a T. */
    public static ConvertNode createCheck(String context) {
        return new ConvertNode(context, true);
    }

    /** For a value stored into an array, converted to its element type. */
    public static ConvertNode createElementConverter() {
        return new ConvertNode("setindex!", false);
    }

    public Object execute(JlType target, Object v) {
        if (target == Types.Any) {
            return v;
        }
        Learned l = learned;
        if (l != null && l.target == target) {
            if (l.unchanged != null && l.unchanged.matches(v)) {
                return v;
            }
            if (l.converted != null && l.converted.matches(v)) {
                Object r = callConvert(target, v);
                return l.result != null && l.result.matches(r) ? r : checked(target, r);
            }
        }
        if (!generic) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return learn(target, v);
        }
        return Types.isa(v, target) ? v : checked(target, callConvert(target, v));
    }

    private Object learn(JlType target, Object v) {
        Learned l = learned;
        if (l != null && l.target != target) {
            generic = true;   // a site converting to several types: what it learned first stays fast
            return execute(target, v);
        }
        if (Types.isa(v, target)) {
            Kind k = Kind.of(v);
            if (k == null || (l != null && l.unchanged != null)) {
                generic = true;
            } else {
                learned = new Learned(target, k, l == null ? null : l.converted, l == null ? null : l.result);
            }
            return v;
        }
        Object r = checked(target, callConvert(target, v));
        Kind k = Kind.of(v);
        Kind rk = Kind.of(r);
        if (k == null || rk == null || (l != null && l.converted != null)) {
            generic = true;
        } else {
            learned = new Learned(target, l == null ? null : l.unchanged, k, rk);
        }
        return r;
    }

    private Object callConvert(JlType target, Object v) {
        if (checkOnly) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(context, "", target, v, this);
        }
        if (dispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            convert = DataNodes.baseFunction(this, "convert");
            dispatch = insert(DispatchNodeGen.create());
        }
        return dispatch.execute(convert, new Object[]{convert, null, target, v});
    }

    private Object checked(JlType target, Object r) {
        if (!Types.isa(r, target)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(context, "", target, r, this);
        }
        return r;
    }
}
