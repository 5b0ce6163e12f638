package org.trufflejl.builtins;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Array helpers shared by builtins. */
final class ArrayOps {
    private ArrayOps() {
    }

    /** A value to be stored in {@code a}, converted to its element type as {@code setindex!} does. */
    static Object convertElement(JlArray a, Object v, Node node) {
        JlType t = a.elementType;
        if (t == Types.Any || Types.isa(v, t)) {
            return v;
        }
        return convertSlow(t, v, node);
    }

    @TruffleBoundary
    static Object convertSlow(JlType t, Object v, Node node) {
        Object r = JlContext.get(node).callBase("convert", t, v);
        if (!Types.isa(r, t)) {
            throw Errors.typeError("setindex!", "", t, v, node);
        }
        return r;
    }

    /** An array length from a Julia integer: negative is an ArgumentError, beyond the JVM's arrays an OutOfMemoryError. */
    static int arrayLength(Object n, Node node) {
        long len = n instanceof Long l ? l : longValue(n, node);
        if (len < 0) {
            throw Errors.argumentError("invalid Array dimensions", node);
        }
        if (len > Integer.MAX_VALUE - 8) {
            throw Errors.outOfMemory(node);
        }
        return (int) len;
    }

    @TruffleBoundary
    private static long longValue(Object n, Node node) {
        if (n instanceof org.trufflejl.runtime.JlBigInt b) {
            // a BigInt length (the length of a BigInt range) as Julia's convert(Int, n)
            if (b.value.bitLength() > 63) {
                throw Errors.inexactError("Int64", org.trufflejl.runtime.types.Types.Int64, n, node);
            }
            return b.value.longValue();
        }
        return ((Number) n).longValue();
    }

    /** A vector of element type {@code t} holding {@code values} (already of that type). */
    @TruffleBoundary
    static JlArray vectorOf(JlType t, Object[] values) {
        Object store = JlArray.newStore(t, values.length);
        JlArray a = JlArray.vector(t, store, values.length);
        for (int i = 0; i < values.length; i++) {
            a.set(i, values[i]);
        }
        return a;
    }
}
