package org.trufflejl.parser;

import com.oracle.truffle.api.interop.TruffleObject;

/** Julia's {@code LineNumberNode}: marks the source line of the statement that follows in a block. */
public final class LineNumberNode implements TruffleObject {
    public final int line;
    public final String file;

    public LineNumberNode(int line, String file) {
        this.line = line;
        this.file = file;
    }

    @Override
    public String toString() {
        return "#= " + file + ":" + line + " =#";
    }
}
