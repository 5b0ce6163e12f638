package org.trufflejl.nodes;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Reads element {@code i} (0-based, already bounds-checked) of an array, specialised on the
 * array's store so compiled code is one typed load (unsigned and Float16 elements re-wrapped
 * from their bits). Used by indexing and by {@code for x in array}.
 */
@GenerateInline(false)
@ImportStatic(Num.class)
public abstract class ArrayElementNode extends Node {
    public abstract Object execute(JlArray a, int i);

    public static ArrayElementNode create() {
        return ArrayElementNodeGen.create();
    }

    @Specialization(guards = "a.hasStore(I64)")
    static long int64(JlArray a, int i) {
        return ((long[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(F64)")
    static double float64(JlArray a, int i) {
        return ((double[]) a.store)[i];
    }

    @Specialization(guards = "a.hasObjectStore()")
    Object any(JlArray a, int i) {
        Object v = ((Object[]) a.store)[i];
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw new JlException(JlStructObject.of(Types.UndefRefError), this);
        }
        return v;
    }

    @Specialization(guards = "a.hasStore(BOOL)")
    static boolean bool(JlArray a, int i) {
        return ((boolean[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(I32)")
    static int int32(JlArray a, int i) {
        return ((int[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(F32)")
    static float float32(JlArray a, int i) {
        return ((float[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(I8)")
    static byte int8(JlArray a, int i) {
        return ((byte[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(U8)")
    static UInt8 uint8(JlArray a, int i) {
        return new UInt8(((byte[]) a.store)[i]);
    }

    @Specialization(guards = "a.hasStore(I16)")
    static short int16(JlArray a, int i) {
        return ((short[]) a.store)[i];
    }

    @Specialization(guards = "a.hasStore(U16)")
    static UInt16 uint16(JlArray a, int i) {
        return new UInt16(((short[]) a.store)[i]);
    }

    @Specialization(guards = "a.hasStore(F16)")
    static Float16 float16(JlArray a, int i) {
        return new Float16(((short[]) a.store)[i]);
    }

    @Specialization(guards = "a.hasStore(U32)")
    static UInt32 uint32(JlArray a, int i) {
        return new UInt32(((int[]) a.store)[i]);
    }

    @Specialization(guards = "a.hasStore(U64)")
    static UInt64 uint64(JlArray a, int i) {
        return new UInt64(((long[]) a.store)[i]);
    }
}
