package org.trufflejl.parser;

import static org.trufflejl.parser.TokenKind.COMMA;
import static org.trufflejl.parser.TokenKind.EOF;
import static org.trufflejl.parser.TokenKind.IDENTIFIER;
import static org.trufflejl.parser.TokenKind.KEYWORD;
import static org.trufflejl.parser.TokenKind.LBRACE;
import static org.trufflejl.parser.TokenKind.LBRACKET;
import static org.trufflejl.parser.TokenKind.LPAREN;
import static org.trufflejl.parser.TokenKind.MACRO_NAME;
import static org.trufflejl.parser.TokenKind.NEWLINE;
import static org.trufflejl.parser.TokenKind.OPERATOR;
import static org.trufflejl.parser.TokenKind.RBRACE;
import static org.trufflejl.parser.TokenKind.RBRACKET;
import static org.trufflejl.parser.TokenKind.RPAREN;
import static org.trufflejl.parser.TokenKind.SEMICOLON;
import static org.trufflejl.parser.TokenKind.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.trufflejl.parser.StringLiteral.Interpolation;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

/**
 * A recursive-descent parser producing the {@link Expr} trees of Julia 1.10's {@code Meta.parse}.
 * Its structure follows JuliaSyntax's parser.jl (itself modelled on the old flisp parser): one method
 * per precedence level, loosest first, and a context of flags for the places where Julia's syntax
 * depends on where an expression sits (whitespace inside {@code [ ]}, {@code end} inside indexing,
 * newlines inside parentheses).
 */
public final class Parser {
    /** {@code a:b} is a range (not in the middle of {@code c ? a : b}). */
    private static final int RANGE_COLON = 1;
    /** Spaces separate elements: inside {@code [ ]} and in macro arguments. */
    private static final int SPACE_SENSITIVE = 2;
    private static final int WHERE_ENABLED = 4;
    /** {@code end} and {@code begin} are index values (inside {@code a[...]}). */
    private static final int END_SYMBOL = 8;
    /** Newlines are plain whitespace (inside parentheses and argument lists). */
    private static final int NEWLINE_IS_SPACE = 16;
    /** {@code for} after an element starts a generator. */
    private static final int FOR_GENERATOR = 32;
    private static final int NORMAL = RANGE_COLON | WHERE_ENABLED;

    private static final Set<String> INITIAL_RESERVED_WORDS = Set.of("begin", "while", "if", "for", "try", "return", "break", "continue", "function",
                    "macro", "quote", "let", "local", "global", "const", "do", "struct", "module", "baremodule", "using", "import", "export");
    private static final Set<String> UNARY_OPERATORS = Set.of("+", "-", "!", "~", "¬", "√", "∛", "∜", "⋆", "±", "∓");
    private static final Set<String> UNARY_AND_BINARY = Set.of("+", "-", "⋆", "±", "∓");
    private static final Set<String> SYNTACTIC_OPERATORS = Set.of("&&", "||", ".", "...", "->");
    /** Assignment-level operators that are ordinary calls rather than syntax. */
    private static final Set<String> CALL_ASSIGNMENTS = Set.of("~", "≔", "⩴", "≕");

    private static final Symbol STAR = Symbol.of("*");
    private static final Symbol COLON = Symbol.of(":");
    private static final Symbol DOT = Symbol.of(".");
    private static final Symbol NOTHING = Symbol.of("nothing");
    private static final Symbol OUTER = Symbol.of("outer");
    private static final Symbol DOC_MACRO = Symbol.of("@doc");
    private static final Symbol CMD_MACRO = Symbol.of("@cmd");

    private final String source;
    private final String fileName;
    private final Token[] toks;
    /** Index of the next token to consume. */
    private int pos;
    /** The most recently consumed token other than NEWLINE. */
    private Token last;
    private int ctx = NORMAL;
    /** {@code (x,)}: the one tuple whose trailing comma matters, to tell {@code (x,) -> y} from {@code (x) -> y}. */
    private Expr lastTupleWithTrailingComma;

    public Parser(String source, String fileName) {
        this(source, fileName, new Lexer(source).tokenize());
    }

    private Parser(String source, String fileName, List<Token> tokens) {
        this.source = source;
        this.fileName = fileName;
        this.toks = tokens.toArray(new Token[0]);
    }

    /** Whole file or REPL input: {@code Expr(:toplevel, stmt...)} with a LineNumberNode before each statement. */
    public Expr parseToplevel() {
        List<Object> statements = new ArrayList<>();
        parseStatements(statements);
        return toplevel(statements);
    }

    /**
     * A file's statements up to the first one that does not parse, and its error (null when all
     * parse). Julia's {@code include} runs those statements before raising the error, as
     * JuliaSyntax's {@code parseall} truncates the file there.
     */
    public record Prefix(Expr statements, ParseError error) {
    }

    public Prefix parseToplevelPrefix() {
        List<Object> statements = new ArrayList<>();
        try {
            parseStatements(statements);
            return new Prefix(toplevel(statements), null);
        } catch (ParseError e) {
            return new Prefix(toplevel(statements), e);
        }
    }

    /** A statement {@link #parseLeadingStatement} found, and the offset where the text after it starts. */
    public record Statement(Object expr, int end) {
    }

    /**
     * Julia's {@code Meta.parse(str, pos)}: the statements of the first line that has one (several
     * separated by {@code ;} make {@code Expr(:toplevel, ...)}), and the offset after that line's
     * newline; a null expression when only separators are left.
     */
    public Statement parseLeadingStatement() {
        skipSeparators();
        if (peek().kind == EOF) {
            return new Statement(null, source.length());
        }
        List<Object> statements = new ArrayList<>();
        for (;;) {
            statements.add(parseDocstring(this::parseEq));
            Token next = peekRaw();
            if (next.kind == SEMICOLON) {
                pos++;
                next = peekRaw();
                if (next.kind != NEWLINE && next.kind != EOF) {
                    continue;
                }
            }
            if (next.kind == NEWLINE) {
                pos++;
                break;
            }
            if (next.kind == EOF) {
                break;
            }
            throw extraToken(next);
        }
        int end = toks[pos - 1].kind == NEWLINE ? toks[pos - 1].end : source.length();
        Object expr = statements.size() == 1 ? statements.get(0) : new Expr("toplevel", statements.toArray());
        return new Statement(expr, end);
    }

    private Expr toplevel(List<Object> statements) {
        return new Expr("toplevel", statements.toArray()).at(1, 1, 0, source.length());
    }

    /** Parses statements into {@code statements}; a statement that fails to parse leaves nothing of it there. */
    private void parseStatements(List<Object> statements) {
        for (;;) {
            skipSeparators();
            Token t = peek();
            if (t.kind == EOF) {
                break;
            }
            if (isClosing(t)) {
                throw unexpected(t);
            }
            int before = statements.size();
            try {
                statements.add(lineNode(t));
                try {
                    statements.add(parseDocstring(this::parseEq));
                } catch (StackOverflowError e) {
                    throw error(t, "expression is too deeply nested");
                }
                Token next = peekRaw();
                if (next.kind != NEWLINE && next.kind != SEMICOLON && next.kind != EOF) {
                    throw extraToken(next);
                }
            } catch (ParseError e) {
                statements.subList(before, statements.size()).clear();
                throw e;
            }
        }
    }

    // ---- statements and assignment ----

    /** A statement, or a documented one: a string literal alone, followed by an expression on the same or the next line. */
    private Object parseDocstring(Supplier<Object> statement) {
        int mark = pos;
        Token first = peek();
        Object ex = statement.get();
        if (first.kind != STRING || last != first || ((StringLiteral) first.value).command()) {
            return ex;
        }
        Token next = peekRaw();
        if (isClosing(next)) {
            return ex;
        }
        if (next.kind == NEWLINE) {
            Token after = peekAt(2, false);
            if (isClosing(after) || after.kind == NEWLINE) {
                return ex;
            }
            pos++;
        }
        Object documented = statement.get();
        return node(mark, "macrocall", DOC_MACRO, lineNode(first), ex, documented);
    }

    /** {@code a, b = c, d}: assignment with comma lists on both sides. */
    private Object parseEq() {
        return parseAssignment(this::parseComma);
    }

    /** Assignment where commas are delimiters (argument lists, brackets). */
    private Object parseEqStar() {
        return parseAssignment(this::parsePair);
    }

    private Object parseAssignment(Supplier<Object> down) {
        int mark = pos;
        Object lhs = down.get();
        return parseAssignmentRest(mark, lhs, down);
    }

    private Object parseAssignmentRest(int mark, Object lhs, Supplier<Object> down) {
        Token op = peek();
        if (!isBinaryOp(op, Prec.ASSIGNMENT)) {
            return lhs;
        }
        if (CALL_ASSIGNMENTS.contains(op.base)) {
            if (op.base.equals("~") && has(SPACE_SENSITIVE) && op.spaceBefore && !peek(2).spaceBefore) {
                return lhs; // `[a ~b]` has a unary `~`
            }
            bump();
            return node(mark, "call", Symbol.of(op.text), lhs, parseAssignment(down));
        }
        bump();
        int rhsMark = pos;
        Object rhs = parseAssignment(down);
        if (op.isOp("=") && isEventuallyCall(lhs)) {
            // short function definition `f(x) = body`
            return node(mark, "=", lhs, bodyWithLine(lineAt(mark), rhsMark, rhs));
        }
        return node(mark, op.text, lhs, rhs);
    }

    /** A call, possibly under {@code where} and a return type: the left side of a short function definition. */
    private static boolean isEventuallyCall(Object ex) {
        while (ex instanceof Expr e) {
            if (e.is("call")) {
                return true;
            } else if (e.is("where") || (e.is("::") && e.nargs() == 2)) {
                ex = e.arg(0);
            } else {
                return false;
            }
        }
        return false;
    }

    /** {@code a, b} outside brackets is a tuple; {@code x, = xs} allows a trailing comma before {@code =}. */
    private Object parseComma() {
        int mark = pos;
        Object first = parsePair();
        if (peek().kind != COMMA) {
            return first;
        }
        List<Object> items = new ArrayList<>();
        items.add(first);
        while (peek().kind == COMMA) {
            bump();
            if (!peek().isOp("=")) {
                items.add(parsePair());
            }
        }
        return node(mark, "tuple", items);
    }

    private Object parsePair() {
        return parseRightAssociative(this::parseCond, Prec.PAIR, this::parsePair);
    }

    /** {@code c ? a : b}, which Julia insists has spaces around {@code ?} and {@code :}. */
    private Object parseCond() {
        int mark = pos;
        Object cond = parseArrow();
        Token question = peek();
        if (!question.isOp("?")) {
            return cond;
        }
        if (!question.spaceBefore) {
            throw error(question, "space required before `?` operator");
        }
        bump();
        requireSpaceBefore(peek(), "space required after `?` operator");
        Object then = with(ctx & ~RANGE_COLON, this::parseEqStar);
        Token colon = peek();
        if (!colon.isOp(":")) {
            throw unexpected(colon, "`:` in `?` expression");
        }
        requireSpaceBefore(colon, "space required before `:` in `?` expression");
        bump();
        Token next = peekAt(1, true);
        requireSpaceBefore(next, "space required after `:` in `?` expression");
        if (isBlockContinuation(next)) {
            throw unexpected(next);
        }
        return node(mark, "if", cond, then, parseEqStar());
    }

    private void requireSpaceBefore(Token t, String message) {
        if (!t.spaceBefore && t.kind != NEWLINE && t.kind != EOF) {
            throw error(t, message);
        }
    }

    private Object parseArrow() {
        int mark = pos;
        Object lhs = parseOr();
        Token op = peek();
        if (!isBinaryOp(op, Prec.ARROW)) {
            return lhs;
        }
        bump();
        Object rhs = parseArrow();
        return op.isOp("-->") ? node(mark, "-->", lhs, rhs) : node(mark, "call", Symbol.of(op.text), lhs, rhs);
    }

    private Object parseOr() {
        return parseLazy(this::parseAnd, Prec.LAZY_OR, this::parseOr);
    }

    private Object parseAnd() {
        return parseLazy(() -> parseComparison(false), Prec.LAZY_AND, this::parseAnd);
    }

    /** Right-associative {@code ||} and {@code &&} (and dotted forms), which are syntax rather than calls. */
    private Object parseLazy(Supplier<Object> down, int prec, Supplier<Object> self) {
        int mark = pos;
        Object lhs = down.get();
        Token op = peek();
        if (!isBinaryOp(op, prec)) {
            return lhs;
        }
        bump();
        return node(mark, op.text, lhs, self.get());
    }

    /** {@code a < b} is a call, {@code a <: b} is syntax, and chains such as {@code a < b <= c} are a {@code comparison}. */
    private Object parseComparison(boolean typeName) {
        int mark = pos;
        if (typeName && peek().kind == KEYWORD) {
            throw error(peek(), "invalid type name " + describe(peek()));
        }
        Object first = parsePipeLt();
        Token op = peek();
        if (!isBinaryOp(op, Prec.COMPARISON)) {
            return first;
        }
        List<Object> chain = new ArrayList<>();
        chain.add(first);
        while (isBinaryOp(peek(), Prec.COMPARISON)) {
            chain.add(Symbol.of(bump().text));
            chain.add(parsePipeLt());
        }
        if (chain.size() > 3) {
            return node(mark, "comparison", chain);
        }
        return isTypeOperator(op) ? node(mark, op.text, first, chain.get(2)) : node(mark, "call", chain.get(1), first, chain.get(2));
    }

    private Object parsePipeLt() {
        return parseRightAssociative(this::parsePipeGt, Prec.PIPE_LT, this::parsePipeLt);
    }

    private Object parsePipeGt() {
        return parseLeftAssociative(this::parseRange, Prec.PIPE_GT);
    }

    /** {@code a:b} and {@code a:s:b} (one three-argument call), other colon-level operators, then a postfix {@code ...}. */
    private Object parseRange() {
        int mark = pos;
        Object ex = parseExpr();
        Token op = peek();
        if (isBinaryOp(op, Prec.COLON) && !op.isOp(":")) {
            bump();
            ex = node(mark, "call", Symbol.of(op.text), ex, parseExpr());
        } else if (op.isOp(":") && has(RANGE_COLON)) {
            Object[] parts = {ex, null, null};
            int colons = 0;
            while (peek().isOp(":")) {
                if (has(SPACE_SENSITIVE) && peek().spaceBefore && !peek(2).spaceBefore) {
                    break; // `[1 :a]` is a quoted symbol element
                }
                bump();
                colons++;
                Token next = peekAt(1, has(NEWLINE_IS_SPACE));
                if (next.kind == NEWLINE) {
                    throw error(next, "line break after `:` in range expression");
                } else if (isClosing(next)) {
                    throw unexpected(next, "last argument of the range");
                }
                parts[colons] = parseExpr();
                if (colons == 2) {
                    parts[0] = node(mark, "call", COLON, parts[0], parts[1], parts[2]);
                    colons = 0;
                }
            }
            ex = colons == 1 ? node(mark, "call", COLON, parts[0], parts[1]) : parts[0];
        }
        if (peek().isOp("...")) {
            bump();
            ex = node(mark, "...", ex);
        }
        return ex;
    }

    private Object parseExpr() {
        return parseWithChains(this::parseTerm, Prec.PLUS, "+", "++");
    }

    private Object parseTerm() {
        return parseWithChains(this::parseRational, Prec.TIMES, "*", "*");
    }

    /** Left-associative operators of one level, where repeated {@code +}, {@code ++} or {@code *} collect into one call. */
    private Object parseWithChains(Supplier<Object> down, int prec, String chainOp1, String chainOp2) {
        int mark = pos;
        Object ex = down.get();
        for (Token op = peek(); isBinaryOp(op, prec) && !isUnaryElement(op); op = peek()) {
            bump();
            List<Object> args = new ArrayList<>();
            args.add(Symbol.of(op.text));
            args.add(ex);
            args.add(down.get());
            if (!op.dotted && (op.text.equals(chainOp1) || op.text.equals(chainOp2))) {
                while (peek().isOp(op.text) && !isUnaryElement(peek())) {
                    bump();
                    args.add(down.get());
                }
            }
            ex = node(mark, "call", args);
        }
        return ex;
    }

    /** In {@code [a -b]} the {@code -} is unary: a space before it and none after. */
    private boolean isUnaryElement(Token op) {
        return has(SPACE_SENSITIVE) && op.spaceBefore && isUnaryAndBinary(op) && !peek(2).spaceBefore;
    }

    private Object parseRational() {
        return parseLeftAssociative(this::parseShift, Prec.RATIONAL);
    }

    private Object parseShift() {
        return parseLeftAssociative(this::parseUnarySubtype, Prec.BITSHIFT);
    }

    /** Prefix {@code <: T} and {@code >: T} (as in {@code Vector{<:Real}}), binding looser than {@code where}. */
    private Object parseUnarySubtype() {
        Token op = peek();
        if (isTypeOperator(op)) {
            Token next = peek(2);
            if (isClosing(next) || next.kind == NEWLINE || next.isOp("=")) {
                bump();
                return Symbol.of(op.text);
            } else if (next.kind != LBRACE && next.kind != LPAREN) {
                int mark = pos;
                bump();
                return node(mark, op.text, parseUnarySubtype());
            }
        }
        return parseWhere(this::parseJuxtapose);
    }

    private Object parseWhere(Supplier<Object> down) {
        int mark = pos;
        Object ex = down.get();
        return has(WHERE_ENABLED) && isWhere(peek()) ? parseWhereChain(mark, ex) : ex;
    }

    /** {@code X where T}, {@code X where {T <: Real, S}} (braces spliced into the {@code where}), repeated. */
    private Object parseWhereChain(int mark, Object body) {
        return with(ctx & ~WHERE_ENABLED, () -> {
            Object ex = body;
            while (isWhere(peek())) {
                bump();
                skipNewlines();
                List<Object> args = new ArrayList<>();
                args.add(ex);
                if (peek().kind == LBRACE) {
                    int braceMark = pos;
                    bump();
                    Expr params = parseCat(braceMark, RBRACE, has(END_SYMBOL));
                    if (params.is("vect")) {
                        args.addAll(List.of(params.args()));
                    } else {
                        args.add(braces(braceMark, params));
                    }
                } else {
                    args.add(parseComparison(false));
                }
                ex = node(mark, "where", args);
            }
            return ex;
        });
    }

    /** Juxtaposition is multiplication: {@code 2x}, {@code 3(a+b)}, {@code (x-1)y}, {@code 2√x}. */
    private Object parseJuxtapose() {
        int mark = pos;
        Object ex = parseUnary();
        List<Object> factors = null;
        Object previous = ex;
        for (Token t = peek(); isJuxtaposed(previous, last, t); t = peek()) {
            if (last.kind == STRING || t.kind == STRING) {
                throw error(t, "cannot juxtapose string literal");
            }
            if (factors == null) {
                factors = new ArrayList<>();
                factors.add(STAR);
                factors.add(ex);
            }
            previous = isRadical(t) ? parseUnary() : parseFactor();
            factors.add(previous);
        }
        return factors == null ? ex : node(mark, "call", factors);
    }

    /** Whether {@code t} is another factor after {@code previous}, whose last token is {@code prev}. */
    private boolean isJuxtaposed(Object previous, Token prev, Token t) {
        if (t.spaceBefore || t.kind == NEWLINE || isClosing(t) || (isOperator(t) && !isRadical(t))) {
            return false;
        }
        // after a non-number: no `x.3`, `f(2)2`, `x@y`, nor anything after a block's `end`
        if (!isNumericLiteral(previous) && (isNumber(t) || t.kind == MACRO_NAME || prev.kind == KEYWORD)) {
            return false;
        }
        return prev.kind == STRING || t.kind == STRING || !isInitialReservedWord(t);
    }

    /** Prefix operators, including negative literals ({@code -1}) and operator calls such as {@code +(a, b)}. */
    private Object parseUnary() {
        skipNewlines();
        int mark = pos;
        Token op = peek();
        if (!startsUnaryCall(op)) {
            return parseFactor();
        }
        Token next = peek(2);
        boolean sign = !op.dotted && (op.text.equals("-") || op.text.equals("+"));
        if (sign && !next.spaceBefore && (next.kind == TokenKind.INTEGER || next.kind == TokenKind.FLOAT || (op.text.equals("+") && next.kind == TokenKind.UNSIGNED))) {
            Token after = peek(3);
            if (isBinaryOp(after, Prec.POWER) || after.kind == LBRACKET || after.kind == LBRACE) {
                bump(); // `-2^2` is -(2^2)
                return node(mark, "call", Symbol.of(op.text), parseFactor());
            }
            bump();
            Object literal = bump().value;
            return parseFactorWithInitialEx(mark, op.text.equals("-") ? Lexer.negate(literal) : literal);
        }
        if (isClosing(next) || next.kind == NEWLINE || next.isOp("=")) {
            return parseAtom(true); // the operator as a value: `map(+, xs)`
        } else if (next.kind == LBRACE || (!isUnaryOperator(op) && next.kind == LPAREN)) {
            return parseFactor(); // `*(x, y)`, `+{T}(x)`
        } else if (next.kind == LPAREN) {
            return parseUnaryParenthesized(mark, op);
        } else if (!isUnaryOperator(op)) {
            throw error(op, describe(op) + " is not a unary operator");
        }
        bump();
        Object operand = parseUnary();
        return isTypeOperator(op) ? node(mark, op.text, operand) : node(mark, "call", Symbol.of(op.text), operand);
    }

    /**
     * A unary operator before {@code (}: a call {@code +(a, b)} when there are commas, a splat or
     * keyword arguments, else grouping {@code -(a)} with the operator applied after {@code ^}.
     */
    private Object parseUnaryParenthesized(int mark, Token op) {
        bump();
        Token open = peek();
        int parenMark = pos;
        bump();
        boolean initialSemicolon = peekAt(1, true).kind == SEMICOLON;
        Brackets b = parseBrackets(new Brackets(), RPAREN, true);
        int semis = b.sections.size();
        boolean isCall = b.hadCommas || b.hadSplat || (initialSemicolon && (b.numItems > 0 || semis == 1)) || (semis == 0 && b.numItems == 0);
        if (isCall) {
            if (open.spaceBefore) {
                throw error(open, "whitespace not allowed between prefix function call and argument list");
            }
            List<Object> args = arguments(b, true, true);
            Expr call = isTypeOperator(op) ? node(mark, op.text, args) : node(mark, "call", prepend(Symbol.of(op.text), args));
            return parseFactorWithInitialEx(mark, parseCallChain(mark, call, false));
        }
        Object inner = semis > 0 ? parenBlock(parenMark, b) : b.positional.get(0);
        inner = parseFactorWithInitialEx(parenMark, parseCallChain(parenMark, inner, false));
        return isTypeOperator(op) ? node(mark, op.text, inner) : node(mark, "call", Symbol.of(op.text), inner);
    }

    private static boolean startsUnaryCall(Token op) {
        return op.kind == OPERATOR && !op.isOp(":") && !op.isOp("'") && !(isSyntacticUnary(op) && !op.dotted) && !isSyntacticOperator(op);
    }

    private Object parseFactor() {
        int mark = pos;
        Object ex = parseCall();
        return parseFactorWithInitialEx(mark, ex);
    }

    /** Type declarations, anonymous functions and {@code ^} after an already parsed call-level expression. */
    private Object parseFactorWithInitialEx(int mark, Object ex) {
        ex = parseDeclWithInitialEx(mark, ex);
        Token op = peek();
        if (isBinaryOp(op, Prec.POWER)) {
            bump();
            ex = node(mark, "call", Symbol.of(op.text), ex, parseFactorAfter());
        }
        return ex;
    }

    /** The exponent: right associative, and juxtaposition binds tighter ({@code 2^3x} is {@code 2^(3x)}). */
    private Object parseFactorAfter() {
        return parseRightAssociative(this::parseJuxtapose, Prec.POWER, this::parseFactorAfter);
    }

    /** {@code x::T} and {@code params -> body} ({@code ->} binds tightly on the left and loosely on the right). */
    private Object parseDeclWithInitialEx(int mark, Object ex) {
        while (peek().isOp("::")) {
            bump();
            ex = node(mark, "::", ex, parseWhere(this::parseCall));
        }
        if (!peek().isOp("->")) {
            return ex;
        }
        Object params = arrowParameters(ex);
        bump();
        int bodyMark = pos;
        Object body = parseEqStar();
        return node(mark, "->", params, bodyWithLine(lineAt(mark), bodyMark, body));
    }

    /** The parameter list of {@code ->} as Julia's Expr writes it: {@code (x) -> y} has a bare {@code x}, {@code (a; b=1) -> c} a block. */
    private Object arrowParameters(Object lhs) {
        if (!(lhs instanceof Expr e) || !e.is("tuple")) {
            return lhs;
        }
        if (e.nargs() == 1 && e != lastTupleWithTrailingComma && !isExpr(e.arg(0), "parameters")) {
            return e.arg(0);
        }
        if (e.nargs() == 2 && e.arg(0) instanceof Expr p && p.is("parameters") && p.nargs() <= 1 && !isExpr(e.arg(1), "...")) {
            if (p.nargs() == 0) {
                return new Expr("block", e.arg(1)).at(e);
            }
            Object keyword = p.arg(0) instanceof Expr kw && kw.is("kw") ? new Expr("=", kw.args()).at(kw) : p.arg(0);
            return new Expr("block", e.arg(1), new LineNumberNode(p.line, fileName), keyword).at(e);
        }
        return lhs;
    }

    private Object parseCall() {
        if (isInitialReservedWord(peek())) {
            return parseResword();
        }
        int mark = pos;
        Object ex = parseUnaryPrefix();
        return parseCallChain(mark, ex, false);
    }

    /** The syntactic prefixes {@code $x}, {@code &x} and {@code ::T}. */
    private Object parseUnaryPrefix() {
        skipNewlines();
        int mark = pos;
        Token op = peek();
        if (!isSyntacticUnary(op) || op.dotted) {
            return parseAtom(true);
        }
        Token next = peek(2);
        if (!op.isOp("::") && (isClosing(next) || next.kind == NEWLINE)) {
            bump();
            return Symbol.of(op.text);
        }
        bump();
        Object operand = op.isOp("$") ? parseUnaryPrefix() : parseWhere(this::parseCall);
        return node(mark, op.text, operand);
    }

    /**
     * Suffixes at call precedence, leftmost binding tightest: calls {@code f(x)}, indexing
     * {@code a[i]}, {@code A{T}}, field access and broadcast calls {@code a.b}, {@code f.(x)},
     * adjoints {@code x'}, string macros {@code r"..."} and macro arguments.
     */
    private Object parseCallChain(int mark, Object head, boolean isMacrocall) {
        if (isNumericLiteral(head) && peek().kind == LPAREN) {
            return head; // `2(x)` and `(2)(x)` are juxtaposition
        }
        Object ex = head;
        boolean macro = isMacrocall;
        boolean mayNameStringMacro = !macro && ex instanceof Symbol && last.kind == IDENTIFIER;
        for (;;) {
            Token t = peek();
            boolean bracket = t.kind == LPAREN || t.kind == LBRACKET || t.kind == LBRACE;
            if (macro && (t.spaceBefore || !bracket)) {
                return parseMacroArguments(mark, ex);
            }
            if (!macro && has(SPACE_SENSITIVE) && t.spaceBefore && (bracket || t.kind == STRING)) {
                return ex; // `[f (x)]` has two elements
            }
            boolean nextMayNameStringMacro = false;
            if (t.kind == LPAREN) {
                rejectSpaceBefore(t);
                Object callee = asCallee(ex);
                bump();
                Brackets b = parseCallArgumentList(RPAREN);
                Expr call = macro ? macrocall(mark, ex, arguments(b, false, true)) : node(mark, "call", prepend(callee, arguments(b, true, true)));
                ex = peek().isKeyword("do") ? parseDo(mark, call) : call;
                macro = false;
            } else if (t.kind == LBRACKET) {
                rejectSpaceBefore(t);
                int bracketMark = pos;
                bump();
                Expr cat = parseCat(bracketMark, RBRACKET, true);
                ex = macro ? macrocall(mark, ex, List.of(cat)) : typedConcatenation(mark, ex, cat);
                macro = false;
            } else if (t.kind == LBRACE) {
                rejectSpaceBefore(t);
                int braceMark = pos;
                Object callee = asCallee(ex);
                bump();
                List<Object> args = arguments(parseCallArgumentList(RBRACE), false, false);
                ex = macro ? macrocall(mark, ex, List.of(node(braceMark, "braces", args))) : node(mark, "curly", prepend(callee, args));
                macro = false;
            } else if (t.isOp(".")) {
                rejectSpaceBefore(t);
                bump();
                Token k = peek();
                if (k.kind == LPAREN) {
                    int parenMark = pos;
                    bump();
                    List<Object> args = arguments(parseCallArgumentList(RPAREN), true, true);
                    ex = node(mark, ".", ex, node(parenMark, "tuple", args));
                } else if (k.isOp(":")) {
                    int quoteMark = pos;
                    bump();
                    rejectSpaceBefore(peek());
                    ex = node(mark, ".", ex, parseQuotedAtom(quoteMark));
                } else if (k.isOp("$")) {
                    int dollarMark = pos;
                    bump();
                    ex = node(mark, ".", ex, new QuoteNode(node(dollarMark, "$", parseAtom(true))));
                } else if (k.kind == MACRO_NAME) {
                    bump();
                    ex = node(mark, ".", ex, new QuoteNode(Symbol.of(k.text)));
                    macro = true;
                } else if (k.isOp("'")) {
                    throw error(k, "the `.'` transpose operator is discontinued; use `transpose(x)`");
                } else {
                    Object field = parseAtom(false);
                    nextMayNameStringMacro = field instanceof Symbol && last.kind == IDENTIFIER;
                    ex = node(mark, ".", ex, new QuoteNode(field));
                }
            } else if (t.isOp("'")) {
                bump();
                ex = node(mark, "'", ex);
            } else if (t.kind == STRING && !t.spaceBefore && mayNameStringMacro) {
                ex = parseStringMacro(mark, ex);
            } else {
                return ex;
            }
            mayNameStringMacro = nextMayNameStringMacro;
        }
    }

    private void rejectSpaceBefore(Token t) {
        if (t.spaceBefore) {
            throw error(t, "whitespace is not allowed before " + describe(t) + " here");
        }
    }

    /** {@code T[...]}: typed array literals and indexing ({@code ref}, where {@code =} means a keyword). */
    private Expr typedConcatenation(int mark, Object type, Expr cat) {
        String head = switch (cat.head.name) {
            case "vect" -> "ref";
            case "hcat" -> "typed_hcat";
            case "vcat" -> "typed_vcat";
            case "comprehension" -> "typed_comprehension";
            default -> "typed_ncat";
        };
        List<Object> args = new ArrayList<>();
        args.add(type);
        for (Object a : cat.args()) {
            args.add(head.equals("ref") ? toKeyword(a) : a);
        }
        return node(mark, head, args);
    }

    /** {@code @m a b c}: space-separated arguments up to the end of the line (or a closing bracket). */
    private Object parseMacroArguments(int mark, Object name) {
        return with((ctx | SPACE_SENSITIVE) & ~NEWLINE_IS_SPACE, () -> {
            List<Object> args = new ArrayList<>();
            // inside brackets `for` ends the arguments ([@m x for x in xs]), but only after one:
            // `(a; @inbounds for i in r; ...; end)` is a loop
            for (Token t = peek(); !isClosing(t) && t.kind != NEWLINE && !(has(FOR_GENERATOR) && t.isKeyword("for") && !args.isEmpty()); t = peek()) {
                args.add(parseEq());
            }
            if (args.size() == 1 && isDocMacro(name) && peekRaw().kind == NEWLINE) {
                // `@doc "text"` with the documented object on the next line
                Token after = peekAt(2, false);
                if (!isClosing(after) && after.kind != NEWLINE) {
                    pos++;
                    args.add(parseEq());
                }
            }
            return macrocall(mark, name, args);
        });
    }

    private static boolean isDocMacro(Object name) {
        return name == DOC_MACRO || (name instanceof Expr e && e.is(".") && e.arg(1) instanceof QuoteNode q && q.value == DOC_MACRO);
    }

    private Expr macrocall(int mark, Object name, List<Object> args) {
        List<Object> all = new ArrayList<>(args.size() + 2);
        all.add(name);
        all.add(lineAt(mark));
        all.addAll(args);
        return node(mark, "macrocall", all);
    }

    /** {@code r"..."}, {@code A.b"..."} and {@code x`...`}: a call of macro {@code @r_str} with the raw text and an optional suffix. */
    private Object parseStringMacro(int mark, Object prefix) {
        Token t = bump();
        StringLiteral literal = (StringLiteral) t.value;
        String suffix = literal.command() ? "_cmd" : "_str";
        Object name;
        if (prefix instanceof Symbol s) {
            name = Symbol.of("@" + s.name + suffix);
        } else {
            Expr dotted = (Expr) prefix;
            Symbol field = (Symbol) ((QuoteNode) dotted.arg(1)).value;
            name = new Expr(".", dotted.arg(0), new QuoteNode(Symbol.of("@" + field.name + suffix))).at(dotted);
        }
        List<Object> args = new ArrayList<>();
        args.add(literal.text());
        Token next = peekRaw();
        if (!next.spaceBefore && (next.kind == IDENTIFIER || next.kind == KEYWORD)) {
            args.add(bump().text);
        } else if (!next.spaceBefore && isNumber(next)) {
            args.add(bump().value);
        }
        return macrocall(mark, name, args);
    }

    /** {@code f(x) do a, b ... end}: Julia's {@code (do call (-> (tuple a b) body))}. */
    private Expr parseDo(int mark, Expr call) {
        int doMark = pos;
        Token word = bump();
        return with(NORMAL, () -> {
            int paramsMark = pos;
            List<Object> params = new ArrayList<>();
            Token t = peekRaw();
            if (t.kind == NEWLINE || t.kind == SEMICOLON) {
                bump();
            } else {
                params.add(parseRange());
                while (peek().kind == COMMA) {
                    bump();
                    params.add(parseRange());
                }
            }
            Expr tuple = node(paramsMark, "tuple", params);
            Expr body = parseBlock(this::parseEq);
            expectEnd(word);
            return node(mark, "do", call, node(doMark, "->", tuple, body));
        });
    }

    // ---- reserved words ----

    private boolean isInitialReservedWord(Token t) {
        if (t.kind == KEYWORD) {
            return INITIAL_RESERVED_WORDS.contains(t.text) && !(t.text.equals("begin") && has(END_SYMBOL));
        }
        boolean contextual = t.kind == IDENTIFIER && (t.text.equals("mutable") || t.text.equals("abstract") || t.text.equals("primitive"));
        if (!contextual) {
            return false;
        }
        int i = pos;
        while (toks[i] != t) {
            i++;
        }
        Token next = toks[i + 1]; // `mutable struct`, `abstract type`, `primitive type`: on the same line
        return t.text.equals("mutable") ? next.isKeyword("struct") : next.isIdentifier("type");
    }

    private Object parseResword() {
        return with(NORMAL, () -> {
            skipNewlines();
            int mark = pos;
            Token word = peek();
            return switch (word.text) {
                case "begin", "quote" -> parseBeginQuote(mark, word);
                case "while" -> parseWhile(mark, word);
                case "for" -> parseFor(mark, word);
                case "let" -> parseLet(mark, word);
                case "if" -> parseIf(mark);
                case "global", "local" -> parseGlobalLocal(mark, word);
                case "const" -> parseConst(mark, word);
                case "function", "macro" -> parseFunction(mark, word);
                case "abstract" -> parseAbstract(mark, word);
                case "mutable", "struct" -> parseStruct(mark, word);
                case "primitive" -> parsePrimitive(mark, word);
                case "try" -> parseTry(mark, word);
                case "return" -> parseReturn(mark);
                case "break", "continue" -> parseBreakContinue(mark, word);
                case "module", "baremodule" -> parseModule(mark, word);
                case "export" -> parseExport(mark);
                case "import", "using" -> parseImports(mark, word);
                default -> throw error(word, "invalid " + describe(word) + " syntax");
            };
        });
    }

    private Object parseBeginQuote(int mark, Token word) {
        bump();
        Expr body = parseBlock(() -> parseDocstring(this::parseEq));
        expectEnd(word);
        Expr block = node(mark, "block", body.args());
        return word.text.equals("quote") ? node(mark, "quote", block) : block;
    }

    private Object parseWhile(int mark, Token word) {
        bump();
        Object cond = parseCond();
        Expr body = parseBlock(this::parseEq);
        expectEnd(word);
        return node(mark, "while", cond, withEndLine(body));
    }

    private Object parseFor(int mark, Token word) {
        bump();
        int specMark = pos;
        List<Object> specs = parseIterationSpecs();
        Object spec = specs.size() == 1 ? specs.get(0) : node(specMark, "block", specs);
        Expr body = parseBlock(this::parseEq);
        expectEnd(word);
        return node(mark, "for", spec, withEndLine(body));
    }

    /** {@code let a = 1, b; body end}: one binding stands alone, several (or none) form a block. */
    private Object parseLet(int mark, Token word) {
        bump();
        int bindingsMark = pos;
        List<Object> bindings = new ArrayList<>();
        Token t = peekRaw();
        if (t.kind != NEWLINE && t.kind != SEMICOLON) {
            bindings.add(parseEqStar());
            while (peek().kind == COMMA) {
                bump();
                bindings.add(parseEqStar());
            }
        }
        Object single = bindings.size() == 1 ? bindings.get(0) : null;
        Object letBindings = single instanceof Symbol || isExpr(single, "=") || isExpr(single, "::") ? single : node(bindingsMark, "block", bindings);
        t = peekRaw();
        if (t.kind == NEWLINE || t.kind == SEMICOLON) {
            bump();
        } else if (!t.isKeyword("end")) {
            throw unexpected(t, "`;` or a newline after the `let` variables");
        }
        Expr body = parseBlock(this::parseEq);
        expectEnd(word);
        return node(mark, "let", letBindings, body);
    }

    /** {@code if}/{@code elseif} chains; an {@code elseif} condition is wrapped in a block with its line, as in Julia. */
    private Expr parseIf(int mark) {
        Token word = bump();
        boolean isElseif = word.text.equals("elseif");
        Token t = peekRaw();
        if (t.kind == NEWLINE || t.isKeyword("end")) {
            throw error(t, "missing condition in `" + word.text + "`");
        }
        int condMark = pos;
        Object cond = parseCond();
        List<Object> args = new ArrayList<>();
        args.add(isElseif ? node(condMark, "block", lineNode(word), cond) : cond);
        args.add(parseBlock(this::parseEq));
        Token next = peek();
        if (next.isKeyword("elseif")) {
            args.add(parseIf(pos));
        } else if (next.isKeyword("else")) {
            bump();
            if (peek().isKeyword("if")) {
                throw error(peek(), "use `elseif` instead of `else if`");
            }
            args.add(parseBlock(this::parseEq));
        }
        if (!isElseif) {
            expectEnd(word);
        }
        return node(mark, word.text, args);
    }

    private Object parseGlobalLocal(int mark, Token word) {
        bump();
        if (peek().isKeyword("const")) {
            Token constWord = bump();
            Declarations d = parseDeclarations();
            if (!d.hadAssignment) {
                throw error(constWord, "expected assignment after `const`");
            }
            return node(mark, "const", node(mark, word.text, d.items)); // Julia normalizes `global const` to `const global`
        }
        List<Object> items = parseDeclarations().items;
        if (items.size() == 1 && isExpr(items.get(0), "tuple")) {
            items = List.of(((Expr) items.get(0)).args()); // `global (x, y)` is `global x, y`
        }
        return node(mark, word.text, items);
    }

    private Object parseConst(int mark, Token word) {
        bump();
        Token scope = peek();
        boolean scoped = scope.isKeyword("global") || scope.isKeyword("local");
        int scopeMark = pos;
        if (scoped) {
            bump();
        }
        Declarations d = parseDeclarations();
        if (!d.hadAssignment) {
            throw error(word, "expected assignment after `const`");
        }
        return scoped ? node(mark, "const", node(scopeMark, scope.text, d.items)) : node(mark, "const", d.items);
    }

    private record Declarations(List<Object> items, boolean hadAssignment) {
    }

    /** {@code x, y} (several names) or one assignment such as {@code x, y = 1, 2} or {@code x += 1}. */
    private Declarations parseDeclarations() {
        int mark = pos;
        List<Object> items = new ArrayList<>();
        items.add(parsePair());
        boolean hadComma = false;
        while (peek().kind == COMMA) {
            bump();
            hadComma = true;
            if (!peek().isOp("=")) {
                items.add(parsePair());
            }
        }
        Token op = peek();
        if (!isBinaryOp(op, Prec.ASSIGNMENT)) {
            return new Declarations(items, false);
        }
        Object lhs = hadComma ? node(mark, "tuple", items) : items.get(0);
        return new Declarations(List.of(parseAssignmentRest(mark, lhs, this::parseComma)), op.isOp("="));
    }

    private Object parseFunction(int mark, Token word) {
        bump();
        skipNewlines();
        Signature signature = parseFunctionSignature(word.text.equals("function"));
        if (!signature.hasBody) {
            skipNewlines();
            expectEnd(word);
            return node(mark, word.text, signature.expr);
        }
        Expr body = parseBlock(this::parseEq);
        expectEnd(word);
        return node(mark, word.text, signature.expr, withLine(lineNode(word), body));
    }

    private record Signature(Object expr, boolean hasBody) {
    }

    /**
     * The part of a {@code function}/{@code macro} definition before the body. A leading
     * parenthesis is either an anonymous function's parameters {@code function (x, y)} or
     * part of the name, as in {@code function (p::Poly)(x)}.
     */
    private Signature parseFunctionSignature(boolean isFunction) {
        int mark = pos;
        Token first = peek();
        Object ex;
        boolean needsCall = true;
        if (!isFunction || first.kind != LPAREN) {
            ex = parseUnaryPrefix();
            if (last.kind == KEYWORD) {
                throw error(first, "invalid " + (isFunction ? "function" : "macro") + " name " + describe(first));
            }
        } else {
            bump();
            boolean emptyParens = peekAt(1, true).kind == RPAREN;
            Brackets b = parseBrackets(new Brackets(), RPAREN, true);
            boolean grouping = !b.hadCommas && !b.hadSplat && b.sections.isEmpty() && b.numItems == 1;
            needsCall = peekAt(1, grouping).kind == LPAREN || peekAt(1, grouping).isOp(".");
            boolean anonymous = (!needsCall && !(grouping && isEventuallyCall(b.positional.get(0)))) || b.hadCommas || (!grouping && !emptyParens);
            if (anonymous) {
                List<Object> params = arguments(b, false, true);
                // `function (xs...)` is written without the tuple
                ex = params.size() == 1 && isExpr(params.get(0), "...") ? params.get(0) : node(mark, "tuple", params);
            } else {
                ex = emptyParens ? node(mark, "tuple") : b.positional.get(0);
            }
        }
        if (needsCall) {
            ex = parseCallChain(mark, ex, false);
            if ((ex instanceof Symbol || isExpr(ex, "$")) && peekAt(1, true).isKeyword("end")) {
                return new Signature(ex, false);
            }
            if (!isExpr(ex, "call")) {
                throw error(firstTokenFrom(mark), "invalid " + (isFunction ? "function" : "macro") + " signature");
            }
        }
        if (isFunction && peek().isOp("::")) {
            bump();
            ex = node(mark, "::", ex, parseCall());
        }
        if (isWhere(peek())) {
            ex = parseWhereChain(mark, ex);
        }
        return new Signature(ex, true);
    }

    private Object parseAbstract(int mark, Token word) {
        bump(); // abstract
        bump(); // type
        Object spec = parseComparison(true);
        skipSeparators();
        expectEnd(word);
        return node(mark, "abstract", spec);
    }

    private Object parseStruct(int mark, Token word) {
        boolean mutable = word.text.equals("mutable");
        if (mutable) {
            bump();
        }
        bump(); // struct
        Object spec = parseComparison(true);
        Expr body = parseBlock(() -> parseDocstring(this::parseStructField));
        expectEnd(word);
        // Julia's Expr keeps a field's docstring as a plain string before the field
        List<Object> fields = new ArrayList<>();
        for (Object a : body.args()) {
            if (a instanceof Expr e && e.is("macrocall") && e.nargs() == 4 && e.arg(0) == DOC_MACRO) {
                fields.add(e.arg(2));
                fields.add(e.arg(3));
            } else {
                fields.add(a);
            }
        }
        return node(mark, "struct", mutable, spec, new Expr("block", fields.toArray()).at(body));
    }

    private Object parseStructField() {
        if (!peek().isKeyword("const")) {
            return parseEq();
        }
        int mark = pos;
        bump();
        return node(mark, "const", parseEq());
    }

    private Object parsePrimitive(int mark, Token word) {
        bump(); // primitive
        bump(); // type
        Object[] specAndBits = with((ctx | SPACE_SENSITIVE) & ~NEWLINE_IS_SPACE, () -> new Object[]{parseComparison(true), parseCond()});
        skipSeparators();
        expectEnd(word);
        return node(mark, "primitive", specAndBits[0], specAndBits[1]);
    }

    /** {@code (try body var-or-false catch-or-false [finally-or-false [else]])}, Julia's Expr order. */
    private Object parseTry(int mark, Token word) {
        bump();
        Expr body = parseBlock(this::parseEq);
        Object catchVar = false;
        Object catchBlock = false;
        Object finallyBlock = false;
        Object elseBlock = null;
        boolean hasCatch = peek().isKeyword("catch");
        if (hasCatch) {
            bump();
            Token t = peekRaw();
            if (t.kind != NEWLINE && !isClosing(t)) {
                catchVar = parseEqStar();
                if (!(catchVar instanceof Symbol) && !isExpr(catchVar, "$")) {
                    throw error(t, "a variable name is expected after `catch`");
                }
            }
            catchBlock = parseBlock(this::parseEq);
        }
        if (peek().isKeyword("else")) {
            if (!hasCatch) {
                throw error(peek(), "expected `catch` before `else`");
            }
            bump();
            elseBlock = parseBlock(this::parseEq);
        }
        boolean hasFinally = peek().isKeyword("finally");
        if (hasFinally) {
            bump();
            finallyBlock = parseBlock(this::parseEq);
        }
        expectEnd(word);
        if (!hasCatch && !hasFinally) {
            throw error(word, "`try` without `catch` or `finally`");
        }
        List<Object> args = new ArrayList<>(List.of(body, catchVar, catchBlock));
        if (hasFinally || elseBlock != null) {
            args.add(finallyBlock);
            if (elseBlock != null) {
                args.add(elseBlock);
            }
        }
        return node(mark, "try", args);
    }

    private Object parseReturn(int mark) {
        bump();
        Token t = peekRaw();
        return t.kind == NEWLINE || isClosing(t) ? node(mark, "return", NOTHING) : node(mark, "return", parseEq());
    }

    private Object parseBreakContinue(int mark, Token word) {
        bump();
        Expr e = node(mark, word.text);
        Token t = peekRaw();
        if (t.kind != NEWLINE && !isClosing(t) && !t.isOp(":")) {
            throw error(t, "unexpected " + describe(t) + " after `" + word.text + "`");
        }
        return e;
    }

    private Object parseModule(int mark, Token word) {
        bump();
        Token name = peek();
        if (name.kind == KEYWORD) {
            throw error(name, "invalid module name " + describe(name));
        }
        Object moduleName = parseUnaryPrefix();
        Expr body = parseBlock(() -> parseDocstring(this::parseEq));
        expectEnd(word);
        return node(mark, "module", word.text.equals("module"), moduleName, withLine(lineNode(word), body));
    }

    private Object parseExport(int mark) {
        bump();
        List<Object> names = new ArrayList<>();
        names.add(parseImportName());
        while (peek().kind == COMMA) {
            bump();
            names.add(parseImportName());
        }
        return node(mark, "export", names);
    }

    /** {@code using A, B}, {@code import A.B}, {@code using .M: a, b}, {@code import M: f as g}. */
    private Object parseImports(int mark, Token word) {
        bump();
        List<Object> items = new ArrayList<>();
        Object first = parseImport(word, false);
        Token t = peek();
        if (t.isOp(":") && !t.spaceBefore) {
            bump();
            List<Object> names = new ArrayList<>();
            names.add(first);
            names.add(parseImport(word, true));
            while (peek().kind == COMMA) {
                bump();
                names.add(parseImport(word, true));
            }
            items.add(node(mark, ":", names));
        } else {
            items.add(first);
            while (peek().kind == COMMA) {
                bump();
                items.add(parseImport(word, false));
            }
        }
        return node(mark, word.text, items);
    }

    private Object parseImport(Token word, boolean afterColon) {
        int mark = pos;
        Object path = parseImportPath();
        if (!peek().isIdentifier("as")) {
            return path;
        }
        Token as = bump();
        if (word.text.equals("using") && !afterColon) {
            throw error(as, "`using` with `as` renaming requires a `:` and context module");
        }
        return node(mark, "as", path, parseImportName());
    }

    /** A module path {@code ..A.B.c} as {@code (. . . A B c)}. */
    private Object parseImportPath() {
        skipNewlines();
        int mark = pos;
        List<Object> parts = new ArrayList<>();
        for (Token t = peek(); t.isOp(".") || t.isOp("..") || t.isOp("..."); t = peek()) {
            bump();
            for (int i = 0; i < t.text.length(); i++) {
                parts.add(DOT);
            }
        }
        parts.add(parseImportName());
        for (;;) {
            Token t = peek();
            if (t.isOp(".")) {
                bump();
                parts.add(parseImportName());
            } else if (t.kind == OPERATOR && t.dotted && !t.spaceBefore) {
                bump(); // `Base.+` arrives as the broadcast operator token `.+`
                parts.add(Symbol.of(t.base));
            } else {
                return node(mark, ".", parts);
            }
        }
    }

    /** A name in an import or export list: an identifier, operator, {@code @macro} or {@code $x}. */
    private Object parseImportName() {
        skipNewlines();
        Token t = peek();
        if (t.kind == MACRO_NAME) {
            bump();
            return Symbol.of(t.text);
        }
        Object name = parseUnaryPrefix();
        if (name instanceof QuoteNode q) {
            name = q.value; // `import A.:+`
        }
        if (name instanceof Symbol || isExpr(name, "$")) {
            return name;
        }
        throw error(t, "expected identifier");
    }

    // ---- blocks ----

    /** Statements up to {@code end}/{@code else}/{@code elseif}/{@code catch}/{@code finally}, each after its line node. */
    private Expr parseBlock(Supplier<Object> statement) {
        int mark = pos;
        int startLine = toks[mark].line;
        List<Object> args = new ArrayList<>();
        for (;;) {
            skipSeparators();
            Token t = peek();
            if (t.kind == EOF || isBlockContinuation(t)) {
                break;
            }
            if (isClosing(t)) {
                throw unexpected(t);
            }
            args.add(lineNode(t));
            args.add(statement.get());
            Token next = peekRaw();
            if (next.kind != NEWLINE && next.kind != SEMICOLON && next.kind != EOF && !isBlockContinuation(next)) {
                throw extraToken(next);
            }
        }
        if (args.isEmpty()) {
            args.add(new LineNumberNode(startLine, fileName)); // Julia gives an empty block the line where it starts
        }
        return node(mark, "block", args);
    }

    private void expectEnd(Token opener) {
        Token t = peek();
        if (!t.isKeyword("end")) {
            throw unexpected(t, "`end` to close `" + opener.text + "` on line " + opener.line);
        }
        bump();
    }

    /** {@code body} as a block starting with {@code line}: the body of {@code ->} and of short function definitions. */
    private Expr bodyWithLine(LineNumberNode line, int bodyMark, Object body) {
        return body instanceof Expr e && e.is("block") ? withLine(line, e) : node(bodyMark, "block", line, body);
    }

    /** Loop bodies end with the line of their {@code end} (the just consumed token), as in Julia. */
    private Expr withEndLine(Expr body) {
        Object[] args = new Object[body.nargs() + 1];
        System.arraycopy(body.args(), 0, args, 0, body.nargs());
        args[body.nargs()] = lineNode(last);
        return new Expr("block", args).at(body);
    }

    private static Expr withLine(LineNumberNode line, Expr block) {
        Object[] args = new Object[block.nargs() + 1];
        args[0] = line;
        System.arraycopy(block.args(), 0, args, 1, block.nargs());
        return new Expr("block", args).at(block);
    }

    // ---- iteration and generators ----

    private List<Object> parseIterationSpecs() {
        List<Object> specs = new ArrayList<>();
        specs.add(parseIterationSpec());
        while (peek().kind == COMMA) {
            bump();
            specs.add(parseIterationSpec());
        }
        return specs;
    }

    /** {@code i = r}, {@code i in r}, {@code i ∈ r} and {@code outer i in r}, all written {@code (= i r)}. */
    private Object parseIterationSpec() {
        int mark = pos;
        Object target = with((ctx | SPACE_SENSITIVE) & ~NEWLINE_IS_SPACE, this::parsePipeLt);
        if (target == OUTER && last.isIdentifier("outer") && !isIterationOperator(peek())) {
            target = node(mark, "outer", parsePipeLt());
        }
        Token op = peek();
        if (!isIterationOperator(op)) {
            throw unexpected(op, "`=`, `in` or `∈` in the iteration specification");
        }
        bump();
        return node(mark, "=", target, parsePipeLt());
    }

    private static boolean isIterationOperator(Token t) {
        return t.isOp("=") || t.isOp("∈") || t.isIdentifier("in");
    }

    /**
     * {@code x for a in as if p for b in bs}: Julia nests one {@code generator} per {@code for}
     * (innermost last) and wraps all but the innermost in {@code flatten}.
     */
    private Object parseGenerator(int mark, Object element) {
        List<List<Object>> clauses = new ArrayList<>();
        for (Token t = peek(); t.isKeyword("for"); t = peek()) {
            if (!t.spaceBefore) {
                throw error(t, "expected space before `for` in generator");
            }
            bump();
            int iterMark = pos;
            List<Object> specs = parseIterationSpecs();
            if (peek().isKeyword("if")) {
                bump();
                specs.add(0, parseCond());
                specs = new ArrayList<>(List.of(node(iterMark, "filter", specs)));
            }
            clauses.add(specs);
        }
        Object generator = element;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            generator = node(mark, "generator", prepend(generator, clauses.get(i)));
            if (i < clauses.size() - 1) {
                generator = node(mark, "flatten", generator);
            }
        }
        return generator;
    }

    // ---- brackets ----

    /** Items of {@code ( )}, {@code [ ]} or {@code { }} split into positional ones and {@code ;} sections. */
    private static final class Brackets {
        final List<Object> positional = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        /** First token of every item in source order (for line nodes of a parenthesized block). */
        final List<Token> itemStarts = new ArrayList<>();
        int numItems;
        boolean hadCommas;
        boolean hadSplat;
        boolean trailingComma;

        void add(Object item, Token start) {
            (sections.isEmpty() ? positional : sections.get(sections.size() - 1).items).add(item);
            itemStarts.add(start);
        }
    }

    /** The items after one {@code ;}: keyword arguments, or statements of {@code (a; b)}. */
    private static final class Section {
        final Token semicolon;
        final List<Object> items = new ArrayList<>();
        Token end;

        Section(Token semicolon) {
            this.semicolon = semicolon;
            this.end = semicolon;
        }
    }

    private Brackets parseCallArgumentList(TokenKind closer) {
        return with(ctx | FOR_GENERATOR, () -> parseBrackets(new Brackets(), closer, false));
    }

    /** Comma- and semicolon-separated items up to and including {@code closer}; newlines are whitespace here. */
    private Brackets parseBrackets(Brackets b, TokenKind closer, boolean generatorIsLast) {
        return with((ctx | RANGE_COLON | WHERE_ENABLED | NEWLINE_IS_SPACE) & ~SPACE_SENSITIVE, () -> {
            for (;;) {
                Token t = peek();
                if (t.kind == closer) {
                    break;
                } else if (t.kind == SEMICOLON) {
                    endSection(b);
                    b.sections.add(new Section(bump()));
                    continue;
                } else if (isClosing(t)) {
                    break;
                }
                int itemMark = pos;
                Token start = peek();
                Object item = parseEqStar();
                b.numItems++;
                b.trailingComma = false;
                if (b.numItems == 1) {
                    b.hadSplat = isExpr(item, "...");
                }
                if (peek().isKeyword("for")) {
                    item = parseGenerator(itemMark, item);
                    if (generatorIsLast) {
                        b.add(item, start);
                        break;
                    }
                }
                b.add(item, start);
                Token next = peek();
                if (next.kind == COMMA) {
                    bump();
                    b.hadCommas = true;
                    b.trailingComma = true;
                } else if (next.kind != SEMICOLON && next.kind != closer) {
                    break;
                }
            }
            endSection(b);
            expectClosing(closer, peek().kind == EOF ? closingText(closer) : "`,` or " + closingText(closer));
            return b;
        });
    }

    private void endSection(Brackets b) {
        if (!b.sections.isEmpty()) {
            b.sections.get(b.sections.size() - 1).end = last;
        }
    }

    /**
     * Arguments in Julia's Expr order: positional items ({@code =} turned into {@code kw} where
     * requested), with the {@code ;} sections as nested {@code parameters} moved to the front.
     */
    private List<Object> arguments(Brackets b, boolean equalsIsKeyword, boolean keywordsInParameters) {
        List<Object> args = new ArrayList<>(b.positional.size() + 1);
        Expr parameters = null;
        for (int i = b.sections.size() - 1; i >= 0; i--) {
            Section s = b.sections.get(i);
            List<Object> items = new ArrayList<>();
            if (parameters != null) {
                items.add(parameters);
            }
            for (Object item : s.items) {
                items.add(keywordsInParameters ? toKeyword(item) : item);
            }
            parameters = new Expr("parameters", items.toArray()).at(s.semicolon.line, s.semicolon.column, s.semicolon.start, s.end.end);
        }
        if (parameters != null) {
            args.add(parameters);
        }
        for (Object item : b.positional) {
            args.add(equalsIsKeyword ? toKeyword(item) : item);
        }
        return args;
    }

    private static Object toKeyword(Object item) {
        return item instanceof Expr e && e.is("=") && e.nargs() == 2 ? new Expr("kw", e.args()).at(e) : item;
    }

    /** Parentheses: {@code ()}, tuples, named tuples, {@code (a; b)} blocks, or just grouping. */
    private Object parseParen(boolean checkIdentifiers) {
        int mark = pos;
        return with((ctx | RANGE_COLON | WHERE_ENABLED | NEWLINE_IS_SPACE) & ~SPACE_SENSITIVE, () -> {
            bump();
            Token t = peek();
            if (t.kind == RPAREN) {
                bump();
                return node(mark, "tuple");
            }
            if ((isSyntacticOperator(t) || (!checkIdentifiers && t.isOp("::"))) && peek(2).kind == RPAREN) {
                Object op = parseAtom(checkIdentifiers); // `:(=)`
                bump();
                return op;
            }
            boolean initialSemicolon = t.kind == SEMICOLON;
            if (!initialSemicolon && firstSeparatorIsSemicolon()) {
                return parseParenStatements(mark);
            }
            Brackets b = parseBrackets(new Brackets(), RPAREN, true);
            int semis = b.sections.size();
            Object lastItem = b.numItems == 0 ? null : b.sections.isEmpty() ? b.positional.get(b.positional.size() - 1) : null;
            boolean isTuple = b.hadCommas || (b.hadSplat && semis >= 1) || (initialSemicolon && (semis == 1 || b.numItems > 0)) ||
                            (peek().isOp("->") && !isExpr(lastItem, "where"));
            if (isTuple) {
                Expr tuple = node(mark, "tuple", arguments(b, false, true));
                if (b.trailingComma) {
                    lastTupleWithTrailingComma = tuple;
                }
                return tuple;
            }
            return semis > 0 ? parenBlock(mark, b) : b.positional.get(0);
        });
    }

    /**
     * Whether the first separator inside these parentheses (after the opening one, outside
     * nested brackets and blocks) is a {@code ;}: then they hold statements, {@code (x = 1; a, b =
     * f(); a + b)}, and commas inside a statement make tuples, not arguments.
     */
    private boolean firstSeparatorIsSemicolon() {
        int depth = 0;
        int blocks = 0;
        for (int i = pos; i < toks.length; i++) {
            Token t = toks[i];
            switch (t.kind) {
                case LPAREN, LBRACKET, LBRACE -> depth++;
                case RPAREN, RBRACKET, RBRACE -> {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
                case COMMA -> {
                    if (depth == 0 && blocks == 0) {
                        return false;
                    }
                }
                case SEMICOLON -> {
                    if (depth == 0 && blocks == 0) {
                        // but `(x; k = 1, j = 2) -> ...` is an anonymous function's parameters
                        return !closedBeforeArrow(i);
                    }
                }
                case KEYWORD -> {
                    if (depth == 0) {
                        if (t.text.equals("end")) {
                            blocks--;
                        } else if (BLOCK_KEYWORDS.contains(t.text)) {
                            blocks++;
                        }
                    }
                }
                case EOF, ERROR -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether the parenthesis open at token {@code from} closes right before a {@code ->}. */
    private boolean closedBeforeArrow(int from) {
        int depth = 0;
        for (int i = from; i < toks.length; i++) {
            switch (toks[i].kind) {
                case LPAREN, LBRACKET, LBRACE -> depth++;
                case RPAREN, RBRACKET, RBRACE -> {
                    if (depth == 0) {
                        return i + 1 < toks.length && toks[i + 1].isOp("->");
                    }
                    depth--;
                }
                case EOF, ERROR -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static final Set<String> BLOCK_KEYWORDS = Set.of("begin", "if", "for", "while", "let", "function", "try", "quote", "do", "struct",
                    "module", "baremodule", "macro");

    /** {@code (a; b, c = 1, 2; d)}: statements, each parsed as at top level (commas make tuples). */
    private Expr parseParenStatements(int mark) {
        List<Object> args = new ArrayList<>();
        boolean first = true;
        while (true) {
            Token start = peek();
            if (start.kind == RPAREN) {
                bump();
                break;
            }
            if (!first) {
                args.add(lineNode(start));
            }
            args.add(parseEq());
            first = false;
            Token t = peek();
            if (t.kind == SEMICOLON) {
                bump();
            } else if (t.kind != RPAREN) {
                throw unexpected(t);
            }
        }
        return node(mark, "block", args);
    }

    /** {@code (a; b)}: a block whose first statement has no line node, as in Julia. */
    private Expr parenBlock(int mark, Brackets b) {
        List<Object> args = new ArrayList<>();
        List<Object> items = new ArrayList<>(b.positional);
        for (Section s : b.sections) {
            items.addAll(s.items);
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                args.add(lineNode(b.itemStarts.get(i)));
            }
            args.add(items.get(i));
        }
        return node(mark, "block", args);
    }

    /**
     * The inside of {@code [ ]} or {@code { }} after the opening bracket: {@code vect},
     * {@code hcat}, {@code vcat}, {@code ncat} or {@code comprehension}. Spaces separate elements.
     */
    private Expr parseCat(int mark, TokenKind closer, boolean endSymbol) {
        int catCtx = ((ctx | RANGE_COLON | SPACE_SENSITIVE | WHERE_ENABLED | FOR_GENERATOR) & ~(NEWLINE_IS_SPACE | END_SYMBOL)) | (endSymbol ? END_SYMBOL : 0);
        return with(catCtx, () -> {
            Token t = peekAt(1, true);
            if (t.kind == closer) {
                skipNewlines();
                bump();
                return node(mark, "vect");
            } else if (t.kind == SEMICOLON) {
                // `[;]` is an empty vcat, `[;;]` an empty 2-d ncat (JuliaSyntax's `(ncat-2)`)
                int count = -parseArraySeparator(closer);
                if (peek().kind != closer) {
                    throw unexpected(t);
                }
                bump();
                return count == 1 ? node(mark, "vcat") : node(mark, "ncat", (long) count);
            }
            skipNewlines();
            int firstMark = pos;
            Token firstToken = peek();
            Object first = parseEqStar();
            Token next = peekAt(1, true);
            if (next.kind == COMMA || (isClosing(next) && next.kind != SEMICOLON)) {
                Brackets b = new Brackets();
                b.add(first, firstToken);
                b.numItems = 1;
                if (next.kind == COMMA) {
                    skipNewlines();
                    bump();
                    b.hadCommas = true;
                }
                return node(mark, "vect", arguments(parseBrackets(b, closer, true), false, false));
            }
            if (next.isKeyword("for")) {
                return with((ctx | NEWLINE_IS_SPACE) & ~(SPACE_SENSITIVE | END_SYMBOL), () -> {
                    Object generator = parseGenerator(firstMark, first);
                    expectClosing(closer, closingText(closer));
                    return node(mark, "comprehension", generator);
                });
            }
            return parseArray(mark, closer, first, firstToken);
        });
    }

    /** No separator follows: the element list ended. */
    private static final int NO_SEPARATOR = Integer.MIN_VALUE;

    /**
     * Matrix syntax: elements separated by spaces (binding power 0), newlines or {@code ;} (-1),
     * and {@code ;;}... (-n). The lowest binding power present decides the head; tighter groups
     * become {@code row}/{@code nrow} children.
     */
    private Expr parseArray(int mark, TokenKind closer, Object first, Token firstToken) {
        List<Object> elements = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        List<Token> ends = new ArrayList<>();
        List<Integer> separators = new ArrayList<>();
        elements.add(first);
        starts.add(firstToken);
        ends.add(last);
        int lowest = 0;
        for (;;) {
            int separator = parseArraySeparator(closer);
            if (separator == NO_SEPARATOR) {
                break;
            }
            lowest = Math.min(lowest, separator);
            if (isClosing(peek())) {
                break; // a trailing separator, as in `[a;]`
            }
            separators.add(separator);
            starts.add(peek());
            elements.add(parseEqStar());
            ends.add(last);
        }
        expectClosing(closer, closingText(closer));
        Expr top = (Expr) concatenation(elements, separators, starts, ends, 0, elements.size() - 1, lowest, true);
        return node(mark, top.head, top.args());
    }

    private int parseArraySeparator(TokenKind closer) {
        Token t = peekAt(1, true);
        if (t.kind == SEMICOLON) {
            skipNewlines();
            int count = 0;
            while (peekRaw().kind == SEMICOLON) {
                Token semicolon = bump();
                if (count > 0 && semicolon.spaceBefore) {
                    throw error(semicolon, "whitespace is not allowed between `;` of an array separator");
                }
                count++;
            }
            skipNewlines();
            return -count;
        }
        t = peekRaw();
        if (t.kind == NEWLINE) {
            skipNewlines();
            return peek().kind == closer ? NO_SEPARATOR : -1;
        } else if (t.kind == COMMA) {
            throw error(t, "unexpected comma in array expression");
        }
        return t.spaceBefore && !isClosing(t) ? 0 : NO_SEPARATOR;
    }

    private Object concatenation(List<Object> elements, List<Integer> separators, List<Token> starts, List<Token> ends, int from, int to, int lowest,
                    boolean top) {
        if (from == to && !top) {
            return elements.get(from);
        }
        List<Object> children = new ArrayList<>();
        int groupStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || separators.get(i) == lowest) {
                int groupLowest = 0;
                for (int j = groupStart; j < i; j++) {
                    groupLowest = Math.min(groupLowest, separators.get(j));
                }
                children.add(concatenation(elements, separators, starts, ends, groupStart, i, groupLowest, false));
                groupStart = i + 1;
            }
        }
        String head;
        if (top) {
            head = lowest == 0 ? "hcat" : lowest == -1 ? "vcat" : "ncat";
        } else {
            head = lowest == 0 ? "row" : "nrow";
        }
        if (lowest < -1 || (!top && lowest < 0)) {
            children.add(0, (long) -lowest); // the dimension of ncat/nrow
        }
        Token start = starts.get(from);
        return new Expr(head, children.toArray()).at(start.line, start.column, start.start, ends.get(to).end);
    }

    /** {@code {a, b}} and {@code {a b}}, which Julia parses (and lowering rejects). */
    private Expr braces(int mark, Expr cat) {
        if (cat.is("vect")) {
            return node(mark, "braces", cat.args());
        } else if (cat.is("comprehension")) {
            return node(mark, "braces", cat.arg(0));
        } else if (cat.is("hcat")) {
            return node(mark, "bracescat", new Expr("row", cat.args()).at(cat));
        }
        return node(mark, "bracescat", cat.args());
    }

    private void expectClosing(TokenKind closer, String expected) {
        Token t = peek();
        if (t.kind != closer) {
            throw unexpected(t, expected);
        }
        bump();
    }

    private static String closingText(TokenKind closer) {
        return closer == RPAREN ? "`)`" : closer == RBRACKET ? "`]`" : "`}`";
    }

    // ---- atoms ----

    /** Names, literals, operators as values, quoted symbols, brackets, macro calls and strings. */
    private Object parseAtom(boolean checkIdentifiers) {
        skipNewlines();
        int mark = pos;
        Token t = peek();
        switch (t.kind) {
            case IDENTIFIER:
                bump();
                Token next = peekRaw();
                if (t.text.equals("var") && next.kind == STRING && !next.spaceBefore) {
                    bump();
                    return Symbol.of(((StringLiteral) next.value).text()); // var"any name"
                }
                return Symbol.of(t.text);
            case INTEGER, UNSIGNED, FLOAT, BOOL, CHAR:
                bump();
                return t.value;
            case STRING:
                bump();
                return stringLiteral(mark, t);
            case MACRO_NAME:
                bump();
                return parseCallChain(mark, macroName(mark, t), true);
            case LPAREN:
                return parseParen(checkIdentifiers);
            case LBRACKET:
                bump();
                return parseCat(mark, RBRACKET, has(END_SYMBOL));
            case LBRACE:
                bump();
                return braces(mark, parseCat(mark, RBRACE, has(END_SYMBOL)));
            case KEYWORD:
                if (checkIdentifiers && isClosing(t)) {
                    throw unexpected(t);
                }
                bump();
                return Symbol.of(t.text);
            case OPERATOR:
                if (t.isOp(":")) {
                    return parseQuote();
                }
                if (checkIdentifiers && (isSyntacticOperator(t) || t.isOp("?"))) {
                    throw unexpected(t);
                }
                bump();
                return t.dotted && !isSyntacticOperator(t) ? node(mark, ".", Symbol.of(t.base)) : Symbol.of(t.text);
            default:
                throw unexpected(t);
        }
    }

    /** {@code :name}, {@code :(expr)}; a {@code :} before a closing token is the colon itself ({@code a[:]}). */
    private Object parseQuote() {
        int mark = pos;
        Token next = peek(2);
        if (isClosing(next) && (next.kind != KEYWORD || next.spaceBefore)) {
            bump();
            return COLON;
        }
        bump();
        if (next.spaceBefore || next.kind == NEWLINE) {
            throw error(next, "whitespace not allowed after `:` used for quoting");
        }
        return parseQuotedAtom(mark);
    }

    /** The atom after a quoting {@code :} (whose index is {@code mark}); keywords are plain names here. */
    private Object parseQuotedAtom(int mark) {
        Token first = peek();
        Object value = with(ctx & ~END_SYMBOL, () -> parseAtom(false));
        return quoted(mark, last == first ? bareOperator(value) : value);
    }

    /** The callee of {@code ex(...)} or {@code ex{...}}, where {@code ex} was just parsed. */
    private Object asCallee(Object ex) {
        return last.kind == OPERATOR ? bareOperator(ex) : ex;
    }

    /** {@code .+} written bare (not in parentheses) as a callee or quoted is one symbol; elsewhere it is {@code (. +)}. */
    private static Object bareOperator(Object ex) {
        return ex instanceof Expr e && e.is(".") && e.nargs() == 1 ? Symbol.of("." + e.arg(0)) : ex;
    }

    /** Julia's quote: simple values become a QuoteNode, expressions {@code (quote ex)}. */
    private Object quoted(int mark, Object value) {
        return value instanceof Expr || value instanceof QuoteNode || value instanceof Boolean ? node(mark, "quote", value) : new QuoteNode(value);
    }

    /** {@code @m}, or {@code @A.B.m}, which names macro {@code m} of module {@code A.B}: {@code (. (. A B) (quote @m))}. */
    private Object macroName(int mark, Token at) {
        String first = at.text.substring(1);
        List<String> path = new ArrayList<>();
        path.add(first);
        while (peekRaw().isOp(".") && !peekRaw().spaceBefore && peekAt(2, false).kind == IDENTIFIER && !peekAt(2, false).spaceBefore) {
            bump();
            path.add(bump().text);
        }
        if (path.size() == 1) {
            return Symbol.of(at.text);
        }
        Object name = Symbol.of(first);
        for (int i = 1; i < path.size(); i++) {
            String part = i == path.size() - 1 ? "@" + path.get(i) : path.get(i);
            name = node(mark, ".", name, new QuoteNode(Symbol.of(part)));
        }
        return name;
    }

    /** A string literal: a String, or {@code (string parts...)} when it interpolates; a command becomes {@code @cmd}. */
    private Object stringLiteral(int mark, Token t) {
        StringLiteral literal = (StringLiteral) t.value;
        if (literal.command()) {
            return node(mark, "macrocall", CMD_MACRO, lineNode(t), literal.text());
        }
        List<Object> parts = literal.parts();
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1 && parts.get(0) instanceof String s) {
            return s;
        }
        Object[] args = new Object[parts.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = parts.get(i) instanceof Interpolation interpolation ? parseInterpolation(interpolation) : parts.get(i);
        }
        return node(mark, "string", args);
    }

    /** The expression of {@code $( ... )}, parsed from the tokens the lexer collected; an interpolated literal string stays distinguishable. */
    private Object parseInterpolation(Interpolation interpolation) {
        Parser inner = new Parser(source, fileName, interpolation.tokens());
        inner.ctx = NORMAL | NEWLINE_IS_SPACE;
        Object ex = inner.parseEqStar();
        Token close = inner.peek();
        if (close.kind != RPAREN) {
            throw inner.unexpected(close, "`)` to end the interpolation");
        }
        return ex instanceof String s ? inner.node(0, "string", s) : ex;
    }

    // ---- token access ----

    /** The next token; newlines are skipped where the context treats them as whitespace. */
    private Token peek() {
        return checked(peekAt(1, has(NEWLINE_IS_SPACE)));
    }

    private Token peek(int n) {
        return peekAt(n, has(NEWLINE_IS_SPACE));
    }

    /** The next token, newlines included. */
    private Token peekRaw() {
        return checked(toks[pos]);
    }

    /** The n-th upcoming token (1-based), optionally skipping newlines. */
    private Token peekAt(int n, boolean skipNewlines) {
        int i = pos;
        for (int k = n;; k--) {
            if (skipNewlines) {
                while (toks[i].kind == NEWLINE) {
                    i++;
                }
            }
            if (k == 1 || i == toks.length - 1) {
                return toks[i];
            }
            i++;
        }
    }

    private Token bump() {
        if (has(NEWLINE_IS_SPACE)) {
            skipNewlines();
        }
        Token t = checked(toks[pos]);
        if (t.kind != EOF) {
            pos++;
        }
        if (t.kind != NEWLINE) {
            last = t;
        }
        return t;
    }

    private void skipNewlines() {
        while (toks[pos].kind == NEWLINE) {
            pos++;
        }
    }

    private void skipSeparators() {
        while (toks[pos].kind == NEWLINE || toks[pos].kind == SEMICOLON) {
            pos++;
        }
    }

    /** Lexical errors surface when the parser reaches them, so earlier syntax errors win. */
    private Token checked(Token t) {
        if (t.kind == TokenKind.ERROR) {
            throw error(t, t.text);
        }
        return t;
    }

    private Token firstTokenFrom(int mark) {
        int i = mark;
        while (toks[i].kind == NEWLINE) {
            i++;
        }
        return toks[i];
    }

    // ---- building ----

    /** An Expr spanning from the first token at or after {@code mark} to the last consumed token. */
    private Expr node(int mark, String head, Object... args) {
        return node(mark, Symbol.of(head), args);
    }

    private Expr node(int mark, Symbol head, Object... args) {
        Token first = firstTokenFrom(mark);
        int end = last != null && last.end >= first.start ? last.end : first.start;
        return new Expr(head, args).at(first.line, first.column, first.start, end);
    }

    private Expr node(int mark, String head, List<Object> args) {
        return node(mark, head, args.toArray());
    }

    private LineNumberNode lineNode(Token t) {
        return new LineNumberNode(t.line, fileName);
    }

    private LineNumberNode lineAt(int mark) {
        return lineNode(firstTokenFrom(mark));
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static boolean isExpr(Object o, String head) {
        return o instanceof Expr e && e.is(head);
    }

    private <T> T with(int newCtx, Supplier<T> body) {
        int saved = ctx;
        ctx = newCtx;
        try {
            return body.get();
        } finally {
            ctx = saved;
        }
    }

    private boolean has(int flag) {
        return (ctx & flag) != 0;
    }

    // ---- token classes ----

    private boolean isClosing(Token t) {
        return switch (t.kind) {
            case RPAREN, RBRACKET, RBRACE, COMMA, SEMICOLON, EOF -> true;
            default -> isBlockContinuation(t);
        };
    }

    /** {@code end else elseif catch finally}; {@code end} is a value inside indexing. */
    private boolean isBlockContinuation(Token t) {
        if (t.kind != KEYWORD) {
            return false;
        }
        return switch (t.text) {
            case "else", "elseif", "catch", "finally" -> true;
            case "end" -> !has(END_SYMBOL);
            default -> false;
        };
    }

    private static boolean isOperator(Token t) {
        return t.kind == OPERATOR || (t.kind == IDENTIFIER && t.prec != Prec.NONE);
    }

    private static boolean isBinaryOp(Token t, int prec) {
        return t.prec == prec && isOperator(t);
    }

    private static boolean isNumber(Token t) {
        return switch (t.kind) {
            case INTEGER, UNSIGNED, FLOAT, BOOL -> true;
            default -> false;
        };
    }

    /** A number literal's value (Julia counts Bool among them). */
    private static boolean isNumericLiteral(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Int128 || value instanceof UInt8 || value instanceof UInt16 ||
                        value instanceof UInt32 || value instanceof UInt64 || value instanceof UInt128;
    }

    private static boolean isWhere(Token t) {
        return t.isIdentifier("where");
    }

    private static boolean isTypeOperator(Token t) {
        return t.kind == OPERATOR && !t.dotted && (t.text.equals("<:") || t.text.equals(">:"));
    }

    private static boolean isUnaryOperator(Token t) {
        return isTypeOperator(t) || (t.kind == OPERATOR && UNARY_OPERATORS.contains(t.base));
    }

    private static boolean isUnaryAndBinary(Token t) {
        return t.kind == OPERATOR && (UNARY_AND_BINARY.contains(t.base) || (!t.dotted && (t.base.equals("$") || t.base.equals("&") || t.base.equals("~"))));
    }

    /** {@code $x}, {@code &x} and {@code ::T} are syntax, not calls. */
    private static boolean isSyntacticUnary(Token t) {
        return t.kind == OPERATOR && (t.base.equals("$") || t.base.equals("&") || t.base.equals("::"));
    }

    private static boolean isSyntacticOperator(Token t) {
        return t.kind == OPERATOR && (SYNTACTIC_OPERATORS.contains(t.base) || (t.prec == Prec.ASSIGNMENT && !CALL_ASSIGNMENTS.contains(t.base)));
    }

    private static boolean isRadical(Token t) {
        return t.kind == OPERATOR && (t.text.equals("√") || t.text.equals("∛") || t.text.equals("∜"));
    }

    private Object parseRightAssociative(Supplier<Object> down, int prec, Supplier<Object> self) {
        int mark = pos;
        Object lhs = down.get();
        Token op = peek();
        if (!isBinaryOp(op, prec)) {
            return lhs;
        }
        bump();
        return node(mark, "call", Symbol.of(op.text), lhs, self.get());
    }

    private Object parseLeftAssociative(Supplier<Object> down, int prec) {
        int mark = pos;
        Object ex = down.get();
        for (Token op = peek(); isBinaryOp(op, prec); op = peek()) {
            bump();
            ex = node(mark, "call", Symbol.of(op.text), ex, down.get());
        }
        return ex;
    }

    // ---- errors ----

    private ParseError error(Token at, String detail) {
        return new ParseError(fileName, at.line, at.column, at.start, detail, at.kind == EOF || at.incomplete);
    }

    private ParseError unexpected(Token t) {
        return error(t, t.kind == EOF ? "unexpected end of input" : "unexpected " + describe(t));
    }

    private ParseError unexpected(Token t, String expected) {
        return error(t, t.kind == EOF ? "expected " + expected : "unexpected " + describe(t) + ", expected " + expected);
    }

    private ParseError extraToken(Token t) {
        return isClosing(t) ? unexpected(t) : error(t, "extra token " + describe(t) + " after end of expression");
    }

    private String describe(Token t) {
        return switch (t.kind) {
            case NEWLINE -> "newline";
            case EOF -> "end of input";
            default -> {
                String text = source.substring(t.start, t.end);
                yield "`" + (text.length() > 20 ? text.substring(0, 17) + "..." : text) + "`";
            }
        };
    }
}
