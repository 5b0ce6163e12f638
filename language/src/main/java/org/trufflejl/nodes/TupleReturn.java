package org.trufflejl.nodes;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * Where a method returns its two-element tuple to a {@code for} loop that asked for it, so that
 * {@code iterate}'s "nothing or (value, state)" costs no allocation once the loop has inlined it.
 *
 * Returned as an object, {@code cond ? nothing : (v, s)} is a merge of a constant with a new
 * tuple inside the callee, and Graal's escape analysis allocates the tuple (and boxes its
 * elements) at that merge, before the caller's {@code === nothing} test could take it apart:
 * 94 bytes and 4 ns per element of a user-defined iterator. Instead, {@link ForNode} passes one
 * of these in the keyword slot of the frame arguments; a tuple expression whose value is what
 * its method returns ({@link JlNode#markReturnedValue}) writes its elements here, unboxed, and
 * returns {@link #FILLED}. Field writes on one virtual object merge as field values, so nothing
 * is allocated. A method called any other way sees null or a NamedTuple in that slot and
 * returns tuples as always; every reader of keyword arguments ignores anything that is not a
 * NamedTuple. A call in return position passes the buffer on ({@link CallNode}): what the callee
 * returns, filled or not, is what the caller returns.
 */
public final class TupleReturn {
    /**
     * The result of a method that wrote its tuple here: never a Julia value (only ForNode sees
     * it), but an interop object, as instruments (the debugger, a statement limit) see every
     * statement's value.
     */
    public static final Object FILLED = new Filled();

    private static final class Filled implements com.oracle.truffle.api.interop.TruffleObject {
        @Override
        public String toString() {
            return "<tuple returned in a TupleReturn>";
        }
    }

    /**
     * Whether {@code node} is in a method whose body's value is what it returns, so that an
     * expression there marked as returned may fill a buffer found in the frame arguments (top-level
     * code has other frame arguments; a declared return type converts the value).
     */
    static boolean usableAt(com.oracle.truffle.api.nodes.Node node) {
        return node.getRootNode() instanceof FunctionRootNode root && root.method() != null && root.returnsBodyValue();
    }

    /**
     * Whether this frame was given a buffer, asked only in the interpreter: a site learns there
     * that loops call its method, and only then does its compiled code test for one. Tail calls
     * and returned tuples are everywhere, and a test that partial evaluation cannot fold (the
     * argument array is resolved later, by escape analysis) costs inlining budget in each:
     * {@code max(i, t...)} stopped being inlined whole (0.6 → 7 ms). A method compiled before any
     * loop called it keeps returning tuple objects until it is compiled again: slower, not wrong.
     */
    static boolean offered(com.oracle.truffle.api.frame.VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter() && frame.getArguments()[1] instanceof TupleReturn) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return true;
        }
        return false;
    }

    static final byte REFERENCE = 0;
    static final byte INT64 = 1;
    static final byte FLOAT64 = 2;

    byte firstKind;
    byte secondKind;
    long firstBits;
    long secondBits;
    Object firstReference;
    Object secondReference;

    void setFirst(Object v) {
        if (v instanceof Long l) {
            firstKind = INT64;
            firstBits = l;
        } else if (v instanceof Double d) {
            firstKind = FLOAT64;
            firstBits = Double.doubleToRawLongBits(d);
        } else {
            firstKind = REFERENCE;
            firstReference = v;
        }
    }

    void setSecond(Object v) {
        if (v instanceof Long l) {
            secondKind = INT64;
            secondBits = l;
        } else if (v instanceof Double d) {
            secondKind = FLOAT64;
            secondBits = Double.doubleToRawLongBits(d);
        } else {
            secondKind = REFERENCE;
            secondReference = v;
        }
    }
}
