package org.trufflejl.nodes;

import java.util.ArrayList;

import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Tuples, named tuples (also keyword arguments) and field access. */
public final class DataNodes {
    private DataNodes() {
    }

    public static final class TupleNode extends JlNode {
        @Children private final JlNode[] elements;
        private final boolean[] splat;

        public TupleNode(JlNode[] elements, boolean[] splat) {
            this.elements = elements;
            this.splat = splat;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].execute(frame);
            }
            return splat == null ? new JlTuple(values) : new JlTuple(expand(values, splat, this));
        }

        @TruffleBoundary
        private static Object[] expand(Object[] values, boolean[] splat, JlNode node) {
            ArrayList<Object> out = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (splat[i]) {
                    CallNode.Splat.appendElements(out, values[i], node);
                } else {
                    out.add(values[i]);
                }
            }
            return out.toArray();
        }
    }

    /**
     * {@code (a = 1, b = 2)} and keyword arguments {@code f(; k = 1, kws...)}: named values, and
     * splatted named tuples merged in order (a later name replaces an earlier one).
     */
    public static final class NamedTupleNode extends JlNode {
        /** Name of each part, or null for a splatted part. */
        @CompilationFinal(dimensions = 1) private final Symbol[] names;
        @Children private final JlNode[] values;

        public NamedTupleNode(Symbol[] names, JlNode[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] vs = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                vs[i] = values[i].execute(frame);
            }
            return build(names, vs, this);
        }

        @TruffleBoundary
        private static JlNamedTuple build(Symbol[] names, Object[] vs, JlNode node) {
            ArrayList<Symbol> ns = new ArrayList<>();
            ArrayList<Object> out = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null) {
                    put(ns, out, names[i], vs[i]);
                } else if (vs[i] instanceof JlNamedTuple nt) {
                    for (int j = 0; j < nt.names.length; j++) {
                        put(ns, out, nt.names[j], nt.values[j]);
                    }
                } else {
                    throw Errors.argumentError("keyword argument splat must be a NamedTuple, got " + Types.typeOf(vs[i]).show(), node);
                }
            }
            return new JlNamedTuple(ns.toArray(new Symbol[0]), out.toArray());
        }

        private static void put(ArrayList<Symbol> ns, ArrayList<Object> out, Symbol n, Object v) {
            int at = ns.indexOf(n);
            if (at >= 0) {
                out.set(at, v);
            } else {
                ns.add(n);
                out.add(v);
            }
        }
    }

    /** {@code x.name}: a struct field, a named tuple entry or a module's global. */
    public static final class GetPropertyNode extends JlNode {
        @Child private JlNode object;
        private final Symbol name;
        @CompilationFinal private DataType cachedType;
        @CompilationFinal private int cachedIndex;
        /** The field's unboxed kind when the cached type's instances are inline, else NONE. */
        @CompilationFinal private byte cachedKind;
        /** Whether anything but a struct (a module, a named tuple, a type...) was seen. */
        @CompilationFinal private boolean seenOther;
        /** Valid while Base.getproperty has the methods it had when {@link #overload} was decided. */
        @CompilationFinal private com.oracle.truffle.api.Assumption getpropertyStable;
        /** Base.getproperty when the cached type has a method of its own on it ({@code x.f} calls it), else null. */
        @CompilationFinal private org.trufflejl.runtime.JlFunction overload;
        @Child private DispatchNode dispatch;

        public GetPropertyNode(JlNode object, Symbol name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = object.execute(frame);
            if (o instanceof JlStructObject s) {
                if (s.type == cachedType && getpropertyStable.isValid()) {
                    if (overload != null) {
                        return dispatch.execute(overload, new Object[]{overload, null, s, name});
                    }
                    if (cachedKind != JlStructObject.Inline.NONE) {
                        // the type fixes the layout: one load, no boxed value in between
                        return JlStructObject.Inline.fromBits(CompilerDirectives.castExact(s, JlStructObject.Inline.class).bits(cachedIndex), cachedKind);
                    }
                    return checkAssigned(CompilerDirectives.castExact(s, JlStructObject.Boxed.class).getField(cachedIndex));
                }
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if (decideOverload(s.type)) {
                    cachedType = s.type;
                    return dispatch.execute(overload, new Object[]{overload, null, s, name});
                }
                int i = s.type.fieldIndex(name);
                if (i < 0) {
                    throw noField(s.type);
                }
                cachedType = s.type;
                cachedIndex = i;
                cachedKind = s instanceof JlStructObject.Inline ? s.type.inlineLayout[i] : JlStructObject.Inline.NONE;
                return checkAssigned(s.getField(i));
            }
            if (!seenOther) {
                // Until then, compiled code has no path from the struct case into this call: an
                // unboxed field value merging with the call's result would have to be boxed.
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenOther = true;
            }
            return slowGet(o);
        }

        /**
         * Whether {@code t} has a {@code getproperty} method other than Base's field access (a
         * type with computed properties); decided again whenever getproperty gains a method.
         */
        private boolean decideOverload(DataType t) {
            org.trufflejl.runtime.JlFunction gp = userMethodOf(this, "getproperty", t);
            getpropertyStable = baseFunction(this, "getproperty").table.stable();
            overload = gp;
            if (gp != null && dispatch == null) {
                dispatch = insert(DispatchNodeGen.create());
            }
            return gp != null;
        }

        private Object checkAssigned(Object v) {
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw new JlException(JlStructObject.of(Types.UndefRefError), this);
            }
            return v;
        }

        @TruffleBoundary
        private Object slowGet(Object o) {
            if (o instanceof JlNamedTuple nt) {
                int i = nt.indexOf(name);
                if (i >= 0) {
                    return nt.values[i];
                }
            } else if (o instanceof JlModule m) {
                Binding b = m.resolve(name);
                if (b == null || b.value == null) {
                    throw Errors.undefVar(name, this);
                }
                return b.value;
            } else if (o instanceof DataType t) {
                return typeProperty(t);
            } else if (o instanceof org.trufflejl.parser.Expr e && (name.name.equals("head") || name.name.equals("args"))) {
                if (name.name.equals("head")) {
                    return e.head;
                }
                // a copy: Julia's args vector, with the parser's string literals as Strings
                Object[] args = new Object[e.nargs()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = e.arg(i) instanceof java.math.BigInteger b ? new org.trufflejl.runtime.JlBigInt(b) : org.trufflejl.runtime.JlString.ofParsed(e.arg(i));
                }
                return org.trufflejl.runtime.JlArray.vector(Types.Any, args, args.length);
            } else if (o instanceof org.trufflejl.runtime.types.UnionAll u && (name.name.equals("body") || name.name.equals("var"))) {
                return name.name.equals("body") ? u.body : u.var;
            } else if (o instanceof org.trufflejl.runtime.types.TypeVar v && (name.name.equals("name") || name.name.equals("lb") || name.name.equals("ub"))) {
                return name.name.equals("name") ? v.name : name.name.equals("lb") ? v.lb : v.ub;
            } else if (o instanceof org.trufflejl.runtime.JlTyped t && t.property(name.name) != null) {
                return t.property(name.name);
            } else if (o instanceof org.trufflejl.runtime.JlUnitRange r) {
                if (name.name.equals("start")) {
                    return r.start;
                } else if (name.name.equals("stop")) {
                    return r.stop;
                }
            } else if (org.trufflejl.runtime.Foreign.isForeign(o)) {
                Object v = org.trufflejl.runtime.Foreign.readMember(o, name.name);
                if (v != null) {
                    return v;
                }
            }
            throw noField(Types.typeOf(o));
        }

        private Object typeProperty(DataType t) {
            switch (name.name) {
                case "name":
                    return t.name;
                case "super":
                    return t.supertype == null ? t : t.supertype;
                case "parameters":
                    return new JlTuple(t.parameters.clone());
                default:
                    throw noField(Types.DataTypeT);
            }
        }

        @TruffleBoundary
        private JlException noField(org.trufflejl.runtime.types.JlType t) {
            return Errors.error("type " + (t instanceof DataType d ? d.name.name : t.show()) + " has no field " + name.name, this);
        }
    }

    static org.trufflejl.runtime.JlFunction baseFunction(com.oracle.truffle.api.nodes.Node node, String name) {
        return (org.trufflejl.runtime.JlFunction) org.trufflejl.runtime.JlContext.get(node).base.resolve(Symbol.of(name)).value;
    }

    /** Base's function {@code name} if the most specific method for {@code (t, Symbol, ...)} is not Base's own. */
    @TruffleBoundary
    static org.trufflejl.runtime.JlFunction userMethodOf(com.oracle.truffle.api.nodes.Node node, String name, DataType t) {
        org.trufflejl.runtime.JlFunction f = baseFunction(node, name);
        org.trufflejl.runtime.types.JlType[] types = name.equals("getproperty") ? new org.trufflejl.runtime.types.JlType[]{t, Types.SymbolT}
                        : new org.trufflejl.runtime.types.JlType[]{t, Types.SymbolT, Types.Any};
        org.trufflejl.runtime.Method m = f.table.lookup(types);
        return m != null && m != org.trufflejl.runtime.MethodTable.AMBIGUOUS && !"Base".equals(m.moduleName()) ? f : null;
    }

    /** {@code setfield!(x, name, v)}: converts to the field's type; an error for an immutable struct or a missing field. */
    @TruffleBoundary
    public static Object setField(Object o, Symbol name, Object v, com.oracle.truffle.api.nodes.Node at) {
        if (o instanceof JlStructObject s) {
            int i = s.type.fieldIndex(name);
            if (i < 0) {
                throw Errors.error("type " + s.type.name.name + " has no field " + name.name, at);
            }
            if (!s.type.isMutable) {
                throw Errors.error("setfield!: immutable struct of type " + s.type.name.name + " cannot be changed", at);
            }
            s.setField(i, StructNodes.convertField(s.type, i, v, at));
            return v;
        }
        throw Errors.error("setfield!: type " + Types.typeOf(o).show() + " has no field " + name.name, at);
    }

    /** {@code x.name = v} on a mutable struct. */
    public static final class SetPropertyNode extends JlNode {
        @Child private JlNode object;
        @Child private JlNode value;
        private final Symbol name;

        public SetPropertyNode(JlNode object, Symbol name, JlNode value) {
            this.object = object;
            this.name = name;
            this.value = value;
        }

        @CompilationFinal private DataType cachedType;
        @CompilationFinal private int cachedIndex;
        @Child private StructNodes.FieldConverter converter;

        @CompilationFinal private com.oracle.truffle.api.Assumption setpropertyStable;
        /** Base.setproperty! when the cached type has a method of its own on it, else null. */
        @CompilationFinal private org.trufflejl.runtime.JlFunction overload;
        @Child private DispatchNode dispatch;

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = object.execute(frame);
            Object v = value.execute(frame);
            if (overload != null && o instanceof JlStructObject s && s.type == cachedType && setpropertyStable.isValid()) {
                dispatch.execute(overload, new Object[]{overload, null, s, name, v});
                return v;
            }
            if (cachedType != null && !setpropertyStable.isValid()) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cachedType = null;
                overload = null;
            }
            if (cachedType == null && o instanceof JlStructObject s && userMethodOf(this, "setproperty!", s.type) != null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                overload = baseFunction(this, "setproperty!");
                setpropertyStable = overload.table.stable();
                dispatch = insert(DispatchNodeGen.create());
                cachedType = s.type;
                dispatch.execute(overload, new Object[]{overload, null, s, name, v});
                return v;
            }
            if (o instanceof JlStructObject s && s.type == cachedType) {
                Object stored = converter.convert(cachedType, cachedIndex, v);
                byte[] layout = cachedType.inlineLayout;
                if (layout.length > 0) {
                    CompilerDirectives.castExact(s, JlStructObject.Inline.class).setBits(cachedIndex,
                                    JlStructObject.Inline.toBits(stored, layout[cachedIndex], cachedType, cachedIndex));
                } else {
                    CompilerDirectives.castExact(s, JlStructObject.Boxed.class).setField(cachedIndex, stored);
                }
                return v;
            }
            if (cachedType == null && o instanceof JlStructObject s && s.type.isMutable && s.type.fieldIndex(name) >= 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                setpropertyStable = baseFunction(this, "setproperty!").table.stable();
                cachedIndex = s.type.fieldIndex(name);
                converter = insert(new StructNodes.FieldConverter());
                JlStructObject.layoutOf(s.type);
                cachedType = s.type;
            }
            return set(o, v);
        }

        @TruffleBoundary
        private Object set(Object o, Object v) {
            if (o instanceof JlStructObject) {
                return setField(o, name, v, this);
            } else if (o instanceof JlModule m) {
                m.ownBinding(name).assign(v);
                return v;
            } else if (org.trufflejl.runtime.Foreign.isForeign(o) && org.trufflejl.runtime.Foreign.writeMember(o, name.name, v, this)) {
                return v;
            }
            throw Errors.error("setfield!: type " + Types.typeOf(o).show() + " has no field " + name.name, this);
        }
    }
}
