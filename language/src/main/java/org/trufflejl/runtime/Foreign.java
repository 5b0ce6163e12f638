package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.nodes.Node;

/**
 * Values of other languages and of the host (a Java array, list or object passed in through the
 * polyglot API) that are not numbers, strings or booleans (those are converted on the way in by
 * {@link HostValues}). In TruffleJL they are a {@code ForeignArray <: AbstractVector{Any}} when
 * they have array elements, else a {@code ForeignObject}; members read as properties, executables
 * are callable. Everything goes through the uncached InteropLibrary behind boundaries: foreign
 * values are for exchanging data, not for hot loops.
 */
public final class Foreign {
    private Foreign() {
    }

    /** Whether v is a TruffleObject that is not one of TruffleJL's own values. */
    public static boolean isForeign(Object v) {
        return v instanceof TruffleObject && !v.getClass().getPackageName().startsWith("org.trufflejl");
    }

    @TruffleBoundary
    public static JlType typeOf(Object v) {
        return InteropLibrary.getUncached().hasArrayElements(v) ? Types.ForeignArrayT : Types.ForeignObjectT;
    }

    @TruffleBoundary
    public static long length(Object a, Node node) {
        try {
            return InteropLibrary.getUncached().getArraySize(a);
        } catch (UnsupportedMessageException e) {
            throw Errors.error("foreign value has no length", node);
        }
    }

    @TruffleBoundary
    public static Object getIndex(Object a, long i, Node node) {
        try {
            return HostValues.fromHost(InteropLibrary.getUncached().readArrayElement(a, i - 1));
        } catch (InvalidArrayIndexException e) {
            throw Errors.boundsError(a, i, node);
        } catch (UnsupportedMessageException e) {
            throw Errors.error("foreign array element " + i + " cannot be read", node);
        }
    }

    @TruffleBoundary
    public static void setIndex(Object a, Object v, long i, Node node) {
        try {
            InteropLibrary.getUncached().writeArrayElement(a, i - 1, HostValues.toHost(v));
        } catch (InvalidArrayIndexException e) {
            throw Errors.boundsError(a, i, node);
        } catch (UnsupportedMessageException | UnsupportedTypeException e) {
            throw Errors.error("foreign array element " + i + " cannot be set to a " + Types.typeOf(v).show(), node);
        }
    }

    /** {@code o.name}: the member, or null when o has no readable member of that name. */
    @TruffleBoundary
    public static Object readMember(Object o, String name) {
        InteropLibrary lib = InteropLibrary.getUncached();
        if (!lib.isMemberReadable(o, name)) {
            return null;
        }
        try {
            return HostValues.fromHost(lib.readMember(o, name));
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return null;
        }
    }

    /** {@code o.name = v}: false when o has no writable member of that name. */
    @TruffleBoundary
    public static boolean writeMember(Object o, String name, Object v, Node node) {
        InteropLibrary lib = InteropLibrary.getUncached();
        if (!lib.isMemberModifiable(o, name) && !lib.isMemberInsertable(o, name)) {
            return false;
        }
        try {
            lib.writeMember(o, name, HostValues.toHost(v));
            return true;
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return false;
        } catch (UnsupportedTypeException e) {
            throw Errors.error("foreign member " + name + " cannot be set to a " + Types.typeOf(v).show(), node);
        }
    }

    @TruffleBoundary
    public static boolean isExecutable(Object f) {
        return isForeign(f) && InteropLibrary.getUncached().isExecutable(f);
    }

    @TruffleBoundary
    public static Object execute(Object f, Object[] positional, Node node) {
        Object[] args = new Object[positional.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = HostValues.toHost(positional[i]);
        }
        try {
            return HostValues.fromHost(InteropLibrary.getUncached().execute(f, args));
        } catch (UnsupportedTypeException | ArityException | UnsupportedMessageException e) {
            throw Errors.error("cannot call foreign function: " + e.getMessage(), node);
        }
    }

    /** How the value describes itself (its toString for a host object). */
    @TruffleBoundary
    public static String displayString(Object o) {
        InteropLibrary lib = InteropLibrary.getUncached();
        try {
            return lib.asString(lib.toDisplayString(o, true));
        } catch (UnsupportedMessageException e) {
            return "<foreign object>";
        }
    }
}
