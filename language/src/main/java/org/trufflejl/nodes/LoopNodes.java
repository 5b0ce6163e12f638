package org.trufflejl.nodes;

import org.trufflejl.nodes.ControlFlow.BreakException;
import org.trufflejl.nodes.ControlFlow.ContinueException;
import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/** {@code while} on a Truffle {@link LoopNode}, so long-running loops get on-stack replacement. */
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
}
