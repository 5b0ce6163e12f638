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
        return run(JlContext.get(this));
    }

    @TruffleBoundary
    private Object run(JlContext context) {
        context.noteMainThread();
        Object result = Toplevel.evalProgram(context, context.main, program, getSource());
        if (getSource().isInteractive()) {
            // The polyglot engine displays an interactive source's value (through our language
            // view); like Julia's REPL we keep it in `ans`, and a trailing `;` hides it.
            context.main.ownBinding(org.trufflejl.runtime.Symbol.of("ans")).assign(result);
            if (getSource().getCharacters().toString().strip().endsWith(";")) {
                return org.trufflejl.runtime.JlNothing.INSTANCE;
            }
        }
        return result;
    }
}
