package org.trufflejl.nodes;

import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Assigns a local variable; the slot stays unboxed while it only ever holds one primitive type
 * (Int64, Float64, Bool, Int32, Float32 and Int8 under their Java primitive's tag; UInt8, Int16,
 * UInt16, UInt32 and UInt64 under the tag of their bits, which {@link SlotMeaning} records).
 */
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
@ImportStatic(SlotMeaning.class)
public abstract class WriteLocalNode extends JlNode {
    protected abstract int getSlot();

    protected abstract JlNode getValue();

    @Override
    public Object infer(Inference in) {
        Object v = getValue().infer(in);
        in.writeSlot(getSlot(), v);
        return v;
    }

    @CompilationFinal private SlotMeaning meaning;

    private SlotMeaning slotMeaning(VirtualFrame frame) {
        SlotMeaning m = meaning;
        if (m == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            m = meaning = SlotMeaning.of(frame, getSlot());
        }
        return m;
    }

    /** Whether the slot's tag means {@code k} (fixing it so if it had no meaning yet). */
    protected boolean means(VirtualFrame frame, byte k) {
        return slotMeaning(frame).fix(k);
    }

    @Specialization(guards = {"isKind(frame, LongKind)", "means(frame, NATIVE)"})
    protected long writeLong(VirtualFrame frame, long value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, DoubleKind)")
    protected double writeDouble(VirtualFrame frame, double value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, BooleanKind)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(guards = {"isKind(frame, IntKind)", "means(frame, NATIVE)"})
    protected int writeInt(VirtualFrame frame, int value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Int);
        frame.setInt(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, FloatKind)")
    protected float writeFloat(VirtualFrame frame, float value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Float);
        frame.setFloat(getSlot(), value);
        return value;
    }

    @Specialization(guards = {"isKind(frame, ByteKind)", "means(frame, NATIVE)"})
    protected byte writeByte(VirtualFrame frame, byte value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Byte);
        frame.setByte(getSlot(), value);
        return value;
    }

    @Specialization(guards = {"isKind(frame, ByteKind)", "means(frame, U8)"})
    protected UInt8 writeUInt8(VirtualFrame frame, UInt8 value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Byte);
        frame.setByte(getSlot(), value.bits);
        return value;
    }

    @Specialization(guards = {"isKind(frame, IntKind)", "means(frame, I16)"})
    protected short writeInt16(VirtualFrame frame, short value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Int);
        frame.setInt(getSlot(), value);
        return value;
    }

    @Specialization(guards = {"isKind(frame, IntKind)", "means(frame, U16)"})
    protected UInt16 writeUInt16(VirtualFrame frame, UInt16 value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Int);
        frame.setInt(getSlot(), value.bits);
        return value;
    }

    @Specialization(guards = {"isKind(frame, IntKind)", "means(frame, U32)"})
    protected UInt32 writeUInt32(VirtualFrame frame, UInt32 value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Int);
        frame.setInt(getSlot(), value.bits);
        return value;
    }

    @Specialization(guards = {"isKind(frame, LongKind)", "means(frame, U64)"})
    protected UInt64 writeUInt64(VirtualFrame frame, UInt64 value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value.bits);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean", "writeInt", "writeFloat", "writeByte", "writeUInt8", "writeInt16",
                    "writeUInt16", "writeUInt32", "writeUInt64"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        SlotMeaning.setKind(frame, getSlot(), FrameSlotKind.Object);
        SlotMeaning m = slotMeaning(frame);
        if (m.hasShadow() && m.writeFlattened(frame, getSlot(), value)) {
            return value;
        }
        frame.setObject(getSlot(), value);
        return value;
    }

    static final FrameSlotKind LongKind = FrameSlotKind.Long;
    static final FrameSlotKind DoubleKind = FrameSlotKind.Double;
    static final FrameSlotKind BooleanKind = FrameSlotKind.Boolean;
    static final FrameSlotKind IntKind = FrameSlotKind.Int;
    static final FrameSlotKind FloatKind = FrameSlotKind.Float;
    static final FrameSlotKind ByteKind = FrameSlotKind.Byte;

    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return SlotMeaning.kindUnchanged(frame, getSlot()) && (current == kind || current == FrameSlotKind.Illegal);
    }
}
