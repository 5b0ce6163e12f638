package org.trufflejl.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A read-only list of member names for interop ({@code getMembers}). */
@ExportLibrary(InteropLibrary.class)
final class InteropArray implements TruffleObject {
    @CompilationFinal(dimensions = 1) private final String[] items;

    InteropArray(String[] items) {
        this.items = items;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long i) {
        return i >= 0 && i < items.length;
    }

    @ExportMessage
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        return items[(int) i];
    }
}
