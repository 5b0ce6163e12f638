package org.trufflejl.nodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflejl.builtins.BuiltinNode;
import org.trufflejl.runtime.InlinableBody;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.Types;
import org.trufflejl.runtime.types.UnionType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * What a call returns, found without running it: Julia's {@code Core.Compiler.return_type}, which
 * Julia's {@code collect}, {@code map} and broadcasting use for the element type of an empty
 * result ({@code [x^2 for x in v if x > 10]} is an empty {@code Vector{Int64}}, whose sum is 0).
 * <p>
 * An abstract interpretation of the method's nodes (each node class that takes part says what it
 * computes in {@link JlNode#infer}): values are types, or constants ({@link Const}) where the
 * value itself is known (the function called, a type passed, a literal). Local variables are
 * flow-sensitive: the model carries each local's element at the point reached (its state),
 * joins states where paths meet and runs loops until their head's state stops changing;
 * conditions narrow the locals they test. A Java-implemented method's result is the return
 * type its Truffle specialisations declare for the arguments' Java representation. The answer is
 * always sound, never a guess: a node class without a model, a recursion or loop that does not
 * settle, a call that is not known well enough, or a limit reached gives {@code Any}, which is
 * also what Julia gives for a non-constant global.
 */
public final class Inference {
    /** A value known exactly. */
    public record Const(Object value) {
    }

    /**
     * A closure made in the body being modelled: its function's methods and what it captured (each
     * a lattice element), so that calling it is inferred too ({@code count(y -> y > x, v)}).
     */
    record Closure(MethodTable table, List<Object> captures) {
    }

    /**
     * An immutable struct made in the body being modelled, with what each field holds (Julia's
     * PartialStruct): our Generator's untyped fields are then known where it is made.
     */
    record PartialStruct(DataType type, List<Object> fields) {
    }

    /**
     * A Java-implemented method that says what it returns, where the Java types its
     * specialisations declare do not tell ({@code typeof}, a fold over a binary operator).
     */
    public interface Model {
        Object inferResult(Inference in, Object callee, Object[] args);
    }

    /**
     * A Java-implemented method without effects: with every argument a known value, inference
     * runs it and has its value (type computations such as {@code Pair{A, B}} and
     * {@code typejoin}, as Julia's constant propagation folds them).
     */
    public interface Pure {
    }

    /** The arguments' values when every one is known, else null. */
    public static Object[] constantValues(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof Const c)) {
                return null;
            }
            out[i] = c.value;
        }
        return out;
    }

    /** Thrown when the body meets a node that has no model: the method's result is then Any. */
    static final class GiveUp extends ControlFlowException {
        private static final long serialVersionUID = 1L;
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    static final boolean TRACE = System.getenv("JL_INFER_TRACE") != null;
    static String lastNode;

    static GiveUp giveUp(Object node) {
        if (TRACE) {
            lastNode = node.getClass().getName();
        }
        return GIVE_UP;
    }

    public static final JlType ANY = Types.Any;
    public static final JlType BOTTOM = Types.Bottom;
    /** Julia's inference keeps unions of up to this many members (MAX_TYPEUNION_LENGTH), then widens. */
    private static final int MAX_UNION = 3;
    private static final int MAX_PASSES = 8;
    private static final int MAX_DEPTH = 12;
    private static final int MAX_METHODS = 600;
    /** Loop rounds per question (nested loops multiply them): past this the answer is Any. */
    private static final int MAX_LOOP_ROUNDS = 20_000;
    /** Call-site union splitting: at most this many argument type combinations. */
    private static final int MAX_SPLITS = 4;

    /**
     * The method body being modelled: its arguments, the state at the point reached (each local's
     * element there; null where the point cannot be reached), its returns, the loops and try
     * blocks it is inside.
     */
    private static final class Body {
        final Object[] arguments;
        Object[] state;
        final FunctionRootNode root;
        Object returned = BOTTOM;
        final java.util.ArrayDeque<Loop> loops = new java.util.ArrayDeque<>();
        final java.util.ArrayDeque<Object[]> tryWrites = new java.util.ArrayDeque<>();

        Body(Object[] arguments, int nslots, FunctionRootNode root) {
            this.arguments = arguments;
            this.state = new Object[nslots];
            java.util.Arrays.fill(state, BOTTOM);
            this.root = root;
        }
    }

    /** The states a loop's {@code break}s and {@code continue}s leave from. */
    static final class Loop {
        Object[] breaks;
        Object[] continues;
    }

    /** A method and its arguments' lattice elements (constants compare by value). */
    private record Key(Method method, List<Object> args) {
    }

    private final Map<Key, Object> done = new HashMap<>();
    private final Set<Key> inProgress = new HashSet<>();
    private int depth;
    private int methodsLeft = MAX_METHODS;
    private int loopRoundsLeft = MAX_LOOP_ROUNDS;
    private Body body;

    private Inference() {
    }

    /** The type a call of {@code f} with arguments of these types returns ({@code Any} when not known). */
    @TruffleBoundary
    public static JlType returnType(Object f, JlType[] argTypes) {
        // remembered per function, argument types and captured values, until any method is defined
        JlFunction fn = functionOf(f);
        List<Object> key = new ArrayList<>(java.util.Arrays.asList((Object[]) argTypes));
        key.add(f instanceof JlFunction closure && closure.captures != null ? java.util.Arrays.asList(closure.captures) : f);
        long version = MethodTable.DEFINITIONS.get();
        if (fn != null && fn.table.inferred.get(key) instanceof Remembered r && r.version == version) {
            return r.type;
        }
        Object[] args = new Object[argTypes.length];
        System.arraycopy(argTypes, 0, args, 0, args.length);
        JlType t;
        try {
            t = widen(new Inference().call(new Const(f), args));
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of the inference itself must not fail the program: Any is always a safe answer
            if (TRACE) {
                e.printStackTrace();
            }
            t = ANY;
        }
        if (fn != null) {
            if (fn.table.inferred.size() >= REMEMBERED_PER_FUNCTION) {
                // (keys hold captured values: bounded, so closures over ever new arrays do not pile up)
                fn.table.inferred.clear();
            }
            fn.table.inferred.put(key, new Remembered(version, t));
        }
        return t;
    }

    private record Remembered(long version, JlType type) {
    }

    /**
     * The type a call of {@code f} with these very arguments returns: each argument a known value,
     * so the fields of an immutable struct among them are known too (the generator inside a
     * {@code Flatten}, whose fields have no declared types). Not remembered.
     */
    @TruffleBoundary
    public static JlType returnTypeFor(Object f, Object[] values) {
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = new Const(values[i]);
        }
        try {
            return widen(new Inference().call(new Const(f), args));
        } catch (RuntimeException | StackOverflowError e) {
            if (TRACE) {
                e.printStackTrace();
            }
            return ANY;
        }
    }

    private static final int REMEMBERED_PER_FUNCTION = 64;

    // ---- the lattice

    /**
     * A closure's type: with unboxed captures, their types are its parameters (all of its
     * types, the UnionAll, when one of them is not known to be concrete).
     */
    @TruffleBoundary
    private static JlType closureType(Closure k) {
        org.trufflejl.runtime.types.TypeFamily f = k.table.closureFamily();
        boolean[] boxed = k.table.captureBoxed;
        if (f == null) {
            return k.table.type;
        }
        if (boxed == null || k.captures().size() != boxed.length) {
            return f.any;
        }
        Object[] params = new Object[f.vars.length];
        for (int i = 0, n = 0; i < boxed.length && n < params.length; i++) {
            if (!boxed[i]) {
                JlType t = widen(k.captures().get(i));
                if (!t.isConcrete()) {
                    return f.any;
                }
                params[n++] = t;
            }
        }
        return k.table.closureType(params);
    }

    /** The type of the values a lattice element stands for. */
    public static JlType widen(Object v) {
        if (v instanceof Const c) {
            return Types.typeOf(c.value);
        } else if (v instanceof Closure k) {
            return closureType(k);
        } else if (v instanceof PartialStruct p) {
            return p.type;
        }
        return (JlType) v;
    }

    public static Object constant(Object value) {
        return new Const(value);
    }

    /** The least element above both (a small union, else Any). */
    public static Object join(Object a, Object b) {
        if (a == BOTTOM || a == b) {
            return b;
        } else if (b == BOTTOM) {
            return a;
        } else if (a instanceof Const x && b instanceof Const y && sameConstant(x.value, y.value)) {
            return a;
        }
        JlType ta = widen(a);
        JlType tb = widen(b);
        if (ta.equals(tb) || Types.isSubtype(tb, ta)) {
            return ta;
        } else if (Types.isSubtype(ta, tb)) {
            return tb;
        }
        JlType u = UnionType.of(ta, tb);
        return u instanceof UnionType ut && ut.types.length > MAX_UNION ? ANY : u;
    }

    private static boolean sameConstant(Object x, Object y) {
        return x == y || (x instanceof Number && x.getClass() == y.getClass() && x.equals(y));
    }

    /**
     * The Julia types whose values one Java class holds: the type, the class node specialisations
     * take it as, and its boxed class (the same for the value classes).
     */
    private record Representation(JlType type, Class<?> unboxed, Class<?> boxed) {
    }

    private static final Representation[] REPRESENTATIONS = {
        new Representation(Types.Int64, long.class, Long.class), new Representation(Types.Float64, double.class, Double.class),
        new Representation(Types.Bool, boolean.class, Boolean.class), new Representation(Types.Int32, int.class, Integer.class),
        new Representation(Types.Int16, short.class, Short.class), new Representation(Types.Int8, byte.class, Byte.class),
        new Representation(Types.Float32, float.class, Float.class), new Representation(Types.UInt8T, UInt8.class, UInt8.class),
        new Representation(Types.UInt16T, UInt16.class, UInt16.class), new Representation(Types.UInt32T, UInt32.class, UInt32.class),
        new Representation(Types.UInt64T, UInt64.class, UInt64.class), new Representation(Types.UInt128T, UInt128.class, UInt128.class),
        new Representation(Types.Int128T, Int128.class, Int128.class), new Representation(Types.Float16T, Float16.class, Float16.class),
        new Representation(Types.String, JlString.class, JlString.class), new Representation(Types.Char, JlChar.class, JlChar.class),
        new Representation(Types.Nothing, JlNothing.class, JlNothing.class)};

    /** The Java representation of a value of {@code t} when one class holds all of them, else null. */
    private static Class<?> representation(JlType t) {
        for (Representation r : REPRESENTATIONS) {
            if (r.type == t) {
                return r.unboxed;
            }
        }
        return null;
    }

    /** The class a specialisation takes a value of Java class {@code c} as (a boxed primitive unboxed). */
    private static Class<?> unboxed(Class<?> c) {
        for (Representation r : REPRESENTATIONS) {
            if (r.boxed == c) {
                return r.unboxed;
            }
        }
        return c;
    }

    /** The Julia type of every value a specialisation returning Java type {@code c} can give; Any when that is not one type. */
    private static JlType typeOfRepresentation(Class<?> c) {
        for (Representation r : REPRESENTATIONS) {
            if (r.unboxed == c || r.boxed == c) {
                return r.type;
            }
        }
        if (c == org.trufflejl.runtime.JlStepRange.class) {
            return Types.StepRangeInt64;
        } else if (c == org.trufflejl.runtime.JlOneTo.class) {
            return Types.OneToInt64;
        } else if (c == org.trufflejl.runtime.JlUnitRange.class) {
            // (or its subclass OneTo)
            return UnionType.of(Types.UnitRangeInt64, Types.OneToInt64);
        }
        return ANY;
    }

    // ---- what nodes ask

    Object argument(int index) {
        Object[] a = body.arguments;
        return index < a.length ? a[index] : ANY;
    }

    int argumentCount() {
        return body.arguments.length;
    }

    Object readSlot(int slot) {
        Object[] s = body.state;
        return s == null ? BOTTOM : s[slot];
    }

    // ---- states: the locals' elements at a point of the body (null: the point is not reached)

    Object[] saveState() {
        return body.state == null ? null : body.state.clone();
    }

    void setState(Object[] s) {
        body.state = s == null ? null : s.clone();
    }

    boolean reachable() {
        return body.state != null;
    }

    /** {@code v} of an expression that never finishes: the point after it is not reached. */
    Object unreached(Object v) {
        body.state = null;
        return v;
    }

    /** The state where two paths meet. */
    static Object[] joinStates(Object[] a, Object[] b) {
        if (a == null) {
            return b == null ? null : b.clone();
        } else if (b == null) {
            return a.clone();
        }
        Object[] out = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = join(a[i], b[i]);
        }
        return out;
    }

    static boolean sameState(Object[] a, Object[] b) {
        return java.util.Arrays.equals(a, b);
    }

    /** The current state narrowed as the condition's outcome says (unreachable when the local cannot have that outcome). */
    void narrow(Refinement r, boolean holds) {
        if (r == null || body.state == null) {
            return;
        }
        Object narrowed = holds ? r.ifTrue : r.ifFalse;
        if (narrowed == BOTTOM) {
            body.state = null;
        } else {
            body.state[r.slot] = narrowed;
        }
    }

    /**
     * Models a loop: {@code iteration} runs the condition and body once from the loop head's
     * state; the head is joined with the states each iteration ends and continues in until it
     * stops changing (past MAX_PASSES rounds the locals still changing become Any). Afterwards
     * the state is where the loop leaves: {@code exit} (the head, or the condition's false path
     * that {@code iteration} records) joined with its breaks.
     */
    void loop(java.util.function.Function<Loop, Object[]> iteration) {
        Object[] head = saveState();
        for (int round = 0;; round++) {
            if (--loopRoundsLeft < 0) {
                throw GIVE_UP;
            }
            Loop l = new Loop();
            body.loops.push(l);
            Object[] exit;
            try {
                setState(head);
                exit = iteration.apply(l);
            } finally {
                body.loops.pop();
            }
            Object[] next = joinStates(head, joinStates(body.state, l.continues));
            if (sameState(next, head)) {
                body.state = joinStates(exit, l.breaks);
                return;
            }
            if (round == MAX_PASSES) {
                throw GIVE_UP;
            }
            if (round == MAX_PASSES - 1 && head != null) {
                for (int i = 0; i < next.length; i++) {
                    if (!java.util.Objects.equals(next[i], head[i])) {
                        next[i] = ANY;
                    }
                }
            }
            head = next;
        }
    }

    /**
     * {@code a && b} ({@code and}) or {@code a || b}: b runs from the state where a decided to go
     * on (narrowed by it); the other outcome of a is the value itself, with its own state.
     */
    Object shortCircuit(JlNode left, JlNode right, boolean and) {
        Object l = left.infer(this);
        if (never(l)) {
            return unreached(l);
        }
        Boolean stop = !and;
        if (isConstant(l, stop)) {
            return l;
        }
        Refinement r = refinement(left);
        Object[] afterLeft = saveState();
        narrow(r, and);
        Object v = reachable() ? right.infer(this) : BOTTOM;
        Object[] endRight = never(v) ? null : saveState();
        if (isConstant(l, !stop)) {
            setState(endRight);
            return v;
        }
        setState(afterLeft);
        narrow(r, !and);
        Object[] endLeft = saveState();
        setState(joinStates(endRight, endLeft));
        return join(endLeft == null ? BOTTOM : new Const(stop), v);
    }

    /**
     * {@code break} ({@code toExit}) or {@code continue}: the state joins the loop's exit or its
     * head; the point after it is not reached.
     */
    void leaveIteration(boolean toExit) {
        Loop l = body.loops.peek();
        if (l == null) {
            throw GIVE_UP;
        }
        if (toExit) {
            l.breaks = joinStates(l.breaks, body.state);
        } else {
            l.continues = joinStates(l.continues, body.state);
        }
        body.state = null;
    }

    /** Starts recording what a try block assigns (its catch block may start after any of it). */
    void beginTry() {
        Object[] w = new Object[body.state == null ? body.root.getFrameDescriptor().getNumberOfSlots() : body.state.length];
        java.util.Arrays.fill(w, BOTTOM);
        body.tryWrites.push(w);
    }

    /** Everything the try block assigned to each local (Union{} where nothing). */
    Object[] endTry() {
        return body.tryWrites.pop();
    }

    // ---- conditions that narrow a local's type

    /**
     * What a condition tells about a local variable: its type where the condition holds and where
     * it does not ({@code x === nothing}, {@code x !== nothing}, {@code isnothing(x)},
     * {@code x isa T}, and their negation with {@code !}), as Julia's inference narrows
     * {@code s === nothing || return s} to a String. Null when it tells nothing.
     */
    record Refinement(int slot, Object ifTrue, Object ifFalse) {
        Refinement negated() {
            return new Refinement(slot, ifFalse, ifTrue);
        }
    }

    Refinement refinement(JlNode condition) {
        if (!(condition instanceof CallNode call) || call.plainArguments() == null || !(call.calleeNode().infer(this) instanceof Const c)) {
            return null;
        }
        JlNode[] args = call.plainArguments();
        Object f = c.value;
        if (args.length == 1 && f == baseFunction("!")) {
            Refinement r = refinement(args[0]);
            return r == null ? null : r.negated();
        } else if (args.length == 1 && f == baseFunction("isnothing") && args[0] instanceof ReadLocalNode x) {
            return identity(x.slot, org.trufflejl.runtime.JlNothing.INSTANCE);
        } else if (args.length == 2 && (f == baseFunction("===") || f == baseFunction("!=="))) {
            Refinement r = null;
            if (args[0] instanceof ReadLocalNode x && args[1].infer(this) instanceof Const v) {
                r = identity(x.slot, v.value);
            } else if (args[1] instanceof ReadLocalNode x && args[0].infer(this) instanceof Const v) {
                r = identity(x.slot, v.value);
            }
            return r == null || f == baseFunction("===") ? r : r.negated();
        } else if (args.length == 2 && f == baseFunction("isa") && args[0] instanceof ReadLocalNode x && args[1].infer(this) instanceof Const t &&
                        t.value instanceof JlType type) {
            return isa(x.slot, type);
        }
        return null;
    }

    /** {@code x === v}: x is v where it holds; where not, x is not of v's type if that type has one value only. */
    private Refinement identity(int slot, Object v) {
        Object x = readSlot(slot);
        if (x instanceof Const) {
            return null;
        }
        JlType vt = Types.typeOf(v);
        Object ifTrue = Types.isSubtype(vt, widen(x)) ? new Const(v) : BOTTOM;
        Object ifFalse = x;
        if (isSingleton(vt)) {
            ifFalse = BOTTOM;
            for (JlType m : members(widen(x))) {
                if (!m.equals(vt)) {
                    ifFalse = join(ifFalse, m);
                }
            }
            if (ifFalse == BOTTOM && !widen(x).equals(vt)) {
                ifFalse = x;
            }
        }
        return new Refinement(slot, ifTrue, ifFalse);
    }

    /** {@code x isa T}: the members of x's union that are (or are not) T; a type wholly inside or outside decides. */
    private Refinement isa(int slot, JlType t) {
        Object x = readSlot(slot);
        if (x instanceof Const) {
            return null;
        }
        Object ifTrue = BOTTOM;
        Object ifFalse = BOTTOM;
        for (JlType m : members(widen(x))) {
            if (Types.isSubtype(m, t)) {
                ifTrue = join(ifTrue, m);
            } else if (dispatchesAsItself(m)) {
                ifFalse = join(ifFalse, m);
            } else {
                // partly T, partly not (an abstract type): no narrowing
                return null;
            }
        }
        return new Refinement(slot, ifTrue, ifFalse);
    }

    /** Whether {@code t} has exactly one value. */
    public static boolean isSingleton(JlType t) {
        return t == Types.Nothing || t instanceof DataType d && d.functionName == null && d.isConcrete() && !d.isMutable && d.fieldTypes.length == 0 &&
                        !Types.isPrimitive(d) && !Types.isOpaque(d) && d.family != Types.TupleFamily && d.family != Types.NamedTupleFamily;
    }

    private JlFunction baseFunction(String name) {
        return DataNodes.baseFunction(body.root, name);
    }

    /** An assignment: the local has this element from here on (and any try block around records it). */
    void writeSlot(int slot, Object v) {
        if (body.state == null) {
            return;
        }
        body.state[slot] = v;
        for (Object[] w : body.tryWrites) {
            w[slot] = join(w[slot], v);
        }
    }

    /** {@code return v}: the point after it is not reached. */
    void returned(Object v) {
        body.returned = join(body.returned, v);
        body.state = null;
    }

    FunctionRootNode root() {
        return body.root;
    }

    /** The lattice element of the values of every node in {@code nodes}, in order (each one modelled). */
    Object[] all(JlNode[] nodes) {
        Object[] out = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            out[i] = nodes[i].infer(this);
        }
        return out;
    }

    public static boolean isConstant(Object v, Object value) {
        return v instanceof Const c && java.util.Objects.equals(value, c.value);
    }

    /** Whether a value of this element can never exist (its expression does not finish). */
    public static boolean never(Object v) {
        return v == BOTTOM;
    }

    // ---- calls

    /** The result of calling {@code callee} with these arguments (positional, no keywords). */
    public Object call(Object callee, Object[] args) {
        return call(callee, args, null);
    }

    /** The same with keyword arguments: {@code keywords} a NamedTuple type (null: none). */
    Object call(Object callee, Object[] args, Object keywords) {
        for (Object a : args) {
            if (a == BOTTOM) {
                return BOTTOM;
            }
        }
        MethodTable table;
        Object calleeValue = null;
        if (callee instanceof Const c) {
            calleeValue = c.value;
            JlFunction fn = functionOf(c.value);
            if (fn == null) {
                return ANY;
            }
            table = fn.table;
        } else if (callee instanceof Closure k) {
            table = k.table;
        } else {
            return callee == BOTTOM ? BOTTOM : ANY;
        }
        if (table.name == THROW && table.module != null && table.module.name == BASE) {
            return BOTTOM;
        }
        List<JlType[]> combos = new ArrayList<>();
        if (!splitArguments(args, 0, new JlType[args.length], combos)) {
            return ANY;
        }
        Object result = BOTTOM;
        for (JlType[] types : combos) {
            Method m = table.lookup(types, keywords != null);
            if (m == null || m == MethodTable.AMBIGUOUS) {
                // a MethodError, as the call site's dispatch (the same lookup) raises: no value
                continue;
            }
            Object[] narrowed = args;
            if (combos.size() > 1) {
                narrowed = new Object[args.length];
                System.arraycopy(types, 0, narrowed, 0, types.length);
            }
            result = join(result, method(m, callee, calleeValue, types, narrowed, keywords));
            if (TRACE) {
                System.err.println("  ".repeat(depth) + m.ownerName() + java.util.Arrays.toString(narrowed) + " -> " + result + " (" + m.file + ":" + m.line + ")");
            }
            if (result == ANY) {
                return ANY;
            }
        }
        return result;
    }

    private static final org.trufflejl.runtime.Symbol THROW = org.trufflejl.runtime.Symbol.of("throw");
    private static final org.trufflejl.runtime.Symbol BASE = org.trufflejl.runtime.Symbol.of("Base");

    private static JlFunction functionOf(Object f) {
        if (f instanceof JlFunction fn) {
            return fn;
        } else if (f instanceof DataType t) {
            return t.constructor();
        } else if (f instanceof org.trufflejl.runtime.types.UnionAll u && u.unwrap() instanceof DataType d) {
            return d.family.constructorOf(u);
        } else if (f instanceof JlStructObject s) {
            return s.type.family.callables().callFunction;
        }
        return null;
    }

    /**
     * The dispatch types each argument can have at run time, one array per combination: a
     * constant's own, a concrete type, or each member of a small union of concrete types. False
     * when an argument could have types lookup cannot enumerate (abstract, or a type object:
     * those dispatch as {@code Type{T}}, which only their value tells).
     */
    private static boolean splitArguments(Object[] args, int i, JlType[] types, List<JlType[]> out) {
        if (i == args.length) {
            out.add(types.clone());
            return true;
        }
        Object a = args[i];
        if (a instanceof Const c) {
            types[i] = Types.dispatchTypeOf(c.value);
            return splitArguments(args, i + 1, types, out);
        }
        JlType[] members = a instanceof UnionType u ? u.types : new JlType[]{widen(a)};
        for (JlType t : members) {
            if (!dispatchesAsItself(t) || out.size() >= MAX_SPLITS) {
                return false;
            }
            types[i] = t;
            if (!splitArguments(args, i + 1, types, out)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every value of {@code t} dispatches as {@code t}: concrete, and not a type of types. */
    public static boolean dispatchesAsItself(JlType t) {
        return t.isConcrete() && t != Types.DataTypeT && t != Types.UnionT && t != Types.UnionAllT && t != Types.TypeofVarargT
                        && t != Types.TypeofBottomT;
    }

    /** What method {@code m} returns for these arguments. */
    /**
     * What {@code m} returns. A recursive call (the method and arguments already being inferred)
     * gets the result assumed so far, from Union{} up: the method is inferred again with the
     * result found until that stops changing (a fixpoint, so the answer covers every depth of the
     * recursion), as Julia's inference does. A method called again from its own body with other
     * constants has them widened to their types, so that the recursion meets itself.
     */
    private Object method(Method m, Object callee, Object calleeValue, JlType[] types, Object[] args, Object keywords) {
        if (inProgressMethods.contains(m)) {
            args = widenNumbers(args);
        }
        List<Object> keyArgs = new ArrayList<>(java.util.Arrays.asList(args));
        keyArgs.add(keywords == null ? NO_KEYWORDS : keywords);
        // (a closure's result depends on what it captured)
        keyArgs.add(callee);
        Key key = new Key(m, keyArgs);
        Object known = done.get(key);
        if (known != null) {
            return known;
        }
        if (inProgress.contains(key)) {
            provisionalReads.add(key);
            Object assumed = provisional.get(key);
            return assumed == null ? BOTTOM : assumed;
        }
        if (depth >= MAX_DEPTH || methodsLeft <= 0) {
            return ANY;
        }
        int mark = provisionalReads.size();
        inProgress.add(key);
        boolean outermost = inProgressMethods.add(m);
        depth++;
        Object result;
        try {
            for (int round = 0;; round++) {
                methodsLeft--;
                result = methodUncached(m, callee, calleeValue, types, args, keywords);
                if (!provisionalReads.subList(mark, provisionalReads.size()).contains(key)) {
                    break;
                }
                Object assumed = provisional.get(key);
                if (result.equals(assumed == null ? BOTTOM : assumed)) {
                    break;
                }
                if (round == MAX_PASSES || methodsLeft <= 0) {
                    result = ANY;
                    break;
                }
                provisional.put(key, result);
                provisionalReads.subList(mark, provisionalReads.size()).clear();
            }
        } finally {
            depth--;
            inProgress.remove(key);
            if (outermost) {
                inProgressMethods.remove(m);
            }
            provisional.remove(key);
        }
        // reads of this call's own assumption are settled; a result that used an assumption of a
        // call still in progress further out is not final, so it is not remembered
        provisionalReads.subList(mark, provisionalReads.size()).removeIf(key::equals);
        if (provisionalReads.size() == mark) {
            done.put(key, result);
        }
        return result;
    }

    private final Map<Key, Object> provisional = new HashMap<>();
    private final List<Key> provisionalReads = new ArrayList<>();
    private final Set<Method> inProgressMethods = new HashSet<>();

    /** Numbers known exactly become their types (the recursion's arguments: n, n - 1, ... are one key). */
    private static Object[] widenNumbers(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Const c && (c.value instanceof Number || c.value instanceof Boolean || c.value instanceof JlChar)) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = Types.typeOf(c.value);
            }
        }
        return out;
    }

    private static final Object NO_KEYWORDS = new Object();

    /**
     * A new instance of {@code t} from these field arguments: for an immutable struct whose
     * fields are all given, what each field holds (an untyped field the argument itself, a typed
     * one its type, which the argument is converted to).
     */
    private static Object madeStruct(DataType t, Object[] args) {
        if (t == null || !t.isConcrete()) {
            return ANY;
        }
        if (t.isMutable || t.fieldTypes.length != args.length || t.fieldTypes.length == 0) {
            return t;
        }
        Object[] fields = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            fields[i] = t.fieldTypes[i] == ANY ? args[i] : t.fieldTypes[i];
        }
        return new PartialStruct(t, java.util.Arrays.asList(fields));
    }

    private Object methodUncached(Method m, Object calleeElement, Object callee, JlType[] types, Object[] args, Object keywords) {
        if ("builtin".equals(m.file)) {
            if (keywords != null || callee == null) {
                return ANY;
            }
            if (callee instanceof DataType d && d.isConcrete()) {
                // a Java-implemented constructor (conversions, arrays) makes an instance of its type
                return d;
            }
            InlinableBody b = m.newInlinableBody();
            if (b instanceof Model model) {
                return model.inferResult(this, callee, args);
            }
            if (!(b instanceof BuiltinNode bn)) {
                return ANY;
            }
            Object folded = folded(bn, callee, args);
            return folded != null ? folded : builtinResult(bn, args);
        }
        RootNode root = m.callTarget().getRootNode();
        if (root instanceof StructNodes.NewRootNode n) {
            return madeStruct(n.constructedType(), args);
        } else if (root instanceof StructNodes.InferringNewRootNode n) {
            return madeStruct(n.constructedType(types), args);
        }
        if (!(root instanceof FunctionRootNode f)) {
            return ANY;
        }
        Object[] frameArgs = new Object[DispatchNode.FIRST_POSITIONAL + args.length];
        frameArgs[0] = calleeElement;
        frameArgs[1] = keywords == null ? new Const(null) : keywords;
        System.arraycopy(args, 0, frameArgs, DispatchNode.FIRST_POSITIONAL, args.length);
        Body outer = body;
        Body b = new Body(frameArgs, f.getFrameDescriptor().getNumberOfSlots(), f);
        body = b;
        try {
            Object[] staticValues = m.typeVars.length == 0 ? null : m.staticParameters(callee != null ? Types.dispatchTypeOf(callee) : widen(calleeElement), types);
            Object value = f.inferBody(this, staticValues);
            return f.returnsBodyValue() ? join(value, b.returned) : value;
        } catch (GiveUp e) {
            if (TRACE) {
                System.err.println("  ".repeat(depth) + "give up in " + m.ownerName() + " " + java.util.Arrays.toString(types) + " at " + lastNode);
            }
            return ANY;
        } finally {
            body = outer;
        }
    }

    // ---- Java-implemented methods

    /** A specialisation's value parameters (those before any cached ones) and its declared result. */
    private record Signature(Class<?>[] params, Class<?> result) {
    }

    private static final ClassValue<List<Signature>> SPECIALIZATIONS = new ClassValue<>() {
        @Override
        protected List<Signature> computeValue(Class<?> type) {
            List<Signature> out = new ArrayList<>();
            for (Class<?> c = type; c != null && c != BuiltinNode.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method jm : c.getDeclaredMethods()) {
                    if (jm.isAnnotationPresent(Specialization.class)) {
                        out.add(new Signature(jm.getParameterTypes(), jm.getReturnType()));
                    }
                }
            }
            return out;
        }
    };

    /**
     * The join of the results every specialisation that may take these arguments declares.
     * (Node classes that are not DSL nodes declare none: Any.)
     */
    private static Object builtinResult(BuiltinNode node, Object[] args) {
        if (node instanceof BuiltinNode.Derived d) {
            // x > y is y < x; x != y is !(x == y)
            return d.negated() ? Types.Bool : builtinResult(d.inner(), d.swapped() ? new Object[]{args[1], args[0]} : args);
        }
        Class<?>[] reps = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            reps[i] = args[i] instanceof Const c ? unboxed(c.value.getClass()) : representation(widen(args[i]));
        }
        Object result = BOTTOM;
        boolean any = false;
        for (Signature s : SPECIALIZATIONS.get(node.getClass())) {
            if (s.params.length < args.length || !accepts(s.params, reps)) {
                continue;
            }
            any = true;
            result = join(result, typeOfRepresentation(s.result));
        }
        return any ? result : ANY;
    }

    /**
     * The value itself, computed, when every argument is known and the method is one without
     * effects (the intrinsic arithmetic and comparisons on numbers, {@link Pure} methods): as
     * Julia's constant propagation, {@code p == 2} with p the literal 2 in {@code x^2} is true,
     * and the branch not taken does not widen the result. Null when not computed.
     */
    private static Object folded(BuiltinNode node, Object callee, Object[] args) {
        BuiltinNode op = node instanceof BuiltinNode.Derived d ? d.inner() : node;
        Class<?> owner = op.getClass().getSuperclass() == null ? null : op.getClass().getSuperclass().getEnclosingClass();
        boolean intrinsic = owner == org.trufflejl.builtins.Arith.class || owner == org.trufflejl.builtins.MixedArith.class;
        if (!intrinsic && !(op instanceof Pure)) {
            return null;
        }
        Object[] frameArgs = new Object[DispatchNode.FIRST_POSITIONAL + args.length];
        frameArgs[0] = callee;
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof Const c) || intrinsic && !(c.value instanceof Number || c.value instanceof Boolean || c.value instanceof JlChar)) {
                return null;
            }
            frameArgs[DispatchNode.FIRST_POSITIONAL + i] = c.value;
        }
        try {
            return new Const(node.call(frameArgs));
        } catch (RuntimeException e) {
            if (TRACE) {
                e.printStackTrace();
            }
            return null;
        }
    }

    private static boolean accepts(Class<?>[] params, Class<?>[] reps) {
        for (int i = 0; i < reps.length; i++) {
            Class<?> p = params[i];
            Class<?> r = reps[i];
            if (r == null) {
                // some object class, but not a primitive's nor one of the value classes
                if (p.isPrimitive() || isValueClass(p)) {
                    return false;
                }
            } else if (r.isPrimitive() ? !(p == r || p == Object.class) : !p.isAssignableFrom(r)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code p} is the class that holds all values of some Julia type (a value of another type is never one). */
    private static boolean isValueClass(Class<?> p) {
        for (Representation r : REPRESENTATIONS) {
            if (r.unboxed == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments with each splatted one ({@code xs...}) replaced by its elements, when the
     * splatted value is a tuple whose length its type fixes; null otherwise.
     */
    static Object[] expandSplats(Object[] args, boolean[] splat) {
        if (splat == null) {
            return args;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!splat[i]) {
                out.add(args[i]);
            } else if (args[i] instanceof Const c && c.value instanceof org.trufflejl.runtime.JlTuple t) {
                for (Object e : t.elements) {
                    out.add(new Const(e));
                }
            } else if (args[i] instanceof DataType d && d.family == Types.TupleFamily && d.isConcrete()) {
                for (Object p : d.parameters) {
                    out.add(p);
                }
            } else {
                return null;
            }
        }
        return out.toArray();
    }

    /**
     * What iterating a value of {@code it} yields: the element type of an array or range, else
     * the first part of the tuples {@code iterate} returns, from the first call and the next.
     */
    Object elementOf(Object it, JlFunction iterate) {
        JlType known = knownElementType(widen(it));
        if (known != null) {
            return known;
        }
        Object first = call(new Const(iterate), new Object[]{it});
        Object element = BOTTOM;
        Object state = BOTTOM;
        for (JlType t : members(widen(first))) {
            if (t instanceof DataType d && d.family == Types.TupleFamily && d.parameters.length == 2 && d.parameters[0] instanceof JlType e &&
                            d.parameters[1] instanceof JlType s) {
                element = join(element, e);
                state = join(state, s);
            } else if (t != Types.Nothing) {
                return ANY;
            }
        }
        if (state == BOTTOM) {
            return element;
        }
        Object next = call(new Const(iterate), new Object[]{it, state});
        for (JlType t : members(widen(next))) {
            if (t instanceof DataType d && d.family == Types.TupleFamily && d.parameters.length == 2 && d.parameters[0] instanceof JlType e) {
                element = join(element, e);
            } else if (t != Types.Nothing) {
                return ANY;
            }
        }
        return element;
    }

    private static JlType[] members(JlType t) {
        return t instanceof UnionType u ? u.types : new JlType[]{t};
    }

    // ---- types of common values

    /** {@code Tuple{...}} of these elements' types. */
    static Object tupleOf(Object[] elements) {
        Object[] types = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == BOTTOM) {
                return BOTTOM;
            }
            types[i] = widen(elements[i]);
        }
        return Types.TupleFamily.instantiate(types);
    }

    /** The type of keyword {@code name} in keywords of NamedTuple type {@code t}: null when t does not name it. */
    static JlType keywordType(Object keywords, org.trufflejl.runtime.Symbol name) {
        if (widen(keywords) instanceof DataType d && d.family == Types.NamedTupleFamily && d.parameters.length == 2 &&
                        d.parameters[0] instanceof org.trufflejl.runtime.JlTuple ns && d.parameters[1] instanceof DataType vt) {
            for (int i = 0; i < ns.elements.length; i++) {
                if (ns.elements[i] == name) {
                    return i < vt.parameters.length && vt.parameters[i] instanceof JlType t ? t : ANY;
                }
            }
            return null;
        }
        return ANY;
    }

    /** Whether keywords of this element are a NamedTuple type that says which names it has. */
    public static boolean namesKnown(Object keywords) {
        return widen(keywords) instanceof DataType d && d.family == Types.NamedTupleFamily && d.isConcrete();
    }

    /** The element type of an array of this element's type (Any when not an array type). */
    public static Object arrayElement(Object array) {
        JlType e = arrayElementType(array);
        return e == null ? ANY : e;
    }

    /** The number of dimensions of an array type; null when this is not one with a known number. */
    public static Long arrayRank(Object array) {
        return widen(array) instanceof DataType d && d.family == Types.ArrayFamily && d.parameters.length > 1 && d.parameters[1] instanceof Long n ? n : null;
    }

    /** The element type parameter of an array type; null when this is not one. */
    public static JlType arrayElementType(Object array) {
        return widen(array) instanceof DataType d && d.family == Types.ArrayFamily && d.parameters.length > 0 && d.parameters[0] instanceof JlType e ? e : null;
    }

    /** The element type of iterating a value of type {@code t}, when its family fixes it (arrays, ranges), else null. */
    static JlType knownElementType(JlType t) {
        if (t instanceof DataType d && d.family != null) {
            TypeFamily f = d.family;
            if ((f == Types.ArrayFamily || f == Types.UnitRangeFamily || f == Types.OneToFamily || f == Types.StepRangeFamily) && d.parameters.length > 0) {
                return d.parameters[0] instanceof JlType e ? e : null;
            }
        }
        if (t instanceof DataType d && d.family == Types.BitArrayFamily) {
            return Types.Bool;
        }
        return null;
    }
}
