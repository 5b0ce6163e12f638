package org.trufflejl.nodes;

import org.trufflejl.runtime.InlinableBody;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.Method;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;

/**
 * How a call site whose dispatch is resolved calls the chosen method: a Java-implemented method
 * (an arithmetic intrinsic, an array access) is embedded as a child node, so `a + b` in compiled
 * code is the addition itself, not a call the inliner has to see through; any other method is a
 * {@link DirectCallNode}, which Truffle can inline and split.
 */
abstract class MethodCallNode extends Node {
    abstract Object call(Object[] frameArgs);

    /** A call no method applies to: throws the MethodError (or the ambiguity's) each time. */
    static MethodCallNode failing(org.trufflejl.runtime.JlFunction function) {
        return new Failing(function);
    }

    private static final class Failing extends MethodCallNode {
        private final org.trufflejl.runtime.JlFunction function;

        Failing(org.trufflejl.runtime.JlFunction function) {
            this.function = function;
        }

        /** (Looks again: a method defined by another thread since may apply now, before this entry's assumption is checked.) */
        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object call(Object[] frameArgs) {
            Method m = DispatchNode.lookupOrFail(function, function.table, DispatchNode.argumentTypes(frameArgs), frameArgs, this);
            return m.callTarget().call(frameArgs);
        }
    }

    static MethodCallNode create(Method method, Node site) {
        InlinableBody body = method.newInlinableBody();
        if (body != null) {
            return new Embedded(method, body);
        }
        if (site.getRootNode() instanceof FunctionRootNode enclosing && enclosing.method() == method) {
            if (NodeUtil.countNodes(enclosing) > MAX_NODES_INLINED_RECURSIVELY) {
                return new ShallowRecursion(enclosing.getCallTarget());
            }
            if (enclosing.isSplitCopy()) {
                return new Recursion(enclosing.getCallTarget());
            }
        }
        return new Direct(method);
    }

    /**
     * Bodies larger than this inline their self-calls one level deep, not five. The launcher's five
     * levels pay where a call costs as much as the body (fib, 40 nodes: 6.0 -> 3.6 ms from three
     * levels to five); a body doing more work per call gains nothing from them and compiles up to
     * 2^5 copies of itself (quicksort's partition, 210 nodes: 1.6 s and 14,000 graph nodes to
     * compile and 20 MB more peak memory, for no speed).
     */
    private static final int MAX_NODES_INLINED_RECURSIVELY = 100;

    /**
     * A method calling itself from a split (its copy for one caller) calls that split: the
     * recursion keeps the caller's types, as a Julia specialization's does. Through the shared
     * original, Truffle split every level of the recursion again (merge sort of 1M elements: 21
     * copies, compiled at 0.6 s each, 7 s before the sort ran compiled). A direct call node may
     * only point at an original, so this is an indirect call (of a constant target, which Truffle
     * still inlines as deep as a direct call's).
     */
    private static final class Recursion extends MethodCallNode {
        @Child private IndirectCallNode call = IndirectCallNode.create();
        private final RootCallTarget split;

        Recursion(RootCallTarget split) {
            this.split = split;
        }

        @Override
        Object call(Object[] frameArgs) {
            return call.call(split, frameArgs);
        }
    }

    /**
     * A large body's self-call: inlined one level deep at most. In the compiled root (and the
     * interpreter) the callee is a constant, which Truffle inlines; in a copy inlined into it, the
     * callee is read from a plain field, so partial evaluation sees no constant and the call stays
     * a call (an indirect call of a constant target is compiled as a direct one, inlining and all).
     */
    private static final class ShallowRecursion extends MethodCallNode {
        @Child private IndirectCallNode call = IndirectCallNode.create();
        private final RootCallTarget target;
        private RootCallTarget opaqueTarget;

        ShallowRecursion(RootCallTarget target) {
            this.target = target;
            this.opaqueTarget = target;
        }

        @Override
        Object call(Object[] frameArgs) {
            if (CompilerDirectives.inInterpreter() || CompilerDirectives.inCompilationRoot()) {
                return call.call(target, frameArgs);
            }
            return call.call(opaqueTarget, frameArgs);
        }
    }

    private static final class Direct extends MethodCallNode {
        @Child private DirectCallNode call;

        Direct(Method method) {
            this.call = DirectCallNode.create(method.callTarget());
        }

        @Override
        Object call(Object[] frameArgs) {
            return call.call(frameArgs);
        }
    }

    private static final class Embedded extends MethodCallNode {
        @Child private InlinableBody body;
        private final Method method;

        Embedded(Method method, InlinableBody body) {
            this.method = method;
            this.body = body;
        }

        @Override
        Object call(Object[] frameArgs) {
            if (frameArgs[1] instanceof JlNamedTuple kw && kw.size() > 0) {
                // Builtins take no keywords: the method's own root reports the error.
                CompilerDirectives.transferToInterpreter();
                return method.callTarget().call(frameArgs);
            }
            return body.call(frameArgs);
        }
    }
}
