package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A function value. Top-level generic functions have one instance per method table; closures
 * made from the same lambda share the table and differ only in their captured cells, so call
 * sites cache on the table, not the instance.
 */
@ExportLibrary(InteropLibrary.class)
public final class JlFunction implements TruffleObject {
    public final MethodTable table;
    /** Captured variables of a closure (Cells or values), in the order its body expects. */
    @CompilationFinal(dimensions = 1) public final Object[] captures;

    public JlFunction(MethodTable table, Object[] captures) {
        this.table = table;
        this.captures = captures;
    }

    public JlFunction(MethodTable table) {
        this(table, null);
    }

    /**
     * The captured variable {@code name} of a closure (Julia's closure fields: {@code adder(5).n}),
     * or null when it captures none of that name. A reassigned variable gives its current value,
     * where Julia would give the Core.Box holding it.
     */
    @TruffleBoundary
    public Object captured(Symbol field, com.oracle.truffle.api.nodes.Node at) {
        int i = captures == null ? -1 : table.captureIndex(field);
        if (i < 0) {
            return null;
        }
        if (captures[i] instanceof Cell c) {
            if (c.value == null) {
                throw Errors.undefVar(field, at);
            }
            return c.value;
        }
        return captures[i];
    }

    public String name() {
        return table.name.name;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /** Host calls dispatch like guest calls (the slow path; guest call sites cache). */
    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        return JlContext.get(null).call(this, HostValues.fromHost(arguments));
    }

    @Override
    public String toString() {
        return name();
    }
}
