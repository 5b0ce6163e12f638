package org.trufflejl.nodes;

import org.trufflejl.builtins.BuiltinNode;
import org.trufflejl.runtime.Foreign;
import org.trufflejl.runtime.InlinableBody;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * A call {@code f(args...; kws...)}: evaluates the callee and the arguments left to right, then
 * dispatches. Calling a type calls its constructor function. Splatted arguments ({@code xs...})
 * are expanded in place.
 */
public final class CallNode extends JlNode {
    @Child private JlNode callee;
    @Children private final JlNode[] arguments;
    /** Which arguments are splatted; null when none is (the common, fast case). */
    @CompilationFinal(dimensions = 1) private final boolean[] splat;
    /** Builds the keyword NamedTuple, or null when the call has no keywords. */
    @Child private JlNode keywords;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    /**
     * The callee value this site has always seen, and its function. Comparing identity folds
     * even when the callee becomes a constant only after inlining (a type passed as an argument
     * and called, as in {@code convert(T, x) = T(x)}), where {@link #functionOf} would still read
     * fields. {@link #POLYMORPHIC} once a second callee is seen.
     */
    @CompilationFinal private CalleeCache cachedCallee;
    /**
     * The callee and its function together: one write, so a concurrent compilation never sees half
     * of it. A callable struct's function is its type's (the call methods of the family), so a
     * struct callee is cached by its type: {@code count(==(3), v)} makes a new {@code Fix2} on
     * every call, each of which would have made the site polymorphic.
     */
    private record CalleeCache(Object callee, JlFunction function, DataType structType) {
        CalleeCache(Object callee, JlFunction function) {
            this(callee, function, callee instanceof JlStructObject s ? s.type : null);
        }

        boolean covers(Object f) {
            return f == callee || structType != null && f instanceof JlStructObject s && s.type == structType;
        }
    }

    private static final CalleeCache POLYMORPHIC = new CalleeCache(null, null);
    /**
     * Several callees, all functions (a new closure per call of the enclosing method, as
     * {@code g.f(x)} in Base's generators sees): the callee is its own function after one type
     * test, where {@link #functionOf}'s other cases (types, callable structs, foreign objects)
     * would be compiled into the call too — a boundary among them, which kept every load around
     * the call from leaving a loop (3 ns a call).
     */
    private static final CalleeCache FUNCTIONS = new CalleeCache(null, null);
    /**
     * The positional argument whose value is the call expression's value instead of the call's
     * result, or -1. {@code a[i] = v} is {@code setindex!(a, v, i)} valued {@code v}: no frame
     * slot holds {@code v} (a dead slot in a loop's frame costs compiled code a register or a
     * spill every iteration).
     */
    private final int valueArgument;
    /** Whether {@link #valueArgument} is evaluated before the others (Julia evaluates a computed right-hand side first). */
    private final boolean valueFirst;

    public CallNode(JlNode callee, JlNode[] arguments, boolean[] splat, JlNode keywords) {
        this(callee, arguments, splat, keywords, -1, false);
    }

    public CallNode(JlNode callee, JlNode[] arguments, boolean[] splat, JlNode keywords, int valueArgument, boolean valueFirst) {
        this.callee = callee;
        this.arguments = arguments;
        this.splat = splat;
        this.keywords = keywords;
        this.valueArgument = valueArgument;
        this.valueFirst = valueFirst && valueArgument >= 0;
    }

    /** For {@link Inference#refinement}: the callee, and the arguments of a plain positional call (else null). */
    JlNode calleeNode() {
        return callee;
    }

    JlNode[] plainArguments() {
        return splat == null && keywords == null && valueArgument < 0 ? arguments : null;
    }

    @Override
    public Object infer(Inference in) {
        Object f = callee.infer(in);
        Object[] args = in.all(arguments);
        Object kw = null;
        if (keywords != null) {
            kw = keywords.infer(in);
            if (Inference.never(kw)) {
                return kw;
            }
            if (kw instanceof Inference.Const c && c.value() instanceof JlNamedTuple nt && nt.size() == 0) {
                kw = null; // an empty splat: a positional call
            } else if (!Inference.namesKnown(kw)) {
                return Inference.ANY;
            }
        }
        Object[] expanded = Inference.expandSplats(args, splat);
        Object result = expanded == null ? Inference.ANY : in.call(f, expanded, kw);
        return valueArgument < 0 || Inference.never(result) ? result : args[valueArgument];
    }

    /** Marked as its method's result ({@link #markReturnedValue}). */
    private boolean returnedValue;
    private final TupleReturn.Site passesTupleReturn = new TupleReturn.Site();

    /** (A call with keywords has its own use for the slot; {@code a[i] = v} returns {@code v}.) */
    @Override
    void markReturnedValue() {
        returnedValue = keywords == null && valueArgument < 0;
    }

    /**
     * In the interpreter only: a call of two arguments (or one, {@link UnaryShortcut}) whose method
     * is Java-implemented ({@code a + b}, {@code x < y}, {@code v[i]}, {@code -x}) calls the
     * builtin's node directly, without the argument array, the dispatch cache's guards and the
     * layers between (an interpreted loop of {@code s = s + 1000}: 117 -> 83 ns an iteration).
     * Guarded by the callee, the arguments' classes (and the type of an array or struct) and the
     * method table's assumption; a site that ever misses goes the general way for good. Compiled
     * code never takes it: there the dispatch cache folds to the same builtin. (The first calls go
     * the general way, so the dispatch cache the compiler will use has seen these types.) One
     * node per arity: a node serving one to three arguments made the binary case 8-12% slower.
     */
    @Child private BinaryShortcut shortcut;
    /** The same for a call of one argument. */
    @Child private UnaryShortcut unaryShortcut;
    /** The same for a call of three or more ({@code v[i] = x}, which is {@code setindex!(v, x, i)} valued {@code x}; {@code a + b + c}). */
    @Child private NaryShortcut naryShortcut;
    /** Set once the site has missed its shortcut or cannot have one. */
    private boolean noShortcut;
    /** Calls run the general way before a shortcut is made (a site run once is not worth one). */
    private byte callsBeforeShortcut = 2;

    @Override
    public Object execute(VirtualFrame frame) {
        Object f = callee.execute(frame);
        if (CompilerDirectives.inInterpreter() && !noShortcut) {
            return executeInterpreted(frame, f);
        }
        return executeGeneral(frame, f, splat == null ? evaluateArguments(frame) : evaluateSplatted(frame));
    }

    private Object executeInterpreted(VirtualFrame frame, Object f) {
        if (arguments.length == 1) {
            return executeInterpretedUnary(frame, f);
        } else if (arguments.length >= 3) {
            return executeInterpretedNary(frame, f);
        }
        BinaryShortcut s = shortcut;
        if (s != null) {
            Object a = arguments[0].execute(frame);
            Object b = arguments[1].execute(frame);
            if (s.matches(f, a, b)) {
                return s.body.execute(a, b);
            }
            shortcut = null;
            return executeAfterMiss(frame, f, a, b);
        }
        Object[] frameArgs = splat == null ? evaluateArguments(frame) : evaluateSplatted(frame);
        Object result = executeGeneral(frame, f, frameArgs);
        if (--callsBeforeShortcut <= 0) {
            BinaryShortcut made = BinaryShortcut.make(f, frameArgs, isPlainCall());
            noShortcut = made == null;
            shortcut = made == null ? null : insert(made);
        }
        return result;
    }

    /** {@link #executeInterpreted} for a call of one argument ({@code -x}, {@code abs(x)}, {@code length(v)}). */
    private Object executeInterpretedUnary(VirtualFrame frame, Object f) {
        UnaryShortcut s = unaryShortcut;
        if (s != null) {
            Object a = arguments[0].execute(frame);
            if (f == s.callee && a.getClass() == s.argClass && s.tableStable.isValid() && (s.argType == null || Types.dispatchTypeOf(a) == s.argType)) {
                return s.body.execute(a);
            }
            unaryShortcut = null;
            return executeAfterMiss(frame, f, a);
        }
        Object[] frameArgs = splat == null ? evaluateArguments(frame) : evaluateSplatted(frame);
        Object result = executeGeneral(frame, f, frameArgs);
        if (--callsBeforeShortcut <= 0) {
            UnaryShortcut made = UnaryShortcut.make(f, frameArgs, isPlainCall());
            noShortcut = made == null;
            unaryShortcut = made == null ? null : insert(made);
        }
        return result;
    }

    /**
     * {@link #executeInterpreted} for a call of three or more arguments. These fill the argument
     * array the general way would (in its order: a computed right-hand side first) and the
     * builtin takes it as a call target would: {@code v[i] = x}'s value is one of them.
     */
    private Object executeInterpretedNary(VirtualFrame frame, Object f) {
        Object[] frameArgs = splat == null ? evaluateArguments(frame) : evaluateSplatted(frame);
        NaryShortcut s = naryShortcut;
        if (s != null) {
            if (s.matches(f, frameArgs)) {
                frameArgs[0] = f;
                Object result = s.body.call(frameArgs);
                return valueArgument < 0 ? result : frameArgs[DispatchNode.FIRST_POSITIONAL + valueArgument];
            }
            naryShortcut = null;
            noShortcut = true;
            return executeGeneral(frame, f, frameArgs);
        }
        Object result = executeGeneral(frame, f, frameArgs);
        if (--callsBeforeShortcut <= 0) {
            NaryShortcut made = NaryShortcut.make(f, frameArgs, splat == null && keywords == null && !returnedValue);
            noShortcut = made == null;
            naryShortcut = made == null ? null : insert(made);
        }
        return result;
    }

    /** A shortcut's guard failed on arguments already evaluated: the general way, from now on. */
    private Object executeAfterMiss(VirtualFrame frame, Object f, Object... evaluated) {
        noShortcut = true;
        Object[] frameArgs = new Object[evaluated.length + DispatchNode.FIRST_POSITIONAL];
        System.arraycopy(evaluated, 0, frameArgs, DispatchNode.FIRST_POSITIONAL, evaluated.length);
        return executeGeneral(frame, f, frameArgs);
    }

    /** Positional arguments only, evaluated in order, and the call's own result is its value. */
    private boolean isPlainCall() {
        return splat == null && keywords == null && valueArgument < 0 && !returnedValue;
    }

    private Object executeGeneral(VirtualFrame frame, Object f, Object[] frameArgs) {
        frameArgs[0] = f;
        if (keywords != null) {
            frameArgs[1] = keywords.execute(frame);
        } else if (passesTupleReturn.bufferGiven(frame, this, returnedValue)) {
            // a call whose result this method returns: a tuple the callee returns may go where
            // this method's own would have gone (iterate(r::Rest, st) = iterate(r.xs, st))
            frameArgs[1] = frame.getArguments()[1];
        }
        Object result = dispatch.execute(function(f, frameArgs), frameArgs);
        return valueArgument < 0 ? result : frameArgs[DispatchNode.FIRST_POSITIONAL + valueArgument];
    }

    private JlFunction function(Object f, Object[] frameArgs) {
        CalleeCache cached = cachedCallee;
        if (cached == FUNCTIONS) {
            if (f instanceof JlFunction fn) {
                return fn;
            }
        } else if (cached == POLYMORPHIC) {
            return functionOf(f, frameArgs);
        } else if (cached != null && cached.covers(f)) {
            return cached.function;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        JlFunction fn = functionOf(f, frameArgs);
        if (cached == null) {
            cachedCallee = new CalleeCache(f, fn);
        } else {
            boolean functionsOnly = (cached == FUNCTIONS || cached.callee instanceof JlFunction) && f instanceof JlFunction;
            cachedCallee = functionsOnly ? FUNCTIONS : POLYMORPHIC;
        }
        return fn;
    }

    @ExplodeLoop
    private Object[] evaluateArguments(VirtualFrame frame) {
        Object[] frameArgs = new Object[arguments.length + DispatchNode.FIRST_POSITIONAL];
        if (valueFirst) {
            frameArgs[valueArgument + DispatchNode.FIRST_POSITIONAL] = arguments[valueArgument].execute(frame);
        }
        for (int i = 0; i < arguments.length; i++) {
            if (!(valueFirst && i == valueArgument)) {
                frameArgs[i + DispatchNode.FIRST_POSITIONAL] = arguments[i].execute(frame);
            }
        }
        return frameArgs;
    }

    /**
     * For each splatted argument, the length of the tuple it has always been (UNSEEN before any,
     * VARIES once two differed). While every splatted tuple keeps its length, the arguments array
     * has a constant size and is filled element by element, so compiled code can keep it (and the
     * tuples) virtual: {@code f(x, t...)} costs what {@code f(x, t[1], t[2])} does.
     */
    @CompilationFinal(dimensions = 1) private int[] splatLengths;
    private static final int UNSEEN = -2;
    private static final int VARIES = -1;

    @ExplodeLoop
    private Object[] evaluateSplatted(VirtualFrame frame) {
        Object[] values = new Object[arguments.length];
        int total = DispatchNode.FIRST_POSITIONAL;
        boolean tuplesOnly = true;
        boolean fixed = true;
        int[] lengths = splatLengths();
        if (valueFirst) {
            values[valueArgument] = arguments[valueArgument].execute(frame);
        }
        for (int i = 0; i < arguments.length; i++) {
            if (!(valueFirst && i == valueArgument)) {
                values[i] = arguments[i].execute(frame);
            }
            if (splat[i]) {
                if (values[i] instanceof JlTuple t) {
                    int n = t.elements.length;
                    if (lengths[i] != n) {
                        fixed = false;
                        if (lengths[i] != VARIES) {
                            CompilerDirectives.transferToInterpreterAndInvalidate();
                            lengths[i] = lengths[i] == UNSEEN ? n : VARIES;
                            if (lengths[i] == VARIES) {
                                // callers passing different numbers of arguments (string(xs...)
                                // from every interpolation): a split per caller keeps one length
                                reportPolymorphicSpecialize();
                            }
                        }
                    }
                    total += n;
                } else {
                    tuplesOnly = false;
                }
            } else {
                total++;
            }
        }
        // Splatting tuples (xs... of a vararg method) is the common case: no boundary for it.
        if (!tuplesOnly) {
            return expand(values, splat, this);
        }
        return fixed ? spliceFixed(values, lengths) : spliceTuples(values, total);
    }

    /**
     * A copy (a split of the method, cloned from its run AST) starts without the lengths seen:
     * shared, they were the original's, which for {@code string(xs...)} had seen every caller's
     * number of arguments, so no split ever had a constant one.
     */
    @Override
    public com.oracle.truffle.api.nodes.Node copy() {
        CallNode c = (CallNode) super.copy();
        c.splatLengths = null;
        return c;
    }

    private int[] splatLengths() {
        int[] l = splatLengths;
        if (l == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            l = new int[arguments.length];
            java.util.Arrays.fill(l, UNSEEN);
            splatLengths = l;
        }
        return l;
    }

    /** Every splatted tuple has the length it always had: a constant-size array, filled unrolled. */
    @ExplodeLoop
    private Object[] spliceFixed(Object[] values, int[] lengths) {
        int total = DispatchNode.FIRST_POSITIONAL;
        for (int i = 0; i < values.length; i++) {
            total += splat[i] ? lengths[i] : 1;
        }
        Object[] out = new Object[total];
        int at = DispatchNode.FIRST_POSITIONAL;
        for (int i = 0; i < values.length; i++) {
            if (splat[i]) {
                Object[] elems = ((JlTuple) values[i]).elements;
                for (int k = 0; k < lengths[i]; k++) {
                    out[at++] = elems[k];
                }
            } else {
                out[at++] = values[i];
            }
        }
        return out;
    }

    @ExplodeLoop
    private Object[] spliceTuples(Object[] values, int total) {
        Object[] out = new Object[total];
        int at = DispatchNode.FIRST_POSITIONAL;
        for (int i = 0; i < values.length; i++) {
            if (splat[i]) {
                Object[] elems = ((JlTuple) values[i]).elements;
                System.arraycopy(elems, 0, out, at, elems.length);
                at += elems.length;
            } else {
                out[at++] = values[i];
            }
        }
        return out;
    }

    @TruffleBoundary
    private static Object[] expand(Object[] values, boolean[] splat, JlNode node) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        out.add(null);
        out.add(null);
        for (int i = 0; i < values.length; i++) {
            if (splat[i]) {
                Splat.appendElements(out, values[i], node);
            } else {
                out.add(values[i]);
            }
        }
        return out.toArray();
    }

    static JlFunction functionOf(Object f, Object[] frameArgs) {
        if (f instanceof JlFunction fn) {
            return fn;
        } else if (f instanceof DataType t) {
            return t.constructor();
        } else if (f instanceof org.trufflejl.runtime.types.UnionAll u) {
            return ((DataType) u.unwrap()).family.constructorOf(u);
        } else if (f instanceof JlStructObject s && s.type.family.callables().callFunction != null) {
            return s.type.family.callables().callFunction;
        }
        if (Foreign.isExecutable(f)) {
            // before the transfer below: a site that calls several foreign functions stays compiled
            return JlContext.get(null).foreignCall;
        }
        CompilerDirectives.transferToInterpreter();
        throw notCallable(f, frameArgs);
    }

    @TruffleBoundary
    private static JlException notCallable(Object f, Object[] frameArgs) {
        Object[] positional = java.util.Arrays.copyOfRange(frameArgs, DispatchNode.FIRST_POSITIONAL, frameArgs.length);
        return new JlException(JlStructObject.of(Types.MethodError, f, new JlTuple(positional)), null);
    }

    /** Expanding {@code xs...}: tuples, arrays, ranges, named tuples' values, and any iterable via Base. */
    public static final class Splat {
        private Splat() {
        }

        @TruffleBoundary
        public static void appendElements(java.util.List<Object> out, Object v, JlNode node) {
            if (v instanceof JlTuple t) {
                java.util.Collections.addAll(out, t.elements);
            } else if (v instanceof JlArray a) {
                for (int i = 0; i < a.length; i++) {
                    out.add(a.get(i));
                }
            } else if (v instanceof JlUnitRange r) {
                for (long x = r.start; x <= r.stop; x++) {
                    out.add(x);
                }
            } else if (v instanceof JlNamedTuple nt) {
                java.util.Collections.addAll(out, nt.values);
            } else {
                Iteration.forEach(v, out::add, node);
            }
        }
    }

    /**
     * {@link #shortcut}: the callee, the argument classes, for an array or struct argument its
     * Julia type (a field of it; null for a class that decides the type), and the builtin.
     */
    public static final class BinaryShortcut extends Node {
        final Object callee;
        final Class<?> firstClass;
        final Class<?> secondClass;
        final JlType firstType;
        final JlType secondType;
        final Assumption tableStable;
        @Child BuiltinNode.Builtin2 body;

        private BinaryShortcut(Object callee, Object a, Object b, Assumption tableStable, BuiltinNode.Builtin2 body) {
            this.callee = callee;
            this.firstClass = a.getClass();
            this.secondClass = b.getClass();
            this.firstType = Types.classDecidesType(firstClass) ? null : Types.dispatchTypeOf(a);
            this.secondType = Types.classDecidesType(secondClass) ? null : Types.dispatchTypeOf(b);
            this.tableStable = tableStable;
            this.body = body;
        }

        public boolean matches(Object f, Object a, Object b) {
            return f == callee && a.getClass() == firstClass && b.getClass() == secondClass && tableStable.isValid()
                            && (firstType == null || Types.dispatchTypeOf(a) == firstType)
                            && (secondType == null || Types.dispatchTypeOf(b) == secondType);
        }

        public Object execute(Object a, Object b) {
            return body.execute(a, b);
        }

        /** The shortcut for this call, or null when it cannot have one. */
        @TruffleBoundary
        public static BinaryShortcut make(Object f, Object[] frameArgs, boolean plainCall) {
            Builtin found = plainCall ? builtinFor(f, frameArgs, 2) : null;
            return found != null && found.body instanceof BuiltinNode.Builtin2 body
                            ? new BinaryShortcut(f, frameArgs[DispatchNode.FIRST_POSITIONAL], frameArgs[DispatchNode.FIRST_POSITIONAL + 1], found.tableStable, body)
                            : null;
        }
    }

    /** {@link #unaryShortcut}: as {@link BinaryShortcut}, for a call of one argument. */
    static final class UnaryShortcut extends Node {
        final Object callee;
        final Class<?> argClass;
        final JlType argType;
        final Assumption tableStable;
        @Child BuiltinNode.Builtin1 body;

        private UnaryShortcut(Object callee, Object a, Assumption tableStable, BuiltinNode.Builtin1 body) {
            this.callee = callee;
            this.argClass = a.getClass();
            this.argType = Types.classDecidesType(argClass) ? null : Types.dispatchTypeOf(a);
            this.tableStable = tableStable;
            this.body = body;
        }

        @TruffleBoundary
        static UnaryShortcut make(Object f, Object[] frameArgs, boolean plainCall) {
            Builtin found = plainCall ? builtinFor(f, frameArgs, 1) : null;
            return found != null && found.body instanceof BuiltinNode.Builtin1 body
                            ? new UnaryShortcut(f, frameArgs[DispatchNode.FIRST_POSITIONAL], found.tableStable, body)
                            : null;
        }
    }

    /** {@link #naryShortcut}: as {@link BinaryShortcut}, for a call of three or more arguments. */
    static final class NaryShortcut extends Node {
        final Object callee;
        @CompilationFinal(dimensions = 1) final Class<?>[] classes;
        /** For each argument, its Julia type when its class does not decide it (an array's, a struct's), else null. */
        @CompilationFinal(dimensions = 1) final JlType[] types;
        final Assumption tableStable;
        @Child InlinableBody body;

        private NaryShortcut(Object callee, Object[] frameArgs, Assumption tableStable, InlinableBody body) {
            this.callee = callee;
            int n = frameArgs.length - DispatchNode.FIRST_POSITIONAL;
            this.classes = new Class<?>[n];
            this.types = new JlType[n];
            for (int i = 0; i < n; i++) {
                Object arg = frameArgs[DispatchNode.FIRST_POSITIONAL + i];
                classes[i] = arg.getClass();
                types[i] = Types.classDecidesType(classes[i]) ? null : Types.dispatchTypeOf(arg);
            }
            this.tableStable = tableStable;
            this.body = body;
        }

        boolean matches(Object f, Object[] frameArgs) {
            if (f != callee || !tableStable.isValid()) {
                return false;
            }
            for (int i = 0; i < classes.length; i++) {
                Object arg = frameArgs[DispatchNode.FIRST_POSITIONAL + i];
                if (arg.getClass() != classes[i] || (types[i] != null && Types.dispatchTypeOf(arg) != types[i])) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        static NaryShortcut make(Object f, Object[] frameArgs, boolean plainCall) {
            Builtin found = plainCall ? builtinFor(f, frameArgs, frameArgs.length - DispatchNode.FIRST_POSITIONAL) : null;
            return found != null && found.body != null ? new NaryShortcut(f, frameArgs, found.tableStable, found.body) : null;
        }
    }

    /** A Java-implemented method's new node, and the assumption its lookup holds under. */
    private record Builtin(InlinableBody body, Assumption tableStable) {
    }

    /**
     * For the shortcuts: the Java-implemented method a call of a function with {@code arity}
     * arguments selects, or null (not a function, another arity, a Julia-defined method, none, an
     * ambiguity, or an argument whose type is neither its class nor a field of it).
     */
    private static Builtin builtinFor(Object f, Object[] frameArgs, int arity) {
        if (!(f instanceof JlFunction fn) || frameArgs.length != arity + DispatchNode.FIRST_POSITIONAL) {
            return null;
        }
        JlType[] types = new JlType[arity];
        for (int i = 0; i < arity; i++) {
            Object arg = frameArgs[i + DispatchNode.FIRST_POSITIONAL];
            if (!(Types.classDecidesType(arg.getClass()) || arg instanceof JlArray || arg instanceof JlStructObject)) {
                return null;
            }
            types[i] = Types.dispatchTypeOf(arg);
        }
        // (taken before the lookup: a method added during it invalidates what the lookup found)
        Assumption stable = fn.table.stable();
        Method m = fn.table.lookup(types, false);
        return m == null || m == MethodTable.AMBIGUOUS ? null : new Builtin(m.newInlinableBody(), stable);
    }
}
