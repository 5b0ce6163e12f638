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
    private final org.trufflejl.runtime.JlFunction function;

    SlowBuiltin(Body body, org.trufflejl.runtime.JlFunction function) {
        this.body = body;
        this.function = function;
    }

    @Override
    public Object execute(Object[] positional) {
        return run(positional);
    }

    @TruffleBoundary
    private Object run(Object[] positional) {
        try {
            return body.apply(positional, this);
        } catch (ClassCastException e) {
            // The declared signature was wider than what the body handles (nameof(::UnionAll)):
            // for the user that is a method that does not exist, not a crash.
            throw org.trufflejl.runtime.Errors.methodError(function, positional, this);
        }
    }

    JlContext context() {
        return JlContext.get(this);
    }
}
