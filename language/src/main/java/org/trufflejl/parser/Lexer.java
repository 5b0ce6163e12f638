package org.trufflejl.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.trufflejl.parser.StringLiteral.Interpolation;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

/**
 * Turns Julia source text into {@link Token}s by char-index scanning. Newlines are tokens (they end
 * statements); other whitespace and comments only set {@link Token#spaceBefore}. The lexer stops at
 * the first lexical error with an ERROR token, which the parser reports when it gets there.
 */
final class Lexer {
    private static final Set<String> KEYWORDS = Set.of("baremodule", "begin", "break", "catch", "const", "continue", "do", "else", "elseif", "end",
                    "export", "finally", "for", "function", "global", "if", "import", "let", "local", "macro", "module", "quote", "return", "struct",
                    "try", "using", "while");

    /** Candidate operators per first char, longest first. */
    private static final String[] EQ_OPS = {"===", "==", "=>", "="};
    private static final String[] BANG_OPS = {"!==", "!=", "!"};
    private static final String[] LT_OPS = {"<<=", "<<", "<=", "<:", "<|", "<-->", "<--", "<"};
    private static final String[] GT_OPS = {">>>=", ">>>", ">>=", ">>", ">=", ">:", ">"};
    private static final String[] PLUS_OPS = {"++", "+=", "+"};
    private static final String[] MINUS_OPS = {"-->", "->", "-=", "--", "-"};
    private static final String[] STAR_OPS = {"**", "*=", "*"};
    private static final String[] SLASH_OPS = {"//=", "//", "/=", "/"};
    private static final String[] BAR_OPS = {"||", "|=", "|>", "|"};
    private static final String[] AMP_OPS = {"&&", "&=", "&"};
    private static final String[] COLON_OPS = {"::", ":=", ":"};

    /** A lexical error at a source offset; turned into an ERROR token by {@link #next()}. */
    private static final class LexException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;
        final boolean incomplete;

        LexException(int offset, String message, boolean incomplete) {
            super(message, null, false, false);
            this.offset = offset;
            this.incomplete = incomplete;
        }
    }

    private final String src;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** A newline was just emitted, so the next token follows whitespace. */
    private boolean afterNewline;
    /** The last token other than NEWLINE: decides whether {@code '} is a transpose and whether a string is a raw macro string. */
    private Token prev;

    Lexer(String src) {
        this.src = src;
        this.n = src.length();
    }

    /** All tokens, ending with EOF (right after an ERROR token if lexing failed). */
    List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token t = next();
            out.add(t);
            if (t.kind == TokenKind.ERROR) {
                out.add(new Token(TokenKind.EOF, null, null, Prec.NONE, false, t.start, t.start, t.line, t.column, true, false));
                return out;
            }
            if (t.kind == TokenKind.EOF) {
                return out;
            }
        }
    }

    private Token next() {
        try {
            return scan();
        } catch (LexException e) {
            int[] lc = lineColumnAt(e.offset);
            return new Token(TokenKind.ERROR, e.getMessage(), null, Prec.NONE, false, e.offset, e.offset, lc[0], lc[1], true, e.incomplete);
        }
    }

    private Token scan() {
        boolean space = skipWhitespaceAndComments();
        int s = pos;
        if (s >= n) {
            return token(TokenKind.EOF, null, null, s, s, space);
        }
        char c = src.charAt(s);
        if (c == '\n') {
            Token t = token(TokenKind.NEWLINE, null, null, s, s + 1, space);
            newlineAt(s);
            pos = s + 1;
            afterNewline = true;
            return t;
        }
        Token t = switch (c) {
            case '(' -> punctuation(TokenKind.LPAREN, s, space);
            case ')' -> punctuation(TokenKind.RPAREN, s, space);
            case '[' -> punctuation(TokenKind.LBRACKET, s, space);
            case ']' -> punctuation(TokenKind.RBRACKET, s, space);
            case '{' -> punctuation(TokenKind.LBRACE, s, space);
            case '}' -> punctuation(TokenKind.RBRACE, s, space);
            case ',' -> punctuation(TokenKind.COMMA, s, space);
            case ';' -> punctuation(TokenKind.SEMICOLON, s, space);
            case '"', '`' -> lexString(s, space, c);
            case '\'' -> lexQuote(s, space);
            case '@' -> lexMacroName(s, space);
            case '.' -> lexDot(s, space);
            default -> {
                if (c >= '0' && c <= '9') {
                    yield lexNumber(s, space);
                } else if (isIdStart(src.codePointAt(s))) {
                    yield lexIdentifier(s, space);
                }
                yield lexOperator(s, space);
            }
        };
        prev = t;
        return t;
    }

    /** Skips blanks and comments; true if anything (or a preceding newline) separates the next token from the previous one. */
    private boolean skipWhitespaceAndComments() {
        boolean space = afterNewline;
        afterNewline = false;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || (c > 0x7f && Character.isSpaceChar(c))) {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else {
                break;
            }
            space = true;
        }
        return space;
    }

    private void skipComment() {
        int s = pos;
        if (charAt(s + 1) != '=') {
            int p = src.indexOf('\n', s);
            pos = p < 0 ? n : p;
            return;
        }
        int depth = 1;
        int p = s + 2;
        while (depth > 0) {
            if (p >= n) {
                throw new LexException(s, "unterminated multi-line comment `#=`", true);
            }
            char c = src.charAt(p);
            if (c == '#' && charAt(p + 1) == '=') {
                depth++;
                p += 2;
            } else if (c == '=' && charAt(p + 1) == '#') {
                depth--;
                p += 2;
            } else {
                if (c == '\n') {
                    newlineAt(p);
                }
                p++;
            }
        }
        pos = p;
    }

    // ---- names ----

    private Token lexIdentifier(int s, boolean space) {
        int e = scanIdentifier(s);
        pos = e;
        String name = normalize(src.substring(s, e));
        if (KEYWORDS.contains(name)) {
            return token(TokenKind.KEYWORD, name, null, s, e, space);
        }
        if (name.equals("true") || name.equals("false")) {
            return token(TokenKind.BOOL, name, name.equals("true"), s, e, space);
        }
        int prec = name.equals("in") || name.equals("isa") ? Prec.COMPARISON : name.equals("where") ? Prec.WHERE : Prec.NONE;
        return new Token(TokenKind.IDENTIFIER, name, null, prec, false, s, e, line, s - lineStart + 1, space, false);
    }

    /** End of the identifier starting at {@code s}; a trailing {@code !} belongs to it unless {@code !=} follows. */
    private int scanIdentifier(int s) {
        return scanIdentifier(s, true);
    }

    /**
     * End of the identifier starting at {@code s}. In string interpolation ({@code "$name!"})
     * Julia stops before {@code !}, so {@code bang} is false there.
     */
    private int scanIdentifier(int s, boolean bang) {
        int p = s + Character.charCount(src.codePointAt(s));
        while (p < n) {
            int c = src.codePointAt(p);
            if (c == '!' ? !bang || charAt(p + 1) == '=' : !isIdChar(c)) {
                break;
            }
            p += Character.charCount(c);
        }
        return p;
    }

    private Token lexMacroName(int s, boolean space) {
        int p = s + 1;
        String name;
        if (charAt(p) == '.') {
            name = "@__dot__";
            pos = p + 1;
        } else if (p < n && isIdStart(src.codePointAt(p))) {
            pos = scanIdentifier(p);
            name = "@" + normalize(src.substring(p, pos));
        } else {
            throw new LexException(s, "invalid macro name", false);
        }
        return token(TokenKind.MACRO_NAME, name, null, s, pos, space);
    }

    /** Julia identifiers are NFC-normalized, with a few lookalikes unified. */
    private static String normalize(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u00b5', '\u03bc').replace('\u025b', '\u03b5').replace('\u210f', '\u0127');
            }
        }
        return name;
    }

    /** Whether {@code name} reads back as one symbol after a colon: an identifier or an operator. */
    static boolean isPlainSymbol(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (Prec.of(name) != Prec.NONE) {
            return true;
        }
        int first = name.codePointAt(0);
        if (!isIdStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            if (!isIdChar(name.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdStart(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        if (c < 0xa1 || Prec.ofUnicode(c) != Prec.NONE) {
            return false;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                            Character.LETTER_NUMBER, Character.CURRENCY_SYMBOL:
                return true;
            case Character.OTHER_SYMBOL:
                return !(c >= 0x2190 && c <= 0x21ff) && c != 0xfffc && c != 0xfffd && c != 0x233f && c != 0x00a6;
            case Character.MATH_SYMBOL:
                return isIdMathSymbol(c);
            default:
                return c == 0x2118 || c == 0x212e || c == 0x309b || c == 0x309c;
        }
    }

    /** The math symbols Julia accepts in identifiers (∂ ∇ ∑ ∞ ∫ ⊤ ∠ ...). */
    private static boolean isIdMathSymbol(int c) {
        return (c >= 0x2140 && c <= 0x2144) || c == 0x223f || c == 0x22be || c == 0x22bf || c == 0x22a4 || c == 0x22a5 || c == 0x2202 || c == 0x2205 ||
                        c == 0x2206 || c == 0x2207 || (c >= 0x220e && c <= 0x2211) || c == 0x221e || c == 0x221f || (c >= 0x222b && c <= 0x2233) ||
                        (c >= 0x22c0 && c <= 0x22c3) || (c >= 0x25f8 && c <= 0x25ff) || (c >= 0x2220 && c <= 0x2222) || (c >= 0x299b && c <= 0x29af) ||
                        (c >= 0x207a && c <= 0x207e) || (c >= 0x208a && c <= 0x208e);
    }

    static boolean isIdChar(int c) {
        if (c < 0x80) {
            return isIdStart(c) || (c >= '0' && c <= '9') || c == '!';
        }
        if (isIdStart(c)) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                            Character.CONNECTOR_PUNCTUATION, Character.MODIFIER_SYMBOL, Character.OTHER_NUMBER:
                return true;
            default:
                return (c >= 0x2032 && c <= 0x2037) || c == 0x2057; // primes
        }
    }

    // ---- operators ----

    private Token lexOperator(int s, boolean space) {
        String op = scanOperator(s);
        if (op == null) {
            throw new LexException(s, "invalid character `" + new String(Character.toChars(src.codePointAt(s))) + "`", false);
        }
        if (op.equals("--") || op.equals("**")) {
            throw new LexException(s, "invalid operator `" + op + "`" + (op.equals("**") ? "; use `^` for powers" : ""), false);
        }
        pos = s + op.length();
        return token(TokenKind.OPERATOR, op, null, s, pos, space);
    }

    /**
     * The operator starting at {@code p}, normalized ({@code −} to {@code -}, middle dots to {@code ⋅}), or null.
     * Normalization never changes the length, so the token ends at {@code p + op.length()}.
     */
    private String scanOperator(int p) {
        char c = src.charAt(p);
        switch (c) {
            case '=':
                return longest(p, EQ_OPS);
            case '!':
                return longest(p, BANG_OPS);
            case '<':
                return longest(p, LT_OPS);
            case '>':
                return longest(p, GT_OPS);
            case '+':
                return longest(p, PLUS_OPS);
            case '-':
                return longest(p, MINUS_OPS);
            case '*':
                return longest(p, STAR_OPS);
            case '/':
                return longest(p, SLASH_OPS);
            case '|':
                return longest(p, BAR_OPS);
            case '&':
                return longest(p, AMP_OPS);
            case ':':
                return longest(p, COLON_OPS);
            case '\\', '^', '%', '$', '÷', '⊻':
                return charAt(p + 1) == '=' ? c + "=" : String.valueOf(c);
            case '\u2212': // minus sign
                return charAt(p + 1) == '=' ? "-=" : "-";
            case '~', '?':
                return String.valueOf(c);
            case '\u00b7', '\u0387': // middle dots
                return "⋅";
            default:
                int cp = src.codePointAt(p);
                return Prec.ofUnicode(cp) != Prec.NONE ? new String(Character.toChars(cp)) : null;
        }
    }

    private String longest(int p, String[] candidates) {
        for (String op : candidates) {
            if (src.startsWith(op, p)) {
                return op;
            }
        }
        return null;
    }

    private Token lexDot(int s, boolean space) {
        if (charAt(s + 1) == '.') {
            pos = s + (charAt(s + 2) == '.' ? 3 : 2);
            return token(TokenKind.OPERATOR, src.substring(s, pos), null, s, pos, space);
        }
        if (isDigit(charAt(s + 1), 10)) {
            return lexNumber(s, space);
        }
        String op = isDottableOperatorStart(s + 1) ? scanOperator(s + 1) : null;
        pos = s + 1 + (op == null ? 0 : op.length());
        String text = op == null ? "." : "." + op;
        return new Token(TokenKind.OPERATOR, text, null, Prec.of(op == null ? "." : op), op != null, s, pos, line, s - lineStart + 1, space, false);
    }

    /** Broadcasting {@code .op} exists for operators other than {@code ? $ : '}. */
    private boolean isDottableOperatorStart(int p) {
        if (p >= n) {
            return false;
        }
        char c = src.charAt(p);
        return c != '?' && c != '$' && c != ':' && c != '\'' && c != '.' && scanOperator(p) != null;
    }

    // ---- numbers ----

    private Token lexNumber(int s, boolean space) {
        if (src.startsWith("0x", s)) {
            return lexHex(s, space);
        } else if (src.startsWith("0b", s)) {
            return lexUnsigned(s, 2, space);
        } else if (src.startsWith("0o", s)) {
            return lexUnsigned(s, 8, space);
        }
        int p = digits(s, 10);
        boolean isFloat = false;
        boolean hadFraction = false;
        if (charAt(p) == '.' && charAt(p + 1) != '.') {
            if (isDottableOperatorStart(p + 1)) {
                throw new LexException(s, "ambiguous numeric constant `" + src.substring(s, p + 2) + "`; add spaces around the operator", false);
            }
            p++;
            isFloat = true;
            int q = digits(p, 10);
            hadFraction = q > p;
            p = q;
        }
        int marker = exponentMarker(p);
        boolean isFloat32 = false;
        if (marker > 0) {
            isFloat32 = src.charAt(p) == 'f';
            isFloat = true;
            int q = digits(p + marker, 10);
            if (q == p + marker) {
                throw invalidNumber(s, q);
            }
            p = q;
        } else if (isFloat && !hadFraction && p < n && (isIdStart(src.codePointAt(p)) || "([{@`\"".indexOf(src.charAt(p)) >= 0)) {
            throw new LexException(s, "ambiguous numeric constant `" + src.substring(s, p + 1) + "`; add a space or a zero after the dot", false);
        }
        if (isFloat && charAt(p) == '.' && charAt(p + 1) != '.' && !isDottableOperatorStart(p + 1)) {
            throw invalidNumber(s, p + 1); // `1.5.`
        }
        pos = p;
        String text = src.substring(s, p);
        String digits = text.replace("_", "").replace('\u2212', '-');
        Object value;
        if (isFloat32) {
            float f = Float.parseFloat(digits.replace('f', 'e'));
            value = checkFinite(f, s, text);
        } else if (isFloat) {
            value = checkFinite(Double.parseDouble(digits), s, text);
        } else {
            value = digits.length() <= 18 ? (Object) Long.parseLong(digits) : normalizeInteger(new BigInteger(digits));
        }
        return token(isFloat ? TokenKind.FLOAT : TokenKind.INTEGER, text, value, s, p, space);
    }

    private <T extends Number> T checkFinite(T value, int s, String text) {
        if (Double.isInfinite(value.doubleValue())) {
            throw new LexException(s, "overflow in floating point literal", false);   // (JuliaSyntax's words)
        }
        return value;
    }

    /** Length of an exponent marker ({@code e E f}, maybe with a sign) at {@code p}, or 0 if no exponent starts there. */
    private int exponentMarker(int p) {
        char c = charAt(p);
        if (c != 'e' && c != 'E' && c != 'f') {
            return 0;
        }
        char d = charAt(p + 1);
        return isDigit(d, 10) ? 1 : (d == '+' || d == '-' || d == '\u2212') ? 2 : 0;
    }

    private Token lexHex(int s, boolean space) {
        int digitsStart = s + 2;
        int p = digits(digitsStart, 16);
        int intEnd = p;
        boolean hadDigits = p > digitsStart;
        boolean hasPoint = charAt(p) == '.' && charAt(p + 1) != '.';
        if (hasPoint) {
            int q = digits(p + 1, 16);
            hadDigits |= q > p + 1;
            p = q;
        }
        if (charAt(p) == 'p' || charAt(p) == 'P') {
            int q = p + 1;
            char sign = charAt(q);
            if (sign == '+' || sign == '-' || sign == '\u2212') {
                q++;
            }
            int e = digits(q, 10);
            if (e == q || !hadDigits) {
                throw invalidNumber(s, e);
            }
            pos = e;
            String text = src.substring(s, e);
            double v = Double.parseDouble(text.replace("_", "").replace('\u2212', '-'));
            return token(TokenKind.FLOAT, text, checkFinite(v, s, text), s, e, space);
        }
        if (hasPoint) {
            throw new LexException(s, "hex float literal must contain `p`", false);
        }
        return unsignedLiteral(s, digitsStart, intEnd, 16, space);
    }

    private Token lexUnsigned(int s, int radix, boolean space) {
        return unsignedLiteral(s, s + 2, digits(s + 2, radix), radix, space);
    }

    /** {@code 0x}/{@code 0b}/{@code 0o} literals: an unsigned type wide enough for the number of digits written, as in Julia. */
    private Token unsignedLiteral(int s, int digitsStart, int p, int radix, boolean space) {
        if (p == digitsStart || (p < n && isIdChar(src.codePointAt(p)))) {
            throw invalidNumber(s, p + 1);
        }
        pos = p;
        String digits = src.substring(digitsStart, p).replace("_", "");
        BigInteger v = new BigInteger(digits, radix);
        int nd = digits.length();
        int bits;
        if (radix == 8) {
            int need = v.bitLength();
            bits = nd <= 3 && need <= 8 ? 8 : nd <= 6 && need <= 16 ? 16 : nd <= 11 && need <= 32 ? 32 : nd <= 22 && need <= 64 ? 64 : nd <= 43 ? 128 : 129;
        } else {
            bits = nd * (radix == 16 ? 4 : 1);
        }
        Object value = bits <= 8 ? new UInt8((byte) v.intValue())
                        : bits <= 16 ? new UInt16((short) v.intValue())
                                        : bits <= 32 ? new UInt32(v.intValue())
                                                        : bits <= 64 ? new UInt64(v.longValue()) : bits <= 128 ? UInt128.fromBigInteger(v) : v;
        return token(TokenKind.UNSIGNED, src.substring(s, p), value, s, p, space);
    }

    /** Digits of {@code radix} with single {@code _} separators, from {@code p}; returns the end. */
    private int digits(int p, int radix) {
        while (p < n) {
            char c = src.charAt(p);
            if (isDigit(c, radix) || (c == '_' && isDigit(charAt(p + 1), radix))) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean isDigit(char c, int radix) {
        return radix == 16 ? Character.digit(c, 16) >= 0 && c < 0x80 : c >= '0' && c < '0' + radix;
    }

    private LexException invalidNumber(int s, int end) {
        int e = Math.min(end, n);
        while (e < n && isIdChar(src.charAt(e))) {
            e++;
        }
        return new LexException(s, "invalid numeric constant `" + src.substring(s, e) + "`", false);
    }

    /** Int64 when it fits, else Int128, else BigInt: the type Julia gives a decimal literal. */
    static Object normalizeInteger(BigInteger v) {
        if (v.bitLength() <= 63) {
            return v.longValue();
        }
        return v.bitLength() <= 127 ? Int128.fromBigInteger(v) : v;
    }

    /** The value of {@code -literal} for a decimal integer or float literal value. */
    static Object negate(Object literal) {
        if (literal instanceof Long l) {
            return -l;
        } else if (literal instanceof Int128 i) {
            return normalizeInteger(i.toBigInteger().negate());
        } else if (literal instanceof BigInteger b) {
            return normalizeInteger(b.negate());
        } else if (literal instanceof Double d) {
            return -d;
        }
        return -(Float) literal;
    }

    // ---- characters and strings ----

    /** {@code '} right after an operand (no space) is the adjoint operator; otherwise it opens a character literal. */
    private Token lexQuote(int s, boolean space) {
        if (!space && prev != null && endsOperand(prev)) {
            pos = s + 1;
            return token(TokenKind.OPERATOR, "'", null, s, s + 1, false);
        }
        int line0 = line;
        int col0 = s - lineStart + 1;
        int p = s + 1;
        if (src.startsWith("''", p)) {
            pos = p + 2;
            return new Token(TokenKind.CHAR, null, new JlChar('\''), Prec.NONE, false, s, pos, line0, col0, space, false);
        }
        int q = p;
        while (q < n && src.charAt(q) != '\'') {
            if (src.charAt(q) == '\\') {
                q++;
            }
            q++;
        }
        if (q >= n) {
            throw new LexException(s, "unterminated character literal", true);
        }
        if (q == p) {
            throw new LexException(s, "empty character literal", false);
        }
        StringBuilder sb = new StringBuilder();
        unescape(p, q, sb);
        // by the bytes the escapes stand for: '\xe2\x82' is one (malformed) Char
        org.trufflejl.runtime.JlString bytes = org.trufflejl.runtime.JlString.of(sb.toString());
        if (bytes.byteLength() == 0 || bytes.nextIndex(0) != bytes.byteLength()) {
            throw new LexException(s, "invalid character literal", false);
        }
        for (int i = p; i < q; i++) {
            if (src.charAt(i) == '\n') {
                newlineAt(i);
            }
        }
        pos = q + 1;
        return new Token(TokenKind.CHAR, null, new JlChar(bytes.codePointAt(0)), Prec.NONE, false, s, pos, line0, col0, space, false);
    }

    private static boolean endsOperand(Token t) {
        return switch (t.kind) {
            case IDENTIFIER, INTEGER, UNSIGNED, FLOAT, BOOL, CHAR, RPAREN, RBRACKET, RBRACE -> true;
            case OPERATOR -> t.text.equals("'") || t.text.equals(".");
            case KEYWORD -> t.text.equals("end");
            default -> false;
        };
    }

    /**
     * A string ({@code "}) or command ({@code `}) literal, plain or triple-quoted. Right after a name
     * (a string macro such as {@code r"..."}) and for commands the body is raw: no escapes but
     * {@code \"}, no interpolation.
     */
    private Token lexString(int s, boolean space, char delim) {
        int line0 = line;
        int col0 = s - lineStart + 1;
        boolean command = delim == '`';
        boolean raw = command || (!space && prev != null && prev.kind == TokenKind.IDENTIFIER);
        String tripleDelim = command ? "```" : "\"\"\"";
        boolean triple = src.startsWith(tripleDelim, s);
        int p = s + (triple ? 3 : 1);
        // text chunks are int[]{from, to} source ranges (unescaped later); triple-quoted text is split after each newline for dedenting
        List<Object> chunks = new ArrayList<>();
        int chunkStart = p;
        for (;;) {
            if (p >= n) {
                throw new LexException(s, triple ? "unterminated triple-quoted string" : "unterminated string", true);
            }
            char c = src.charAt(p);
            if (c == delim && (!triple || src.startsWith(tripleDelim, p))) {
                addText(chunks, chunkStart, p);
                p += triple ? 3 : 1;
                break;
            } else if (c == '\\' && raw) {
                int q = p;
                while (charAt(q) == '\\') {
                    q++;
                }
                p = charAt(q) == delim && (q - p) % 2 == 1 ? q + 1 : q;
            } else if (c == '\\') {
                int newline = charAt(p + 1) == '\n' ? 1 : src.startsWith("\r\n", p + 1) ? 2 : 0;
                if (newline > 0) {
                    // an escaped newline disappears together with the next line's indentation
                    addText(chunks, chunkStart, p);
                    p += 1 + newline;
                    newlineAt(p - 1);
                    while (charAt(p) == ' ' || charAt(p) == '\t') {
                        p++;
                    }
                    chunkStart = p;
                } else {
                    p += 2;
                }
            } else if (c == '\n') {
                newlineAt(p);
                p++;
                if (triple) {
                    addText(chunks, chunkStart, p);
                    chunkStart = p;
                }
            } else if (c == '$' && !raw) {
                addText(chunks, chunkStart, p);
                p = lexInterpolation(s, p, chunks);
                chunkStart = p;
            } else {
                p++;
            }
        }
        pos = p;
        if (triple) {
            dedent(chunks);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder text = null;
        for (Object chunk : chunks) {
            if (chunk instanceof int[] range) {
                if (text == null) {
                    text = new StringBuilder();
                }
                if (raw) {
                    unescapeRaw(range[0], range[1], delim, text);
                } else {
                    unescape(range[0], range[1], text);
                }
            } else {
                if (text != null) {
                    parts.add(text.toString());
                    text = null;
                }
                parts.add(chunk);
            }
        }
        if (text != null || (raw && parts.isEmpty())) {
            parts.add(text == null ? "" : text.toString());
        }
        return new Token(TokenKind.STRING, null, new StringLiteral(parts, raw, command), Prec.NONE, false, s, p, line0, col0, space, false);
    }

    private static void addText(List<Object> chunks, int from, int to) {
        if (to > from) {
            chunks.add(new int[]{from, to});
        }
    }

    /** {@code $name} or {@code $(expr)} at {@code p}; adds the chunk and returns the offset after it. */
    private int lexInterpolation(int stringStart, int p, List<Object> chunks) {
        int q = p + 1;
        if (q >= n) {
            throw new LexException(stringStart, "unterminated string", true);
        }
        if (src.charAt(q) == '(') {
            chunks.add(new Interpolation(lexInterpolatedTokens(stringStart, q)));
            return pos;
        }
        if (isIdStart(src.codePointAt(q))) {
            int e = scanIdentifier(q, false);
            chunks.add(Symbol.of(normalize(src.substring(q, e))));
            return e;
        }
        throw new LexException(p, "identifier or parenthesized expression expected after `$` in string", false);
    }

    /** The tokens of {@code ( ... )} starting at {@code open}, without the opening paren, ending with RPAREN and EOF; leaves {@link #pos} after the paren. */
    private List<Token> lexInterpolatedTokens(int stringStart, int open) {
        prev = null;
        pos = open + 1;
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        for (;;) {
            Token t = scan();
            if (t.kind == TokenKind.EOF) {
                throw new LexException(stringStart, "unterminated string", true);
            }
            tokens.add(t);
            if (t.kind == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind == TokenKind.RPAREN && depth-- == 0) {
                tokens.add(new Token(TokenKind.EOF, null, null, Prec.NONE, false, t.start, t.start, t.line, t.column, false, false));
                afterNewline = false; // back inside the string
                return tokens;
            }
        }
    }

    /**
     * Julia's triple-quote rules: drop a newline right after the opening quotes, then remove the
     * longest whitespace prefix common to all lines (the closing quotes' line included; empty lines
     * and lines continuing after an interpolation excluded).
     */
    private void dedent(List<Object> chunks) {
        boolean lineStartsHere = false;
        if (!chunks.isEmpty() && chunks.get(0) instanceof int[] first && isSingleNewline(first)) {
            chunks.remove(0);
            lineStartsHere = true;
        }
        int refStart = -1;
        int refLength = Integer.MAX_VALUE;
        List<int[]> lineStarts = new ArrayList<>();
        for (Object chunk : chunks) {
            if (chunk instanceof int[] range) {
                char firstChar = src.charAt(range[0]);
                if (lineStartsHere && firstChar != '\n' && firstChar != '\r') {
                    if (refStart < 0) {
                        int i = range[0];
                        while (i < range[1] && isIndentation(src.charAt(i))) {
                            i++;
                        }
                        refStart = range[0];
                        refLength = i - range[0];
                    } else {
                        int j = 0;
                        while (j < range[1] - range[0] && j < refLength && src.charAt(range[0] + j) == src.charAt(refStart + j)) {
                            j++;
                        }
                        refLength = j;
                    }
                    lineStarts.add(range);
                }
                lineStartsHere = src.charAt(range[1] - 1) == '\n';
            } else {
                if (lineStartsHere) {
                    refLength = 0; // a line starting with an interpolation has no indentation
                }
                lineStartsHere = false;
            }
        }
        if (lineStartsHere) {
            refLength = 0; // closing quotes at the start of a line
        }
        if (refLength > 0 && refLength != Integer.MAX_VALUE) {
            for (int[] range : lineStarts) {
                range[0] += refLength;
            }
            chunks.removeIf(chunk -> chunk instanceof int[] range && range[0] == range[1]);
        }
    }

    private boolean isSingleNewline(int[] range) {
        String text = src.substring(range[0], range[1]);
        return text.equals("\n") || text.equals("\r\n");
    }

    private static boolean isIndentation(char c) {
        return c == ' ' || c == '\t';
    }

    /** Appends the value of the escaped text {@code src[from, to)}. */
    private void unescape(int from, int to, StringBuilder sb) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(0); // pending `\x` bytes >= 0x80
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c != '\\') {
                if (c == '\r' && i + 1 < to && src.charAt(i + 1) == '\n') {
                    i++;
                    c = '\n';
                }
                appendBytes(bytes, sb);
                sb.append(c);
                i++;
                continue;
            }
            if (charAt(i + 1) != 'x' && !isDigit(charAt(i + 1), 8)) {
                appendBytes(bytes, sb);
            }
            int escape = i++;
            if (i >= to) {
                throw new LexException(escape, "invalid escape sequence", false);
            }
            c = src.charAt(i);
            switch (c) {
                case 'x', 'u', 'U' -> {
                    int maxDigits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    long v = 0;
                    int k = 0;
                    while (k < maxDigits && i + 1 < to && isDigit(src.charAt(i + 1), 16)) {
                        v = v * 16 + Character.digit(src.charAt(++i), 16);
                        k++;
                    }
                    if (k == 0 || v > 0x10ffff) {
                        throw new LexException(escape, c == 'x' ? "invalid hex escape sequence" : "invalid unicode escape sequence", false);
                    }
                    if (c == 'x' && v >= 0x80) {
                        bytes.write((int) v);
                    } else if (c == 'x') {
                        appendBytes(bytes, sb);
                        sb.append((char) v);
                    } else {
                        sb.appendCodePoint((int) v);
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 1; k < 3 && i + 1 < to && isDigit(src.charAt(i + 1), 8); k++) {
                        v = v * 8 + src.charAt(++i) - '0';
                    }
                    if (v > 255) {
                        throw new LexException(escape, "invalid octal escape sequence", false);
                    }
                    if (v >= 0x80) {
                        bytes.write(v); // a byte, as \x: "\303\251" is "é"
                    } else {
                        appendBytes(bytes, sb);
                        sb.append((char) v);
                    }
                }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'e' -> sb.append('\u001b');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case '\\', '\'', '"', '$', '`' -> sb.append(c);
                default -> throw new LexException(escape, "invalid escape sequence `\\" + c + "`", false);
            }
            i++;
        }
        appendBytes(bytes, sb);
    }

    /**
     * Appends the bytes of {@code \x} escapes: valid UTF-8 becomes its characters (in Julia
     * {@code "\xce\xb1" == "α"}); other bytes become the Latin-1 char of their value, since a Java
     * string cannot hold invalid UTF-8.
     */
    private static void appendBytes(ByteArrayOutputStream bytes, StringBuilder sb) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        // valid sequences as their characters, each other byte as its raw-byte char
        sb.append(org.trufflejl.runtime.JlString.decode(b));
    }

    /** Raw string text: backslashes are literal except that a run of them before the delimiter (or the end) is halved. */
    private void unescapeRaw(int from, int to, char delim, StringBuilder sb) {
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c != '\\') {
                if (c == '\r' && i + 1 < to && src.charAt(i + 1) == '\n') {
                    i++;
                    c = '\n';
                }
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < to && src.charAt(j) == '\\') {
                j++;
            }
            int count = j - i;
            if (j >= to || src.charAt(j) == delim) {
                count /= 2;
            }
            sb.repeat('\\', count);
            i = j;
            if (i < to) {
                sb.append(src.charAt(i++));
            }
        }
    }

    // ---- helpers ----

    private Token punctuation(TokenKind kind, int s, boolean space) {
        pos = s + 1;
        return token(kind, null, null, s, s + 1, space);
    }

    /** A token on the current line; operators get their precedence level. */
    private Token token(TokenKind kind, String text, Object value, int s, int e, boolean space) {
        int prec = kind == TokenKind.OPERATOR ? Prec.of(text) : Prec.NONE;
        return new Token(kind, text, value, prec, false, s, e, line, s - lineStart + 1, space, false);
    }

    private void newlineAt(int offset) {
        line++;
        lineStart = offset + 1;
    }

    private char charAt(int p) {
        return p < n ? src.charAt(p) : '\0';
    }

    /** 1-based line and column of a source offset; only used for errors, so a scan from the start is fine. */
    private int[] lineColumnAt(int offset) {
        int ln = 1;
        int ls = 0;
        for (int i = 0; i < offset && i < n; i++) {
            if (src.charAt(i) == '\n') {
                ln++;
                ls = i + 1;
            }
        }
        return new int[]{ln, offset - ls + 1};
    }
}
