package org.trufflejl.nodes;

import java.util.List;

import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The stack trace Julia prints under an uncaught error: one entry per frame of the program's
 * own code (Base's frames are left out), innermost first, each a method with the types of the
 * arguments it was called with and where it was when the error passed:
 *
 * <pre>
 *  [1] inner(v::Vector{Int64}, k::Int64)
 *    &#64; Main /path/file.jl:2
 *  [2] top-level scope
 *    &#64; /path/file.jl:5
 * </pre>
 */
public final class Backtrace {
    private Backtrace() {
    }

    /** The frames' lines, and the location of the outermost top-level statement (null if none). */
    public record Text(String frames, String lastTopLevel) {
    }

    @TruffleBoundary
    public static Text of(JlException e) {
        List<JlException.Frame> recorded = e.frames();
        int next = 0;
        List<String[]> entries = new java.util.ArrayList<>(); // {call, location line}
        String lastTop = null;
        for (TruffleStackTraceElement el : TruffleStackTrace.getStackTrace(e)) {
            RootNode root = el.getTarget().getRootNode();
            if (!(root instanceof FunctionRootNode f)) {
                continue;
            }
            Object[] args = null;
            if (next < recorded.size() && recorded.get(next).root() == f) {
                args = recorded.get(next++).arguments();
            }
            SourceSection at = el.getLocation() == null ? null : el.getLocation().getEncapsulatingSourceSection();
            if (at == null) {
                at = f.getSourceSection();
            }
            if (at == null || f.getSource() == null || f.getSource().isInternal()) {
                continue;
            }
            String where = sourceName(at) + ":" + at.getStartLine();
            Method m = f.method();
            entries.add(new String[]{m == null ? f.getName() : call(f.getName(), m, args),
                            (m == null || m.module == null ? "" : m.module.path() + " ") + where});
            if (m == null) {
                lastTop = where;
            }
        }
        if (entries.isEmpty() && e.loweringSite() != null) {
            entries.add(new String[]{"top-level scope", e.loweringSite()});
            lastTop = e.loweringSite();
        }
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (int i = 0; i < entries.size();) {
            // a frame repeated in a row (deep recursion) is shown once, as Julia does
            int same = 1;
            while (i + same < entries.size() && java.util.Arrays.equals(entries.get(i + same), entries.get(i))) {
                same++;
            }
            out.append(" [").append(n++).append("] ").append(entries.get(i)[0]);
            if (same > 1) {
                out.append(" (repeats ").append(same).append(" times)");
            }
            out.append("\n   @ ").append(entries.get(i)[1]).append('\n');
            i += same;
        }
        return new Text(out.toString(), lastTop);
    }

    private static String sourceName(SourceSection s) {
        return s.getSource().getPath() != null ? s.getSource().getPath() : s.getSource().getName();
    }

    /**
     * {@code f(x::Int64, ::Float64)}: the method's argument names with the types of the values
     * it was called with (frame arguments: the function, the keywords, then the positional ones);
     * a trailing vararg's values take its name on the first. Just {@code f} when not known.
     */
    private static String call(String name, Method m, Object[] args) {
        if (args == null) {
            return name;
        }
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 2; i < args.length; i++) {
            int k = i - 2;
            if (k > 0) {
                s.append(", ");
            }
            boolean named = k < m.argNames.length && (k < m.sig.length || k == m.sig.length && m.varargType != null);
            s.append(named ? m.argNames[k] : "").append("::").append(Types.typeOf(args[i]).show());
        }
        return s.append(')').toString();
    }
}
