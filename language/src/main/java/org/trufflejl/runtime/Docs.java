package org.trufflejl.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Docstrings, keyed by the documented object (function, type, module, or a global's value).
 * Several docstrings of one function (one per method) are kept in definition order.
 */
public final class Docs {
    private static final Map<Object, List<String>> BY_OBJECT = new WeakHashMap<>();

    private Docs() {
    }

    @TruffleBoundary
    public static synchronized void set(JlModule module, Symbol name, String text) {
        Binding b = module.resolve(name);
        if (b == null || b.value == null) {
            return;
        }
        List<String> docs = BY_OBJECT.computeIfAbsent(b.value, k -> new ArrayList<>());
        if (!docs.contains(text)) {
            docs.add(text);
        }
    }

    @TruffleBoundary
    public static synchronized String get(Object documented) {
        List<String> docs = BY_OBJECT.get(documented);
        return docs == null ? null : String.join("\n", docs);
    }
}
