package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.TruffleObject;

/** A Julia {@code NamedTuple}: {@code (a = 1, b = "two")}. Also carries keyword arguments. */
public final class JlNamedTuple implements TruffleObject {
    public static final JlNamedTuple EMPTY = new JlNamedTuple(new Symbol[0], new Object[0]);

    @CompilationFinal(dimensions = 1) public final Symbol[] names;
    @CompilationFinal(dimensions = 1) public final Object[] values;

    public JlNamedTuple(Symbol[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    public int indexOf(Symbol name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return names.length;
    }
}
