package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflejl.parser.Expr;
import org.trufflejl.runtime.Symbol;

/**
 * The parts of a method signature: {@code function name(p1::T1, p2 = d; k = v, kws...) where T}.
 * Type variables of {@code where} clauses are replaced by their upper bounds in parameter types
 * (full type-variable binding comes with the type system).
 */
final class FunctionSignature {
    /** Symbol, a qualified name expression ({@code Base.show}), or null for anonymous functions. */
    Object name;
    final List<Param> positional = new ArrayList<>();
    Param vararg;
    final List<Param> keywords = new ArrayList<>();
    Symbol kwRest;
    boolean hasKeywords;
    int line;
    /** {@code where} variables in order: name, lower bound expression (or null), upper bound expression (or null). */
    final List<Object[]> whereVars = new ArrayList<>();
    /** The declared return type expression ({@code f(x)::T}), or null. */
    Object returnType;

    static final class Param {
        /** A Symbol, or a tuple pattern for destructuring parameters. */
        final Object pattern;
        /** null means Any. */
        final Object type;
        /** Default value expression, or null if required. */
        final Object defaultValue;

        Param(Object pattern, Object type, Object defaultValue) {
            checkPattern(pattern);
            this.pattern = pattern;
            this.type = type;
            this.defaultValue = defaultValue;
        }

        Symbol symbol() {
            return pattern instanceof Symbol s ? s : null;
        }
    }

    private static int unnamed;

    /** A parameter is a name or a tuple of them to destructure: {@code f(a[1]) = ...} is a syntax error, as in Julia. */
    private static void checkPattern(Object pattern) {
        if (pattern instanceof Symbol) {
            return;
        }
        if (pattern instanceof Expr t && t.is("tuple")) {
            for (Object p : t.args()) {
                checkPattern(p instanceof Expr a && a.is("::") && a.nargs() == 2 ? a.arg(0) : p);
            }
            return;
        }
        throw org.trufflejl.runtime.Errors.error("syntax: \"" + org.trufflejl.parser.ExprPrinter.toSource(pattern) + "\" is not a valid function argument name", null);
    }

    static FunctionSignature of(Expr fn) {
        FunctionSignature sig = new FunctionSignature();
        sig.line = fn.line;
        Object s = fn.arg(0);
        Map<Symbol, Object> bounds = new HashMap<>();
        List<Object[]> outerFirst = new ArrayList<>();
        while (true) {
            if (s instanceof Expr w && w.is("where")) {
                // `f(x) where {S} where T`: the last where is the outermost, met first here; outer
                // variables come first (S's bound may name T)
                for (int i = 1; i < w.nargs(); i++) {
                    addWhereVar(w.arg(i), outerFirst);
                }
                s = w.arg(0);
            } else if (s instanceof Expr r && r.is("::") && r.nargs() == 2 && (fn.is("function") && Desugar.isCallSignature(r.arg(0)))) {
                sig.returnType = r.arg(1);
                s = r.arg(0);
            } else {
                break;
            }
        }
        sig.whereVars.addAll(outerFirst);
        List<Object> params = new ArrayList<>();
        if (s instanceof Expr c && c.is("call")) {
            sig.name = c.arg(0);
            for (int i = 1; i < c.nargs(); i++) {
                params.add(c.arg(i));
            }
        } else if (s instanceof Expr t && t.is("tuple")) {
            params.addAll(List.of(t.args()));
        } else if (s instanceof Expr b && b.is("block")) {
            // `(x; k = 1) -> ...` parses (as in Julia) to a block: x, then the keyword parameters
            List<Object> keywords = new ArrayList<>();
            Object positional = null;
            boolean first = true;
            for (Object a : b.args()) {
                if (a instanceof org.trufflejl.parser.LineNumberNode) {
                    continue;
                }
                if (first) {
                    positional = a;
                    first = false;
                } else {
                    keywords.add(a instanceof Expr d && d.is("=") ? new Expr("kw", d.args()).at(d) : a);
                }
            }
            if (!keywords.isEmpty()) {
                params.add(new Expr("parameters", keywords.toArray()).at(b));
            }
            if (positional != null) {
                params.add(positional);
            }
        } else if (s != null) {
            params.add(s);
        }
        for (Object p : params) {
            sig.addParam(p, bounds);
        }
        sig.checkParams();
        return sig;
    }

    /** Julia's lowering errors for parameter lists: a required one after an optional one, a name twice. */
    private void checkParams() {
        boolean optional = false;
        for (Param p : positional) {
            if (p.defaultValue != null) {
                optional = true;
            } else if (optional) {
                throw org.trufflejl.runtime.Errors.error("syntax: optional positional arguments must occur at end", null);
            }
        }
        java.util.Set<Symbol> seen = new java.util.HashSet<>();
        List<Param> all = new ArrayList<>(positional);
        if (vararg != null) {
            all.add(vararg);
        }
        all.addAll(keywords);
        for (Param p : all) {
            for (Symbol x : patternSymbols(p.pattern)) {
                if (!x.name.equals("_") && !x.name.startsWith("#") && !seen.add(x)) {
                    throw org.trufflejl.runtime.Errors.error("syntax: function argument name not unique: \"" + x.name + "\"", null);
                }
            }
        }
        if (kwRest != null && !seen.add(kwRest)) {
            throw org.trufflejl.runtime.Errors.error("syntax: function argument name not unique: \"" + kwRest.name + "\"", null);
        }
    }

    private static List<Symbol> patternSymbols(Object pattern) {
        List<Symbol> out = new ArrayList<>();
        if (pattern instanceof Symbol x) {
            out.add(x);
        } else if (pattern instanceof Expr t && t.is("tuple")) {
            for (Object q : t.args()) {
                out.addAll(patternSymbols(q instanceof Expr e && e.is("::") ? e.arg(0) : q));
            }
        }
        return out;
    }

    /** {@code T}, {@code T<:U}, {@code T>:L}, {@code L<:T<:U}, {@code {T, S}}. */
    static void addWhereVar(Object tv, List<Object[]> out) {
        if (tv instanceof Symbol t) {
            out.add(new Object[]{t, null, null});
        } else if (tv instanceof Expr e && e.is("<:") && e.nargs() == 2 && e.arg(0) instanceof Symbol t) {
            out.add(new Object[]{t, null, e.arg(1)});
        } else if (tv instanceof Expr e && e.is(">:") && e.nargs() == 2 && e.arg(0) instanceof Symbol t) {
            out.add(new Object[]{t, e.arg(1), null});
        } else if (tv instanceof Expr e && e.is("comparison") && e.nargs() == 5 && e.arg(2) instanceof Symbol t) {
            out.add(new Object[]{t, e.arg(0), e.arg(4)});
        } else if (tv instanceof Expr e && (e.is("braces") || e.is("bracescat"))) {
            for (Object a : e.args()) {
                addWhereVar(a, out);
            }
        }
    }

    private static Object substitute(Object type, Map<Symbol, Object> bounds) {
        return type; // type variables stay: they are bound to TypeVar objects when the signature is evaluated
    }

    private void addParam(Object p, Map<Symbol, Object> bounds) {
        if (p instanceof Expr e) {
            switch (e.head.name) {
                case "parameters":
                    hasKeywords = true;
                    for (Object k : e.args()) {
                        addKeyword(k, bounds);
                    }
                    return;
                case "kw":
                case "=": {
                    if (e.nargs() != 2) {
                        throw org.trufflejl.runtime.Errors.error("syntax: invalid default argument", null);
                    }
                    Object target = e.arg(0);
                    if (target instanceof Expr t && t.is("::") && t.nargs() == 1) {
                        positional.add(new Param(Symbol.of("#unused#" + (++unnamed)), substitute(t.arg(0), bounds), e.arg(1))); // f(::Int = 1)
                    } else if (target instanceof Expr t && t.is("::")) {
                        positional.add(new Param(t.arg(0), substitute(t.arg(1), bounds), e.arg(1)));
                    } else {
                        positional.add(new Param(target, null, e.arg(1)));
                    }
                    return;
                }
                case "...": {
                    Object inner = e.arg(0);
                    if (inner instanceof Expr t && t.is("::") && t.nargs() == 1) {
                        vararg = new Param(Symbol.of("#unused#" + (++unnamed)), substitute(t.arg(0), bounds), null); // f(::Int...)
                    } else if (inner instanceof Expr t && t.is("::")) {
                        vararg = new Param(t.arg(0), substitute(t.arg(1), bounds), null);
                    } else {
                        vararg = new Param(inner, null, null);
                    }
                    return;
                }
                case "::": {
                    Object pattern = e.nargs() == 1 ? Symbol.of("#unused#" + (++unnamed)) : e.arg(0);
                    Object type = e.nargs() == 1 ? e.arg(0) : e.arg(1);
                    if (type instanceof Expr v && v.is("curly") && v.arg(0) instanceof Symbol vs && vs.name.equals("Vararg")) {
                        // xs::Vararg{T} is xs::T...; xs::Vararg{T, N} keeps its count (the method's varargCount)
                        vararg = new Param(pattern, v.nargs() > 2 ? substitute(type, bounds) : v.nargs() > 1 ? v.arg(1) : null, null);
                    } else if (type instanceof Symbol vs && vs.name.equals("Vararg")) {
                        vararg = new Param(pattern, null, null);
                    } else {
                        positional.add(new Param(pattern, substitute(type, bounds), null));
                    }
                    return;
                }
                default:
                    positional.add(new Param(e, null, null)); // tuple destructuring
                    return;
            }
        }
        positional.add(new Param(p, null, null));
    }

    private void addKeyword(Object k, Map<Symbol, Object> bounds) {
        if (k instanceof Symbol s) {
            keywords.add(new Param(s, null, null));
        } else if (k instanceof Expr e && (e.is("kw") || e.is("=")) && e.nargs() == 2) {
            Object target = e.arg(0);
            if (target instanceof Expr t && t.is("::") && t.nargs() == 2 && t.arg(0) instanceof Symbol) {
                keywords.add(new Param(t.arg(0), substitute(t.arg(1), bounds), e.arg(1)));
            } else if (target instanceof Symbol) {
                keywords.add(new Param(target, null, e.arg(1)));
            } else {
                throw invalidKeyword(k);
            }
        } else if (k instanceof Expr e && e.is("...") && e.nargs() == 1 && e.arg(0) instanceof Symbol rest) {
            kwRest = rest;
        } else if (k instanceof Expr e && e.is("::") && e.nargs() == 2 && e.arg(0) instanceof Symbol) {
            keywords.add(new Param(e.arg(0), substitute(e.arg(1), bounds), null));
        } else {
            throw invalidKeyword(k);
        }
    }

    private static RuntimeException invalidKeyword(Object k) {
        return org.trufflejl.runtime.Errors.error("syntax: invalid keyword argument syntax \"" + org.trufflejl.parser.ExprPrinter.toSource(k) + "\"", null);
    }

    int requiredCount() {
        int n = 0;
        for (Param p : positional) {
            if (p.defaultValue == null) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    /** Type expressions evaluated where the method is defined. */
    List<Object> typeExprs() {
        List<Object> out = new ArrayList<>();
        for (Param p : positional) {
            if (p.type != null) {
                out.add(p.type);
            }
        }
        if (vararg != null && vararg.type != null) {
            out.add(vararg.type);
        }
        if (name != null && !(name instanceof Symbol) && !(name instanceof Expr n && n.is("."))) {
            out.add(name);
        }
        for (Object[] w : whereVars) {
            if (w[1] != null) {
                out.add(w[1]);
            }
            if (w[2] != null) {
                out.add(w[2]);
            }
        }
        return out;
    }

    /** Patterns bound in the function's scope. */
    List<Object> paramPatterns() {
        List<Object> out = new ArrayList<>();
        for (Param p : positional) {
            out.add(p.pattern);
        }
        if (vararg != null) {
            out.add(vararg.pattern);
        }
        for (Param k : keywords) {
            out.add(k.pattern);
        }
        if (kwRest != null) {
            out.add(kwRest);
        }
        if (name instanceof Expr n && n.is("::") && n.nargs() == 2) {
            out.add(n.arg(0)); // (p::Poly)(x) binds p
        }
        for (Object[] w : whereVars) {
            out.add(w[0]); // static parameters are locals of the body
        }
        return out;
    }

    List<Object> defaultExprs() {
        List<Object> out = new ArrayList<>();
        for (Param p : positional) {
            if (p.defaultValue != null) {
                out.add(p.defaultValue);
            }
        }
        for (Param k : keywords) {
            if (k.defaultValue != null) {
                out.add(k.defaultValue);
            }
        }
        return out;
    }
}
