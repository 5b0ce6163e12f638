package org.trufflejl.nodes;

import org.trufflejl.runtime.Cell;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlStructObject;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Where a value produced by the runtime (not by a child expression) is stored: loop variables,
 * destructured names. Lowering picks the subclass from the variable's storage.
 */
public abstract class AssignTarget extends Node {
    public abstract void assign(VirtualFrame frame, Object value);

    /** Models assigning a value of lattice element {@code v} ({@link Inference}). */
    public abstract void infer(Inference in, Object v);

    public void assignLong(VirtualFrame frame, long value) {
        assign(frame, value);
    }

    public void assignDouble(VirtualFrame frame, double value) {
        assign(frame, value);
    }

    /** A UInt8 given as its bits (a {@code Vector{UInt8}} element). */
    public void assignUInt8(VirtualFrame frame, byte bits) {
        assign(frame, new org.trufflejl.runtime.num.UInt8(bits));
    }

    /** A plain local: stays an unboxed Int64, Float64 or UInt8 slot while only that is stored (loop variables). */
    public static final class Local extends AssignTarget {
        private final int slot;
        @CompilationFinal private boolean generic;

        public Local(int slot) {
            this.slot = slot;
        }

        @Override
        public void infer(Inference in, Object v) {
            in.writeSlot(slot, v);
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

        /** Whether the slot's tag means {@code k} (fixing it so if the slot had no meaning yet). */
        private boolean means(VirtualFrame frame, byte k) {
            return slotMeaning(frame).fix(k);
        }

        /** Whether the slot holds (or, unused so far, may now hold) unboxed values of {@code kind}. */
        private boolean claims(VirtualFrame frame, FrameSlotKind kind) {
            FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
            if (!SlotMeaning.kindUnchanged(frame, slot)) {
                return false;   // (folded away: a change of kind invalidates the code that read the old one)
            } else if (current == kind) {
                return true;
            } else if (current == FrameSlotKind.Illegal) {
                SlotMeaning.setKind(frame, slot, kind);
                return true;
            }
            return false;
        }

        @Override
        public void assignUInt8(VirtualFrame frame, byte bits) {
            if (!generic && means(frame, SlotMeaning.U8) && claims(frame, FrameSlotKind.Byte)) {
                frame.setByte(slot, bits);
                return;
            }
            storeObject(frame, new org.trufflejl.runtime.num.UInt8(bits));
        }

        @Override
        public void assignLong(VirtualFrame frame, long value) {
            if (!generic && means(frame, SlotMeaning.NATIVE) && claims(frame, FrameSlotKind.Long)) {
                frame.setLong(slot, value);
                return;
            }
            storeObject(frame, value);
        }

        @Override
        public void assignDouble(VirtualFrame frame, double value) {
            if (!generic && claims(frame, FrameSlotKind.Double)) {
                frame.setDouble(slot, value);
                return;
            }
            storeObject(frame, value);
        }

        /**
         * A value given boxed (destructuring: {@code x, y = y, x + y}) keeps the slot unboxed too: a
         * boxed number in a slot is an object carried around the loop, which Graal allocates on
         * every iteration of a nested loop.
         */
        @Override
        public void assign(VirtualFrame frame, Object value) {
            if (!generic) {
                if (value instanceof Double d) {
                    assignDouble(frame, d);
                    return;
                } else if (value instanceof Long l) {
                    assignLong(frame, l);
                    return;
                }
            }
            storeObject(frame, value);
        }

        private void storeObject(VirtualFrame frame, Object value) {
            if (!generic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                generic = true;
            }
            SlotMeaning.setKind(frame, slot, FrameSlotKind.Object);
            SlotMeaning m = slotMeaning(frame);
            if (m.hasShadow() && m.writeFlattened(frame, slot, value)) {
                return;
            }
            frame.setObject(slot, value);
        }
    }

    /** A local captured by reference: the (fresh) cell in its slot receives the value. */
    public static final class CellSlot extends AssignTarget {
        private final int slot;

        public CellSlot(int slot) {
            this.slot = slot;
        }

        @Override
        public void infer(Inference in, Object v) {
            // a cell's value is read as Any
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            ((Cell) frame.getObject(slot)).value = value;
        }
    }

    /** A variable of an enclosing function, reached through the closure's captured cell. */
    public static final class CapturedCell extends AssignTarget {
        private final int index;

        public CapturedCell(int index) {
            this.index = index;
        }

        @Override
        public void infer(Inference in, Object v) {
            // a cell's value is read as Any
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            ((Cell) CellNodes.capture(frame, index, this)).value = value;
        }
    }

    /** Assigns through an expression node that reads a temporary: globals, fields, indices. */
    public static final class ViaNode extends AssignTarget {
        private final int tempSlot;
        @Child private JlNode store;

        /** {@code store} reads the value from {@code tempSlot}. */
        public ViaNode(int tempSlot, JlNode store) {
            this.tempSlot = tempSlot;
            this.store = store;
        }

        @Override
        public void infer(Inference in, Object v) {
            in.writeSlot(tempSlot, v);
            store.infer(in);
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            frame.setObject(tempSlot, value);
            store.execute(frame);
        }
    }

    private static Object field(JlStructObject s, int i, byte kind, byte shape, int slot) {
        if (shape == JlStructObject.MIXED) {
            return CompilerDirectives.castExact(s, JlStructObject.Mixed.class).field(i, kind);
        } else if (shape == JlStructObject.COMPACT) {
            return CompilerDirectives.castExact(s, JlStructObject.Compact.class).field(slot, kind);
        }
        if (kind != JlStructObject.Inline.NONE) {
            return JlStructObject.Inline.fromBits(JlStructObject.numbers(s, shape).bits(i), kind);
        }
        return CompilerDirectives.castExact(s, JlStructObject.Boxed.class).getField(i);
    }

    /** {@code (a, b) = value}: destructures by iteration (indexing for tuples and arrays). */
    public static final class Destructure extends AssignTarget {
        @Children private final AssignTarget[] parts;

        public Destructure(AssignTarget[] parts) {
            this.parts = parts;
        }

        /** A tuple's or a struct's (a Pair's) elements when its type fixes them; else each part may be anything. */
        @Override
        public void infer(Inference in, Object v) {
            org.trufflejl.runtime.types.JlType t = Inference.widen(v);
            Object[] types = null;
            if (t instanceof org.trufflejl.runtime.types.DataType d && d.isConcrete()) {
                if (d.family == org.trufflejl.runtime.types.Types.TupleFamily && d.parameters.length == parts.length) {
                    types = d.parameters;
                } else if (d.family != null && d.family.name == Destructuring.PAIR && d.family.module == org.trufflejl.runtime.JlContext.get(this).base && parts.length == 2 && d.fieldTypes.length == 2) {
                    types = d.fieldTypes;
                }
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i].infer(in, types != null && types[i] instanceof org.trufflejl.runtime.types.JlType e ? e : Inference.ANY);
            }
        }

        /**
         * The Pair type this site destructures ({@code for (k, v) in dict}, {@code (i, x) in
         * pairs(v)}), learned from the first one: its two fields are read by the type's layout,
         * without building the array of values (5 ns an element). Null until a Pair is seen.
         */
        @CompilationFinal private PairLayout pair;

        private record PairLayout(org.trufflejl.runtime.types.DataType type, byte first, byte second, byte shape, int firstSlot, int secondSlot) {
        }

        @Override
        @ExplodeLoop
        public void assign(VirtualFrame frame, Object value) {
            if (parts.length == 2 && value instanceof JlStructObject s) {
                PairLayout p = pair;
                if (p != null && s.type == p.type) {
                    parts[0].assign(frame, field(s, 0, p.first, p.shape, p.firstSlot));
                    parts[1].assign(frame, field(s, 1, p.second, p.shape, p.secondSlot));
                    return;
                }
                if (p == null && Destructuring.isPair(s, this)) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    byte[] layout = JlStructObject.layoutOf(s.type);
                    byte shape = JlStructObject.shapeOf(s.type);
                    pair = layout.length > 0
                                    ? new PairLayout(s.type, layout[0], layout[1], shape, JlStructObject.slotOf(s.type, shape, 0),
                                                    JlStructObject.slotOf(s.type, shape, 1))
                                    : new PairLayout(s.type, JlStructObject.Inline.NONE, JlStructObject.Inline.NONE, JlStructObject.BOXED, 0, 1);
                }
            }
            Object[] values = Destructuring.elements(value, parts.length, this);
            for (int i = 0; i < parts.length; i++) {
                parts[i].assign(frame, values[i]);
            }
        }
    }
}
