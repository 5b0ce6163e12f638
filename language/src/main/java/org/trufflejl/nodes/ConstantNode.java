package org.trufflejl.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A literal or folded constant. Int64/Float64/Bool constants unbox without a check. */
public final class ConstantNode extends JlNode {
    @CompilationFinal private final Object value;
    /** An Int64 or Float64 constant's value (see {@link #execute}). */
    private final long intValue;
    private final double floatValue;
    private final byte kind;
    private static final byte OTHER = 0;
    private static final byte INT = 1;
    private static final byte FLOAT = 2;

    public ConstantNode(Object value) {
        this.value = value;
        this.kind = value instanceof Long ? INT : value instanceof Double ? FLOAT : OTHER;
        this.intValue = value instanceof Long l ? l : 0;
        this.floatValue = value instanceof Double d ? d : 0.0;
    }

    /**
     * An Int64 or Float64 constant is boxed where it is used in compiled code, not the one object
     * the node holds: where a method's result meets another path's computed number (a
     * polymorphic call inlined: {@code volume(::Rod) = 0.0} beside {@code volume(::Box) = x.a *
     * x.b * x.c}), escape analysis can merge boxes it allocated itself and then drop them, but a
     * constant object forces every other path's box into existence: 16 bytes an element of a
     * loop summing the calls, and a young collection every 12 ms.
     */
    @Override
    public Object execute(VirtualFrame frame) {
        if (kind != OTHER && CompilerDirectives.inCompiledCode()) {
            return kind == INT ? (Object) intValue : (Object) floatValue;
        }
        return value;
    }

    @Override
    public Object infer(Inference in) {
        return Inference.constant(value);
    }

    public Object value() {
        return value;
    }
}
