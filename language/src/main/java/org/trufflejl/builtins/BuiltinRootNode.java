package org.trufflejl.builtins;

import org.trufflejl.JlLanguage;
import org.trufflejl.nodes.JlRootNode;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlNamedTuple;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;

/** The root of a Java-implemented method. Builtins take no keyword arguments. */
final class BuiltinRootNode extends JlRootNode {
    @Child private BuiltinNode body;

    BuiltinRootNode(JlLanguage language, String name, BuiltinNode body) {
        super(language, new FrameDescriptor(), name, null, null);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (args[1] instanceof JlNamedTuple kw && kw.size() > 0) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.error(getName() + "() got unsupported keyword argument \"" + ((JlNamedTuple) args[1]).names[0].name + "\"", body);
        }
        return body.call(args);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
