package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A Julia {@code Tuple}: an immutable, fixed-length sequence. */
@ExportLibrary(InteropLibrary.class)
public final class JlTuple implements TruffleObject {
    public static final JlTuple EMPTY = new JlTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) public final Object[] elements;

    public JlTuple(Object... elements) {
        this.elements = elements;
    }

    public int size() {
        return elements.length;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return elements.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long i) {
        return i >= 0 && i < elements.length;
    }

    @ExportMessage
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        return elements[(int) i];
    }

    @Override
    public String toString() {
        return JlLanguageView.repr(this);
    }

    /**
     * By value: a tuple is an immutable value, and tuples are type parameters (the names of a
     * NamedTuple type), which are interned by their parameters' equality.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof JlTuple t && java.util.Arrays.equals(elements, t.elements);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(elements);
    }
}
