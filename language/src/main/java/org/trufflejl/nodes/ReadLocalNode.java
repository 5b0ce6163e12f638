package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a local variable from its frame slot; an unassigned one raises UndefVarError. */
public abstract class ReadLocalNode extends JlNode {
    protected final int slot;
    protected final Symbol name;

    protected ReadLocalNode(int slot, Symbol name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(guards = "frame.isInt(slot)")
    protected int readInt(VirtualFrame frame) {
        return frame.getInt(slot);
    }

    @Specialization(guards = "frame.isFloat(slot)")
    protected float readFloat(VirtualFrame frame) {
        return frame.getFloat(slot);
    }

    @Specialization(guards = "frame.isByte(slot)")
    protected byte readByte(VirtualFrame frame) {
        return frame.getByte(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean", "readInt", "readFloat", "readByte"})
    protected Object readObject(VirtualFrame frame) {
        Object v;
        if (!frame.isObject(slot)) {
            // The slot kind changed after this node specialised: read it generically once.
            CompilerDirectives.transferToInterpreter();
            v = frame.getValue(slot);
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
        return v;
    }
}
