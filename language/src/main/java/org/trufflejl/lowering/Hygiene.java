package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.trufflejl.parser.Expr;
import org.trufflejl.parser.GlobalRef;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;

/**
 * Macro hygiene, Julia 1.10's rules (its {@code resolve-expansion-vars}): in a macro's expansion,
 * a name the expansion assigns or declares local, or a parameter of a function it defines, is
 * renamed to a fresh {@code #N#name}, so it cannot collide with the caller's variables; every
 * other name becomes a {@link GlobalRef} to the macro's module, so it means what it means where
 * the macro was written. {@code esc(x)} exempts {@code x}: it is the caller's code. An inner
 * macro's expansion inside an outer one is marked {@code (hygienic-scope form module)}; its
 * escaped parts belong to the outer expansion and are resolved with the outer's names.
 *
 * Two deviations, for names lowering treats as syntax rather than as globals: dotted operators
 * ({@code .+}) and {@code :} stay plain symbols; built-in macros (rewrites in {@link Desugar},
 * which treat their arguments as the caller's code) stay in place with their arguments resolved.
 */
final class Hygiene {
    static final String SCOPE = "hygienic-scope";

    /** What names become in the expansion: a gensym, or the name itself (a struct's name, a keyword). */
    private record Env(Symbol name, Symbol to, Env next) {
        static Symbol lookup(Env env, Symbol s) {
            for (Env e = env; e != null; e = e.next) {
                if (e.name == s) {
                    return e.to;
                }
            }
            return null;
        }
    }

    /** The expansion an escaped part belongs to. */
    private record Outer(Env env, JlModule module, Outer next) {
    }

    /** The names a binding form introduces: renamed ones, and ones that keep their name. */
    private record Introduced(List<Symbol> renamed, List<Symbol> kept) {
    }

    private final LongSupplier counter;

    private Hygiene(LongSupplier counter) {
        this.counter = counter;
    }

    /** A macro's expansion {@code form} (inner expansions marked), resolved for macro module {@code m}. */
    static Object resolve(Object form, JlModule m, LongSupplier counter) {
        return new Hygiene(counter).withNewEnv(form, null, m, null, false, true);
    }

    private Symbol gensym(Symbol s) {
        return Symbol.of("#" + counter.getAsLong() + "#" + s.name);
    }

    // ---- resolving ---------------------------------------------------------------------------

    private Object withNewEnv(Object x, Env env, JlModule m, Outer outer, boolean inarg, boolean outermost) {
        return resolve(x, isExpr(x, "let") ? env : newEnvFor(x, env, outermost), m, outer, inarg);
    }

    private Env newEnvFor(Object x, Env env, boolean outermost) {
        if (!(x instanceof Expr e)) {
            return env;
        }
        Introduced introduced = introduced(e);
        if (!outermost && introduced == null) {
            return env;
        }
        Set<Symbol> globals = new LinkedHashSet<>(declared(e, "global", true));
        Set<Symbol> renamed = new LinkedHashSet<>(declared(e, "local", true));
        renamed.addAll(assigned(e, true));
        if (introduced != null) {
            renamed.addAll(introduced.renamed);
        }
        renamed.removeAll(globals);
        Env result = env;
        for (Symbol k : keywordsIntroduced(e)) {
            result = new Env(k, k, result);
        }
        for (Symbol v : renamed) {
            if (Env.lookup(env, v) == null) {
                result = new Env(v, gensym(v), result);
            }
        }
        if (introduced != null) {
            for (Symbol k : introduced.kept) {
                result = new Env(k, k, result);
            }
        }
        return result;
    }

    private Object resolve(Object x, Env env, JlModule m, Outer outer, boolean inarg) {
        if (x instanceof Symbol s) {
            if (staysPlain(s)) {
                return s;
            }
            Symbol to = Env.lookup(env, s);
            return to != null ? to : new GlobalRef(m, s);
        }
        if (!(x instanceof Expr e)) {
            return x;
        }
        if (e.is("quote")) {
            Object[] args = new Object[e.nargs()];
            for (int i = 0; i < args.length; i++) {
                args[i] = interpolations(e.arg(i), 0, env, m, outer);
            }
            return new Expr(e.head, args).at(e);
        }
        if (quoted(e)) {
            return e;
        }
        switch (e.head.name) {
            case "escape":
                return outer == null ? macroscopes(e.arg(0)) : withNewEnv(e.arg(0), outer.env, outer.module, outer.next, inarg, false);
            case "global": {
                Object[] args = new Object[e.nargs()];
                for (int i = 0; i < args.length; i++) {
                    Object a = e.arg(i);
                    if (a instanceof Symbol) {
                        args[i] = a;
                    } else if (isExpr(a, "=") && ((Expr) a).nargs() == 2) {
                        Expr asg = (Expr) a;
                        args[i] = new Expr("=", unescape(asg.arg(0)), withNewEnv(asg.arg(1), env, m, outer, inarg, false)).at(asg);
                    } else {
                        args[i] = withNewEnv(a, env, m, outer, inarg, false);
                    }
                }
                return new Expr(e.head, args).at(e);
            }
            case "using", "import", "export", "meta", "line", "inbounds", "boundscheck", "loopinfo": {
                Object[] args = new Object[e.nargs()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = unescape(e.arg(i));
                }
                return new Expr(e.head, args).at(e);
            }
            case "macrocall":
                return builtinMacroCall(e, env, m, outer, inarg);
            case "symboliclabel", "symbolicgoto":
                return e;
            case "struct":
                return struct(e, env, m, outer, inarg);
            case "parameters": {
                Object[] args = new Object[e.nargs()];
                for (int i = 0; i < args.length; i++) {
                    Object a = e.arg(i);
                    // `x` alone after `;` in a call means `x = x`
                    args[i] = resolve(!inarg && a instanceof Symbol ? new Expr("kw", a, a).at(e) : a, env, m, outer, false);
                }
                return new Expr(e.head, args).at(e);
            }
            case "=", "function":
                if (e.nargs() == 2 && e.arg(0) instanceof Expr lhs && isFunctionDef(e)) {
                    return new Expr(e.head, functionLhs(lhs, env, m, outer, inarg), withNewEnv(e.arg(1), env, m, outer, inarg, false)).at(e);
                }
                break;
            case "kw": {
                if (e.nargs() < 2) {
                    return e;
                }
                Object name = e.arg(0);
                Object value = withNewEnv(e.arg(1), env, m, outer, inarg, false);
                if (name instanceof Expr d && d.is("::") && d.nargs() == 2) {
                    // in a call's `k::T = v` the name is the keyword's, not a variable
                    Object n = inarg ? resolve(d.arg(0), env, m, outer, true) : unescape(d.arg(0));
                    return new Expr("kw", new Expr("::", n, resolve(d.arg(1), env, m, outer, inarg)).at(d), value).at(e);
                }
                return new Expr("kw", inarg ? resolve(name, env, m, outer, true) : unescape(name), value).at(e);
            }
            case "let":
                return let(e, env, m, outer, inarg);
            case SCOPE:
                return withNewEnv(e.arg(0), env, (JlModule) e.arg(1), new Outer(env, m, outer), inarg, true);
            case "tuple": {
                Object[] args = new Object[e.nargs()];
                for (int i = 0; i < args.length; i++) {
                    Object a = e.arg(i);
                    if (isExpr(a, "=") && ((Expr) a).nargs() == 2) {
                        // (a = 1, b = 2): field names, not variables
                        Expr f = (Expr) a;
                        args[i] = new Expr("=", unescape(f.arg(0)), withNewEnv(f.arg(1), env, m, outer, inarg, false)).at(f);
                    } else {
                        args[i] = withNewEnv(a, env, m, outer, inarg, false);
                    }
                }
                return new Expr(e.head, args).at(e);
            }
            default:
                break;
        }
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            args[i] = withNewEnv(e.arg(i), env, m, outer, inarg, false);
        }
        return new Expr(e.head, args).at(e);
    }

    /** Names lowering reads as syntax, not as globals. */
    private static boolean staysPlain(Symbol s) {
        String n = s.name;
        return switch (n) {
            case "end", "begin", "ccall", "cglobal", ":", "..", "..." -> true;
            default -> n.length() > 1 && n.charAt(0) == '.' && !Character.isLetterOrDigit(n.codePointAt(1)) && n.charAt(1) != '_';
        };
    }

    /** A built-in macro left in the expansion: its arguments are resolved here, it expands after. */
    private Object builtinMacroCall(Expr e, Env env, JlModule m, Outer outer, boolean inarg) {
        String name = Desugar.macroName(e.arg(0));
        if (name.equals("@label") || name.equals("@goto")) {
            return e;
        }
        boolean dataArgs = name.equals("@eval") || name.equals("@macroexpand") || name.equals("@macroexpand1");
        Object[] args = new Object[e.nargs()];
        args[0] = e.arg(0);
        for (int i = 1; i < args.length; i++) {
            Object a = e.arg(i);
            // @eval's code is quoted: only what it interpolates is resolved
            args[i] = dataArgs ? interpolations(a, 0, env, m, outer) : withNewEnv(a, env, m, outer, inarg, false);
        }
        return new Expr(e.head, args).at(e);
    }

    /** Quoted code: only its {@code $(...)} parts (at quoting depth 0) are code of the expansion. */
    private Object interpolations(Object x, int depth, Env env, JlModule m, Outer outer) {
        if (!(x instanceof Expr e)) {
            return x;
        }
        if (e.is("$") && e.nargs() == 1) {
            if (depth == 0) {
                return new Expr("$", withNewEnv(e.arg(0), env, m, outer, false, false)).at(e);
            }
            return new Expr("$", interpolations(e.arg(0), depth - 1, env, m, outer)).at(e);
        }
        int inner = e.is("quote") ? depth + 1 : depth;
        Object[] args = new Object[e.nargs()];
        boolean changed = false;
        for (int i = 0; i < args.length; i++) {
            args[i] = interpolations(e.arg(i), inner, env, m, outer);
            changed |= args[i] != e.arg(i);
        }
        return changed ? new Expr(e.head, args).at(e) : e;
    }

    /** An escaped part of the outermost expansion: the caller's code, with inner expansions in it resolved. */
    private Object macroscopes(Object x) {
        if (!(x instanceof Expr e) || e.is("inert") || e.is("module")) {
            return x;
        }
        if (e.is(SCOPE)) {
            return withNewEnv(e.arg(0), null, (JlModule) e.arg(1), null, false, true);
        }
        Object[] args = new Object[e.nargs()];
        boolean changed = false;
        for (int i = 0; i < args.length; i++) {
            args[i] = macroscopes(e.arg(i));
            changed |= args[i] != e.arg(i);
        }
        return changed ? new Expr(e.head, args).at(e) : e;
    }

    /** A function definition's left side: its name and types resolved, its parameters as parameters. */
    private Object functionLhs(Expr e, Env env, JlModule m, Outer outer, boolean inarg) {
        switch (e.head.name) {
            case "where": {
                Object[] args = new Object[e.nargs()];
                args[0] = e.arg(0) instanceof Expr l ? functionLhs(l, env, m, outer, inarg) : withNewEnv(e.arg(0), env, m, outer, inarg, false);
                for (int i = 1; i < args.length; i++) {
                    args[i] = withNewEnv(e.arg(i), env, m, outer, inarg, false);
                }
                return new Expr(e.head, args).at(e);
            }
            case "::":
                if (e.nargs() == 2) {
                    Object l = e.arg(0) instanceof Expr le ? functionLhs(le, env, m, outer, inarg) : withNewEnv(e.arg(0), env, m, outer, inarg, false);
                    return new Expr(e.head, l, withNewEnv(e.arg(1), env, m, outer, inarg, false)).at(e);
                }
                break;
            case "call": {
                Object[] args = new Object[e.nargs()];
                args[0] = withNewEnv(e.arg(0), env, m, outer, inarg, false);
                for (int i = 1; i < args.length; i++) {
                    args[i] = withNewEnv(e.arg(i), env, m, outer, true, false);
                }
                return new Expr(e.head, args).at(e);
            }
            default:
                break;
        }
        return withNewEnv(e, env, m, outer, inarg, false);
    }

    /** {@code struct}: its name and field names stay; field types and inner constructors are resolved. */
    private Object struct(Expr e, Env env, JlModule m, Outer outer, boolean inarg) {
        if (e.nargs() != 3 || !(e.arg(2) instanceof Expr body)) {
            return e;
        }
        Object[] fields = new Object[body.nargs()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = field(body.arg(i), env, m, outer, inarg);
        }
        return new Expr(e.head, e.arg(0), resolve(e.arg(1), env, m, outer, inarg), new Expr(body.head, fields).at(body)).at(e);
    }

    private Object field(Object x, Env env, JlModule m, Outer outer, boolean inarg) {
        if (!(x instanceof Expr f)) {
            return x;
        }
        if (f.is("::") && f.nargs() == 2) {
            return new Expr("::", unescape(f.arg(0)), resolve(f.arg(1), env, m, outer, inarg)).at(f);
        }
        if (f.is("const") && f.nargs() == 1) {
            return new Expr("const", field(f.arg(0), env, m, outer, inarg)).at(f);
        }
        return withNewEnv(x, env, m, outer, inarg, false);
    }

    /** {@code let}: the bindings' names in the new scope, their values in the enclosing one. */
    private Object let(Expr e, Env env, JlModule m, Outer outer, boolean inarg) {
        Env inner = newEnvFor(e, env, false);
        Object body = e.nargs() > 1 ? resolve(e.arg(1), inner, m, outer, inarg) : null;
        Object binds = e.arg(0);
        Object resolvedBinds;
        if (isExpr(binds, "block")) {
            Expr b = (Expr) binds;
            Object[] out = new Object[b.nargs()];
            for (int i = 0; i < out.length; i++) {
                out[i] = letBinding(b.arg(i), env, inner, m, outer, inarg);
            }
            resolvedBinds = new Expr(b.head, out).at(b);
        } else {
            resolvedBinds = letBinding(binds, env, inner, m, outer, inarg);
        }
        return body == null ? new Expr(e.head, resolvedBinds).at(e) : new Expr(e.head, resolvedBinds, body).at(e);
    }

    private Object letBinding(Object bind, Env env, Env inner, JlModule m, Outer outer, boolean inarg) {
        if (bind instanceof Expr a && a.is("=") && a.nargs() == 2) {
            Object lhs = ((Expr) resolve(new Expr("=", a.arg(0), 0L).at(a), inner, m, outer, inarg)).arg(0);
            return new Expr("=", lhs, resolve(a.arg(1), env, m, outer, inarg)).at(a);
        }
        return bind instanceof Symbol || isExpr(bind, "::") ? resolve(bind, inner, m, outer, inarg) : bind;
    }

    // ---- what binding forms introduce --------------------------------------------------------

    private static Introduced introduced(Expr e) {
        switch (e.head.name) {
            case "function":
                return e.nargs() == 2 && e.arg(0) instanceof Expr sig ? functionVars(sig) : null;
            case "=":
                if (e.nargs() == 2 && e.arg(0) instanceof Expr lhs) {
                    if (Desugar.isCallSignature(lhs)) {
                        return functionVars(lhs);
                    }
                    if (lhs.is("curly")) {
                        return new Introduced(typeVarNames(lhs, 1), List.of()); // const A{T} = ...
                    }
                }
                return null;
            case "->": {
                Object a = e.arg(0);
                List<Object> params = isExpr(a, "tuple") ? List.of(((Expr) a).args()) : List.of(a);
                return new Introduced(positionalNames(params, false), List.of());
            }
            case "where":
                return new Introduced(typeVarNames(e, 1), List.of());
            case "let":
                return letVars(e);
            case "macro":
                return e.arg(0) instanceof Expr sig && sig.is("call") ? new Introduced(positionalNames(tail(sig, 1), false), List.of()) : null;
            case "try":
                return e.nargs() > 1 && e.arg(1) instanceof Symbol v ? new Introduced(List.of(v), List.of()) : null;
            case "struct":
                return typeDefinition(e.arg(1), true);
            case "abstract", "primitive":
                return typeDefinition(e.arg(0), false);
            default:
                return null;
        }
    }

    private static Introduced typeDefinition(Object spec, boolean hasNew) {
        List<Symbol> kept = new ArrayList<>();
        if (unescape(typeName(spec)) instanceof Symbol name) {
            kept.add(name);
        }
        if (hasNew) {
            kept.add(Symbol.of("new"));
        }
        Object s = spec;
        if (isExpr(s, "<:")) {
            s = ((Expr) s).arg(0);
        }
        return new Introduced(isExpr(s, "curly") ? typeVarNames((Expr) s, 1) : List.of(), kept);
    }

    private static Object typeName(Object spec) {
        if (spec instanceof Expr e && (e.is("curly") || e.is("<:"))) {
            return typeName(e.arg(0));
        }
        return spec;
    }

    /** A function definition's left side: its positional parameters and where-variables. */
    private static Introduced functionVars(Expr sig) {
        List<Symbol> renamed = new ArrayList<>();
        Object s = sig;
        while (isExpr(s, "where")) {
            renamed.addAll(typeVarNames((Expr) s, 1));
            s = ((Expr) s).arg(0);
        }
        if (isExpr(s, "::") && ((Expr) s).nargs() == 2 && isExpr(((Expr) s).arg(0), "call")) {
            s = ((Expr) s).arg(0);
        }
        if (isExpr(s, "tuple")) {
            renamed.addAll(positionalNames(List.of(((Expr) s).args()), false));
        } else if (isExpr(s, "call")) {
            Expr call = (Expr) s;
            List<Object> params = new ArrayList<>();
            if (call.arg(0) instanceof Expr name && name.is("curly")) {
                renamed.addAll(typeVarNames(name, 1));
            } else if (call.arg(0) instanceof Expr self && self.is("::") && self.nargs() == 2) {
                params.add(self.arg(0)); // (f::F)(x): f is a parameter too
            }
            params.addAll(tail(call, 1));
            renamed.addAll(positionalNames(params, false));
        } else if (renamed.isEmpty()) {
            return null;
        }
        return new Introduced(renamed, List.of());
    }

    /** Keyword parameter names, and escaped parameter names: they keep their names. */
    private static List<Symbol> keywordsIntroduced(Expr e) {
        Object sig;
        if (e.is("function") && e.nargs() == 2) {
            sig = e.arg(0);
        } else if (e.is("=") && e.nargs() == 2 && Desugar.isCallSignature(e.arg(0))) {
            sig = e.arg(0);
        } else {
            return List.of();
        }
        while (isExpr(sig, "where")) {
            sig = ((Expr) sig).arg(0);
        }
        if (isExpr(sig, "::") && ((Expr) sig).nargs() == 2) {
            sig = ((Expr) sig).arg(0);
        }
        if (!isExpr(sig, "call")) {
            return List.of();
        }
        List<Object> params = tail((Expr) sig, 1);
        List<Object> keywords = new ArrayList<>();
        for (Object p : params) {
            if (isExpr(p, "parameters")) {
                for (Object k : ((Expr) p).args()) {
                    if (!isExpr(k, "...")) {
                        keywords.add(k);
                    }
                }
            }
        }
        List<Symbol> out = new ArrayList<>(argNames(keywords, false));
        out.addAll(argNames(keywords, true));
        out.addAll(positionalNames(params, true));
        return out;
    }

    /** Positional parameter names (a keyword list's `rest...` counts as one), escaped ones or the others. */
    private static List<Symbol> positionalNames(List<Object> params, boolean escaped) {
        List<Object> normal = new ArrayList<>();
        for (Object p : params) {
            if (isExpr(p, "parameters")) {
                for (Object k : ((Expr) p).args()) {
                    if (isExpr(k, "...")) {
                        normal.add(k);
                    }
                }
            } else {
                normal.add(p);
            }
        }
        return argNames(normal, escaped);
    }

    private static List<Symbol> argNames(List<Object> params, boolean escaped) {
        List<Symbol> out = new ArrayList<>();
        for (Object p : params) {
            Object name = argName(p);
            if (name instanceof Symbol s && !escaped) {
                out.add(s);
            } else if (escaped && name instanceof Expr esc && esc.arg(0) instanceof Symbol s) {
                out.add(s);
            }
        }
        return out;
    }

    /** A parameter's name: a Symbol, its {@code (escape name)}, or null (`::Int` has none). */
    private static Object argName(Object p) {
        if (p instanceof Symbol) {
            return p;
        }
        if (!(p instanceof Expr e)) {
            return null;
        }
        return switch (e.head.name) {
            case "...", "kw" -> argName(e.arg(0));
            case "::" -> e.nargs() == 2 ? argName(e.arg(0)) : null;
            case "escape" -> e;
            case SCOPE -> argName(e.arg(0));
            case "meta" -> e.nargs() == 2 ? argName(e.arg(1)) : null;
            default -> null;
        };
    }

    private static Introduced letVars(Expr e) {
        Object binds = e.arg(0);
        List<Object> list = isExpr(binds, "block") ? List.of(((Expr) binds).args()) : List.of(binds);
        List<Symbol> vars = new ArrayList<>();
        for (Object b : list) {
            if (b instanceof Symbol || isExpr(b, "::")) {
                addIfSymbol(vars, declVar(b));
            } else if (b instanceof Expr a && a.is("=") && a.nargs() == 2) {
                Object lhs = a.arg(0);
                if (lhs instanceof Symbol || isExpr(lhs, "::")) {
                    addIfSymbol(vars, declVar(lhs));
                } else if (Desugar.isCallSignature(lhs)) {
                    addIfSymbol(vars, declVarStar(lhs));
                } else if (isExpr(lhs, "tuple")) {
                    for (Object v : declVarsStar(lhs)) {
                        addIfSymbol(vars, v);
                    }
                } else {
                    return null;
                }
            } else if (!(b instanceof org.trufflejl.parser.LineNumberNode)) {
                return null;
            }
        }
        return new Introduced(vars, List.of());
    }

    private static List<Symbol> typeVarNames(Expr e, int from) {
        List<Symbol> out = new ArrayList<>();
        for (int i = from; i < e.nargs(); i++) {
            Object v = e.arg(i);
            if (v instanceof Symbol s) {
                out.add(s);
            } else if (v instanceof Expr b && (b.is("<:") || b.is(">:")) && b.nargs() == 2 && b.arg(0) instanceof Symbol s) {
                out.add(s);
            } else if (v instanceof Expr c && c.is("comparison") && c.nargs() == 5 && c.arg(2) instanceof Symbol s) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- declared and assigned names --------------------------------------------------------

    private static List<Symbol> declared(Object x, String decl, boolean outer) {
        List<Symbol> out = new ArrayList<>();
        if (!(x instanceof Expr e) || quoted(e) || e.is("quote") || e.is("escape")) {
            return out;
        }
        if (e.is(SCOPE)) {
            resumeOnEscape(e.arg(0), 0, y -> declared(y, decl, outer), out);
        } else if (e.is(decl)) {
            for (Object a : e.args()) {
                for (Object v : declVarsStar(a)) {
                    addIfSymbol(out, v);
                }
            }
        } else if (outer || !isFunctionDef(e)) {
            for (Object a : e.args()) {
                out.addAll(declared(a, decl, false));
            }
        }
        return out;
    }

    private static List<Symbol> assigned(Object x, boolean outer) {
        List<Symbol> out = new ArrayList<>();
        if (!(x instanceof Expr e) || quoted(e) || e.is("quote") || e.is("escape")) {
            return out;
        }
        if (e.is(SCOPE)) {
            resumeOnEscape(e.arg(0), 0, y -> assigned(y, outer), out);
        } else if (!outer && isFunctionDef(e)) {
            // an inner function definition assigns only its name
            Object name = null;
            if (e.is("=")) {
                name = declVarStar(e.arg(0));
            } else if (e.is("function")) {
                name = !(e.arg(0) instanceof Expr f) ? e.arg(0) : f.is("tuple") ? null : declVarStar(f);
            }
            addIfSymbol(out, name);
        } else if (e.is("=") && e.nargs() == 2 && !isFunctionDef(e)) {
            for (Object v : declVarsStar(e.arg(0))) {
                addIfSymbol(out, v);
            }
            out.addAll(assigned(e.arg(1), false));
        } else if (e.is("tuple")) {
            for (Object a : e.args()) {
                out.addAll(assigned(isExpr(a, "=") && ((Expr) a).nargs() == 2 ? ((Expr) a).arg(1) : a, false));
            }
        } else {
            for (Object a : e.args()) {
                out.addAll(assigned(a, false));
            }
        }
        return out;
    }

    /** Looks into an inner expansion only where it escapes back to this one's level. */
    private static void resumeOnEscape(Object x, int depth, java.util.function.Function<Object, List<Symbol>> f, List<Symbol> out) {
        if (!(x instanceof Expr e) || quoted(e) || e.is("quote") || e.is("function") || e.is("->") || e.is("module") || e.is("toplevel")) {
            return;
        }
        if (e.is(SCOPE)) {
            resumeOnEscape(e.arg(0), depth + 1, f, out);
        } else if (e.is("escape")) {
            if (depth == 0) {
                out.addAll(f.apply(e.arg(0)));
            } else {
                resumeOnEscape(e.arg(0), depth - 1, f, out);
            }
        } else {
            for (Object a : e.args()) {
                resumeOnEscape(a, depth, f, out);
            }
        }
    }

    // ---- small helpers -----------------------------------------------------------------------

    private static boolean isFunctionDef(Expr e) {
        return e.is("function") || e.is("->") || e.is("=") && e.nargs() == 2 && Desugar.isCallSignature(e.arg(0));
    }

    /** The variable a declaration or definition names: x in {@code x::T}, f in {@code f(x) = ...}. */
    private static Object declVarStar(Object x) {
        if (!(x instanceof Expr e)) {
            return x;
        }
        return switch (e.head.name) {
            case "escape" -> null;
            case "call", "=", "curly", "::", "where" -> declVarStar(e.arg(0));
            default -> e;
        };
    }

    private static List<Object> declVarsStar(Object x) {
        List<Object> out = new ArrayList<>();
        if (isExpr(x, "tuple")) {
            for (Object a : ((Expr) x).args()) {
                out.addAll(declVarsStar(a));
            }
        } else {
            out.add(declVarStar(x));
        }
        return out;
    }

    private static Object declVar(Object x) {
        return isExpr(x, "::") && ((Expr) x).nargs() == 2 ? ((Expr) x).arg(0) : x;
    }

    private static void addIfSymbol(List<Symbol> out, Object v) {
        if (v instanceof Symbol s) {
            out.add(s);
        }
    }

    /** Forms whose contents are data, not code of the expansion. */
    private static boolean quoted(Expr e) {
        return switch (e.head.name) {
            case "inert", "top", "core", "line", "break", "meta", "inbounds", "loopinfo", "module" -> true;
            default -> false;
        };
    }

    private static Object unescape(Object x) {
        return isExpr(x, "escape") ? ((Expr) x).arg(0) : x;
    }

    private static List<Object> tail(Expr e, int from) {
        List<Object> out = new ArrayList<>();
        for (int i = from; i < e.nargs(); i++) {
            out.add(e.arg(i));
        }
        return out;
    }

    private static boolean isExpr(Object x, String head) {
        return x instanceof Expr e && e.is(head);
    }
}
