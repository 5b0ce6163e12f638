package org.trufflejl.nodes;

import java.util.ArrayList;

import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
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

    /** A quoted expression without interpolation: a fresh copy each evaluation (Julia's copyast). */
    public static final class QuotedExprNode extends JlNode {
        private final org.trufflejl.parser.Expr template;

        public QuotedExprNode(org.trufflejl.parser.Expr template) {
            this.template = template;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return template.deepCopy();
        }
    }

    public static final class TupleNode extends JlNode {
        @Children private final JlNode[] elements;
        @CompilationFinal(dimensions = 1) private final boolean[] splat;

        public TupleNode(JlNode[] elements, boolean[] splat) {
            this.elements = elements;
            this.splat = splat;
        }

        /** Marked as its method's result ({@link #markReturnedValue}). */
        private boolean returnedValue;
        private final TupleReturn.Site toLoop = new TupleReturn.Site();

        @Override
        void markReturnedValue() {
            returnedValue = splat == null && elements.length == 2;
        }

        @Override
        public Object infer(Inference in) {
            Object[] expanded = Inference.expandSplats(in.all(elements), splat);
            return expanded == null ? Inference.ANY : Inference.tupleOf(expanded);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].execute(frame);
            }
            // (after the elements, not in a branch of its own: elements evaluated in two branches
            // are two copies for the compiler, whose calls count against the inlining budget
            // until the branch on the keyword slot folds)
            if (toLoop.bufferGiven(frame, this, returnedValue)) {
                TupleReturn r = (TupleReturn) frame.getArguments()[1];
                r.setFirst(values[0]);
                r.setSecond(values[1]);
                return TupleReturn.FILLED;
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

        /**
         * Whether the names are all given and distinct: then the tuple is made directly, with this
         * node's own names array, which stays the same object at every call (keyword checks and
         * lookups cache on it), and compiled code can keep it virtual.
         */
        private final boolean plain;

        @Override
        public Object infer(Inference in) {
            Object[] vs = in.all(values);
            if (!plain) {
                return Inference.ANY;
            }
            Object t = Inference.tupleOf(vs);
            return t instanceof DataType d ? Types.NamedTupleFamily.instantiate(new org.trufflejl.runtime.JlTuple((Object[]) names), d) : t;
        }

        public NamedTupleNode(Symbol[] names, JlNode[] values) {
            this.names = names;
            this.values = values;
            this.plain = java.util.Arrays.stream(names).allMatch(java.util.Objects::nonNull) && java.util.Arrays.stream(names).distinct().count() == names.length;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] vs = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                vs[i] = values[i].execute(frame);
            }
            if (plain) {
                return new JlNamedTuple(names, vs);
            }
            if (names.length == 1) {
                // f(x; kws...): the NamedTuple itself (immutable), not a copy made through a boundary
                if (vs[0] instanceof JlNamedTuple t) {
                    return t;
                }
                JlNamedTuple forwarded = org.trufflejl.runtime.KeywordPairs.keywordsOf(vs[0], pairs());
                if (forwarded != null) {
                    return forwarded;
                }
            }
            return build(names, vs, this);
        }

        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private org.trufflejl.runtime.types.TypeFamily pairs;

        private org.trufflejl.runtime.types.TypeFamily pairs() {
            org.trufflejl.runtime.types.TypeFamily p = pairs;
            if (p == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                p = pairs = org.trufflejl.runtime.KeywordPairs.type(JlContext.get(this));
            }
            return p;
        }

        @TruffleBoundary
        private static JlNamedTuple build(Symbol[] names, Object[] vs, JlNode node) {
            ArrayList<Symbol> ns = new ArrayList<>();
            ArrayList<Object> out = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null) {
                    put(ns, out, names[i], vs[i]);
                } else {
                    // any iterable of Symbol => value pairs splats too (a Dict, pairs(...), ()), as in Julia
                    JlNamedTuple nt = vs[i] instanceof JlNamedTuple t ? t
                                    : org.trufflejl.runtime.KeywordPairs.keywordsOf(vs[i], org.trufflejl.runtime.KeywordPairs.type(JlContext.get(node)));
                    if (nt == null) {
                        nt = (JlNamedTuple) JlContext.get(node).callBase("_keyword_splat", vs[i]);
                    }
                    for (int j = 0; j < nt.names.length; j++) {
                        put(ns, out, nt.names[j], nt.values[j]);
                    }
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

        /**
         * What this site knows about one struct type: where the field is, or that the type has a
         * getproperty method of its own ({@code overload}), valid while getproperty's method table
         * is unchanged. Immutable, and the site's list of them is replaced whole: a compilation
         * running on another thread reads one consistent entry (separate fields updated one by one
         * could be read half old, half new — a wrong field index).
         */
        static final class FieldCache {
            final DataType type;
            final int index;
            /** The field's unboxed kind when the type's instances are inline, else NONE. */
            final byte kind;
            final org.trufflejl.runtime.JlFunction overload;
            final com.oracle.truffle.api.Assumption stable;
            /** Which class the type's instances are ({@link JlStructObject#shapeOf}). */
            final byte shape;
            /** Where the field is in a {@link JlStructObject.Compact} instance ({@link JlStructObject#slotOf}). */
            final int slot;

            FieldCache(DataType type, int index, byte kind, org.trufflejl.runtime.JlFunction overload, com.oracle.truffle.api.Assumption stable) {
                this.type = type;
                this.index = index;
                this.kind = kind;
                this.overload = overload;
                this.stable = stable;
                this.shape = index >= 0 ? JlStructObject.shapeOf(type) : JlStructObject.BOXED;
                this.slot = JlStructObject.slotOf(type, shape, index);
            }
        }

        private static final FieldCache[] NONE = new FieldCache[0];
        /** At most this many struct types per site; then every struct read takes the generic path. */
        private static final int LIMIT = 4;
        @CompilationFinal(dimensions = 1) private FieldCache[] caches = NONE;
        @CompilationFinal private boolean megamorphic;
        /** Whether anything but a struct (a module, a named tuple, a type...) was seen. */
        @CompilationFinal private boolean seenOther;
        @Child private DispatchNode dispatch;

        /** Ranges and named tuples, read without the generic path once a site has seen them. */
        @CompilationFinal private boolean seenRange;
        @CompilationFinal private boolean seenNamedTuple;
        /** Which field of an Int64 range {@code name} is: 1 start, 2 stop, 3 step, 0 none. */
        private final byte rangeField;

        /**
         * A module's constant binding; a named tuple's or a struct's field type (unless the struct
         * has a getproperty method of its own).
         */
        @Override
        public Object infer(Inference in) {
            Object o = object.infer(in);
            if (Inference.never(o)) {
                return o;
            }
            if (o instanceof Inference.Const c && c.value() instanceof JlModule m) {
                Binding b = m.lookup(name);
                return b != null && b.isConst && b.value != null ? Inference.constant(b.value) : Inference.ANY;
            }
            JlType t = Inference.widen(o);
            if (!(t instanceof DataType d) || !d.isConcrete() || d.family == null || d.family == Types.TypeFamilyT) {
                return Inference.ANY;
            }
            if (o instanceof Inference.PartialStruct p && userMethodOf(this, "getproperty", d) == null) {
                int i = d.fieldIndex(name);
                return i >= 0 && i < p.fields().size() ? p.fields().get(i) : Inference.ANY;
            }
            if (o instanceof Inference.Const c && c.value() instanceof JlStructObject s && !d.isMutable && userMethodOf(this, "getproperty", d) == null) {
                // a known immutable struct's field is known
                int i = d.fieldIndex(name);
                Object v = i >= 0 ? s.getField(i) : null;
                return v != null ? Inference.constant(v) : Inference.ANY;
            }
            if (d.family == Types.NamedTupleFamily && d.parameters.length == 2 && d.parameters[0] instanceof org.trufflejl.runtime.JlTuple ns &&
                            d.parameters[1] instanceof DataType vt) {
                for (int i = 0; i < ns.elements.length; i++) {
                    if (ns.elements[i] == name && i < vt.parameters.length && vt.parameters[i] instanceof JlType ft) {
                        return ft;
                    }
                }
                return Inference.ANY;
            }
            if (userMethodOf(this, "getproperty", d) == null) {
                int i = d.fieldIndex(name);
                return i >= 0 && i < d.fieldTypes.length ? d.fieldTypes[i] : Inference.ANY;
            }
            return Inference.ANY;
        }

        public GetPropertyNode(JlNode object, Symbol name) {
            this.object = object;
            this.name = name;
            this.rangeField = (byte) switch (name.name) {
                case "start" -> 1;
                case "stop" -> 2;
                case "step" -> 3;
                default -> 0;
            };
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = object.execute(frame);
            if (o instanceof JlStructObject s) {
                return structGet(s);
            }
            // Base reads r.start/r.stop (iterate, length...) and programs read named tuples in
            // loops: both were a boundary call each (25 ns); only sites that see them compile this
            if (rangeField != 0 && (o instanceof org.trufflejl.runtime.JlUnitRange || o instanceof org.trufflejl.runtime.JlStepRange)) {
                if (!seenRange) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seenRange = true;
                }
                if (o instanceof org.trufflejl.runtime.JlUnitRange r && rangeField != 3 && !(rangeField == 1 && r instanceof org.trufflejl.runtime.JlOneTo)) {
                    return rangeField == 1 ? r.start : r.stop;
                } else if (o instanceof org.trufflejl.runtime.JlStepRange r) {
                    return rangeField == 1 ? r.start : rangeField == 2 ? r.stop : r.step;
                }
            }
            if (o instanceof org.trufflejl.runtime.JlNamedTuple nt) {
                if (!seenNamedTuple) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seenNamedTuple = true;
                }
                int i = nt.indexOf(name);
                if (i >= 0) {
                    return nt.values[i];
                }
            }
            if (o instanceof JlModule m && !moduleMegamorphic) {
                return moduleGet(m);
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
         * {@code Base.f}, {@code Threads.nthreads}: the binding that the one module this site has
         * seen gives the name, and a const binding's value while it stays (a qualified call in a
         * loop was a boundary call and a hash lookup each time: 8 ns).
         */
        record ModuleEntry(JlModule module, Binding binding, Object constValue, com.oracle.truffle.api.Assumption constStable) {
        }

        @CompilationFinal private ModuleEntry moduleEntry;
        @CompilationFinal private boolean moduleMegamorphic;

        private Object moduleGet(JlModule m) {
            ModuleEntry e = moduleEntry;
            if (e != null && e.module == m) {
                if (e.constStable == null) {
                    Object v = e.binding.value;
                    if (v != null) {
                        return v;
                    }
                } else if (e.constStable.isValid()) {
                    return e.constValue;
                }
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (e != null && e.module != m) {
                moduleMegamorphic = true;
                moduleEntry = null;
                return slowGet(m);
            }
            Binding b = m.resolve(name);
            if (b == null || b.value == null) {
                throw Errors.undefVar(name, this);
            }
            Object v = b.value;
            moduleEntry = b.isConst ? new ModuleEntry(m, b, v, b.constValueStable) : new ModuleEntry(m, b, null, null);
            return v;
        }

        /**
         * The read through this site's entry for the struct's type. The entry is used inside the
         * loop, where it is a constant: returned from a lookup, it was a merge of the entries and
         * null, its field kind not a constant while the graph was built, and a number read from a
         * field got a box of each kind, merged and allocated (a loop's {@code p.x * p.y} made 30
         * bytes an element).
         */
        @ExplodeLoop
        private Object structGet(JlStructObject s) {
            FieldCache[] cs = caches;
            for (int i = 0; i < cs.length; i++) {
                FieldCache c = cs[i];
                if (c.type == s.type && c.stable.isValid()) {
                    return read(c, s);
                }
            }
            return structMiss(s);
        }

        private Object read(FieldCache c, JlStructObject s) {
            if (c.overload != null) {
                return dispatch.execute(c.overload, new Object[]{c.overload, null, s, name});
            }
            if (c.kind != JlStructObject.Inline.NONE) {
                // the type fixes the layout: one load, no boxed value in between
                if (c.shape == JlStructObject.MIXED) {
                    return checkAssigned(CompilerDirectives.castExact(s, JlStructObject.Mixed.class).field(c.index, c.kind));
                } else if (c.shape == JlStructObject.COMPACT) {
                    return checkAssigned(CompilerDirectives.castExact(s, JlStructObject.Compact.class).field(c.slot, c.kind));
                } else if (c.shape == JlStructObject.WIDE) {
                    return checkAssigned(CompilerDirectives.castExact(s, JlStructObject.Wide.class).field(c.index, c.kind));
                }
                return JlStructObject.Inline.fromBits(JlStructObject.numbers(s, c.shape).bits(c.index), c.kind);
            }
            return checkAssigned(CompilerDirectives.castExact(s, JlStructObject.Boxed.class).getField(c.index));
        }

        /** A type this site has no valid entry for: add one (dropping stale ones), or read generically. */
        private Object structMiss(JlStructObject s) {
            if (megamorphic) {
                return genericStructGet(s);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            FieldCache c = decide(s.type);
            java.util.List<FieldCache> kept = new java.util.ArrayList<>();
            for (FieldCache old : caches) {
                if (old.type != s.type && old.stable.isValid()) {
                    kept.add(old);
                }
            }
            if (kept.size() >= LIMIT) {
                megamorphic = true;
                caches = NONE;
                return genericStructGet(s);
            }
            kept.add(c);
            if (c.overload != null && dispatch == null) {
                dispatch = insert(DispatchNodeGen.create());
            }
            caches = kept.toArray(NONE);
            return c.overload != null ? dispatch.execute(c.overload, new Object[]{c.overload, null, s, name}) : checkAssigned(s.getField(c.index));
        }

        /**
         * The entry for {@code t}: whether it has a {@code getproperty} method other than Base's
         * field access (computed properties), else where the field is.
         */
        private FieldCache decide(DataType t) {
            com.oracle.truffle.api.Assumption stable = baseFunction(this, "getproperty").table.stable();
            org.trufflejl.runtime.JlFunction gp = userMethodOf(this, "getproperty", t);
            if (gp != null) {
                return new FieldCache(t, -1, JlStructObject.Inline.NONE, gp, stable);
            }
            int i = t.fieldIndex(name);
            if (i < 0) {
                throw noField(t);
            }
            JlStructObject.layoutOf(t);
            byte kind = t.inlineLayout.length > 0 ? t.inlineLayout[i] : JlStructObject.Inline.NONE;
            return new FieldCache(t, i, kind, null, stable);
        }

        @TruffleBoundary
        private Object genericStructGet(JlStructObject s) {
            org.trufflejl.runtime.JlFunction gp = userMethodOf(this, "getproperty", s.type);
            if (gp != null) {
                return JlContext.get(this).call(gp, s, name);
            }
            int i = s.type.fieldIndex(name);
            if (i < 0) {
                throw noField(s.type);
            }
            return checkAssigned(s.getField(i));
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
            } else if (syntaxField(o, name.name) instanceof Object v) {
                return v;
            } else if (o instanceof org.trufflejl.runtime.types.UnionAll u && (name.name.equals("body") || name.name.equals("var"))) {
                return name.name.equals("body") ? u.body : u.var;
            } else if (o instanceof org.trufflejl.runtime.types.VarargType va && (name.name.equals("T") || name.name.equals("N") && va.count != null)) {
                return name.name.equals("T") ? va.elementType : va.count;
            } else if (o instanceof org.trufflejl.runtime.types.UnionType u && (name.name.equals("a") || name.name.equals("b"))) {
                // Julia's Union{A, B, C} is Union{A, Union{B, C}}: a is the first member, b the rest
                return name.name.equals("a") ? u.types[0]
                                : org.trufflejl.runtime.types.UnionType.of(java.util.Arrays.copyOfRange(u.types, 1, u.types.length));
            } else if (o instanceof org.trufflejl.runtime.types.TypeVar v && (name.name.equals("name") || name.name.equals("lb") || name.name.equals("ub"))) {
                return name.name.equals("name") ? v.name : name.name.equals("lb") ? v.lb : v.ub;
            } else if (o instanceof org.trufflejl.runtime.JlFunction f && f.captured(name, this) instanceof Object v) {
                return v;
            } else if (o instanceof org.trufflejl.runtime.JlTyped t && t.property(name.name) != null) {
                return t.property(name.name);
            } else if (org.trufflejl.runtime.JlUnitRange.field(o, name.name) != null) {
                return org.trufflejl.runtime.JlUnitRange.field(o, name.name);
            } else if (org.trufflejl.runtime.Foreign.isForeign(o)) {
                Object v = org.trufflejl.runtime.Foreign.readMember(o, name.name);
                if (v != null) {
                    return v;
                }
            }
            // a built-in object whose type has a getproperty method of its own (t.exception of a Task)
            org.trufflejl.runtime.JlFunction getproperty = baseFunction(this, "getproperty");
            org.trufflejl.runtime.Method m = getproperty.table.lookup(new org.trufflejl.runtime.types.JlType[]{Types.typeOf(o), Types.SymbolT});
            if (m != null && m != org.trufflejl.runtime.MethodTable.AMBIGUOUS && m.sig[0] != Types.Any) {
                return m.callTarget().call(getproperty, null, o, name);
            }
            throw noField(Types.typeOf(o));
        }

        /**
         * A field of quoted code ({@code ex.head}, {@code ex.args}, {@code q.value},
         * {@code __source__.line}, {@code ref.mod}), as Julia's structs Expr, QuoteNode,
         * LineNumberNode and GlobalRef have them; null for another object or name.
         */
        public static Object syntaxField(Object o, String name) {
            if (o instanceof org.trufflejl.parser.Expr e && (name.equals("head") || name.equals("args"))) {
                return name.equals("head") ? e.head : e.argsVector();
            } else if (o instanceof org.trufflejl.parser.LineNumberNode ln && (name.equals("line") || name.equals("file"))) {
                return name.equals("line") ? (Object) (long) ln.line : ln.file == null ? org.trufflejl.runtime.JlNothing.INSTANCE : Symbol.of(ln.file);
            } else if (o instanceof org.trufflejl.parser.GlobalRef g && (name.equals("mod") || name.equals("name"))) {
                return name.equals("mod") ? g.module : g.name;
            } else if (o instanceof org.trufflejl.parser.QuoteNode q && name.equals("value")) {
                return q.value instanceof java.math.BigInteger b ? new org.trufflejl.runtime.JlBigInt(b) : org.trufflejl.runtime.JlString.ofParsed(q.value);
            }
            return null;
        }

        /**
         * {@code getfield} of a type's own fields ({@code T.parameters}, {@code u.body}, {@code
         * tv.ub}) as Julia's DataType, UnionAll, Union and TypeVar have them; null otherwise.
         */
        @TruffleBoundary
        public static Object typeField(Object o, String name) {
            if (o instanceof DataType t) {
                switch (name) {
                    case "name":
                        return t.family.typeName();
                    case "super":
                        return t.supertype == null ? t : t.supertype;
                    case "parameters":
                        return org.trufflejl.runtime.JlSimpleVector.of(t.parameters != null ? t.parameters.clone()
                                        : new Object[]{new org.trufflejl.runtime.types.VarargType(Types.Any, null)});
                    case "types":
                        return org.trufflejl.runtime.JlSimpleVector.of(org.trufflejl.builtins.Builtins.typesProperty(t));
                    default:
                        return null;
                }
            } else if (o instanceof org.trufflejl.runtime.types.UnionAll u && (name.equals("body") || name.equals("var"))) {
                return name.equals("body") ? u.body : u.var;
            } else if (o instanceof org.trufflejl.runtime.types.UnionType u && (name.equals("a") || name.equals("b"))) {
                return name.equals("a") ? u.types[0]
                                : org.trufflejl.runtime.types.UnionType.of(java.util.Arrays.copyOfRange(u.types, 1, u.types.length));
            } else if (o instanceof org.trufflejl.runtime.types.TypeVar v && (name.equals("name") || name.equals("lb") || name.equals("ub"))) {
                return name.equals("name") ? v.name : name.equals("lb") ? v.lb : v.ub;
            }
            return null;
        }

        /** The field names of those types, in Julia's order; null for any other type. */
        public static Symbol[] syntaxFieldNames(DataType t) {
            if (t == Types.ExprT) {
                return new Symbol[]{Symbol.of("head"), Symbol.of("args")};
            } else if (t == Types.QuoteNodeT) {
                return new Symbol[]{Symbol.of("value")};
            } else if (t == Types.LineNumberNodeT) {
                return new Symbol[]{Symbol.of("line"), Symbol.of("file")};
            } else if (t == Types.GlobalRefT) {
                return new Symbol[]{Symbol.of("mod"), Symbol.of("name")};
            } else if (t == Types.DataTypeT) {
                // Julia 1.10's DataType layout (its flags word packs the memoized predicates)
                return new Symbol[]{Symbol.of("name"), Symbol.of("super"), Symbol.of("parameters"), Symbol.of("types"),
                                Symbol.of("instance"), Symbol.of("layout"), Symbol.of("hash"), Symbol.of("flags")};
            } else if (t == Types.UnionAllT) {
                return new Symbol[]{Symbol.of("var"), Symbol.of("body")};
            } else if (t == Types.UnionT) {
                return new Symbol[]{Symbol.of("a"), Symbol.of("b")};
            } else if (t == Types.TypeVarT) {
                return new Symbol[]{Symbol.of("name"), Symbol.of("lb"), Symbol.of("ub")};
            }
            return null;
        }

        private Object typeProperty(DataType t) {
            switch (name.name) {
                case "name":
                    return t.family.typeName();
                case "super":
                    return t.supertype == null ? t : t.supertype;
                case "parameters":
                case "types":
                    return typeField(t, name.name);   // (the bare Tuple's parameters: Julia's Tuple{Vararg{Any}})
                case "instance":
                    return singletonInstance(t);
                default:
                    throw noField(Types.DataTypeT);
            }
        }

        /** {@code T.instance}: a named function's type's function, a field-less immutable type's value, else undefined. */
        @TruffleBoundary
        private Object singletonInstance(DataType t) {
            org.trufflejl.runtime.JlModule m = t.functionModule != null ? t.functionModule.get() : null;
            if (t.functionName != null && m != null) {
                org.trufflejl.runtime.Binding b = m.resolve(t.functionName);
                if (b != null && b.value instanceof org.trufflejl.runtime.JlFunction f && f.table.type == t) {
                    return f;
                }
            } else if (t == Types.Nothing) {
                return org.trufflejl.runtime.JlNothing.INSTANCE;
            } else if (t.functionName == null && t.isConcrete() && !t.isMutable && t.fieldTypes.length == 0 && !Types.isDeclaredPrimitive(t) && !Types.isOpaque(t)) {
                return JlStructObject.of(t);
            }
            throw new JlException(JlStructObject.of(Types.UndefRefError), this);
        }

        @TruffleBoundary
        private JlException noField(org.trufflejl.runtime.types.JlType t) {
            return Errors.noField(t, name, this);
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
        return setField(o, name, v, true, at);
    }

    /**
     * {@code x.name = v} converts {@code v} to the field's type (setproperty!); Julia's
     * {@code setfield!} itself does not ({@code converting} false): another type is a TypeError.
     */
    @TruffleBoundary
    public static Object setField(Object o, Symbol name, Object v, boolean converting, com.oracle.truffle.api.nodes.Node at) {
        if (o instanceof JlStructObject s) {
            int i = s.type.fieldIndex(name);
            if (i < 0) {
                throw Errors.noField(s.type, name, at);
            }
            if (!s.type.isMutable) {
                throw Errors.error("setfield!: immutable struct of type " + s.type.name.name + " cannot be changed", at);
            }
            if (s.type.family.isConstField(i)) {
                throw Errors.error("setfield!: const field ." + name.name + " of type " + s.type.name.name + " cannot be changed", at);
            }
            if (!converting && !Types.isa(v, s.type.fieldTypes[i])) {
                throw Errors.typeError("setfield!", "", s.type.fieldTypes[i], v, at);
            }
            s.setField(i, StructNodes.convertField(s.type, i, v, at));
            return v;
        }
        if (o instanceof JlModule m) {
            // M.x = v: Julia's setglobal!, with the same checks on constants as x = v in M
            org.trufflejl.runtime.Binding b = m.ownBinding(name);
            if (!b.isConst || GlobalNodes.constantAssignment(b, v, at)) {
                b.assign(v);
            }
            return v;
        }
        if (o instanceof org.trufflejl.parser.Expr e && name.name.equals("head") && v instanceof Symbol h) {
            e.head = h;
            return v;
        }
        if (o instanceof org.trufflejl.parser.Expr e && name.name.equals("args") && v instanceof org.trufflejl.runtime.JlArray a && a.ndims() == 1) {
            e.setArgs(a);
            return v;
        }
        throw cannotSetField(o, name, at);
    }

    /**
     * Julia's setproperty! on a value that is not a mutable struct: a named tuple's own field is
     * "immutable struct of type NamedTuple cannot be changed"; any other name is fieldtype's
     * "type T has no field x".
     */
    @TruffleBoundary
    static JlException cannotSetField(Object o, Symbol name, com.oracle.truffle.api.nodes.Node at) {
        if (o instanceof org.trufflejl.runtime.JlNamedTuple nt && nt.indexOf(name) >= 0) {
            return Errors.error("setfield!: immutable struct of type NamedTuple cannot be changed", at);
        }
        return Errors.noField(Types.typeOf(o), name, at);
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

        /** The one struct type this site stores into, like GetPropertyNode.FieldCache (immutable, replaced whole). */
        static final class SetCache {
            final DataType type;
            final int index;
            /** Base.setproperty! when the type has a method of its own on it, else null. */
            final org.trufflejl.runtime.JlFunction overload;
            final com.oracle.truffle.api.Assumption stable;

            /** Which class the type's instances are ({@link JlStructObject#shapeOf}). */
            final byte shape;
            /** Where the field is in a {@link JlStructObject.Compact} instance. */
            final int slot;

            SetCache(DataType type, int index, org.trufflejl.runtime.JlFunction overload, com.oracle.truffle.api.Assumption stable) {
                this.type = type;
                this.index = index;
                this.overload = overload;
                this.stable = stable;
                this.shape = JlStructObject.shapeOf(type);
                this.slot = JlStructObject.slotOf(type, shape, index);
            }
        }

        @CompilationFinal private SetCache cache;
        /** A second struct type was seen: every store takes the generic path. */
        @CompilationFinal private boolean generic;
        /** Learns the values stored into the cached type's field (so it serves that one type only). */
        @Child private ConvertNode converter;
        @Child private DispatchNode dispatch;

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = object.execute(frame);
            Object v = value.execute(frame);
            if (o instanceof JlStructObject s) {
                SetCache c = cache;
                if (c != null && s.type == c.type && c.stable.isValid()) {
                    if (c.overload != null) {
                        dispatch.execute(c.overload, new Object[]{c.overload, null, s, name, v});
                        return v;
                    }
                    Object stored = converter.execute(c.type.fieldTypes[c.index], v);
                    byte[] layout = c.type.inlineLayout;
                    if (layout.length > 0) {
                        if (c.shape == JlStructObject.MIXED) {
                            CompilerDirectives.castExact(s, JlStructObject.Mixed.class).storeField(c.index, layout[c.index], stored);
                        } else if (c.shape == JlStructObject.COMPACT) {
                            CompilerDirectives.castExact(s, JlStructObject.Compact.class).storeField(c.slot, layout[c.index], stored);
                        } else if (c.shape == JlStructObject.WIDE) {
                            CompilerDirectives.castExact(s, JlStructObject.Wide.class).storeField(c.index, layout[c.index], stored);
                        } else {
                            JlStructObject.numbers(s, c.shape).setBits(c.index, JlStructObject.Inline.toBits(stored, layout[c.index], c.type, c.index));
                        }
                    } else {
                        CompilerDirectives.castExact(s, JlStructObject.Boxed.class).setField(c.index, stored);
                    }
                    return v;
                }
                if (!generic) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    if (c == null || c.type == s.type) {
                        specialize(s.type);
                    } else {
                        generic = true;
                        cache = null;
                    }
                }
                return genericStructSet(s, v);
            }
            return set(o, v);
        }

        /** Caches {@code t}: its own setproperty!, or a mutable struct's field; nothing otherwise (the generic path raises). */
        private void specialize(DataType t) {
            com.oracle.truffle.api.Assumption stable = baseFunction(this, "setproperty!").table.stable();
            org.trufflejl.runtime.JlFunction sp = userMethodOf(this, "setproperty!", t);
            if (sp != null) {
                if (dispatch == null) {
                    dispatch = insert(DispatchNodeGen.create());
                }
                cache = new SetCache(t, -1, sp, stable);
            } else if (t.isMutable && t.fieldIndex(name) >= 0 && !t.family.isConstField(t.fieldIndex(name))) {
                JlStructObject.layoutOf(t);
                converter = insert(ConvertNode.create("setfield!"));
                cache = new SetCache(t, t.fieldIndex(name), null, stable);
            } else {
                cache = null;
            }
        }

        @TruffleBoundary
        private Object genericStructSet(JlStructObject s, Object v) {
            org.trufflejl.runtime.JlFunction sp = userMethodOf(this, "setproperty!", s.type);
            if (sp != null) {
                JlContext.get(this).call(sp, s, name, v);
                return v;
            }
            return setField(s, name, v, this);
        }

        @TruffleBoundary
        private Object set(Object o, Object v) {
            if (o instanceof JlStructObject || o instanceof org.trufflejl.parser.Expr) {
                return setField(o, name, v, this);
            } else if (o instanceof JlModule) {
                return setField(o, name, v, this);
            } else if (org.trufflejl.runtime.Foreign.isForeign(o) && org.trufflejl.runtime.Foreign.writeMember(o, name.name, v, this)) {
                return v;
            }
            throw cannotSetField(o, name, this);
        }
    }
}
