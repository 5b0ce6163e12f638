package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Values arriving from the host through interop, as TruffleJL values. */
public final class HostValues {
    private HostValues() {
    }

    @TruffleBoundary
    public static Object[] fromHost(Object[] arguments) {
        Object[] out = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            out[i] = fromHost(arguments[i]);
        }
        return out;
    }

    /**
     * Host strings and chars become String and Char. Boxed primitives keep their width: a Java
     * int is an Int32, a byte an Int8, a float a Float32, as in the value table of GUIDE.md.
     */
    @TruffleBoundary
    public static Object fromHost(Object v) {
        if (v instanceof String s) {
            return JlString.of(s);
        } else if (v instanceof Character c) {
            return new JlChar(c);
        }
        return v;
    }
}
