package org.trufflejl.nodes;

import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A sequence of expressions; its value is the last one's ({@code nothing} when empty). */
public final class BlockNode extends JlNode {
    @Children private final JlNode[] body;

    public BlockNode(JlNode[] body) {
        this.body = body;
    }

    @Override
    void markReturnedValue() {
        if (body.length > 0) {
            body[body.length - 1].markReturnedValue();
        }
    }

    @Override
    public Object infer(Inference in) {
        Object value = Inference.constant(JlNothing.INSTANCE);
        for (JlNode statement : body) {
            value = statement.infer(in);
            if (Inference.never(value)) {
                // what follows never runs
                return in.unreached(value);
            }
        }
        return value;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        int last = body.length - 1;
        for (int i = 0; i < last; i++) {
            body[i].executeVoid(frame);
        }
        return last >= 0 ? body[last].execute(frame) : JlNothing.INSTANCE;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (JlNode statement : body) {
            statement.executeVoid(frame);
        }
    }
}
