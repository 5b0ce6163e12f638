package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Julia {@code Char}: one Unicode code point. */
public final class JlChar implements TruffleObject {
    public final int codePoint;

    public JlChar(int codePoint) {
        this.codePoint = codePoint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JlChar c && c.codePoint == codePoint;
    }

    @Override
    public int hashCode() {
        return codePoint;
    }

    @Override
    public String toString() {
        return new String(Character.toChars(codePoint));
    }
}
