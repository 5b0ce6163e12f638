package org.trufflejl.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.trufflejl.ProgramRootNode;
import org.trufflejl.parser.ParseError;

/**
 * The REPL. On a terminal it uses JLine: `jl> ` prompt, multi-line input (the parser says when
 * input is only incomplete), history in ~/.jl_history, tab completion, `?name` help, Ctrl-C to
 * interrupt a running computation, Ctrl-D to leave. Without a terminal it runs piped input
 * chunk by chunk and shows each chunk's value, as Julia's fallback REPL does. Errors are
 * reported and the session goes on.
 */
public final class Repl {
    private final Main launcher;
    private final Context context;
    private int counter;

    public Repl(Main launcher, Context context) {
        this.launcher = launcher;
        this.context = context;
    }

    int run() {
        if (System.console() != null && launcher.in() == System.in) {
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                return runInteractive(terminal, Path.of(System.getProperty("user.home"), ".jl_history"));
            } catch (IOException e) {
                // no usable terminal: fall back to plain line reading
            }
        }
        return runPiped();
    }

    /** The terminal's size, for `display` to fit results to it (as Julia's REPL does). */
    private void shareScreenSize(Terminal terminal) {
        int lines = terminal.getHeight();
        int columns = terminal.getWidth();
        if (lines > 0 && columns > 0) {
            try {
                context.eval(Main.LANG, "Base._set_screen_size").execute(lines, columns);
            } catch (PolyglotException e) {
                // the default size stays
            }
        }
    }

    /** The JLine loop on a given terminal (a dumb terminal over streams in tests). */
    public int runInteractive(Terminal terminal, Path history) {
        LineReader reader = LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("jl")
                        .parser(new IncompleteInputParser())
                        .completer(new NameCompleter())
                        .variable(LineReader.HISTORY_FILE, history)
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "    ")
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .build();
        terminal.writer().println("TruffleJL " + Main.VERSION + " (Julia-like, on GraalVM Truffle). Type ?name for help, Ctrl-D to exit.");
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> interruptRunningCode());
        if (terminal.getType().startsWith("dumb") && launcher.in() == System.in) {
            // A dumb terminal (TERM=dumb) installs no SIGINT handler of its own: without this,
            // Ctrl-C during a computation would end the process instead of interrupting it.
            Main.onInterrupt(this::interruptRunningCode);
        }
        try {
            while (true) {
                String input;
                try {
                    input = reader.readLine("jl> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt discards the line
                } catch (EndOfFileException e) {
                    return 0;
                }
                if (input.isBlank()) {
                    continue;
                }
                String trimmed = input.strip();
                shareScreenSize(terminal);
                if (trimmed.startsWith("?")) {
                    help(trimmed.substring(1).strip());
                } else {
                    evaluate(input, true);
                }
                terminal.writer().flush();
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private volatile boolean evaluating;

    private void interruptRunningCode() {
        if (evaluating) {
            try {
                context.interrupt(Duration.ofSeconds(5));
            } catch (Exception e) {
                // the computation finished meanwhile, or could not be stopped in time
            }
        }
    }

    private int runPiped() {
        BufferedReader in = launcher.stdinReader();
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                return 1;
            }
            if (line == null) {
                if (!pending.isEmpty()) {
                    evaluatePiped(pending.toString());
                }
                return 0;
            }
            pending.append(line).append('\n');
            if (pending.toString().isBlank()) {
                pending.setLength(0);
                continue;
            }
            if (!isIncomplete(pending.toString())) {
                evaluatePiped(pending.toString());
                pending.setLength(0);
            }
        }
    }

    static boolean isIncomplete(String code) {
        try {
            new org.trufflejl.parser.Parser(code, "REPL").parseToplevel();
            return false;
        } catch (ParseError e) {
            return e.incomplete;
        }
    }

    private void evaluate(String code, boolean interactive) {
        evaluate(Source.newBuilder(Main.LANG, code, "REPL[" + (++counter) + "]").interactive(interactive).buildLiteral());
    }

    /**
     * A chunk of piped input: as in Julia's fallback REPL (no terminal), each complete chunk is
     * evaluated and its value shown with `display` and kept in `ans`, without prompts.
     */
    private void evaluatePiped(String code) {
        evaluate(Source.newBuilder(Main.LANG, code, ProgramRootNode.PIPED_INPUT_NAME).interactive(true).buildLiteral());
    }

    private void evaluate(Source source) {
        evaluating = true;
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                throw e;
            }
            launcher.reportError(context, e, false);
        } finally {
            evaluating = false;
            launcher.out().flush();   // (a buffered stdout: each input's output before the next prompt)
        }
    }

    private void help(String name) {
        if (name.isEmpty()) {
            launcher.out().println("Type ?name to see the documentation of a function, type, module or constant.");
            return;
        }
        try {
            Value helpFn = context.eval(Main.LANG, "Base._help");
            Value module = context.eval(Main.LANG, "Main");
            String target = name;
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                module = context.eval(Main.LANG, name.substring(0, dot));
                target = name.substring(dot + 1);
            }
            helpFn.execute(module, context.eval(Main.LANG, ":" + target));
        } catch (PolyglotException e) {
            launcher.reportError(context, e, false);
        }
    }

    /** Tells JLine to keep reading (secondary prompt) while the input is an incomplete expression. */
    private static final class IncompleteInputParser implements Parser {
        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext parseContext) {
            if (parseContext == ParseContext.ACCEPT_LINE && !line.strip().startsWith("?") && isIncomplete(line)) {
                throw new EOFError(-1, -1, "incomplete input");
            }
            return words.parse(line, cursor, parseContext);
        }
    }

    /** Length of the name (with dots: {@code p.xc}) that ends {@code word}, as ReplSupport.completions finds it. */
    private static int nameLength(String word) {
        int start = word.length();
        while (start > 0) {
            char c = word.charAt(start - 1);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '!' || c == '.' || c > 0x7f)) {
                break;
            }
            start--;
        }
        return word.length() - start;
    }

    /** Names in scope, {@code Module.member} and {@code value.field}, from the language. */
    private final class NameCompleter implements Completer {
        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            String upToCursor = line.line().substring(0, line.cursor());
            // JLine's word ends at the cursor but starts after whitespace (`println(p.xc`); a
            // candidate must extend that whole word, so it keeps the part before the name.
            String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            try {
                String found = context.eval(Main.LANG, "Base._repl_completions").execute(upToCursor).asString();
                for (String c : found.split("\n")) {
                    if (!c.isEmpty()) {
                        String value = word.substring(0, Math.max(0, word.length() - nameLength(word))) + c;
                        // not "complete": no space after the name, so `printl<Tab>(1)` gives `println(1)`
                        candidates.add(new Candidate(value, c, null, null, null, null, false));
                    }
                }
            } catch (PolyglotException e) {
                // no completions
            }
        }
    }
}
