package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.Symbol;

import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a local variable from its frame slot; an unassigned one raises UndefVarError. */
@ImportStatic(SlotMeaning.class)
public abstract class ReadLocalNode extends JlNode {

    protected final int slot;
    protected final Symbol name;

    protected ReadLocalNode(int slot, Symbol name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object infer(Inference in) {
        return in.readSlot(slot);
    }

    @CompilationFinal private SlotMeaning meaning;

    private SlotMeaning slotMeaning(VirtualFrame frame) {
        SlotMeaning m = meaning;
        if (m == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            m = meaning = SlotMeaning.of(frame, slot);
        }
        return m;
    }

    /** What the slot's tag stands for ({@link SlotMeaning}). */
    protected byte meaning(VirtualFrame frame) {
        return slotMeaning(frame).kind();
    }

    @Specialization(guards = {"frame.isLong(slot)", "meaning(frame) == NATIVE"})
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = {"frame.isLong(slot)", "meaning(frame) == U64"})
    protected UInt64 readUInt64(VirtualFrame frame) {
        return new UInt64(frame.getLong(slot));
    }

    @Specialization(guards = {"frame.isInt(slot)", "meaning(frame) == U32"})
    protected UInt32 readUInt32(VirtualFrame frame) {
        return new UInt32(frame.getInt(slot));
    }

    @Specialization(guards = {"frame.isInt(slot)", "meaning(frame) == U16"})
    protected UInt16 readUInt16(VirtualFrame frame) {
        return new UInt16((short) frame.getInt(slot));
    }

    @Specialization(guards = {"frame.isInt(slot)", "meaning(frame) == I16"})
    protected short readInt16(VirtualFrame frame) {
        return (short) frame.getInt(slot);
    }

    @Specialization(guards = {"frame.isByte(slot)", "meaning(frame) == U8"})
    protected UInt8 readUInt8(VirtualFrame frame) {
        return new UInt8(frame.getByte(slot));
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(guards = {"frame.isInt(slot)", "meaning(frame) == NATIVE"})
    protected int readInt(VirtualFrame frame) {
        return frame.getInt(slot);
    }

    @Specialization(guards = "frame.isFloat(slot)")
    protected float readFloat(VirtualFrame frame) {
        return frame.getFloat(slot);
    }

    @Specialization(guards = {"frame.isByte(slot)", "meaning(frame) == NATIVE"})
    protected byte readByte(VirtualFrame frame) {
        return frame.getByte(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean", "readInt", "readFloat", "readByte", "readUInt64", "readUInt32", "readUInt16",
                    "readInt16", "readUInt8"})
    protected Object readObject(VirtualFrame frame) {
        Object v;
        if (!frame.isObject(slot)) {
            // The slot kind changed after this node specialised: read it generically once.
            CompilerDirectives.transferToInterpreter();
            v = slotMeaning(frame).read(frame, slot);
            if (v != null) {
                frame.setObject(slot, v);
            }
        } else {
            v = frame.getObject(slot);
        }
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.undefVar(name, this);
        }
        SlotMeaning m = slotMeaning(frame);
        return m.hasShadow() ? m.unflatten(frame, v) : v;
    }
}
