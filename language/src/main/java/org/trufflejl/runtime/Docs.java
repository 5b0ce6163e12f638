package org.trufflejl.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Docstrings, kept per global binding (as Julia's Docs does), so {@code @doc ANSWER} finds the
 * constant's documentation and not that of every other 42. Several docstrings of one function
 * (one per method) are kept in definition order.
 */
public final class Docs {
    private static final Map<Binding, List<String>> BY_BINDING = new WeakHashMap<>();

    private Docs() {
    }

    @TruffleBoundary
    public static synchronized void set(JlModule module, Symbol name, String text) {
        Binding b = module.lookup(name);
        if (b == null) {
            b = module.ownBinding(name);
        }
        List<String> docs = BY_BINDING.computeIfAbsent(b, k -> new ArrayList<>());
        if (!docs.contains(text)) {
            docs.add(text);
        }
    }

    /** The documentation of whatever binding holds {@code value} ({@code Docs.doc(f)}), or null. */
    @TruffleBoundary
    public static synchronized String getByValue(Object value) {
        for (Map.Entry<Binding, List<String>> e : BY_BINDING.entrySet()) {
            if (e.getKey().value == value) {
                return String.join("\n", e.getValue());
            }
        }
        return null;
    }

    /** The documentation of {@code module.name}, or null. */
    @TruffleBoundary
    public static synchronized String get(JlModule module, Symbol name) {
        Binding b = module.lookup(name);
        List<String> docs = b == null ? null : BY_BINDING.get(b);
        return docs == null ? null : String.join("\n", docs);
    }

    /** Every docstring of the binding holding {@code value}, in definition order (empty if none). */
    @TruffleBoundary
    public static synchronized List<String> getAllByValue(Object value) {
        for (Map.Entry<Binding, List<String>> e : BY_BINDING.entrySet()) {
            if (e.getKey().value == value) {
                return new ArrayList<>(e.getValue());
            }
        }
        return new ArrayList<>();
    }

    /** Every docstring of {@code module.name}, in definition order (empty if none). */
    @TruffleBoundary
    public static synchronized List<String> getAll(JlModule module, Symbol name) {
        Binding b = module.lookup(name);
        List<String> docs = b == null ? null : BY_BINDING.get(b);
        return docs == null ? new ArrayList<>() : new ArrayList<>(docs);
    }
}
