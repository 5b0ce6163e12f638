package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * A thrown Julia value ({@code throw(x)}, {@code error(...)}, runtime errors). The guest value is
 * any object; Truffle records the guest stack trace of where it was created.
 */
@ExportLibrary(InteropLibrary.class)
public final class JlException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public final Object value;

    public JlException(Object value, Node location) {
        super(location);
        this.value = value;
    }

    /** Keeps the original stack trace when an exception is re-thrown ({@code rethrow()}). */
    public JlException(JlException original) {
        super(original);
        this.value = original.value;
        this.rethrown = true;
        if (original.frames != null) {
            this.frames = new java.util.ArrayList<>(original.frames);
        }
    }

    /**
     * The same error reported as another value ({@code LoadError} around an error leaving
     * {@code include}, as Julia's {@code rethrow(LoadError(...))}): its stack trace, frames and
     * place on the exception stack stay.
     */
    public static JlException wrapping(JlException original, Object value) {
        return new JlException(original, value);
    }

    private JlException(JlException original, Object value) {
        super(original);
        this.value = value;
        this.rethrown = original.rethrown;
        this.below = original.below;
        this.loweringSite = original.loweringSite;
        this.framesBelowTask = original.framesBelowTask;
        if (original.frames != null) {
            this.frames = new java.util.ArrayList<>(original.frames);
        }
    }

    /**
     * {@code rethrow(x)}: x in place of the exception being handled, {@code current} (the stack
     * below stays, and so does its stack trace).
     */
    public static JlException rethrowing(JlException current, Object value) {
        JlException e = new JlException(current, value);
        e.rethrown = true;
        return e;
    }

    /** Made by rethrow: it replaces the handled exception on Julia's exception stack instead of going on top of it. */
    private boolean rethrown;

    /**
     * The exceptions under this one on Julia's exception stack, oldest first: those being handled
     * where it was thrown (an error in a catch block was "caused by" the one caught there).
     * Empty when it was thrown outside any catch block; null until a catch block has seen it.
     */
    private JlException[] below;

    public JlException[] below() {
        return below == null ? new JlException[0] : below;
    }

    /** Caught while {@code handled} (or nothing) was being handled: its place on the stack. */
    @TruffleBoundary
    public void noteCaughtWhileHandling(JlException handled) {
        if (below == null) {
            below = handled == null ? new JlException[0] : handled.stackIncludingThis();
        }
    }

    /** Left the catch block that handled {@code handled}: unless it is a rethrow, it goes on top of it. */
    @TruffleBoundary
    public void noteThrownWhileHandling(JlException handled) {
        if (rethrown) {
            below = handled.below();
        } else if (below == null) {
            below = handled.stackIncludingThis();
        }
    }

    /** The stack with this exception on top, oldest first ({@code current_exceptions()}). */
    public JlException[] stackIncludingThis() {
        JlException[] b = below();
        JlException[] all = java.util.Arrays.copyOf(b, b.length + 1);
        all[b.length] = this;
        return all;
    }

    /** A method body the exception left, and the arguments it had been called with. */
    public record Frame(Object root, Object[] arguments) {
    }

    /** The frames the exception has left so far, innermost first (for the stack trace's argument types). */
    private java.util.ArrayList<Frame> frames;

    @TruffleBoundary
    public void recordFrame(Object root, Object[] arguments) {
        if (frames == null) {
            frames = new java.util.ArrayList<>();
        }
        frames.add(new Frame(root, arguments.clone()));
    }

    public java.util.List<Frame> frames() {
        return frames == null ? java.util.List.of() : frames;
    }

    /** {@code file:line} of the top-level statement whose lowering failed (a syntax error found after parsing). */
    private String loweringSite;
    /** Frames of the thread below the task this error failed (a task run nested in a waiter's call): not the task's. */
    private volatile int framesBelowTask;

    public void noteFramesBelowTask(int n) {
        framesBelowTask = n;
    }

    public int framesBelowTask() {
        return framesBelowTask;
    }

    public void noteLoweringSite(String site) {
        if (loweringSite == null) {
            loweringSite = site;
        }
    }

    public String loweringSite() {
        return loweringSite;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return value instanceof JlStructObject s && s.type == org.trufflejl.runtime.types.Types.InterruptException
                        ? ExceptionType.INTERRUPT : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return JlContext.get(null).showErrorMessage(value);
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return JlContext.get(null).showErrorMessage(value);
    }
}
