package org.trufflejl.nodes;

import java.util.function.Supplier;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

/** Method definitions, closures, and the argument prologue of method bodies. */
public final class FunctionNodes {
    private FunctionNodes() {
    }

    /** What a method definition needs besides its evaluated parameter types. */
    public record MethodShape(int nfixed, boolean varargs, Symbol[] kwNames, Symbol kwRest, String[] argNames, String calleeName, String file, int line,
                    Supplier<RootNode> body) {
        public Method build(JlType[] types, TypeVar[] typeVars) {
            JlType[] fixed = new JlType[nfixed];
            System.arraycopy(types, 0, fixed, 0, nfixed);
            // The body knows its method (for stack traces) and binds the where-variables from
            // the method's signature, once both exist.
            Method[] self = new Method[1];
            // xs::Vararg{T, N}: T... whose count is N (a number, or a where-variable it binds)
            JlType vararg = varargs ? types[nfixed] : null;
            Object count = null;
            JlType declared = vararg instanceof org.trufflejl.runtime.types.VarargType ? vararg : null;
            if (vararg instanceof org.trufflejl.runtime.types.VarargType v) {
                vararg = v.elementType;
                count = v.count;
                if (count instanceof Long k) {
                    // a fixed count is that many parameters (dispatch ranks it as fixed arity); the
                    // body still collects them as its vararg tuple
                    JlType[] all = java.util.Arrays.copyOf(fixed, nfixed + k.intValue());
                    java.util.Arrays.fill(all, nfixed, all.length, vararg);
                    fixed = all;
                    vararg = null;
                    count = null;
                }
            }
            self[0] = new Method(fixed, vararg, typeVars, kwNames, kwRest, argNames, file, line, () -> {
                RootNode root = body.get();
                if (root instanceof FunctionRootNode f) {
                    f.bindMethod(self[0]);
                }
                return root;
            }).withVarargCount(count, declared, nfixed);
            self[0].calleeArgName = calleeName;
            return self[0];
        }
    }

    /** {@code TypeVar(:T, lb, ub)}: a where-variable, made when the signature is evaluated. */
    public static final class TypeVarNode extends JlNode {
        private final Symbol name;
        @Child private JlNode lower;
        @Child private JlNode upper;

        public TypeVarNode(Symbol name, JlNode lower, JlNode upper) {
            this.name = name;
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object lb = lower == null ? Types.Bottom : lower.execute(frame);
            Object ub = upper == null ? Types.Any : upper.execute(frame);
            if (!(lb instanceof JlType l) || !(ub instanceof JlType u)) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.error("invalid bound for type variable " + name.name, this);
            }
            return new TypeVar(name, l, u);
        }
    }

    /** {@code body where T}: wraps a type in a UnionAll over a variable. */
    public static final class UnionAllNode extends JlNode {
        @Child private JlNode var;
        @Child private JlNode body;

        public UnionAllNode(JlNode var, JlNode body) {
            this.var = var;
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = var.execute(frame);
            Object b = body.execute(frame);
            return wrap((TypeVar) v, b);
        }

        @TruffleBoundary
        private Object wrap(TypeVar v, Object b) {
            if (!(b instanceof JlType bt)) {
                throw Errors.error("where: body is not a type", this);
            }
            return new org.trufflejl.runtime.types.UnionAll(v, bt);
        }
    }

    /**
     * Binds a method's {@code where} variables in its body: their values follow from the argument
     * types (cached for the last type tuple seen, which in compiled code is a constant).
     */
    public static final class StaticParamsNode extends JlNode {
        @CompilationFinal(dimensions = 1) private final int[] slots;
        @CompilationFinal private Method method;

        /**
         * The argument types seen, the callee's type and the values they give, as one object: a
         * task on another thread must never see the types without their values.
         */
        private record Cache(@CompilationFinal(dimensions = 1) JlType[] types, JlType callee, @CompilationFinal(dimensions = 1) Object[] env) {
        }

        /** The argument-type tuples seen so far (at most {@link #CACHE_LIMIT}), each with its values. */
        @CompilationFinal(dimensions = 1) private Cache[] caches = new Cache[0];
        private static final int CACHE_LIMIT = 4;

        /** Whether a variable no argument binds is left undefined (else it holds its TypeVar). */
        private final boolean undefinedWhenUnbound;

        public StaticParamsNode(int[] slots, boolean undefinedWhenUnbound) {
            this.slots = slots;
            this.undefinedWhenUnbound = undefinedWhenUnbound;
        }

        /** The where-variables' values for the argument types inferred with (null: not known). */
        void inferBind(Inference in, Object[] values) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] < 0) {
                    continue;   // (a variable the body never reads)
                }
                // (a variable no argument bound is undefined in the body: not a constant)
                in.writeSlot(slots[i], values != null && i < values.length && values[i] != null && !(values[i] instanceof TypeVar)
                                ? Inference.constant(values[i]) : Inference.ANY);
            }
        }

        void bind(Method m) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            this.method = m;
            this.caches = new Cache[0];
            this.megamorphic = false;
        }

        /** Set once more than {@link #CACHE_LIMIT} argument-type tuples are seen: then values come from the method's own cache. */
        @CompilationFinal private boolean megamorphic;

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            Object[] env = megamorphic ? null : cached(args);
            if (env == null) {
                if (megamorphic) {
                    // many type tuples reach this body: a lookup per call, and no more invalidation
                    // (invalidating on every call kept the caller from ever compiling)
                    env = bindable(lookup(method, args), args);
                } else {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    JlType[] types = argumentTypes(args);
                    JlType callee = method.calleePattern == null ? null : Types.dispatchTypeOf(args[0]);
                    env = bindable(method.staticParameters(callee, types), args);
                    if (caches.length < CACHE_LIMIT) {
                        Cache[] more = java.util.Arrays.copyOf(caches, caches.length + 1);
                        more[caches.length] = new Cache(types, callee, env);
                        caches = more;
                    } else {
                        megamorphic = true;
                    }
                }
            }
            writeSlots(frame, env);
            return null;
        }

        @ExplodeLoop
        private Object[] cached(Object[] args) {
            Cache[] cs = caches;
            for (int i = 0; i < cs.length; i++) {
                if (matchesCache(cs[i], args)) {
                    return cs[i].env;
                }
            }
            return null;
        }

        @TruffleBoundary
        private static org.trufflejl.runtime.JlException noMatchingMethod(Object[] args) {
            Object[] positional = java.util.Arrays.copyOfRange(args, DispatchNode.FIRST_POSITIONAL, args.length);
            return new org.trufflejl.runtime.JlException(JlStructObject.of(Types.MethodError, args[0], new org.trufflejl.runtime.JlTuple(positional)), null);
        }

        @ExplodeLoop
        private boolean matchesCache(Cache c, Object[] args) {
            JlType[] types = c.types;
            if (types.length != args.length - DispatchNode.FIRST_POSITIONAL) {
                return false;
            }
            for (int i = 0; i < types.length; i++) {
                if (Types.dispatchTypeOf(args[i + DispatchNode.FIRST_POSITIONAL]) != types[i]) {
                    return false;
                }
            }
            // (c.callee is null when the method has no callee pattern: Method.calleePattern is
            // volatile, and reading it here on every call kept Graal from moving loads out of the
            // caller's loops, 1.8 ns a call)
            return c.callee == null || Types.dispatchTypeOf(args[0]) == c.callee;
        }

        /**
         * The values to bind: null means the value called does not fit the method's callee
         * pattern ((a::Acc{T})(x::T) where T, called on an Acc{Int64} with a Float64), a
         * MethodError; a where-variable no argument determines (f(x::Union{T, Nothing}) where T,
         * given nothing) is undefined in the body, as Julia's: reading it is an UndefVarError.
         */
        private Object[] bindable(Object[] env, Object[] args) {
            if (env == null) {
                throw noMatchingMethod(args);
            }
            Method m = undefinedWhenUnbound ? method : null;
            Object[] out = env;
            for (int i = 0; m != null && i < env.length && i < m.typeVars.length; i++) {
                if (env[i] == m.typeVars[i]) {
                    if (out == env) {
                        out = env.clone();
                    }
                    out[i] = null;
                }
            }
            return out;
        }

        @ExplodeLoop
        private void writeSlots(VirtualFrame frame, Object[] env) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] >= 0) {
                    frame.setObject(slots[i], env[i]);
                }
            }
        }

        @TruffleBoundary
        private static Object[] lookup(Method method, Object[] args) {
            return method.cachedStaticParameters(Types.dispatchTypeOf(args[0]), argumentTypes(args));
        }

        @TruffleBoundary
        private static JlType[] argumentTypes(Object[] args) {
            JlType[] t = new JlType[args.length - DispatchNode.FIRST_POSITIONAL];
            for (int i = 0; i < t.length; i++) {
                t[i] = Types.dispatchTypeOf(args[i + DispatchNode.FIRST_POSITIONAL]);
            }
            return t;
        }
    }

    /**
     * {@code function f(x::T, ...) ... end} at run time: evaluates the parameter types, then adds
     * the method to the function (a global of {@link #module}, or the value of {@link #target}
     * for qualified names like {@code Base.show}).
     */
    public static final class MethodDefNode extends JlNode {
        private final JlModule module;
        private final Symbol name;
        @Child private JlNode target;
        /** Evaluate the where-variables (into the slots the parameter types read them from). */
        @Children private final JlNode[] typeVars;
        @Children private final JlNode[] paramTypes;
        private final MethodShape shape;
        /** The variables of enclosing local scopes the body uses (null: none), read when the definition runs. */
        @Children private final JlNode[] captures;

        public MethodDefNode(JlModule module, Symbol name, JlNode target, JlNode[] typeVars, JlNode[] paramTypes, MethodShape shape, JlNode[] captures) {
            this.module = module;
            this.name = name;
            this.target = target;
            this.typeVars = typeVars;
            this.paramTypes = paramTypes;
            this.shape = shape;
            this.captures = captures;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            TypeVar[] vars = new TypeVar[typeVars.length];
            for (int i = 0; i < typeVars.length; i++) {
                vars[i] = (TypeVar) typeVars[i].execute(frame);
            }
            JlType[] types = new JlType[paramTypes.length];
            for (int i = 0; i < paramTypes.length; i++) {
                types[i] = paramTypes[i] == null ? Types.Any : asType(paramTypes[i].execute(frame));
            }
            Object f = target == null ? null : target.execute(frame);
            Object[] captured = null;
            if (captures != null) {
                captured = new Object[captures.length];
                for (int i = 0; i < captures.length; i++) {
                    captured[i] = captures[i].execute(frame);
                }
            }
            return define(f, types, vars, captured);
        }

        private JlType asType(Object t) {
            if (t instanceof JlType jt) {
                return jt;
            }
            CompilerDirectives.transferToInterpreter();
            throw Errors.error("invalid type for argument in method definition of " + name.name, this);
        }

        @TruffleBoundary
        private Object define(Object f, JlType[] types, TypeVar[] vars, Object[] captured) {
            JlFunction fn;
            if (target == null) {
                org.trufflejl.runtime.Binding b = module.lookup(name);
                if (b != null && b.value instanceof org.trufflejl.runtime.types.DataType dt) {
                    fn = dt.constructor();
                } else if (b != null && b.value instanceof org.trufflejl.runtime.types.UnionAll ua) {
                    // the table calls of this UnionAll use (an alias such as Matrix has its own)
                    fn = ((org.trufflejl.runtime.types.DataType) ua.unwrap()).family.constructorOf(ua);
                } else {
                    fn = JlContext.functionIn(module, name);
                }
            } else if (f instanceof JlFunction jf) {
                fn = jf;
            } else if (f instanceof org.trufflejl.runtime.types.DataType dt) {
                fn = dt.constructor();
            } else if (f instanceof org.trufflejl.runtime.types.UnionAll ua) {
                fn = ((org.trufflejl.runtime.types.DataType) ua.unwrap()).family.constructorOf(ua);
            } else if (f instanceof org.trufflejl.runtime.types.CallableMethods target) {
                Method m = shape.build(types, vars);
                m.module = module;
                m.captures = captured;
                m.calleePattern = target.pattern();
                target.function().table.add(m);
                return target.function();
            } else if (f instanceof org.trufflejl.runtime.types.InstanceConstructors target) {
                Method m = shape.build(types, vars);
                m.module = module;
                m.captures = captured;
                m.calleePattern = target.pattern;
                if (target.family == null) {
                    m.anyTypePattern = true;
                    org.trufflejl.runtime.types.TypeFamily.addTypePatternMethod(m);
                } else {
                    target.family.addInstanceMethod(m);
                }
                return target;
            } else {
                throw Errors.error("cannot add a method to a value of type " + Types.typeOf(f).show(), this);
            }
            Method m = shape.build(types, vars);
            m.module = module;
            m.captures = captured;
            fn.table.add(m);
            return fn;
        }
    }

    /**
     * An anonymous function or local named function: a new function value holding the captured
     * variables. Its method table (made by lowering) is shared by all closures of this site.
     */
    public static final class ClosureNode extends JlNode {
        private final MethodTable table;
        @Children private final JlNode[] captures;

        public ClosureNode(MethodTable table, JlNode[] captures) {
            this.table = table;
            this.captures = captures;
        }

        /** A new closure: its methods and what it captures. */
        @Override
        public Object infer(Inference in) {
            Object[] captured = in.all(captures);
            for (Object c : captured) {
                if (Inference.never(c)) {
                    return c;
                }
            }
            return new Inference.Closure(table, java.util.Arrays.asList(captured));
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] values = new Object[captures.length];
            for (int i = 0; i < captures.length; i++) {
                values[i] = captures[i].execute(frame);
            }
            JlFunction f = new JlFunction(table, values);
            if (table.closureParams && !typeGeneric) {
                // the closure's type (var"#1#2"{Int64}) given at creation while the captured
                // values keep the classes first seen here: typeof and dispatch on it then read it
                if (seenType != null && sameClasses(values)) {
                    f.setJlType(seenType);
                } else {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    learnType(f, values);
                }
            }
            return f;
        }

        /** The classes of the unboxed captured values (null for a boxed one) that {@link #seenType} was made for. */
        @CompilationFinal(dimensions = 1) private Class<?>[] seenClasses;
        @CompilationFinal private org.trufflejl.runtime.types.DataType seenType;
        /** Set once the values' classes varied or do not decide their types: the type is then made when asked for. */
        @CompilationFinal private boolean typeGeneric;

        @ExplodeLoop
        private boolean sameClasses(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (seenClasses[i] != null) {
                    Object v = values[i] instanceof org.trufflejl.runtime.Cell c ? c.value : values[i];
                    if (v == null || v.getClass() != seenClasses[i]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void learnType(JlFunction f, Object[] values) {
            boolean[] boxed = table.captureBoxed;
            if (seenType != null || boxed == null || boxed.length != values.length) {
                typeGeneric = true;
                return;
            }
            Class<?>[] classes = new Class<?>[values.length];
            for (int i = 0; i < values.length; i++) {
                if (!boxed[i]) {
                    Object v = values[i] instanceof org.trufflejl.runtime.Cell c ? c.value : values[i];
                    if (v == null || !Types.classDecidesType(v.getClass())) {
                        typeGeneric = true;
                        return;
                    }
                    classes[i] = v.getClass();
                }
            }
            seenClasses = classes;
            seenType = f.jlType();
        }
    }

    /** Reads a cell itself (not its value) from a frame slot, to hand it to a closure. */
    public static final class CellOfSlotNode extends JlNode {
        private final int slot;

        public CellOfSlotNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object infer(Inference in) {
            return Types.BoxT;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }

    /** The trailing {@code xs...} parameter: the remaining positional arguments as a tuple. */
    public static final class VarargsNode extends JlNode {
        private final int from;
        /**
         * How many arguments the tuple has always had (-2 before a call, -1 once two differed):
         * while that holds, it is filled element by element to a constant size, which compiled
         * code keeps virtual when the method is inlined.
         */
        @CompilationFinal private int seenLength = -2;

        public VarargsNode(int from) {
            this.from = from;
        }

        @Override
        public Object infer(Inference in) {
            Object[] rest = new Object[Math.max(0, in.argumentCount() - from)];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = in.argument(from + i);
            }
            return Inference.tupleOf(rest);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            int n = Math.max(0, args.length - from);
            int fixed = seenLength;
            if (n == fixed) {
                return new JlTuple(copyFixed(args, fixed));
            }
            if (fixed != -1) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenLength = fixed == -2 ? n : -1;
            }
            Object[] rest = new Object[n];
            System.arraycopy(args, from, rest, 0, n);
            return new JlTuple(rest);
        }

        @ExplodeLoop
        private Object[] copyFixed(Object[] args, int n) {
            Object[] rest = new Object[n];
            for (int i = 0; i < n; i++) {
                rest[i] = args[from + i];
            }
            return rest;
        }
    }

    /** Rejects keyword arguments the method does not declare (unless it has {@code kws...}). */
    public static final class CheckKeywordsNode extends JlNode {
        @CompilationFinal(dimensions = 1) private final Symbol[] accepted;
        /**
         * Whether a call has ever passed keywords here. Until one does, compiled code has no call
         * to {@link #check} at all: a boundary call at the top of every method (even on a branch
         * never taken) made the register allocator spill the method's live values around it.
         */
        @CompilationFinal private boolean keywordsSeen;

        public CheckKeywordsNode(Symbol[] accepted) {
            this.accepted = accepted;
        }

        /** (Inference models positional calls only: no keywords to check.) */
        @Override
        public Object infer(Inference in) {
            return Inference.constant(JlNothing.INSTANCE);
        }

        /** Names arrays already checked (a call site passes the same array each time: NamedTupleNode). */
        @CompilationFinal(dimensions = 1) private Symbol[][] checked = new Symbol[0][];
        private static final int CHECKED_LIMIT = 4;

        @Override
        public Object execute(VirtualFrame frame) {
            // (anything but a NamedTuple there is no keywords: a for loop's TupleReturn)
            if (frame.getArguments()[1] instanceof JlNamedTuple kw) {
                if (!keywordsSeen) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    keywordsSeen = true;
                }
                Symbol[] names = kw.names;
                if (!wasChecked(names)) {
                    check(kw, frame.getArguments());
                    // (read once: another task running this node may replace the array meanwhile;
                    // reading it twice indexed a new array by an old length, an internal error)
                    Symbol[][] current = checked;
                    if (current.length < CHECKED_LIMIT) {
                        CompilerDirectives.transferToInterpreterAndInvalidate();
                        Symbol[][] more = java.util.Arrays.copyOf(current, current.length + 1);
                        more[current.length] = names;
                        checked = more;
                    }
                }
            }
            return null;
        }

        @ExplodeLoop
        private boolean wasChecked(Symbol[] names) {
            for (Symbol[] c : checked) {
                if (c == names) {
                    return true;
                }
            }
            return false;
        }

        @TruffleBoundary
        private void check(JlNamedTuple kw, Object[] frameArgs) {
            outer: for (Symbol n : kw.names) {
                for (Symbol a : accepted) {
                    if (a == n) {
                        continue outer;
                    }
                }
                Object[] positional = java.util.Arrays.copyOfRange(frameArgs, DispatchNode.FIRST_POSITIONAL, frameArgs.length);
                throw Errors.keywordMethodError(frameArgs[0], kw, positional, this);
            }
        }
    }

    /** A keyword parameter's value: the caller's, else its default (which may use earlier parameters). */
    public static final class KeywordValueNode extends JlNode {
        private final Symbol name;
        @Child private JlNode defaultValue;

        public KeywordValueNode(Symbol name, JlNode defaultValue) {
            this.name = name;
            this.defaultValue = defaultValue;
        }

        /** The type the caller's keywords give it, else its default's. */
        @Override
        public Object infer(Inference in) {
            Object kw = in.argument(1);
            JlType given = Inference.isConstant(kw, null) ? null : Inference.keywordType(kw, name);
            if (given != null) {
                return given;
            }
            if (defaultValue == null) {
                throw Inference.giveUp(this);
            }
            return defaultValue.infer(in);
        }

        /** The names array seen first and where this parameter is in it (-1: absent), as one object. */
        private record Position(Symbol[] names, int index) {
        }

        @CompilationFinal private Position cached;

        @Override
        public Object execute(VirtualFrame frame) {
            if (frame.getArguments()[1] instanceof JlNamedTuple nt) {
                int i;
                Position p = cached;
                if (p != null && nt.names == p.names) {
                    i = p.index;
                } else {
                    i = nt.indexOf(name);
                    if (p == null) {
                        CompilerDirectives.transferToInterpreterAndInvalidate();
                        cached = new Position(nt.names, i);
                    }
                }
                if (i >= 0) {
                    return nt.values[i];
                }
            }
            if (defaultValue == null) {
                CompilerDirectives.transferToInterpreter();
                throw new JlException(JlStructObject.of(Types.UndefKeywordError, name), this);
            }
            return defaultValue.execute(frame);
        }
    }

    /** {@code kws...}: the caller's keywords that are not declared parameters. */
    public static final class KeywordRestNode extends JlNode {
        @CompilationFinal(dimensions = 1) private final Symbol[] declared;

        public KeywordRestNode(Symbol[] declared) {
            this.declared = declared;
        }

        @Override
        public Object infer(Inference in) {
            return Inference.ANY;
        }

        @Child private NamedTuplePairsNode pairs = new NamedTuplePairsNode();

        /** Base's {@code Pairs} over the keywords not declared ({@link org.trufflejl.runtime.KeywordPairs}). */
        @Override
        public Object execute(VirtualFrame frame) {
            return pairs.execute(restOf(frame));
        }

        private JlNamedTuple restOf(VirtualFrame frame) {
            if (!(frame.getArguments()[1] instanceof JlNamedTuple given)) {
                return JlNamedTuple.EMPTY;
            }
            // a NamedTuple is immutable: with none of the declared names in it, it is the rest
            // itself (a copy made through a boundary on every call: forwarding kws... took 120 ns)
            return mentionsDeclared(given) ? rest(given) : given;
        }

        @ExplodeLoop
        private boolean mentionsDeclared(JlNamedTuple kw) {
            for (Symbol d : declared) {
                if (kw.indexOf(d) >= 0) {
                    return true;
                }
            }
            return false;
        }

        @TruffleBoundary
        private JlNamedTuple rest(JlNamedTuple kw) {
            java.util.ArrayList<Symbol> ns = new java.util.ArrayList<>();
            java.util.ArrayList<Object> vs = new java.util.ArrayList<>();
            outer: for (int i = 0; i < kw.names.length; i++) {
                for (Symbol d : declared) {
                    if (d == kw.names[i]) {
                        continue outer;
                    }
                }
                ns.add(kw.names[i]);
                vs.add(kw.values[i]);
            }
            return new JlNamedTuple(ns.toArray(new Symbol[0]), vs.toArray());
        }
    }

    /** Evaluates to {@code nothing} after running its child for effect. */
    public static final class VoidNode extends JlNode {
        @Child private JlNode child;

        public VoidNode(JlNode child) {
            this.child = child;
        }

        @Override
        public Object infer(Inference in) {
            Object v = child.infer(in);
            return Inference.never(v) ? v : Inference.constant(JlNothing.INSTANCE);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            child.execute(frame);
            return JlNothing.INSTANCE;
        }
    }
}
