package org.trufflejl.parser;

/**
 * A syntax error at file:line:col. {@link #incomplete} is true when the input ended before a
 * construct was closed (an open {@code function}, bracket or string): more input could fix it,
 * which is what the REPL's continuation prompt and {@code isIncompleteSource()} need.
 */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String file;
    public final int line;
    public final int column;
    public final int offset;
    public final boolean incomplete;
    public final String detail;

    public ParseError(String file, int line, int column, int offset, String detail, boolean incomplete) {
        super(file + ":" + line + ":" + column + ": " + detail, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.detail = detail;
        this.incomplete = incomplete;
    }
}
