package org.trufflejl.nodes;

import java.util.List;

import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
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

    private static final String TOP_LEVEL = "top-level scope";

    /** The frames' lines, and the location of the outermost top-level statement (null if none). */
    public record Text(String frames, String lastTopLevel) {
    }

    /**
     * One frame: the call as shown ({@code f(x::Int64)} or {@code top-level scope}), the function's
     * name, its module's path ("" at top level), the file and the line, and the line its
     * statement starts on (a top-level statement's: where Julia's "in expression starting at" points).
     */
    public record Entry(String call, String function, String module, String file, int line, int statementLine) {
        String where() {
            return (module.isEmpty() ? "" : module + " ") + file + ":" + line;
        }
    }

    @TruffleBoundary
    public static Text of(JlException e) {
        List<Entry> entries = entries(e);
        String lastTop = null;
        for (Entry x : entries) {
            if (x.function.equals(TOP_LEVEL)) {
                lastTop = x.file + ":" + x.statementLine;
            }
        }
        if (lastTop == null && e.loweringSite() != null) {
            lastTop = e.loweringSite(); // frames of a macro run while the statement was lowered
        }
        List<String> calls = new java.util.ArrayList<>(entries.size());
        List<String> wheres = new java.util.ArrayList<>(entries.size());
        for (Entry x : entries) {
            calls.add(x.call);
            wheres.add(x.where());
        }
        StringBuilder out = new StringBuilder(format(calls, wheres));
        return new Text(out.toString(), lastTop);
    }

    /** Above this many frames (after merging repeats in a row), cycles of frames are shown once, as Julia's BIG_STACKTRACE_SIZE. */
    private static final int BIG_STACKTRACE_SIZE = 50;

    /**
     * The lines after "Stacktrace:" for frames {@code call @ where}, innermost first, as Julia's
     * show_full_backtrace prints them: a frame repeated in a row once with "(repeats n times)",
     * the numbers right-aligned to the widest. A longer trace is Julia's show_reduced_backtrace:
     * a cycle of frames (mutual recursion) is shown once, then "--- the last k lines are repeated
     * m more times ---".
     */
    @TruffleBoundary
    public static String format(List<String> calls, List<String> wheres) {
        // merge repeats in a row: frame i of the merged trace is calls[first[i]], count[i] times
        List<Integer> first = new java.util.ArrayList<>();
        List<Integer> count = new java.util.ArrayList<>();
        for (int i = 0; i < calls.size();) {
            int same = 1;
            while (i + same < calls.size() && calls.get(i + same).equals(calls.get(i)) && wheres.get(i + same).equals(wheres.get(i))) {
                same++;
            }
            first.add(i);
            count.add(same);
            i += same;
        }
        int m = first.size();
        int width = Integer.toString(m).length() + 2;
        StringBuilder out = new StringBuilder();
        if (m <= BIG_STACKTRACE_SIZE) {
            for (int i = 0; i < m; i++) {
                frameLines(out, i + 1, calls.get(first.get(i)), wheres.get(first.get(i)), count.get(i), width);
            }
            return out.toString();
        }
        // Julia's show_reduced_backtrace, 1-based as there: t[k] is merged frame k
        java.util.function.IntFunction<String> key = k -> calls.get(first.get(k - 1)) + "\n" + wheres.get(first.get(k - 1)) + "\n" + count.get(k - 1);
        java.util.Map<String, List<Integer>> recorded = new java.util.HashMap<>();
        List<Integer> displayed = new java.util.ArrayList<>();
        List<int[]> cycles = new java.util.ArrayList<>(); // (after how many displayed, cycle length, repetitions)
        int counter = 1;
        while (counter < m) {
            int last = counter;
            counter++;
            List<Integer> positions = recorded.computeIfAbsent(key.apply(last), k -> new java.util.ArrayList<>());
            positions.add(counter);
            int repetitions = 0;
            for (int ip = positions.size() - 2; ip >= 0; ip--) {
                int p = positions.get(ip);
                int cycle = counter - p;
                int i = counter;
                int j = p;
                while (i < m && key.apply(i).equals(key.apply(j))) {
                    i++;
                    j++;
                }
                if (j >= counter - 1) {
                    repetitions = (i - counter + 1) / cycle;
                    cycles.add(new int[]{displayed.size(), cycle, repetitions});
                    counter += cycle * repetitions - 1;
                    break;
                }
            }
            if (repetitions == 0) {
                displayed.add(last);
            }
        }
        int shown = 1;
        int c = 0;
        for (int d = 0; d < displayed.size(); d++) {
            int k = displayed.get(d);
            frameLines(out, shown, calls.get(first.get(k - 1)), wheres.get(first.get(k - 1)), count.get(k - 1), width);
            while (c < cycles.size() && cycles.get(c)[0] == d + 1) {
                int[] cy = cycles.get(c++);
                out.append("--- the last ").append(cy[1]).append(" lines are repeated ").append(cy[2]).append(" more time")
                                .append(cy[2] > 1 ? "s" : "").append(" ---\n");
                shown += cy[1] * cy[2];
            }
            shown++;
        }
        return out.toString();
    }

    private static void frameLines(StringBuilder out, int number, String call, String where, int repeats, int width) {
        String label = "[" + number + "]";
        out.append(' ').append(" ".repeat(Math.max(0, width - label.length()))).append(label).append(' ').append(call);
        if (repeats > 1) {
            out.append(" (repeats ").append(repeats).append(" times)");
        }
        out.append('\n').append(" ".repeat(width)).append("@ ").append(where).append('\n');
    }

    /** The program's frames an error passed through, innermost first ({@code catch_backtrace()}). */
    @TruffleBoundary
    public static List<Entry> entries(JlException e) {
        List<JlException.Frame> recorded = e.frames();
        int next = 0;
        List<Entry> entries = new java.util.ArrayList<>();
        for (TruffleStackTraceElement el : TruffleStackTrace.getStackTrace(e)) {
            RootNode root = el.getTarget().getRootNode();
            if (!(root instanceof FunctionRootNode f)) {
                continue;
            }
            Object[] args = null;
            if (next < recorded.size() && recorded.get(next).root() == f) {
                args = recorded.get(next++).arguments();
            }
            add(entries, f, el.getLocation(), args);
        }
        for (int below = Math.min(e.framesBelowTask(), entries.size()); below > 0; below--) {
            entries.remove(entries.size() - 1);
        }
        if (entries.isEmpty() && e.loweringSite() != null) {
            String site = e.loweringSite(); // file:line
            int colon = site.lastIndexOf(':');
            int line = colon < 0 ? 0 : Integer.parseInt(site.substring(colon + 1));
            entries.add(new Entry(TOP_LEVEL, TOP_LEVEL, "", colon < 0 ? site : site.substring(0, colon), line, line));
        }
        return entries;
    }

    /** The program's frames now, innermost first, {@code at} being where the innermost one is ({@code stacktrace()}). */
    @TruffleBoundary
    public static List<Entry> current(Node at) {
        List<Entry> entries = new java.util.ArrayList<>();
        Node[] location = {at};
        Truffle.getRuntime().iterateFrames(fi -> {
            if (fi.getCallTarget() instanceof RootCallTarget t && t.getRootNode() instanceof FunctionRootNode f) {
                add(entries, f, location[0], fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments());
            }
            location[0] = fi.getCallNode();
            return null;
        });
        return entries;
    }

    private static void add(List<Entry> entries, FunctionRootNode f, Node location, Object[] args) {
        SourceSection at = location == null ? null : location.getEncapsulatingSourceSection();
        if (at == null) {
            at = f.getSourceSection();
        }
        if (at == null || f.getSource() == null || f.getSource().isInternal()) {
            return;
        }
        Method m = f.method();
        String name = m == null ? TOP_LEVEL : f.getName();
        SourceSection whole = f.getSourceSection();
        int statementLine = whole != null && whole.isAvailable() && whole.getStartLine() <= at.getStartLine() ? whole.getStartLine() : at.getStartLine();
        entries.add(new Entry(m == null ? f.getName() : call(org.trufflejl.parser.ExprPrinter.showName(f.getName()), m, args), name,
                        m == null || m.module == null ? "" : m.module.path(), sourceName(at), at.getStartLine(), statementLine));
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
            return knownFromSignature(name, m);
        }
        // a constructor called through its type shows the type, as Julia's A{Float64}(x::Int64);
        // an anonymous function or closure its type, as Julia's (::var"#1#2")(x::Int64)
        String callee = name;
        if (args.length > 0 && args[0] instanceof org.trufflejl.runtime.types.JlType t) {
            callee = t.show();
        } else if (args.length > 0 && args[0] instanceof org.trufflejl.runtime.JlFunction) {
            String type = Types.typeOf(args[0]).show();
            if (type.contains("var\"#")) {
                callee = "(::" + type + ")";
            }
        }
        StringBuilder s = new StringBuilder(callee).append('(');
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

    /**
     * Without the call's arguments (a frame the error did not leave, as the one that caught it),
     * the types are still known when every parameter's declared type is concrete: {@code f()},
     * {@code g(x::Int64)}; otherwise just the name.
     */
    private static String knownFromSignature(String name, Method m) {
        if (m.varargType != null) {
            return name;
        }
        StringBuilder s = new StringBuilder(name).append('(');
        for (int k = 0; k < m.sig.length; k++) {
            org.trufflejl.runtime.types.JlType t = m.sig[k];
            if (!t.isConcrete()) {
                return name;
            }
            s.append(k > 0 ? ", " : "").append(k < m.argNames.length ? m.argNames[k] : "").append("::").append(t.show());
        }
        return s.append(')').toString();
    }
}
