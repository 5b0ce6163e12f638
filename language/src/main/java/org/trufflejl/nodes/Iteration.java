package org.trufflejl.nodes;

import java.util.function.Consumer;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlTuple;

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
            if (!(next instanceof JlTuple t) || t.size() != 2) {
                throw Errors.error("iterate must return nothing or a (value, state) tuple", node);
            }
            action.accept(t.elements[0]);
            next = ctx.callBase("iterate", iterable, t.elements[1]);
        }
    }
}
