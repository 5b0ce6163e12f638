package org.trufflejl.builtins;

import org.trufflejl.runtime.JlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A builtin whose work is a slow path (printing, strings, reflection, I/O): plain Java behind
 * a {@link TruffleBoundary}, so compiled callers just call out to it.
 */
final class SlowBuiltin extends BuiltinNode.BuiltinN {
    @FunctionalInterface
    interface Body {
        Object apply(Object[] args, SlowBuiltin node);
    }

    private final Body body;

    SlowBuiltin(Body body) {
        this.body = body;
    }

    @Override
    public Object execute(Object[] positional) {
        return run(positional);
    }

    @TruffleBoundary
    private Object run(Object[] positional) {
        return body.apply(positional, this);
    }

    JlContext context() {
        return JlContext.get(this);
    }
}
