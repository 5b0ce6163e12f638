package org.trufflejl.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

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
     * Where an expression whose value its method returns (a tuple expression, a call) learns
     * whether to look for a buffer in the frame arguments: never outside a method's body whose
     * value is returned as it is (top-level code has other frame arguments; a declared return
     * type converts the value), and in compiled code only once the interpreter has seen a loop
     * offer one here. Tail calls and returned tuples are everywhere, and a test that partial
     * evaluation cannot fold (the argument array is resolved later, by escape analysis) costs
     * inlining budget in each: {@code max(i, t...)} stopped being inlined whole (0.6 → 7 ms). A
     * method compiled before any loop called it returns tuple objects until it is compiled again:
     * slower, not wrong.
     */
    static final class Site {
        @CompilationFinal private byte state = UNDECIDED;
        private static final byte UNDECIDED = 0;
        private static final byte NEVER = 1;
        private static final byte NOT_YET = 2;
        private static final byte WHEN_GIVEN = 3;

        /**
         * Whether {@code frame} holds a buffer for {@code node}'s value ({@code returned}: marked
         * as the method's result). (A boolean: returning the buffer or null would merge them,
         * and escape analysis would allocate the buffer.)
         */
        boolean bufferGiven(VirtualFrame frame, Node node, boolean returned) {
            byte s = state;
            if (s == NEVER) {
                return false;
            }
            if (s == UNDECIDED) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                s = state = returned && node.getRootNode() instanceof FunctionRootNode root && root.method() != null && root.returnsBodyValue()
                                ? NOT_YET : NEVER;
                if (s == NEVER) {
                    return false;
                }
            }
            if (s == NOT_YET) {
                if (!CompilerDirectives.inInterpreter() || !(frame.getArguments()[1] instanceof TupleReturn)) {
                    return false;
                }
                state = WHEN_GIVEN;
            }
            return frame.getArguments()[1] instanceof TupleReturn;
        }
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
        firstKind = kindOf(v);
        firstBits = bitsOf(v);
        firstReference = firstKind == REFERENCE ? v : null;
    }

    void setSecond(Object v) {
        secondKind = kindOf(v);
        secondBits = bitsOf(v);
        secondReference = secondKind == REFERENCE ? v : null;
    }

    private static byte kindOf(Object v) {
        return v instanceof Long ? INT64 : v instanceof Double ? FLOAT64 : REFERENCE;
    }

    private static long bitsOf(Object v) {
        return v instanceof Long l ? l : v instanceof Double d ? Double.doubleToRawLongBits(d) : 0;
    }
}
