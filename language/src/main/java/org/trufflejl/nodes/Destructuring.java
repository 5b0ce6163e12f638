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

    static Object[] elements(Object value, int n, Node node) {
        if (value instanceof JlTuple t && t.elements.length >= n) {
            return t.elements;
        }
        return slowElements(value, n, node);
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
            throw Errors.boundsError(value, (long) a.length + 1, node);
        }
        ArrayList<Object> out = new ArrayList<>();
        Iteration.forEach(value, out::add, node);
        if (out.size() < n) {
            throw Errors.boundsError(value, (long) (out.size() + 1), node);
        }
        return out.toArray();
    }
}
