package org.trufflejl.nodes;

import java.util.ArrayList;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** The first {@code n} elements of a value being destructured ({@code a, b = x}). */
final class Destructuring {
    private Destructuring() {
    }

    static final org.trufflejl.runtime.Symbol PAIR = org.trufflejl.runtime.Symbol.of("Pair");

    static Object[] elements(Object value, int n, Node node) {
        if (value instanceof JlTuple t && t.elements.length >= n) {
            return t.elements;
        }
        if (value instanceof JlArray a && a.length >= n && n <= 8) {
            return firstElements(a, n);
        }
        // k, v = pair (and `for (k, v) in dict`): its two fields, as iterate(::Pair) gives them
        if (value instanceof org.trufflejl.runtime.JlStructObject s && n <= 2 && isPair(s, node)) {
            return new Object[]{s.getField(0), s.getField(1)};
        }
        return slowElements(value, n, node);
    }

    /** Whether {@code s} is Base's {@code Pair}. */
    static boolean isPair(org.trufflejl.runtime.JlStructObject s, Node node) {
        return s.type.family.name == PAIR && s.type.family.module == org.trufflejl.runtime.JlContext.get(node).base;
    }

    @com.oracle.truffle.api.nodes.ExplodeLoop
    private static Object[] firstElements(JlArray a, int n) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = a.get(i);
        }
        return r;
    }

    @TruffleBoundary
    private static Object[] slowElements(Object value, int n, Node node) {
        if (value instanceof JlArray a && a.length >= n) {
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                r[i] = a.get(i);
            }
            return r;
        }
        if (value instanceof JlTuple t) {
            throw Errors.boundsError(value, (long) t.elements.length + 1, node);
        } else if (value instanceof JlArray a) {
            // Julia's indexed_iterate(::Array) is a[i]: the index as a tuple
            throw Errors.boundsError(value, new JlTuple((long) a.length + 1), node);
        }
        ArrayList<Object> out = new ArrayList<>();
        Iteration.forFirst(value, n, out::add, node);
        if (out.size() < n) {
            throw Errors.boundsError(value, (long) (out.size() + 1), node);
        }
        return out.toArray();
    }
}
