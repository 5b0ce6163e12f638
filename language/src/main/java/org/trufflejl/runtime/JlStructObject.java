package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;

import com.oracle.truffle.api.interop.TruffleObject;

/** An instance of a struct type (user structs, exception types): its type and its field values. */
public final class JlStructObject implements TruffleObject {
    public final DataType type;
    public final Object[] fields;

    public JlStructObject(DataType type, Object... fields) {
        this.type = type;
        this.fields = fields;
    }
}
