package org.trufflejl.launcher;

import java.io.BufferedReader;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * A line-based REPL: reads until the input parses (the parser says when it is only incomplete),
 * evaluates it as an interactive source (the language displays the result), and survives errors.
 * Without a terminal it runs piped input quietly, without prompts.
 */
final class Repl {
    private final Main launcher;
    private final Context context;
    private int counter;

    Repl(Main launcher, Context context) {
        this.launcher = launcher;
        this.context = context;
    }

    int run() {
        boolean tty = System.console() != null;
        if (tty) {
            launcher.out().println("TruffleJL " + Main.VERSION + " — a Julia-like language on GraalVM Truffle. Ctrl-D exits.");
        }
        BufferedReader in = launcher.stdinReader();
        StringBuilder pending = new StringBuilder();
        while (true) {
            if (tty) {
                launcher.out().print(pending.isEmpty() ? "jl> " : "    ");
                launcher.out().flush();
            }
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                return 1;
            }
            if (line == null) {
                if (!pending.isEmpty()) {
                    evaluate(pending.toString(), tty);
                }
                if (tty) {
                    launcher.out().println();
                }
                return 0;
            }
            pending.append(line).append('\n');
            if (pending.toString().isBlank()) {
                pending.setLength(0);
                continue;
            }
            if (evaluate(pending.toString(), tty)) {
                pending.setLength(0);
            }
        }
    }

    /** Returns false when the input is incomplete and more lines are needed. */
    private boolean evaluate(String code, boolean tty) {
        Source source = Source.newBuilder(Main.LANG, code, "REPL[" + (++counter) + "]").interactive(tty).buildLiteral();
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isIncompleteSource()) {
                counter--;
                return false;
            }
            if (e.isExit()) {
                throw e;
            }
            launcher.reportError(e, false);
        }
        return true;
    }
}
