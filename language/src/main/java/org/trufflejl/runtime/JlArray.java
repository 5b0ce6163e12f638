package org.trufflejl.runtime;

import java.util.Arrays;

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
 * {@code Array{T,N}} with storage typed by element type: {@code long[]} for Int64,
 * {@code double[]} for Float64, {@code Object[]} otherwise (more primitive stores come with the
 * numeric tower). Column-major; {@code length} elements are live, the store may have spare
 * capacity so that {@code push!} is amortised O(1).
 */
@ExportLibrary(InteropLibrary.class)
public final class JlArray implements TruffleObject {
    public final DataType type;
    public final JlType elementType;
    public Object store;
    public int length;
    /** Dimensions; a vector's single dimension tracks {@link #length}. */
    public int[] dims;

    public JlArray(JlType elementType, Object store, int length, int[] dims) {
        this.elementType = elementType;
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
        if (elementType == Types.Int64) {
            return new long[n];
        } else if (elementType == Types.Float64) {
            return new double[n];
        }
        return new Object[n];
    }

    public int ndims() {
        return dims.length;
    }

    /** Element at 0-based linear index {@code i} (caller checks bounds). */
    public Object get(int i) {
        Object s = store;
        if (s instanceof long[] l) {
            return l[i];
        } else if (s instanceof double[] d) {
            return d[i];
        }
        return ((Object[]) s)[i];
    }

    /** Stores an already-converted element at 0-based linear index {@code i}. */
    public void set(int i, Object v) {
        Object s = store;
        if (s instanceof long[] l) {
            l[i] = (Long) v;
        } else if (s instanceof double[] d) {
            d[i] = (Double) v;
        } else {
            ((Object[]) s)[i] = v;
        }
    }

    public int capacity() {
        Object s = store;
        if (s instanceof long[] l) {
            return l.length;
        } else if (s instanceof double[] d) {
            return d.length;
        }
        return ((Object[]) s).length;
    }

    /** Grows a vector by one element slot (amortised doubling) and returns the new slot's index. */
    @TruffleBoundary
    public int growByOne() {
        if (length == capacity()) {
            int n = Math.max(4, length * 2);
            Object s = store;
            if (s instanceof long[] l) {
                store = Arrays.copyOf(l, n);
            } else if (s instanceof double[] d) {
                store = Arrays.copyOf(d, n);
            } else {
                store = Arrays.copyOf((Object[]) s, n);
            }
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
}
