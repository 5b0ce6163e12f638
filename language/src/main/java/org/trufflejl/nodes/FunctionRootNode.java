package org.trufflejl.nodes;

import org.trufflejl.JlLanguage;
import org.trufflejl.nodes.ControlFlow.ReturnException;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlException;

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
    @Child private DeclaredTypeNode returnType;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section, JlNode body) {
        this(language, frame, name, source, section, body, null, null);
    }

    public FunctionRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section, JlNode body,
                    FunctionNodes.StaticParamsNode staticParams, JlNode returnType) {
        super(language, frame, name, source, section);
        this.body = body;
        this.staticParams = staticParams;
        this.returnType = returnType == null ? null : new DeclaredTypeNode(returnType, null, "return type");
        body.markReturnedValue();
    }

    /** Whether the body's result is returned as it is (a declared return type converts it). */
    boolean returnsBodyValue() {
        return returnType == null;
    }

    /**
     * The body's value in {@link Inference} (its returns are recorded there); with a declared
     * return type ({@link #returnsBodyValue} false), the method's result: that type when it is a
     * constant, else Any.
     */
    Object inferBody(Inference in, Object[] staticValues) {
        if (staticParams != null) {
            staticParams.inferBind(in, staticValues);
        }
        Object value = body.infer(in);
        if (returnType == null) {
            return value;
        }
        Object declared = returnType.inferType(in);
        return declared instanceof Inference.Const c && c.value() instanceof org.trufflejl.runtime.types.JlType t ? t : Inference.ANY;
    }

    /** The method this is the body of (names and module for stack traces); null for top-level code. */
    private volatile org.trufflejl.runtime.Method method;

    /** This becomes the body of {@code m}: it binds {@code m}'s where-variables. */
    void bindMethod(org.trufflejl.runtime.Method m) {
        method = m;
        methodCaptures = m.captures;
        if (staticParams != null) {
            staticParams.bind(m);
        }
    }

    /** The captures of a global function's method defined in a local scope ({@link org.trufflejl.runtime.Method#captures}). */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private Object[] methodCaptures;

    Object[] methodCaptures() {
        return methodCaptures;
    }

    public org.trufflejl.runtime.Method method() {
        return method;
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
        } catch (JlException e) {
            // the argument types of each frame, for the stack trace (Backtrace): only on the
            // exception's way out, so a compiled body keeps its arguments virtual otherwise
            e.recordFrame(this, frame.getArguments());
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            JlException error = Errors.stackOverflow(body);
            error.recordFrame(this, frame.getArguments());
            throw error;
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            JlException error = Errors.outOfMemory(body);
            error.recordFrame(this, frame.getArguments());
            throw error;
        }
        return returnType == null ? result : returnType.convert(frame, result);
    }

    /**
     * Runs a top-level statement's body without making it a call target: no frame of it on the
     * stack, no instrumentation. For statements that only define (see the caller).
     */
    public Object executeDetached() {
        adoptChildren();
        return execute(com.oracle.truffle.api.Truffle.getRuntime().createVirtualFrame(new Object[0], getFrameDescriptor()));
    }

    /**
     * Whether this is a copy of a method's body (Truffle's template for splits, or a split):
     * Truffle copies the body it splits, never a split, so a copy is not offered for splitting
     * (a recursive call in a split calls the split itself: MethodCallNode).
     */
    private boolean splitCopy;

    boolean isSplitCopy() {
        return splitCopy;
    }

    @Override
    public com.oracle.truffle.api.nodes.Node copy() {
        FunctionRootNode c = (FunctionRootNode) super.copy();
        c.splitCopy = true;
        return c;
    }

    @Override
    public boolean isCloningAllowed() {
        return !splitCopy;
    }
}
