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
        JlContext ctx = JlContext.get(node);
        Object next = ctx.callBase("iterate", iterable);
        while (next != JlNothing.INSTANCE) {
            Object[] valueAndState = Destructuring.elements(next, 2, node);   // as Julia's lowering destructures it
            action.accept(valueAndState[0]);
            next = ctx.callBase("iterate", iterable, valueAndState[1]);
        }
    }
}
