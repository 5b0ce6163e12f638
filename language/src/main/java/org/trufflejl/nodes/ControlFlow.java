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

        @Override
        public Object infer(Inference in) {
            Object c = condition.infer(in);
            if (Inference.never(c)) {
                return c;
            }
            // a condition known from constants runs one branch only; one testing a local narrows it in each
            Inference.Refinement r = in.refinement(condition);
            Object a = Inference.isConstant(c, Boolean.FALSE) ? Inference.BOTTOM : in.inferNarrowed(thenBranch, r, true);
            Object nothing = Inference.constant(JlNothing.INSTANCE);
            Object b = Inference.isConstant(c, Boolean.TRUE) ? Inference.BOTTOM : elseBranch == null ? nothing : in.inferNarrowed(elseBranch, r, false);
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
            Object l = left.infer(in);
            if (Inference.never(l) || Inference.isConstant(l, Boolean.FALSE)) {
                return l;
            }
            Object r = in.inferNarrowed(right, in.refinement(left), true);
            return Inference.isConstant(l, Boolean.TRUE) ? r : Inference.join(Inference.constant(Boolean.FALSE), r);
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
            Object l = left.infer(in);
            if (Inference.never(l) || Inference.isConstant(l, Boolean.TRUE)) {
                return l;
            }
            Object r = in.inferNarrowed(right, in.refinement(left), false);
            return Inference.isConstant(l, Boolean.FALSE) ? r : Inference.join(Inference.constant(Boolean.TRUE), r);
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
