package org.trufflejl.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The i-th frame argument (0: the function itself, 1: keyword arguments, 2..: positional). */
public final class ReadArgumentNode extends JlNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object infer(Inference in) {
        return in.argument(index);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
