package org.trufflejl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.trufflejl.lowering.Lowering;
import org.trufflejl.parser.Expr;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.parser.QuoteNode;
import org.trufflejl.parser.SyntaxImage;
import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

/**
 * Runs top-level code: each statement is lowered and run before the next is lowered, as in
 * Julia; module, using, import and export statements act on modules directly; files come in
 * through {@code include} and the standard library from class-path resources.
 */
public final class Toplevel {

    private Toplevel() {
    }

    /** Runs one more of Base's files (loaded on demand, such as its docstrings) in Base. */
    @TruffleBoundary
    public static void loadBaseFile(JlContext context, String file) {
        Source src = resourceSource("Base/" + file);
        evalProgram(context, context.base, parseStdlib(src), src);
    }

    /** Loads Base (stdlib/Base/Base.jl and what it includes) into the context's Base module. */
    public static void loadStdlib(JlContext context) {
        Source base = resourceSource("Base/Base.jl");
        evalProgram(context, context.base, parseStdlib(base), base);
    }

    /**
     * A standard library file's syntax tree: from the image the build wrote beside it
     * ({@link SyntaxImage}), or parsed when there is none or it was made from other text.
     */
    private static Expr parseStdlib(Source src) {
        try {
            byte[] image = StdlibFiles.read(src.getName() + SyntaxImage.SUFFIX);
            if (image != null) {
                Expr tree = SyntaxImage.read(image, src.getCharacters().toString());
                if (tree != null) {
                    return tree;
                }
            }
        } catch (IOException e) {
            // parsed below
        }
        return JlLanguage.parseSource(src);
    }

    @TruffleBoundary
    static Source resourceSource(String path) {
        String text = resourceText(path);
        if (text == null) {
            throw new IllegalStateException("TruffleJL standard library file " + path
                            + " is missing from the class path (is trufflejl-stdlib.jar on it?)");
        }
        return Source.newBuilder(JlLanguage.ID, text, path).internal(path.startsWith("Base/")).build();
    }

    /** A standard library resource's text, null when there is none. */
    private static String resourceText(String path) {
        try {
            byte[] bytes = StdlibFiles.read(path);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read standard library file " + path, e);
        }
    }

    @TruffleBoundary
    public static Object evalProgram(JlContext context, JlModule module, Expr program, Source source) {
        return evalProgram(context, module, program, source, false);
    }

    /**
     * Runs a program's statements; for an included file ({@code asInclude}), an error leaving a
     * statement becomes a {@code LoadError(file, line, error)} with the statement's line and the
     * error's stack trace, as Julia's {@code include_string} rethrows it (an interrupt stays one).
     */
    private static Object evalProgram(JlContext context, JlModule module, Expr program, Source source, boolean asInclude) {
        String file = JlLanguage.displayName(source);
        context.programSources.put(file, source);
        Object result = JlNothing.INSTANCE;
        context.enterToplevel(module, file);
        int line = 0;
        try {
            for (Object stmt : program.args()) {
                if (stmt instanceof LineNumberNode l) {
                    line = l.line;
                    continue;
                }
                try {
                    long start = StartupTrace.ENABLED ? StartupTrace.now() : 0;
                    result = evalStatement(context, module, stmt, source);
                    if (StartupTrace.ENABLED) {
                        StartupTrace.statement(file, line, StartupTrace.now() - start);
                    }
                } catch (org.trufflejl.runtime.JlException e) {
                    if (!asInclude || Types.typeOf(e.value) == Types.InterruptException) {
                        throw e;
                    }
                    throw org.trufflejl.runtime.JlException.wrapping(e, Errors.loadError(file, line, e.value));
                } catch (org.trufflejl.runtime.JlSyntaxError e) {
                    if (!asInclude) {
                        throw e;
                    }
                    throw new org.trufflejl.runtime.JlException(Errors.loadError(file, line, metaParseError(context, e.getMessage())), null);
                }
            }
        } finally {
            context.leaveToplevel();
        }
        return result;
    }

    /**
     * A file evaluated as Julia's {@code include} evaluates it: the statements before the first
     * that does not parse run, and an error leaving the file is a {@code LoadError}.
     */
    @TruffleBoundary
    public static Object evalFile(JlContext context, JlModule module, Source source) {
        Expr program;
        try {
            program = JlLanguage.parseFile(source);
        } catch (org.trufflejl.runtime.JlSyntaxError e) {
            throw new org.trufflejl.runtime.JlException(Errors.loadError(JlLanguage.displayName(source), e.parseError().line, metaParseError(context, e.getMessage())), null);
        }
        // a parsed file, even one an eval includes: its lowering failures are internal errors
        boolean fromEval = LOWERING_BUILT_CODE.get();
        LOWERING_BUILT_CODE.set(false);
        try {
            return evalProgram(context, module, program, source, true);
        } finally {
            LOWERING_BUILT_CODE.set(fromEval);
        }
    }


    @TruffleBoundary
    public static Object evalStatement(JlContext context, JlModule module, Object stmt, Source source) {
        if (stmt instanceof Expr e) {
            switch (e.head.name) {
                case "toplevel":
                    return evalProgram(context, module, e, source);
                case "module":
                    return evalModule(context, module, e, source);
                case "using":
                    for (Object path : e.args()) {
                        using(context, module, path);
                    }
                    return JlNothing.INSTANCE;
                case "import":
                    for (Object path : e.args()) {
                        importPath(context, module, path);
                    }
                    return JlNothing.INSTANCE;
                case "export":
                    for (Object name : e.args()) {
                        module.export((Symbol) name);
                    }
                    return JlNothing.INSTANCE;
                case "error", "incomplete":
                    // where a program stops parsing (JlLanguage.parseFile, Meta.parseall): as
                    // Julia's top level, a message is a syntax error, anything else is thrown
                    if (e.nargs() == 1) {
                        Object x = e.arg(0);
                        if (x instanceof org.trufflejl.runtime.JlSyntaxError syntax) {
                            throw syntax;
                        }
                        if (x instanceof String || x instanceof org.trufflejl.runtime.JlString) {
                            throw Errors.error("syntax: " + x, null);
                        }
                        throw new org.trufflejl.runtime.JlException(x, null);
                    }
                    break;
                case "macrocall":
                    if (e.nargs() > 0 && e.arg(0) instanceof Symbol m && m.name.equals("@doc") && documentsModule(e)) {
                        Expr mod = (Expr) e.arg(e.nargs() - 1);
                        Object result = evalModule(context, module, mod, source);
                        Object doc = e.arg(e.nargs() - 2);
                        if (doc instanceof String text) {
                            org.trufflejl.runtime.Docs.set(module, (Symbol) mod.arg(1), text);
                        }
                        return result;
                    }
                    break;
                default:
                    break;
            }
        }
        if (source.isInternal() && context.deferBaseMethods && deferDefinition(context, module, stmt, source)) {
            return JlNothing.INSTANCE;
        }
        org.trufflejl.nodes.FunctionRootNode code;
        Lowering lowering = new Lowering(context.language, context, module, source);
        try {
            code = lowering.lowerToplevel(stmt);
        } catch (org.trufflejl.runtime.JlException e) {
            // no frame has run yet: the stack trace names the statement, as Julia's does
            if (stmt instanceof Expr ex && ex.line > 0) {
                e.noteLoweringSite((source.getPath() != null ? source.getPath() : source.getName()) + ":" + ex.line);
            }
            throw e;
        } catch (IndexOutOfBoundsException | ClassCastException | NullPointerException e) {
            if (!LOWERING_BUILT_CODE.get()) {
                throw e; // parsed code: an internal error, reported as one
            }
            // an Expr built by the program (eval(Expr(:call))) that no parse gives
            throw Errors.error("syntax: malformed expression", null);
        }
        if (lowering.definesDeferredMethods()) {
            // one of Base's 2,000 plain function definitions: its signature's types evaluated and
            // its methods added without a call target of its own (docs/internals.md)
            return code.executeDetached();
        }
        return code.getCallTarget().call();
    }

    /**
     * A plain method definition of Base's ({@code f(x::T) = ...}, {@code function f(...) ...
     * end}) for a function this module already has: registered with the function, and lowered
     * and added when the function is first used (a call, a lookup, a listing of its methods, a
     * further method). At start-up that spares the lowering and adding of most of Base's 5,600
     * methods (docs/internals.md, "Base's methods on first use"). A new name's function is made
     * at once; definitions under a macro (a docstring is recorded at once), of a qualified name
     * or of a type's constructor are made at once.
     */
    private static boolean deferDefinition(JlContext context, JlModule module, Object stmt, Source source) {
        String doc = null;
        Object definition = stmt;
        if (stmt instanceof Expr m && m.is("macrocall") && m.nargs() == 4 && m.arg(0) == Symbol.of("@doc") && m.arg(2) instanceof String text) {
            doc = text;   // "text" f(x) = ...: the text is recorded now, as a docstring without a definition is
            definition = m.arg(3);
        }
        if (!Lowering.isPlainFunctionDefinition(definition)) {
            return false;
        }
        Object signature = ((Expr) definition).arg(0);
        while (signature instanceof Expr e && (e.is("where") || e.is("::")) && e.nargs() >= 1) {
            signature = e.arg(0);
        }
        if (!(signature instanceof Expr call && call.is("call") && call.nargs() >= 1 && call.arg(0) instanceof Symbol name)) {
            return false;
        }
        // the function the definition would add to (MethodDefNode.define): this module's
        // binding's, or a new one, made now, when the name is new here and names no type
        org.trufflejl.runtime.JlFunction f;
        Binding b = module.existingOwnBinding(name);
        if (b != null) {
            if (!(b.value instanceof org.trufflejl.runtime.JlFunction own)) {
                return false;
            }
            f = own;
        } else {
            Binding visible = module.lookup(name);
            if (visible != null && (visible.value instanceof org.trufflejl.runtime.types.DataType || visible.value instanceof org.trufflejl.runtime.types.UnionAll
                            || visible.value instanceof org.trufflejl.runtime.JlFunction && module.usesImported(name))) {
                return false;   // a constructor, or an error the lowering reports (Lowering.checkNotExtendingImplicitly)
            }
            f = JlContext.functionIn(module, name);
        }
        if (!f.table.mayDefer()) {
            return false;   // called already: defined now, as its call sites expect (MethodTable.mayDefer)
        }
        if (doc != null) {
            org.trufflejl.runtime.Docs.set(module, name, doc);
        }
        StartupTrace.deferred++;
        Object deferred = definition;
        f.table.defer(() -> {
            StartupTrace.definedOnFirstUse++;
            Lowering lowering = new Lowering(context.language, context, module, source);
            lowering.lowerToplevel(deferred).executeDetached();
        }, context.firstUseDefinitions);
        return true;
    }

    /**
     * {@code Core.eval(m, ex)}. A quoted expression is lowered against the program text it was
     * quoted from, found by the file its line markers name, so that its functions' stack frames
     * show that file and line, as Julia's do; and a quote of Base's is Base code (its methods'
     * bodies lowered on first call). Other expressions (built with {@code Expr}, parsed from a
     * string) get their printed form as text.
     */
    @TruffleBoundary
    public static Object eval(JlContext context, JlModule module, Object ex) {
        Source source = quotedFrom(context, ex);
        if (source == null) {
            source = Source.newBuilder(JlLanguage.ID, org.trufflejl.parser.ExprPrinter.toSource(ex), "none").build();
        }
        boolean outer = LOWERING_BUILT_CODE.get();
        LOWERING_BUILT_CODE.set(true);
        try {
            return evalStatement(context, module, ex, source);
        } finally {
            LOWERING_BUILT_CODE.set(outer);
        }
    }

    /** Whether the statement being lowered on this thread came from eval (built, not parsed, maybe malformed). */
    private static final ThreadLocal<Boolean> LOWERING_BUILT_CODE = ThreadLocal.withInitial(() -> false);

    /**
     * The evaluated program an expression was quoted from: the one its first line marker names,
     * if its first position (code built by interpolation has none) agrees with that text.
     */
    private static Source quotedFrom(JlContext context, Object ex) {
        LineNumberNode marker = firstLineMarker(ex, 0);
        Source source = marker == null || marker.file == null ? null : context.programSources.get(marker.file);
        if (source == null || !source.hasCharacters() || marker.line > source.getLineCount()) {
            return null;
        }
        Expr positioned = firstPositioned(ex, 0);
        if (positioned != null && (positioned.endOffset > source.getLength() || source.getLineNumber(positioned.startOffset) != positioned.line)) {
            return null;
        }
        return source;
    }

    /** Depth of the search for a marker or a position: a quoted statement has them near its root. */
    private static final int SEARCH_DEPTH = 4;

    private static LineNumberNode firstLineMarker(Object o, int depth) {
        if (o instanceof LineNumberNode l) {
            return l;
        }
        if (o instanceof Expr e && depth < SEARCH_DEPTH) {
            for (Object a : e.args()) {
                LineNumberNode found = firstLineMarker(a, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Expr firstPositioned(Object o, int depth) {
        if (o instanceof Expr e) {
            if (e.endOffset > e.startOffset && e.line > 0) {
                return e;
            }
            if (depth < SEARCH_DEPTH) {
                for (Object a : e.args()) {
                    Expr found = firstPositioned(a, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static boolean documentsModule(Expr doc) {
        return doc.arg(doc.nargs() - 1) instanceof Expr d && d.is("module");
    }

    private static Object evalModule(JlContext context, JlModule parent, Expr e, Source source) {
        if (e.nargs() != 3 || !(e.arg(2) instanceof Expr body && body.is("block"))) {
            throw Errors.error("syntax: malformed module expression", null);
        }
        boolean bare = Boolean.FALSE.equals(e.arg(0));
        if (!(e.arg(1) instanceof Symbol name)) {
            throw org.trufflejl.runtime.Errors.error("syntax: invalid module name \"" + org.trufflejl.parser.ExprPrinter.toSource(e.nargs() > 1 ? e.arg(1) : e) + "\"", null);
        }
        Binding old = parent.existingOwnBinding(name);
        if (old != null && old.value != null) {
            if (!(old.value instanceof JlModule)) {
                throw Errors.invalidConstantRedefinition(parent, name, null);
            }
            context.stderr.write("WARNING: replacing module " + name.name + ".\n");
            context.stderr.flush();
        }
        JlModule m = new JlModule(name, parent);
        JlContext.defineConst(parent, name.name, m);
        JlContext.defineConst(m, name.name, m);
        m.addUsing(context.core);
        if (!bare) {
            m.addUsing(context.base);
            org.trufflejl.builtins.Builtins.defineModuleEvalInclude(context.language, m);
        }
        evalProgram(context, m, (Expr) e.arg(2), source);
        // as Julia, a module's __init__ runs once its body has
        Binding init = m.existingOwnBinding(Symbol.of("__init__"));
        if (init != null && init.value instanceof org.trufflejl.runtime.JlFunction f) {
            // (through Base's _run_module_init, which makes what it throws an InitError)
            Binding run = context.base.existingOwnBinding(Symbol.of("_run_module_init"));
            try {
                if (run != null && run.value instanceof org.trufflejl.runtime.JlFunction r) {
                    context.call(r, name, f);
                } else {
                    context.call(f);
                }
            } catch (org.trufflejl.runtime.JlException err) {
                // (called from here, not from a statement's code: the module's statement is where it stood)
                if (e.line > 0) {
                    err.noteLoweringSite((source.getPath() != null ? source.getPath() : source.getName()) + ":" + e.line);
                }
                throw err;
            }
        }
        return m;
    }

    /** {@code using .M: a, b} and {@code import .M: a, b as c}: binds the listed names. Returns false for other forms. */
    private static boolean importNames(JlContext context, JlModule module, Object path) {
        if (!(path instanceof Expr e && e.is(":"))) {
            return false;
        }
        JlModule from = resolveModule(context, module, (Expr) e.arg(0));
        for (int i = 1; i < e.nargs(); i++) {
            bindImported(module, from, (Expr) e.arg(i));
        }
        return true;
    }

    /** {@code using A.B}, {@code using .M}, {@code using .M: a, b}. */
    private static void using(JlContext context, JlModule module, Object path) {
        if (importNames(context, module, path)) {
            return;
        }
        JlModule m = resolveModule(context, module, (Expr) path);
        module.addUsing(m);
        JlContext.defineConst(module, m.name.name, m);
    }

    /** {@code import A}, {@code import .M: f}, {@code import Base: +, show}, {@code import .M: f as g}. */
    private static void importPath(JlContext context, JlModule module, Object path) {
        if (importNames(context, module, path)) {
            return;
        }
        Expr p = (Expr) path;
        if (p.is("as")) {
            JlModule m = resolveModule(context, module, (Expr) p.arg(0));
            JlContext.defineConst(module, ((Symbol) p.arg(1)).name, m);
            return;
        }
        // import A.B.f where f is not a module binds f; otherwise binds the module
        try {
            JlModule m = resolveModule(context, module, p);
            JlContext.defineConst(module, m.name.name, m);
        } catch (RuntimeException notModule) {
            Object[] parts = p.args();
            if (parts.length < 2 || parts[parts.length - 2] instanceof Symbol dot && dot.name.equals(".")) {
                throw notModule; // import Foo, import .Foo: no module holds the name
            }
            Expr prefix = new Expr(".", java.util.Arrays.copyOf(parts, parts.length - 1));
            JlModule from = resolveModule(context, module, prefix);
            bindImported(module, from, new Expr(".", parts[parts.length - 1]));
        }
    }

    private static void bindImported(JlModule module, JlModule from, Expr item) {
        Symbol as = null;
        Expr name = item;
        if (item.is("as")) {
            name = (Expr) item.arg(0);
            as = (Symbol) item.arg(1);
        }
        Symbol s = (Symbol) name.arg(name.nargs() - 1);
        Binding b = from.resolve(s);
        if (b == null) {
            if (from.existingOwnBinding(s) == null) {
                // Julia creates the binding in the source module; a later definition fills it.
                b = from.ownBinding(s);
            } else {
                b = from.existingOwnBinding(s);
            }
        }
        module.importBinding(as != null ? as : s, b);
    }

    /** Resolves {@code (. . M)} (relative), {@code (. Base)}, {@code (. A B)}; loads stdlib modules on demand. */
    private static JlModule resolveModule(JlContext context, JlModule module, Expr path) {
        int i = 0;
        JlModule m = null;
        while (i < path.nargs() && path.arg(i) instanceof Symbol s && s.name.equals(".")) {
            m = m == null ? module : (m.parent != null ? m.parent : m);
            i++;
        }
        for (; i < path.nargs(); i++) {
            Symbol s = (Symbol) (path.arg(i) instanceof QuoteNode q ? q.value : path.arg(i));
            if (m == null) {
                m = topModule(context, module, s);
            } else {
                Binding b = m.resolve(s);
                if (b == null || !(b.value instanceof JlModule sub)) {
                    throw Errors.undefVar(s, null);
                }
                m = sub;
            }
        }
        if (m == null) {
            throw Errors.error("invalid module path", null);
        }
        return m;
    }

    private static JlModule topModule(JlContext context, JlModule from, Symbol s) {
        switch (s.name) {
            case "Main":
                return context.main;
            case "Base":
                return context.base;
            case "Core":
                return context.core;
            default:
                break;
        }
        Binding b = context.main.existingOwnBinding(s);
        if (b != null && b.value instanceof JlModule m) {
            return m;
        }
        Binding inBase = context.base.resolve(s);
        if (inBase != null && inBase.value instanceof JlModule m) {
            return m;
        }
        return loadStdlibModule(context, s);
    }

    /**
     * A standard library Base itself needs (Markdown, for {@code @doc}): the one {@code using}
     * loaded, else loaded now into Base (so {@code Main} gets no binding, and a later
     * {@code using Markdown} finds this one through Base).
     */
    @TruffleBoundary
    public static JlModule stdlibModule(JlContext context, Symbol s) {
        JlModule loaded = context.loadedStdlibs.get(s.name);
        if (loaded != null) {
            return loaded;
        }
        synchronized (context) {
            loaded = context.loadedStdlibs.get(s.name);
            if (loaded != null) {
                return loaded;
            }
            Source src = resourceSource(s.name + "/" + s.name + ".jl");
            evalProgram(context, context.base, parseStdlib(src), src);
            Binding b = context.base.existingOwnBinding(s);
            if (b == null || !(b.value instanceof JlModule m)) {
                throw Errors.error("stdlib file for " + s.name + " does not define module " + s.name, null);
            }
            m.markRoot();
            context.loadedStdlibs.put(s.name, m);
            return m;
        }
    }

    /** {@code using Test}: stdlib/Test/Test.jl defines module Test, evaluated into Main once. */
    private static JlModule loadStdlibModule(JlContext context, Symbol s) {
        Source src;
        try {
            src = resourceSource(s.name + "/" + s.name + ".jl");
        } catch (IllegalStateException e) {
            return loadFromLoadPath(context, s);
        }
        evalProgram(context, context.main, parseStdlib(src), src);
        Binding b = context.main.existingOwnBinding(s);
        if (b == null || !(b.value instanceof JlModule m)) {
            throw Errors.error("stdlib file for " + s.name + " does not define module " + s.name, null);
        }
        m.markRoot();
        context.loadedStdlibs.put(s.name, m);
        return m;
    }

    /**
     * {@code using Foo} of a module that is not a standard library: as Julia does for a directory
     * in {@code LOAD_PATH}, the first {@code dir/Foo.jl} or {@code dir/Foo/src/Foo.jl}, which must
     * define module Foo; loaded once, into Main. ({@code @}-entries name environments, which
     * TruffleJL does not have.)
     */
    private static JlModule loadFromLoadPath(JlContext context, Symbol s) {
        Binding lp = context.base.existingOwnBinding(Symbol.of("LOAD_PATH"));
        if (lp != null && lp.value instanceof org.trufflejl.runtime.JlArray dirs) {
            for (int i = 0; i < dirs.length; i++) {
                String dir = String.valueOf(dirs.get(i));
                if (dir.startsWith("@")) {
                    continue;
                }
                for (String candidate : new String[]{s.name + ".jl", s.name + "/src/" + s.name + ".jl"}) {
                    TruffleFile f;
                    try {
                        f = context.env.getPublicTruffleFile(dir).resolve(candidate);
                        if (!f.isRegularFile()) {
                            continue;
                        }
                    } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                        continue;
                    }
                    Source src;
                    try {
                        src = Source.newBuilder(JlLanguage.ID, f).build();
                    } catch (IOException | SecurityException e) {
                        throw Errors.error("could not open file " + f.getPath(), null);
                    }
                    evalFile(context, context.main, src);
                    Binding b = context.main.existingOwnBinding(s);
                    if (b == null || !(b.value instanceof JlModule m)) {
                        throw Errors.error("package `" + s.name + "` did not define the expected module `" + s.name + "`, check for typos in package module name", null);
                    }
                    return m;
                }
            }
        }
        throw Errors.argumentError("Package " + s.name + " not found in current path.", null);
    }

    /**
     * {@code _include_lazily(file)} in Base.jl: the Base file is parsed now (or was, ahead) but
     * runs only when a name it defines is first looked up. Only names not yet bound in Base can
     * trigger it; a file qualifies when each method it adds to an existing function mentions a
     * type of its own (LazyBaseTest checks this), so nothing it defines is reachable before.
     */
    @TruffleBoundary
    public static void includeLazily(JlContext context, String file) {
        JlModule base = context.base;
        LazyBaseFiles lazy = (LazyBaseFiles) base.lazyDefinitions();
        if (lazy == null) {
            lazy = new LazyBaseFiles(context);
            base.setLazyDefinitions(lazy);
        }
        // the names the build found (StdlibBuild); the file itself is read when it loads
        String namesText = resourceText("Base/" + file + StdlibBuild.NAMES_SUFFIX);
        java.util.List<String> names = namesText == null ? java.util.List.of() : namesText.lines().toList();
        if (!names.isEmpty()) {
            java.util.List<Symbol> defined = new java.util.ArrayList<>();
            for (String n : names.subList(1, names.size())) {
                defined.add(Symbol.of(n));
            }
            lazy.add(new LazyBaseFiles.LazyFile(file, names.get(0)), defined);
            return;
        }
        Source src = resourceSource("Base/" + file);
        Expr program = parseStdlib(src);
        lazy.add(new LazyBaseFiles.LazyFile(file, src, program), definedNames(program, file, new java.util.LinkedHashSet<>()));
    }

    /** Base's files waiting for the first use of one of their names. */
    public static final class LazyBaseFiles implements JlModule.LazyDefinitions {
        /**
         * A pending file: its text and tree when registering needed them, else the stamp of
         * the text the build took its names from ({@link StdlibBuild#textStamp}).
         */
        private record LazyFile(String name, Source source, Expr program, String stamp) {
            LazyFile(String name, Source source, Expr program) {
                this(name, source, program, null);
            }

            LazyFile(String name, String stamp) {
                this(name, null, null, stamp);
            }
        }

        private final JlContext context;
        /** Pending files by the new names they define. */
        private final ConcurrentHashMap<Symbol, LazyFile> byName = new ConcurrentHashMap<>();

        LazyBaseFiles(JlContext context) {
            this.context = context;
        }

        void add(LazyFile f, Iterable<Symbol> defined) {
            for (Symbol s : defined) {
                if (isBound(context.base, s) || isBound(context.core, s)) {
                    continue; // a method of an existing function: reachable only through the file's own types
                }
                // a name two files define belongs to the first; the second's methods of it
                // mention the second's own types, which are only reachable through its names
                byName.putIfAbsent(s, f);
            }
        }

        private static boolean isBound(JlModule m, Symbol s) {
            Binding b = m.existingOwnBinding(s);
            return b != null && b.value != null;
        }

        @Override
        public boolean define(Symbol name) {
            LazyFile f = byName.get(name);
            if (f == null) {
                return false;
            }
            load(f);
            return true;
        }

        /** Runs a pending file by its name (tests); whether it was pending. */
        public boolean defineFile(String name) {
            for (LazyFile f : byName.values()) {
                if (f.name.equals(name)) {
                    load(f);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void defineAll() {
            for (LazyFile f : new java.util.ArrayList<>(byName.values())) {
                load(f);
            }
        }

        @Override
        public java.util.Collection<Symbol> pendingNames() {
            return byName.keySet();
        }

        /** The new names a pending file defines (tests). */
        public java.util.List<Symbol> pendingNamesOf(String file) {
            java.util.List<Symbol> out = new java.util.ArrayList<>();
            for (var e : byName.entrySet()) {
                if (e.getValue().name.equals(file)) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        /** The files still pending, in no particular order (tests). */
        public java.util.Set<String> pendingFiles() {
            java.util.Set<String> out = new java.util.TreeSet<>();
            for (LazyFile f : byName.values()) {
                out.add(f.name);
            }
            return out;
        }

        /** Runs the file once, whichever thread asks first; the others wait for it. */
        private void load(LazyFile f) {
            synchronized (context.firstUseDefinitions) {
                loadNow(f);
            }
        }

        private void loadNow(LazyFile f) {
            if (!byName.containsValue(f)) {
                return; // loaded meanwhile (or being loaded by this thread: its own names resolve as it runs)
            }
            byName.values().removeIf(v -> v == f);
            if (f.program != null) {
                evalProgram(context, context.base, f.program, f.source);
                return;
            }
            Source src = resourceSource("Base/" + f.name);
            if (!StdlibBuild.textStamp(src.getCharacters()).equals(f.stamp)) {
                // its names may not be the ones registered: a build went wrong
                throw new IllegalStateException("Base/" + f.name + " is not the text its " + StdlibBuild.NAMES_SUFFIX + " file was made from; rebuild TruffleJL");
            }
            evalProgram(context, context.base, parseStdlib(src), src);
        }
    }

    /**
     * The global names a file's top level defines: functions, macros ({@code @name}), types,
     * constants, variables and modules. Anything else at top level is refused, so that a lazily
     * loaded file cannot do something a name lookup would not trigger.
     */
    static java.util.Set<Symbol> definedNames(Object stmt, String file, java.util.Set<Symbol> out) {
        if (stmt instanceof LineNumberNode || stmt instanceof String) {
            return out;
        }
        if (!(stmt instanceof Expr e)) {
            throw new IllegalStateException(file + ": unexpected top-level " + stmt + " in a lazily loaded file");
        }
        switch (e.head.name) {
            case "toplevel", "block" -> {
                for (Object a : e.args()) {
                    definedNames(a, file, out);
                }
            }
            case "macrocall" -> {
                if (e.arg(0) != Symbol.of("@doc")) {
                    throw new IllegalStateException(file + ": cannot tell what top-level " + e.arg(0) + " defines in a lazily loaded file");
                }
                definedNames(e.arg(e.nargs() - 1), file, out);
            }
            case "function" -> out.add(calleeName(e.arg(0), file));
            case "macro" -> out.add(Symbol.of("@" + calleeName(e.arg(0), file).name));
            case "=" -> out.add(e.arg(0) instanceof Symbol v ? v : calleeName(e.arg(0), file));
            case "const", "global" -> definedNames(e.arg(0), file, out);
            case "struct" -> out.add(typeName(e.arg(1), file));
            case "abstract", "primitive" -> out.add(typeName(e.arg(0), file));
            case "module" -> out.add((Symbol) e.arg(1));
            case "call" -> {
                // _forward_constructors(T): T{...}(args) constructors for a type this file defines
                if (e.arg(0) != Symbol.of("_forward_constructors")) {
                    throw new IllegalStateException(file + ": top-level `call` in a lazily loaded file");
                }
            }
            default -> throw new IllegalStateException(file + ": top-level `" + e.head.name + "` in a lazily loaded file");
        }
        return out;
    }

    private static Symbol calleeName(Object sig, String file) {
        Object callee = sig;
        while (callee instanceof Expr e && (e.is("where") || e.is("::") && e.nargs() == 2 || e.is("call") || e.is("curly"))) {
            callee = e.arg(0);
        }
        if (callee instanceof Expr q && q.is(".") && q.nargs() == 2 && q.arg(0) == Symbol.of("Base") && q.arg(1) instanceof QuoteNode n) {
            callee = n.value;
        }
        if (callee instanceof Symbol s) {
            return s;
        }
        throw new IllegalStateException(file + ": cannot tell what the definition of " + org.trufflejl.parser.ExprPrinter.toSource(sig) + " names");
    }

    private static Symbol typeName(Object spec, String file) {
        Object t = spec;
        while (t instanceof Expr e && (e.is("<:") || e.is("curly"))) {
            t = e.arg(0);
        }
        if (t instanceof Symbol s) {
            return s;
        }
        throw new IllegalStateException(file + ": cannot tell the name of type " + org.trufflejl.parser.ExprPrinter.toSource(spec));
    }

    /** {@code include(path)} relative to the including file. */
    @TruffleBoundary
    public static Object include(JlContext context, JlModule module, String path, String fromFile) {
        Source src;
        if (fromFile != null && !fromFile.startsWith("/") && isResource(fromFile)) {
            String dir = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
            long start = StartupTrace.ENABLED ? StartupTrace.now() : 0;
            src = resourceSource(dir + path);
            Expr program = parseStdlib(src);
            long parsed = StartupTrace.ENABLED ? StartupTrace.now() : 0;
            Object result = evalProgram(context, module, program, src);
            if (StartupTrace.ENABLED) {
                StartupTrace.file(dir + path, start, parsed, StartupTrace.now());
            }
            return result;
        } else {
            try {
                // All file access goes through TruffleFile, so the embedder's IO policy applies.
                TruffleFile base = fromFile == null ? context.env.getCurrentWorkingDirectory()
                                : context.env.getPublicTruffleFile(fromFile).getAbsoluteFile().getParent();
                TruffleFile f = base == null ? context.env.getPublicTruffleFile(path) : base.resolve(path);
                try {
                    src = Source.newBuilder(JlLanguage.ID, f).build();
                } catch (IOException e) {
                    throw org.trufflejl.builtins.FileBuiltins.openingError(null, f.getAbsoluteFile().getPath(), e);
                }
            } catch (SecurityException | UnsupportedOperationException e) {
                throw Errors.error("could not open file " + path, null);
            }
        }
        return evalFile(context, module, src);
    }

    /** A {@code Meta.ParseError} with this message (an {@code ErrorException} before Base defines it). */
    private static Object metaParseError(JlContext context, String message) {
        Binding meta = context.base.existingOwnBinding(Symbol.of("Meta"));
        Binding type = meta != null && meta.value instanceof JlModule m ? m.existingOwnBinding(Symbol.of("ParseError")) : null;
        org.trufflejl.runtime.types.DataType t = type != null && type.value instanceof org.trufflejl.runtime.types.DataType d ? d : org.trufflejl.runtime.types.Types.ErrorException;
        return org.trufflejl.runtime.JlStructObject.of(t, org.trufflejl.runtime.JlString.of(message));
    }

    /**
     * {@code Meta.parseall(text; filename)}: every statement, each after a line marker; where one
     * does not parse, the marker of its line and {@code Expr(:error, e)} (or {@code :incomplete}
     * when more text could complete it) with a {@code Meta.ParseError} end it, as Julia 1.10's do.
     */
    @TruffleBoundary
    public static Expr parseAll(JlContext context, String text, String file) {
        org.trufflejl.parser.Parser.Prefix parsed = new org.trufflejl.parser.Parser(text, file).parseToplevelPrefix();
        org.trufflejl.parser.ParseError error = parsed.error();
        if (error == null) {
            return parsed.statements();
        }
        Source source = Source.newBuilder(JlLanguage.ID, text, file).build();
        Object parseError = metaParseError(context, org.trufflejl.runtime.JlSyntaxError.formatMessage(error, source));
        return JlLanguage.endingWith(parsed, file, new Expr(error.incomplete ? "incomplete" : "error", parseError));
    }

    private static boolean isResource(String file) {
        return StdlibFiles.exists(file);
    }
}
