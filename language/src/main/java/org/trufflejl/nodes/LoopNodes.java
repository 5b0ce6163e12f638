package org.trufflejl.nodes;

import org.trufflejl.nodes.ControlFlow.BreakException;
import org.trufflejl.nodes.ControlFlow.ContinueException;
import org.trufflejl.nodes.ControlFlow.GotoException;
import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code while}, and blocks holding {@code @label}s, on an {@link OsrLoop}, so
 * long-running loops (a backward {@code @goto} is one) get on-stack replacement.
 */
public final class LoopNodes {
    private LoopNodes() {
    }

    public static final class WhileNode extends JlNode {
        @Child private OsrLoop loop;

        public WhileNode(JlNode condition, JlNode body, int[] deadAfterIteration) {
            this.loop = new OsrLoop(new WhileRepeatingNode(condition, body, deadAfterIteration));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            loop.execute(frame);
            return JlNothing.INSTANCE;
        }

        @Override
        public Object infer(Inference in) {
            if (!(loop.body() instanceof WhileRepeatingNode w)) {
                throw Inference.giveUp(this);
            }
            in.loop(l -> {
                Object c = w.condition.infer(in);
                if (Inference.never(c)) {
                    in.unreached(c);
                    return null;
                }
                Inference.Refinement r = in.refinement(w.condition);
                Object[] afterCondition = in.saveState();
                // the loop leaves where the condition is false
                in.narrow(r, false);
                Object[] exit = Inference.isConstant(c, Boolean.TRUE) ? null : in.saveState();
                in.setState(Inference.isConstant(c, Boolean.FALSE) ? null : afterCondition);
                in.narrow(r, true);
                if (in.reachable() && Inference.never(w.body.infer(in))) {
                    in.setState(null);
                }
                return exit;
            });
            return Inference.constant(JlNothing.INSTANCE);
        }
    }

    /**
     * Clears the slots of a loop body's locals and temporaries when an iteration ends: they are
     * dead then (each iteration has its own), and a cleared slot is no loop phi in compiled code,
     * so a tuple or struct made in the body need not be allocated.
     */
    @ExplodeLoop
    static void clearSlots(VirtualFrame frame, int[] slots) {
        for (int slot : slots) {
            frame.clear(slot);
        }
    }

    static final class WhileRepeatingNode extends com.oracle.truffle.api.nodes.Node implements RepeatingNode {
        @Child private JlNode condition;
        @Child private JlNode body;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();

        @CompilationFinal(dimensions = 1) private final int[] deadAfterIteration;

        WhileRepeatingNode(JlNode condition, JlNode body, int[] deadAfterIteration) {
            this.condition = condition;
            this.body = body;
            this.deadAfterIteration = deadAfterIteration;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.executeCondition(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
                clearSlots(frame, deadAfterIteration);
                return true;
            } catch (ContinueException e) {
                continueTaken.enter();
                clearSlots(frame, deadAfterIteration);
                return true;
            } catch (BreakException e) {
                breakTaken.enter();
                clearSlots(frame, deadAfterIteration);
                return false;
            }
        }
    }

    /**
     * A block with {@code @label}s in it. A {@code @goto} to one of them, from this block or any
     * block inside it, throws a {@link GotoException} that ends the current pass; the next pass
     * runs the statements from the label's index on. The index lives in a frame slot so that
     * compiled code and OSR see it.
     */
    public static final class LabeledBlockNode extends JlNode {
        @Child private OsrLoop loop;
        private final int startSlot;

        public LabeledBlockNode(Object key, JlNode[] body, int startSlot) {
            this.startSlot = startSlot;
            this.loop = new OsrLoop(new LabeledRepeatingNode(key, body, startSlot));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            frame.setInt(startSlot, 0);
            return loop.execute(frame);
        }
    }

    static final class LabeledRepeatingNode extends com.oracle.truffle.api.nodes.Node implements RepeatingNode {
        private final Object key;
        @Children private final JlNode[] body;
        private final int startSlot;
        private final BranchProfile jumped = BranchProfile.create();

        LabeledRepeatingNode(Object key, JlNode[] body, int startSlot) {
            this.key = key;
            this.body = body;
            this.startSlot = startSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("a labeled block is run for its value");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            int start = frame.getInt(startSlot);
            try {
                return runFrom(frame, start);
            } catch (GotoException g) {
                if (g.block != key) {
                    throw g;
                }
                jumped.enter();
                frame.setInt(startSlot, g.index);
                return CONTINUE_LOOP_STATUS;
            }
        }

        /** Only the last statement's value is kept: merging each one's (boxed) value would allocate. */
        @ExplodeLoop
        private Object runFrom(VirtualFrame frame, int start) {
            int last = body.length - 1;
            for (int i = 0; i < last; i++) {
                if (i >= start) {
                    body[i].executeVoid(frame);
                }
            }
            return start <= last ? body[last].execute(frame) : JlNothing.INSTANCE;
        }
    }
}
