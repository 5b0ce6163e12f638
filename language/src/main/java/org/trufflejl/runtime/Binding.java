package org.trufflejl.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * A global variable of a module. Compiled reads of a {@code const} binding fold its value,
 * guarded by {@link #constValueStable} which a redefinition invalidates.
 */
public final class Binding {
    public final Symbol name;
    public final JlModule owner;
    /** null while the variable is undefined. */
    public volatile Object value;
    @CompilationFinal public volatile boolean isConst;
    @CompilationFinal public volatile Assumption constValueStable = Truffle.getRuntime().createAssumption("const binding");

    public Binding(Symbol name, JlModule owner) {
        this.name = name;
        this.owner = owner;
    }

    public synchronized void assign(Object v) {
        if (isConst && value != null && value != v) {
            constValueStable.invalidate();
            constValueStable = Truffle.getRuntime().createAssumption("const binding");
        }
        value = v;
    }
}
