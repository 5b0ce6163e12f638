package org.trufflejl.nodes;

import org.trufflejl.nodes.ControlFlow.BreakException;
import org.trufflejl.nodes.ControlFlow.ContinueException;
import org.trufflejl.nodes.ControlFlow.GotoException;
import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code while}, and blocks holding {@code @label}s, on a Truffle {@link LoopNode}, so
 * long-running loops (a backward {@code @goto} is one) get on-stack replacement.
 */
public final class LoopNodes {
    private LoopNodes() {
    }

    public static final class WhileNode extends JlNode {
        @Child private LoopNode loop;

        public WhileNode(JlNode condition, JlNode body) {
            this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            loop.execute(frame);
            return JlNothing.INSTANCE;
        }
    }

    static final class WhileRepeatingNode extends com.oracle.truffle.api.nodes.Node implements RepeatingNode {
        @Child private JlNode condition;
        @Child private JlNode body;
        private final BranchProfile continueTaken = BranchProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();

        WhileRepeatingNode(JlNode condition, JlNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.executeCondition(frame)) {
                return false;
            }
            try {
                body.execute(frame);
                return true;
            } catch (ContinueException e) {
                continueTaken.enter();
                return true;
            } catch (BreakException e) {
                breakTaken.enter();
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
        @Child private LoopNode loop;
        private final int startSlot;

        public LabeledBlockNode(Object key, JlNode[] body, int startSlot) {
            this.startSlot = startSlot;
            this.loop = Truffle.getRuntime().createLoopNode(new LabeledRepeatingNode(key, body, startSlot));
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
                    body[i].execute(frame);
                }
            }
            return start <= last ? body[last].execute(frame) : JlNothing.INSTANCE;
        }
    }
}
