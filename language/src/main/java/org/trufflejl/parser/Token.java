package org.trufflejl.parser;

/**
 * One lexical token with the whitespace facts the parser needs: Julia is whitespace sensitive
 * inside {@code [ ]}, in macro arguments and around {@code ?}, {@code '} and juxtaposition.
 */
public final class Token {
    public final TokenKind kind;
    /** Spelling of names, keywords, macro names and operators (operators normalized, e.g. {@code −} to {@code -}); the message of an ERROR. */
    public final String text;
    /** For operators, {@link #text} without the broadcasting dot; otherwise the same as {@link #text}. */
    public final String base;
    /** Literal value (Long, Int128, BigInteger, unsigned types, Double, Float, Boolean, JlChar, StringLiteral), else null. */
    public final Object value;
    /** Binary precedence level ({@link Prec}) of operators and the word operators {@code in isa where}, else {@link Prec#NONE}. */
    public final int prec;
    /** A broadcasting operator such as {@code .+}. */
    public final boolean dotted;
    /** Char offsets into the source, end exclusive; 1-based line and column of the first char. */
    public final int start;
    public final int end;
    public final int line;
    public final int column;
    /** Whitespace, a comment or a newline comes right before this token. */
    public final boolean spaceBefore;
    /** For ERROR: the input ended inside an open construct (string, comment), so more input could fix it. */
    public final boolean incomplete;

    Token(TokenKind kind, String text, Object value, int prec, boolean dotted, int start, int end, int line, int column, boolean spaceBefore,
                    boolean incomplete) {
        this.kind = kind;
        this.text = text;
        this.base = dotted ? text.substring(1) : text;
        this.value = value;
        this.prec = prec;
        this.dotted = dotted;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.spaceBefore = spaceBefore;
        this.incomplete = incomplete;
    }

    /** An undotted operator spelled {@code op}. */
    boolean isOp(String op) {
        return kind == TokenKind.OPERATOR && !dotted && text.equals(op);
    }

    boolean isKeyword(String word) {
        return kind == TokenKind.KEYWORD && text.equals(word);
    }

    boolean isIdentifier(String name) {
        return kind == TokenKind.IDENTIFIER && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + (text != null ? "(" + text + ")" : value != null ? "(" + value + ")" : "") + "@" + line + ":" + column;
    }
}
