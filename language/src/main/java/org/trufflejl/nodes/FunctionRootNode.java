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
    /** Binds where-variables; null when the method has none. */
    @Child private FunctionNodes.StaticParamsNode staticParams;
    /** The declared return type ({@code f(x)::T}), evaluated in the body's frame; null when none. */
    @Child private JlNode returnType;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section, JlNode body) {
        this(language, frame, name, source, section, body, null, null);
    }

    public FunctionRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section, JlNode body,
                    FunctionNodes.StaticParamsNode staticParams, JlNode returnType) {
        super(language, frame, name, source, section);
        this.body = body;
        this.staticParams = staticParams;
        this.returnType = returnType;
    }

    /** The method whose where-variables this body binds. */
    void bindMethod(org.trufflejl.runtime.Method m) {
        if (staticParams != null) {
            staticParams.bind(m);
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (staticParams != null) {
            staticParams.execute(frame);
        }
        Object result;
        try {
            result = body.execute(frame);
        } catch (ReturnException r) {
            returned.enter();
            result = r.value;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.stackOverflow(body);
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.outOfMemory(body);
        }
        return returnType == null ? result : ReturnConversion.convert(returnType.execute(frame), result, this);
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
