package org.trufflejl.nodes;

import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.Frame;

/**
 * Which Julia type a local's unboxed frame slot holds. Truffle frames tag a slot Long, Int,
 * Byte... (one tag per Java primitive), while Julia has unsigned and 16-bit integers too: a slot
 * whose first unboxed value is a {@code UInt32} keeps its bits under the Int tag for good
 * ({@link #U32}), and Int32 values then go boxed, and so on. Without this, a loop-carried
 * {@code h::UInt32} was a fresh object every iteration. Fixed once per slot (the slot's info in
 * its frame descriptor), so compiled code reads it as a constant.
 */
public final class SlotMeaning {
    public static final byte UNSET = 0;
    /** The tag's own type: Long = Int64, Int = Int32, Byte = Int8, Double, Float, Boolean. */
    public static final byte NATIVE = 1;
    /** Byte tag holding UInt8 bits. */
    public static final byte U8 = 2;
    /** Int tag holding UInt16 bits (as a char-range int). */
    public static final byte U16 = 3;
    /** Int tag holding Int16 values. */
    public static final byte I16 = 4;
    /** Int tag holding UInt32 bits. */
    public static final byte U32 = 5;
    /** Long tag holding UInt64 bits. */
    public static final byte U64 = 6;

    @CompilationFinal private byte kind;

    /** The meaning of this slot's tag; a slot not yet given one means its tag's own type. */
    public byte kind() {
        byte k = kind;
        return k == UNSET ? NATIVE : k;
    }

    /** Sets the meaning if none is set yet; whether the slot now has meaning {@code k}. */
    public boolean fix(byte k) {
        if (kind == k) {
            return true;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        synchronized (this) {
            if (kind == UNSET) {
                kind = k;
            }
            return kind == k;
        }
    }

    /** The slot's value as a Julia value, whatever its tag (for generic reads). */
    public Object read(Frame frame, int slot) {
        Object v = frame.getValue(slot);
        if (v == null) {
            return null;
        }
        return switch (kind()) {
            case U8 -> v instanceof Byte b ? new UInt8(b) : v;
            case U16 -> v instanceof Integer i ? new UInt16((short) (int) i) : v;
            case I16 -> v instanceof Integer i ? (Object) (short) (int) i : v;
            case U32 -> v instanceof Integer i ? new UInt32(i) : v;
            case U64 -> v instanceof Long l ? new UInt64(l) : v;
            default -> v;
        };
    }

    /** This slot's meaning: every local's slot gets one when lowering makes it ({@code Scopes}). */
    public static SlotMeaning of(Frame frame, int slot) {
        return (SlotMeaning) frame.getFrameDescriptor().getSlotInfo(slot);
    }
}
