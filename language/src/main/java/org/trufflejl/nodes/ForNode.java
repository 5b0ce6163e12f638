package org.trufflejl.nodes;

import org.trufflejl.nodes.ControlFlow.BreakException;
import org.trufflejl.nodes.ControlFlow.ContinueException;
import org.trufflejl.runtime.FloatRange;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.SubStrings;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code for x in iterable}: integer and float ranges, arrays, strings, tuples, Dicts and Sets, and
 * zip/enumerate/generators/filters of those run without calling {@code iterate}; anything else follows Julia's iteration protocol through dispatch
 * ({@link TupleReturn}, {@link WrappedIteration}). Loop state lives in hidden frame slots so that
 * every variant can be OSR-compiled.
 * {@code break} ends the loop only if {@link #handlesBreak} (the outermost of
 * {@code for i in a, j in b}).
 */
public final class ForNode extends JlNode {
    @Child private JlNode iterable;
    /**
     * The loop body, owned by the repeating node that runs it (the first one created; another
     * kind of iterable at the same loop gets a copy). Being below the {@link OsrLoop} lets an inner
     * loop's iterations count as the outer loop's (an outer loop whose inner loops are short gets
     * compiled on the stack too) and node rewrites in it invalidate the loop's compiled code.
     */
    private Body firstBody;
    private final int stateSlot;
    private final int iterSlot;
    /** Through {@code iterate}: the element for the next iteration and the state after it, unboxed while Int64s or Float64s. */
    @Child private CarriedSlot element;
    @Child private CarriedSlot state;
    /**
     * Through {@code iterate}: the generators, filters and enumeration around the iterable that
     * goes through it ({@link WrappedIteration}), decided by the first such loop; the wrappers
     * of the running loop (null: none) and its enumeration count are in two more slots.
     */
    @Child private WrappedIteration wrapped;
    @CompilationFinal private boolean wrappedDecided;
    /** Whether a loop through {@code iterate} ran without the wrappers: compiled code then has both ways. */
    @CompilationFinal private boolean unwrappedToo;
    private final int wrapperSlot;
    private final int countSlot;
    /**
     * Through {@code iterate}: whether a method returned a tuple object rather than writing it to
     * a {@link TupleReturn}, for the first call and the following ones (the first often goes
     * through a method supplying the default state, which returns what it gets as an object).
     */
    @CompilationFinal private boolean firstTupleReturned;
    @CompilationFinal private boolean nextTupleReturned;
    private final boolean handlesBreak;
    private final JlFunction iterate;
    /** One loop per way of iterating, made on first use (indexed by the constants below). */
    @Children private final OsrLoop[] loops = new OsrLoop[10];
    private static final int RANGE = 0;
    private static final int STEP_RANGE = 1;
    private static final int ARRAY = 2;
    private static final int GENERIC = 3;
    private static final int FLOAT_RANGE = 4;
    private static final int INDEXED = 5;
    private static final int STRING = 6;
    private static final int DICT = 7;
    private static final int SUBSTRING = 8;
    private static final int CODEUNITS = 9;
    /** The Dict/keys/values/Set this loop scans ({@link DictIteration}), decided by the first one. */
    @Child private DictIteration dictScan;
    @CompilationFinal private boolean dictDecided;
    /**
     * The zip/enumerate shape this loop counts through ({@link IndexedIteration}), decided by the
     * first such iterable (null: iterables of other shapes go through {@code iterate}).
     */
    @Child private IndexedIteration indexed;
    @CompilationFinal private boolean indexedDecided;
    /** Base's {@code StepRangeLen{Float64}}, found on first use. */
    @CompilationFinal private FloatRange.Layout floatRange;

    /** What runs each iteration: a fresh scope, the loop variable assignment, the body. */
    static final class Body extends Node {
        @Child JlNode scopeEntry;
        @Child AssignTarget variable;
        @Child JlNode statements;

        /** The body's locals and temporaries, dead when an iteration ends ({@link LoopNodes#clearSlots}). */
        @CompilationFinal(dimensions = 1) final int[] deadAfterIteration;

        Body(JlNode scopeEntry, AssignTarget variable, JlNode statements, int[] deadAfterIteration) {
            this.scopeEntry = scopeEntry;
            this.variable = variable;
            this.statements = statements;
            this.deadAfterIteration = deadAfterIteration;
        }

        /** Runs one iteration; false when a break ends the loop. */
        boolean runLong(VirtualFrame frame, long value) {
            enterScope(frame);
            variable.assignLong(frame, value);
            return runStatements(frame);
        }

        boolean runDouble(VirtualFrame frame, double value) {
            enterScope(frame);
            variable.assignDouble(frame, value);
            return runStatements(frame);
        }

        boolean runUInt8(VirtualFrame frame, byte bits) {
            enterScope(frame);
            variable.assignUInt8(frame, bits);
            return runStatements(frame);
        }

        boolean run(VirtualFrame frame, Object value) {
            enterScope(frame);
            variable.assign(frame, value);
            return runStatements(frame);
        }

        private void enterScope(VirtualFrame frame) {
            if (scopeEntry != null) {
                scopeEntry.execute(frame);
            }
        }

        private boolean runStatements(VirtualFrame frame) {
            try {
                statements.executeVoid(frame);
            } catch (ContinueException e) {
                // next iteration
            }
            LoopNodes.clearSlots(frame, deadAfterIteration);
            return true;
        }
    }

    public ForNode(JlNode iterable, JlNode scopeEntry, AssignTarget variable, JlNode statements, int[] deadAfterIteration, int stateSlot, int iterSlot,
                    int elementSlot, int wrapperSlot, int countSlot, boolean handlesBreak, JlFunction iterate) {
        this.iterable = iterable;
        this.firstBody = new Body(scopeEntry, variable, statements, deadAfterIteration);
        this.stateSlot = stateSlot;
        this.iterSlot = iterSlot;
        this.element = new CarriedSlot(elementSlot);
        this.wrapperSlot = wrapperSlot;
        this.countSlot = countSlot;
        this.state = new CarriedSlot(stateSlot);
        this.handlesBreak = handlesBreak;
        this.iterate = iterate;
    }

    /**
     * A copy of this loop (a split of its method, made from the method's unrun AST) gets its own
     * body: shared, the copy's first loop would clone the body as this loop has specialised it,
     * and every caller-specific copy of a Base function would inherit its loop's megamorphic
     * call sites.
     */
    @Override
    public Node copy() {
        ForNode c = (ForNode) super.copy();
        c.firstBody = NodeUtil.cloneNode(firstBody);
        return c;
    }

    @Override
    public Object infer(Inference in) {
        Object it = iterable.infer(in);
        if (Inference.never(it)) {
            return in.unreached(it);
        }
        Object element = in.elementOf(it, iterate);
        Body b = firstBody;
        in.loop(l -> {
            // the loop leaves from its head, when the iteration is done
            Object[] exit = in.saveState();
            if (Inference.never(element)) {
                in.setState(null);
                return exit;
            }
            if (b.scopeEntry != null) {
                b.scopeEntry.infer(in);
            }
            b.variable.infer(in, element);
            if (in.reachable() && Inference.never(b.statements.infer(in))) {
                in.setState(null);
            }
            return exit;
        });
        return Inference.constant(org.trufflejl.runtime.JlNothing.INSTANCE);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object it = iterable.execute(frame);
        try {
            if (it instanceof JlUnitRange r) {
                if (r.start <= r.stop) {
                    frame.setLong(stateSlot, r.start - 1); // the index last run (wraps for typemin: fine)
                    frame.setObject(iterSlot, it);
                    loop(RANGE).execute(frame);
                }
            } else if (it instanceof JlStepRange r) {
                if (r.step > 0 ? r.start <= r.stop : r.start >= r.stop) {
                    frame.setLong(stateSlot, r.start - r.step); // as for RANGE: the index last run
                    frame.setObject(iterSlot, it);
                    loop(STEP_RANGE).execute(frame);
                }
            } else if (it instanceof JlArray) {
                frame.setLong(stateSlot, 0);
                frame.setObject(iterSlot, it);
                loop(ARRAY).execute(frame);
            } else if (it instanceof JlStructObject s && s.type == floatRange().type) {
                if (floatRange.length(s) > 0) {
                    frame.setLong(stateSlot, 1);
                    frame.setObject(iterSlot, floatRange.cursor(s));
                    loop(FLOAT_RANGE).execute(frame);
                }
            } else if (it instanceof JlString) {
                frame.setLong(stateSlot, 0);
                frame.setObject(iterSlot, it);
                loop(STRING).execute(frame);
            } else if (it instanceof JlStructObject s && s.type == subStringType()) {
                long offset = SubStrings.offset(s);
                long end = offset + SubStrings.ncodeunits(s);
                if (end > offset) {
                    // the parent's bytes from offset to end: both indices in the one state slot
                    frame.setLong(stateSlot, end << 32 | offset);
                    frame.setObject(iterSlot, SubStrings.parent(s));
                    loop(SUBSTRING).execute(frame);
                }
            } else if (it instanceof JlStructObject s && s.type == codeUnitsType()) {
                // codeunits(::String): the parent's bytes, each handed to the variable unboxed
                frame.setLong(stateSlot, 0);
                frame.setObject(iterSlot, s.getField(0));
                loop(CODEUNITS).execute(frame);
            } else if (it instanceof JlStructObject s && s.type.family == linearIndicesFamily() && vectorAxis(s) instanceof JlUnitRange r) {
                // keys(v) of a vector: LinearIndices around its axis, counted as that range is
                if (r.start <= r.stop) {
                    frame.setLong(stateSlot, r.start - 1);
                    frame.setObject(iterSlot, r);
                    loop(RANGE).execute(frame);
                }
            } else if ((it instanceof JlStructObject || it instanceof JlTuple) && isIndexed(it)) {
                frame.setLong(stateSlot, 0);
                frame.setObject(iterSlot, it);
                loop(INDEXED).execute(frame);
            } else if (it instanceof JlStructObject && isDict(it)) {
                frame.setLong(stateSlot, dictScan.first(it));
                frame.setObject(iterSlot, it);
                loop(DICT).execute(frame);
            } else {
                Object leaf = it;
                Object start = null;
                WrappedIteration w = wrappersOf(it);
                if (w != null) {
                    Object wrappers = w.wrappers(it);
                    leaf = w.leaf(wrappers);
                    start = w.startState(it);
                    frame.setObject(wrapperSlot, wrappers);
                    frame.setLong(countSlot, 0);
                } else {
                    frame.setObject(wrapperSlot, null);
                    if (wrapped != null && !unwrappedToo) {
                        CompilerDirectives.transferToInterpreterAndInvalidate();
                        unwrappedToo = true;
                    }
                }
                frame.setObject(iterSlot, leaf);
                TupleReturn next = new TupleReturn();
                if (keepNext(frame, callIterate(leaf, start, next), next, true)) {
                    loop(GENERIC).execute(frame);
                }
            }
        } catch (BreakException e) {
            if (!handlesBreak) {
                throw e;
            }
        }
        return JlNothing.INSTANCE;
    }

    /** The wrappers of {@code it} when it has the shape the first wrapped iterable here had, else null. */
    private WrappedIteration wrappersOf(Object it) {
        if (!wrappedDecided) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            JlContext context = JlContext.get(this);
            WrappedIteration w = WrappedIteration.of(it, IndexedIteration.Families.resolve(context), WrappedIteration.restFamily(context));
            if (w != null) {
                wrapped = insert(w);
            }
            wrappedDecided = true;
        }
        WrappedIteration w = wrapped;
        return w != null && w.matches(it) ? w : null;
    }

    /** Whether {@code s} is a tuple, or zip/enumerate/generator of the shape this loop counts through (the first one decides). */
    private boolean isIndexed(Object s) {
        if (!indexedDecided) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            // (arrays and ranges, the other leaves, have loops of their own and never come here)
            IndexedIteration source = IndexedIteration.of(s, IndexedIteration.Families.resolve(JlContext.get(this)));
            if (source != null) {
                indexed = insert(source);
            }
            indexedDecided = true;
        }
        IndexedIteration source = indexed;
        return source != null && source.matches(s);
    }

    private boolean isDict(Object it) {
        if (!dictDecided) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            DictIteration scan = DictIteration.of(it, JlContext.get(this));
            if (scan != null) {
                dictScan = insert(scan);
            }
            dictDecided = true;
        }
        DictIteration scan = dictScan;
        return scan != null && scan.matches(it);
    }

    private OsrLoop loop(int kind) {
        OsrLoop l = loops[kind];
        if (l == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            // under the AST lock: two threads must not both adopt the one loop body
            l = atomic(() -> createLoop(kind));
        }
        return l;
    }

    private OsrLoop createLoop(int kind) {
        if (loops[kind] == null) {
            RepeatingNode r = switch (kind) {
                case RANGE -> new RangeRepeat();
                case STEP_RANGE -> new StepRepeat();
                case ARRAY -> new ArrayRepeat();
                case FLOAT_RANGE -> new FloatRangeRepeat();
                case INDEXED -> new IndexedRepeat();
                case STRING -> new StringRepeat();
                case DICT -> new DictRepeat();
                case SUBSTRING -> new SubStringRepeat();
                case CODEUNITS -> new CodeUnitsRepeat();
                default -> new GenericRepeat();
            };
            loops[kind] = insert(new OsrLoop(r));
        }
        return loops[kind];
    }

    private FloatRange.Layout floatRange() {
        FloatRange.Layout l = floatRange;
        if (l == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            l = floatRange = FloatRange.Layout.resolve(JlContext.get(this));
        }
        return l;
    }

    /** Base's {@code SubString{String}}, found on first use. */
    @CompilationFinal private DataType subStringType;

    private DataType subStringType() {
        DataType t = subStringType;
        if (t == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            t = subStringType = SubStrings.type(JlContext.get(this));
        }
        return t;
    }

    /** Base's {@code LinearIndices} family, found on first use. */
    @CompilationFinal private org.trufflejl.runtime.types.TypeFamily linearIndicesFamily;

    private org.trufflejl.runtime.types.TypeFamily linearIndicesFamily() {
        org.trufflejl.runtime.types.TypeFamily f = linearIndicesFamily;
        if (f == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            f = linearIndicesFamily = resolveFamily(JlContext.get(this), "LinearIndices");
        }
        return f;
    }

    @TruffleBoundary
    private static org.trufflejl.runtime.types.TypeFamily resolveFamily(JlContext context, String name) {
        return org.trufflejl.runtime.types.TypeFamily.of(context.base.resolve(org.trufflejl.runtime.Symbol.of(name)).value);
    }

    /** The one axis of a {@code LinearIndices{1}} (its {@code indices} tuple's element), else null. */
    private static Object vectorAxis(JlStructObject s) {
        return s.getField(0) instanceof JlTuple t && t.elements.length == 1 ? t.elements[0] : null;
    }

    /** Base's {@code CodeUnits{UInt8, String}}, found on first use. */
    @CompilationFinal private DataType codeUnitsType;

    private DataType codeUnitsType() {
        DataType t = codeUnitsType;
        if (t == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            t = codeUnitsType = resolveCodeUnitsType(JlContext.get(this));
        }
        return t;
    }

    @TruffleBoundary
    private static DataType resolveCodeUnitsType(JlContext context) {
        org.trufflejl.runtime.Binding b = context.base.resolve(org.trufflejl.runtime.Symbol.of("CodeUnits"));
        return org.trufflejl.runtime.types.TypeFamily.of(b.value).instantiate(org.trufflejl.runtime.types.Types.UInt8T, org.trufflejl.runtime.types.Types.String);
    }

    @Child private DispatchNode iterateDispatch;

    /** {@code iterate(it)} ({@code state} null) or {@code iterate(it, state)}, offering {@code next} for the result. */
    private Object callIterate(Object it, Object state, TupleReturn next) {
        if (iterateDispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            iterateDispatch = insert(DispatchNodeGen.create());
        }
        Object[] args = state == null ? new Object[]{iterate, next, it} : new Object[]{iterate, next, it, state};
        return iterateDispatch.execute(iterate, args);
    }

    @Child private DispatchNode iterateNextDispatch;

    private Object callIterateNext(Object it, Object state, TupleReturn next) {
        if (iterateNextDispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            iterateNextDispatch = insert(DispatchNodeGen.create());
        }
        return iterateNextDispatch.execute(iterate, new Object[]{iterate, next, it, state});
    }

    /**
     * Keeps what {@code iterate} returned for the next iteration: false for {@code nothing}. The
     * tuple comes in {@code next} when the method wrote it there ({@link TupleReturn}).
     */
    private boolean keepNext(VirtualFrame frame, Object result, TupleReturn next, boolean first) {
        if (result == JlNothing.INSTANCE) {
            return false;
        }
        if (result != TupleReturn.FILLED) {
            fillFromTuple(result, next, first);
        }
        element.store(frame, next.firstKind, next.firstBits, next.firstReference);
        state.store(frame, next.secondKind, next.secondBits, next.secondReference);
        return true;
    }

    /** A method that returned its tuple as an object (from a variable or a call, or a builtin's). */
    private void fillFromTuple(Object result, TupleReturn next, boolean first) {
        if (first ? !firstTupleReturned : !nextTupleReturned) {
            // (compiled code that never saw one has no path merging an object tuple's elements with written ones)
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (first) {
                firstTupleReturned = true;
            } else {
                nextTupleReturned = true;
            }
        }
        // (value, state) = result, as Julia's lowering destructures it: any longer tuple, or any
        // iterable with two elements (else a BoundsError)
        Object[] valueAndState = result instanceof JlTuple t && t.elements.length >= 2 ? t.elements : destructure(result, this);
        next.setFirst(valueAndState[0]);
        next.setSecond(valueAndState[1]);
    }

    /** (A boundary: compiled in, destructuring arrays and Pairs takes more code than the loop.) */
    @TruffleBoundary
    private static Object[] destructure(Object value, Node node) {
        return Destructuring.elements(value, 2, node);
    }

    /**
     * A frame slot carrying a value across the loop's back edge, as a long or double while every
     * value stored has been an Int64 or a Float64 (a boxed value there would be allocated at the
     * back edge, the merge of this iteration's value with the previous one's).
     */
    static final class CarriedSlot extends Node {
        private final int slot;
        @CompilationFinal private byte kind = UNSEEN;
        static final byte UNSEEN = -1;

        CarriedSlot(int slot) {
            this.slot = slot;
        }

        void store(VirtualFrame frame, byte valueKind, long bits, Object reference) {
            if (kind != valueKind && kind != TupleReturn.REFERENCE) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                kind = kind == UNSEEN ? valueKind : TupleReturn.REFERENCE;
            }
            if (kind == TupleReturn.INT64) {
                frame.setLong(slot, bits);
            } else if (kind == TupleReturn.FLOAT64) {
                frame.setDouble(slot, Double.longBitsToDouble(bits));
            } else {
                frame.setObject(slot, valueKind == TupleReturn.INT64 ? (Object) bits
                                : valueKind == TupleReturn.FLOAT64 ? (Object) Double.longBitsToDouble(bits) : reference);
            }
        }

        /** (By the frame's tag: the same loop running in another frame may have generalised the kind since this one stored.) */
        Object load(VirtualFrame frame) {
            if (kind == TupleReturn.INT64 && frame.isLong(slot)) {
                return frame.getLong(slot);
            }
            if (kind == TupleReturn.FLOAT64 && frame.isDouble(slot)) {
                return frame.getDouble(slot);
            }
            return frame.getValue(slot);
        }
    }

    /** A way of iterating; its loop body is its child. */
    abstract class Repeat extends Node implements RepeatingNode {
        @Child Body body;

        Repeat() {
            this.body = insert(firstBody.getParent() == null ? firstBody : NodeUtil.cloneNode(firstBody));
        }
    }

    /**
     * The state slot holds the index last run, so at the loop's back edge it equals the loop
     * variable and compiled code keeps one register for both (not i and i + 1). The exit test
     * comes after the body: a range ending at typemax(Int) never increments past its end, and
     * testing {@code i < stop} (i never exceeds stop) lets Graal see a counted loop, which an
     * equality test hides.
     */
    final class RangeRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot) + 1;
            frame.setLong(stateSlot, i);
            body.runLong(frame, i);
            return i < ((JlUnitRange) frame.getObject(iterSlot)).stop;
        }
    }

    final class StepRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            JlStepRange r = (JlStepRange) frame.getObject(iterSlot);
            long i = frame.getLong(stateSlot) + r.step;
            frame.setLong(stateSlot, i);
            body.runLong(frame, i);
            return i != r.stop;
        }
    }

    /**
     * {@code for x in array}. A loop over a {@code Vector{Float64}}, {@code Vector{Int64}} or
     * {@code Vector{UInt8}} (the kind seen first) hands the element to the loop variable unboxed:
     * a boxed element kept in a variable across iterations would be allocated on every iteration
     * of compiled code.
     */
    final class ArrayRepeat extends Repeat {
        @Child private ArrayElementNode element = ArrayElementNode.create();
        private static final byte UNSEEN = 0;
        private static final byte FLOATS = 1;
        private static final byte INTS = 2;
        private static final byte BYTES = 3;
        private static final byte OTHER = 4;
        @CompilationFinal private byte elements = UNSEEN;

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot);
            JlArray a = (JlArray) frame.getObject(iterSlot);
            if (i >= a.length) {
                return false;
            }
            frame.setLong(stateSlot, i + 1);
            byte kind = elements;
            if (kind == UNSEEN) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                kind = elements = a.hasStore(Num.F64) ? FLOATS : a.hasStore(Num.I64) ? INTS : a.hasStore(Num.U8) ? BYTES : OTHER;
            }
            if (kind == FLOATS && a.hasStore(Num.F64)) {
                body.runDouble(frame, ((double[]) a.store)[(int) i]);
            } else if (kind == INTS && a.hasStore(Num.I64)) {
                body.runLong(frame, ((long[]) a.store)[(int) i]);
            } else if (kind == BYTES && a.hasStore(Num.U8)) {
                body.runUInt8(frame, ((byte[]) a.store)[(int) i]);
            } else {
                if (kind != OTHER) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    elements = OTHER;
                }
                body.run(frame, element.execute(a, (int) i));
            }
            return true;
        }
    }

    /** {@code for x in 0:0.1:1}: counts i = 1..len, computing elements as Base's getindex does (from the range's fields unpacked once). */
    final class FloatRangeRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot);
            FloatRange.Cursor f = (FloatRange.Cursor) frame.getObject(iterSlot);
            body.runDouble(frame, f.element(i));
            if (i >= f.len) {
                return false;
            }
            frame.setLong(stateSlot, i + 1);
            return true;
        }
    }

    /** {@code for x in zip(...)}/{@code enumerate(...)} over arrays and unit ranges ({@link IndexedIteration}). */
    final class IndexedRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot);
            Object it = frame.getObject(iterSlot);
            if (i >= indexed.length(it)) {
                return false;
            }
            frame.setLong(stateSlot, i + 1);
            Object element = indexed.element(it, i);
            if (element != IndexedIteration.SKIP) {
                body.run(frame, element);
            }
            return true;
        }
    }

    /**
     * {@code for c in s} over a String: the state is the byte offset of the next character, an
     * ASCII byte is its character, anything else is decoded by a call (as {@code iterate} does;
     * through it, each step's {@code (Char, Int)} tuple had to be allocated).
     */
    final class StringRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot);
            JlString s = (JlString) frame.getObject(iterSlot);
            byte[] b = s.bytes();
            if (i >= b.length) {
                return false;
            }
            byte c = b[(int) i];
            if (c >= 0) {
                frame.setLong(stateSlot, i + 1);
                body.run(frame, new JlChar(c));
            } else {
                frame.setLong(stateSlot, nextCharIndex(s, (int) i));
                body.run(frame, decodeChar(s, (int) i));
            }
            return true;
        }
    }

    /** A Dict's pairs, keys or values, or a Set: the state is the slot to scan from (skip_deleted at each step). */
    final class DictRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object it = frame.getObject(iterSlot);
            long i = dictScan.next(it, frame.getLong(stateSlot));
            if (i == 0) {
                return false;
            }
            frame.setLong(stateSlot, i + 1);
            body.run(frame, dictScan.element(it, i));
            return true;
        }
    }

    @TruffleBoundary
    private static long nextCharIndex(JlString s, int i) {
        return s.nextIndex(i);
    }

    @TruffleBoundary
    private static JlChar decodeChar(JlString s, int i) {
        return new JlChar(s.codePointAt(i));
    }

    /** A SubString's characters, read in its parent: the state slot holds the end index (high half) and the next index. */
    final class SubStringRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long state = frame.getLong(stateSlot);
            int i = (int) state;
            if (i >= (int) (state >>> 32)) {
                return false;
            }
            JlString s = (JlString) frame.getObject(iterSlot);
            byte c = s.bytes()[i];
            if (c >= 0) {
                frame.setLong(stateSlot, state + 1);
                body.run(frame, new JlChar(c));
            } else {
                frame.setLong(stateSlot, (state & 0xFFFFFFFF00000000L) | nextCharIndex(s, i));
                body.run(frame, decodeChar(s, i));
            }
            return true;
        }
    }

    /** {@code for b in codeunits(s)} over a String: the state is the 0-based index of the next byte. */
    final class CodeUnitsRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(stateSlot);
            byte[] b = ((JlString) frame.getObject(iterSlot)).bytes();
            if (i >= b.length) {
                return false;
            }
            frame.setLong(stateSlot, i + 1);
            body.runUInt8(frame, b[(int) i]);
            return true;
        }
    }

    final class GenericRepeat extends Repeat {
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            // (one call of the body, with a box compiled code removes: a branch per frame tag
            // would compile the body once for each until the tags are known)
            Object value = element.load(frame);
            WrappedIteration w = wrapped;
            if (w != null) {
                Object wrapper = frame.getObject(wrapperSlot);
                if (wrapper != null) {
                    value = w.apply(frame, wrapper, value, countSlot);
                } else if (!unwrappedToo) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    unwrappedToo = true;
                }
            }
            if (value != IndexedIteration.SKIP) {
                body.run(frame, value);
            }
            TupleReturn next = new TupleReturn();
            return keepNext(frame, callIterateNext(frame.getObject(iterSlot), state.load(frame), next), next, false);
        }
    }
}
