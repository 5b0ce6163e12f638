package org.trufflejl;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import org.trufflejl.parser.Expr;
import org.trufflejl.parser.ParseError;
import org.trufflejl.parser.Parser;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlSyntaxError;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

/**
 * TruffleJL: a Julia-like numeric language. Parsing a source yields a program whose top-level
 * statements are lowered and run one after another, as Julia does (a definition made by one
 * statement is visible to the next).
 */
@com.oracle.truffle.api.instrumentation.ProvidedTags({com.oracle.truffle.api.instrumentation.StandardTags.StatementTag.class})
@TruffleLanguage.Registration(id = JlLanguage.ID, name = "TruffleJL", implementationName = "TruffleJL",
                version = JlLanguage.VERSION, defaultMimeType = JlLanguage.MIME_TYPE,
                characterMimeTypes = JlLanguage.MIME_TYPE, fileTypeDetectors = JlFileDetector.class,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class JlLanguage extends TruffleLanguage<JlContext> {
    public static final String ID = "jl";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/x-trufflejl";

    @Option(help = "Path of the running script, as PROGRAM_FILE shows it; evaluating that file returns true, not its last value (run for its effects).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> ProgramFile = new OptionKey<>("");

    @Option(help = "Interactive (REPL) semantics: top-level soft scopes assign existing globals.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Interactive = new OptionKey<>(false);

    @Option(help = "Number of carrier threads reported by Threads.nthreads().", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> Threads = new OptionKey<>(0);

    @Option(help = "Base's method definitions wait for their function's first use (faster start-up); false defines them as Base loads.", category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> DeferBaseMethods = new OptionKey<>(true);

    /**
     * Each thread's random generator (Julia's task-local one): a context thread local, which
     * compiled code reads without a call (a {@code java.lang.ThreadLocal} lookup behind a boundary
     * cost {@code rand()} 30 ns).
     */
    private final com.oracle.truffle.api.ContextThreadLocal<org.trufflejl.runtime.Xoshiro> randomGenerator = locals.createContextThreadLocal(
                    (context, thread) -> new org.trufflejl.runtime.Xoshiro(System.nanoTime() ^ thread.threadId() * 0x9E3779B97F4A7C15L));
    private static final LanguageReference<JlLanguage> LANGUAGE = LanguageReference.create(JlLanguage.class);

    /** The current thread's random generator. */
    public static org.trufflejl.runtime.Xoshiro threadRandom(com.oracle.truffle.api.nodes.Node node) {
        return LANGUAGE.get(node).randomGenerator.get();
    }

    @Override
    protected JlContext createContext(Env env) {
        return new JlContext(this, env);
    }

    @Override
    protected void initializeContext(JlContext context) {
        long start = StartupTrace.ENABLED ? StartupTrace.now() : 0;
        context.initialize();
        long builtins = StartupTrace.ENABLED ? StartupTrace.now() : 0;
        org.trufflejl.builtins.Builtins.install(context);
        long base = StartupTrace.ENABLED ? StartupTrace.now() : 0;
        long cpu = StartupTrace.ENABLED ? StartupTrace.threadCpu() : 0;
        Toplevel.loadStdlib(context);
        if (StartupTrace.ENABLED) {
            StartupTrace.context(start, builtins, base, StartupTrace.now(), StartupTrace.threadCpu() - cpu);
        }
    }

    /**
     * The program ends: the functions registered with {@code atexit} run (last registered first),
     * then tasks still pending are ended, as Julia exits with them.
     */
    @Override
    protected void finalizeContext(JlContext context) {
        context.runAtExitHooks(0);
        context.flushOpenFiles();
        context.tasks.close();
    }

    /** {@code exit(n)}: the atexit functions run with the exit code, before the context closes. */
    @Override
    protected void exitContext(JlContext context, ExitMode exitMode, int exitCode) {
        if (exitMode == ExitMode.HARD) {
            context.runAtExitHooks(exitCode);
            context.flushOpenFiles();
        }
    }

    @Override
    protected boolean patchContext(JlContext context, Env newEnv) {
        return false;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new JlLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        Expr program = source.getPath() != null && !source.isInteractive() ? parseFile(source) : parseSource(source);
        return new ProgramRootNode(this, program, source).getCallTarget();
    }

    public static Expr parseSource(Source source) {
        try {
            return new Parser(source.getCharacters().toString(), displayName(source)).parseToplevel();
        } catch (ParseError e) {
            throw new JlSyntaxError(e, source);
        }
    }

    /**
     * A file's program as Julia's {@code include} runs it: the statements before the first that
     * does not parse, then a statement raising that syntax error ({@code Expr(:error, e)} after
     * the line it is on). A file whose first statement does not parse fails here.
     */
    public static Expr parseFile(Source source) {
        String file = displayName(source);
        Parser.Prefix parsed = new Parser(source.getCharacters().toString(), file).parseToplevelPrefix();
        ParseError error = parsed.error();
        if (error == null) {
            return parsed.statements();
        }
        if (parsed.statements().nargs() == 0) {
            throw new JlSyntaxError(error, source);
        }
        return endingWith(parsed, file, new Expr("error", new JlSyntaxError(error, source)));
    }

    /** The statements that parsed, then the line marker of the one that did not and {@code error}, as JuliaSyntax's parseall ends a program. */
    public static Expr endingWith(Parser.Prefix parsed, String file, Expr error) {
        Object[] before = parsed.statements().args();
        Object[] program = java.util.Arrays.copyOf(before, before.length + 2);
        program[before.length] = new org.trufflejl.parser.LineNumberNode(parsed.error().line, file);
        program[before.length + 1] = error;
        return new Expr("toplevel", program).at(parsed.statements());
    }

    /** The file name errors and stack traces show: the path as given, else the source's name. */
    public static String displayName(Source source) {
        String path = source.getPath();
        return path != null ? path : source.getName();
    }

    /** Interactive evaluation shows every value but {@code nothing}, as Julia's REPL does. */
    @Override
    protected boolean isVisible(JlContext context, Object value) {
        return value != org.trufflejl.runtime.JlNothing.INSTANCE;
    }

    @Override
    protected Object getLanguageView(JlContext context, Object value) {
        return new org.trufflejl.runtime.JlLanguageView(value);
    }

    /** {@code context.getBindings("jl")}: Main's globals. */
    @Override
    protected Object getScope(JlContext context) {
        return new org.trufflejl.runtime.ModuleScope(context.main);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }
}
