package org.trufflejl.nodes;

import org.trufflejl.JlLanguage;
import org.trufflejl.nodes.ControlFlow.ReturnException;
import org.trufflejl.runtime.Errors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** The body of a user-defined method (or a top-level statement): binds arguments, runs, returns. */
public final class FunctionRootNode extends JlRootNode {
    @Child private JlNode body;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section, JlNode body) {
        super(language, frame, name, source, section);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return body.execute(frame);
        } catch (ReturnException r) {
            returned.enter();
            return r.value;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.stackOverflow(body);
        }
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
