package org.trufflejl.runtime;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Map;

import org.trufflejl.JlLanguage;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

/** The state of one TruffleJL context: its modules, standard streams and script arguments. */
public final class JlContext {
    private static final ContextReference<JlContext> REFERENCE = ContextReference.create(JlLanguage.class);

    public final JlLanguage language;
    public final TruffleLanguage.Env env;
    public final JlModule core;
    public final JlModule base;
    /**
     * Held while Base code defined on first use runs: a lazily loaded Base file, or the pending
     * method definitions of a function ({@code MethodTable.defer}). One lock for both, as either
     * can set off the other.
     */
    public final Object firstUseDefinitions = new Object();
    /** Base's SubString{String} once something needed it ({@link SubStrings#type}). */
    volatile org.trufflejl.runtime.types.DataType subStringType;
    volatile org.trufflejl.runtime.types.TypeFamily pairsType;
    /** This context's constructors and call methods of the built-in (JVM-wide) type families. */
    private final java.util.concurrent.ConcurrentHashMap<org.trufflejl.runtime.types.TypeFamily, org.trufflejl.runtime.types.TypeFamily.Callables> callables = new java.util.concurrent.ConcurrentHashMap<>();

    @TruffleBoundary
    public org.trufflejl.runtime.types.TypeFamily.Callables callablesOf(org.trufflejl.runtime.types.TypeFamily f) {
        return callables.computeIfAbsent(f, k -> new org.trufflejl.runtime.types.TypeFamily.Callables());
    }

    /**
     * Methods of calling any type a pattern with an abstract bound matches ({@code (::Type{F})(x::Q)
     * where F<:AbstractFloat}), and every constructor table made so far: each table gets the ones
     * that match its type, whichever comes first (see TypeFamily#addTypePatternMethod).
     */
    public final java.util.List<org.trufflejl.runtime.Method> typePatternMethods = new java.util.ArrayList<>();
    public final java.util.List<java.util.Map.Entry<org.trufflejl.runtime.types.JlType, JlFunction>> constructorTables = new java.util.ArrayList<>();

    /** Instances of built-in families that mention this context's types (see TypeFamily#instantiate). */
    private final java.util.concurrent.ConcurrentHashMap<org.trufflejl.runtime.types.TypeFamily, java.util.concurrent.ConcurrentHashMap<org.trufflejl.runtime.ArrayKey, org.trufflejl.runtime.types.DataType>> localInstances = new java.util.concurrent.ConcurrentHashMap<>();

    @TruffleBoundary
    public java.util.concurrent.ConcurrentHashMap<org.trufflejl.runtime.ArrayKey, org.trufflejl.runtime.types.DataType> instancesOf(org.trufflejl.runtime.types.TypeFamily f) {
        return localInstances.computeIfAbsent(f, k -> new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The random number generator of each thread (see Base's rand), seeded from the clock. */

    /** What calling a foreign executable dispatches to (set when builtins are installed). */
    public JlFunction foreignCall;
    /** The N of macro hygiene's renamed locals ({@code #N#x}), counted per context as Julia counts per session. */
    private final java.util.concurrent.atomic.AtomicLong hygieneNames = new java.util.concurrent.atomic.AtomicLong();

    public long nextHygieneName() {
        return hygieneNames.incrementAndGet();
    }
    public final JlModule main;
    public final JlIO stdout;
    public final JlIO stderr;
    public final JlIO stdin;
    public final boolean interactive;
    /** Base's method definitions wait for their function's first use (Toplevel.deferDefinition). */
    public final boolean deferBaseMethods;
    /** Tasks and their threads. */
    public final org.trufflejl.runtime.tasks.TaskRuntime tasks;
    /** Exceptions being handled by enclosing catch blocks of each thread, innermost last ({@code rethrow()}). */
    private final ThreadLocal<ArrayDeque<JlException>> handling = ThreadLocal.withInitial(ArrayDeque::new);

    public JlContext(JlLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.core = new JlModule(Symbol.of("Core"), null);
        this.base = new JlModule(Symbol.of("Base"), null);
        this.main = new JlModule(Symbol.of("Main"), null);
        this.stdout = JlIO.stream("stdout", null, new PrintStream(env.out(), false));
        this.stderr = JlIO.stream("stderr", null, new PrintStream(env.err(), true));
        this.stdin = JlIO.stream("stdin", org.trufflejl.runtime.tasks.Strand.cooperative(env.in()), null);
        stderr.flushFirst(stdout);
        stdin.flushFirst(stdout);
        this.interactive = env.getOptions().get(JlLanguage.Interactive);
        this.deferBaseMethods = env.getOptions().get(JlLanguage.DeferBaseMethods);
        this.tasks = new org.trufflejl.runtime.tasks.TaskRuntime(this);
        // Loading a class from a jar initializes the JDK's zip checksums; run from the AOT cache
        // (bin/jl --fast-start) that can first happen while a stack overflow is being turned into
        // Julia's StackOverflowError, where the initializer itself overflows and leaves the class
        // unusable for the rest of the run (NoClassDefFoundError instead of the error). So now.
        new java.util.zip.CRC32().update(0);
    }

    /** The thread running top-level code (scripts, REPL input): where Ctrl-C raises InterruptException. */
    private volatile Thread mainThread;

    public void noteMainThread() {
        if (mainThread == null) {
            mainThread = Thread.currentThread();
        }
    }

    /**
     * Ctrl-C: raise {@code InterruptException} in the main thread at its next safepoint (loop
     * back-edge or call), so guest code can catch it like Julia code can.
     */
    @TruffleBoundary
    public void interruptMainThread() {
        Thread t = mainThread;
        if (t == null) {
            return;
        }
        env.submitThreadLocal(new Thread[]{t}, new com.oracle.truffle.api.ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                throw new JlException(JlStructObject.of(Types.InterruptException), access.getLocation());
            }
        });
    }

    public static JlContext get(Node node) {
        return REFERENCE.get(node);
    }

    /**
     * The stack trace of the last error that left a program run by the launcher or an embedder:
     * its frames' lines and where its outermost top-level statement was ("" if none).
     */
    public volatile String[] uncaughtBacktrace;

    /** Whether Base's docstrings (stdlib/Base/docstrings.jl) are loaded: on the first documentation query. */
    public volatile boolean baseDocsLoaded;
    /** The standard library modules loaded so far (by {@code using}, or by Base for documentation), by name. */
    public final java.util.concurrent.ConcurrentHashMap<String, JlModule> loadedStdlibs = new java.util.concurrent.ConcurrentHashMap<>();
    /** The programs evaluated so far, by the file name their line markers carry (see {@code Toplevel.eval}). */
    public final java.util.concurrent.ConcurrentHashMap<String, com.oracle.truffle.api.source.Source> programSources = new java.util.concurrent.ConcurrentHashMap<>();
    /** Assignments to {@code ENV} (a value, or nothing for a deleted name) over the process environment. */
    public final java.util.concurrent.ConcurrentHashMap<String, Object> environmentChanges = new java.util.concurrent.ConcurrentHashMap<>();

    /** The environment variable as {@code ENV} sees it: a string, or nothing when it is not set. */
    @TruffleBoundary
    public Object getenv(String name) {
        Object changed = environmentChanges.get(name);
        if (changed != null) {
            return changed;
        }
        String v = env.getEnvironment().get(name);
        return v == null ? JlNothing.INSTANCE : JlString.of(v);
    }

    /** The names {@code ENV} has, sorted. */
    @TruffleBoundary
    public java.util.List<String> environmentNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(env.getEnvironment().keySet());
        for (var e : environmentChanges.entrySet()) {
            if (e.getValue() == JlNothing.INSTANCE) {
                names.remove(e.getKey());
            } else {
                names.add(e.getKey());
            }
        }
        return new java.util.ArrayList<>(names);
    }

    /** Binds the built-in types and modules; the language then loads Base on top. */
    public void initialize() {
        for (Map.Entry<String, JlType> e : Types.builtinTypes().entrySet()) {
            // const, as in Julia: compiled code folds `Float32(x)`, `x % UInt8` to the type itself
            defineConst(core, e.getKey(), e.getValue());
            core.export(Symbol.of(e.getKey()));
        }
        defineConst(core, "Core", core);
        defineConst(core, "TypeName", Types.TypeNameT);
        defineConst(core, "SimpleVector", Types.SimpleVectorT);
        defineConst(core, "TypeofBottom", Types.TypeofBottomT);
        defineConst(core, "Base", base);
        defineConst(core, "Main", main);
        defineConst(core, "nothing", JlNothing.INSTANCE);
        defineConst(core, "Int", Types.Int64);
        defineConst(core, "UInt", Types.UInt64T);
        defineConst(core, "stdout", stdout);
        defineConst(core, "stderr", stderr);
        defineConst(core, "stdin", stdin);
        base.addUsing(core);
        main.addUsing(core);
        main.addUsing(base);
        String[] args = env.getApplicationArguments();
        JlString[] argStrings = new JlString[args.length];
        for (int i = 0; i < args.length; i++) {
            argStrings[i] = JlString.of(args[i]);
        }
        defineConst(core, "ARGS", JlArray.vector(Types.String, argStrings, args.length));
        defineConst(core, "PROGRAM_FILE", JlString.of(env.getOptions().get(JlLanguage.ProgramFile)));
    }

    public static void defineConst(JlModule m, String name, Object value) {
        Binding b = m.ownBinding(Symbol.of(name));
        b.value = value;
        b.isConst = true;
    }

    /** The generic function {@code name} of module {@code m}, created if it does not exist yet. */
    @TruffleBoundary
    public static JlFunction functionIn(JlModule m, Symbol name) {
        Binding b = m.ownBinding(name);
        synchronized (b) {
            if (b.value instanceof JlFunction f) {
                return f;
            }
            if (b.value != null) {
                throw Errors.error("cannot define function " + name.name + "; it already has a value", null);
            }
            JlFunction f = new JlFunction(new MethodTable(name, m));
            b.value = f;
            b.isConst = true;
            return f;
        }
    }

    /** Calls a guest function from Java (slow path: printing, error display, iteration helpers). */
    @TruffleBoundary
    public Object call(JlFunction f, Object... positional) {
        Object[] frameArgs = new Object[positional.length + 2];
        frameArgs[0] = f;
        System.arraycopy(positional, 0, frameArgs, 2, positional.length);
        JlType[] types = new JlType[positional.length];
        for (int i = 0; i < positional.length; i++) {
            types[i] = Types.dispatchTypeOf(positional[i]);
        }
        Method m = f.table.lookup(types);
        if (m == null || m == MethodTable.AMBIGUOUS) {
            throw new JlException(Errors.methodErrorValue(f, positional), null);
        }
        return m.callTarget().call(frameArgs);
    }

    /** Files open for writing, whose buffered bytes go out at exit if the program never closes them. */
    public final java.util.Set<JlIO> openFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @TruffleBoundary
    public void flushOpenFiles() {
        for (JlIO io : openFiles) {
            io.flush();
        }
    }

    /** Runs Base's atexit hooks (once: Base empties its list); nothing if Base never loaded. */
    @TruffleBoundary
    public void runAtExitHooks(int exitCode) {
        Binding b = base == null ? null : base.resolve(Symbol.of("_run_atexit"));
        if (b != null && b.value instanceof JlFunction f) {
            call(f, (long) exitCode);
        }
    }

    @TruffleBoundary
    public Object callBase(String name, Object... positional) {
        Binding b = base.resolve(Symbol.of(name));
        if (b == null || !(b.value instanceof JlFunction f)) {
            throw new IllegalStateException("Base." + name + " is not defined");
        }
        return call(f, positional);
    }

    /**
     * Whether Main sees the binding {@code name} of module {@code m} under that name (defined in
     * Main, or brought in by using/import), or {@code m} is Main, Base or Core: then a type of
     * {@code m} prints without its module. Outside a context thread, names print unqualified.
     */
    @TruffleBoundary
    public static boolean isVisibleFromMain(JlModule m, Symbol name) {
        JlContext context;
        try {
            context = get(null);
        } catch (RuntimeException e) {
            return true;    // no context entered on this thread
        }
        if (context == null || m == context.main || m == context.base || m == context.core) {
            return true;
        }
        Binding own = m.existingOwnBinding(name);
        return own != null && context.main.lookup(name) == own;
    }

    /** The text Julia's {@code showerror} gives for a thrown value; never throws. */
    @TruffleBoundary
    public String showErrorMessage(Object exception) {
        try {
            return callBase("_showerror_string", exception).toString();
        } catch (JlException e) {
            return "error while showing an error (" + Types.typeOf(exception).show() + ")";
        } catch (RuntimeException | Error e) {
            // Base not loaded yet, or the context is being cancelled (a limit, close) while the
            // host builds its exception: the message must not turn into a second failure
            return rawErrorMessage(exception);
        }
    }

    /**
     * What an uncaught {@code exception} prints through a 3-argument {@code showerror(io, e, bt)}
     * method of the program's own (Julia's display_error calls that method, which then decides
     * whether and how the stack trace {@code bt} follows); null when Base's methods print it.
     */
    @TruffleBoundary
    public String showErrorWithOwnMethod(Object exception, JlException thrown) {
        try {
            Object frames = org.trufflejl.builtins.Builtins.frameTuples(org.trufflejl.nodes.Backtrace.entries(thrown));
            Object text = callBase("_own_showerror_text", exception, frames);
            return text instanceof JlNothing ? null : text.toString();
        } catch (JlException e) {
            return "error while showing an error (" + Types.typeOf(exception).show() + ")";
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    /** The error's type and fields, for when Base cannot show it (a Base that failed to load). */
    private static String rawErrorMessage(Object exception) {
        StringBuilder sb = new StringBuilder(Types.typeOf(exception).show());
        if (exception instanceof JlStructObject s) {
            for (int i = 0; i < s.fieldCount(); i++) {
                sb.append(i == 0 ? ": " : ", ").append(s.getField(i));
            }
        }
        return sb.toString();
    }

    /** Module and file of the top-level statement running on this thread ({@code include}, {@code @__MODULE__}). */
    private final ThreadLocal<ArrayDeque<Object[]>> toplevel = ThreadLocal.withInitial(ArrayDeque::new);

    public void enterToplevel(JlModule module, String file) {
        toplevel.get().addLast(new Object[]{module, file});
    }

    public void leaveToplevel() {
        toplevel.get().pollLast();
    }

    public JlModule currentModule() {
        Object[] top = toplevel.get().peekLast();
        return top == null ? main : (JlModule) top[0];
    }

    public String currentFile() {
        Object[] top = toplevel.get().peekLast();
        return top == null ? null : (String) top[1];
    }

    public void pushHandled(JlException e) {
        handling.get().addLast(e);
    }

    public void popHandled() {
        handling.get().pollLast();
    }

    public JlException currentHandled() {
        return handling.get().peekLast();
    }
}
