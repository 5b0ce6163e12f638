package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The singleton {@code nothing} of type {@code Nothing}; the null value of interop. */
@ExportLibrary(InteropLibrary.class)
public final class JlNothing implements TruffleObject {
    public static final JlNothing INSTANCE = new JlNothing();

    private JlNothing() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "nothing";
    }
}
