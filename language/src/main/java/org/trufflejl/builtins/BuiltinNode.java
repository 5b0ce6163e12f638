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
     * A comparison derived from another: {@code x > y} is {@code y < x} (swapped), {@code x != y}
     * is {@code !(x == y)} (negated), as Base defines them; as builtins they are part of the
     * caller's compiled code from the first tier on instead of calls.
     */
    public static final class Derived extends Builtin2 {
        @Child private Builtin2 inner;
        private final boolean swapped;
        private final boolean negated;

        Derived(Builtin2 inner, boolean swapped, boolean negated) {
            this.inner = inner;
            this.swapped = swapped;
            this.negated = negated;
        }

        /** For {@link org.trufflejl.nodes.Inference}: the comparison it derives from, and how. */
        public Builtin2 inner() {
            return inner;
        }

        public boolean swapped() {
            return swapped;
        }

        public boolean negated() {
            return negated;
        }

        @Override
        public Object execute(Object a, Object b) {
            Object r = swapped ? inner.execute(b, a) : inner.execute(a, b);
            return negated ? !(Boolean) r : r;
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
