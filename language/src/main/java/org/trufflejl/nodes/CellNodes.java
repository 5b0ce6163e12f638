package org.trufflejl.nodes;

import org.trufflejl.runtime.Cell;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Variables shared with closures live in {@link Cell}s: the declaring frame holds the cell in a
 * slot, closures hold it in their captures. Captured variables that are never reassigned are
 * captured by value instead and need no cell.
 */
public final class CellNodes {
    private CellNodes() {
    }

    static Object checkDefined(Object v, Symbol name, JlNode node) {
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.undefVar(name, node);
        }
        return v;
    }

    /** Puts a fresh cell in the slot: on entry to the variable's scope (each loop iteration anew). */
    public static final class NewCellNode extends JlNode {
        private final int slot;

        public NewCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object infer(Inference in) {
            return Inference.constant(org.trufflejl.runtime.JlNothing.INSTANCE);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            frame.setObject(slot, new Cell());
            return null;
        }
    }

    /** A parameter that closures capture by reference: moves the argument into a new cell. */
    public static final class ArgumentToCellNode extends JlNode {
        private final int slot;
        private final int argIndex;

        public ArgumentToCellNode(int slot, int argIndex) {
            this.slot = slot;
            this.argIndex = argIndex;
        }

        @Override
        public Object infer(Inference in) {
            return Inference.constant(org.trufflejl.runtime.JlNothing.INSTANCE);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            frame.setObject(slot, new Cell(frame.getArguments()[argIndex]));
            return null;
        }
    }

    public static final class ReadCellNode extends JlNode {
        private final int slot;
        private final Symbol name;

        public ReadCellNode(int slot, Symbol name) {
            this.slot = slot;
            this.name = name;
        }

        /** A closure may assign the variable where this body does not see it (Julia's Core.Box: Any too). */
        @Override
        public Object infer(Inference in) {
            return Inference.ANY;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return checkDefined(((Cell) frame.getObject(slot)).value, name, this);
        }
    }

    public static final class WriteCellNode extends JlNode {
        private final int slot;
        @Child private JlNode value;

        public WriteCellNode(int slot, JlNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object infer(Inference in) {
            return value.infer(in);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            ((Cell) frame.getObject(slot)).value = v;
            return v;
        }
    }

    /**
     * The current closure's i-th capture: a cell or, for never-reassigned variables, the value.
     * A method of a global function defined in a local scope has its captures in its body.
     */
    static Object capture(VirtualFrame frame, int index, com.oracle.truffle.api.nodes.Node node) {
        if (frame.getArguments()[0] instanceof JlFunction f && f.captures != null) {
            return f.captures[index];
        }
        return ((FunctionRootNode) node.getRootNode()).methodCaptures()[index];
    }

    public static final class ReadCapturedCellNode extends JlNode {
        private final int index;
        private final Symbol name;

        public ReadCapturedCellNode(int index, Symbol name) {
            this.index = index;
            this.name = name;
        }

        @Override
        public Object infer(Inference in) {
            return Inference.ANY;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return checkDefined(((Cell) capture(frame, index, this)).value, name, this);
        }
    }

    public static final class WriteCapturedCellNode extends JlNode {
        private final int index;
        @Child private JlNode value;

        public WriteCapturedCellNode(int index, JlNode value) {
            this.index = index;
            this.value = value;
        }

        @Override
        public Object infer(Inference in) {
            return value.infer(in);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            ((Cell) capture(frame, index, this)).value = v;
            return v;
        }
    }

    public static final class ReadCapturedValueNode extends JlNode {
        private final int index;

        public ReadCapturedValueNode(int index) {
            this.index = index;
        }

        /** The value itself when the closure called is known (a variable captured by value is never reassigned). */
        @Override
        public Object infer(Inference in) {
            Object callee = in.argument(0);
            if (callee instanceof Inference.Const c && c.value() instanceof JlFunction f && f.captures != null) {
                return index < f.captures.length ? Inference.constant(f.captures[index]) : Inference.ANY;
            } else if (callee instanceof Inference.Closure k) {
                return index < k.captures().size() ? k.captures().get(index) : Inference.ANY;
            }
            Object[] own = in.root().methodCaptures();
            return own != null && index < own.length ? Inference.constant(own[index]) : Inference.ANY;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return capture(frame, index, this);
        }
    }
}
