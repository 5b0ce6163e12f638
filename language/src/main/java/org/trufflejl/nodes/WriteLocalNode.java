package org.trufflejl.nodes;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Assigns a local variable; the slot stays unboxed while it only ever holds one primitive kind
 * (Int64, Float64, Bool, Int32, Float32 or Int8 - each has its own Java primitive).
 */
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends JlNode {
    protected abstract int getSlot();

    @Specialization(guards = "isKind(frame, LongKind)")
    protected long writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, DoubleKind)")
    protected double writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, BooleanKind)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, IntKind)")
    protected int writeInt(VirtualFrame frame, int value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Int);
        frame.setInt(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, FloatKind)")
    protected float writeFloat(VirtualFrame frame, float value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Float);
        frame.setFloat(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, ByteKind)")
    protected byte writeByte(VirtualFrame frame, byte value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Byte);
        frame.setByte(getSlot(), value);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean", "writeInt", "writeFloat", "writeByte"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
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
        return current == kind || current == FrameSlotKind.Illegal;
    }
}
