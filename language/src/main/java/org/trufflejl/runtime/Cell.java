package org.trufflejl.runtime;

/** A local variable captured by a closure: closures and their parent share the cell (Julia's Core.Box). */
public final class Cell {
    /** null while the variable is not yet assigned. */
    public Object value;

    public Cell() {
    }

    public Cell(Object value) {
        this.value = value;
    }
}
