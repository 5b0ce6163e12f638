package org.trufflejl.runtime;

import java.util.ArrayList;
import java.util.List;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Subtyping;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The "Closest candidates are:" part of a MethodError, as Julia 1.10's
 * {@code show_method_candidates} (errorshow.jl) builds it: each method of the function with its
 * parameters compared to the call's argument types from left to right, a parameter that cannot
 * take its argument marked {@code !Matched::}, parameters the call does not reach marked too;
 * methods with no matching argument left out (unless the call has fewer than two arguments), the
 * rest ordered by how many arguments match, at most three shown.
 */
public final class MethodCandidates {
    private static final int SHOWN = 3;

    private MethodCandidates() {
    }

    /**
     * The candidate lines for calling {@code f} with these arguments ("" when there are none);
     * {@code keywords} are the names the call passed (null when none): a method that does not
     * take one of them says so, as Julia's {@code got unsupported keyword argument "k"}.
     */
    @TruffleBoundary
    public static String of(JlFunction f, Object[] args, Symbol[] keywords) {
        JlType[] types = new JlType[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = Types.dispatchTypeOf(args[i]);
        }
        String name = calleeName(f);
        // Julia shows these only when the first argument matches: they have many unrelated methods
        boolean special = name.equals("convert") || name.equals("getindex") || name.equals("setindex!");
        List<String> lines = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (Method m : f.table.methods()) {
            if (m.line <= 0) {
                continue;   // a builtin: no source line to point to
            }
            StringBuilder sb = new StringBuilder("  ").append(m.calleeDisplay(m.anyTypePattern ? m.ownerName() : name)).append('(');
            int score = describe(m, types, special, sb);
            if (score < 0 || !(score > 0 || types.length < 2)) {
                continue;
            }
            if (keywords == null && m.isApplicable(types)) {
                continue;   // it takes these arguments: a fallback that throws this error itself (convert(::Type, ::Any))
            }
            if (m.kwNames != null && (m.kwNames.length > 0 || m.kwRest != null)) {
                sb.append("; ");
                for (int k = 0; k < m.kwNames.length; k++) {
                    sb.append(k > 0 ? ", " : "").append(m.kwNames[k].name);
                }
                if (m.kwRest != null) {
                    sb.append(m.kwNames.length > 0 ? ", " : "").append(m.kwRest.name).append("...");
                }
            }
            sb.append(')').append(m.whereClause());
            if (keywords != null && m.kwRest == null) {
                appendUnsupported(m, keywords, sb);
            }
            sb.append("\n   @ ").append(m.moduleName()).append(' ').append(Printing.shownFile(m)).append(':').append(m.line);
            // stable insertion by descending score
            int at = lines.size();
            while (at > 0 && scores.get(at - 1) < score) {
                at--;
            }
            lines.add(at, sb.toString());
            scores.add(at, score);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append('\n');
            if (i == SHOWN) {
                out.append("  ...");
                break;
            }
            out.append(lines.get(i));
        }
        return out.toString();
    }

    /**
     * What Julia's {@code showerror_ambiguous} prints after "f(::A, ::B) is ambiguous.": the
     * candidates, then the method that would resolve the call (the intersection of their
     * signatures), or advice when they do not intersect.
     */
    @TruffleBoundary
    public static String ambiguity(JlFunction f, Object[] args) {
        JlType[] types = new JlType[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = Types.dispatchTypeOf(args[i]);
        }
        StringBuilder out = new StringBuilder("\n\nCandidates:");
        List<Method> candidates = f.table.ambiguousCandidates(types);
        JlType[] fix = new JlType[args.length];
        java.util.Arrays.fill(fix, Types.Any);
        List<org.trufflejl.runtime.types.TypeVar> fixVars = new ArrayList<>();
        boolean empty = false;
        for (Method m : candidates) {
            out.append("\n  ").append(m.signatureString(m.calleeDisplay(m.anyTypePattern ? m.ownerName() : calleeName(f))));
            if (m.line > 0) {
                out.append("\n    @ ").append(m.moduleName()).append(' ').append(Printing.shownFile(m)).append(':').append(m.line);
            }
            for (int i = 0; i < fix.length; i++) {
                JlType param = i < m.sig.length ? m.sig[i] : m.varargType;
                JlType meet = meet(fix[i], param);
                empty |= meet == Types.Bottom;
                fix[i] = meet;
                if (meet instanceof org.trufflejl.runtime.types.TypeVar v && !fixVars.contains(v)) {
                    fixVars.add(v);
                }
            }
        }
        // a diagonal variable (g(x::T, y::T) where T) takes the type another position fixed:
        // the intersection with g(x::Int, y) is g(::Int64, ::Int64), as Julia's typeintersect
        for (int i = 0; i < fix.length; i++) {
            if (!(fix[i] instanceof org.trufflejl.runtime.types.TypeVar v)) {
                continue;
            }
            for (Method m : candidates) {
                for (int j = 0; j < fix.length; j++) {
                    JlType pj = j < m.sig.length ? m.sig[j] : m.varargType;
                    JlType pi = i < m.sig.length ? m.sig[i] : m.varargType;
                    if (j != i && pi == v && pj == v && !(fix[j] instanceof org.trufflejl.runtime.types.TypeVar)) {
                        fix[i] = fix[j];
                        fixVars.remove(v);
                    }
                }
            }
        }
        if (empty) {
            return out.append("\nTo resolve the ambiguity, try making one of the methods more specific, or ")
                            .append("adding a new method more specific than any of the existing applicable methods.\n").toString();
        }
        out.append("\n\nPossible fix, define\n  ").append(calleeName(f)).append('(');
        for (int i = 0; i < fix.length; i++) {
            out.append(i > 0 ? ", " : "").append("::").append(fix[i].show());
        }
        out.append(')');
        for (int i = 0; i < fixVars.size(); i++) {
            out.append(i == 0 ? (fixVars.size() > 1 ? " where {" : " where ") : ", ").append(fixVars.get(i).showWithBounds());
        }
        return out.append(fixVars.size() > 1 ? "}\n" : "\n").toString();
    }

    /** A function as a method signature names it: {@code :} is the instance of struct Colon. */
    private static String calleeName(JlFunction f) {
        if (f.table.constructedType != null) {
            return f.table.constructedType.show();
        }
        if (f.table.type.closureName != null) {
            // an anonymous function or closure: by its type, as Julia's show_signature_function
            return "(::" + f.table.type.show() + ")";
        }
        return f.name().equals(":") ? "(::Colon)" : org.trufflejl.parser.ExprPrinter.showName(f.name());
    }

    /** The intersection of two parameter types; a type variable stands for itself when within the other. */
    private static JlType meet(JlType a, JlType b) {
        if (b instanceof org.trufflejl.runtime.types.TypeVar v) {
            return Subtyping.isSubtype(v.ub, a) ? v : org.trufflejl.runtime.types.Intersection.of(a, v.ub);
        }
        if (a instanceof org.trufflejl.runtime.types.TypeVar v) {
            return Subtyping.isSubtype(v.ub, b) ? v : org.trufflejl.runtime.types.Intersection.of(v.ub, b);
        }
        return org.trufflejl.runtime.types.Intersection.of(a, b);
    }

    private static void appendUnsupported(Method m, Symbol[] keywords, StringBuilder sb) {
        List<String> unexpected = new ArrayList<>();
        outer: for (Symbol k : keywords) {
            if (m.kwNames != null) {
                for (Symbol declared : m.kwNames) {
                    if (declared == k) {
                        continue outer;
                    }
                }
            }
            unexpected.add(k.name);
        }
        if (!unexpected.isEmpty()) {
            sb.append(" got unsupported keyword argument").append(unexpected.size() > 1 ? "s" : "")
                            .append(" \"").append(String.join("\", \"", unexpected)).append('"');
        }
    }

    /**
     * Appends {@code m}'s parameters compared with the argument types and returns how many
     * arguments match (a vararg parameter matching its arguments counts twice, as in Julia), or
     * -1 when the method is not to be shown at all.
     */
    private static int describe(Method m, JlType[] types, boolean special, StringBuilder sb) {
        int fixed = m.sig.length;
        int params = fixed + (m.varargType != null ? 1 : 0);
        List<JlType> matchedArgs = new ArrayList<>();
        List<JlType> matchedParams = new ArrayList<>();
        int score = 0;
        int reach = Math.min(types.length, params);
        for (int i = 0; i < reach; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            boolean vararg = i == fixed;
            JlType param = vararg ? m.varargType : m.sig[i];
            String shown = param.show() + (vararg ? "..." : "");
            int before = matchedArgs.size();
            for (int j = i; j < (vararg ? types.length : i + 1); j++) {
                matchedArgs.add(types[j]);
                matchedParams.add(param);
            }
            if (Subtyping.matchAll(matchedArgs, matchedParams, m.typeVars) != null) {
                score += vararg ? 2 : 1;
                sb.append("::").append(shown);
            } else {
                if (special && i == 0) {
                    return -1;
                }
                // left out of the following comparisons, as if the argument had the parameter's type
                matchedArgs.subList(before, matchedArgs.size()).clear();
                matchedParams.subList(before, matchedParams.size()).clear();
                sb.append("!Matched::").append(shown);
            }
        }
        if (special && score == 0) {
            return -1;
        }
        if (types.length > params && m.varargType != null) {
            for (int j = fixed; j < types.length; j++) {
                if (Subtyping.isSubtype(types[j], m.varargType)) {
                    score++;
                }
            }
        }
        for (int k = reach; k < params; k++) {
            if (!(reach == 0 && k == 0)) {
                sb.append(", ");
            }
            if (k == fixed && k == reach) {
                // a vararg right after the arguments is no mismatch: printed as Julia does, without "::"
                sb.append(m.varargType.show()).append("...");
            } else if (k == fixed) {
                sb.append("!Matched::").append(m.varargType.show()).append("...");
            } else {
                sb.append("!Matched::").append(m.sig[k].show());
            }
        }
        return score;
    }
}
