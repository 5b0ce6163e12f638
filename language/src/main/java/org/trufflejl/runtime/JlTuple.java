package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.TruffleObject;

/** A Julia {@code Tuple}: an immutable, fixed-length sequence. */
public final class JlTuple implements TruffleObject {
    public static final JlTuple EMPTY = new JlTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) public final Object[] elements;

    public JlTuple(Object... elements) {
        this.elements = elements;
    }

    public int size() {
        return elements.length;
    }
}
