package org.trufflejl.runtime;

import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code Array{T,N}} with storage typed by element type: {@code boolean[]} for Bool (one byte an
 * element, as Julia's), {@code byte[]} for Int8/UInt8,
 * {@code short[]} for Int16/UInt16/Float16, {@code int[]} for Int32/UInt32, {@code long[]} for
 * Int64/UInt64, {@code float[]} for Float32, {@code double[]} for Float64 (unsigned and Float16
 * elements keep their bits), {@code Object[]} otherwise. {@link #kind} is the element's numeric
 * kind ({@link Num}) or -1. Column-major; {@code length} elements are live, the store may have
 * spare capacity so that {@code push!} is amortised O(1).
 */
@ExportLibrary(InteropLibrary.class)
public final class JlArray implements TruffleObject {
    public final DataType type;
    public final JlType elementType;
    /** The element type's {@link Num} kind, -1 when it is not a primitive number. */
    public final int kind;
    public Object store;
    public int length;
    /** Dimensions; a vector's single dimension tracks {@link #length}. */
    public int[] dims;

    public JlArray(JlType elementType, Object store, int length, int[] dims) {
        this.elementType = elementType;
        this.kind = Num.kindOf(elementType);
        this.type = Types.arrayOf(elementType, dims.length);
        this.store = store;
        this.length = length;
        this.dims = dims;
    }

    public static JlArray vector(JlType elementType, Object store, int length) {
        return new JlArray(elementType, store, length, new int[]{length});
    }

    /** A store of the representation {@code elementType} uses, with room for {@code n} elements. */
    public static Object newStore(JlType elementType, int n) {
        return newStoreOfKind(Num.kindOf(elementType), n);
    }

    /** The store for {@code n} elements of the number kind {@code kind} ({@link Num#kindOf}; -1: boxed). */
    public static Object newStoreOfKind(int kind, int n) {
        switch (kind) {
            case Num.BOOL:
                return new boolean[n];
            case Num.I8:
            case Num.U8:
                return new byte[n];
            case Num.I16:
            case Num.U16:
            case Num.F16:
                return new short[n];
            case Num.I32:
            case Num.U32:
                return new int[n];
            case Num.I64:
            case Num.U64:
                return new long[n];
            case Num.F32:
                return new float[n];
            case Num.F64:
                return new double[n];
            default:
                return new Object[n];
        }
    }

    /** Whether the elements are numbers of kind {@code k} held in that kind's primitive store. */
    public boolean hasStore(int k) {
        if (kind != k) {
            return false;
        }
        Object s = store;
        switch (k) {
            case Num.BOOL:
                return s instanceof boolean[];
            case Num.I8:
            case Num.U8:
                return s instanceof byte[];
            case Num.I16:
            case Num.U16:
            case Num.F16:
                return s instanceof short[];
            case Num.I32:
            case Num.U32:
                return s instanceof int[];
            case Num.I64:
            case Num.U64:
                return s instanceof long[];
            case Num.F32:
                return s instanceof float[];
            case Num.F64:
                return s instanceof double[];
            default:
                return false;
        }
    }

    /** Whether the elements are references ({@code Object[]} store). */
    public boolean hasObjectStore() {
        return store instanceof Object[];
    }

    public int ndims() {
        return dims.length;
    }

    /** Element at 0-based linear index {@code i} (caller checks bounds). */
    public Object get(int i) {
        Object s = store;
        if (s instanceof long[] l) {
            return kind == Num.U64 ? new UInt64(l[i]) : (Object) l[i];
        } else if (s instanceof double[] d) {
            return d[i];
        } else if (s instanceof byte[] b) {
            return kind == Num.U8 ? new UInt8(b[i]) : (Object) b[i];
        } else if (s instanceof int[] n) {
            return kind == Num.U32 ? new UInt32(n[i]) : (Object) n[i];
        } else if (s instanceof short[] h) {
            return kind == Num.U16 ? new UInt16(h[i]) : kind == Num.F16 ? new Float16(h[i]) : (Object) h[i];
        } else if (s instanceof float[] f) {
            return f[i];
        } else if (s instanceof boolean[] b) {
            return b[i];
        }
        return ((Object[]) s)[i];
    }

    /**
     * Stores {@code v} at 0-based {@code i} if that needs no conversion and no boxing: an Int64
     * into a {@code long[]} store of Int64s or a Float64 into a {@code double[]}; false otherwise.
     * The fast path of stores that must not let {@code v} escape where it is not needed.
     */
    public boolean setUnboxed(int i, Object v) {
        if (!storesUnboxed(v)) {
            return false;
        }
        if (store instanceof long[] l) {
            l[i] = (Long) v;
        } else {
            ((double[]) store)[i] = (Double) v;
        }
        return true;
    }

    /** Whether {@link #setUnboxed} would store {@code v}. */
    public boolean storesUnboxed(Object v) {
        Object s = store;
        return s instanceof long[] && v instanceof Long && kind != Num.U64 || s instanceof double[] && v instanceof Double;
    }

    /** Stores an already-converted element at 0-based linear index {@code i}. */
    public void set(int i, Object v) {
        Object s = store;
        if (s instanceof long[] l) {
            l[i] = v instanceof UInt64 u ? u.bits : (Long) v;
        } else if (s instanceof double[] d) {
            d[i] = (Double) v;
        } else if (s instanceof byte[] b) {
            b[i] = v instanceof UInt8 u ? u.bits : (Byte) v;
        } else if (s instanceof int[] n) {
            n[i] = v instanceof UInt32 u ? u.bits : (Integer) v;
        } else if (s instanceof short[] h) {
            h[i] = v instanceof UInt16 u ? u.bits : v instanceof Float16 f ? f.bits : (Short) v;
        } else if (s instanceof float[] f) {
            f[i] = (Float) v;
        } else if (s instanceof boolean[] b) {
            b[i] = (Boolean) v;
        } else {
            ((Object[]) s)[i] = v;
        }
    }

    public int capacity() {
        return java.lang.reflect.Array.getLength(store);
    }

    /** Grows a vector by one element slot (amortised doubling) and returns the new slot's index. */
    @TruffleBoundary
    public int growByOne() {
        if (length == capacity()) {
            int n = Math.max(4, length * 2);
            Object grown = java.lang.reflect.Array.newInstance(store.getClass().getComponentType(), n);
            System.arraycopy(store, 0, grown, 0, length);
            store = grown;
        }
        int i = length++;
        dims[0] = length;
        return i;
    }

    // ---- interop: host code sees the elements in linear (column-major) order ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return length;
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    boolean isArrayElementInBounds(long i) {
        return i >= 0 && i < length;
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long i) {
        return false;
    }

    @ExportMessage
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (!isArrayElementInBounds(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        return get((int) i);
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long i, Object value) throws InvalidArrayIndexException, UnsupportedTypeException {
        if (!isArrayElementInBounds(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        Object v = HostValues.fromHost(value);
        if (!Types.isa(v, elementType)) {
            throw UnsupportedTypeException.create(new Object[]{value}, "element type is " + elementType.show());
        }
        set((int) i, v);
    }

    @Override
    public String toString() {
        return JlLanguageView.repr(this);
    }
}
