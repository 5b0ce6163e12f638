package org.trufflejl.nodes;

import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.types.DataType;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

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

    /**
     * Valid while the slot's kind in its frame descriptor stays as compiled code read it. A
     * writer's guard folds that kind (shared by every split of the method) to a constant; without
     * this, a writer left specialised for Long in code compiled before another split made the
     * slot Object kept running there, and every later compilation that inlined it folded its
     * guard to a deoptimization at the caller's entry: the caller compiled and deoptimized in a
     * cycle, and ran interpreted (a Dict{SubString} lookup 30 times slower).
     */
    @CompilationFinal private volatile Assumption kindUnchanged = Truffle.getRuntime().createAssumption("slot kind");

    /** How many fields a flattened struct may have: {@link JlStructObject.Inline}'s limit. */
    public static final int SHADOW_SLOTS = 4;
    /** First of the {@link #SHADOW_SLOTS} slots a loop-carried variable's struct fields can live in; -1: none. */
    private final int shadow;
    /** The struct type whose fields the shadow slots hold ({@link FlatStruct}); null while undecided. */
    @CompilationFinal private FlatStruct flat;
    /** Valid while {@link #flat} stays as compiled code read it. */
    @CompilationFinal private Assumption flatUnchanged;

    public SlotMeaning() {
        this.shadow = -1;
    }

    public SlotMeaning(int shadow) {
        this.shadow = shadow;
        this.flatUnchanged = Truffle.getRuntime().createAssumption("flattened local");
    }

    /**
     * Whether the variable may keep an immutable struct as its fields in slots of their own. Graal
     * allocates an object carried around a loop nested in another loop on every iteration (its
     * escape analysis gives up on the object phi); with the fields in slots the loops carry
     * numbers instead. The variable's own slot then holds the type's {@link FlatStruct} marker,
     * a constant, so compiled reads rebuild the object from the slots and it stays virtual.
     */
    public boolean hasShadow() {
        return shadow >= 0;
    }

    /** Stores {@code value} as fields if this slot flattens its type; false if it must be stored whole. */
    public boolean writeFlattened(VirtualFrame frame, int slot, Object value) {
        if (!flatUnchanged.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        FlatStruct f = flat;
        if (f != null && f != FlatStruct.NEVER && value instanceof JlStructObject.Words s && s.type == f.type) {
            f.store(frame, s);
            frame.setObject(slot, f);
            return true;
        }
        if (f == FlatStruct.NEVER) {
            return false;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        FlatStruct next = f == null && value instanceof JlStructObject s && s.isNumbersOnly() && !s.type.isMutable
                        ? new FlatStruct(s.type, shadow) : FlatStruct.NEVER;
        flat = next;
        Assumption old = flatUnchanged;
        flatUnchanged = Truffle.getRuntime().createAssumption("flattened local");
        old.invalidate();
        if (next == FlatStruct.NEVER) {
            return false;
        }
        next.store(frame, (JlStructObject.Words) value);
        frame.setObject(slot, next);
        return true;
    }

    /**
     * The value a flattened slot stands for: a {@link FlatStruct} marker read from a slot is
     * rebuilt from the shadow slots (an allocation compiled code removes when the value does not
     * escape); any other value is itself. The marker is compared with this slot's own, a
     * constant in compiled code, so the shadow slots are read at constant indices: reading them
     * through the marker loaded from the frame (not a constant where the value is a phi, as for
     * {@code s = 0; for x in v; s += x; end} with Float64s) made escape analysis materialise the
     * whole frame, and every frame access in the loop became a deoptimisation — the method's
     * first compilation deoptimised at entry and it ran interpreted until compiled again.
     */
    public Object unflatten(Frame frame, Object v) {
        if (!(v instanceof FlatStruct)) {
            return v;
        }
        if (!flatUnchanged.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        FlatStruct f = flat;
        if (v == f) {
            return f.load(frame);
        }
        // a marker written before this slot's struct type changed (another activation's)
        CompilerDirectives.transferToInterpreter();
        return ((FlatStruct) v).load(frame);
    }

    /** The marker in a flattened variable's slot: the struct type and where its fields are. */
    public static final class FlatStruct {
        static final FlatStruct NEVER = new FlatStruct(null, -1);
        final DataType type;
        @CompilationFinal(dimensions = 1) final byte[] kinds;
        final int shadow;

        FlatStruct(DataType type, int shadow) {
            this.type = type;
            this.kinds = type == null ? new byte[0] : type.inlineLayout;
            this.shadow = shadow;
        }

        @ExplodeLoop
        void store(VirtualFrame frame, JlStructObject.Words s) {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == JlStructObject.Inline.F64) {
                    frame.setDouble(shadow + i, Double.longBitsToDouble(s.bits(i)));
                } else {
                    frame.setLong(shadow + i, s.bits(i));
                }
            }
        }

        JlStructObject load(Frame frame) {
            return JlStructObject.Inline.ofBits(type, word(frame, 0), word(frame, 1), word(frame, 2), word(frame, 3));
        }

        private long word(Frame frame, int i) {
            if (i >= kinds.length) {
                return 0;
            }
            return kinds[i] == JlStructObject.Inline.F64 ? Double.doubleToRawLongBits(frame.getDouble(shadow + i)) : frame.getLong(shadow + i);
        }
    }

    /** Whether compiled code may rely on the slot's descriptor kind as it reads it (a constant there, invalidated by {@link #setKind}). */
    public static boolean kindUnchanged(Frame frame, int slot) {
        if (CompilerDirectives.inInterpreter()) {
            // the field always holds a valid assumption (a change of kind replaces it): only
            // compiled code, which folded in an older one, can see it invalid
            return true;
        }
        return !(frame.getFrameDescriptor().getSlotInfo(slot) instanceof SlotMeaning m) || m.kindUnchanged.isValid();
    }

    /** Sets the slot's kind in its frame descriptor; a change invalidates the code compiled against the old kind. */
    public static void setKind(Frame frame, int slot, FrameSlotKind k) {
        FrameDescriptor fd = frame.getFrameDescriptor();
        if (fd.getSlotKind(slot) != k) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            changeKind(fd, slot, k);
        }
    }

    private static void changeKind(FrameDescriptor fd, int slot, FrameSlotKind k) {
        fd.setSlotKind(slot, k);
        if (fd.getSlotInfo(slot) instanceof SlotMeaning m) {
            synchronized (m) {
                Assumption old = m.kindUnchanged;
                m.kindUnchanged = Truffle.getRuntime().createAssumption("slot kind");
                old.invalidate();
            }
        }
    }

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
        if (frame.getTag(slot) == com.oracle.truffle.api.frame.FrameSlotKind.Illegal.tag) {
            return null;   // never assigned, or cleared when a loop iteration ended
        }
        Object v = frame.getValue(slot);
        if (v == null) {
            return null;
        }
        if (v instanceof FlatStruct f) {
            return f.load(frame);
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
