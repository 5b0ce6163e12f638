package org.trufflejl.builtins;

import org.trufflejl.runtime.JlContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A builtin whose work is a slow path (printing, strings, reflection, I/O): plain Java behind
 * a {@link TruffleBoundary}, so compiled callers just call out to it.
 */
final class SlowBuiltin extends BuiltinNode.BuiltinN implements org.trufflejl.nodes.Inference.Model {
    @FunctionalInterface
    interface Body {
        Object apply(Object[] args, SlowBuiltin node);
    }

    private final Body body;
    private final org.trufflejl.runtime.JlFunction function;

    /** What it returns, when declared (else Inference cannot tell); and whether it may be run on known arguments. */
    private final org.trufflejl.runtime.types.JlType result;
    private final boolean pure;

    SlowBuiltin(Body body, org.trufflejl.runtime.JlFunction function) {
        this(body, function, null, false);
    }

    SlowBuiltin(Body body, org.trufflejl.runtime.JlFunction function, org.trufflejl.runtime.types.JlType result, boolean pure) {
        this(body, function, result, pure, null);
    }

    /** Works out the result from the arguments' lattice elements, when given. */
    private final java.util.function.Function<Object[], Object> inference;

    SlowBuiltin(Body body, org.trufflejl.runtime.JlFunction function, org.trufflejl.runtime.types.JlType result, boolean pure,
                    java.util.function.Function<Object[], Object> inference) {
        this.body = body;
        this.function = function;
        this.result = result;
        this.pure = pure;
        this.inference = inference;
    }

    @Override
    public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
        if (inference != null) {
            return inference.apply(args);
        }
        Object[] values = pure ? org.trufflejl.nodes.Inference.constantValues(args) : null;
        if (values != null) {
            try {
                return org.trufflejl.nodes.Inference.constant(body.apply(values, this));
            } catch (RuntimeException e) {
                // an error: a call that never returns; the declared type is still safe
            }
        }
        return result != null ? result : org.trufflejl.nodes.Inference.ANY;
    }

    /**
     * A pure builtin's last arguments, when all were types or symbols (interned: identity is
     * equality), and its result for them; {@link #severalArguments} once a site saw others. In
     * compiled code a type argument is usually a constant, so the call folds to its result:
     * {@code eltype(::NamedTuple)} went through the boundary on each call (110 ns).
     */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private LastCall last;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private boolean severalArguments;

    /** One call: immutable, so a compilation on another thread reads it whole. */
    private record LastCall(@com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) Object[] arguments, Object result) {
    }

    @Override
    public Object execute(Object[] positional) {
        if (!pure || severalArguments) {
            return run(positional);
        }
        LastCall seen = last;
        if (seen != null && sameArguments(seen.arguments, positional)) {
            return seen.result;
        }
        com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
        Object result = run(positional);
        if (seen == null && interned(positional)) {
            last = new LastCall(positional.clone(), result);
        } else {
            severalArguments = true;
            last = null;
        }
        return result;
    }

    @com.oracle.truffle.api.nodes.ExplodeLoop
    private static boolean sameArguments(Object[] last, Object[] positional) {
        if (last.length != positional.length) {
            return false;
        }
        for (int i = 0; i < last.length; i++) {
            if (last[i] != positional[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean interned(Object[] arguments) {
        for (Object a : arguments) {
            if (!(a instanceof org.trufflejl.runtime.types.JlType || a instanceof org.trufflejl.runtime.Symbol)) {
                return false;
            }
        }
        return true;
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
