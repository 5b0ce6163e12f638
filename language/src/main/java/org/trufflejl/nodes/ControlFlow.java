package org.trufflejl.nodes;

import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** if/else, short-circuit operators, break/continue/return and their exceptions. */
public final class ControlFlow {
    private ControlFlow() {
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }

    /** {@code @goto name}: caught by the labeled block that holds the label, which resumes there. */
    public static final class GotoException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        final Object block;
        final int index;

        public GotoException(Object block, int index) {
            this.block = block;
            this.index = index;
        }
    }

    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public final Object value;

        public ReturnException(Object value) {
            this.value = value;
        }
    }

    public static final class IfNode extends JlNode {
        @Child private JlNode condition;
        @Child private JlNode thenBranch;
        @Child private JlNode elseBranch;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public IfNode(JlNode condition, JlNode thenBranch, JlNode elseBranch) {
            this.condition = condition;
            this.thenBranch = thenBranch;
            this.elseBranch = elseBranch;
        }

        /**
         * Each branch from the state after the condition, narrowed by it (a condition known from
         * constants runs one branch only); the state after is the join of the branches' ends.
         */
        @Override
        public Object infer(Inference in) {
            Object c = condition.infer(in);
            if (Inference.never(c)) {
                return in.unreached(c);
            }
            Inference.Refinement r = in.refinement(condition);
            Object[] afterCondition = in.saveState();
            Object a = Inference.BOTTOM;
            Object[] endA = null;
            if (!Inference.isConstant(c, Boolean.FALSE)) {
                in.narrow(r, true);
                a = in.reachable() ? thenBranch.infer(in) : Inference.BOTTOM;
                endA = Inference.never(a) ? null : in.saveState();
            }
            in.setState(afterCondition);
            Object b = Inference.BOTTOM;
            Object[] endB = null;
            if (!Inference.isConstant(c, Boolean.TRUE)) {
                in.narrow(r, false);
                b = !in.reachable() ? Inference.BOTTOM : elseBranch == null ? Inference.constant(JlNothing.INSTANCE) : elseBranch.infer(in);
                endB = Inference.never(b) ? null : in.saveState();
            }
            in.setState(Inference.joinStates(endA, endB));
            return Inference.join(a, b);
        }

        @Override
        void markReturnedValue() {
            thenBranch.markReturnedValue();
            if (elseBranch != null) {
                elseBranch.markReturnedValue();
            }
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (profile.profile(condition.executeCondition(frame))) {
                return thenBranch.execute(frame);
            }
            return elseBranch == null ? JlNothing.INSTANCE : elseBranch.execute(frame);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (profile.profile(condition.executeCondition(frame))) {
                thenBranch.executeVoid(frame);
            } else if (elseBranch != null) {
                elseBranch.executeVoid(frame);
            }
        }
    }

    /** {@code a && b}: b's value when a is true (b may be any value in tail position, as Julia allows). */
    public static final class AndNode extends JlNode {
        @Child private JlNode left;
        @Child private JlNode right;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public AndNode(JlNode left, JlNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object infer(Inference in) {
            return in.shortCircuit(left, right, true);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return profile.profile(left.executeCondition(frame)) ? right.execute(frame) : Boolean.FALSE;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (profile.profile(left.executeCondition(frame))) {
                right.executeVoid(frame);
            }
        }
    }

    public static final class OrNode extends JlNode {
        @Child private JlNode left;
        @Child private JlNode right;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public OrNode(JlNode left, JlNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object infer(Inference in) {
            return in.shortCircuit(left, right, false);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return profile.profile(left.executeCondition(frame)) ? Boolean.TRUE : right.execute(frame);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (!profile.profile(left.executeCondition(frame))) {
                right.executeVoid(frame);
            }
        }
    }

    public static final class BreakNode extends JlNode {
        @Override
        public Object infer(Inference in) {
            in.leaveIteration(true);
            return Inference.BOTTOM;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends JlNode {
        @Override
        public Object infer(Inference in) {
            in.leaveIteration(false);
            return Inference.BOTTOM;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw ContinueException.INSTANCE;
        }
    }

    public static final class GotoNode extends JlNode {
        private final GotoException jump;

        public GotoNode(GotoException jump) {
            this.jump = jump;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw jump;
        }
    }

    public static final class ReturnNode extends JlNode {
        @Child private JlNode value;

        public ReturnNode(JlNode value) {
            this.value = value;
            value.markReturnedValue();
        }

        @Override
        public Object infer(Inference in) {
            in.returned(value.infer(in));
            return Inference.BOTTOM;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new ReturnException(value.execute(frame));
        }
    }
}
