package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** The singleton {@code nothing} of type {@code Nothing}. */
public final class JlNothing implements TruffleObject {
    public static final JlNothing INSTANCE = new JlNothing();

    private JlNothing() {
    }

    @Override
    public String toString() {
        return "nothing";
    }
}
