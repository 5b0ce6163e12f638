package org.trufflejl.nodes;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.LoopConditionProfile;

/**
 * Every loop of the language ({@code for}, {@code while}, a block with {@code @label}s): runs its
 * {@link RepeatingNode} until it says stop, and compiles a loop that runs long in the
 * interpreter on its own (on-stack replacement), as Truffle's {@link LoopNode} does, but on a
 * copy of the frame.
 *
 * Truffle's AST loop node compiles its on-stack replacement with the interpreter's frame as a
 * parameter: every slot the body reads or writes is a load or store in that heap object, with
 * its tag, and no value stays in a register across iterations. A {@code for} loop summing a
 * million Float64s ran at 6 ns an element there against 0.5 in the compiled method, and a
 * script's {@code main()}, called once, runs all its loops that way. Truffle's bytecode OSR
 * ({@link BytecodeOSRNode}) instead copies the frame into a new one that the compiled code
 * owns (escape analysis keeps its slots in registers) and copies it back when the loop ends or
 * throws; a loop node is a bytecode interpreter with one instruction for this purpose.
 */
public final class OsrLoop extends Node implements BytecodeOSRNode {
    @Child private RepeatingNode body;
    /** The runtime's OSR bookkeeping for this loop (see {@link BytecodeOSRNode#getOSRMetadata}). */
    @CompilationFinal private Object osrMetadata;
    private final LoopConditionProfile continues = LoopConditionProfile.create();
    /**
     * Iterations that loops inside this one ran in the interpreter since its last back edge: an
     * outer loop whose inner loops are short is as hot as their iterations make it.
     */
    private int innerIterations;
    /** Set once this loop's compilation on the stack has been asked for: later activations enter it at their first poll. */
    private boolean osrRequested;

    RepeatingNode body() {
        return body;
    }

    public OsrLoop(RepeatingNode body) {
        this.body = body;
    }

    /** Runs the loop to its end; its value is the status it ended with ({@link RepeatingNode#executeRepeatingWithValue}). */
    public Object execute(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter()) {
            return interpret(frame);
        }
        return compiled(frame, false);
    }

    /** {@code replacing}: as on-stack replacement, whose iterations make the method hot as the interpreter's do. */
    private Object compiled(VirtualFrame frame, boolean replacing) {
        Object status;
        int iterations = 0;
        while (continues.profile(body.shouldContinue(status = body.executeRepeatingWithValue(frame)))) {
            if (CompilerDirectives.inInterpreter()) {
                // deoptimised in the loop: the rest runs where on-stack replacement can take it again
                return interpret(frame);
            }
            if (replacing && iterations < Integer.MAX_VALUE) {
                iterations++;
            }
            TruffleSafepoint.poll(this);
        }
        if (replacing) {
            LoopNode.reportLoopCount(this, iterations);
            countForOuterLoop(iterations);
        }
        return status;
    }

    /**
     * Iterations (its own and its inner loops') an activation runs before it enters its
     * compilation on the stack (asking for one takes {@link #ACTIVATION_BEFORE_COUNTING} and the
     * count). Truffle's bytecode OSR keeps one count across activations, so
     * a short loop in a function called often (mandel's 80 iterations per point) reached the
     * threshold too, and each call then entered the compiled loop and left it through a
     * deoptimisation (the frame copied back), slower than interpreting it: mandel's runs took 4x
     * their time until the function was compiled. Only a long activation is worth compiling on
     * the stack; a short loop's function gets compiled by its calls.
     */
    static final int ACTIVATION_BEFORE_OSR = 1024;

    /**
     * Units of work (iterations, inner loops' at any depth included) between two reports to the
     * OSR count. An outer loop counts its inner loops' iterations: with short inner loops
     * ({@code for k in 1:reps, x in xs, y in ys} with 26 and 21 elements) neither inner loop's
     * activation is long and the outer loop alone makes 100 back edges, yet a function called once
     * (a script's {@code main}) spends its time there.
     */
    private static final int WORK_BETWEEN_POLLS = 256;

    /**
     * Work an activation does before the rest of it counts toward Truffle's (cumulative) OSR
     * threshold. With inner loops counted, mandel's {@code grid} (57,000 units a call, called
     * again and again) reached the threshold during its second call and the compiler spent
     * 250 ms on the loop before the whole method, queued at the third call: the yardstick's 30
     * runs settled at 3.6–6 ms instead of 3.3. Counting only what follows the first 16,384 units
     * of each activation, a function called often gets compiled by its calls first, while a long
     * activation (a script's main) is compiled on the stack a few milliseconds later than before.
     */
    static final int ACTIVATION_BEFORE_COUNTING = 16_384;

    /**
     * Work counted toward Truffle's OSR threshold so far, and the count at which Truffle first
     * called this loop hot (its threshold, 100,352 by default; 0 until then). The first
     * compilation on the stack is asked for only by an activation whose own counted work reaches
     * that threshold: an activation long enough to be hot by itself. The count kept across
     * activations reached it in mandel's {@code grid} (57,000 units a call) at its third call,
     * just after the call had queued the whole method; the compilation on the stack then ran after
     * the method's, for an activation already over, and the young collections its allocation
     * caused landed in the compiled runs (4 -> 5-13 ms for 10-15 runs).
     */
    private long counted;
    private long threshold;

    private Object interpret(VirtualFrame frame) {
        long iterations = 0;
        long work = 0;
        // on-stack replacement is considered once per WORK_BETWEEN_POLLS units of work
        long nextPoll = WORK_BETWEEN_POLLS;
        long polledWork = ACTIVATION_BEFORE_COUNTING;
        try {
            Object status;
            while (continues.profile(body.shouldContinue(status = body.executeRepeatingWithValue(frame)))) {
                iterations++;
                TruffleSafepoint.poll(this);
                work += 1 + innerIterations;
                innerIterations = 0;
                if (work >= nextPoll) {
                    nextPoll = work + WORK_BETWEEN_POLLS;
                    boolean countedHot = false;
                    if (work > polledWork) {
                        countedHot = BytecodeOSRNode.pollOSRBackEdge(this, (int) Math.min(work - polledWork, Integer.MAX_VALUE));
                        counted += work - polledWork;
                        polledWork = work;
                    }
                    if (countedHot && threshold == 0) {
                        threshold = counted;
                    }
                    if (osrRequested ? work >= ACTIVATION_BEFORE_OSR : countedHot && work - ACTIVATION_BEFORE_COUNTING >= threshold) {
                        // (requests the compilation the first time, then enters it once it is there)
                        osrRequested = true;
                        Object result = BytecodeOSRNode.tryOSR(this, line(), null, null, frame);
                        if (result != null) {
                            return result;
                        }
                    }
                }
            }
            return status;
        } finally {
            if (iterations > 0) {
                // (makes the method hot: its next call is compiled whole; inner loops report their own)
                LoopNode.reportLoopCount(this, (int) Math.min(iterations, Integer.MAX_VALUE));
                // the enclosing loop sees all the work nested in it, at any depth
                countForOuterLoop((int) Math.min(work, Integer.MAX_VALUE));
            }
        }
    }

    @TruffleBoundary
    private void countForOuterLoop(int iterations) {
        OsrLoop outer = enclosingLoop();
        if (outer != null) {
            outer.innerIterations = (int) Math.min((long) outer.innerIterations + iterations, Integer.MAX_VALUE - 1);
        }
    }

    /**
     * The loop's line, as the target of its on-stack replacement: traces name the compiled loop
     * {@code f<OSR@line>} (any number serves; this node is the only entry it has).
     */
    private int line() {
        for (Node n = getParent(); n != null; n = n.getParent()) {
            com.oracle.truffle.api.source.SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                return s.getStartLine();
            }
        }
        return 0;
    }

    private OsrLoop enclosingLoop() {
        Node n = getParent();
        while (n != null && !(n instanceof OsrLoop)) {
            n = n.getParent();
        }
        return (OsrLoop) n;
    }

    @Override
    public Object executeOSR(VirtualFrame osrFrame, int target, Object interpreterState) {
        return compiled(osrFrame, true);
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }

    /**
     * The copied frame keeps the method's arguments (a closure's captures, the keyword or
     * {@link TupleReturn} slot are read from them in loop bodies), with the interpreter's frame
     * after them. Nodes that count the arguments (varargs, constructors) run at a method's entry,
     * never in a loop.
     */
    @Override
    public Object[] storeParentFrameInArguments(VirtualFrame parentFrame) {
        Object[] arguments = parentFrame.getArguments();
        Object[] withParent = Arrays.copyOf(arguments, arguments.length + 1);
        withParent[arguments.length] = parentFrame;
        return withParent;
    }

    @Override
    public Frame restoreParentFrameFromArguments(Object[] arguments) {
        return (Frame) arguments[arguments.length - 1];
    }
}
