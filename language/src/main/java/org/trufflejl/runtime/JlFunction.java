package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A function value. Top-level generic functions have one instance per method table; closures
 * made from the same lambda share the table and differ only in their captured cells, so call
 * sites cache on the table, not the instance.
 */
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

    public String name() {
        return table.name.name;
    }

    @Override
    public String toString() {
        return name();
    }
}
