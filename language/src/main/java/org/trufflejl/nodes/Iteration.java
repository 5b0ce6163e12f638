package org.trufflejl.nodes;

import java.util.function.Consumer;

import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlNothing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Julia's iteration protocol driven from Java, for slow paths (splatting arbitrary iterables). */
public final class Iteration {
    private Iteration() {
    }

    @TruffleBoundary
    public static void forEach(Object iterable, Consumer<Object> action, Node node) {
        forFirst(iterable, Integer.MAX_VALUE, action, node);
    }

    /**
     * The first {@code n} elements (fewer if it ends before): destructuring {@code a, b = itr}
     * takes no more than it names, as Julia's indexed_iterate (an infinite or stateful iterator
     * is not run on).
     */
    @TruffleBoundary
    public static void forFirst(Object iterable, int n, Consumer<Object> action, Node node) {
        JlContext ctx = JlContext.get(node);
        if (n <= 0) {
            return;
        }
        Object next = ctx.callBase("iterate", iterable);
        int taken = 0;
        while (next != JlNothing.INSTANCE) {
            Object[] valueAndState = Destructuring.elements(next, 2, node);   // as Julia's lowering destructures it
            action.accept(valueAndState[0]);
            if (++taken == n) {
                return;
            }
            next = ctx.callBase("iterate", iterable, valueAndState[1]);
        }
    }
}
