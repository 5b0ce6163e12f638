package org.trufflejl.lowering;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.trufflejl.JlLanguage;
import org.trufflejl.lowering.FunctionSignature.Param;
import org.trufflejl.lowering.Scopes.Kind;
import org.trufflejl.lowering.Scopes.Lambda;
import org.trufflejl.lowering.Scopes.Scope;
import org.trufflejl.lowering.Scopes.Var;
import org.trufflejl.nodes.AssignTarget;
import org.trufflejl.nodes.BlockNode;
import org.trufflejl.nodes.CallNode;
import org.trufflejl.nodes.CellNodes;
import org.trufflejl.nodes.ConstantNode;
import org.trufflejl.nodes.ControlFlow;
import org.trufflejl.nodes.DataNodes;
import org.trufflejl.nodes.DeclaredTypeNode;
import org.trufflejl.nodes.ForNode;
import org.trufflejl.nodes.FunctionNodes;
import org.trufflejl.nodes.FunctionNodes.MethodShape;
import org.trufflejl.nodes.FunctionRootNode;
import org.trufflejl.nodes.GlobalNodes;
import org.trufflejl.nodes.JlNode;
import org.trufflejl.nodes.LoopNodes;
import org.trufflejl.nodes.ReadArgumentNode;
import org.trufflejl.nodes.ReadLocalNode;
import org.trufflejl.nodes.ReadLocalNodeGen;
import org.trufflejl.nodes.StructNodes;
import org.trufflejl.nodes.TryNode;
import org.trufflejl.nodes.WriteLocalNodeGen;
import org.trufflejl.parser.Expr;
import org.trufflejl.parser.GlobalRef;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.parser.QuoteNode;
import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Turns one top-level statement into Truffle nodes: desugaring ({@link Desugar}), scope
 * resolution ({@link Analyzer}), then code generation here. The result is a call target that
 * runs the statement; definitions inside it take effect when it runs.
 */
public final class Lowering {
    private final JlLanguage language;
    private final JlContext context;
    private final JlModule module;
    private final Source source;
    private final String file;
    private Analyzer analyzer;
    private int anonymousCount;
    /**
     * The numbers Julia's lowering would give this statement's closures, taken from the module's
     * counter when the statement is lowered (bodies themselves are lowered on first call): for a
     * function definition {anonymous function's number, closure type's number}, for a generator
     * {body's number, its type's, filter's number, its type's}; 0 where there is none.
     */
    private final java.util.IdentityHashMap<Expr, int[]> closureNumbers = new java.util.IdentityHashMap<>();
    private Expr position;

    public Lowering(JlLanguage language, JlContext context, JlModule module, Source source) {
        this.language = language;
        this.context = context;
        this.module = module;
        this.source = source;
        this.file = JlLanguage.displayName(source);
    }

    /**
     * A user-defined macro's expansion: the function {@code @name} visible in this module, called
     * on the line, the module and the argument expressions; the macros its expansion calls are
     * expanded in turn, then the whole is made hygienic ({@link Hygiene}). Null when there is no
     * such macro.
     */
    private Object expandUserMacro(String name, Object ref, org.trufflejl.parser.LineNumberNode where, List<Object> args, boolean oneLevel) {
        MacroExpansion x = runMacro(module, name, ref, where, args);
        if (x == null) {
            return null;
        }
        Object form = expandInnerMacros(x.form, oneLevel ? null : new MacroContext(x.module, new MacroContext(module, null)));
        return Hygiene.resolve(form, x.module, context::nextHygieneName);
    }

    /** A macro's raw result and the module the macro was written in. */
    private record MacroExpansion(Object form, org.trufflejl.runtime.JlModule module) {
    }

    /** Where the macros an expansion calls are looked up: the expansion's macro module; escaped parts, the enclosing one's. */
    private record MacroContext(org.trufflejl.runtime.JlModule module, MacroContext outer) {
    }

    /** Runs macro {@code name} (as {@code ref} names it, seen from {@code from}); null when there is none. */
    private MacroExpansion runMacro(org.trufflejl.runtime.JlModule from, String name, Object ref, org.trufflejl.parser.LineNumberNode where, List<Object> args) {
        // M.@m (or A.B.@m): the macro of that module
        // (a GlobalRef names its module: Expr(:macrocall, GlobalRef(Base, Symbol("@show")), ...))
        org.trufflejl.runtime.JlModule owner = ref instanceof Expr q && q.is(".") ? moduleAt(from, q.arg(0))
                        : ref instanceof org.trufflejl.parser.GlobalRef g ? g.module : from;
        if (owner == null) {
            return null;
        }
        org.trufflejl.runtime.Binding b = owner.lookup(Symbol.of(name));
        if (b == null || !(b.value instanceof org.trufflejl.runtime.JlFunction f)) {
            return null;
        }
        Object[] callArgs = new Object[args.size() + 2];
        callArgs[0] = where;
        callArgs[1] = module;
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            callArgs[i + 2] = a instanceof String str ? org.trufflejl.runtime.JlString.of(str) : a;
        }
        return new MacroExpansion(context.call(f, callArgs), f.table.module != null ? f.table.module : owner);
    }

    /**
     * A macro's result with the user macros it calls expanded, each expansion marked
     * {@code (hygienic-scope form module)} for {@link Hygiene}; strings back to the parser's form.
     * Built-in macros stay: {@link Desugar} expands them after. With no context (@macroexpand1),
     * no macro is expanded.
     */
    private Object expandInnerMacros(Object o, MacroContext ctx) {
        if (o instanceof org.trufflejl.runtime.JlString str) {
            return str.toString();
        }
        if (!(o instanceof Expr e) || e.is("inert") || e.is("module")) {
            return o;
        }
        if (e.is("quote")) {
            return innerMacrosInterpolated(e, -1, ctx);
        }
        if (e.is("escape") && e.nargs() == 1) {
            return new Expr(e.head, expandInnerMacros(e.arg(0), ctx == null || ctx.outer == null ? ctx : ctx.outer)).at(e);
        }
        if (e.is("macrocall") && e.nargs() > 1 && ctx != null) {
            String name = Desugar.macroName(e.arg(0));
            if (!org.trufflejl.runtime.JlModule.isBuiltinMacro(Symbol.of(name))) {
                org.trufflejl.parser.LineNumberNode line = null;
                List<Object> args = new ArrayList<>();
                for (int i = 1; i < e.nargs(); i++) {
                    if (e.arg(i) instanceof org.trufflejl.parser.LineNumberNode l) {
                        line = l;
                    } else {
                        args.add(e.arg(i));
                    }
                }
                MacroExpansion inner = runMacro(ctx.module, name, e.arg(0), line != null ? line : new org.trufflejl.parser.LineNumberNode(e.line, file), args);
                if (inner != null) {
                    Object form = expandInnerMacros(inner.form, new MacroContext(inner.module, ctx));
                    return new Expr(Hygiene.SCOPE, form, inner.module).at(e);
                }
            }
        }
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            args[i] = expandInnerMacros(e.arg(i), ctx);
        }
        return new Expr(e.head, args).at(e);
    }

    /** Quoted code: macros are expanded only in what it interpolates. */
    private Object innerMacrosInterpolated(Object o, int depth, MacroContext ctx) {
        if (o instanceof org.trufflejl.runtime.JlString str) {
            return str.toString();
        }
        if (!(o instanceof Expr e)) {
            return o;
        }
        if (e.is("$") && e.nargs() == 1 && depth == 0) {
            return new Expr(e.head, expandInnerMacros(e.arg(0), ctx)).at(e);
        }
        int inner = e.is("quote") ? depth + 1 : e.is("$") ? depth - 1 : depth;
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            args[i] = innerMacrosInterpolated(e.arg(i), inner, ctx);
        }
        return new Expr(e.head, args).at(e);
    }

    /** The module a path of names ({@code M}, {@code A.B}) refers to from module {@code from}, or null. */
    private static org.trufflejl.runtime.JlModule moduleAt(org.trufflejl.runtime.JlModule from, Object path) {
        if (path instanceof Symbol s) {
            org.trufflejl.runtime.Binding b = from.lookup(s);
            return b != null && b.value instanceof org.trufflejl.runtime.JlModule m ? m : null;
        }
        if (path instanceof Expr q && q.is(".") && q.arg(1) instanceof org.trufflejl.parser.QuoteNode name && name.value instanceof Symbol s) {
            org.trufflejl.runtime.JlModule outer = moduleAt(from, q.arg(0));
            org.trufflejl.runtime.Binding b = outer == null ? null : outer.lookup(s);
            return b != null && b.value instanceof org.trufflejl.runtime.JlModule m ? m : null;
        }
        return null;
    }

    /**
     * A Base function definition whose methods' bodies are expanded, analyzed and lowered only
     * when one of them is first called (see {@link DeferredChain}); null otherwise.
     */
    private Expr deferredDefinition;

    /** Lowers a statement into the body of a function taking no arguments. */
    public FunctionRootNode lowerToplevel(Object stmt) {
        Object expanded;
        Object toLower = stmt;
        deferredDefinition = null;
        if (source.isInternal()) {
            // Base defines some 3,000 methods and a program calls a few hundred: only the
            // signature is lowered now (docs/internals.md, "Base's method bodies on first call")
            if (isPlainFunctionDefinition(stmt)) {
                deferredDefinition = (Expr) stmt;
                toLower = withoutBody(deferredDefinition);
            } else if (stmt instanceof Expr doc && doc.is("macrocall") && doc.arg(0) == sym("@doc") && isPlainFunctionDefinition(doc.arg(doc.nargs() - 1))) {
                deferredDefinition = (Expr) doc.arg(doc.nargs() - 1);
                Object[] args = doc.args().clone();
                args[args.length - 1] = withoutBody(deferredDefinition);
                toLower = new Expr(doc.head, args).at(doc);
            }
        }
        try {
            expanded = new Desugar(file, this::expandUserMacro, module).expand(toLower);
        } catch (org.trufflejl.runtime.JlException lowering) {
            if (lowering.getLocation() != null || !(stmt instanceof Expr at)) {
                throw lowering;     // raised by a macro's own code: its frames say where
            }
            // Raised by lowering itself (an undefined macro): the statement throws it, before
            // any of it runs, so the error names the statement's position as Julia does.
            expanded = new Expr("call", sym("throw"), new QuoteNode(lowering.value)).at(at);
        }
        analyzer = new Analyzer(module, context.interactive, file);
        Scope global = analyzer.analyzeToplevel(expanded);
        for (String w : analyzer.warnings) {
            context.stderr.write(w + "\n");
        }
        if (stmt instanceof Expr e) {
            position = e;
        }
        if (!source.isInternal()) {
            numberClosures(expanded, global);
        }
        JlNode body = gen(expanded, global);
        SourceSection section = stmt instanceof Expr e ? section(e) : null;
        return new FunctionRootNode(language, global.lambda.buildFrame(), "top-level scope", source, section, body);
    }

    /** Whether the statement lowered last is a Base function definition whose bodies wait for a first call. */
    public boolean definesDeferredMethods() {
        return deferredDefinition != null;
    }

    private static Expr withoutBody(Expr definition) {
        return new Expr("function", definition.arg(0), new Expr("block")).at(definition);
    }

    /**
     * {@code function f(...) ... end} or {@code f(...) = ...} with a body, as a statement of its
     * own or under a docstring (a macro around it could change what it defines).
     */
    public static boolean isPlainFunctionDefinition(Object stmt) {
        return stmt instanceof Expr e && e.nargs() == 2 && (e.is("function") || e.is("=")) && Desugar.isCallSignature(e.arg(0));
    }

    /**
     * A deferred definition's method chain (its forwarding methods for optional arguments, then
     * the full one), made on the first call of any of them: the whole definition expanded,
     * analyzed and lowered as it would have been at definition time, in a lowering of its own.
     */
    private static final class DeferredChain {
        private final JlLanguage language;
        private final JlContext context;
        private final JlModule module;
        private final Source source;
        private final Expr definition;
        private List<MethodParts> parts;

        DeferredChain(Lowering defining, Expr definition) {
            // what a lowering needs, not the defining one (whose analysis is dropped after start-up)
            this.language = defining.language;
            this.context = defining.context;
            this.module = defining.module;
            this.source = defining.source;
            this.definition = definition;
        }

        synchronized com.oracle.truffle.api.nodes.RootNode body(int k) {
            if (parts == null) {
                Lowering l = new Lowering(language, context, module, source);
                Expr e = (Expr) new Desugar(l.file, l::expandUserMacro, module).expand(definition);
                l.analyzer = new Analyzer(l.module, l.context.interactive, l.file);
                l.analyzer.analyzeToplevel(e);
                l.position = definition;
                FunctionSignature sig = l.analyzer.signature(e);
                parts = l.methodChain(e, sig, functionName(sig), false);
            }
            return parts.get(k).shape().body().get();
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Symbol sym(String s) {
        return Symbol.of(s);
    }

    private SourceSection section(Expr e) {
        if (source.hasCharacters() && e.endOffset > e.startOffset && e.endOffset <= source.getLength()) {
            return source.createSection(e.startOffset, e.endOffset - e.startOffset);
        }
        return null;
    }

    private <T extends JlNode> T at(T node, Object o) {
        Expr e = o instanceof Expr x && x.endOffset > x.startOffset ? x : position;
        if (e != null && e.endOffset > e.startOffset && e.endOffset <= source.getLength()) {
            node.setSourceSection(e.startOffset, e.endOffset - e.startOffset);
        }
        return node;
    }

    /** A lowering error, located at the statement being lowered. */
    private RuntimeException syntax(String message) {
        String at = position != null && position.line > 0 ? " around " + file + ":" + position.line : "";
        return Errors.error("syntax: " + message + at, null);
    }

    private JlNode global(String name) {
        return new GlobalNodes.ReadGlobalNode(module, sym(name));
    }

    private JlNode call(String fname, Object where, JlNode... args) {
        return at(new CallNode(global(fname), args, null, null), where);
    }

    private int slot(Var v) {
        if (v.slot < 0) {
            v.slot = v.loopCarried && !v.needsCell() ? v.scope.lambda.newLoopCarriedSlot(v.name.name) : v.scope.lambda.newSlot(v.name.name);
            if (loopBody != null && loopBody.lambda == v.scope.lambda && isWithin(v.scope, loopBody)) {
                loopBodySlots.add(v.slot);
            }
        }
        return v.slot;
    }

    private int tempSlot(Scope s, String hint) {
        int slot = s.lambda.newSlot("#" + hint);
        if (loopBody != null && loopBody.lambda == s.lambda) {
            loopBodySlots.add(slot);
        }
        return slot;
    }

    /**
     * The loop body being generated, and the slots of its locals and temporaries: they are dead
     * when an iteration ends (each iteration has fresh locals), and the loop clears them so that
     * compiled code carries no value of theirs around the loop. Otherwise a tuple or struct made
     * in the body (what {@code iterate} returns) had to be allocated, its slot being a loop phi.
     */
    private Scope loopBody;
    private List<Integer> loopBodySlots;

    private static boolean isWithin(Scope inner, Scope outer) {
        for (Scope t = inner; t != null; t = t.parent) {
            if (t == outer) {
                return true;
            }
        }
        return false;
    }

    /** Generates a loop body in scope {@code body}; {@code deadAfter} receives the slots dead at each iteration's end. */
    private JlNode genLoopBody(java.util.function.Supplier<JlNode> generate, Scope body, List<Integer> deadAfter) {
        Scope savedBody = loopBody;
        List<Integer> savedSlots = loopBodySlots;
        loopBody = body;
        loopBodySlots = deadAfter;
        try {
            return generate.get();
        } finally {
            loopBody = savedBody;
            loopBodySlots = savedSlots;
            if (savedSlots != null && savedBody.lambda == body.lambda) {
                savedSlots.addAll(deadAfter);   // dead at the enclosing loop's iteration end too
            }
        }
    }

    private static int[] toArray(List<Integer> slots) {
        int[] a = new int[slots.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = slots.get(i);
        }
        return a;
    }

    // ---- expressions -----------------------------------------------------------------------

    JlNode gen(Object o, Scope s) {
        if (o instanceof Expr e) {
            Expr saved = position;
            if (e.endOffset > e.startOffset) {
                position = e;
            }
            try {
                return genExpr(e, s);
            } finally {
                position = saved;
            }
        }
        if (o instanceof Symbol name) {
            return at(read(name, s), position);
        }
        if (o instanceof GlobalRef g) {
            return at(new GlobalNodes.ReadGlobalNode(g.module, g.name), position);
        }
        if (o instanceof QuoteNode q) {
            return new ConstantNode(literal(q.value));
        }
        if (o instanceof LineNumberNode) {
            return new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE);
        }
        return new ConstantNode(literal(o));
    }

    /** Whether quoted code has {@code $(...)} parts to evaluate (at quoting depth 0). */
    private static boolean interpolates(Object o, int depth) {
        if (o instanceof QuoteNode q && q.value instanceof Expr d && d.is("$")) {
            return interpolates(d, depth);   // a.$f: the field name interpolated
        }
        if (!(o instanceof Expr e)) {
            return false;
        }
        if (e.is("$") && e.nargs() == 1) {
            return depth == 0 || interpolates(e.arg(0), depth - 1);
        }
        int inner = e.is("quote") ? depth + 1 : depth;
        for (Object a : e.args()) {
            if (interpolates(a, inner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quoted code: a constant when nothing is interpolated, else {@code Expr(head, args...)} with
     * each {@code $(x)} evaluated and {@code $(xs...)} splatted into its argument list.
     */
    private JlNode quoted(Object q, int depth, Scope s) {
        if (!interpolates(q, depth)) {
            return q instanceof Expr template ? new DataNodes.QuotedExprNode(template) : new ConstantNode(literal(q));
        }
        if (q instanceof QuoteNode qn) {
            // :(a.$f) is Expr(:., :a, QuoteNode(f's value)), as in Julia
            return new CallNode(global("QuoteNode"), new JlNode[]{quoted(qn.value, depth, s)}, null, null);
        }
        Expr e = (Expr) q;
        if (e.is("$") && depth == 0) {
            return gen(e.arg(0), s);
        }
        int inner = e.is("quote") ? depth + 1 : e.is("$") ? depth - 1 : depth;
        JlNode[] args = new JlNode[e.nargs() + 1];
        boolean[] splat = new boolean[args.length];
        boolean anySplat = false;
        args[0] = new ConstantNode(e.head);
        for (int i = 0; i < e.nargs(); i++) {
            Object a = e.arg(i);
            if (inner == 0 && a instanceof Expr d && d.is("$") && d.nargs() == 1 && d.arg(0) instanceof Expr sp && sp.is("...") && sp.nargs() == 1) {
                args[i + 1] = gen(sp.arg(0), s);
                splat[i + 1] = anySplat = true;
            } else {
                args[i + 1] = quoted(a, inner, s);
            }
        }
        return at(new CallNode(global("Expr"), args, anySplat ? splat : null, null), e);
    }

    private Object literal(Object o) {
        if (o instanceof BigInteger b) {
            return new org.trufflejl.runtime.JlBigInt(b);   // beyond Int128, as in Julia
        }
        return JlString.ofParsed(o);
    }

    /** Where-variables in effect while a signature's types are generated: name → slot holding the TypeVar. */
    private java.util.Map<Symbol, Integer> typeVarSlots = new java.util.HashMap<>();
    /** Where-variables of a closure being lowered (its types are resolved now). */
    private java.util.Map<Symbol, org.trufflejl.runtime.types.TypeVar> constantTypeVars = new java.util.HashMap<>();

    private JlNode read(Symbol name, Scope s) {
        Integer tvSlot = typeVarSlots.get(name);
        if (tvSlot != null) {
            return ReadLocalNodeGen.create(tvSlot, name);
        }
        Var v = s.lookup(name);
        if (v == null) {
            return new GlobalNodes.ReadGlobalNode(module, name);
        }
        if (v.scope.lambda == s.lambda) {
            return v.needsCell() ? new CellNodes.ReadCellNode(slot(v), name) : ReadLocalNodeGen.create(slot(v), name);
        }
        int idx = s.lambda.freeIndex.get(v);
        return v.needsCell() ? new CellNodes.ReadCapturedCellNode(idx, name) : new CellNodes.ReadCapturedValueNode(idx);
    }

    private JlNode write(Symbol name, Scope s, JlNode value, boolean isConst) {
        Var v = s.lookup(name);
        if (v == null) {
            return new GlobalNodes.WriteGlobalNode(module, name, isConst, value);
        }
        if (v.declaredType != null) {
            value = new DeclaredTypeNode(gen(v.declaredType, s), value, "type declaration");
        }
        if (v.scope.lambda == s.lambda) {
            return v.needsCell() ? new CellNodes.WriteCellNode(slot(v), value) : WriteLocalNodeGen.create(value, slot(v));
        }
        return new CellNodes.WriteCapturedCellNode(s.lambda.freeIndex.get(v), value);
    }

    /** {@code global x::T}, or {@code x::T = v} for a global (the analyzer has checked it is at top level). */
    private JlNode declareGlobalType(Symbol name, Object type, Scope s) {
        return at(new GlobalNodes.DeclareGlobalTypeNode(module, name, gen(type, s)), position);
    }

    /** Where a runtime-produced value (loop variable, destructured part, caught exception) goes. */
    private AssignTarget target(Object pattern, Scope s, boolean freshCell) {
        if (pattern instanceof GlobalRef g) {
            int tmp = tempSlot(s, "g");
            return new AssignTarget.ViaNode(tmp, new GlobalNodes.WriteGlobalNode(g.module, g.name, false, ReadLocalNodeGen.create(tmp, g.name)));
        }
        if (pattern instanceof Symbol name) {
            Var v = s.lookup(name);
            if (v == null) {
                int tmp = tempSlot(s, "g");
                return new AssignTarget.ViaNode(tmp, new GlobalNodes.WriteGlobalNode(module, name, false, ReadLocalNodeGen.create(tmp, name)));
            }
            if (v.declaredType != null && !(v.needsCell() && freshCell)) {
                int tmp = tempSlot(s, "d");
                return new AssignTarget.ViaNode(tmp, write(name, s, ReadLocalNodeGen.create(tmp, name), false));
            }
            if (v.scope.lambda != s.lambda) {
                return new AssignTarget.CapturedCell(s.lambda.freeIndex.get(v));
            }
            if (v.needsCell()) {
                if (freshCell) {
                    int tmp = tempSlot(s, "c");
                    JlNode store = new BlockNode(new JlNode[]{new CellNodes.NewCellNode(slot(v)),
                                    new CellNodes.WriteCellNode(slot(v), ReadLocalNodeGen.create(tmp, name))});
                    return new AssignTarget.ViaNode(tmp, store);
                }
                return new AssignTarget.CellSlot(slot(v));
            }
            return new AssignTarget.Local(slot(v));
        }
        if (pattern instanceof Expr e && e.is("tuple")) {
            AssignTarget[] parts = new AssignTarget[e.nargs()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = target(e.arg(i), s, freshCell);
            }
            return new AssignTarget.Destructure(parts);
        }
        if (pattern instanceof Expr e && e.is("::")) {
            return target(e.arg(0), s, freshCell);
        }
        // Fields and indices: store through a generated assignment that reads a temporary.
        int tmp = tempSlot(s, "t");
        return new AssignTarget.ViaNode(tmp, assign(pattern, ReadLocalNodeGen.create(tmp, sym("#t")), s, false));
    }

    /** New cells for the captured-and-reassigned locals of a scope, made on each entry. */
    private JlNode scopeEntry(Scope s) {
        return scopeEntry(s, null);
    }

    /** The new cells of scope s's captured locals, but {@code except}'s (a catch variable, bound before). */
    private JlNode scopeEntry(Scope s, Var except) {
        List<JlNode> cells = new ArrayList<>();
        for (Var v : s.vars.values()) {
            if (v != except && v.needsCell() && v.scope.lambda == s.lambda) {
                cells.add(new CellNodes.NewCellNode(slot(v)));
            }
        }
        return cells.isEmpty() ? null : cells.size() == 1 ? cells.get(0) : new BlockNode(cells.toArray(new JlNode[0]));
    }

    private JlNode withEntry(Scope s, JlNode body) {
        JlNode entry = scopeEntry(s);
        return entry == null ? body : new BlockNode(new JlNode[]{entry, body});
    }

    private JlNode genExpr(Expr e, Scope s) {
        switch (e.head.name) {
            case "block":
            case "toplevel":
                return genBlock(e, s);
            case "=":
                return assign(e.arg(0), gen(e.arg(1), s), s, false);
            case "call":
                return genCall(e, s);
            case "if":
            case "elseif": {
                JlNode cond = gen(e.arg(0), s);
                JlNode then = gen(e.arg(1), s);
                JlNode otherwise = e.nargs() > 2 ? gen(e.arg(2), s) : null;
                return at(new ControlFlow.IfNode(cond, then, otherwise), e);
            }
            case "&&":
                return at(new ControlFlow.AndNode(gen(e.arg(0), s), gen(e.arg(1), s)), e);
            case "||":
                return at(new ControlFlow.OrNode(gen(e.arg(0), s), gen(e.arg(1), s)), e);
            case "while": {
                Scope body = analyzer.scopes.get(e);
                List<Integer> dead = new ArrayList<>();
                JlNode statements = genLoopBody(() -> withEntry(body, gen(e.arg(1), body)), body, dead);
                return at(new LoopNodes.WhileNode(gen(e.arg(0), s), statements, toArray(dead)), e);
            }
            case "for":
                return genFor(e, s);
            case "break":
                return at(new ControlFlow.BreakNode(), e);
            case "continue":
                return at(new ControlFlow.ContinueNode(), e);
            case "symbolicgoto":
                return genGoto(e, s);
            case "symboliclabel":
                return new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE);
            case "return":
                return at(new ControlFlow.ReturnNode(e.nargs() > 0 ? gen(e.arg(0), s) : new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE)), e);
            case "try":
                return genTry(e, s);
            case "let": {
                Scope ls = analyzer.scopes.get(e);
                Object b = e.arg(0);
                List<JlNode> parts = new ArrayList<>();
                JlNode entry = scopeEntry(ls);
                if (entry != null) {
                    parts.add(entry);
                }
                if (b instanceof Expr be && be.is("=")) {
                    JlNode value = gen(be.arg(1), s);
                    boolean typed = be.arg(0) instanceof Expr te && te.is("::") && te.nargs() == 2 && te.arg(0) instanceof Symbol;
                    parts.add(assignPattern(typed ? ((Expr) be.arg(0)).arg(0) : be.arg(0), value, ls));
                }
                parts.add(gen(e.arg(1), ls));
                return new BlockNode(parts.toArray(new JlNode[0]));
            }
            case "tuple":
                return genTuple(e, s);
            case "global":
            case "local": {
                List<JlNode> parts = new ArrayList<>();
                for (Object a : e.args()) {
                    if (a instanceof Expr ae && ae.is("::") && ae.nargs() == 2 && ae.arg(0) instanceof Symbol x) {
                        // `local x::T` only declares (the analyzer has recorded T)
                        if (e.is("global")) {
                            parts.add(declareGlobalType(x, ae.arg(1), s));
                        }
                    } else if (a instanceof Expr ae) {
                        parts.add(gen(ae, s));
                    }
                }
                // `global x += 1` is the value assigned, as Julia's expand-decls (global x) (= x v);
                // a bare declaration is nothing
                Object last = e.nargs() > 0 ? e.arg(e.nargs() - 1) : null;
                if (!(last instanceof Expr le) || le.is("::")) {
                    parts.add(new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE));
                }
                return new BlockNode(parts.toArray(new JlNode[0]));
            }
            case "const": {
                Expr a = (Expr) e.arg(0);
                if (s.kind == Kind.GLOBAL && a.arg(0) instanceof Expr lhs && lhs.is("curly") && lhs.arg(0) instanceof Symbol alias) {
                    // const Maybe{T} = Union{T, Nothing}: a parametric alias, Union{T, Nothing} where T
                    List<Object[]> vars = new ArrayList<>();
                    for (int i = 1; i < lhs.nargs(); i++) {
                        FunctionSignature.addWhereVar(lhs.arg(i), vars);
                    }
                    return at(new GlobalNodes.WriteGlobalNode(module, alias, true, genWhere(a.arg(1), vars, s)), e);
                }
                if (s.kind == Kind.GLOBAL && a.arg(0) instanceof Symbol name) {
                    return at(new GlobalNodes.WriteGlobalNode(module, name, true, gen(a.arg(1), s)), e);
                }
                if (a.arg(0) instanceof GlobalRef g) {
                    return at(new GlobalNodes.WriteGlobalNode(g.module, g.name, true, gen(a.arg(1), s)), e);
                }
                return gen(a, s);
            }
            case "function":
            case "->":
                return genFunction(e, s);
            case ".":
                if (e.nargs() == 1) {
                    // `.+` used as a value: the broadcasting version of the function
                    return call("_broadcast_function", e, gen(e.arg(0), s));
                }
                if (e.arg(1) instanceof QuoteNode q) {
                    if (!(q.value instanceof Symbol field)) {
                        throw syntax("invalid field name " + org.trufflejl.parser.ExprPrinter.toSource(q.value));
                    }
                    return at(new DataNodes.GetPropertyNode(gen(e.arg(0), s), field), e);
                }
                if (e.arg(1) instanceof Expr args && args.is("tuple")) {
                    // f.(x, y): broadcast f over the arguments
                    Object[] callArgs = new Object[args.nargs() + 2];
                    callArgs[0] = sym("broadcast");
                    callArgs[1] = e.arg(0);
                    System.arraycopy(args.args(), 0, callArgs, 2, args.nargs());
                    return genCall(new Expr("call", callArgs).at(e), s);
                }
                throw syntax("invalid syntax " + org.trufflejl.parser.ExprPrinter.toSource(e));
            case "ref":
                return genRef(e, s, "getindex");
            case "#dotview":
                return genRef(e, s, "dotview");
            case "#view":
                return genRef(e, s, "view");
            case "#maybeview":
                return genRef(e, s, "maybeview");
            case "vect":
                return genCallArgs(global("vect"), e.args(), 0, s, e);
            case "hcat":
                return genCallArgs(global("hcat"), e.args(), 0, s, e);
            case "vcat":
                return genVcat(e, s, null);
            case "typed_vcat":
                return genVcat(e, s, e.arg(0));
            case "typed_hcat": {
                Object[] args = e.args().clone();
                return genCallArgs(global("typed_hcat"), args, 0, s, e);
            }
            // [a;; b] is (ncat 2 a b), [a; b;; c; d] (ncat 2 (nrow 1 a b) (nrow 1 c d)), and a row in
            // them is (row a b): hvncat(d, values...) along each level, hcat for a row
            case "ncat":
            case "nrow":
                return genCallArgs(global("hvncat"), e.args(), 0, s, e);
            case "typed_ncat":
                return genCallArgs(global("typed_hvncat"), e.args(), 0, s, e);
            case "row":
                return genCallArgs(global("hcat"), e.args(), 0, s, e);
            case "string":
                return genCallArgs(global("string"), e.args(), 0, s, e);
            case "comprehension":
                return call("collect", e, gen(e.arg(0), s));
            case "typed_comprehension":
                return call("collect", e, gen(e.arg(0), s), gen(e.arg(1), s));
            case "generator":
                return genGenerator(e, s);
            case "flatten":
                // [f(i, j) for i in a for j in b(i)]: the generator of generators, flattened
                return at(new CallNode(new DataNodes.GetPropertyNode(global("Iterators"), sym("flatten")), new JlNode[]{gen(e.arg(0), s)}, null, null), e);
            case "quote":
                // :"s" is just the string; quoted code stays an Expr, built anew where it interpolates
                return quoted(e.arg(0), 0, s);
            case "struct":
                return genStruct(e, s);
            case "abstract":
                return genAbstract(e, s);
            case "primitive":
                // primitive type Name <: Super bits end
                return genTypeDef(e, e.arg(0), false, false, List.of(), null, List.of(), false, e.arg(1), s);
            case "doc":
                return genDoc(e, s);
            case "curly":
                return genCurly(e, s);
            case "<:":
            case ">:":
                if (e.nargs() != 2) {
                    // `<:T` alone is only meaningful as a type parameter (Vector{<:T}), handled by curly
                    throw syntax("invalid \"" + e.head.name + "\" syntax");
                }
                return call(e.head.name, e, gen(e.arg(0), s), gen(e.arg(1), s));
            case "::":
                if (e.nargs() == 2) {
                    return call("typeassert", e, gen(e.arg(0), s), gen(e.arg(1), s));
                }
                break;
            case "'":
                return call("adjoint", e, gen(e.arg(0), s));
            case "using", "import", "export":
                if (s.lambda.parent == null) {
                    // in a block of top-level code (`try using Revise catch ... end`): done when
                    // it runs, by Core.eval in this module, as Julia's lowering of top-level thunks
                    return gen(new Expr("call", new Expr("#base", new QuoteNode(sym("eval"))).at(e), module, new QuoteNode(e)).at(e), s);
                }
                throw syntax("\"" + e.head.name + "\" expression not at top level");
            case "module":
                throw syntax("\"" + e.head.name + "\" expression not at top level");
            case "where": {
                List<Object[]> vars = new ArrayList<>();
                for (int i = 1; i < e.nargs(); i++) {
                    FunctionSignature.addWhereVar(e.arg(i), vars);
                }
                return genWhere(e.arg(0), vars, s);
            }
            case "#instance_ctor": {
                Expr c = (Expr) e.arg(0);
                return call("_instance_constructors", e, genCallArgs(global("apply_type"), c.args(), 0, s, e));
            }
            case "isdefined": {
                // @isdefined x: whether the variable (local or global) has a value
                Symbol name = (Symbol) e.arg(0);
                Var v = s.lookup(name);
                if (v == null) {
                    return call("isdefined", e, new ConstantNode(module), new ConstantNode(name));
                }
                return new IsDefinedLocalNode(read(name, s));
            }
            case "#callable":
                return call("_call_function", e, gen(e.arg(0), s));
            case "#apply_type":
                return genCallArgs(global("apply_type"), e.args(), 0, s, e);
            case "#base":
                return new ConstantNode(baseFunction(((Symbol) ((QuoteNode) e.arg(0)).value).name));
            case "#slot":
                return ReadLocalNodeGen.create((int) (long) (Long) e.arg(0), sym("#a"));
            case "...":
                throw syntax("\"...\" expression outside call");
            case "$":
                throw syntax("\"$\" expression outside quote");
            default:
                break;
        }
        throw syntax("unsupported expression " + org.trufflejl.parser.ExprPrinter.toSource(e));
    }

    /** {@code T{A, B}}; a parameter {@code <:X} (or {@code >:X}) is a fresh variable: {@code T{S} where S<:X}. */
    private JlNode genCurly(Expr e, Scope s) {
        List<Object[]> wild = new ArrayList<>();
        Object[] args = e.args().clone();
        for (int i = 1; i < args.length; i++) {
            if (args[i] instanceof Expr w && (w.is("<:") || w.is(">:")) && w.nargs() == 1) {
                Symbol v = sym("#s" + (++anonymousCount));
                wild.add(w.is("<:") ? new Object[]{v, null, w.arg(0)} : new Object[]{v, w.arg(0), null});
                args[i] = v;
            }
        }
        Expr applied = new Expr("#apply_type", args).at(e);
        return wild.isEmpty() ? genCallArgs(global("apply_type"), e.args(), 0, s, e) : genWhere(applied, wild, s);
    }

    private JlNode genBlock(Expr e, Scope s) {
        Scopes.LabeledBlock labeled = labelsOf(e, s);
        if (labeled != null) {
            s.lambda.labeledBlocks.add(labeled);
        }
        List<JlNode> body = new ArrayList<>();
        Expr saved = position;
        try {
            LineNumberNode marker = null;
            for (Object a : e.args()) {
                if (a instanceof LineNumberNode l) {
                    marker = l;
                    continue;
                }
                if (marker != null && !(a instanceof Expr ae && ae.endOffset > ae.startOffset)) {
                    // code built by interpolation or Expr(...) has no positions of its own: as in
                    // Julia, its line is the one the marker before it names, when that is this file
                    Expr line = markedLine(marker);
                    position = line != null ? line : saved;
                }
                JlNode n = gen(a, s);
                if (a instanceof Expr ae) {
                    at(n, ae);
                    n.markStatement();
                }
                body.add(n);
                position = saved;
            }
        } finally {
            position = saved;
            if (labeled != null) {
                s.lambda.labeledBlocks.remove(s.lambda.labeledBlocks.size() - 1);
            }
        }
        if (labeled != null) {
            return new LoopNodes.LabeledBlockNode(labeled, body.toArray(new JlNode[0]), tempSlot(s, "label"));
        }
        if (body.size() == 1) {
            return body.get(0);
        }
        return new BlockNode(body.toArray(new JlNode[0]));
    }

    /** The whole line a line marker names, as a position, when it is a line of the text being lowered. */
    private Expr markedLine(LineNumberNode marker) {
        if (marker.file == null || !marker.file.equals(file) || !source.hasCharacters() || marker.line < 1 || marker.line > source.getLineCount()) {
            return null;
        }
        int start = source.getLineStartOffset(marker.line);
        int length = source.getLineLength(marker.line);
        return length == 0 ? null : new Expr("line").at(marker.line, 1, start, start + length);
    }

    /** The {@code @label}s among a block's own statements, by the index of their statement. */
    private Scopes.LabeledBlock labelsOf(Expr block, Scope s) {
        java.util.Map<String, Integer> labels = null;
        int index = 0;
        for (Object a : block.args()) {
            if (a instanceof LineNumberNode) {
                continue;
            }
            if (a instanceof Expr ae && ae.is("symboliclabel") && ae.nargs() == 1 && ae.arg(0) instanceof Symbol name) {
                if (labels == null) {
                    labels = new java.util.HashMap<>();
                }
                labels.put(name.name, index); // the analyzer has checked that names are not repeated
            }
            index++;
        }
        return labels == null ? null : new Scopes.LabeledBlock(labels);
    }

    /** {@code @goto name}: a jump to the label in this or an enclosing block of the same function. */
    private JlNode genGoto(Expr e, Scope s) {
        String name = ((Symbol) e.arg(0)).name;
        List<Scopes.LabeledBlock> blocks = s.lambda.labeledBlocks;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Integer index = blocks.get(i).labels.get(name);
            if (index != null) {
                return at(new ControlFlow.GotoNode(new ControlFlow.GotoException(blocks.get(i), index)), e);
            }
        }
        // the analyzer has checked that the label exists in this function
        throw syntax("@goto " + name + " jumps into a block: TruffleJL supports jumps to a label in the goto's own block or one around it");
    }

    private JlNode assign(Object lhs, JlNode value, Scope s, boolean isConst) {
        if (lhs instanceof Symbol name) {
            return at(write(name, s, value, isConst), position);
        }
        if (lhs instanceof GlobalRef g) {
            return at(new GlobalNodes.WriteGlobalNode(g.module, g.name, isConst, value), position);
        }
        if (lhs instanceof Expr e) {
            switch (e.head.name) {
                case "::":
                    if (e.nargs() == 2 && e.arg(0) instanceof Symbol x && s.lookup(x) == null) {
                        return new BlockNode(new JlNode[]{declareGlobalType(x, e.arg(1), s), assign(x, value, s, isConst)});
                    }
                    return assign(e.arg(0), value, s, isConst);
                case ".": {
                    if (!(e.nargs() == 2 && e.arg(1) instanceof QuoteNode q && q.value instanceof Symbol field)) {
                        throw syntax("invalid assignment location \"" + org.trufflejl.parser.ExprPrinter.toSource(e) + "\"");
                    }
                    return at(new DataNodes.SetPropertyNode(gen(e.arg(0), s), field, value), e);
                }
                case "ref": {
                    // a[i...] = v  →  setindex!(a, v, i...), valued v, in Julia's order: a computed
                    // v first, then a and the indices, except that an index saying `end` or
                    // `begin` needs a first (kept in a temporary for lastindex/firstindex)
                    JlNode arr = gen(e.arg(0), s);
                    int arrSlot = usesBeginEnd(e) ? tempSlot(s, "a") : -1;
                    if (arrSlot >= 0) {
                        arr = WriteLocalNodeGen.create(arr, arrSlot);
                    }
                    List<JlNode> args = new ArrayList<>();
                    args.add(arr);
                    args.add(value);
                    boolean[] splat = null;
                    for (int i = 1; i < e.nargs(); i++) {
                        Object index = e.arg(i);
                        if (index instanceof Expr sp && sp.is("...")) {
                            if (splat == null) {
                                splat = new boolean[e.nargs() + 1];
                            }
                            splat[i + 1] = true;
                            index = sp.arg(0);
                        }
                        args.add(genIndex(index, arrSlot, i - 1, e.nargs() - 1, s));
                    }
                    boolean computedValue = !(value instanceof ConstantNode || value instanceof ReadLocalNode || value instanceof GlobalNodes.ReadGlobalNode);
                    return at(new CallNode(global("setindex!"), args.toArray(new JlNode[0]), splat, null, 1, computedValue && arrSlot < 0), e);
                }
                case "tuple":
                    return assignPattern(e, value, s);
                default:
                    break;
            }
        }
        throw syntax("invalid assignment location " + org.trufflejl.parser.ExprPrinter.toSource(lhs));
    }

    /** Destructuring assignment: the expression's value is the right-hand side. */
    private JlNode assignPattern(Object pattern, JlNode value, Scope s) {
        if (pattern instanceof Symbol) {
            AssignTarget t = target(pattern, s, true);
            return new AssignNode(value, t);
        }
        return new AssignNode(value, target(pattern, s, false));
    }

    /** Evaluates a value and stores it through an {@link AssignTarget}; yields the value. */
    static final class AssignNode extends JlNode {
        @Child private JlNode value;
        @Child private AssignTarget target;

        AssignNode(JlNode value, AssignTarget target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public Object infer(org.trufflejl.nodes.Inference in) {
            Object v = value.infer(in);
            if (!org.trufflejl.nodes.Inference.never(v)) {
                target.infer(in, v);
            }
            return v;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            Object v = value.execute(frame);
            target.assign(frame, v);
            return v;
        }
    }

    private JlNode genTuple(Expr e, Scope s) {
        boolean named = e.nargs() > 0 && (e.arg(0) instanceof Expr a && (a.is("=") || a.is("parameters") || a.is("kw")));
        if (named) {
            List<Symbol> names = new ArrayList<>();
            List<JlNode> values = new ArrayList<>();
            for (Object a : e.args()) {
                collectKeyword(a, names, values, s);
            }
            if (!names.contains(null)) {
                for (int i = 0; i < names.size(); i++) {
                    if (names.indexOf(names.get(i)) != i) {
                        throw syntax("field name \"" + names.get(i).name + "\" repeated in named tuple");
                    }
                }
            }
            return at(new DataNodes.NamedTupleNode(names.toArray(new Symbol[0]), values.toArray(new JlNode[0])), e);
        }
        JlNode[] elems = new JlNode[e.nargs()];
        boolean[] splat = null;
        for (int i = 0; i < elems.length; i++) {
            Object a = e.arg(i);
            if (a instanceof Expr sp && sp.is("...")) {
                if (splat == null) {
                    splat = new boolean[elems.length];
                }
                splat[i] = true;
                a = sp.arg(0);
            }
            elems[i] = gen(a, s);
        }
        return at(new DataNodes.TupleNode(elems, splat), e);
    }

    private void collectKeyword(Object a, List<Symbol> names, List<JlNode> values, Scope s) {
        if (a instanceof Expr p && p.is("parameters")) {
            for (Object k : p.args()) {
                collectKeyword(k, names, values, s);
            }
        } else if (a instanceof Expr kw && (kw.is("kw") || kw.is("="))) {
            if (!(kw.arg(0) instanceof Symbol name)) {
                throw syntax("invalid keyword argument name \"" + org.trufflejl.parser.ExprPrinter.toSource(kw.arg(0)) + "\"");
            }
            names.add(name);
            values.add(gen(kw.arg(1), s));
        } else if (a instanceof Expr sp && sp.is("...")) {
            names.add(null);
            values.add(gen(sp.arg(0), s));
        } else if (a instanceof Symbol k) {
            names.add(k);
            values.add(gen(k, s));
        } else if (a instanceof Expr dot && dot.is(".") && dot.arg(1) instanceof QuoteNode q) {
            names.add((Symbol) q.value); // (; x.a) means a = x.a
            values.add(gen(dot, s));
        } else if (a instanceof Expr pair && pair.is("call") && pair.nargs() == 3 && pair.arg(0) instanceof Symbol arrow && arrow.name.equals("=>")) {
            names.add(null); // f(; :a => 1), f(; k => v): the pair merged as a splat of (pair,) is
            values.add(gen(new Expr("tuple", pair).at(pair), s));
        } else {
            throw syntax("invalid keyword argument " + org.trufflejl.parser.ExprPrinter.toSource(a));
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    private JlNode genCall(Expr e, Scope s) {
        Object f = e.arg(0);
        boolean bareNew = f instanceof Symbol fn && fn.name.equals("new") && s.lookup(fn) == null && currentStruct != null;
        if (bareNew && constructorParams != null
                || f instanceof Expr nc && nc.is("curly") && nc.arg(0) instanceof Symbol nw && nw.name.equals("new") && currentStruct != null) {
            // new{T}(args...): an instance of the struct being defined, with the given parameters;
            // a bare new(args...) in a constructor A{T}(...) means new{T}(args...), as in Julia
            Object[] typeArgs = bareNew ? constructorParams.clone() : ((Expr) f).args().clone();
            typeArgs[0] = currentStruct;
            JlNode type = genCallArgs(global("apply_type"), typeArgs, 0, s, e);
            JlNode[] vals = new JlNode[e.nargs() - 1];
            for (int i = 1; i < e.nargs(); i++) {
                vals[i - 1] = gen(e.arg(i), s);
            }
            return at(new StructNodes.NewNode(type, vals), e);
        }
        if (f instanceof Symbol fs) {
            String n = fs.name;
            if (n.equals("new") && s.lookup(fs) == null && currentStruct != null) {
                JlNode[] vals = new JlNode[e.nargs() - 1];
                for (int i = 1; i < e.nargs(); i++) {
                    vals[i - 1] = gen(e.arg(i), s);
                }
                return at(new StructNodes.NewNode(global(currentStruct.name), vals), e);
            }
            if (n.equals("^") && e.nargs() == 3 && e.arg(2) instanceof Long) {
                // x^p with a literal integer: Julia's literal_pow(^, x, Val(p)) (x^3 is x*x*x, 2^-1 is 0.5)
                return genCallArgs(new ConstantNode(baseFunction("_literal_pow")), new Object[]{fs, e.arg(1), e.arg(2)}, 0, s, e);
            }
            if (n.length() > 1 && n.charAt(0) == '.' && !n.equals("..") && !n.equals("...")) {
                // a .+ b  →  broadcast(+, a, b)
                Object[] args = new Object[e.nargs() + 1];
                args[0] = sym("broadcast");
                args[1] = sym(n.substring(1));
                System.arraycopy(e.args(), 1, args, 2, e.nargs() - 1);
                return genCall(new Expr("call", args).at(e), s);
            }
        }
        return genCallArgs(gen(f, s), e.args(), 1, s, e);
    }

    private JlNode genCallArgs(JlNode callee, Object[] args, int from, Scope s, Expr where) {
        List<JlNode> positional = new ArrayList<>();
        List<Boolean> splats = new ArrayList<>();
        List<Symbol> kwNames = new ArrayList<>();
        List<JlNode> kwValues = new ArrayList<>();
        boolean anySplat = false;
        for (int i = from; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Expr ae && (ae.is("parameters") || ae.is("kw"))) {
                collectKeyword(a, kwNames, kwValues, s);
            } else if (a instanceof Expr ae && ae.is("...")) {
                positional.add(gen(ae.arg(0), s));
                splats.add(true);
                anySplat = true;
            } else {
                positional.add(gen(a, s));
                splats.add(false);
            }
        }
        boolean[] splat = null;
        if (anySplat) {
            splat = new boolean[splats.size()];
            for (int i = 0; i < splat.length; i++) {
                splat[i] = splats.get(i);
            }
        }
        JlNode kw = kwNames.isEmpty() ? null : new DataNodes.NamedTupleNode(kwNames.toArray(new Symbol[0]), kwValues.toArray(new JlNode[0]));
        return at(new CallNode(callee, positional.toArray(new JlNode[0]), splat, kw), where);
    }

    private JlNode genRef(Expr e, Scope s, String fn) {
        // The array goes to a temporary only when an index says `end`/`begin` (a dead temporary
        // in a loop's frame costs compiled code a register every iteration).
        JlNode arr = gen(e.arg(0), s);
        int arrSlot = usesBeginEnd(e) ? tempSlot(s, "a") : -1;
        List<JlNode> args = new ArrayList<>();
        args.add(arrSlot < 0 ? arr : WriteLocalNodeGen.create(arr, arrSlot));
        boolean[] splat = null;
        for (int i = 1; i < e.nargs(); i++) {
            Object a = e.arg(i);
            if (a instanceof Expr sp && sp.is("...")) {
                if (splat == null) {
                    splat = new boolean[e.nargs()];
                }
                splat[i] = true;
                a = sp.arg(0);
            }
            args.add(genIndex(a, arrSlot, i - 1, e.nargs() - 1, s));
        }
        return at(new CallNode(global(fn), args.toArray(new JlNode[0]), splat, null), e);
    }

    /** Whether an index of {@code a[...]} mentions {@code end} or {@code begin} (so needs {@code a} kept). */
    private static boolean usesBeginEnd(Expr ref) {
        for (int i = 1; i < ref.nargs(); i++) {
            if (Desugar.mentionsBeginEnd(ref.arg(i))) {
                return true;
            }
        }
        return false;
    }

    /** An index expression: {@code end}/{@code begin} mean the last/first index of that dimension. */
    private JlNode genIndex(Object idx, int arrSlot, int dim, int ndims, Scope s) {
        if (idx instanceof Symbol sy && sy.name.equals(":")) {
            // a bare `:` index is Colon(), the instance of Colon: x[:] calls getindex(x, ::Colon)
            return new ConstantNode(baseFunction(":"));
        }
        return gen(replaceEnd(idx, arrSlot, dim, ndims), s);
    }

    private Object replaceEnd(Object idx, int arrSlot, int dim, int ndims) {
        if (idx instanceof Symbol sy && (sy.name.equals("end") || sy.name.equals("begin"))) {
            String fn = sy.name.equals("end") ? "lastindex" : "firstindex";
            Expr arr = new Expr("#slot", (long) arrSlot);
            return ndims == 1 ? new Expr("call", sym(fn), arr) : new Expr("call", sym(fn), arr, (long) (dim + 1));
        }
        if (idx instanceof Expr e && !e.is("ref") && !e.is("#view") && !e.is("#maybeview") && !e.is("#dotview")) {
            Object[] args = new Object[e.nargs()];
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                args[i] = replaceEnd(e.arg(i), arrSlot, dim, ndims);
                changed |= args[i] != e.arg(i);
            }
            return changed ? new Expr(e.head, args).at(e) : e;
        }
        return idx;
    }

    private JlNode genVcat(Expr e, Scope s, Object type) {
        // [a b; c d] → hvcat((2, 2), a, b, c, d); [a; b] → vcat(a, b)
        int first = type == null ? 0 : 1;
        boolean rows = false;
        for (int i = first; i < e.nargs(); i++) {
            rows |= e.arg(i) instanceof Expr r && r.is("row");
        }
        if (!rows) {
            if (type == null) {
                return genCallArgs(global("vcat"), e.args(), 0, s, e);
            }
            return genCallArgs(global("typed_vcat"), e.args(), 0, s, e);
        }
        List<Object> args = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        for (int i = first; i < e.nargs(); i++) {
            Object r = e.arg(i);
            if (r instanceof Expr re && re.is("row")) {
                counts.add((long) re.nargs());
                args.addAll(List.of(re.args()));
            } else {
                counts.add(1L);
                args.add(r);
            }
        }
        List<Object> all = new ArrayList<>();
        if (type != null) {
            all.add(type);
        }
        all.add(new Expr("tuple", counts.toArray()).at(e));
        all.addAll(args);
        return genCallArgs(global(type == null ? "hvcat" : "typed_hvcat"), all.toArray(), 0, s, e);
    }

    // ---- loops and try -----------------------------------------------------------------------

    private JlNode genFor(Expr e, Scope s) {
        List<Expr> specs = Analyzer.forSpecs(e);
        return genForLevel(specs, 0, e, s, s);
    }

    private JlNode genForLevel(List<Expr> specs, int k, Expr loop, Scope outer, Scope top) {
        Expr spec = specs.get(k);
        Scope ls = analyzer.scopes.get(spec);
        JlNode iter = gen(spec.arg(1), outer);
        List<Integer> dead = new ArrayList<>();
        JlNode body = genLoopBody(() -> k + 1 < specs.size() ? genForLevel(specs, k + 1, loop, ls, top) : gen(loop.arg(1), ls), ls, dead);
        AssignTarget var = genLoopBodyTarget(spec.arg(0), ls, dead);
        int stateSlot = tempSlot(top, "state");
        int iterSlot = tempSlot(top, "iter");
        int elementSlot = tempSlot(top, "element");
        int wrapperSlot = tempSlot(top, "wrapper");
        int countSlot = tempSlot(top, "count");
        return at(new ForNode(iter, scopeEntry(ls), var, body, toArray(dead), stateSlot, iterSlot, elementSlot, wrapperSlot, countSlot, k == 0,
                        baseFunction("iterate")), loop);
    }

    /** The loop variable's target: its slots (and a destructuring's temporaries) are the body's. */
    private AssignTarget genLoopBodyTarget(Object pattern, Scope ls, List<Integer> dead) {
        AssignTarget[] out = new AssignTarget[1];
        genLoopBody(() -> {
            out[0] = target(pattern, ls, false);
            return null;
        }, ls, dead);
        return out[0];
    }

    private JlFunction baseFunction(String name) {
        Binding b = context.base.resolve(sym(name));
        if (b != null && b.value instanceof JlFunction f) {
            return f;
        }
        return JlContext.functionIn(context.base, sym(name));
    }

    /** Whether a catch block names a function that reads the handled error's backtrace. */
    private static boolean mentionsBacktrace(Object x) {
        if (x instanceof Symbol sy) {
            return switch (sy.name) {
                case "catch_backtrace", "stacktrace", "backtrace", "rethrow", "current_exceptions" -> true;
                default -> false;
            };
        }
        if (x instanceof Expr ex) {
            for (Object a : ex.args()) {
                if (mentionsBacktrace(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JlNode genTry(Expr e, Scope s) {
        Expr tryBlock = (Expr) e.arg(0);
        Scope ts = analyzer.scopes.get(tryBlock);
        JlNode body = withEntry(ts, gen(tryBlock, ts));
        AssignTarget catchVar = null;
        JlNode catchBody = null;
        if (e.nargs() > 2 && e.arg(2) instanceof Expr cb) {
            Scope cs = analyzer.scopes.get(cb);
            Var own = null;
            if (e.arg(1) instanceof Symbol v) {
                // the catch variable: a new local of the catch block (given a fresh cell here, as the
                // exception is stored before the block's other locals get theirs) or an enclosing one
                own = cs.vars.get(v);
                catchVar = target(v, cs, own != null);
            }
            JlNode entry = scopeEntry(cs, own);
            JlNode cbody = gen(cb, cs);
            catchBody = entry == null ? cbody : new BlockNode(new JlNode[]{entry, cbody});
        }
        JlNode finallyBody = null;
        if (e.nargs() > 3 && e.arg(3) instanceof Expr fb) {
            Scope fs = analyzer.scopes.get(fb);
            finallyBody = withEntry(fs, gen(fb, fs));
        }
        JlNode elseBody = null;
        if (e.nargs() > 4 && e.arg(4) instanceof Expr eb) {
            Scope es = analyzer.scopes.get(eb);
            elseBody = withEntry(es, gen(eb, es));
        }
        if (catchBody == null && e.nargs() > 2 && e.arg(2) instanceof Boolean && finallyBody == null) {
            catchBody = new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE);
        }
        boolean wantsBacktrace = e.nargs() > 2 && mentionsBacktrace(e.arg(2));
        return at(new TryNode(body, catchVar, catchBody, elseBody, finallyBody, wantsBacktrace), e);
    }

    // ---- functions ------------------------------------------------------------------------------

    /** The name a function definition's methods show in stack traces: {@code f}, {@code Point}, {@code (::Poly)}. */
    private static String functionName(FunctionSignature sig) {
        if (sig.name instanceof Symbol n) {
            return n.name;
        }
        if (sig.name instanceof GlobalRef g) {
            return g.name.name;
        }
        if (sig.name instanceof Expr q && q.is(".") && q.arg(1) instanceof QuoteNode qn) {
            return qn.value.toString();
        }
        if (sig.name instanceof Expr c && c.is("curly") && c.arg(0) instanceof Symbol tname) {
            return tname.name;
        }
        if (sig.name instanceof Expr c && c.is("::")) {
            return "(::" + org.trufflejl.parser.ExprPrinter.toSource(c.nargs() == 2 ? c.arg(1) : c.arg(0)) + ")";
        }
        return "(callable)";
    }

    private JlNode genFunction(Expr e, Scope s) {
        if (e.nargs() < 2) {
            // `function f end`: creates the function without methods
            if (e.arg(0) instanceof GlobalRef g) {
                return new DefineEmptyFunctionNode(g.module, g.name);
            }
            Symbol name = (Symbol) e.arg(0);
            return new DefineEmptyFunctionNode(module, name);
        }
        FunctionSignature sig = analyzer.signature(e);
        Scope fs = analyzer.scopes.get(e);
        boolean closure = sig.name == null || (sig.name instanceof Symbol n && s.mayDefineLocalFunction(n) && s.lookup(n) != null);
        if (closure) {
            return genClosure(e, sig, fs, s);
        }
        String fname = functionName(sig);
        JlNode target = null;
        if (sig.name instanceof GlobalRef g) {
            // a function a macro's expansion defines under a name of the macro's module
            List<JlNode> defs = methodDefs(e, sig, fname, g.module, g.name, null, s);
            defs.add(gen(g, s));
            return new BlockNode(defs.toArray(new JlNode[0]));
        } else if (sig.name instanceof Symbol n) {
            checkNotExtendingImplicitly(n);
        } else if (sig.name instanceof Expr q && q.is(".")) {
            target = gen(q, s);
        } else if (sig.name instanceof Expr c && c.is("curly") && c.arg(0) instanceof Symbol tname) {
            // Point{T}(x) where T = ...: a constructor for the instances Point{T}
            List<JlNode> defs = methodDefs(e, sig, fname, tname, new Expr("#instance_ctor", c).at(e), s);
            defs.add(new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE));
            return new BlockNode(defs.toArray(new JlNode[0]));
        } else if (sig.name instanceof Expr c && c.is("::")) {
            // (p::Poly)(x) = ...: a method for calling values of type Poly
            Object typeExpr = c.nargs() == 2 ? c.arg(1) : c.arg(0);
            List<JlNode> defs = methodDefs(e, sig, fname, sym("#call"), new Expr("#callable", typeExpr).at(e), s);
            defs.add(new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE));
            return new BlockNode(defs.toArray(new JlNode[0]));
        } else if (sig.name instanceof org.trufflejl.runtime.types.DataType t) {
            // `@eval function $T(x) ... end` with a type spliced in: a method of calling T itself,
            // as (::Type{T})(x) (no import needed: the type object names its function)
            Expr typeExpr = new Expr("curly", sym("Type"), t).at(e);
            List<JlNode> defs = methodDefs(e, sig, t.name.name, sym("#call"), new Expr("#callable", typeExpr).at(e), s);
            defs.add(new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE));
            return new BlockNode(defs.toArray(new JlNode[0]));
        } else {
            throw syntax("invalid function name " + org.trufflejl.parser.ExprPrinter.toSource(sig.name));
        }
        List<JlNode> defs = methodDefs(e, sig, fname, sig.name instanceof Symbol n ? n : sym(fname), target == null ? null : sig.name, s);
        defs.add(target == null ? global(fname) : gen(sig.name, s));
        return new BlockNode(defs.toArray(new JlNode[0]));
    }

    /**
     * The definition nodes of one method (a chain, with optional arguments). Each evaluates its
     * where-variables into temporary slots, then the parameter types, which read them there.
     */
    private List<JlNode> methodDefs(Expr e, FunctionSignature sig, String fname, Symbol name, Object targetExpr, Scope s) {
        return methodDefs(e, sig, fname, module, name, targetExpr, s);
    }

    /** ... of function {@code name} of module {@code owner} (a macro's module, for a name its hygiene resolved there). */
    private List<JlNode> methodDefs(Expr e, FunctionSignature sig, String fname, JlModule owner, Symbol name, Object targetExpr, Scope s) {
        List<JlNode> defs = new ArrayList<>();
        Scope fs = analyzer.scopes.get(e);
        // a global function's method using variables of the local scopes around it (`let c = 0;
        // global f() = (c += 1); end`): they are read when the definition runs, and each run
        // lowers its own body holding them (Method.captures)
        boolean captures = fs != null && !fs.lambda.freeVars.isEmpty();
        for (MethodParts m : methodChain(e, sig, fname, captures)) {
            java.util.Map<Symbol, Integer> saved = typeVarSlots;
            typeVarSlots = new java.util.HashMap<>(saved);
            try {
                JlNode[] tvNodes = typeVarNodes(sig.whereVars, s);
                JlNode[] typeNodes = new JlNode[m.types.size()];
                for (int i = 0; i < typeNodes.length; i++) {
                    typeNodes[i] = m.types.get(i) == null ? null : gen(m.types.get(i), s);
                }
                JlNode target = targetExpr == null ? null : gen(targetExpr, s);
                defs.add(at(new FunctionNodes.MethodDefNode(owner, name, target, tvNodes, typeNodes, m.shape, captures ? captureNodes(fs.lambda, s) : null), e));
            } finally {
                typeVarSlots = saved;
            }
        }
        return defs;
    }

    /** Nodes making each where-variable (bounds may use earlier ones) and storing it in a slot the types read. */
    private JlNode[] typeVarNodes(List<Object[]> whereVars, Scope s) {
        JlNode[] nodes = new JlNode[whereVars.size()];
        for (int i = 0; i < nodes.length; i++) {
            Object[] w = whereVars.get(i);
            Symbol name = (Symbol) w[0];
            JlNode lb = w[1] == null ? null : gen(w[1], s);
            JlNode ub = w[2] == null ? null : gen(w[2], s);
            int slot = tempSlot(s, "tv_" + name.name);
            nodes[i] = WriteLocalNodeGen.create(new FunctionNodes.TypeVarNode(name, lb, ub), slot);
            typeVarSlots.put(name, slot);
        }
        return nodes;
    }

    /** Julia refuses to add methods to an imported function without {@code import} or qualification. */
    private void checkNotExtendingImplicitly(Symbol n) {
        if (module.existingOwnBinding(n) != null) {
            return;
        }
        Binding b = module.lookup(n);
        // Not used here yet: the definition makes a new function of this module, shadowing the other.
        if (b != null && b.owner != module && b.value instanceof JlFunction && module.usesImported(n)) {
            throw Errors.error("error in method definition: function " + b.owner.name.name + "." + n.name
                            + " must be explicitly imported to be extended", null);
        }
    }

    /** One method to define: its parameter type expressions (null = Any) and its shape. */
    private record MethodParts(List<Object> types, MethodShape shape) {
    }

    /**
     * A definition with optional positional parameters defines a chain of methods, as Julia does:
     * {@code f(a, b = 2) = body} gives {@code f(a) = f(a, 2)} and {@code f(a, b) = body}.
     */
    private List<MethodParts> methodChain(Expr e, FunctionSignature sig, String fname, boolean bodyPerDefinition) {
        List<MethodParts> out = new ArrayList<>();
        Scope fs = analyzer.scopes.get(e);
        int required = sig.requiredCount();
        int total = sig.positional.size();
        for (int k = required; k < total; k++) {
            out.add(forwardingMethod(e, sig, fname, k, fs, bodyPerDefinition));
        }
        List<Object> types = new ArrayList<>();
        for (Param p : sig.positional) {
            types.add(p.type);
        }
        if (sig.vararg != null) {
            types.add(sig.vararg.type);
        }
        out.add(new MethodParts(types, shapeFor(sig, total, sig.vararg != null, fname, () -> bodyRoot(e, sig, fs, fname), bodyPerDefinition)));
        if (deferredDefinition != null) {
            DeferredChain deferred = new DeferredChain(this, deferredDefinition);
            for (int i = 0; i < out.size(); i++) {
                MethodShape m = out.get(i).shape();
                int k = i;
                java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> body = () -> deferred.body(k);
                out.set(i, new MethodParts(out.get(i).types(), new MethodShape(m.nfixed(), m.varargs(), m.kwNames(), m.kwRest(), m.argNames(), m.calleeName(), m.file(),
                                m.line(), body)));
            }
        }
        return out;
    }

    private MethodShape shapeFor(FunctionSignature sig, int npositional, boolean varargs, String fname,
                    java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> body, boolean bodyPerDefinition) {
        Symbol[] kwNames = null;
        if (sig.hasKeywords) {
            kwNames = new Symbol[sig.keywords.size()];
            for (int i = 0; i < kwNames.length; i++) {
                kwNames[i] = sig.keywords.get(i).symbol();
            }
        }
        String[] argNames = new String[npositional + (varargs ? 1 : 0)];
        for (int i = 0; i < npositional; i++) {
            Symbol n = sig.positional.get(i).symbol();
            argNames[i] = n == null || n.name.startsWith("#") ? "" : n.name;
        }
        if (varargs) {
            argNames[npositional] = sig.vararg.symbol() == null ? "" : sig.vararg.symbol().name;
        }
        // the object's name in a callable object's method, (s::Scale)(x)
        String calleeName = sig.name instanceof Expr c && c.is("::") && c.nargs() == 2 && c.arg(0) instanceof Symbol cs && !cs.name.startsWith("#")
                        ? cs.name : null;
        // The body is lowered on its first call (start-up pays only for what runs); the scopes
        // resolved for this statement and the lowering state of the definition are kept for it.
        return new MethodShape(npositional, varargs, kwNames, sig.kwRest, argNames, calleeName, file, sig.line, lazily(body, !bodyPerDefinition));
    }

    /** {@code f(p1..pk) = f(p1..pk, default_{k+1})}, forwarding keywords. */
    private MethodParts forwardingMethod(Expr e, FunctionSignature sig, String fname, int k, Scope fs, boolean bodyPerDefinition) {
        List<Object> types = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            types.add(sig.positional.get(i).type);
        }
        java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> body = () -> {
            List<JlNode> prologue = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                bindParameter(sig.positional.get(i).pattern, i, fs, prologue);
            }
            List<JlNode> args = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                args.add(new ReadArgumentNode(i + 2));
            }
            args.add(gen(sig.positional.get(k).defaultValue, fs));
            JlNode self = new ReadArgumentNode(0);
            JlNode kw = sig.hasKeywords ? new ReadArgumentNode(1) : null;
            prologue.add(at(new CallNode(self, args.toArray(new JlNode[0]), null, kw == null ? null : new KeywordPassNode(kw)), e));
            // (a default may use the where-variables: f(x::T, n = one(T)) where T; their slots
            // are made before the frame is)
            FunctionNodes.StaticParamsNode staticParams = staticParams(sig, fs);
            return new FunctionRootNode(language, fs.lambda.buildFrame(), fname, source, section(e),
                            new BlockNode(prologue.toArray(new JlNode[0])), staticParams, null);
        };
        return new MethodParts(types, shapeFor(sig, k, false, fname, body, bodyPerDefinition));
    }

    /**
     * A body supplier that lowers on first use, in the lowering state of the definition: once
     * ({@code once}), or for each method made (a body holding its definition's captures).
     */
    private java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> lazily(
                    java.util.function.Supplier<com.oracle.truffle.api.nodes.RootNode> body, boolean once) {
        java.util.Map<Symbol, Integer> slotsAtDefinition = typeVarSlots;
        Symbol structAtDefinition = currentStruct;
        Object[] paramsAtDefinition = constructorParams;
        Expr positionAtDefinition = position;
        com.oracle.truffle.api.nodes.RootNode[] made = new com.oracle.truffle.api.nodes.RootNode[1];
        return () -> {
            synchronized (this) {
                if (made[0] == null || !once) {
                    java.util.Map<Symbol, Integer> savedSlots = typeVarSlots;
                    Symbol savedStruct = currentStruct;
                    Object[] savedParams = constructorParams;
                    Expr savedPosition = position;
                    typeVarSlots = slotsAtDefinition;
                    currentStruct = structAtDefinition;
                    constructorParams = paramsAtDefinition;
                    position = positionAtDefinition;
                    try {
                        made[0] = body.get();
                    } finally {
                        typeVarSlots = savedSlots;
                        currentStruct = savedStruct;
                        constructorParams = savedParams;
                        position = savedPosition;
                    }
                }
                return made[0];
            }
        };
    }

    /** {@code @isdefined x} for a local: reading it either succeeds or raises UndefVarError. */
    static final class IsDefinedLocalNode extends JlNode {
        @Child private JlNode read;

        IsDefinedLocalNode(JlNode read) {
            this.read = read;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            try {
                read.execute(frame);
                return true;
            } catch (org.trufflejl.runtime.JlException e) {
                return false;
            }
        }
    }

    /** Passes the caller's keyword NamedTuple on unchanged (null stays null). */
    static final class KeywordPassNode extends JlNode {
        @Child private JlNode kw;

        KeywordPassNode(JlNode kw) {
            this.kw = kw;
        }

        @Override
        public Object infer(org.trufflejl.nodes.Inference in) {
            Object v = kw.infer(in);
            if (org.trufflejl.nodes.Inference.isConstant(v, null)) {
                return org.trufflejl.nodes.Inference.constant(org.trufflejl.runtime.JlNamedTuple.EMPTY);
            }
            return org.trufflejl.nodes.Inference.namesKnown(v) ? v : org.trufflejl.nodes.Inference.ANY;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            // (a for loop's TupleReturn stays with the method it was passed to)
            Object v = kw.execute(frame);
            return v instanceof org.trufflejl.runtime.JlNamedTuple ? v : org.trufflejl.runtime.JlNamedTuple.EMPTY;
        }
    }

    private void bindParameter(Object pattern, int index, Scope fs, List<JlNode> prologue) {
        JlNode arg = new ReadArgumentNode(index + 2);
        if (pattern instanceof Symbol name) {
            Var v = fs.vars.get(name);
            if (v == null) {
                return;
            }
            prologue.add(v.needsCell() ? new CellNodes.ArgumentToCellNode(slot(v), index + 2) : WriteLocalNodeGen.create(arg, slot(v)));
        } else {
            prologue.add(new AssignNode(arg, target(pattern, fs, true)));
        }
    }

    private com.oracle.truffle.api.nodes.RootNode bodyRoot(Expr e, FunctionSignature sig, Scope fs, String fname) {
        List<JlNode> prologue = new ArrayList<>();
        if (sig.name instanceof Expr c && c.is("::") && c.nargs() == 2) {
            // the called object itself: frame argument 0
            prologue.add(new AssignNode(new ReadArgumentNode(0), target(c.arg(0), fs, true)));
        }
        int n = sig.positional.size();
        for (int i = 0; i < n; i++) {
            bindParameter(sig.positional.get(i).pattern, i, fs, prologue);
        }
        if (sig.vararg != null) {
            prologue.add(bindValue(sig.vararg.pattern, new FunctionNodes.VarargsNode(n + 2), fs));
        }
        if (sig.hasKeywords || sig.kwRest != null) {
            Symbol[] declared = new Symbol[sig.keywords.size()];
            for (int i = 0; i < declared.length; i++) {
                declared[i] = sig.keywords.get(i).symbol();
            }
            if (sig.kwRest == null) {
                prologue.add(new FunctionNodes.CheckKeywordsNode(declared));
            }
            for (Param k : sig.keywords) {
                JlNode def = k.defaultValue == null ? null : gen(k.defaultValue, fs);
                prologue.add(bindValue(k.pattern, new FunctionNodes.KeywordValueNode(k.symbol(), def), fs));
                if (k.type != null && k.symbol() != null && !mentionsAny(k.type, sig.whereVars)) {
                    // f(; width::Int = 1): the value given (or the default) must be of the type,
                    // unconverted: TypeError: in keyword argument width, expected Int64, got ...
                    Expr check = new Expr("||", new Expr("call", sym("isa"), k.symbol(), k.type),
                                    new Expr("call", sym("throw"), new Expr("call", sym("TypeError"),
                                                    new QuoteNode(sym("keyword argument")), new QuoteNode(k.symbol()), k.type, k.symbol())));
                    prologue.add(gen(check.at(e), fs));
                }
            }
            if (sig.kwRest != null) {
                prologue.add(bindValue(sig.kwRest, new FunctionNodes.KeywordRestNode(declared), fs));
            }
            bindKeywordStaticParams(e, sig, fs, prologue);
        } else {
            prologue.add(new FunctionNodes.CheckKeywordsNode(new Symbol[0]));
        }
        JlNode entry = scopeEntryExceptEntryBound(fs);
        if (entry != null) {
            prologue.add(0, entry);
        }
        Expr saved = position;
        position = e;
        prologue.add(gen(e.arg(1), fs));
        JlNode returnType = sig.returnType == null ? null : gen(sig.returnType, fs);
        position = saved;
        FunctionNodes.StaticParamsNode staticParams = staticParams(sig, fs);
        return new FunctionRootNode(language, fs.lambda.buildFrame(), fname, source, section(e), new BlockNode(prologue.toArray(new JlNode[0])),
                        staticParams, returnType);
    }

    /** The node binding a method's where-variables to their slots on entry (null without any). */
    private FunctionNodes.StaticParamsNode staticParams(FunctionSignature sig, Scope fs) {
        if (sig.whereVars.isEmpty()) {
            return null;
        }
        // A variable the body never reads (its code is generated by now, closures' captures
        // included) has no slot yet and is not bound: `where {T,N}` written only to dispatch then
        // costs nothing (the node checks the argument types again on every call). A callable
        // object's method keeps the node, which also checks that the object fits its type pattern.
        boolean calleePattern = sig.name instanceof Expr callee && callee.is("::");
        int[] slots = new int[sig.whereVars.size()];
        boolean anyRead = false;
        for (int i = 0; i < slots.length; i++) {
            Var v = fs.vars.get((Symbol) sig.whereVars.get(i)[0]);
            slots[i] = v.slot < 0 && !calleePattern ? -1 : slot(v);
            anyRead |= slots[i] >= 0;
        }
        if (!anyRead && !calleePattern) {
            return null;
        }
        // variables a keyword's type mentions stay TypeVars until the keywords bind them
        boolean keywordBound = false;
        for (Param k : sig.keywords) {
            keywordBound |= k.type != null && mentionsAny(k.type, sig.whereVars);
        }
        return new FunctionNodes.StaticParamsNode(slots, !keywordBound);
    }

    /**
     * {@code f(; x::T) where T}: T is bound from the keyword's value (the where-variables are
     * reassigned from Base._keyword_static_params once the keywords are).
     */
    private void bindKeywordStaticParams(Expr e, FunctionSignature sig, Scope fs, List<JlNode> prologue) {
        List<Object> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (Param k : sig.keywords) {
            if (k.type != null && k.symbol() != null && mentionsAny(k.type, sig.whereVars)) {
                types.add(k.type);
                values.add(k.symbol());
                names.add(new QuoteNode(k.symbol()));
            }
        }
        if (types.isEmpty()) {
            return;
        }
        Object[] vars = new Object[sig.whereVars.size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = sig.whereVars.get(i)[0];
        }
        Expr bound = new Expr("call", new Expr("#base", new QuoteNode(sym("_keyword_static_params"))).at(e), new Expr("tuple", vars).at(e),
                        new Expr("tuple", types.toArray()).at(e), new Expr("tuple", values.toArray()).at(e), new Expr("tuple", names.toArray()).at(e)).at(e);
        prologue.add(new AssignNode(gen(bound, fs), target(new Expr("tuple", vars).at(e), fs, false)));
    }

    /** Whether a type expression names one of the {@code where} variables (not checkable in the prologue). */
    private static boolean mentionsAny(Object typeExpr, List<Object[]> whereVars) {
        if (typeExpr instanceof Symbol s) {
            for (Object[] w : whereVars) {
                if (w[0] == s) {
                    return true;
                }
            }
            return false;
        }
        if (typeExpr instanceof Expr x) {
            for (Object a : x.args()) {
                if (mentionsAny(a, whereVars)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JlNode bindValue(Object pattern, JlNode value, Scope fs) {
        return new AssignNode(value, target(pattern, fs, true));
    }

    /**
     * Numbers the statement's closures as Julia 1.10's lowering does from the module's counter:
     * expansion first names each anonymous function ({@code #3}, generators' and do blocks'
     * too) and each keyword function's body, in source order; closure conversion then names
     * every closure's type ({@code #3#4}, {@code #inner#5}) in the same order.
     */
    private void numberClosures(Object expanded, Scope global) {
        List<int[]> expansion = new ArrayList<>();
        List<int[]> conversion = new ArrayList<>();
        List<Integer> expansionAt = new ArrayList<>();
        List<Integer> conversionAt = new ArrayList<>();
        java.util.Set<Object> tables = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        scanClosures(expanded, global, expansion, expansionAt, conversion, conversionAt, tables);
        for (int i = 0; i < expansion.size(); i++) {
            expansion.get(i)[expansionAt.get(i)] = module.nextCounter();
        }
        for (int i = 0; i < conversion.size(); i++) {
            conversion.get(i)[conversionAt.get(i)] = module.nextCounter();
        }
    }

    private void scanClosures(Object x, Scope s, List<int[]> expansion, List<Integer> expansionAt, List<int[]> conversion, List<Integer> conversionAt,
                    java.util.Set<Object> tables) {
        if (!(x instanceof Expr e) || e.is("quote") || e.is("inert") || e.is("module")) {
            return;
        }
        Scope inner = analyzer.scopes.get(e);
        if ((e.is("function") || e.is("->")) && e.nargs() >= 2 && inner != null) {
            FunctionSignature sig;
            try {
                sig = analyzer.signature(e);
            } catch (RuntimeException malformed) {
                sig = null;   // (reported when the definition itself is lowered)
            }
            if (sig != null) {
                int[] numbers = new int[2];
                closureNumbers.put(e, numbers);
                if (sig.hasKeywords) {
                    expansion.add(new int[1]);   // the keyword body's name (#f#5)
                    expansionAt.add(0);
                }
                boolean closure = sig.name == null || (sig.name instanceof Symbol n && s.mayDefineLocalFunction(n) && s.lookup(n) != null);
                if (sig.name == null) {
                    expansion.add(numbers);
                    expansionAt.add(0);
                }
                if (closure && tables.add(inner.lambda.closureTable)) {
                    conversion.add(numbers);
                    conversionAt.add(1);
                }
            }
        } else if (e.is("generator") && e.nargs() >= 2) {
            GeneratorParts g = GeneratorParts.of(e);
            int[] numbers = new int[4];
            closureNumbers.put(e, numbers);
            expansion.add(numbers);
            expansionAt.add(0);
            conversion.add(numbers);
            conversionAt.add(1);
            Scope bodyScope = inner != null ? inner : s;
            scanClosures(g.body, bodyScope, expansion, expansionAt, conversion, conversionAt, tables);
            if (g.filter != null) {
                expansion.add(numbers);
                expansionAt.add(2);
                conversion.add(numbers);
                conversionAt.add(3);
                Scope filterScope = analyzer.scopes.get(g.filter);
                scanClosures(g.filter.arg(0), filterScope != null ? filterScope : bodyScope, expansion, expansionAt, conversion, conversionAt, tables);
            }
            for (Expr spec : g.specs) {
                scanClosures(spec.arg(1), s, expansion, expansionAt, conversion, conversionAt, tables);
            }
            return;
        }
        Scope childScope = inner != null ? inner : s;
        for (Object a : e.args()) {
            scanClosures(a, childScope, expansion, expansionAt, conversion, conversionAt, tables);
        }
    }

    /** Sets a closure's type's name from its numbers (or, for code not numbered up front, the counter's next). */
    private void nameClosureType(MethodTable table, String fname, int number) {
        int n = number > 0 ? number : module.nextCounter();
        table.type.closureName = sym((fname.startsWith("#") ? "" : "#") + fname + "#" + n);
    }

    private JlNode genClosure(Expr e, FunctionSignature sig, Scope fs, Scope s) {
        // (the methods of one local function share a table: Analyzer gives them one closureTable)
        MethodTable table = fs.lambda.closureTable[0];
        if (table == null) {
            // an anonymous function's name is its number (#3); its type's is #3#4 (numberClosures)
            int[] numbers = closureNumbers.get(e);
            String fname = sig.name instanceof Symbol n ? n.name : "#" + (numbers != null && numbers[0] > 0 ? numbers[0] : module.nextCounter());
            table = fs.lambda.closureTable[0] = new MethodTable(sym(fname), module);
            nameClosureType(table, fname, numbers != null ? numbers[1] : 0);
        }
        String fname = table.name.name;
        java.util.Map<Symbol, org.trufflejl.runtime.types.TypeVar> saved = constantTypeVars;
        constantTypeVars = new java.util.HashMap<>(saved);
        try {
            org.trufflejl.runtime.types.TypeVar[] vars = new org.trufflejl.runtime.types.TypeVar[sig.whereVars.size()];
            for (int i = 0; i < vars.length; i++) {
                Object[] w = sig.whereVars.get(i);
                vars[i] = new org.trufflejl.runtime.types.TypeVar((Symbol) w[0], w[1] == null ? Types.Bottom : constantType(w[1]),
                                w[2] == null ? Types.Any : constantType(w[2]));
                constantTypeVars.put((Symbol) w[0], vars[i]);
            }
            for (MethodParts m : methodChain(e, sig, fname, false)) {
                JlType[] types = new JlType[m.types.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = constantType(m.types.get(i));
                }
                table.add(m.shape.build(types, vars));
            }
        } finally {
            constantTypeVars = saved;
        }
        JlNode closure = at(new FunctionNodes.ClosureNode(table, closureCaptures(table, fs.lambda, s)), e);
        if (sig.name instanceof Symbol n) {
            return write(n, s, closure, false);
        }
        return closure;
    }

    /** What the new closure captures, read in the creating scope: cells, values, or outer captures. */
    /** A closure's captures; its table learns their names (its fields: {@code adder(5).n}). */
    private JlNode[] closureCaptures(MethodTable table, Lambda inner, Scope s) {
        Symbol[] names = new Symbol[inner.freeVars.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = inner.freeVars.get(i).name;
        }
        boolean[] boxed = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            boxed[i] = inner.freeVars.get(i).boxedInJulia();
        }
        table.captureNames = names;
        table.captureBoxed = boxed;
        boolean params = false;
        for (boolean b : boxed) {
            params |= !b;
        }
        table.closureParams = params && table.type.closureName != null;
        if (table.type.closureName != null) {
            // the fields of the type when no capture makes a parameter (each then a Core.Box)
            org.trufflejl.runtime.types.JlType[] fieldTypes = new org.trufflejl.runtime.types.JlType[names.length];
            for (int i = 0; i < names.length; i++) {
                fieldTypes[i] = boxed[i] ? Types.BoxT : Types.Any;
            }
            table.type.fieldNames = names;
            table.type.fieldTypes = fieldTypes;
        }
        return captureNodes(inner, s);
    }

    private JlNode[] captureNodes(Lambda inner, Scope s) {
        JlNode[] caps = new JlNode[inner.freeVars.size()];
        for (int i = 0; i < caps.length; i++) {
            Var v = inner.freeVars.get(i);
            if (v.scope.lambda == s.lambda) {
                caps[i] = v.needsCell() ? new FunctionNodes.CellOfSlotNode(slot(v)) : ReadLocalNodeGen.create(slot(v), v.name);
            } else {
                caps[i] = new CellNodes.ReadCapturedValueNode(s.lambda.freeIndex.get(v));
            }
        }
        return caps;
    }

    /** Closure parameter types are resolved when the closure is lowered: global type names only. */
    private JlType constantType(Object t) {
        if (t == null) {
            return Types.Any;
        }
        if (t instanceof Symbol name) {
            if (constantTypeVars.containsKey(name)) {
                return constantTypeVars.get(name);
            }
            Binding b = module.resolve(name);
            if (b != null && b.value instanceof JlType jt) {
                return jt;
            }
        }
        return Types.Any;
    }

    private JlNode genGenerator(Expr e, Scope s) {
        GeneratorParts g = GeneratorParts.of(e);
        // Julia's generator is Generator(body -> ..., Filter(cond -> ..., iter)): two anonymous
        // functions, numbered body first, whose closure types take numbers later
        int[] numbers = closureNumbers.get(e);
        JlNode iter;
        if (g.specs.size() == 1) {
            iter = gen(g.specs.get(0).arg(1), s);
        } else {
            JlNode[] iters = new JlNode[g.specs.size()];
            for (int i = 0; i < iters.length; i++) {
                iters[i] = gen(g.specs.get(i).arg(1), s);
            }
            iter = at(new CallNode(new DataNodes.GetPropertyNode(global("Iterators"), sym("product")), iters, null, null), e);
        }
        if (g.filter != null) {
            JlNode cond = generatorLambda(g.filter, g.filter.arg(0), g, s, "#filter", numbers, 2);
            iter = call("_filter_iterator", e, cond, iter);
        }
        // a body that is its loop variable (or the tuple of them) is `identity`, so that an empty
        // comprehension can have the iterator's element type, as Julia's inference gives it
        JlNode body = yieldsItsElements(g) ? new ConstantNode(baseFunction("identity")) : generatorLambda(e, g.body, g, s, "#gen", numbers, 0);
        return call("_generator", e, body, iter);
    }

    /** {@code x for x in a} or {@code (x, y) for x in a, y in b}: the body is what the iterator yields. */
    private static boolean yieldsItsElements(GeneratorParts g) {
        if (g.specs.size() == 1) {
            return g.specs.get(0).arg(0) instanceof Symbol v && v.equals(g.body);
        }
        if (!(g.body instanceof Expr t && t.is("tuple") && t.nargs() == g.specs.size())) {
            return false;
        }
        for (int i = 0; i < g.specs.size(); i++) {
            if (!(g.specs.get(i).arg(0) instanceof Symbol v && v.equals(t.arg(i)))) {
                return false;
            }
        }
        return true;
    }

    /** A one-parameter closure binding the generator's loop variables (a tuple of them if several). */
    private JlNode generatorLambda(Expr key, Object bodyExpr, GeneratorParts g, Scope s, String name, int[] numbers, int at) {
        Scope ls = analyzer.scopes.get(key);
        List<JlNode> prologue = new ArrayList<>();
        JlNode entry = scopeEntryExceptEntryBound(ls);
        if (entry != null) {
            prologue.add(entry);
        }
        Object pattern;
        if (g.specs.size() == 1) {
            pattern = g.specs.get(0).arg(0);
        } else {
            Object[] parts = new Object[g.specs.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = g.specs.get(i).arg(0);
            }
            pattern = new Expr("tuple", parts);
        }
        prologue.add(new AssignNode(new ReadArgumentNode(2), target(pattern, ls, true)));
        prologue.add(gen(bodyExpr, ls));
        FunctionRootNode root = new FunctionRootNode(language, ls.lambda.buildFrame(), name, source, section(key),
                        new BlockNode(prologue.toArray(new JlNode[0])));
        MethodTable table = new MethodTable(sym(name), module);
        table.add(new Method(new JlType[]{Types.Any}, null, null, null, new String[]{""}, file, key.line, () -> root));
        // the type's name is Julia's for its anonymous function (#5#6)
        int anonymous = numbers != null && numbers[at] > 0 ? numbers[at] : module.nextCounter();
        nameClosureType(table, "#" + anonymous, numbers != null ? numbers[at + 1] : 0);
        return new FunctionNodes.ClosureNode(table, closureCaptures(table, ls.lambda, s));
    }

    private JlNode scopeEntryExceptEntryBound(Scope ls) {
        List<JlNode> cells = new ArrayList<>();
        for (Var v : ls.vars.values()) {
            if (v.needsCell() && !v.boundAtEntry) {
                cells.add(new CellNodes.NewCellNode(slot(v)));
            }
        }
        return cells.isEmpty() ? null : new BlockNode(cells.toArray(new JlNode[0]));
    }

    // ---- types and docs ----------------------------------------------------------------------

    private Symbol currentStruct;
    /** The name of the inner constructor being lowered when it has parameters ({@code A{T}(x) = ...}): its curly's arguments. */
    private Object[] constructorParams;

    private JlNode genStruct(Expr e, Scope s) {
        boolean mutable = Boolean.TRUE.equals(e.arg(0));
        List<Symbol> fields = new ArrayList<>();
        List<Object> fieldTypeExprs = new ArrayList<>();
        List<Expr> constructors = new ArrayList<>();
        List<Integer> constIndices = new ArrayList<>();
        for (Object item : ((Expr) e.arg(2)).args()) {
            if (item instanceof Expr c && c.is("const") && c.nargs() == 1 && (c.arg(0) instanceof Symbol || c.arg(0) instanceof Expr ce && ce.is("::"))) {
                // mutable struct T; const id::Int; ...: a field assignment cannot change (every
                // field of an immutable struct is so already)
                constIndices.add(fields.size());
                item = c.arg(0);
            }
            if (item instanceof Symbol f) {
                fields.add(f);
                fieldTypeExprs.add(null);
            } else if (item instanceof Expr f && f.is("::") && f.arg(0) instanceof Symbol fn) {
                fields.add(fn);
                fieldTypeExprs.add(f.arg(1));
            } else if (item instanceof Expr f && f.is("function")) {
                constructors.add(f);
            } else if (item instanceof Expr f && f.is("=")) {
                // a field default belongs to @kwdef (Julia's lowering reserves the syntax)
                throw syntax("\"" + org.trufflejl.parser.ExprPrinter.toSource(f) + "\" inside type definition is reserved");
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.indexOf(fields.get(i)) != i) {
                throw syntax("duplicate field name: \"" + fields.get(i).name + "\" is not unique");
            }
        }
        Symbol name = typeDefinitionName(e.arg(1));
        List<JlNode> parts = new ArrayList<>();
        boolean[] constFields = null;
        if (!constIndices.isEmpty()) {
            constFields = new boolean[fields.size()];
            for (int i : constIndices) {
                constFields[i] = true;
            }
        }
        parts.add(genTypeDef(e, e.arg(1), false, mutable, fields, constFields, fieldTypeExprs, constructors.isEmpty(), null, s));
        Symbol saved = currentStruct;
        currentStruct = name;
        try {
            for (Expr c : constructors) {
                FunctionSignature sig = FunctionSignature.of(c);
                if (sig.name instanceof Expr cn && cn.is("curly")) {
                    Object[] savedParams = constructorParams;
                    constructorParams = cn.args();
                    try {
                        parts.addAll(methodDefs(c, sig, name.name, name, new Expr("#instance_ctor", cn).at(c), s));
                    } finally {
                        constructorParams = savedParams;
                    }
                } else {
                    parts.addAll(methodDefs(c, sig, name.name, name, name, s));
                }
            }
        } finally {
            currentStruct = saved;
        }
        parts.add(new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE));
        return new BlockNode(parts.toArray(new JlNode[0]));
    }

    private JlNode genAbstract(Expr e, Scope s) {
        return genTypeDef(e, e.arg(0), true, false, List.of(), null, List.of(), false, null, s);
    }

    /** {@code Name}, {@code Name{T, S<:Real}}, either with {@code <: Super}. */
    private static Symbol typeDefinitionName(Object head) {
        Object h = head instanceof Expr he && he.is("<:") ? he.arg(0) : head;
        if (h instanceof Expr c && c.is("curly")) {
            h = c.arg(0);
        }
        if (!(h instanceof Symbol name)) {
            throw Errors.error("syntax: invalid type name " + org.trufflejl.parser.ExprPrinter.toSource(head), null);
        }
        return name;
    }

    private JlNode genTypeDef(Expr e, Object head, boolean isAbstract, boolean mutable, List<Symbol> fields, boolean[] constFields,
                    List<Object> fieldTypeExprs, boolean defaultConstructors, Object primitiveBitsExpr, Scope s) {
        Object superExpr = null;
        Object nameExpr = head;
        if (head instanceof Expr he && he.is("<:")) {
            nameExpr = he.arg(0);
            superExpr = he.arg(1);
        }
        Symbol name = typeDefinitionName(head);
        List<Object[]> params = new ArrayList<>();
        if (nameExpr instanceof Expr c && c.is("curly")) {
            for (int i = 1; i < c.nargs(); i++) {
                FunctionSignature.addWhereVar(c.arg(i), params);
            }
        }
        java.util.Map<Symbol, Integer> saved = typeVarSlots;
        typeVarSlots = new java.util.HashMap<>(saved);
        try {
            JlNode[] tvNodes = typeVarNodes(params, s);
            JlNode superNode = superExpr == null ? null : gen(superExpr, s);
            JlNode[] typeNodes = new JlNode[fieldTypeExprs.size()];
            for (int i = 0; i < typeNodes.length; i++) {
                typeNodes[i] = fieldTypeExprs.get(i) == null ? null : gen(fieldTypeExprs.get(i), s);
            }
            JlNode bitsNode = primitiveBitsExpr == null ? null : gen(primitiveBitsExpr, s);
            return at(new StructNodes.TypeDefNode(language, module, name, isAbstract, mutable, tvNodes, fields.toArray(new Symbol[0]), constFields, typeNodes,
                            superNode, bitsNode, defaultConstructors, file, e.line), e);
        } finally {
            typeVarSlots = saved;
        }
    }

    /** {@code body where {T, S<:X}} as a value: evaluates body with the variables bound, wraps it in UnionAlls. */
    private JlNode genWhere(Object body, List<Object[]> vars, Scope s) {
        java.util.Map<Symbol, Integer> saved = typeVarSlots;
        typeVarSlots = new java.util.HashMap<>(saved);
        try {
            JlNode[] tvNodes = typeVarNodes(vars, s);
            JlNode result = gen(body, s);
            for (int i = vars.size() - 1; i >= 0; i--) {
                Symbol v = (Symbol) vars.get(i)[0];
                result = new FunctionNodes.UnionAllNode(ReadLocalNodeGen.create(typeVarSlots.get(v), v), result);
            }
            // Variables first, in order (a bound may use an earlier variable), then the wrapped body.
            JlNode[] seq = java.util.Arrays.copyOf(tvNodes, tvNodes.length + 1);
            seq[tvNodes.length] = result;
            return new BlockNode(seq);
        } finally {
            typeVarSlots = saved;
        }
    }

    private JlNode genDoc(Expr e, Scope s) {
        if (e.nargs() == 0) {
            throw syntax("@doc needs a name, as in @doc f or @doc M.f");
        }
        if (e.nargs() < 2) {
            // @doc name looks the binding up (not the value: two constants may both be 42)
            Object target = e.arg(0);
            if (target instanceof Symbol name) {
                return call("_getdoc", e, new ConstantNode(module), new ConstantNode(name));
            }
            if (target instanceof Expr q && q.is(".") && q.arg(1) instanceof QuoteNode qn) {
                return call("_getdoc", e, gen(q.arg(0), s), new ConstantNode(qn.value));
            }
            throw syntax("@doc needs a name, as in @doc f or @doc M.f");
        }
        JlNode def = gen(e.arg(1), s);
        Symbol name = documentedName(e.arg(1));
        if (name == null) {
            return def;
        }
        JlNode record = call("_setdoc!", e, new ConstantNode(module), new ConstantNode(name), gen(e.arg(0), s));
        return new BlockNode(new JlNode[]{def, record, new ConstantNode(org.trufflejl.runtime.JlNothing.INSTANCE)});
    }

    private static Symbol documentedName(Object def) {
        if (def instanceof Symbol s) {
            return s;
        }
        if (!(def instanceof Expr e)) {
            return null;
        }
        switch (e.head.name) {
            case "function":
            case "macro":
                return signatureName(e.arg(0));
            case "=":
                return Desugar.isCallSignature(e.arg(0)) ? signatureName(e.arg(0)) : documentedName(e.arg(0));
            case "struct":
                return typeName(e.arg(1));
            case "abstract", "primitive":
                return typeName(e.arg(0));
            case "const":
            case "global":
                return documentedName(e.arg(0));
            case "module":
                return (Symbol) e.arg(1);
            case "curly":
            case "<:":
                return typeName(e);
            default:
                return null;
        }
    }

    private static Symbol signatureName(Object sig) {
        Object s = sig;
        while (s instanceof Expr e && (e.is("where") || e.is("::"))) {
            s = e.arg(0);
        }
        if (s instanceof Symbol n) {
            return n;
        }
        if (s instanceof Expr c && c.is("call")) {
            Object f = c.arg(0);
            if (f instanceof Symbol n) {
                return n;
            }
            if (f instanceof Expr q && q.is(".") && q.arg(1) instanceof QuoteNode qn) {
                return (Symbol) qn.value;
            }
        }
        return null;
    }

    private static Symbol typeName(Object t) {
        Object x = t;
        while (x instanceof Expr e && (e.is("<:") || e.is("curly"))) {
            x = e.arg(0);
        }
        return x instanceof Symbol s ? s : null;
    }

    /** {@code function f end}: binds an empty generic function. */
    static final class DefineEmptyFunctionNode extends JlNode {
        private final JlModule module;
        private final Symbol name;

        DefineEmptyFunctionNode(JlModule module, Symbol name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            return JlContext.functionIn(module, name);
        }
    }
}
