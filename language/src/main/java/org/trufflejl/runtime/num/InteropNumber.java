package org.trufflejl.runtime.num;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The unsigned, 128-bit, Float16 and big values as polyglot numbers: they fit where their value
 * fits ({@code Value.fitsInInt()}, {@code asBigInteger()} for UInt128 and BigInt), as the
 * embedding guide says; a BigFloat that is neither an integer nor a double fits nowhere.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class InteropNumber implements TruffleObject {
    /** The exact value: a BigInteger for integers, a Double for floats, null for neither. */
    protected abstract Object exactValue();

    @ExportMessage
    final boolean isNumber() {
        return true;
    }

    @TruffleBoundary
    private BigInteger integral() {
        Object v = exactValue();
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v == null) {
            return null;
        }
        double d = (Double) v;
        return Double.isFinite(d) && d == Math.rint(d) ? new java.math.BigDecimal(d).toBigInteger() : null;
    }

    @TruffleBoundary
    private boolean fitsBits(int bits) {
        BigInteger b = integral();
        return b != null && b.bitLength() < bits;
    }

    @ExportMessage
    final boolean fitsInByte() {
        return fitsBits(8);
    }

    @ExportMessage
    final boolean fitsInShort() {
        return fitsBits(16);
    }

    @ExportMessage
    final boolean fitsInInt() {
        return fitsBits(32);
    }

    @ExportMessage
    final boolean fitsInLong() {
        return fitsBits(64);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean fitsInBigInteger() {
        return integral() != null;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean fitsInDouble() {
        Object v = exactValue();
        return v instanceof Double || v instanceof BigInteger b && b.bitLength() <= 53;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean fitsInFloat() {
        Object v = exactValue();
        return v instanceof Double d ? (double) (float) (double) d == d || Double.isNaN(d) : v instanceof BigInteger b && b.bitLength() <= 24;
    }

    @ExportMessage
    final byte asByte() throws UnsupportedMessageException {
        return (byte) asLong();
    }

    @ExportMessage
    final short asShort() throws UnsupportedMessageException {
        return (short) asLong();
    }

    @ExportMessage
    final int asInt() throws UnsupportedMessageException {
        return (int) asLong();
    }

    @ExportMessage
    @TruffleBoundary
    final long asLong() throws UnsupportedMessageException {
        BigInteger b = integral();
        if (b == null || b.bitLength() >= 64) {
            throw UnsupportedMessageException.create();
        }
        return b.longValue();
    }

    @ExportMessage
    @TruffleBoundary
    final BigInteger asBigInteger() throws UnsupportedMessageException {
        BigInteger b = integral();
        if (b == null) {
            throw UnsupportedMessageException.create();
        }
        return b;
    }

    @ExportMessage
    @TruffleBoundary
    final double asDouble() throws UnsupportedMessageException {
        Object v = exactValue();
        if (v == null) {
            throw UnsupportedMessageException.create();
        }
        return v instanceof Double d ? d : ((BigInteger) v).doubleValue();
    }

    @ExportMessage
    @TruffleBoundary
    final float asFloat() throws UnsupportedMessageException {
        return (float) asDouble();
    }
}
