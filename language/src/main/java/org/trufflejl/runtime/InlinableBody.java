package org.trufflejl.runtime;

import com.oracle.truffle.api.nodes.Node;

/**
 * The body of a Java-implemented method as a node that a call site can adopt as its own child,
 * so calling it costs no call (no frame, no call-target boundary, nothing for the inliner to
 * decide). Takes the same frame arguments a call target would.
 */
public abstract class InlinableBody extends Node {
    public abstract Object call(Object[] frameArgs);
}
