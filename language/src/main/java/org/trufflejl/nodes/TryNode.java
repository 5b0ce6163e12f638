package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code try … catch e … else … finally … end}. Only guest exceptions are caught (a Java stack
 * overflow becomes Julia's StackOverflowError first); break/continue/return pass through the
 * catch but still run the finally block.
 */
public final class TryNode extends JlNode {
    @Child private JlNode body;
    /** Stores the caught exception value in the catch variable; null when there is none. */
    @Child private AssignTarget catchVariable;
    @Child private JlNode catchBody;
    @Child private JlNode elseBody;
    @Child private JlNode finallyBody;
    private final BranchProfile caught = BranchProfile.create();

    /** Whether the catch block mentions catch_backtrace, stacktrace, backtrace or rethrow. */
    private final boolean fillInBacktrace;

    public TryNode(JlNode body, AssignTarget catchVariable, JlNode catchBody, JlNode elseBody, JlNode finallyBody, boolean fillInBacktrace) {
        this.fillInBacktrace = fillInBacktrace;
        this.body = body;
        this.catchVariable = catchVariable;
        this.catchBody = catchBody;
        this.elseBody = elseBody;
        this.finallyBody = finallyBody;
    }

    /**
     * The body's value (or the else block's after it), joined with the catch block's. The catch
     * block may start after any part of the body: from the entry state joined with everything
     * the body assigns; the caught error may be anything. The finally block is modelled from the
     * join of every way out.
     */
    @Override
    public Object infer(Inference in) {
        Object[] entry = in.saveState();
        Object value;
        Object[] assigned;
        in.beginTry();
        try {
            value = body.infer(in);
            if (elseBody != null && !Inference.never(value)) {
                value = elseBody.infer(in);
            }
        } finally {
            assigned = in.endTry();
        }
        Object[] normal = Inference.never(value) ? null : in.saveState();
        Object[] anyPoint = entry == null ? null : Inference.joinStates(entry, assigned);
        Object[] after = normal;
        if (catchBody != null) {
            in.setState(anyPoint);
            if (catchVariable != null) {
                catchVariable.infer(in, Inference.ANY);
            }
            Object caught = in.reachable() ? catchBody.infer(in) : Inference.BOTTOM;
            after = Inference.joinStates(normal, Inference.never(caught) ? null : in.saveState());
            value = Inference.join(value, caught);
        }
        if (finallyBody != null) {
            in.setState(Inference.joinStates(after, anyPoint));
            if (in.reachable() && Inference.never(finallyBody.infer(in))) {
                in.setState(null);
                return Inference.BOTTOM;
            }
            if (after == null) {
                in.setState(null);
            }
        } else {
            in.setState(after);
        }
        return value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (finallyBody == null) {
            return executeTryCatch(frame);
        }
        Object result;
        try {
            result = executeTryCatch(frame);
        } catch (JlException e) {
            // as Julia lowers `finally` (a catch-all handler that rethrows): the error is on the
            // exception stack while the block runs, below any error the block throws
            caught.enter();
            runFinallyWhileHandling(frame, e);
            throw e;
        } catch (ControlFlowException | StackOverflowError | OutOfMemoryError e) {
            finallyBody.execute(frame);
            throw e;
        }
        // (anything else, as a task ended by the program's exit, unwinds without running it)
        finallyBody.execute(frame);
        return result;
    }

    private void runFinallyWhileHandling(VirtualFrame frame, JlException e) {
        JlContext context = JlContext.get(this);
        push(context, e, false);
        try {
            finallyBody.execute(frame);
        } catch (JlException thrownHere) {
            noteThrownWhileHandling(thrownHere, e);
            throw thrownHere;
        } finally {
            pop(context);
        }
    }

    private Object executeTryCatch(VirtualFrame frame) {
        if (catchBody == null) {
            return body.execute(frame);
        }
        Object result;
        try {
            result = body.execute(frame);
        } catch (JlException e) {
            caught.enter();
            return handle(frame, e);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            return handle(frame, Errors.stackOverflow(this));
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            return handle(frame, Errors.outOfMemory(this));
        } catch (ControlFlowException e) {
            throw e;
        }
        return elseBody == null ? result : elseBody.execute(frame);
    }

    private Object handle(VirtualFrame frame, JlException e) {
        if (catchVariable != null) {
            catchVariable.assign(frame, e.value);
        }
        JlContext context = JlContext.get(this);
        push(context, e, fillInBacktrace);
        try {
            return catchBody.execute(frame);
        } catch (JlException thrownHere) {
            // an error leaving the catch block goes on Julia's exception stack above this one
            // (printed as "caused by:"), unless it is this one rethrown
            noteThrownWhileHandling(thrownHere, e);
            throw thrownHere;
        } finally {
            pop(context);
        }
    }

    @TruffleBoundary
    private static void noteThrownWhileHandling(JlException thrown, JlException handled) {
        // the handled error's trace is printed too now ("caused by:"): complete it from here out
        com.oracle.truffle.api.TruffleStackTrace.fillIn(handled);
        thrown.noteThrownWhileHandling(handled);
    }

    @TruffleBoundary
    private static void push(JlContext context, JlException e, boolean fillInBacktrace) {
        if (fillInBacktrace) {
            // the frames from here out, while this one is still where the error came in (a few
            // microseconds: only for catch blocks that ask for the backtrace)
            com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
        }
        e.noteCaughtWhileHandling(context.currentHandled());
        context.pushHandled(e);
    }

    @TruffleBoundary
    private static void pop(JlContext context) {
        context.popHandled();
    }
}
