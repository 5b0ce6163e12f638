package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

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

    /**
     * The type declared by {@code x::T} at top level (assignments convert to it); Any once the
     * variable is assigned undeclared; null before either.
     */
    public volatile JlType declaredType;

    /** Julia's {@code set_binding_type!}: false when the variable already has another type or a value. */
    public synchronized boolean declareType(JlType t) {
        if (declaredType == null && value == null) {
            declaredType = t;
        }
        return declaredType != null && (declaredType == t || declaredType.equals(t));
    }

    public synchronized void assign(Object v) {
        if (declaredType == null) {
            declaredType = Types.Any;
        }
        if (isConst && value != null && value != v) {
            constValueStable.invalidate();
            constValueStable = Truffle.getRuntime().createAssumption("const binding");
        }
        value = v;
    }
}
