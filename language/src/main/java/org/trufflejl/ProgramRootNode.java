package org.trufflejl;

import org.trufflejl.nodes.JlRootNode;
import org.trufflejl.parser.Expr;
import org.trufflejl.runtime.JlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;

/** A parsed source (script, REPL input, polyglot eval): runs its statements in Main. */
public final class ProgramRootNode extends JlRootNode {
    private final Expr program;

    public ProgramRootNode(JlLanguage language, Expr program, Source source) {
        super(language, new FrameDescriptor(), "top-level scope", source, null);
        this.program = program;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JlContext context = JlContext.get(this);
        // the thread's tasks ({@code @async}) run while this evaluation blocks or yields, or after it
        org.trufflejl.runtime.tasks.Strand strand = context.tasks.current().strand();
        boolean entered = strand.enter(this);
        try {
            return run(context);
        } catch (org.trufflejl.runtime.JlException e) {
            keepBacktrace(context, e);
            throw e;
        } finally {
            if (entered) {
                strand.leave();
            }
        }
    }

    /** An error leaving the program: its stack trace, for the launcher to print ({@code Base._uncaught_backtrace}). */
    @TruffleBoundary
    private static void keepBacktrace(JlContext context, org.trufflejl.runtime.JlException e) {
        org.trufflejl.nodes.Backtrace.Text t = org.trufflejl.nodes.Backtrace.of(e);
        // as Julia's show_exception_stack: what the error was thrown while handling follows,
        // most recent first, each as "caused by: " with its own stack trace
        // an error that left included files: Julia prints the innermost error after one
        // "LoadError: ", and where each include stood after the stack trace, innermost first
        String message = "";
        String headline = "";
        Object error = e.value;
        StringBuilder places = new StringBuilder();
        while (error instanceof org.trufflejl.runtime.JlStructObject s && s.type == org.trufflejl.runtime.types.Types.LoadError) {
            places.insert(0, "in expression starting at " + s.getField(0) + ":" + s.getField(1) + "\n");
            error = s.getField(2);
        }
        // as Julia's show_exception_stack: what the error was thrown while handling follows,
        // most recent first, each as "caused by: " with its own stack trace
        // (after the error's own "in expression starting at", which the launcher prints)
        StringBuilder causes = new StringBuilder();
        org.trufflejl.runtime.JlException[] below = e.below();
        for (int i = below.length - 1; i >= 0; i--) {
            String ownCause = context.showErrorWithOwnMethod(below[i].value, below[i]);
            if (ownCause != null) {
                causes.append("\ncaused by: ").append(ownCause).append('\n');
                continue;
            }
            causes.append("\ncaused by: ").append(context.showErrorMessage(below[i].value)).append('\n');
            String causeFrames = org.trufflejl.nodes.Backtrace.of(below[i]).frames();
            if (!causeFrames.isEmpty()) {
                causes.append("Stacktrace:\n").append(causeFrames);
            }
        }
        String own = context.showErrorWithOwnMethod(error, e);
        if (own != null) {
            // the program's showerror(io, e, bt) prints the message and whatever follows it (Julia
            // passes it the stack trace); then where each include stood, as LoadError's method adds
            if (error != e.value) {
                message = "LoadError: " + own + (places.length() == 0 ? "" : "\n" + places.substring(0, places.length() - 1));
            } else {
                headline = own;
            }
            context.uncaughtBacktrace = new String[]{"", t.lastTopLevel() == null ? "" : t.lastTopLevel(), message, headline, causes.toString()};
            return;
        }
        StringBuilder frames = new StringBuilder(t.frames());
        String shown = error != e.value || isTaskFailure(error) ? context.showErrorMessage(error) : null;
        if (shown != null && isTaskFailure(error)) {
            // as Julia's showerror(io, ::TaskFailedException, bt): the stack trace of the wait,
            // then the task's own error and stack trace, indented
            int cut = shown.indexOf(NESTED_TASK_ERROR);
            if (cut >= 0) {
                frames.append(shown, cut + 1, shown.length()).append('\n');
                shown = shown.substring(0, cut);
                headline = shown;
            }
        }
        if (isInitError(error)) {
            // as Julia's showerror(io, ::InitError, bt): the error, its stack trace, then the module
            shown = context.showErrorMessage(error);
            int cut = shown.lastIndexOf(DURING_INIT);
            if (cut >= 0 && frames.length() > 0) {
                frames.append(shown, cut + 1, shown.length()).append('\n');
                shown = shown.substring(0, cut);
                headline = shown;
            }
        }
        if (error != e.value) {
            message = "LoadError: " + shown;
            frames.append(places);
        }
        context.uncaughtBacktrace = new String[]{frames.toString(), t.lastTopLevel() == null ? "" : t.lastTopLevel(), message, headline, causes.toString()};
    }

    private static final String NESTED_TASK_ERROR = "\n\n    nested task error: ";

    private static final String DURING_INIT = "\nduring initialization of module ";

    private static boolean isInitError(Object error) {
        return error instanceof org.trufflejl.runtime.JlStructObject s && s.type.family.name.name.equals("InitError");
    }

    private static boolean isTaskFailure(Object error) {
        return error instanceof org.trufflejl.runtime.JlStructObject s && s.type.family.name.name.equals("TaskFailedException");
    }

    private boolean isProgramFile(JlContext context) {
        String programFile = context.env.getOptions().get(JlLanguage.ProgramFile);
        if (programFile.isEmpty() || getSource().getPath() == null) {
            return false;
        }
        // the option holds the path as typed (PROGRAM_FILE), a file's source its canonical form
        try {
            return context.env.getPublicTruffleFile(programFile).getCanonicalFile().getPath().equals(getSource().getPath());
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return programFile.equals(getSource().getPath());
        }
    }

    /** The name of each chunk of input piped to the launcher's REPL. */
    public static final String PIPED_INPUT_NAME = "none";

    @TruffleBoundary
    private Object run(JlContext context) {
        context.noteMainThread();
        Object result = Toplevel.evalProgram(context, context.main, program, getSource());
        if (getSource().isInteractive()) {
            // The polyglot engine displays an interactive source's value (through our language
            // view); like Julia's REPL we keep it in `ans`, and a trailing `;` hides it. Input
            // piped to the launcher is named "none", as Julia's fallback REPL (client.jl) names
            // it, and that one shows every value, a trailing `;` or not.
            context.main.ownBinding(org.trufflejl.runtime.Symbol.of("ans")).assign(result);
            if (getSource().getCharacters().toString().strip().endsWith(";") && !PIPED_INPUT_NAME.equals(getSource().getName())) {
                return org.trufflejl.runtime.JlNothing.INSTANCE;
            }
        } else if (isProgramFile(context)) {
            // The launcher's script (jl.ProgramFile) runs for its effects, and its value is not
            // shown (nor by julia file.jl); the polyglot Value of a Julia object costs 10-40 ms
            // to set up the first time (Truffle makes its interop call targets), a Boolean none.
            return Boolean.TRUE;
        }
        return result;
    }
}
