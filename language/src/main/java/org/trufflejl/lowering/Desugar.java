package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.trufflejl.parser.Expr;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.parser.QuoteNode;
import org.trufflejl.runtime.Symbol;

/**
 * The first lowering pass: expands the built-in macros and rewrites sugar into core forms, so
 * that scope analysis and code generation see one shape per construct:
 * {@code x op= v} becomes {@code x = x op v}; short function definitions and {@code do}
 * blocks become {@code function}/{@code ->}; multi-binding {@code let} becomes nested lets;
 * comparison chains become {@code &&}.
 */
final class Desugar {
    static {
        // the Base macros the switch in macro expansion handles (not the Test or Threads ones)
        org.trufflejl.runtime.JlModule.declareBuiltinMacros(java.util.Set.of("@__DIR__", "@__FILE__", "@__LINE__", "@__MODULE__",
                        "@__dot__", "@allocated", "@assert", "@async", "@boundscheck", "@doc", "@elapsed", "@eval", "@fastmath", "@generated",
                        "@gensym", "@goto", "@inbounds", "@inline", "@isdefined", "@kwdef", "@label", "@lock", "@macroexpand", "@macroexpand1",
                        "@noinline", "@nospecialize", "@propagate_inbounds", "@r_str", "@raw_str", "@s_str", "@show", "@showtime", "@simd",
                        "@specialize", "@sync", "@task", "@time", "@timed", "@view", "@views",
                        "@_inline_meta", "@_noinline_meta", "@constprop", "@assume_effects", "@pure"));
    }

    private final String file;
    private int gensym;
    /** The user macro about to be expanded is @macroexpand1's: only it, not the ones its expansion calls. */
    private boolean expandingOneLevel;
    /** Expanding for @macroexpand: a macro's error stays itself (Julia's macroexpand passes no throw_load_error). */
    private boolean expandingForMacroexpand;
    /** Runs a user-defined macro: its expansion, or null when no macro of that name is defined. */
    private final MacroExpander macros;

    @FunctionalInterface
    interface MacroExpander {
        /** Expands macro {@code name}, which {@code ref} names (a Symbol, or {@code M.@m} as an Expr); null when there is none. */
        Object expand(String name, Object ref, LineNumberNode where, List<Object> args, boolean oneLevel);
    }

    /** The module the code is lowered into (what {@code @__MODULE__} names), or null when unknown. */
    private final org.trufflejl.runtime.JlModule module;

    Desugar(String file) {
        this(file, null, null);
    }

    Desugar(String file, MacroExpander macros, org.trufflejl.runtime.JlModule module) {
        this.file = file;
        this.macros = macros;
        this.module = module;
    }

    /** {@code @__MODULE__}: the module the code is written in, fixed when it is lowered (as Julia's). */
    private Object currentModule(Expr at) {
        return module != null ? module : new Expr("call", sym("__current_module__")).at(at);
    }

    /** {@code local name = value}. */
    private static Expr local(Expr at, Symbol name, Object value) {
        return new Expr("local", new Expr("=", name, value).at(at)).at(at);
    }

    static Symbol sym(String s) {
        return Symbol.of(s);
    }

    static boolean isExpr(Object o, String head) {
        return o instanceof Expr e && e.is(head);
    }

    /** {@code (; a, b) = x}: {@code a = x.a; b = x.b}, x evaluated once; the value is x. */
    private Expr propertyDestructuring(Expr names, Object rhs, Expr at) {
        Symbol tmp = gensym("props");
        List<Object> body = new ArrayList<>();
        body.add(new Expr("=", tmp, rhs).at(at));
        for (Object n : names.args()) {
            if (!(n instanceof Symbol name)) {
                throw org.trufflejl.runtime.Errors.error("syntax: invalid assignment location \"" + org.trufflejl.parser.ExprPrinter.toSource(n) + "\"", null);
            }
            body.add(new Expr("=", name, new Expr("call", sym("getproperty"), tmp, new QuoteNode(name)).at(at)).at(at));
        }
        body.add(tmp);
        return new Expr("block", body.toArray()).at(at);
    }

    /** Whether a destructuring pattern has a slurp ({@code b...}) at any depth. */
    private static boolean slurps(Expr pattern) {
        for (Object a : pattern.args()) {
            if (a instanceof Expr x && (x.is("...") || x.is("tuple") && slurps(x))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code (a, b..., c) = rhs} as Julia lowers it: the names before the slurp from
     * {@code Base.indexed_iterate}, the slurp from {@code Base.rest} when it is last, else
     * {@code Base.split_rest}, whose second part the names after it destructure. Nested patterns
     * become assignments of their own; the value is {@code rhs}.
     */
    private Expr slurpDestructuring(Expr pattern, Object rhs, Expr at) {
        int slurpAt = -1;
        for (int i = 0; i < pattern.nargs(); i++) {
            if (pattern.arg(i) instanceof Expr x && x.is("...")) {
                if (slurpAt >= 0) {
                    throw org.trufflejl.runtime.Errors.error("syntax: multiple \"...\" on lhs of assignment", null);
                }
                slurpAt = i;
            }
        }
        Symbol value = gensym("rhs");
        Symbol state = gensym("state");
        List<Object> body = new ArrayList<>();
        body.add(new Expr("=", value, rhs).at(at));
        int leading = slurpAt < 0 ? pattern.nargs() : slurpAt;
        for (int i = 0; i < leading; i++) {
            Symbol next = gensym("next");
            Expr iterate = i == 0 ? baseCall(at, "indexed_iterate", value, (long) (i + 1))
                            : baseCall(at, "indexed_iterate", value, (long) (i + 1), state);
            body.add(new Expr("=", next, iterate).at(at));
            body.add(new Expr("=", pattern.arg(i), new Expr("ref", next, 1L).at(at)).at(at));
            body.add(new Expr("=", state, new Expr("ref", next, 2L).at(at)).at(at));
        }
        if (slurpAt >= 0) {
            Object slurped = ((Expr) pattern.arg(slurpAt)).arg(0);
            int trailing = pattern.nargs() - slurpAt - 1;
            Object[] stateArgs = leading == 0 ? new Object[0] : new Object[]{state};
            if (trailing == 0) {
                body.add(new Expr("=", slurped, baseCall(at, "rest", prepend(value, stateArgs))).at(at));
            } else {
                Symbol parts = gensym("parts");
                Object[] args = new Object[2 + stateArgs.length];
                args[0] = value;
                args[1] = (long) trailing;
                System.arraycopy(stateArgs, 0, args, 2, stateArgs.length);
                body.add(new Expr("=", parts, baseCall(at, "split_rest", args)).at(at));
                body.add(new Expr("=", slurped, new Expr("ref", parts, 1L).at(at)).at(at));
                Object[] after = Arrays.copyOfRange(pattern.args(), slurpAt + 1, pattern.nargs());
                body.add(new Expr("=", new Expr("tuple", after).at(pattern), new Expr("ref", parts, 2L).at(at)).at(at));
            }
        }
        body.add(value);
        return new Expr("block", body.toArray()).at(at);
    }

    private static boolean slurpingLoopVariable(Object specs) {
        if (specs instanceof Expr b && b.is("block")) {
            for (Object spec : b.args()) {
                if (slurpingLoopVariable(spec)) {
                    return true;
                }
            }
            return false;
        }
        return specs instanceof Expr spec && spec.is("=") && spec.arg(0) instanceof Expr pattern
                        && (pattern.is("tuple") && slurps(pattern) || pattern.is("outer") && pattern.nargs() == 1);
    }

    /**
     * {@code for (a, b...) in xs}: the loop takes each element into a temporary that the body,
     * first, destructures into fresh locals (loop variables are new in each iteration).
     */
    private Expr loopWithSlurp(Expr loop) {
        Object specs = loop.arg(0);
        List<Object> prologue = new ArrayList<>();
        Object newSpecs;
        if (specs instanceof Expr b && b.is("block")) {
            Object[] each = new Object[b.nargs()];
            for (int i = 0; i < each.length; i++) {
                each[i] = withElementTemporary((Expr) b.arg(i), prologue);
            }
            newSpecs = new Expr("block", each).at(b);
        } else {
            newSpecs = withElementTemporary((Expr) specs, prologue);
        }
        Object body = loop.arg(1);
        Object[] statements = new Object[prologue.size() + 1];
        prologue.toArray(statements);
        statements[prologue.size()] = body;
        return new Expr("for", newSpecs, new Expr("block", statements).at(loop)).at(loop);
    }

    private Expr withElementTemporary(Expr spec, List<Object> prologue) {
        if (spec.arg(0) instanceof Expr outer && outer.is("outer") && outer.nargs() == 1) {
            // for outer i in xs: each element goes to the enclosing scope's i, which keeps the last
            Symbol element = gensym("element");
            prologue.add(new Expr("=", outer.arg(0), element).at(spec));
            return new Expr("=", element, spec.arg(1)).at(spec);
        }
        if (!(spec.arg(0) instanceof Expr pattern && pattern.is("tuple") && slurps(pattern))) {
            return spec;
        }
        Symbol element = gensym("element");
        List<Object> names = new ArrayList<>();
        patternNames(pattern, names);
        prologue.add(new Expr("local", names.toArray()).at(spec));
        prologue.add(new Expr("=", pattern, element).at(spec));
        return new Expr("=", element, spec.arg(1)).at(spec);
    }

    /** The variables a destructuring pattern assigns. */
    private static void patternNames(Object pattern, List<Object> names) {
        if (pattern instanceof Symbol) {
            names.add(pattern);
        } else if (pattern instanceof Expr x && (x.is("tuple") || x.is("...") || x.is("::"))) {
            if (x.is("::")) {
                patternNames(x.arg(0), names);
                return;
            }
            for (Object a : x.args()) {
                patternNames(a, names);
            }
        }
    }

    /** A call of a Base function by its value, whatever the names visible where the call is. */
    private Expr baseCall(Expr at, String name, Object... args) {
        Object[] callArgs = prepend(new Expr("#base", new QuoteNode(sym(name))).at(at), args);
        return new Expr("call", callArgs).at(at);
    }

    /** Keys of the bodies of generated functions: one per expansion, so a redefinition starts afresh. */
    private static final java.util.concurrent.atomic.AtomicLong GENERATED_KEYS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * {@code @generated function f(x::T, ys...) where {T} body end}: a method whose body asks
     * Base for the code made by {@code body} (run with the arguments' types and the static
     * parameters) for these argument types, made once per types and then called with the values.
     */
    private Object generatedFunction(Object def, Expr at) {
        if (!(def instanceof Expr d && (d.is("function") || d.is("=")) && d.nargs() == 2)) {
            throw org.trufflejl.runtime.Errors.error("syntax: @generated needs a function definition", null);
        }
        Object sig = d.arg(0);
        List<Expr> wheres = new ArrayList<>();
        while (sig instanceof Expr w && w.is("where")) {
            wheres.add(w);
            sig = w.arg(0);
        }
        if (!(sig instanceof Expr call && call.is("call"))) {
            throw org.trufflejl.runtime.Errors.error("syntax: @generated needs a function definition", null);
        }
        List<Object> names = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(call.arg(0));
        int vararg = 0;
        for (int i = 1; i < call.nargs(); i++) {
            Object p = call.arg(i);
            boolean splat = p instanceof Expr x && x.is("...");
            Object inner = splat ? ((Expr) p).arg(0) : p;
            Symbol pname;
            if (inner instanceof Symbol ps) {
                pname = ps;
            } else if (inner instanceof Expr t && t.is("::") && t.nargs() == 2 && t.arg(0) instanceof Symbol ps) {
                pname = ps;
            } else if (inner instanceof Expr t && t.is("::") && t.nargs() == 1) {
                pname = gensym("arg");
                inner = new Expr("::", pname, t.arg(0)).at(at);
            } else {
                throw org.trufflejl.runtime.Errors.error("syntax: a generated function takes plain positional arguments (no defaults or keywords)", null);
            }
            if (splat) {
                vararg = names.size() + 1;
                inner = new Expr("...", inner).at(at);
            }
            names.add(pname);
            params.add(inner);
        }
        Object newSig = new Expr("call", params.toArray()).at(at);
        List<Object> sparams = new ArrayList<>();
        for (int i = wheres.size() - 1; i >= 0; i--) {
            Expr w = wheres.get(i);
            Object[] wargs = w.args().clone();
            wargs[0] = newSig;
            newSig = new Expr("where", wargs).at(w);
            for (int k = 1; k < w.nargs(); k++) {
                collectWhereNames(w.arg(k), sparams);
            }
        }
        List<Object> all = new ArrayList<>(names);
        all.addAll(sparams);
        Object generator = new Expr("->", new Expr("tuple", all.toArray()).at(at), d.arg(1)).at(at);
        List<Object> quoted = new ArrayList<>();
        for (Object n : all) {
            quoted.add(new QuoteNode(n));
        }
        Symbol key = sym("#generated#" + GENERATED_KEYS.incrementAndGet());
        Expr body = baseCall(at, "_generated_call", new QuoteNode(key), generator, currentModule(at),
                        new Expr("tuple", quoted.toArray()).at(at), new Expr("tuple", names.toArray()).at(at),
                        new Expr("tuple", sparams.toArray()).at(at), (long) vararg);
        return new Expr("function", newSig, new Expr("block", body).at(at)).at(at);
    }

    /** The variable names of a where clause's entry: {@code T}, {@code T<:Real}, {@code {T, N}}, {@code L<:T<:U}. */
    private static void collectWhereNames(Object v, List<Object> out) {
        if (v instanceof Symbol) {
            out.add(v);
        } else if (v instanceof Expr x && (x.is("braces") || x.is("bracescat"))) {
            for (Object a : x.args()) {
                collectWhereNames(a, out);
            }
        } else if (v instanceof Expr x && (x.is("<:") || x.is(">:")) && x.nargs() == 2) {
            out.add(x.arg(0));
        } else if (v instanceof Expr x && x.is("comparison") && x.nargs() == 5) {
            out.add(x.arg(2));
        } else {
            throw org.trufflejl.runtime.Errors.error("syntax: invalid variable expression in \"where\"", null);
        }
    }

    Symbol gensym(String hint) {
        return sym("#" + hint + "#" + (++gensym));
    }

    Object expand(Object o) {
        if (!(o instanceof Expr e)) {
            return o;
        }
        switch (e.head.name) {
            case "quote":
                return expandInterpolations(e, 0); // quoted code stays as written, except its $(...) parts
            case "macrocall":
                return expand(expandMacro(e));
            case "macro":
                return expand(macroDefinition(e));
            case "=":
                if (isCallSignature(e.arg(0))) {
                    return expand(new Expr("function", e.arg(0), e.arg(1)).at(e));
                }
                if (isDotCall(e.arg(0))) {
                    return new Expr("=", e.arg(0), expand(e.arg(1))).at(e); // not a place: lowering says so
                }
                if (e.arg(0) instanceof Expr lhs && lhs.is("tuple") && lhs.nargs() == 1 && lhs.arg(0) instanceof Expr p
                                && p.is("parameters")) {
                    return expand(propertyDestructuring(p, e.arg(1), e));
                }
                if (e.arg(0) instanceof Expr lhs && lhs.is("tuple") && slurps(lhs)) {
                    return expand(slurpDestructuring(lhs, e.arg(1), e));
                }
                break;
            case "do": {
                Expr call = (Expr) e.arg(0);
                Object[] args = new Object[call.nargs() + 1];
                args[0] = call.arg(0);
                int at = 1;
                // The do-block function is the first positional argument (after any parameters).
                List<Object> rest = new ArrayList<>(Arrays.asList(call.args()).subList(1, call.nargs()));
                int insert = !rest.isEmpty() && isExpr(rest.get(0), "parameters") ? 1 : 0;
                rest.add(insert, e.arg(1));
                for (Object r : rest) {
                    args[at++] = r;
                }
                return expand(new Expr("call", args).at(call));
            }
            case "for":
                if (slurpingLoopVariable(e.arg(0))) {
                    return expand(loopWithSlurp(e));
                }
                break;
            case "let":
                return expandLet(e);
            case "local":
                if (declaresFunction(e)) {
                    return expand(localFunctions(e));
                }
                break;
            case "comparison":
                return expand(expandComparison(e));
            case ".&&", ".||":
                // a .&& b: each pair short-circuits, broadcast as Base.andand (fused with the dot calls around it)
                if (e.nargs() == 2) {
                    Expr f = new Expr("#base", new QuoteNode(sym(e.is(".&&") ? "_andand" : "_oror"))).at(e);
                    return expand(new Expr(".", f, new Expr("tuple", e.arg(0), e.arg(1)).at(e)).at(e));
                }
                break;
            default:
                if (isCompoundAssignment(e.head.name)) {
                    return expand(expandCompound(e));
                }
                if (isDotCall(e) && hasDotCallArgument(e)) {
                    return expand(fusedBroadcast(e, "broadcast", null));
                }
                if (e.is(".") && e.nargs() == 2 && isExpr(e.arg(1), "tuple") && hasKeywords((Expr) e.arg(1))) {
                    return expand(keywordBroadcast(e));
                }
        }
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            args[i] = expand(e.arg(i));
        }
        return new Expr(e.head, args).at(e);
    }

    /** {@code f(x) = ...}, {@code f(x)::T = ...}, {@code f(x) where T = ...}. */
    /** {@code local f(x) = ...}: a local declaration that defines a function. */
    private static boolean declaresFunction(Expr local) {
        for (Object a : local.args()) {
            if (functionName(a) != null) {
                return true;
            }
        }
        return false;
    }

    /** The name a definition {@code f(x) = ...} or {@code function f(x) ... end} defines, else null. */
    private static Symbol functionName(Object def) {
        if (!(def instanceof Expr d && (d.is("function") || d.is("=") && isCallSignature(d.arg(0))) && d.nargs() >= 1)) {
            return null;
        }
        Object sig = d.arg(0);
        while (sig instanceof Expr w && (w.is("where") || w.is("::")) && w.nargs() >= 1) {
            sig = w.arg(0);
        }
        return sig instanceof Expr call && call.is("call") && call.nargs() >= 1 && call.arg(0) instanceof Symbol f ? f : null;
    }

    /** {@code local f(x) = x, y = 2}: {@code local f, y = 2} and then the definitions, as Julia's. */
    private static Expr localFunctions(Expr local) {
        List<Object> names = new ArrayList<>();
        List<Object> definitions = new ArrayList<>();
        for (Object a : local.args()) {
            Symbol f = functionName(a);
            if (f != null) {
                names.add(f);
                definitions.add(a);
            } else {
                names.add(a);
            }
        }
        List<Object> block = new ArrayList<>();
        block.add(new Expr("local", names.toArray()).at(local));
        block.addAll(definitions);
        return new Expr("block", block.toArray()).at(local);
    }

    static boolean isCallSignature(Object lhs) {
        if (isExpr(lhs, "call")) {
            return true;
        }
        if ((isExpr(lhs, "where") || isExpr(lhs, "::")) && ((Expr) lhs).nargs() >= 1) {
            return isCallSignature(((Expr) lhs).arg(0)) && !(isExpr(lhs, "::") && ((Expr) lhs).nargs() == 1);
        }
        return false;
    }

    private static boolean isCompoundAssignment(String h) {
        if (h.length() < 2 || !h.endsWith("=") || h.equals("==") || h.equals("===") || h.equals("<=") || h.equals(">=")
                        || h.equals("!=") || h.equals("!==") || h.equals("=>") || h.equals(":=") || h.equals("≤=")) {
            return false;
        }
        String op = h.substring(0, h.length() - 1);
        return switch (op) {
            case "+", "-", "*", "/", "//", "\\", "^", "÷", "%", "|", "&", "⊻", "<<", ">>", ">>>", ".+", ".-", ".*", "./", ".^", ".÷", ".%", ".|", ".&", ".", ".⊻" -> true;
            default -> false;
        };
    }

    private Expr expandCompound(Expr e) {
        String h = e.head.name;
        String op = h.substring(0, h.length() - 1);
        Object lhs = e.arg(0);
        if (op.startsWith(".") && lhs instanceof Expr r && r.is("ref")) {
            // x[i] .= v writes through Base.dotview(x, i) (indices keep their `end`)
            lhs = new Expr("#dotview", r.args()).at(r);
        }
        if (op.equals(".")) {
            // x .= v: broadcast assignment into x, fused with the dot calls of v
            Object v = e.arg(1);
            return isDotCall(v) ? fusedBroadcast((Expr) v, "broadcast!", lhs) : new Expr("call", sym("broadcast!"), sym("identity"), lhs, v).at(e);
        }
        if (op.startsWith(".")) {
            // x .op= v is x .= x .op v
            return fusedBroadcast(new Expr("call", sym(op), lhs, e.arg(1)).at(e), "broadcast!", lhs);
        }
        if (lhs instanceof Expr r && r.is("ref")) {
            return expandIndexedUpdate(r, op, e);
        }
        return new Expr("=", lhs, new Expr("call", sym(op), lhs, e.arg(1)).at(e)).at(e);
    }

    /**
     * {@code a[i] op= v} is {@code a[i] = a[i] op v} with the array and the indices evaluated
     * once, as Julia does: any of them that is not a plain name or literal is bound first to a
     * hidden local ({@code let}), in order.
     */
    private Expr expandIndexedUpdate(Expr ref, String op, Expr e) {
        Object[] parts = ref.args().clone();
        List<Object> bindings = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Object part = parts[i];
            boolean splat = part instanceof Expr sp && sp.is("...");
            Object inner = splat ? ((Expr) part).arg(0) : part;
            if (inner instanceof Expr x && !x.is("quote") && !(i > 0 && mentionsBeginEnd(x))) {
                Symbol t = gensym(i == 0 ? "a" : "i");
                bindings.add(new Expr("=", t, inner).at(e));
                parts[i] = splat ? new Expr("...", t).at((Expr) part) : t;
            }
        }
        Expr target = new Expr("ref", parts).at(ref);
        Expr update = new Expr("=", target, new Expr("call", sym(op), target, e.arg(1)).at(e)).at(e);
        if (bindings.isEmpty()) {
            return update;
        }
        Expr head = bindings.size() == 1 ? (Expr) bindings.get(0) : new Expr("block", bindings.toArray()).at(e);
        return new Expr("let", head, update).at(e);
    }

    /**
     * Whether an index expression refers to its array's {@code end} or {@code begin} (an inner
     * indexing has its own). Lowering keeps the array in a temporary for those.
     */
    static boolean mentionsBeginEnd(Object x) {
        if (x instanceof Symbol sy) {
            return sy.name.equals("end") || sy.name.equals("begin");
        }
        if (x instanceof Expr ex && !ex.is("ref") && !ex.is("#view") && !ex.is("#maybeview") && !ex.is("#dotview")) {
            for (Object a : ex.args()) {
                if (mentionsBeginEnd(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code @views}: every slice {@code A[...]} read in the expression becomes a view (assigned-to ones stay). */
    private static Object viewsIn(Object x) {
        if (!(x instanceof Expr e) || e.is("quote")) {
            return x;
        }
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            boolean assignedTo = i == 0 && (e.is("=") || isCompoundAssignment(e.head.name)) && isExpr(e.arg(0), "ref");
            if (assignedTo) {
                Expr ref = (Expr) e.arg(0);
                Object[] inner = new Object[ref.nargs()];
                for (int j = 0; j < inner.length; j++) {
                    inner[j] = viewsIn(ref.arg(j));
                }
                args[i] = new Expr(ref.head, inner).at(ref);
            } else {
                args[i] = viewsIn(e.arg(i));
            }
        }
        return new Expr(e.is("ref") ? sym("#maybeview") : e.head, args).at(e);
    }

    /** {@code @.}: every call, operator and assignment in the expression is dotted; {@code $f(x)} keeps f undotted. */
    private static Object dotted(Object x) {
        if (!(x instanceof Expr e) || e.is("quote") || e.is("macrocall") || e.is("->") || e.is("function")) {
            return x;
        }
        if (e.is("$")) {
            return e.arg(0);
        }
        Object[] args = new Object[e.nargs()];
        for (int i = 0; i < args.length; i++) {
            args[i] = dotted(e.arg(i));
        }
        if (e.is("call") && args.length >= 1) {
            Object f = e.arg(0);
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (f instanceof Expr fx && fx.is("$")) {
                return new Expr("call", prepend(fx.arg(0), rest)).at(e);
            }
            if (f instanceof Symbol fs && org.trufflejl.parser.ExprPrinter.isOperator(fs.name) && Character.isLetter(fs.name.codePointAt(0))) {
                return new Expr(".", f, new Expr("tuple", rest).at(e)).at(e); // in, isa: in.(x, y)
            }
            if (f instanceof Symbol fs && (fs.name.startsWith(".") || org.trufflejl.parser.ExprPrinter.isOperator(fs.name))) {
                return new Expr("call", prepend(fs.name.startsWith(".") ? fs : sym("." + fs.name), rest)).at(e);
            }
            return new Expr(".", f, new Expr("tuple", rest).at(e)).at(e);
        }
        if (e.is("=") && !isCallSignature(e.arg(0))) {
            return new Expr(".=", args).at(e);
        }
        if (isCompoundAssignment(e.head.name) && !e.head.name.startsWith(".")) {
            return new Expr("." + e.head.name, args).at(e);
        }
        return new Expr(e.head, args).at(e);
    }

    // ---- broadcast fusion ------------------------------------------------------------

    /** {@code f.(args)} or {@code a .op b}, with plain positional arguments (no splats or keywords). */
    static boolean isDotCall(Object o) {
        if (!(o instanceof Expr e)) {
            return false;
        }
        Object[] args;
        if (e.is(".") && e.nargs() == 2 && e.arg(1) instanceof Expr t && t.is("tuple")) {
            args = t.args();
        } else if (e.is("call") && e.nargs() >= 2 && e.arg(0) instanceof Symbol f && isDottedOperator(f.name)) {
            args = Arrays.copyOfRange(e.args(), 1, e.nargs());
        } else {
            return false;
        }
        for (Object a : args) {
            if (isExpr(a, "...") || isExpr(a, "parameters") || isExpr(a, "kw") || isExpr(a, "=")) {
                return false;
            }
        }
        return true;
    }

    static boolean isDottedOperator(String name) {
        return name.length() > 1 && name.charAt(0) == '.' && !name.equals("..") && !name.equals("...")
                        && org.trufflejl.parser.ExprPrinter.isOperator(name.substring(1));
    }

    private static Object[] dotCallArgs(Expr e) {
        return e.is(".") ? ((Expr) e.arg(1)).args() : Arrays.copyOfRange(e.args(), 1, e.nargs());
    }

    private static Object dotCallFunction(Expr e) {
        return e.is(".") ? e.arg(0) : sym(((Symbol) e.arg(0)).name.substring(1));
    }

    private static boolean hasKeywords(Expr tuple) {
        for (Object a : tuple.args()) {
            if (isExpr(a, "parameters") || isExpr(a, "kw") || isExpr(a, "=")) {
                return true;
            }
        }
        return false;
    }

    /** {@code f.(x, y; k = v)} → {@code broadcast((a, b) -> f(a, b; k = v), x, y)}: keywords are not broadcast over. */
    private Expr keywordBroadcast(Expr e) {
        List<Object> leaves = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Object> call = new ArrayList<>();
        call.add(e.arg(0));
        for (Object a : ((Expr) e.arg(1)).args()) {
            if (isExpr(a, "parameters") || isExpr(a, "kw")) {
                call.add(a);
            } else if (isExpr(a, "=")) {
                call.add(new Expr("kw", ((Expr) a).args()).at((Expr) a));
            } else if (isExpr(a, "...")) {
                throw org.trufflejl.runtime.Errors.error("syntax: splatting with keyword arguments in a dot call is not supported", null);
            } else {
                call.add(fusedLeaf(a, leaves, params));
            }
        }
        return broadcastCall(e, "broadcast", lambda(e, params, new Expr("call", call.toArray()).at(e)), null, leaves);
    }

    /** {@code target(f, [dest,] leaves...)}. */
    private static Expr broadcastCall(Expr at, String target, Object f, Object dest, List<Object> leaves) {
        List<Object> call = new ArrayList<>();
        call.add(sym(target));
        call.add(f);
        if (dest != null) {
            call.add(dest);
        }
        call.addAll(leaves);
        return new Expr("call", call.toArray()).at(at);
    }

    private static boolean hasDotCallArgument(Expr e) {
        for (Object a : dotCallArgs(e)) {
            if (isDotCall(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nested dot calls make one broadcast of a fused function over the leaves, as Julia's
     * broadcasted/materialize do, so no intermediate array is made:
     * {@code a .* b .+ 1} → {@code broadcast((x1, x2) -> x1 * x2 + 1, a, b)}, and
     * {@code d .= a .* b} → {@code broadcast!((x1, x2) -> x1 * x2, d, a, b)}. Each leaf is
     * evaluated once, left to right; number literals are inlined. A single dot call stays a call
     * of its own function, which keeps methods such as BitArray's word-at-a-time {@code .&}.
     */
    private Expr fusedBroadcast(Expr top, String target, Object dest) {
        List<Object> leaves = new ArrayList<>();
        if (!hasDotCallArgument(top)) {
            leaves.addAll(Arrays.asList(dotCallArgs(top)));
            return broadcastCall(top, target, dotCallFunction(top), dest, leaves);
        }
        List<Object> params = new ArrayList<>();
        Object body = fusedBody(top, leaves, params);
        return broadcastCall(top, target, lambda(top, params, body), dest, leaves);
    }

    private Object fusedBody(Object x, List<Object> leaves, List<Object> params) {
        if (isDotCall(x)) {
            Expr e = (Expr) x;
            Object f = dotCallFunction(e);
            Object[] args = dotCallArgs(e);
            Object[] call = new Object[args.length + 1];
            call[0] = f instanceof Symbol ? f : fusedLeaf(f, leaves, params);
            for (int i = 0; i < args.length; i++) {
                call[i + 1] = fusedBody(args[i], leaves, params);
            }
            return new Expr("call", call).at(e);
        }
        if (x instanceof Number || x instanceof Boolean) {
            return x;
        }
        return fusedLeaf(x, leaves, params);
    }

    private Symbol fusedLeaf(Object x, List<Object> leaves, List<Object> params) {
        Symbol p = gensym("bc");
        leaves.add(x);
        params.add(p);
        return p;
    }

    private Object expandComparison(Expr e) {
        // a < b <= c  →  (a < b) && (b <= c); with a dotted operator (0 .<= x .< 1) the parts
        // combine element-wise
        boolean dotted = false;
        for (int i = 1; i < e.nargs(); i += 2) {
            dotted |= e.arg(i) instanceof Symbol s && s.name.startsWith(".") && s.name.length() > 1;
        }
        return comparisonChain(e, e.arg(0), 1, dotted);
    }

    /**
     * The chain from the operator at {@code i} on, with {@code left} its left operand. A computed
     * middle operand is evaluated once, into a temporary, and only when the comparisons before it
     * held (as Julia: {@code 2 < 1 < f()} does not call {@code f}).
     */
    private Object comparisonChain(Expr e, Object left, int i, boolean dotted) {
        Object op = e.arg(i);
        Object right = e.arg(i + 1);
        boolean more = i + 2 < e.nargs();
        Symbol temp = more && right instanceof Expr ? gensym("cmp") : null;
        Object r = temp != null ? temp : right;
        Object cmp = op instanceof Symbol s && (s.name.equals("<:") || s.name.equals(">:"))
                        ? new Expr(s, left, r).at(e)
                        : new Expr("call", op, left, r).at(e);
        Object chain = cmp;
        if (more) {
            Object rest = comparisonChain(e, r, i + 2, dotted);
            chain = dotted ? new Expr("call", sym(".&"), cmp, rest).at(e) : new Expr("&&", cmp, rest).at(e);
        }
        return temp == null ? chain : new Expr("let", new Expr("=", temp, right).at(e), chain).at(e);
    }

    private Object expandLet(Expr e) {
        Object bindings = e.arg(0);
        Object body = expand(e.arg(1));
        List<Object> list = new ArrayList<>();
        if (isExpr(bindings, "block")) {
            for (Object b : ((Expr) bindings).args()) {
                if (!(b instanceof LineNumberNode)) {
                    list.add(b);
                }
            }
        } else {
            list.add(bindings);
        }
        if (list.isEmpty()) {
            return new Expr("let", new Expr("block").at(e), body).at(e);
        }
        Object result = body;
        for (int i = list.size() - 1; i >= 0; i--) {
            Object binding = list.get(i);
            if (binding instanceof Expr b && (b.is("function") || b.is("=") && (isExpr(b.arg(0), "call") || isExpr(b.arg(0), "where")))) {
                // `let f(x; k = 1) = ...`: a local function of the let, defined in its body
                result = new Expr("let", new Expr("block").at(e), new Expr("block", expand(binding), result).at(e)).at(e);
            } else if (binding instanceof Expr b && b.is("=") && b.arg(0) instanceof Expr lhs && lhs.is("tuple") && slurps(lhs)) {
                // `let (a, b...) = x`: x into a temporary (read in the enclosing scope), then
                // destructured into the let's own locals
                Symbol tmp = gensym("let");
                List<Object> names = new ArrayList<>(Analyzer.patternNames(lhs));
                Expr locals = new Expr("local", names.toArray()).at(e);
                Object destructure = expand(new Expr("=", lhs, tmp).at(b));
                result = new Expr("let", new Expr("=", tmp, expand(b.arg(1))).at(b), new Expr("block", locals, destructure, result).at(e)).at(e);
            } else {
                result = new Expr("let", expand(binding), result).at(e);
            }
        }
        return result;
    }

    // ---- macros -------------------------------------------------------------------------

    /** The macro's last argument (its body); a syntax error when it has none (`@async` alone). */
    private static Object lastArg(List<Object> args, String macro) {
        if (args.isEmpty()) {
            throw org.trufflejl.runtime.Errors.error("syntax: " + macro + " needs an expression", null);
        }
        return args.get(args.size() - 1);
    }

    private Object expandMacro(Expr e) {
        if (e.nargs() < 2) {
            // the name and the source location, as Julia's jl_invoke_julia_macro requires
            throw org.trufflejl.runtime.Errors.error("macrocall: too few arguments (expected 3)", null);
        }
        String name = macroName(e.arg(0));
        List<Object> args = new ArrayList<>();
        LineNumberNode where = null;
        for (int i = 1; i < e.nargs(); i++) {
            if (e.arg(i) instanceof LineNumberNode l) {
                where = l;
            } else if (i == 1 && (e.arg(i) == null || e.arg(i) instanceof org.trufflejl.runtime.JlNothing)) {
                // Expr(:macrocall, name, nothing, args...): a call without a source location
            } else {
                args.add(e.arg(i));
            }
        }
        switch (name) {
            case "@doc":
                return new Expr("doc", args.toArray()).at(e);
            case "@eval": {
                // Core.eval(module, quoted expression): $(...) parts are interpolated, as in Julia
                Object body = lastArg(args, name);
                Object target = args.size() > 1 ? args.get(0) : currentModule(e);
                // Core.eval (a module's own `eval` takes the expression alone)
                return new Expr("call", new Expr("#base", new QuoteNode(sym("eval"))).at(e), target, new Expr("quote", body).at(e)).at(e);
            }
            case "@macroexpand":
            case "@macroexpand1": {
                // the code the macro call stands for, as a quoted expression (user macros expanded)
                Object call = lastArg(args, name);
                // @macroexpand1: the macros the expansion calls stay calls
                expandingOneLevel = name.equals("@macroexpand1");
                boolean outer = expandingForMacroexpand;
                expandingForMacroexpand = true;
                Object expanded;
                try {
                    expanded = isExpr(call, "macrocall") ? expandMacro((Expr) call) : call;
                    if (name.equals("@macroexpand")) {
                        while (isExpr(expanded, "macrocall")) {
                            expanded = expandMacro((Expr) expanded);
                        }
                    }
                } finally {
                    expandingOneLevel = false;
                    expandingForMacroexpand = outer;
                }
                return new Expr("quote", expanded).at(e);
            }
            case "@kwdef":
                return expand(kwdef(lastArg(args, name), e));
            case "@generated":
                if (args.isEmpty()) {
                    // `if @generated ... else fallback end`: Julia may run either branch; this one
                    // runs the fallback (the same results, by the rule for such functions)
                    return Boolean.FALSE;
                }
                return expand(generatedFunction(lastArg(args, name), e));
            case "@assert": {
                Object cond = lastArg(args.subList(0, Math.min(1, args.size())), name);
                Object msg = args.size() > 1 ? args.get(1) : org.trufflejl.parser.ExprPrinter.toSource(cond);
                // as Julia's: the message is a string (@assert x 5 throws AssertionError("5"),
                // @assert x :sym AssertionError(":sym"), as string of the literal QuoteNode)
                if (msg instanceof org.trufflejl.parser.QuoteNode q) {
                    msg = org.trufflejl.parser.ExprPrinter.toSource(q);
                } else if (!(msg instanceof String || msg instanceof org.trufflejl.runtime.JlString)) {
                    msg = new Expr("call", sym("string"), msg).at(e);
                }
                Expr thrown = new Expr("call", sym("throw"), new Expr("call", sym("AssertionError"), msg).at(e)).at(e);
                return new Expr("if", cond, sym("nothing"), thrown).at(e);
            }
            case "@label", "@goto": {
                Object label = lastArg(args, name);
                if (args.size() != 1 || !(label instanceof Symbol)) {
                    throw org.trufflejl.runtime.Errors.error("syntax: " + name + " takes a label name, as in `" + name + " name`", null);
                }
                return new Expr(name.equals("@label") ? "symboliclabel" : "symbolicgoto", label).at(e);
            }
            case "@show": {
                // each expression evaluated once; the value of the last is the block's
                List<Object> stmts = new ArrayList<>();
                Object last = sym("nothing");
                for (Object a : args) {
                    Symbol value = gensym("value");
                    stmts.add(new Expr("=", value, a).at(e));
                    stmts.add(new Expr("call", sym("println"), org.trufflejl.parser.ExprPrinter.showUnquoted(a) + " = ",
                                    new Expr("call", sym("repr"), value).at(e)).at(e));
                    last = value;
                }
                stmts.add(last);
                return new Expr("block", stmts.toArray()).at(e);
            }
            case "@r_str":
                // compiled once, when the code is lowered, as Julia compiles a regex literal at macro expansion
                return org.trufflejl.runtime.JlRegex.compile(String.valueOf(lastArg(args.subList(0, Math.min(1, args.size())), name)),
                                args.size() > 1 ? String.valueOf(args.get(1)) : "");
            case "@s_str":
                return new Expr("call", sym("SubstitutionString"), lastArg(args, name)).at(e);
            case "@raw_str":
                return lastArg(args, name);
            case "@view": {
                Object ref = lastArg(args, name);
                if (!isExpr(ref, "ref")) {
                    throw org.trufflejl.runtime.Errors.error("ArgumentError: Invalid use of @view macro: argument must be a reference expression A[...].", null);
                }
                return new Expr("#view", ((Expr) ref).args()).at(e);
            }
            case "@views":
                return viewsIn(lastArg(args, name));
            case "@.", "@__dot__":
                return dotted(lastArg(args, name));
            case "@task":
                return new Expr("call", sym("Task"), thunk(e, lastArg(args, name))).at(e);
            case "@gensym": {
                // @gensym a b: a = gensym("a"); b = gensym("b")
                List<Object> stmts = new ArrayList<>();
                for (Object a : args) {
                    if (!(a instanceof Symbol s)) {
                        throw org.trufflejl.runtime.Errors.error("syntax: @gensym takes names", null);
                    }
                    stmts.add(new Expr("=", s, new Expr("call", sym("gensym"), s.name).at(e)).at(e));
                }
                return new Expr("block", stmts.toArray()).at(e);
            }
            case "@boundscheck":   // bounds are always checked here, so the checks it marks always run
            case "@inbounds", "@inline", "@noinline", "@fastmath", "@simd", "@propagate_inbounds", "@nospecialize", "@specialize",
                            "@_inline_meta", "@_noinline_meta", "@constprop", "@assume_effects", "@pure":
                // hints for Julia's compiler: the code as it stands
                return args.isEmpty() ? sym("nothing") : args.get(args.size() - 1);
            case "@timed":
            case "@allocated": {
                // the JVM's count of bytes this thread allocated, and its collectors' time; a block
                // with locals, not a scope, as Julia's: `@timed x = f()` assigns x where it stands
                Symbol t0 = gensym("t0");
                Symbol b0 = gensym("b0");
                Symbol g0 = gensym("g0");
                Symbol v = gensym("val");
                Object body = lastArg(args, name);
                Object bytes = new Expr("call", sym("-"), new Expr("call", sym("_allocated_bytes")).at(e), b0).at(e);
                Object[] start = {local(e, t0, new Expr("call", sym("time_ns")).at(e)), local(e, b0, new Expr("call", sym("_allocated_bytes")).at(e)),
                                local(e, g0, new Expr("call", sym("_gc_time_ns")).at(e))};
                if (name.equals("@allocated")) {
                    return new Expr("block", start[0], start[1], start[2], body, bytes).at(e);
                }
                Expr result = new Expr("tuple",
                                new Expr("=", sym("value"), v).at(e),
                                new Expr("=", sym("time"), new Expr("call", sym("/"), new Expr("call", sym("-"), new Expr("call", sym("time_ns")).at(e), t0).at(e), 1.0e9).at(e)).at(e),
                                new Expr("=", sym("bytes"), bytes).at(e),
                                new Expr("=", sym("gctime"), new Expr("call", sym("/"), new Expr("call", sym("-"), new Expr("call", sym("_gc_time_ns")).at(e), g0).at(e), 1.0e9).at(e)).at(e)).at(e);
                return new Expr("block", start[0], start[1], start[2], local(e, v, body), result).at(e);
            }
            case "@time":
            case "@showtime":
            case "@elapsed": {
                // a block with locals, not a scope, as Julia's: `@time x = f()` assigns x where it stands
                Symbol t0 = gensym("t0");
                Symbol v = gensym("val");
                Symbol dt = gensym("dt");
                Object body = lastArg(args, name);
                Object now = new Expr("call", sym("time_ns")).at(e);
                Expr elapsed = new Expr("call", sym("/"), new Expr("call", sym("-"), now, t0).at(e), 1.0e9).at(e);
                if (name.equals("@elapsed")) {
                    return new Expr("block", local(e, t0, now), body, elapsed).at(e);
                }
                // @showtime: the expression's text first, as Julia's "1 + 1: 0.000001 seconds"
                Expr report = name.equals("@showtime")
                                ? new Expr("call", sym("_print_time"), dt, org.trufflejl.parser.ExprPrinter.showUnquoted(body)).at(e)
                                : new Expr("call", sym("_print_time"), dt).at(e);
                return new Expr("block", local(e, t0, now), local(e, v, body), local(e, dt, elapsed), report, v).at(e);
            }
            // Tasks: the macros wrap their body in a closure and call Base functions that run it.
            case "@async":
                return call(e, "_async", taskThunk(e, lastArg(args, name)));
            case "@spawn":
                return new Expr("call", new Expr(".", sym("Threads"), new QuoteNode(sym("_spawn"))).at(e),
                                taskThunk(e, lastArg(args, name))).at(e);
            case "@sync":
                return call(e, "_sync", thunk(e, lastArg(args, name)));
            case "@threads": {
                if (!(lastArg(args, name) instanceof Expr loop && loop.is("for") && loop.arg(0) instanceof Expr spec && spec.is("="))) {
                    // (not a loop, or a loop over several iterables: Julia refuses both)
                    return new Expr("call", sym("error"), "@threads requires a `for` loop expression").at(e);
                }
                Expr body = new Expr("->", new Expr("tuple", spec.arg(0)).at(e), loop.arg(1)).at(e);
                return new Expr("call", new Expr(".", sym("Threads"), new QuoteNode(sym("_threads_for"))).at(e), spec.arg(1), body).at(e);
            }
            case "@lock":
                if (args.size() != 2) {
                    throw org.trufflejl.runtime.Errors.error("syntax: @lock needs a lock and an expression", null);
                }
                return new Expr("call", sym("lock"), thunk(e, args.get(1)), args.get(0)).at(e);
            // Test: the test expression runs inside a closure so Test can catch what it throws.
            case "@test": {
                Object ex = args.get(0);
                // (broken = c and skip = c are evaluated when the test runs, as Julia's)
                Object broken = false;
                Object skip = null;
                List<Object> keywords = new ArrayList<>();
                for (int i = 1; i < args.size(); i++) {
                    if (args.get(i) instanceof Expr kw && kw.is("=") && kw.arg(0) instanceof Symbol k) {
                        if (k.name.equals("broken")) {
                            broken = kw.arg(1);
                        } else if (k.name.equals("skip")) {
                            skip = kw.arg(1);
                        } else {
                            // `@test a ≈ b atol = 0.1`: keyword arguments of the tested call, as Julia's
                            keywords.add(new Expr("kw", k, kw.arg(1)).at(kw));
                        }
                    }
                }
                if (!keywords.isEmpty() && ex instanceof Expr c && c.is("call")) {
                    List<Object> callArgs = new ArrayList<>(Arrays.asList(c.args()));
                    callArgs.addAll(keywords);
                    ex = new Expr("call", callArgs.toArray()).at(c);
                }
                String src = org.trufflejl.parser.ExprPrinter.toSource(ex);
                String at = locationString(where, e);
                Expr test = keywords.isEmpty() && ex instanceof Expr c && c.is("call") && c.nargs() == 3 && c.arg(0) instanceof Symbol op
                                && isComparison(op.name)
                                                ? testCall(e, "_test_cmp", op, thunk(e, c.arg(1)), thunk(e, c.arg(2)), src, at, broken)
                                                : testCall(e, "_test", thunk(e, ex), src, at, broken);
                return skip == null ? test : new Expr("if", skip, testCall(e, "_test_skip", src), test).at(e);
            }
            case "@test_broken": {
                Object ex = lastArg(args.subList(0, Math.min(1, args.size())), name);
                return testCall(e, "_test", thunk(e, ex), org.trufflejl.parser.ExprPrinter.toSource(ex), locationString(where, e), true);
            }
            case "@test_throws": {
                if (args.size() < 2) {
                    throw org.trufflejl.runtime.Errors.error("syntax: @test_throws needs an exception type and an expression", null);
                }
                return testCall(e, "_test_throws", args.get(0), thunk(e, args.get(1)), org.trufflejl.parser.ExprPrinter.toSource(args.get(1)),
                                locationString(where, e));
            }
            case "@testset": {
                Object setName = args.size() > 1 ? args.get(0) : "test set";
                Object body = lastArg(args, name);
                if (body instanceof Expr loop && loop.is("for")) {
                    // `@testset "i = $i" for i in 1:3 ... end`: a test set per iteration, named in it
                    // (Julia's: the vector of them)
                    Symbol sets = gensym("testsets");
                    Expr each = new Expr("call", sym("push!"), sets, testCall(e, "_testset", setName, thunk(e, loop.arg(1)))).at(e);
                    return new Expr("let", new Expr("=", sets, new Expr("ref", sym("Any")).at(e)).at(e),
                                    new Expr("block", new Expr("for", loop.arg(0), each).at(loop), sets).at(e)).at(e);
                }
                return testCall(e, "_testset", setName, thunk(e, body));
            }
            case "@isdefined":
                return new Expr("isdefined", args.get(0)).at(e);
            case "@__MODULE__":
                return currentModule(e);
            case "@__FILE__":
                return where != null ? where.file : file;
            case "@__LINE__":
                return (long) (where != null ? where.line : e.line);
            case "@__DIR__": {
                String f = where != null ? where.file : file;
                int slash = f.lastIndexOf('/');
                // code with no file (jl -e, the REPL): the working directory, as Julia's
                return slash < 0 ? new Expr("call", new Expr(".", Symbol.of("Base"), new org.trufflejl.parser.QuoteNode(Symbol.of("pwd"))).at(e)).at(e)
                                : f.substring(0, slash);
            }
            default: {
                boolean oneLevel = expandingOneLevel;
                expandingOneLevel = false;
                LineNumberNode site = where != null ? where : new LineNumberNode(e.line, file);
                try {
                    Object expansion = macros == null ? null : macros.expand(name, e.arg(0), site, args, oneLevel);
                    if (expansion == null) {
                        // as in Julia, when the statement is lowered: nothing of it runs
                        throw org.trufflejl.runtime.Errors.undefVar(Symbol.of(name), null);
                    }
                    return expansion;
                } catch (org.trufflejl.runtime.JlException x) {
                    // as Julia's jl_invoke_julia_macro: an error expanding a macro (a missing one
                    // too) is a LoadError at the macro call, except for macroexpand
                    if (expandingForMacroexpand || org.trufflejl.runtime.types.Types.typeOf(x.value) == org.trufflejl.runtime.types.Types.LoadError) {
                        throw x;
                    }
                    throw org.trufflejl.runtime.JlException.wrapping(x, org.trufflejl.runtime.Errors.loadError(site.file != null ? site.file : "<macrocall>", site.line, x.value));
                }
            }
        }
    }

    /**
     * {@code macro m(a, b) body end} is the function {@code @m(__source__, __module__, a, b)}, as in
     * Julia: a macro call runs it on the argument expressions when the call is lowered.
     */
    private Object macroDefinition(Expr e) {
        if (!(e.arg(0) instanceof Expr sig) || !sig.is("call") || !(sig.arg(0) instanceof Symbol name)) {
            throw org.trufflejl.runtime.Errors.error("syntax: invalid macro definition", null);
        }
        for (int i = 1; i < sig.nargs(); i++) {
            if (sig.arg(i) instanceof Expr p && p.is("parameters")) {
                throw org.trufflejl.runtime.Errors.error("syntax: macros cannot accept keyword arguments", null);
            }
        }
        Object[] params = new Object[sig.nargs() + 2];
        params[0] = sym("@" + name.name);
        // typed as Julia's: var"@m"(__source__::LineNumberNode, __module__::Module, x)
        params[1] = new Expr("::", sym("__source__"), new Expr(".", sym("Core"), new QuoteNode(sym("LineNumberNode"))).at(sig)).at(sig);
        params[2] = new Expr("::", sym("__module__"), new Expr(".", sym("Core"), new QuoteNode(sym("Module"))).at(sig)).at(sig);
        System.arraycopy(sig.args(), 1, params, 3, sig.nargs() - 1);
        return new Expr("function", new Expr("call", params).at(sig), e.arg(1)).at(e);
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "===", "!==", "<", "<=", ">", ">=", "≈", "≠", "≤", "≥", "isa", "in", "∈" -> true;
            default -> false;
        };
    }

    /** {@code Test.f(args...)}: Test's functions are reached through the module, as `using Test` binds it. */
    private static Expr testCall(Expr at, String f, Object... args) {
        return new Expr("call", prepend(new Expr(".", sym("Test"), new QuoteNode(sym(f))).at(at), args)).at(at);
    }

    /** {@code file:line} of a macro call, for test reports. */
    private String locationString(LineNumberNode l, Expr e) {
        return l != null ? l.file + ":" + l.line : file + ":" + e.line;
    }

    private static Expr call(Expr at, String f, Object... args) {
        return new Expr("call", prepend(sym(f), args)).at(at);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** {@code () -> body}. */
    /**
     * A task's body as a closure; each {@code $x} in it is the value {@code x} has when the task
     * is made (Julia's {@code @async}/{@code @spawn}: {@code let v = x; () -> ...v... end}).
     */
    private Expr taskThunk(Expr at, Object body) {
        List<Object> bindings = new ArrayList<>();
        Expr f = thunk(at, interpolated(body, bindings));
        return bindings.isEmpty() ? f : new Expr("let", new Expr("block", bindings.toArray()).at(at), new Expr("block", f).at(at)).at(at);
    }

    private Object interpolated(Object o, List<Object> bindings) {
        if (!(o instanceof Expr e) || e.is("quote")) {
            return o;   // (a quote's own $ is its interpolation)
        }
        if (e.is("$") && e.nargs() == 1) {
            Symbol v = gensym("interp");
            bindings.add(new Expr("=", v, e.arg(0)).at(e));
            return v;
        }
        Object[] args = e.args();
        Object[] out = null;
        for (int i = 0; i < args.length; i++) {
            Object r = interpolated(args[i], bindings);
            if (r != args[i]) {
                if (out == null) {
                    out = args.clone();
                }
                out[i] = r;
            }
        }
        return out == null ? e : new Expr(e.head, out).at(e);
    }

    private static Expr thunk(Expr at, Object body) {
        return lambda(at, List.of(), body);
    }

    /** {@code (params...) -> body}. */
    private static Expr lambda(Expr at, List<Object> params, Object body) {
        return new Expr("->", new Expr("tuple", params.toArray()).at(at), new Expr("block", body).at(at)).at(at);
    }

    /**
     * {@code Base.@kwdef struct S; a::Int = 1; b; end}: the struct without the defaults, and a
     * keyword constructor {@code S(; a = 1, b) = S(a, b)} (a field without a default is a
     * required keyword); for a parametric struct also {@code S{T...}(; ...) where {T...}}.
     */
    private static Object kwdef(Object def, Expr at) {
        if (!isExpr(def, "struct")) {
            throw org.trufflejl.runtime.Errors.error("ArgumentError: @kwdef: expected a struct definition", null);
        }
        Expr st = (Expr) def;
        List<Object> body = new ArrayList<>();
        List<Object> keywords = new ArrayList<>();
        List<Object> fields = new ArrayList<>();
        for (Object entry : ((Expr) st.arg(2)).args()) {
            // a `const` field (mutable struct) keeps its const, its default the keyword's
            boolean isConst = isExpr(entry, "const") && ((Expr) entry).nargs() == 1;
            Object item = isConst ? ((Expr) entry).arg(0) : entry;
            Object decl = item;
            Object dflt = null;
            if (isExpr(item, "=") && (((Expr) item).arg(0) instanceof Symbol || isExpr(((Expr) item).arg(0), "::"))) {
                decl = ((Expr) item).arg(0);
                dflt = ((Expr) item).arg(1);
            }
            body.add(isConst ? new Expr("const", decl).at(at) : decl);
            Symbol field = decl instanceof Symbol f ? f : isExpr(decl, "::") && ((Expr) decl).arg(0) instanceof Symbol f ? f : null;
            if (field != null) {
                fields.add(field);
                keywords.add(dflt == null ? field : new Expr("kw", field, dflt).at(at));
            }
        }
        Expr struct = new Expr("struct", st.arg(0), st.arg(1), new Expr("block", body.toArray()).at(st)).at(st);
        Object head = st.arg(1);
        if (isExpr(head, "<:")) {
            head = ((Expr) head).arg(0);
        }
        Object name = isExpr(head, "curly") ? ((Expr) head).arg(0) : head;
        List<Object> defs = new ArrayList<>();
        defs.add(struct);
        if (fields.isEmpty()) {
            // (no fields: S() is the default constructor, which a keyword one would call forever)
            return new Expr("block", defs.toArray()).at(at);
        }
        defs.add(kwConstructor(name, keywords, fields, null, at));
        if (isExpr(head, "curly")) {
            Expr curly = (Expr) head;
            List<Object> vars = new ArrayList<>();
            for (int i = 1; i < curly.nargs(); i++) {
                Object v = curly.arg(i);
                vars.add(isExpr(v, "<:") ? ((Expr) v).arg(0) : v);
            }
            List<Object> applied = new ArrayList<>();
            applied.add(name);
            applied.addAll(vars);
            defs.add(kwConstructor(new Expr("curly", applied.toArray()).at(at), keywords, fields, java.util.Arrays.asList(curly.args()).subList(1, curly.nargs()), at));
        }
        return new Expr("block", defs.toArray()).at(at);
    }

    private static Expr kwConstructor(Object callee, List<Object> keywords, List<Object> fields, List<Object> whereVars, Expr at) {
        List<Object> sig = new ArrayList<>();
        sig.add(callee);
        sig.add(new Expr("parameters", keywords.toArray()).at(at));
        List<Object> call = new ArrayList<>();
        call.add(callee);
        call.addAll(fields);
        Object lhs = new Expr("call", sig.toArray()).at(at);
        if (whereVars != null) {
            List<Object> w = new ArrayList<>();
            w.add(lhs);
            w.addAll(whereVars);
            lhs = new Expr("where", w.toArray()).at(at);
        }
        return new Expr("=", lhs, new Expr("call", call.toArray()).at(at)).at(at);
    }

    /** A quoted expression with its {@code $(...)} parts at quoting depth 0 desugared (they are code to run). */
    private Object expandInterpolations(Object o, int depth) {
        if (!(o instanceof Expr e)) {
            return o;
        }
        if (e.is("$") && e.nargs() == 1) {
            if (depth == 1) {
                return new Expr("$", expand(e.arg(0))).at(e);
            }
            return new Expr("$", expandInterpolations(e.arg(0), depth - 1)).at(e);
        }
        int inner = e.is("quote") ? depth + 1 : depth;
        Object[] args = new Object[e.nargs()];
        boolean changed = false;
        for (int i = 0; i < args.length; i++) {
            args[i] = expandInterpolations(e.arg(i), inner);
            changed |= args[i] != e.arg(i);
        }
        return changed ? new Expr(e.head, args).at(e) : e;
    }

    static String macroName(Object m) {
        if (m instanceof Symbol s) {
            return s.name;
        }
        if (m instanceof Expr e && e.is(".") && e.arg(1) instanceof QuoteNode q) {
            return q.value.toString();
        }
        if (m instanceof org.trufflejl.parser.GlobalRef g) {
            return g.name.name;
        }
        return String.valueOf(m);
    }
}
