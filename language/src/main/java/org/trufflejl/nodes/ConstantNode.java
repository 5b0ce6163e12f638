package org.trufflejl.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A literal or folded constant. Int64/Float64/Bool constants unbox without a check. */
public final class ConstantNode extends JlNode {
    @CompilationFinal private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    public Object value() {
        return value;
    }
}
