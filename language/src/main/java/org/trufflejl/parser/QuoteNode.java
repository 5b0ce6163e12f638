package org.trufflejl.parser;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code QuoteNode}: a quoted value that is not interpolated ({@code :sym}, {@code a.b}'s field name). */
public final class QuoteNode implements TruffleObject {
    public final Object value;

    public QuoteNode(Object value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return ":" + value;
    }
}
