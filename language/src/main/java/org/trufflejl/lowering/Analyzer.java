package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.trufflejl.lowering.Scopes.Kind;
import org.trufflejl.lowering.Scopes.Lambda;
import org.trufflejl.lowering.Scopes.Scope;
import org.trufflejl.lowering.Scopes.Var;
import org.trufflejl.parser.Expr;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;

/**
 * Scope resolution (Julia 1.10 rules) over one desugared top-level statement. It records which
 * syntax node opens which scope, decides for every scope which names are its locals, and which
 * locals closures capture (and must share through cells).
 */
final class Analyzer {
    /** Scope opened by each scope-introducing node (function, ->, for spec, while, let, try parts, generator). */
    final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
    /** Each function definition's signature, read once here and again by the lowering. */
    private final IdentityHashMap<Expr, FunctionSignature> signatures = new IdentityHashMap<>();

    FunctionSignature signature(Expr fn) {
        FunctionSignature sig = signatures.get(fn);
        if (sig == null) {
            sig = FunctionSignature.of(fn);
            signatures.put(fn, sig);
        }
        return sig;
    }
    private final List<Scope> order = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();
    private final JlModule module;
    private final boolean interactive;
    final List<String> warnings = new ArrayList<>();
    private final String file;
    private int line;

    /**
     * Where a reference is in evaluation order: the statement {@code index} of the block
     * {@code block}, inside the statement of the enclosing block that {@code parent} names.
     */
    record Frame(Expr block, int index, Frame parent) {
    }

    /** {@code direct}: a write by an assignment that is itself a statement of the block at {@code at}. */
    private record Ref(Scope scope, Symbol name, boolean write, Frame at, boolean direct) {
        Ref(Scope scope, Symbol name, boolean write, Frame at) {
            this(scope, name, write, at, false);
        }
    }

    /** The statement being walked (null outside any block). */
    private Frame frame;
    /** Whether the assignment target being walked belongs to a statement-level assignment. */
    private boolean assignDirect;

    /** Whether {@code e} is the statement the current frame points at (or the assignment in a {@code local} statement there). */
    private boolean isStatement(Expr e) {
        if (frame == null) {
            return false;
        }
        Object st = frame.block().arg(frame.index());
        if (st == e) {
            return true;
        }
        if (st instanceof Expr l && l.is("local")) {
            for (Object a : l.args()) {
                if (a == e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code x::T} as an assignment target or in {@code local}: x has type T in its whole scope. */
    private record TypeDecl(Scope scope, Symbol name, Object type) {
    }

    private final List<TypeDecl> typeDecls = new ArrayList<>();

    Analyzer(JlModule module, boolean interactive, String file) {
        this.module = module;
        this.interactive = interactive;
        this.file = file;
    }

    Scope newScope(Object key, Scope parent, Lambda lambda, Kind kind) {
        Scope s = new Scope(parent, lambda, kind);
        s.line = line;
        scopes.put(key, s);
        order.add(s);
        return s;
    }

    /** Analyses a whole top-level statement; returns its (global) scope. */
    Scope analyzeToplevel(Object stmt) {
        Lambda top = new Lambda(null);
        Scope global = new Scope(null, top, Kind.GLOBAL);
        walk(stmt, global);
        // `local x` in a top-level block: a local of this statement, which the scopes inside
        // it (a for loop's body) assign rather than making their own
        for (Symbol x : global.declaredLocal) {
            global.vars.putIfAbsent(x, new Var(x, global, false));
        }
        resolve();
        resolveTypeDecls();
        checkLabels(top);
        for (Scope s : order) {
            checkLabels(s.lambda);
        }
        return global;
    }

    // ---- walking ----------------------------------------------------------------------

    /** The code in a quote: its {@code $(...)} parts at quoting depth 0. */
    private void walkInterpolations(Object o, int depth, Scope s) {
        if (!(o instanceof Expr e)) {
            return;
        }
        if (e.is("$") && e.nargs() == 1) {
            if (depth == 0) {
                walk(e.arg(0), s);
            } else {
                walkInterpolations(e.arg(0), depth - 1, s);
            }
            return;
        }
        int inner = e.is("quote") ? depth + 1 : depth;
        for (Object a : e.args()) {
            walkInterpolations(a, inner, s);
        }
    }

    void walk(Object o, Scope s) {
        if (o instanceof Symbol name) {
            refs.add(new Ref(s, name, false, frame));
            return;
        }
        if (o instanceof LineNumberNode l) {
            line = l.line;
            return;
        }
        if (!(o instanceof Expr e)) {
            return;
        }
        if (e.line > 0) {
            line = e.line;
        }
        switch (e.head.name) {
            case "=":
                walk(e.arg(1), s);
                assignDirect = isStatement(e);
                try {
                    walkTarget(e.arg(0), s);
                } finally {
                    assignDirect = false;
                }
                return;
            case "block": {
                // statements in order, each with its place (the dominance check of boxedInJulia)
                Frame outer = frame;
                try {
                    for (int i = 0; i < e.nargs(); i++) {
                        frame = new Frame(e, i, outer);
                        walk(e.arg(i), s);
                    }
                } finally {
                    frame = outer;
                }
                return;
            }
            case "function":
            case "->":
                walkFunction(e, s, true);
                return;
            case "for":
                walkFor(e, s);
                return;
            case "while": {
                walk(e.arg(0), s);
                Scope body = newScope(e, s, s.lambda, Kind.SOFT);
                body.loopBody = true;
                walk(e.arg(1), body);
                return;
            }
            case "try":
                walkTry(e, s);
                return;
            case "let": {
                Object b = e.arg(0);
                Scope ls = newScope(e, s, s.lambda, Kind.HARD);
                if (b instanceof Symbol x) {
                    ls.declaredLocal.add(x);
                } else if (b instanceof Expr be && be.is("=") && be.arg(0) instanceof Expr te && te.is("::") && te.nargs() == 2
                                && te.arg(0) instanceof Symbol x) {
                    // let x::T = v: a typed local, v converted to T as it is assigned
                    walk(be.arg(1), s);
                    walk(te.arg(1), s);
                    ls.declaredLocal.add(x);
                    typeDecls.add(new TypeDecl(ls, x, te.arg(1)));
                } else if (b instanceof Expr be && be.is("=")) {
                    walk(be.arg(1), s);
                    bindPattern(be.arg(0), ls);
                } else if (b instanceof Expr be && be.is("::")) {
                    bindPattern(be.arg(0), ls);
                }
                walk(e.arg(1), ls);
                return;
            }
            case "global":
                for (Object a : e.args()) {
                    if (a instanceof Symbol x) {
                        s.declaredGlobal.add(x);
                    } else if (a instanceof Expr ae && ae.is("::") && ae.nargs() == 2 && ae.arg(0) instanceof Symbol x) {
                        s.declaredGlobal.add(x);
                        typeDecls.add(new TypeDecl(s, x, ae.arg(1)));
                        walk(ae.arg(1), s);
                    } else if (a instanceof Expr ae && ae.is("=")) {
                        for (Symbol x : patternNames(ae.arg(0))) {
                            s.declaredGlobal.add(x);
                        }
                        walk(ae, s);
                    } else if (a instanceof Expr ae && ae.is("function")) {
                        // `global f() = ...` inside a local scope: a method of the global f
                        if (FunctionSignature.of(ae).name instanceof Symbol f) {
                            s.declaredGlobal.add(f);
                        }
                        walk(ae, s);
                    }
                }
                return;
            case "local":
                for (Object a : e.args()) {
                    if (a instanceof Symbol x) {
                        s.declaredLocal.add(x);
                    } else if (a instanceof Expr ae && ae.is("::") && ae.nargs() == 2 && ae.arg(0) instanceof Symbol x) {
                        s.declaredLocal.add(x);
                        typeDecls.add(new TypeDecl(s, x, ae.arg(1)));
                        walk(ae.arg(1), s);
                    } else if (a instanceof Expr ae && (ae.is("=") || ae.is("::"))) {
                        for (Symbol x : patternNames(ae.arg(0))) {
                            s.declaredLocal.add(x);
                        }
                        walk(ae, s);
                    }
                }
                return;
            case "const":
                if (e.arg(0) instanceof Expr ae && ae.is("=")) {
                    if (s.kind == Kind.GLOBAL) {
                        walk(ae.arg(1), s);
                    } else {
                        if (ae.arg(0) instanceof Symbol x && !s.declaredGlobal.contains(x)) {
                            throw org.trufflejl.runtime.Errors.error("syntax: unsupported `const` declaration on local variable", null);
                        }
                        walk(ae, s);
                    }
                }
                return;
            case "generator":
                walkGenerator(e, s);
                return;
            case "struct":
                if (s.kind != Kind.GLOBAL) {
                    throw org.trufflejl.runtime.Errors.error("syntax: \"struct\" expression not at top level", null);
                }
                walkStruct(e, s);
                return;
            case "abstract", "primitive":
                if (s.kind != Kind.GLOBAL) {
                    throw org.trufflejl.runtime.Errors.error("syntax: \"" + e.head.name + " type\" expression not at top level", null);
                }
                break;
            case "quote":
                walkInterpolations(e.arg(0), 0, s);
                return;
            case "symboliclabel", "symbolicgoto":
                if (e.nargs() == 1 && e.arg(0) instanceof Symbol label) {
                    if (e.is("symbolicgoto")) {
                        s.lambda.labelsJumpedTo.add(label.name);
                    } else if (!s.lambda.labelsDefined.add(label.name)) {
                        throw org.trufflejl.runtime.Errors.error("syntax: label \"" + label.name + "\" defined multiple times", null);
                    }
                }
                return;
            case "break", "continue":
                requireLoop(s);
                return;
            case "module", "using", "import", "export":
                if (s.lambda.parent != null) {
                    // in a function body: refused when the function is defined, as Julia's lowering does
                    throw org.trufflejl.runtime.Errors.error("syntax: \"" + e.head.name + "\" expression not at top level", null);
                }
                return;
            case "macro":
                return;
            case "kw":
                walk(e.arg(1), s);
                return;
            case ".":
                walk(e.arg(0), s);
                if (e.nargs() > 1 && !(e.arg(1) instanceof org.trufflejl.parser.QuoteNode)) {
                    walk(e.arg(1), s);
                }
                return;
            case "tuple":
                // (a = 1, b = x) is a named tuple: its names are not assignments
                for (Object a : e.args()) {
                    walk(a instanceof Expr f && f.is("=") && f.nargs() == 2 && f.arg(0) instanceof Symbol ? f.arg(1) : a, s);
                }
                return;
            case "call":
                if (e.arg(0) instanceof Symbol f && f.name.equals("new")) {
                    for (int i = 1; i < e.nargs(); i++) {
                        walk(e.arg(i), s);
                    }
                    return;
                }
                break;
            default:
                break;
        }
        for (Object a : e.args()) {
            walk(a, s);
        }
    }

    private void walkTarget(Object lhs, Scope s) {
        if (lhs instanceof Symbol x) {
            s.assigned.add(x);
            s.assignedLine.putIfAbsent(x, line);
            refs.add(new Ref(s, x, true, frame, assignDirect));
        } else if (lhs instanceof Expr e) {
            switch (e.head.name) {
                case "tuple":
                    for (Object a : e.args()) {
                        walkTarget(a, s);
                    }
                    break;
                case "::":
                    if (e.nargs() != 2) {
                        throw org.trufflejl.runtime.Errors.error("syntax: invalid assignment location \"" + org.trufflejl.parser.ExprPrinter.toSource(e) + "\"", null);
                    }
                    walkTarget(e.arg(0), s);
                    walk(e.arg(1), s);
                    if (e.arg(0) instanceof Symbol x) {
                        typeDecls.add(new TypeDecl(s, x, e.arg(1)));
                    }
                    break;
                case "ref":
                case ".":
                case "call":
                    walk(e, s);
                    break;
                case "...":
                    walkTarget(e.arg(0), s);
                    break;
                default:
                    walk(e, s);
            }
        }
    }

    /** Names bound by a pattern ({@code x}, {@code (a, b)}, {@code x::T}). */
    static List<Symbol> patternNames(Object p) {
        List<Symbol> out = new ArrayList<>();
        collectNames(p, out);
        return out;
    }

    private static void collectNames(Object p, List<Symbol> out) {
        if (p instanceof Symbol x) {
            out.add(x);
        } else if (p instanceof Expr e && (e.is("tuple") || e.is("parameters"))) {
            for (Object a : e.args()) {
                collectNames(a, out);
            }
        } else if (p instanceof Expr e && (e.is("::") || e.is("...") || e.is("kw") || e.is("=")) && e.nargs() >= 1) {
            if (!(e.is("::") && e.nargs() == 1)) {
                collectNames(e.arg(0), out);
            }
        }
    }

    private void bindPattern(Object p, Scope s) {
        for (Symbol x : patternNames(p)) {
            s.boundAtEntry.add(x);
        }
    }

    void walkFunction(Expr e, Scope s, boolean definesName) {
        if (e.nargs() < 2) {
            return; // `function f end`
        }
        FunctionSignature sig = signature(e);
        if (definesName && sig.name instanceof Symbol fname && s.mayDefineLocalFunction(fname)) {
            // A named function in a local scope assigns its name: a local variable holding a closure if it resolves to one.
            s.assigned.add(fname);
            refs.add(new Ref(s, fname, true, frame, frame != null && frame.block().arg(frame.index()) == e));
        } else if (sig.name != null && !(sig.name instanceof Symbol)) {
            walk(sig.name, s);
        }
        for (Object t : sig.typeExprs()) {
            walk(t, s);
        }
        Lambda lambda = new Lambda(s.lambda);
        if (definesName && sig.name instanceof Symbol fname && s.mayDefineLocalFunction(fname)) {
            Lambda first = s.localFunctions.putIfAbsent(fname, lambda);
            if (first != null) {
                lambda = new Lambda(s.lambda, first);
            }
        }
        Scope fs = newScope(e, s, lambda, Kind.HARD);
        for (Object p : sig.paramPatterns()) {
            bindPattern(p, fs);
        }
        for (Object d : sig.defaultExprs()) {
            walk(d, fs);
        }
        walk(e.arg(1), fs);
    }

    private void walkFor(Expr e, Scope s) {
        List<Expr> specs = forSpecs(e);
        Scope outer = s;
        for (Expr spec : specs) {
            walk(spec.arg(1), outer);
            Scope ls = newScope(spec, outer, s.lambda, Kind.SOFT);
            ls.loopBody = true;
            bindPattern(spec.arg(0), ls);
            outer = ls;
        }
        walk(e.arg(1), outer);
    }

    static List<Expr> forSpecs(Expr e) {
        List<Expr> specs = new ArrayList<>();
        Object first = e.arg(0);
        if (first instanceof Expr b && b.is("block")) {
            for (Object a : b.args()) {
                if (a instanceof Expr spec) {
                    specs.add(spec);
                }
            }
        } else {
            specs.add((Expr) first);
        }
        return specs;
    }

    private void walkTry(Expr e, Scope s) {
        int tryLine = line;
        walk(e.arg(0), newScope(e.arg(0), s, s.lambda, Kind.SOFT));
        if (e.nargs() > 2 && e.arg(2) instanceof Expr catchBody) {
            Scope cs = newScope(catchBody, s, s.lambda, Kind.SOFT);
            if (e.arg(1) instanceof Symbol v) {
                // Julia lowers `catch v` to `v = the_exception()` at the top of the catch block's
                // scope: an ordinary assignment, so a local of an enclosing scope is updated, and at
                // top level a global is the soft-scope rule's (a warning at the try's line)
                cs.assigned.add(v);
                cs.assignedLine.putIfAbsent(v, tryLine);
                refs.add(new Ref(cs, v, true, frame));
            }
            walk(catchBody, cs);
        }
        for (int i = 3; i < e.nargs(); i++) {
            if (e.arg(i) instanceof Expr part) {
                walk(part, newScope(part, s, s.lambda, Kind.SOFT));
            }
        }
    }

    private void walkGenerator(Expr e, Scope s) {
        GeneratorParts g = GeneratorParts.of(e);
        for (Expr spec : g.specs) {
            walk(spec.arg(1), s);
        }
        Scope body = newScope(e, s, new Lambda(s.lambda), Kind.HARD);
        for (Expr spec : g.specs) {
            bindPattern(spec.arg(0), body);
        }
        walk(g.body, body);
        if (g.filter != null) {
            Scope fs = newScope(g.filter, s, new Lambda(s.lambda), Kind.HARD);
            for (Expr spec : g.specs) {
                bindPattern(spec.arg(0), fs);
            }
            walk(g.filter.arg(0), fs);
        }
    }

    private void walkStruct(Expr e, Scope s) {
        Object nameExpr = e.nargs() == 3 ? e.arg(1) : null;
        if (nameExpr == null || nameExpr instanceof Expr ne && ne.is("<:") && ne.nargs() != 2 || !(e.arg(2) instanceof Expr)) {
            throw org.trufflejl.runtime.Errors.error("syntax: invalid type name in struct definition", null);
        }
        if (nameExpr instanceof Expr ne && ne.is("<:")) {
            walk(ne.arg(1), s);
        }
        for (Object item : ((Expr) e.arg(2)).args()) {
            if (item instanceof Expr f && (f.is("function") || f.is("="))) {
                if (f.is("function")) {
                    walkFunction(f, s, false);
                }
            } else if (item instanceof Expr f && f.is("::")) {
                if (f.nargs() != 2) {
                    throw org.trufflejl.runtime.Errors.error("syntax: invalid field \"" + org.trufflejl.parser.ExprPrinter.toSource(f) + "\" (a field needs a name)", null);
                }
                walk(f.arg(1), s);
            }
        }
    }

    // ---- resolution -------------------------------------------------------------------

    /** As Julia, when the function is defined: every {@code @goto} names a label of the same function. */
    private static void checkLabels(Lambda lambda) {
        for (String name : lambda.labelsJumpedTo) {
            if (!lambda.labelsDefined.contains(name)) {
                throw org.trufflejl.runtime.Errors.error("syntax: label \"" + name + "\" referenced but not defined", null);
            }
        }
    }

    private void resolve() {
        java.util.Set<Lambda> capturing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Scope s : order) {
            for (Symbol x : s.boundAtEntry) {
                s.vars.put(x, new Var(x, s, true));
            }
            for (Symbol x : s.declaredLocal) {
                s.vars.putIfAbsent(x, new Var(x, s, false));
            }
            for (Symbol x : s.assigned) {
                if (s.vars.containsKey(x) || s.declaredGlobal.contains(x) || isDeclaredGlobalAbove(s, x)) {
                    continue;
                }
                if (s.parent != null && s.parent.lookup(x) != null) {
                    continue; // assigns a local of an enclosing scope
                }
                if (s.kind == Kind.SOFT && !s.insideFunction()) {
                    // (a global: one that exists, or one this top-level statement assigns outside
                    // its scopes, an implicit global of Julia's lowering)
                    boolean globalExists = module.existingOwnBinding(x) != null && module.existingOwnBinding(x).value != null
                                    || assignedAtTopLevel(s, x);
                    if (globalExists && interactive) {
                        continue;
                    }
                    if (globalExists && !s.localFunctions.containsKey(x) && !x.name.startsWith("#")) {
                        // (Julia warns for assignments only: a function definition there is quietly
                        // local; a lowering temporary, named #..., is no user's variable)
                        warnings.add(softScopeWarning(x, s.assignedLine.getOrDefault(x, s.line)));
                    }
                }
                s.vars.put(x, new Var(x, s, false));
            }
        }
        for (Ref r : refs) {
            Var v = r.scope.lookup(r.name);
            if (v == null) {
                continue;
            }
            boolean inner = r.scope.lambda != v.scope.lambda;
            if (r.write) {
                v.reassigned = true;
                if (v.writes++ == 0) {
                    v.writeAt = r.at;
                    v.writeDominates &= r.direct && !inner && r.at != null;
                }
                for (Scope w = r.scope; w != null && w != v.scope; w = w.parent) {
                    v.loopCarried |= w.loopBody;
                }
            }
            if (!v.boundAtEntry && v.writes == 0 && (inner || !r.write)) {
                v.writeDominates = false;   // read or captured before it is assigned: maybe undefined
            } else if (inner && !v.dominates(r.at)) {
                v.writeDominates = false;
            }
            Lambda l = r.scope.lambda;
            if (l != v.scope.lambda) {
                v.captured = true;
                for (; l != null && l != v.scope.lambda; l = l.parent) {
                    l.captureIndex(v);
                    capturing.add(l);
                }
            }
        }
        for (Lambda l : capturing) {
            l.sortCaptures();
        }
    }

    /** Gives each declared local its type; a global is declared when the statement runs (Lowering), at top level only. */
    private void resolveTypeDecls() {
        for (TypeDecl d : typeDecls) {
            Var v = d.scope().lookup(d.name());
            if (v == null) {
                if (d.scope().lambda.parent != null) {
                    throw org.trufflejl.runtime.Errors.error("syntax: type declaration for global \"" + d.name().name + "\" not at top level", null);
                }
                continue;
            }
            if (v.declaredType != null) {
                throw org.trufflejl.runtime.Errors.error("syntax: multiple type declarations for \"" + d.name().name + "\"", null);
            }
            if (v.captured && v.scope.lambda != d.scope().lambda) {
                throw org.trufflejl.runtime.Errors.error("syntax: type of \"" + d.name().name + "\" declared in inner scope", null);
            }
            v.declaredType = d.type();
        }
    }

    private static boolean assignedAtTopLevel(Scope s, Symbol x) {
        Scope top = s;
        while (top.parent != null) {
            top = top.parent;
        }
        return top.kind == Kind.GLOBAL && top.assigned.contains(x) && !top.declaredLocal.contains(x);
    }

    private static boolean isDeclaredGlobalAbove(Scope s, Symbol x) {
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.declaredGlobal.contains(x)) {
                return true;
            }
            if (p.vars.containsKey(x)) {
                return false;
            }
        }
        return false;
    }

    private String softScopeWarning(Symbol x, int atLine) {
        return "┌ Warning: Assignment to `" + x.name + "` in soft scope is ambiguous because a global variable by the same name exists: `"
                        + x.name + "` will be treated as a new local. Disambiguate by using `local " + x.name
                        + "` to suppress this warning or `global " + x.name + "` to assign to the existing global variable.\n└ @ "
                        + file + ":" + atLine;
    }

    /** {@code break} and {@code continue} need a loop around them in their own function (Julia's syntax error otherwise). */
    private static void requireLoop(Scope s) {
        for (Scope t = s; t != null && t.lambda == s.lambda; t = t.parent) {
            if (t.loopBody) {
                return;
            }
        }
        throw org.trufflejl.runtime.Errors.error("syntax: break or continue outside loop", null);
    }

}
