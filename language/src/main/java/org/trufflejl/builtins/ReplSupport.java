package org.trufflejl.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What the REPL asks the language: tab completions and names close to a misspelt one. */
final class ReplSupport {
    private ReplSupport() {
    }

    /**
     * Completions of the identifier (or {@code Module.name}, {@code value.field}) that ends
     * {@code text}, each as the full replacement of that last word; newline-separated.
     */
    @TruffleBoundary
    static String completions(JlContext ctx, String text) {
        int start = text.length();
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start);
        int dot = word.lastIndexOf('.');
        TreeSet<String> out = new TreeSet<>();
        if (dot >= 0) {
            String prefix = word.substring(0, dot);
            String partial = word.substring(dot + 1);
            Object owner = evaluatePath(ctx, prefix);
            for (String n : memberNames(owner)) {
                if (n.startsWith(partial)) {
                    out.add(prefix + "." + n);
                }
            }
        } else {
            for (String n : visibleNames(ctx.main)) {
                if (n.startsWith(word)) {
                    out.add(n);
                }
            }
        }
        return String.join("\n", out);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '!' || c == '.' || c > 0x7f;
    }

    /** {@code A.B.c} resolved through module bindings and struct fields; null if not a path of globals. */
    private static Object evaluatePath(JlContext ctx, String path) {
        Object v = ctx.main;
        for (String part : path.split("\\.")) {
            if (v instanceof JlModule m) {
                Binding b = m.lookup(Symbol.of(part));
                v = b == null ? null : b.value;
            } else if (v instanceof JlStructObject s) {
                int i = s.type.fieldIndex(Symbol.of(part));
                v = i < 0 ? null : s.getField(i);
            } else {
                return null;
            }
            if (v == null) {
                return null;
            }
        }
        return v;
    }

    private static List<String> memberNames(Object owner) {
        List<String> names = new ArrayList<>();
        if (owner instanceof JlModule m) {
            for (Symbol s : m.ownNames()) {
                names.add(s.name);
            }
        } else if (owner instanceof JlStructObject s) {
            for (Symbol f : s.type.fieldNames) {
                names.add(f.name);
            }
        }
        return names;
    }

    private static List<String> visibleNames(JlModule m) {
        List<String> names = new ArrayList<>();
        for (Symbol s : m.ownNames()) {
            names.add(s.name);
        }
        for (JlModule u : m.usedModules()) {
            for (Symbol s : u.ownNames()) {
                if (!s.name.startsWith("_") && !s.name.startsWith("#")) {
                    names.add(s.name);
                }
            }
        }
        return names;
    }

    /** Names visible in {@code m} within a small edit distance of {@code name}, closest first. */
    @TruffleBoundary
    static String similarNames(JlContext ctx, JlModule m, String name) {
        List<String[]> scored = new ArrayList<>();
        for (String n : new TreeSet<>(visibleNames(m))) {
            if (n.isEmpty() || !(Character.isLetter(n.charAt(0)) || n.charAt(0) == '_')) {
                continue; // operators are never "similar" to a misspelt name
            }
            int d = distance(n.toLowerCase(), name.toLowerCase());
            if (d <= Math.max(1, name.length() / 3) && !n.equals(name)) {
                scored.add(new String[]{n, Integer.toString(d)});
            }
        }
        scored.sort((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(5, scored.size()); i++) {
            out.add(scored.get(i)[0]);
        }
        return String.join("\n", out);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
