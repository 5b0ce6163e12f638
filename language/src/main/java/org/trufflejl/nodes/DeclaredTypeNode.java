package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A value given a declared type: {@code x::T = v} for a local declared {@code T} (every assignment
 * to it, wherever in its scope) and {@code f(x)::T = ...} for the result. The value is
 * {@code convert(T, v)::T}, with T evaluated each time as Julia does.
 */
public final class DeclaredTypeNode extends JlNode {
    @Child private JlNode type;
    /** The value to convert; null when the caller passes it ({@link #convert}). */
    @Child private JlNode value;
    @Child private ConvertNode convert = ConvertNode.create("typeassert");
    private final String what;

    /**
     * @param what what the type annotates, for the error when {@code type} is not a type
     *            ("return type", "type declaration")
     */
    public DeclaredTypeNode(JlNode type, JlNode value, String what) {
        this.type = type;
        this.value = value;
        this.what = what;
    }

    /** The type's lattice element (a constant when known). */
    Object inferType(Inference in) {
        return type.infer(in);
    }

    @Override
    public Object infer(Inference in) {
        Object t = type.infer(in);
        Object v = value == null ? Inference.ANY : value.infer(in);
        if (Inference.never(v)) {
            return v;
        }
        return t instanceof Inference.Const c && c.value() instanceof JlType jt ? jt : Inference.ANY;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return convert(frame, value.execute(frame));
    }

    public Object convert(VirtualFrame frame, Object v) {
        if (!(type.execute(frame) instanceof JlType t)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.error(what + " annotation is not a type", this);
        }
        return convert.execute(t, v);
    }
}
