package org.trufflejl.parser;

/** Lexical categories of {@link Token}s. */
public enum TokenKind {
    /** A name, including the contextual keywords ({@code mutable}, {@code type}, ...) and the word operators {@code in isa where}. */
    IDENTIFIER,
    /** A reserved word such as {@code function} or {@code end}. */
    KEYWORD,
    /** {@code @name}; {@code @.} is spelled {@code @__dot__}. */
    MACRO_NAME,
    /** A decimal integer literal (Long, Int128 or BigInteger). */
    INTEGER,
    /** A hexadecimal, binary or octal integer literal (an unsigned type sized by its digits). */
    UNSIGNED,
    /** A Float64 or Float32 literal. */
    FLOAT,
    BOOL,
    CHAR,
    /** A string or command literal; its value is a {@link StringLiteral}. */
    STRING,
    OPERATOR,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    LBRACE,
    RBRACE,
    COMMA,
    SEMICOLON,
    NEWLINE,
    EOF,
    /** A lexical error; its text is the message. Always the last token before EOF. */
    ERROR
}
