package org.trufflejl.builtins;

import org.trufflejl.nodes.DispatchNode;
import org.trufflejl.nodes.JlTypes;
import org.trufflejl.runtime.InlinableBody;

import com.oracle.truffle.api.dsl.TypeSystemReference;

/**
 * A method implemented in Java. Subclasses declare an {@code execute} with their arity and
 * Truffle DSL specialisations; {@link #call} unpacks the frame arguments for them.
 */
@TypeSystemReference(JlTypes.class)
public abstract class BuiltinNode extends InlinableBody {
    static final int P = DispatchNode.FIRST_POSITIONAL;

    public abstract static class Builtin0 extends BuiltinNode {
        public abstract Object execute();

        @Override
        public final Object call(Object[] frameArgs) {
            return execute();
        }
    }

    public abstract static class Builtin1 extends BuiltinNode {
        public abstract Object execute(Object a);

        @Override
        public final Object call(Object[] frameArgs) {
            return execute(frameArgs[P]);
        }
    }

    public abstract static class Builtin2 extends BuiltinNode {
        public abstract Object execute(Object a, Object b);

        @Override
        public final Object call(Object[] frameArgs) {
            return execute(frameArgs[P], frameArgs[P + 1]);
        }
    }

    public abstract static class Builtin3 extends BuiltinNode {
        public abstract Object execute(Object a, Object b, Object c);

        @Override
        public final Object call(Object[] frameArgs) {
            return execute(frameArgs[P], frameArgs[P + 1], frameArgs[P + 2]);
        }
    }

    /**
     * A two-argument builtin with its arguments swapped: {@code x > y} is {@code y < x}. Base
     * defines {@code >} that way too; as a builtin it is part of the caller's compiled code from
     * the first tier on instead of a call.
     */
    static final class Swapped extends Builtin2 {
        @Child private Builtin2 inner;

        Swapped(Builtin2 inner) {
            this.inner = inner;
        }

        @Override
        public Object execute(Object a, Object b) {
            return inner.execute(b, a);
        }
    }

    /** {@code x != y} as {@code !(x == y)} (Base's definition), compiled into the caller. */
    static final class Negated extends Builtin2 {
        @Child private Builtin2 inner;

        Negated(Builtin2 inner) {
            this.inner = inner;
        }

        @Override
        public Object execute(Object a, Object b) {
            return !(Boolean) inner.execute(a, b);
        }
    }

    /** Any number of arguments, as an array of the positional ones. */
    public abstract static class BuiltinN extends BuiltinNode {
        public abstract Object execute(Object[] positional);

        @Override
        public final Object call(Object[] frameArgs) {
            Object[] positional = new Object[frameArgs.length - P];
            System.arraycopy(frameArgs, P, positional, 0, positional.length);
            return execute(positional);
        }
    }
}
