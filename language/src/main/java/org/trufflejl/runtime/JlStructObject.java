package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** An instance of a struct type (user structs, exception types): its type and its field values. */
@ExportLibrary(InteropLibrary.class)
public final class JlStructObject implements TruffleObject {
    public final DataType type;
    public final Object[] fields;

    public JlStructObject(DataType type, Object... fields) {
        this.type = type;
        this.fields = fields;
    }

    // ---- interop: fields are members ----

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        String[] names = new String[type.fieldNames.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = type.fieldNames[i].name;
        }
        return new InteropArray(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return type.fieldIndex(Symbol.of(member)) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return type.isMutable && type.fieldIndex(Symbol.of(member)) >= 0;
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = type.fieldIndex(Symbol.of(member));
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        return fields[i];
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException, com.oracle.truffle.api.interop.UnsupportedTypeException {
        int i = type.fieldIndex(Symbol.of(member));
        if (i < 0 || !type.isMutable) {
            throw UnknownIdentifierException.create(member);
        }
        Object v = HostValues.fromHost(value);
        if (!org.trufflejl.runtime.types.Types.isa(v, type.fieldTypes[i])) {
            throw com.oracle.truffle.api.interop.UnsupportedTypeException.create(new Object[]{value}, "field " + member + " is a " + type.fieldTypes[i].show());
        }
        fields[i] = v;
    }
}
