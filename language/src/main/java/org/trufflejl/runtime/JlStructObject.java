package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
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
        if (!Types.isa(v, type.fieldTypes[i])) {
            throw com.oracle.truffle.api.interop.UnsupportedTypeException.create(new Object[]{value}, "field " + member + " is a " + type.fieldTypes[i].show());
        }
        fields[i] = v;
    }

    // ---- interop: an AbstractDict is a hash; the guest's own length/haskey/getindex answer ----

    @ExportMessage
    @TruffleBoundary
    boolean hasHashEntries() {
        Binding abstractDict = JlContext.get(null).base.resolve(Symbol.of("AbstractDict"));
        return abstractDict != null && abstractDict.value instanceof JlType t && Types.isSubtype(type, t);
    }

    @ExportMessage
    @TruffleBoundary
    long getHashSize() throws UnsupportedMessageException {
        requireHash();
        return ((Number) JlContext.get(null).callBase("length", this)).longValue();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean isHashEntryExisting(Object key) {
        return hasHashEntries() && JlContext.get(null).callBase("haskey", this, HostValues.fromHost(key)) == Boolean.TRUE;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        return type.isMutable && hasHashEntries() && !isHashEntryExisting(key);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isHashEntryExisting(key)) {
            requireHash();
            throw UnknownKeyException.create(key);
        }
        return JlContext.get(null).callBase("getindex", this, HostValues.fromHost(key));
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        requireHash();
        JlContext.get(null).callBase("setindex!", this, HostValues.fromHost(value), HostValues.fromHost(key));
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isHashEntryExisting(key)) {
            requireHash();
            throw UnknownKeyException.create(key);
        }
        JlContext.get(null).callBase("delete!", this, HostValues.fromHost(key));
    }

    /** Entries are (key, value) tuples, which interop reads as two-element arrays. */
    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() throws UnsupportedMessageException {
        requireHash();
        Object entries = JlContext.get(null).callBase("_interop_hash_entries", this);
        return InteropLibrary.getUncached().getIterator(entries);
    }

    private void requireHash() throws UnsupportedMessageException {
        if (!hasHashEntries()) {
            throw UnsupportedMessageException.create();
        }
    }

    @Override
    public String toString() {
        return JlLanguageView.repr(this);
    }
}
