package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

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
        } else if (v instanceof TruffleString ts) {
            return JlString.of(ts.toJavaStringUncached());
        } else if (Foreign.isForeign(v)) {
            // Another language's (or a host box's) string, boolean, number or null: as ours.
            InteropLibrary lib = InteropLibrary.getUncached(v);
            try {
                if (lib.isString(v)) {
                    return JlString.of(lib.asString(v));
                } else if (lib.isBoolean(v)) {
                    return lib.asBoolean(v);
                } else if (lib.isNumber(v) && lib.fitsInLong(v)) {
                    return lib.asLong(v);
                } else if (lib.isNumber(v) && lib.fitsInDouble(v)) {
                    return lib.asDouble(v);
                } else if (lib.isNull(v)) {
                    return JlNothing.INSTANCE;
                }
            } catch (UnsupportedMessageException e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }

    /** A TruffleJL value as the host sees it best: Strings as Java strings, the rest as they are. */
    @TruffleBoundary
    public static Object toHost(Object v) {
        return v instanceof JlString s ? s.toString() : v;
    }
}
