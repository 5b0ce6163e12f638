package org.trufflejl.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * {@code bin/jl [options] [file [args...]]}: runs a script, {@code -e} code, or the REPL.
 * Unknown {@code --name=value} options go to the polyglot engine (tools, compiler tracing).
 */
public final class Main {
    static final String LANG = "jl";
    static final String VERSION = "0.1.0";

    private String file;
    private String evalCode;
    private boolean evalAndShow;
    private boolean interactiveAfter;
    private int threads;
    private final List<String> scriptArgs = new ArrayList<>();
    private final Map<String, String> engineOptions = new LinkedHashMap<>();

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final org.graalvm.polyglot.Engine engine;

    /** A launcher on the given streams; {@code engine} may be shared (tests) or null for a new one. */
    public Main(java.io.InputStream in, PrintStream out, PrintStream err, org.graalvm.polyglot.Engine engine) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = standardOutput();
        int status;
        try {
            status = new Main(System.in, out, System.err, null).run(args);
        } finally {
            out.flush();
        }
        System.exit(status);
    }

    /**
     * Standard output: as it is on a terminal; into a 64 KB buffer when it is a file or a pipe
     * (System.out flushes every write, one system call per {@code println}: 0.9 µs a line).
     * The language flushes it before writing to stderr or reading stdin, so their order holds;
     * {@code flush(stdout)}, an error report and the end of the run flush it too.
     */
    static PrintStream standardOutput() {
        if (stdoutIsTerminal()) {
            return System.out;
        }
        return new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false,
                        System.out.charset());
    }

    /** Whether file descriptor 1 is a terminal (Linux: /proc names the device; elsewhere, whether there is a console). */
    private static boolean stdoutIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Runs the command line and returns the process exit status. */
    public int run(String[] args) {
        try {
            if (!parseArguments(args)) {
                return 0;
            }
        } catch (IllegalArgumentException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        }
        boolean repl = file == null && evalCode == null;
        Context built;
        try {
            built = buildContext(repl || interactiveAfter);
        } catch (IllegalArgumentException e) {
            err.println("ERROR: " + e.getMessage() + " (try --help)");
            return 1;
        }
        try (Context context = built) {
            int status = 0;
            if (evalCode != null) {
                status = runSource(context, Source.newBuilder(LANG, evalCode, "none").buildLiteral(), false, evalAndShow);
            } else if (file != null) {
                Source source;
                try {
                    source = Source.newBuilder(LANG, new File(file)).build();
                } catch (IOException e) {
                    err.println("ERROR: could not open file " + new File(file).getAbsolutePath());
                    return 1;
                }
                status = runSource(context, source, true, false);
            }
            if (status == 0 && (repl || interactiveAfter)) {
                status = new Repl(this, context).run();
            }
            return runAtExitHooks(context, status);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            return reportError(built, e, false);
        }
    }

    /**
     * The program's atexit functions, with its exit status, while the context is still open: one
     * may call exit(n), and then n is the status (as Julia's atexit documents).
     */
    private static int runAtExitHooks(Context context, int status) {
        try {
            context.eval(LANG, "Base._run_atexit(" + status + ")");
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
        }
        return status;
    }

    /** Ctrl-C while a script runs raises InterruptException in it (catchable, as in Julia). */
    static void installInterruptHandler(Context context) {
        onInterrupt(() -> {
            try {
                context.eval(LANG, "Base._interrupt_main()");
            } catch (RuntimeException e) {
                // the context is closing or already gone
            }
        });
    }

    /** Runs {@code action} on SIGINT (Ctrl-C) instead of ending the process. */
    static void onInterrupt(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no signals on this platform: Ctrl-C ends the process as usual
        }
    }

    PrintStream out() {
        return out;
    }

    java.io.InputStream in() {
        return in;
    }

    private boolean parseArguments(String[] args) {
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            switch (a) {
                case "--":
                    i++;
                    break;
                case "-h":
                case "--help":
                    out.println(HELP);
                    return false;
                case "-v":
                case "--version":
                    out.println("TruffleJL version " + VERSION);
                    return false;
                case "-e":
                case "--eval":
                case "-E":
                case "--print":
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option " + a + " is missing an argument");
                    }
                    evalCode = args[++i];
                    evalAndShow = a.equals("-E") || a.equals("--print");
                    continue;
                case "-i":
                    interactiveAfter = true;
                    continue;
                case "--fast-start":
                    throw new IllegalArgumentException("--fast-start selects how bin/jl starts the JVM: give it as the first argument of bin/jl");
                case "-t":
                case "--threads":
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option " + a + " is missing an argument");
                    }
                    threads = parseThreads(args[++i]);
                    continue;
                default:
                    break;
            }
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--threads=")) {
                threads = parseThreads(a.substring("--threads=".length()));
            } else if (a.startsWith("--project")) {
                err.println("jl: note: --project is ignored (TruffleJL has no package manager yet)");
            } else if (a.startsWith("--")) {
                String opt = a.substring(2);
                int eq = opt.indexOf('=');
                engineOptions.put(eq < 0 ? opt : opt.substring(0, eq), eq < 0 ? "true" : opt.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("unknown option " + a + " (try --help)");
            }
        }
        if (evalCode == null && i < args.length) {
            file = args[i++];
        }
        for (; i < args.length; i++) {
            scriptArgs.add(args[i]);
        }
        return true;
    }

    private static int parseThreads(String s) {
        try {
            int n = s.equals("auto") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(s);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threads expects a positive number or auto, got " + s);
        }
    }

    /**
     * The engine options the launcher runs with (an engine shared by tests takes the same).
     * Tasks run on virtual threads, which the engine otherwise warns are experimental.
     */
    public static final Map<String, String> ENGINE_DEFAULTS = Map.of("engine.WarnVirtualThreadSupport", "false");

    /**
     * Those the launcher adds when it runs with the optimizing runtime (not under
     * {@code --fast-start}, where they do not exist). Truffle splits (copies per caller) only
     * methods of at most SplittingMaxCalleeSize nodes; at its default of 100, Base's collect,
     * _sum and most functions with a loop stayed shared, so one program's several uses of them
     * made every use megamorphic (docs/internals.md).
     */
    public static final Map<String, String> COMPILATION_DEFAULTS = Map.of("engine.SplittingMaxCalleeSize", "400");

    /** Whether Truffle's optimizing runtime is on the class path (bin/jl --fast-start leaves it out). */
    private static boolean optimizingRuntime() {
        try {
            Class.forName("com.oracle.truffle.runtime.OptimizedTruffleRuntime", false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private Context buildContext(boolean interactive) {
        Context.Builder b = Context.newBuilder(LANG)
                        .in(in)
                        .out(out)
                        .err(err)
                        .allowIO(IOAccess.ALL)
                        .allowEnvironmentAccess(org.graalvm.polyglot.EnvironmentAccess.INHERIT)
                        .allowCreateThread(true)
                        .allowCreateProcess(true)
                        .allowNativeAccess(true)
                        .allowExperimentalOptions(true)
                        .arguments(LANG, scriptArgs.toArray(new String[0]))
                        .option("jl.ProgramFile", file == null ? "" : file)
                        .option("jl.Interactive", Boolean.toString(interactive && file == null));
        if (threads > 0) {
            b.option("jl.Threads", Integer.toString(threads));
            // the carriers of the tasks' virtual threads; effective before the first one starts
            if (System.getProperty("jdk.virtualThreadScheduler.parallelism") == null) {
                System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(threads));
            }
        }
        if (engine != null) {
            b.engine(engine);
        } else {
            b.options(ENGINE_DEFAULTS);
            if (optimizingRuntime()) {
                b.options(COMPILATION_DEFAULTS);
            }
        }
        for (Map.Entry<String, String> e : engineOptions.entrySet()) {
            b.option(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /** Runs a script or -e code; prints an uncaught error Julia's way and returns the exit status. */
    int runSource(Context context, Source source, boolean isFile, boolean show) {
        installInterruptHandler(context);
        try {
            var result = context.eval(source);
            if (show) {
                // julia -E prints show(result), as repr gives it
                out.println(context.eval(LANG, "Base.repr").execute(result).asString());
            }
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            return reportError(context, e, isFile);
        }
    }

    /** {@code ERROR: ...}, a stack trace of .jl frames, exit status 1. Never a Java trace for guest errors. */
    /** The Java trace of an internal error is for developers: shown on request only. */
    private boolean javaTraceWanted() {
        String debug = System.getenv("JL_DEBUG");
        return debug != null && !debug.isEmpty() && !debug.equals("0") || engineOptions.containsKey("log.level");
    }

    int reportError(Context context, PolyglotException e, boolean loadError) {
        out.flush();
        if (e.isInternalError()) {
            err.println("ERROR: internal error in TruffleJL: " + e.getMessage());
            err.println("This is a bug in TruffleJL, not in your program. Please report it (README.md, \"Reporting bugs\")");
            if (javaTraceWanted()) {
                err.println("with the program that caused it and this Java stack trace:");
                e.printStackTrace(err);
            } else {
                err.println("with the program that caused it and the Java stack trace that JL_DEBUG=1 or --log.level=FINE prints.");
            }
            return 1;
        }
        if (e.isInterrupted() || e.isCancelled()) {
            err.println("ERROR: InterruptException:");
            return 130;
        }
        if (e.isGuestException() && e.getMessage() != null && e.getMessage().startsWith("InterruptException")) {
            err.println("ERROR: " + (loadError ? "LoadError: " : "") + e.getMessage());
            return 130;
        }
        if (e.isSyntaxError()) {
            err.println("ERROR: " + (loadError ? "LoadError: " : "") + e.getMessage());
            return 1;
        }
        String[] trace = backtrace(context);
        // an error that left included files comes with its own "LoadError: " message (trace[2])
        // (trace[3]: the message's first part when the rest follows the stack trace, as a TaskFailedException's)
        err.println("ERROR: " + (!trace[2].isEmpty() ? trace[2] : (loadError ? "LoadError: " : "") + (!trace[3].isEmpty() ? trace[3] : e.getMessage())));
        if (!trace[0].isEmpty()) {
            err.println("Stacktrace:");
            err.print(trace[0]);
        }
        if (loadError && !trace[1].isEmpty()) {
            err.println("in expression starting at " + trace[1]);
        }
        // (trace[4]: what the error was thrown while handling, "caused by: ...", after its place)
        err.print(trace[4]);
        return 1;
    }

    /** The error's stack trace lines and outermost top-level location, as the language keeps them ("" when unknown). */
    private static String[] backtrace(Context context) {
        try {
            Value t = context.eval(LANG, "Base._uncaught_backtrace()");
            return new String[]{t.getArrayElement(0).asString(), t.getArrayElement(1).asString(), t.getArrayElement(2).asString(),
                            t.getArrayElement(3).asString(), t.getArrayElement(4).asString()};
        } catch (PolyglotException | IllegalStateException | UnsupportedOperationException e) {
            return new String[]{"", "", "", "", ""};
        }
    }

    private static final String HELP = """
                    usage: jl [options] [file [args...]]
                      -e, --eval <code>     evaluate <code>
                      -E, --print <code>    evaluate <code> and show the result
                      -i                    start the REPL after running the file
                      -t, --threads <n>     number of threads for tasks (default: number of cores)
                      --fast-start          (first argument of bin/jl) interpreter only, started from a JDK
                                            AOT cache: fastest start-up, for short scripts
                      -v, --version         print the version
                      -h, --help            print this message
                      --                    end of options; what follows is the file and its arguments
                      --<engine option>     passed to the GraalVM engine, e.g. --engine.TraceCompilation=true,
                                            --cpusampler (when the tool is on the class path)
                    With no file, starts the interactive REPL.""";

    static String readAll(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    BufferedReader stdinReader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
