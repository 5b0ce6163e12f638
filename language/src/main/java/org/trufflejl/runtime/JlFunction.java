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

    /** This closure's parameterized type ({@code var"#1#2"{Int64}}), once asked for. */
    private org.trufflejl.runtime.types.DataType closureType;

    /** Julia's {@code typeof}: the table's type, or for a closure with unboxed captures its type with their types as parameters. */
    public org.trufflejl.runtime.types.DataType jlType() {
        if (!table.closureParams) {
            // (a named function, or a closure whose captures are all boxed: no parameters)
            return table.type;
        }
        org.trufflejl.runtime.types.DataType t = closureType;
        if (t != null) {
            return t;
        }
        return parameterizedType();
    }

    /** Gives a new closure its type, known where it is made ({@link org.trufflejl.nodes.FunctionNodes.ClosureNode}). */
    public void setJlType(org.trufflejl.runtime.types.DataType t) {
        closureType = t;
    }

    /**
     * Whether this function's type is {@code t} (a dispatch cache's guard): a closure made by a
     * site that knew its type compares that (which folds where the closure was made in the
     * compiled code); another one has its type made behind a boundary.
     */
    public boolean hasType(org.trufflejl.runtime.types.JlType t) {
        if (!table.closureParams) {
            return table.type == t;
        }
        org.trufflejl.runtime.types.DataType ct = closureType;
        if (ct != null) {
            return ct == t;
        }
        return hasTypeSlow(t);
    }

    @TruffleBoundary
    private boolean hasTypeSlow(org.trufflejl.runtime.types.JlType t) {
        return jlType() == t;
    }

    private boolean sameCapturedTypes(Object[] params, boolean[] boxed) {
        if (boxed.length != captures.length) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < captures.length; i++) {
            if (!boxed[i]) {
                Object v = captures[i] instanceof Cell c ? c.value : captures[i];
                if (v == null || k >= params.length || org.trufflejl.runtime.types.Types.typeOf(v) != params[k++]) {
                    return false;
                }
            }
        }
        return k == params.length;
    }

    /** (behind a boundary: it asks typeof of the captured values, and typeof asks this) */
    @TruffleBoundary
    private org.trufflejl.runtime.types.DataType parameterizedType() {
        if (captures == null || captures.length == 0 || table.captureBoxed == null) {
            return table.type;
        }
        // closures made again and again, as a generator's body in a loop, mostly capture values
        // of the types the table's last one did: its type is then theirs, without a lookup
        org.trufflejl.runtime.types.DataType last = table.lastClosureType;
        if (last != null && sameCapturedTypes(last.parameters, table.captureBoxed)) {
            closureType = last;
            return last;
        }
        org.trufflejl.runtime.types.TypeFamily family = table.closureFamily();
        if (family == null || captures.length != table.captureBoxed.length) {
            return table.type;
        }
        boolean[] boxed = table.captureBoxed;
        Object[] params = new Object[family.vars.length];
        boolean complete = true;
        for (int i = 0, k = 0; i < captures.length && k < params.length; i++) {
            if (!boxed[i]) {
                Object v = captures[i] instanceof Cell c ? c.value : captures[i];
                complete &= v != null;
                params[k++] = v == null ? org.trufflejl.runtime.types.Types.Any : org.trufflejl.runtime.types.Types.typeOf(v);
            }
        }
        org.trufflejl.runtime.types.DataType t = table.closureType(params);
        if (complete) {
            closureType = t;
            table.lastClosureType = t;
        }
        return t;
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
