package org.trufflejl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Turns syntax back into Julia source text as Julia 1.10's {@code show_unquoted} does
 * (base/show.jl): {@link #toSource} is {@code print(ex)}/{@code string(ex)}, {@link #show} is
 * {@code show(ex)} ({@code :(...)}, or {@code quote ... end} for a block). Blocks and
 * block-like forms ({@code if}, {@code for}, {@code function}...) print on several lines,
 * indented by four spaces; line number nodes print as {@code #= file:line =#}; operands are
 * parenthesized by Julia's precedence rule, so {@code (a - b) - c} keeps its parentheses and a
 * lambda inside a call shows as {@code (x->x + 1)}, as Julia prints them.
 */
public final class ExprPrinter {
    private static final int INDENT = 4;
    private static final int PREC_POWER = 15;
    private static final int PREC_DECL = 16;

    /** Whether {@code name} is an operator ({@code +}, {@code .=}, {@code ∈}, {@code isa}...). */
    public static boolean isOperator(String name) {
        // dotted operators (.+, .*, .=) are operators too, as Julia's jl_is_operator has them
        return Prec.of(name) != Prec.NONE || name.length() > 1 && name.charAt(0) == '.' && name.charAt(1) != '.' && Prec.of(name.substring(1)) != Prec.NONE;
    }

    /** Julia's {@code Base.isidentifier}: a name that parses as a variable (not an operator, not true/false). */
    public static boolean isIdentifier(String name) {
        return !name.equals("true") && !name.equals("false") && !isOperator(name) && Lexer.isPlainSymbol(name);
    }

    /** Julia's {@code Base.isunaryoperator}. */
    public static boolean isUnaryOperator(String name) {
        String base = name.length() > 1 && name.charAt(0) == '.' ? name.substring(1) : name;
        return UNI_OPS.contains(base) || base.equals("⋆");
    }

    /** Julia's {@code Base.isbinaryoperator}: an operator, not one only used in prefix or postfix position. */
    public static boolean isBinaryOperator(String name) {
        // (Julia's: not unary, unless one of its unary-and-binary-ops)
        return isOperator(name) && !isPostfixOperator(name) && (!isUnaryOperator(name) || UNARY_AND_BINARY.contains(name));
    }

    /** Julia's {@code Base.ispostfixoperator}: the adjoint {@code '} (with suffixes). */
    public static boolean isPostfixOperator(String name) {
        return name.startsWith("'") || name.startsWith(".'");
    }

    /** How a symbol shows, as Julia's show: {@code :x}, {@code :+}, {@code :(==)}, {@code Symbol("a b")}. */
    public static String showSymbol(String name) {
        if (QUOTED_SYMS.contains(name)) {
            return ":(" + name + ")";
        }
        // as Julia's show_unquoted_quote_expr: identifiers (not true/false) and operators
        return isIdentifier(name) || isOperator(name) && !name.equals("'") ? ":" + name : null;
    }

    /**
     * A function's name as Julia's {@code show_sym} writes it: plain for an identifier or an
     * operator (and an anonymous function's {@code #1}), else {@code var"@m"}.
     */
    public static String showName(String name) {
        boolean plain = isIdentifier(name) || isOperator(name) || name.startsWith("#") || name.isEmpty()
                        || name.indexOf('{') >= 0 || name.indexOf('(') >= 0 || name.indexOf('.') > 0; // (a type's or a qualified name)
        return plain ? name : "var" + org.trufflejl.runtime.Printing.quoteString(name);
    }

    /** Julia's {@code print(ex)}. */
    @TruffleBoundary
    public static String toSource(Object o) {
        ExprPrinter p = new ExprPrinter(false);
        p.unquoted(o, 0, -1);
        return p.sb.toString();
    }

    /** Julia's {@code show_unquoted(ex)} (as {@code @show} prints its expression): a macro call in call syntax, {@code @m(x)}. */
    @TruffleBoundary
    public static String showUnquoted(Object o) {
        ExprPrinter p = new ExprPrinter(false);
        p.unquoted(o, 0, 0);
        return p.sb.toString();
    }

    /** Julia's {@code show(ex)}: {@code :(a + b)}, {@code :x}, {@code quote ... end}. */
    @TruffleBoundary
    public static String show(Object o) {
        ExprPrinter p = new ExprPrinter(true);
        p.quoted(o, 0);
        return p.sb.toString();
    }

    private final StringBuilder sb = new StringBuilder();
    /** show (not print): an interpolation {@code $x} outside a quote falls back to {@code $(Expr(:$, ...))}. */
    private final boolean unquoteFallback;

    private ExprPrinter(boolean unquoteFallback) {
        this.unquoteFallback = unquoteFallback;
    }

    private static final Set<String> QUOTED_SYMS = Set.of(":", "::", ":=", "=", "==", "===", "=>");
    private static final Set<String> UNARY_AND_BINARY = Set.of("$", "&", "~", "+", "-", "⋆", "±", "∓", ".+", ".-", ".⋆", ".±", ".∓");
    private static final Set<String> UNI_OPS = Set.of("+", "-", "!", "¬", "~", "<:", ">:", "√", "∛", "∜", "∓", "±");
    private static final Set<String> INFIX_WIDE = Set.of("=", "+=", "-=", "*=", "/=", "\\=", "^=", "&=", "|=", "÷=", "%=", ">>>=", ">>=", "<<=",
                    ".=", ".+=", ".-=", ".*=", "./=", ".\\=", ".^=", ".&=", ".|=", ".÷=", ".%=", ".>>>=", ".>>=", ".<<=",
                    "&&", "||", "<:", "$=", "⊻=", ">:", "-->", ":=", "≔", "⩴", "≕");
    private static final Set<String> INFIX_NARROW = Set.of(":", "->", "::");
    private static final Set<String> BLOCK_HEADS = Set.of("for", "while", "function", "macro", "if", "elseif", "let");

    /** Julia's operator precedence (src/julia-parser.scm's table, lowest 1); 0 for a non-operator. */
    public static int precedence(String op) {
        switch (op) {
            case "=", "+=", "-=", "−=", "*=", "/=", "//=", "\\=", "^=", "÷=", "%=", "<<=", ">>=", ">>>=", "|=", "&=", "⊻=", "≔", "⩴", "≕", "~", ":=", "$=":
                return 1;
            case "=>":
                return 2;
            case "?":
                return 3;
            case "-->", "<--", "<-->", "←", "→", "↔":
                return 4;
            case "||":
                return 5;
            case "&&":
                return 6;
            case "in", "isa", ">", "<", ">=", "≥", "<=", "≤", "==", "===", "≡", "!=", "≠", "!==", "≢", "∈", "∉", "∋", "∌", "⊆", "⊈", "⊂", "⊄", "⊊",
                            "∝", "≈", "≉", "⊇", "⊃", "<:", ">:", "⊑", "⊒":
                return 7;
            case "<|":
                return 8;
            case "|>":
                return 9;
            case ":", "..", "…":
                return 10;
            case "$", "+", "-", "−", "|", "⊕", "⊖", "++", "∪", "∨", "⊔", "±", "∓", "⊻", "⊽":
                return 11;
            case "*", "/", "÷", "%", "&", "·", "⋅", "∘", "×", "\\", "∩", "∧", "⊗", "⊘", "⊙", "⊼":
                return 12;
            case "//":
                return 13;
            case "<<", ">>", ">>>":
                return 14;
            case "^", "↑", "↓":
                return 15;
            case "::":
                return 16;
            case ".":
                return 17;
            default:
                if (op.length() > 1 && op.charAt(0) == '.' && !op.equals("..") && !op.equals("...")) {
                    return precedence(op.substring(1)); // dotted operators bind as their plain form
                }
                return 0;
        }
    }

    private static boolean isOperatorSymbol(Object o) {
        return o instanceof Symbol s && (precedence(s.name) > 0 || UNI_OPS.contains(s.name));
    }

    private static boolean isSyntacticOperator(String name) {
        return INFIX_WIDE.contains(name) && !name.equals("<:") && !name.equals(">:") || name.equals("->") || name.equals("...") || name.equals(".")
                        || name.equals("?") || name.equals("::") || name.equals("$");
    }

    /** An identifier, or an operator that can stand alone as a name ({@code +}, {@code ∈}). */
    private static boolean isValidIdentifier(String name) {
        if (isOperatorSymbol(Symbol.of(name)) || isOperator(name)) {
            return !name.equals("'") && !isSyntacticOperator(name);
        }
        return Lexer.isPlainSymbol(name);
    }

    private static boolean isExpr(Object o, String head) {
        return o instanceof Expr e && e.is(head);
    }

    private static boolean isQuoted(Object o) {
        return o instanceof QuoteNode || isExpr(o, "quote");
    }

    private void spaces(int n) {
        sb.append(" ".repeat(Math.max(0, n)));
    }

    // ---- show: the quoted form ---------------------------------------------------------------

    private void quoted(Object value, int indent) {
        if (value instanceof Symbol s) {
            String shown = showSymbol(s.name);
            sb.append(shown != null ? shown : "Symbol(" + org.trufflejl.runtime.Printing.quoteString(s.name) + ")");
        } else if (value instanceof Expr e && e.is("block")) {
            block("quote", List.of(), e, indent);
            sb.append("end");
        } else {
            sb.append(":(");
            unquoted(value, indent + 2, -1);
            sb.append(')');
        }
    }

    // ---- print: the unquoted form ------------------------------------------------------------

    private void unquoted(Object o, int indent, int prec) {
        if (o instanceof Symbol s) {
            symbol(s.name);
        } else if (o instanceof LineNumberNode l) {
            lineNumber(l);
        } else if (o instanceof GlobalRef g) {
            globalRef(g);
        } else if (o instanceof QuoteNode q) {
            if (q.value instanceof Symbol) {
                quoted(q.value, indent);
            } else {
                // the value as show prints it: :(a + b) for an expression, 1 and "s" for literals
                sb.append("$(QuoteNode(");
                if (q.value instanceof Expr || q.value instanceof QuoteNode) {
                    sb.append(show(q.value));
                } else {
                    unquoted(q.value, indent, -1);
                }
                sb.append("))");
            }
        } else if (o instanceof Expr e) {
            expr(e, indent, prec);
        } else {
            leaf(o);
        }
    }

    /** {@code Main.x}, {@code Base.:+}: as Julia's show_globalref. */
    private void globalRef(GlobalRef g) {
        sb.append(g.module.path()).append('.');
        String n = g.name.name;
        boolean quoted = !(Lexer.isPlainSymbol(n) && !isOperator(n)) && !n.startsWith("@");
        boolean parens = quoted && (!isOperator(n) || QUOTED_OPERATORS.contains(n));
        sb.append(quoted ? ":" : "").append(parens ? "(" : "");
        symbol(n);
        sb.append(parens ? ")" : "");
    }

    private static final java.util.Set<String> QUOTED_OPERATORS = java.util.Set.of(":", "::", ":=", "=", "==", "===", "=>", "`");

    private void leaf(Object o) {
        if (o instanceof String s) {
            sb.append(org.trufflejl.runtime.Printing.quoteString(s));
        } else if (o instanceof JlChar c) {
            sb.append(org.trufflejl.runtime.Printing.quoteChar(c.codePoint));
        } else {
            // any other value interpolated into code shows as Julia's show does (1:3, (a = 1,))
            String shown = org.trufflejl.runtime.Printing.showLeaf(o);
            sb.append(shown != null ? shown : org.trufflejl.runtime.JlLanguageView.repr(o));
        }
    }

    private void lineNumber(LineNumberNode l) {
        if (l.file == null) {
            sb.append("#= line ").append(l.line).append(" =#");
        } else {
            sb.append("#= ").append(l.file).append(':').append(l.line).append(" =#");
        }
    }

    private void symbol(String name) {
        if (isValidIdentifier(name)) {
            sb.append(name);
        } else {
            sb.append("var").append(org.trufflejl.runtime.Printing.quoteString(name));
        }
    }

    /** A block-like form: {@code head args}, then each statement of {@code body} on its own line. */
    private void block(String head, List<Object> args, Object body, int indent) {
        sb.append(head);
        if (!args.isEmpty()) {
            sb.append(' ');
            list(args, head.equals("elseif") ? " " : ", ", indent, 0, false, false);
        }
        int ind = head.equals("module") || head.equals("baremodule") ? indent : indent + INDENT;
        Object[] statements = isExpr(body, "block") || isExpr(body, "quote") ? ((Expr) body).args() : new Object[]{body};
        for (Object s : statements) {
            sb.append('\n');
            spaces(ind);
            unquoted(s, ind, -1);
        }
        sb.append('\n');
        spaces(indent);
    }

    /** The header of a block form: a block's statements, or the one expression. */
    private static List<Object> header(Object arg) {
        if (isExpr(arg, "block") || isExpr(arg, "quote")) {
            return Arrays.asList(((Expr) arg).args());
        }
        return List.of(arg);
    }

    private void list(List<Object> items, String sep, int indent, int prec, boolean encloseOperators, boolean kw) {
        indent += INDENT;
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                sb.append(sep);
            }
            boolean parens = !isQuoted(item) && (first && prec >= PREC_POWER
                            && (item instanceof Expr e && e.is("call") && e.nargs() > 0 && e.arg(0) instanceof Symbol f && UNI_OPS.contains(f.name)
                                            || isNegative(item)))
                            || encloseOperators && item instanceof Symbol s && isOperatorSymbol(s) && isValidIdentifier(s.name);
            if (parens) {
                sb.append('(');
            }
            if (kw && item instanceof Expr k && k.is("kw") && k.nargs() == 2) {
                unquoted(new Expr("=", k.arg(0), k.arg(1)), indent, parens ? 0 : prec);
            } else if (kw && item instanceof Expr k && k.is("=") && k.nargs() == 2) {
                fallback(k);
            } else {
                unquoted(item, indent, parens ? 0 : prec);
            }
            if (parens) {
                sb.append(')');
            }
            first = false;
        }
    }

    private static boolean isNegative(Object o) {
        return o instanceof Long l && l < 0 || o instanceof Double d && d < 0 || o instanceof Integer i && i < 0;
    }

    private void enclosedList(String open, List<Object> items, String sep, String close, int indent, int prec, boolean encloseOperators, boolean kw) {
        sb.append(open);
        list(items, sep, indent, prec, encloseOperators, kw);
        sb.append(close);
    }

    private static List<Object> from(Object[] args, int start) {
        return start >= args.length ? List.of() : Arrays.asList(args).subList(start, args.length);
    }

    /** {@code f(x, y)}, {@code A[i]}, {@code T{X}}, {@code f.(x)}: keywords after {@code ;}. */
    private void call(String head, Object func, List<Object> args, int indent, boolean kw) {
        String open = head.equals("ref") ? "[" : head.equals("curly") ? "{" : "(";
        String close = head.equals("ref") ? "]" : head.equals("curly") ? "}" : ")";
        boolean plain = func instanceof Symbol s && !s.name.equals(":") && !(head.equals(".") && isOperatorSymbol(s))
                        || func instanceof Symbol s2 && !isValidIdentifier(s2.name)
                        || func instanceof Expr fe && (fe.is(".") || fe.is("curly") || fe.is("macroname")) || func instanceof GlobalRef;
        if (plain) {
            unquoted(func, indent, 0);
        } else {
            sb.append('(');
            unquoted(func, indent, 0);
            sb.append(')');
        }
        if (head.equals(".")) {
            sb.append('.');
        }
        if (!args.isEmpty() && isExpr(args.get(0), "parameters")) {
            sb.append(open);
            list(args.subList(1, args.size()), ", ", indent, 0, false, kw);
            sb.append("; ");
            list(Arrays.asList(((Expr) args.get(0)).args()), ", ", indent, 0, false, kw);
            sb.append(close);
        } else {
            enclosedList(open, args, ", ", close, indent, 0, false, kw);
        }
    }

    private void fallback(Expr e) {
        sb.append("$(Expr(");
        quoted(e.head, 0);
        for (Object a : e.args()) {
            sb.append(", ");
            if (a instanceof Expr || a instanceof Symbol) {
                quoted(a, 0);
            } else if (a instanceof QuoteNode q) {
                sb.append(show(q));
            } else if (a instanceof LineNumberNode l) {
                sb.append(":(");
                lineNumber(l);
                sb.append(')');
            } else {
                leaf(a);
            }
        }
        sb.append("))");
    }

    private void expr(Expr e, int indent, int prec) {
        String head = e.head.name;
        Object[] args = e.args();
        int n = args.length;
        if (head.equals(".") && (n != 2 || !isExpr(args[1], "tuple"))) {
            if (n == 1 && isOperatorSymbol(args[0])) {
                sb.append("(.").append(((Symbol) args[0]).name).append(')');
            } else if (n == 2 && isQuoted(args[1])) {
                Object item = args[0];
                Object field = args[1] instanceof QuoteNode q ? q.value : ((Expr) args[1]).arg(0);
                boolean parens = !isQuoted(item) && !(item instanceof Symbol s && Lexer.isPlainSymbol(s.name) && !isOperator(s.name)) && !isExpr(item, ".");
                if (parens) {
                    sb.append('(');
                }
                unquoted(item, indent, 0);
                if (parens) {
                    sb.append(')');
                }
                sb.append('.');
                boolean fieldParens = !(field instanceof Symbol) || QUOTED_SYMS.contains(((Symbol) field).name);
                boolean fieldQuoted = fieldParens || isOperatorSymbol(field);
                if (fieldQuoted) {
                    sb.append(':');
                }
                if (fieldParens) {
                    sb.append('(');
                }
                unquoted(field, indent, 0);
                if (fieldParens) {
                    sb.append(')');
                }
            } else {
                fallback(e);
            }
        } else if ((INFIX_WIDE.contains(head) || INFIX_NARROW.contains(head)) && n == 2) {
            int p = precedence(head);
            String sep = INFIX_WIDE.contains(head) ? " " + head + " " : head;
            if (p <= prec) {
                enclosedList("(", Arrays.asList(args), sep, ")", indent, p, true, false);
            } else {
                list(Arrays.asList(args), sep, indent, p, true, false);
            }
        } else if (head.equals("tuple")) {
            sb.append('(');
            if (n > 0 && isExpr(args[0], "parameters")) {
                list(from(args, 1), ", ", indent, 0, false, false);
                if (n == 2) {
                    sb.append(',');
                }
                sb.append(';');
                Expr params = (Expr) args[0];
                if (params.nargs() > 0) {
                    sb.append(' ');
                }
                list(Arrays.asList(params.args()), ", ", indent, 0, false, true);
            } else {
                list(Arrays.asList(args), ", ", indent, 0, false, false);
                if (n == 1) {
                    sb.append(',');
                }
            }
            sb.append(')');
        } else if (isListForm(head) && !(head.startsWith("typed_") && n == 0)) {
            listForm(e, indent, prec);
        } else if (head.equals("'") && n == 1) {
            if (args[0] instanceof Expr || isOperatorSymbol(args[0])) {
                enclosedList("(", List.of(args[0]), ", ", ")", indent, 0, false, false);
            } else {
                unquoted(args[0], indent, 0);
            }
            sb.append('\'');
        } else if (head.equals("call") && n >= 1) {
            callForm(e, indent, prec);
        } else if ((head.equals("ref") || head.equals("curly") || head.equals("calldecl") || head.equals(".")) && n >= 1) {
            List<Object> callArgs = head.equals(".") ? Arrays.asList(((Expr) args[1]).args()) : from(args, 1);
            call(head, args[0], callArgs, indent, !head.equals("curly"));
        } else if (head.equals("typed_comprehension") && n == 2) {
            unquoted(args[0], indent, 0);
            sb.append('[');
            generator(args[1], indent);
            sb.append(']');
        } else if (head.equals("comprehension") && n == 1) {
            sb.append('[');
            generator(args[0], indent);
            sb.append(']');
        } else if (head.equals("generator") && n >= 2 || head.equals("flatten") && n == 1) {
            sb.append('(');
            generator(e, indent);
            sb.append(')');
        } else if (head.equals("filter") && n >= 2) {
            list(from(args, 1), ", ", indent, 0, false, false);   // for i = 1:3, j = 1:3 if i != j
            sb.append(" if ");
            unquoted(args[0], indent, 0);
        } else if (head.equals("comparison") && n >= 3 && (n & 1) == 1) {
            int p = Integer.MAX_VALUE;
            for (int i = 1; i < n; i += 2) {
                p = Math.min(p, args[i] instanceof Symbol s ? precedence(s.name) : 0);
            }
            if (p <= prec) {
                enclosedList("(", Arrays.asList(args), " ", ")", indent, p, false, false);
            } else {
                list(Arrays.asList(args), " ", indent, p, false, false);
            }
        } else if (head.equals("function") && n == 2 && isExpr(args[0], "call")) {
            block("function", List.of(new Expr("calldecl", ((Expr) args[0]).args())), args[1], indent);
            sb.append("end");
        } else if ((head.equals("function") || head.equals("macro")) && n == 1) {
            sb.append(head).append(' ');
            unquoted(args[0], 0, 0);
            sb.append(" end");
        } else if (head.equals("do") && n == 2 && args[1] instanceof Expr lambda && lambda.nargs() == 2) {
            unquoted(args[0], indent, -1);
            sb.append(" do ");
            Object params = lambda.arg(0);
            list(isExpr(params, "tuple") ? Arrays.asList(((Expr) params).args()) : header(params), ", ", 0, 0, false, false);
            for (Object s : header(lambda.arg(1))) {
                sb.append('\n');
                spaces(indent + INDENT);
                unquoted(s, indent + INDENT, -1);
            }
            sb.append('\n');
            spaces(indent);
            sb.append("end");
        } else if (BLOCK_HEADS.contains(head) && n == 2) {
            Object blockArgs = head.equals("function") && isExpr(args[0], "...") ? new Expr("tuple", args[0]) : args[0];
            block(head, header(blockArgs), isExpr(args[1], "block") ? args[1] : new Expr("block", args[1]), indent);
            sb.append("end");
        } else if ((head.equals("if") || head.equals("elseif")) && n == 3) {
            block(head, header(args[0]), args[1], indent);
            if (isExpr(args[2], "elseif")) {
                unquoted(args[2], indent, prec);
            } else {
                block("else", List.of(), args[2], indent);
                sb.append("end");
            }
        } else if (head.equals("module") && n == 3 && args[0] instanceof Boolean b) {
            block(b ? "module" : "baremodule", header(args[1]), args[2], indent);
            sb.append("end");
        } else if (head.equals("struct") && n == 3 && args[0] instanceof Boolean mutable) {
            block(mutable ? "mutable struct" : "struct", header(args[1]), args[2], indent);
            sb.append("end");
        } else if (head.equals("primitive") && n == 2) {
            sb.append("primitive type ");
            list(Arrays.asList(args), " ", indent, 0, false, false);
            sb.append(" end");
        } else if (head.equals("abstract") && n == 1) {
            sb.append("abstract type ");
            list(Arrays.asList(args), " ", indent, 0, false, false);
            sb.append(" end");
        } else if (head.equals("return") && n == 1 && isNothingLiteral(args[0])) {
            sb.append("return");
        } else if ((head.equals("::") || head.equals("<:") || head.equals(">:")) && n == 1) {
            sb.append(head);
            unquoted(args[0], indent, 0);
        } else if (head.equals("...") && n == 1) {
            int dotsPrec = precedence(":") - 1;
            boolean parens = dotsPrec <= prec;
            if (parens) {
                sb.append('(');
            }
            unquoted(args[0], indent, dotsPrec);
            sb.append("...");
            if (parens) {
                sb.append(')');
            }
        } else if (n == 0 && (head.equals("break") || head.equals("continue"))) {
            sb.append(head);
        } else if (n == 1 && (head.equals("return") || head.equals("const")) || head.equals("local") || head.equals("global")) {
            sb.append(head).append(' ');
            list(Arrays.asList(args), ", ", indent, 0, false, false);
        } else if (head.equals("export")) {
            sb.append(head).append(' ');
            list(Arrays.asList(args), ", ", indent, 0, false, false);
        } else if (head.equals("macrocall") && n >= 2) {
            macroCall(e, indent, prec);
        } else if (head.equals("macroname") && n == 1) {
            if (args[0] instanceof Symbol m && m.name.startsWith("@")) {
                sb.append('@');
                symbol(m.name.substring(1));
            } else if (args[0] instanceof Expr q && q.is(".") && q.nargs() == 2 && q.arg(1) instanceof QuoteNode qn
                            && qn.value instanceof Symbol m && m.name.startsWith("@")) {
                // Base.@show: the module path, then the macro's name
                unquoted(q.arg(0), indent, 0);
                sb.append(".@");
                symbol(m.name.substring(1));
            } else if (args[0] instanceof GlobalRef g && g.name.name.startsWith("@")) {
                sb.append(g.module.path()).append(".@");
                symbol(g.name.name.substring(1));
            } else {
                unquoted(args[0], indent, 0);
            }
        } else if (head.equals("try") && n >= 3 && n <= 5) {
            block("try", List.of(), args[0], indent);
            if (isExpr(args[2], "block")) {
                block("catch", args[1] instanceof Boolean || isNothingLiteral(args[1]) ? List.of() : List.of(args[1]), args[2], indent);
            }
            if (n >= 5 && isExpr(args[4], "block")) {
                block("else", List.of(), args[4], indent);
            }
            if (n >= 4 && isExpr(args[3], "block")) {
                block("finally", List.of(), args[3], indent);
            }
            sb.append("end");
        } else if (head.equals("block")) {
            block("begin", List.of(), e, indent);
            sb.append("end");
        } else if (head.equals("quote") && n == 1 && args[0] instanceof Symbol) {
            quoted(args[0], indent);
        } else if (head.equals("quote") && !unquoteFallback) {
            if (n == 1 && isExpr(args[0], "block")) {
                block("quote", List.of(), new Expr("quote", ((Expr) args[0]).args()), indent);
                sb.append("end");
            } else if (n == 1) {
                sb.append(":(");
                unquoted(args[0], indent + 2, 0);
                sb.append(')');
            } else {
                block("quote", List.of(), e, indent);
                sb.append("end");
            }
        } else if (head.equals("string")) {
            interpolatedString(args);
        } else if (head.equals("$") && n == 1 && !unquoteFallback) {
            sb.append('$');
            Object a = args[0];
            boolean parens = a instanceof Expr ae && !(ae.is("tuple") || ae.is("$") || ae.is("vect") || ae.is("braces")) || isOperatorSymbol(a);
            if (parens) {
                sb.append('(');
            }
            unquoted(a, 0, 0);
            if (parens) {
                sb.append(')');
            }
        } else if (head.equals("where") && n > 1) {
            boolean parens = 1 <= prec;
            if (parens) {
                sb.append('(');
            }
            unquoted(args[0], indent, PREC_DECL);
            sb.append(" where ");
            if (n == 2) {
                unquoted(args[1], indent, 1);
            } else {
                sb.append('{');
                list(from(args, 1), ", ", indent, 0, false, false);
                sb.append('}');
            }
            if (parens) {
                sb.append(')');
            }
        } else if ((head.equals("using") || head.equals("import")) && n >= 1) {
            sb.append(head).append(' ');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                importPath(args[i]);
            }
        } else {
            fallback(e);
        }
    }

    private static boolean isNothingLiteral(Object o) {
        return o == null || o instanceof org.trufflejl.runtime.JlNothing || o instanceof Symbol s && s.name.equals("nothing");
    }

    private void importPath(Object path) {
        if (path instanceof Expr p && p.is(".")) {
            for (int i = 0; i < p.nargs(); i++) {
                if (i > 0 && !(p.arg(i) instanceof Symbol s && s.name.equals("."))) {
                    sb.append('.');
                }
                Object part = p.arg(i);
                sb.append(part instanceof Symbol s ? s.name : String.valueOf(part));
            }
        } else if (path instanceof Expr c && c.is(":") && c.nargs() > 1) {
            importPath(c.arg(0));
            sb.append(": ");
            for (int i = 1; i < c.nargs(); i++) {
                if (i > 1) {
                    sb.append(", ");
                }
                importPath(c.arg(i));
            }
        } else if (path instanceof Expr as && as.is("as") && as.nargs() == 2) {
            importPath(as.arg(0));
            sb.append(" as ");
            unquoted(as.arg(1), 0, 0);
        } else {
            unquoted(path, 0, 0);
        }
    }

    private static boolean isListForm(String head) {
        return switch (head) {
            case "vcat", "hcat", "row", "vect", "ncat", "nrow", "braces", "bracescat", "typed_vcat", "typed_hcat", "typed_ncat" -> true;
            default -> false;
        };
    }

    private void listForm(Expr e, int indent, int prec) {
        String head = e.head.name;
        List<Object> args = Arrays.asList(e.args());
        if (head.startsWith("typed_")) {
            unquoted(args.get(0), indent, prec);
            head = head.substring(6);
            args = args.subList(1, args.size());
        }
        String open = head.startsWith("brace") ? "{" : "[";
        String close = head.startsWith("brace") ? "}" : "]";
        String sep;
        switch (head) {
            case "vcat", "bracescat" -> sep = "; ";
            case "hcat", "row" -> sep = " ";
            case "ncat", "nrow" -> {
                sep = ";".repeat(args.get(0) instanceof Long d ? d.intValue() : 1) + " ";
                args = args.subList(1, args.size());
            }
            default -> sep = ", ";
        }
        boolean row = head.equals("row") || head.equals("nrow");
        if (!row) {
            sb.append(open);
        }
        list(args, sep, indent, 0, false, false);
        if (args.size() <= 1 && (head.equals("vcat") || head.equals("ncat"))) {
            sb.append(sep, 0, sep.length() - 1);
        }
        if (!row) {
            sb.append(close);
        }
    }

    private void callForm(Expr e, int indent, int prec) {
        Object func = e.arg(0);
        if (func instanceof GlobalRef g && (precedence(g.name.name) > 0 || UNI_OPS.contains(g.name.name))) {
            func = g.name; // an operator a macro's hygiene qualified still prints as one: a + b
        }
        int funcPrec = func instanceof Symbol s ? precedence(s.name) : 0;
        List<Object> funcArgs = from(e.args(), 1);
        boolean keywords = false;
        for (Object a : funcArgs) {
            keywords |= isExpr(a, "kw");
        }
        if (keywords || !funcArgs.isEmpty() && isExpr(funcArgs.get(0), "parameters")) {
            call("call", func, funcArgs, indent, true);
        } else if (func instanceof Symbol star && star.name.equals("*") && funcArgs.size() == 2 && (funcArgs.get(0) instanceof Long || funcArgs.get(0) instanceof Double)
                        && funcArgs.get(1) instanceof Symbol v && juxtaposable(funcArgs.get(0), v.name)) {
            // scalar multiplication: 100x
            if (funcPrec <= prec) {
                enclosedList("(", funcArgs, "", ")", indent, funcPrec, false, false);
            } else {
                list(funcArgs, "", indent, funcPrec, false, false);
            }
        } else if (func instanceof Symbol u && funcArgs.size() == 1 && UNI_OPS.contains(u.name)) {
            unquoted(func, indent, 0);
            Object arg = funcArgs.get(0);
            if (arg instanceof Expr || isOperatorSymbol(arg) && isValidIdentifier(((Symbol) arg).name)) {
                enclosedList("(", funcArgs, ", ", ")", indent, funcPrec, false, false);
            } else {
                unquoted(arg, indent, funcPrec);
            }
        } else if (funcPrec > 0) {
            String op = ((Symbol) func).name;
            int na = funcArgs.size();
            boolean splat = false;
            for (Object a : funcArgs) {
                splat |= isExpr(a, "...");
            }
            if ((na == 2 || na > 2 && (op.equals("+") || op.equals("++") || op.equals("*")) || na == 3 && op.equals(":")) && !splat) {
                String sep = op.equals(":") ? ":" : " " + op + " ";
                if (funcPrec <= prec) {
                    enclosedList("(", funcArgs, sep, ")", indent, funcPrec, true, false);
                } else {
                    list(funcArgs, sep, indent, funcPrec, true, false);
                }
            } else if (na == 1) {
                sb.append('(');
                unquoted(func, indent, 0);
                sb.append(')');
                enclosedList("(", funcArgs, ", ", ")", indent, 0, false, false);
            } else {
                call("call", func, funcArgs, indent, true);
            }
        } else {
            call("call", func, funcArgs, indent, true);
        }
    }

    /** {@code 2x} reads back as a product unless the name would join the number ({@code 2e}, {@code 0x}). */
    private static boolean juxtaposable(Object number, String name) {
        char c = name.charAt(0);
        if (c == 'e' || c == 'E' || c == 'f') {
            return false;
        }
        return !(number instanceof Long l && l == 0 && (c == 'b' || c == 'o' || c == 'x'));
    }

    private void generator(Object g, int indent) {
        Expr ex = (Expr) g;
        if (ex.is("flatten")) {
            List<List<Object>> ranges = new ArrayList<>();
            Object fg = ex;
            while (fg instanceof Expr f && f.is("flatten")) {
                Expr inner = (Expr) f.arg(0);
                ranges.add(from(inner.args(), 1));
                fg = inner.arg(0);
            }
            Expr last = (Expr) fg;
            ranges.add(from(last.args(), 1));
            unquoted(last.arg(0), indent, 0);
            for (List<Object> r : ranges) {
                sb.append(" for ");
                list(r, ", ", indent, 0, false, false);
            }
        } else {
            unquoted(ex.arg(0), indent, 0);
            sb.append(" for ");
            list(from(ex.args(), 1), ", ", indent, 0, false, false);
        }
    }

    private void macroCall(Expr e, int indent, int prec) {
        Object[] args = e.args();
        int n = args.length;
        String name = args[0] instanceof Symbol s ? s.name : "";
        String coreMacro = args[0] instanceof GlobalRef g && g.module.path().equals("Core") ? g.name.name : "";
        if ((coreMacro.equals("@int128_str") || coreMacro.equals("@uint128_str") || coreMacro.equals("@big_str")) && n >= 3) {
            // a literal too large for its type, as Julia's parser writes it: the number itself
            sb.append(args[2] instanceof String s ? s : String.valueOf(args[2]));
        } else if (name.startsWith("@") && name.endsWith("_str") && n >= 3 && args[2] instanceof String text) {
            sb.append(name, 1, name.length() - 4).append('"');
            rawString(text);
            sb.append('"');
            if (n == 4) {
                leafOrSymbol(args[3]);
            }
        } else {
            if (args[1] instanceof LineNumberNode l) {
                lineNumber(l);
                sb.append(' ');
            }
            int first = args[1] instanceof LineNumberNode || args[1] == null || isNothingLiteral(args[1]) ? 2 : 1;
            Object mname = new Expr("macroname", args[0]);
            if (prec >= 0) {
                call("call", mname, from(args, first), indent, false);
            } else {
                List<Object> shown = new ArrayList<>();
                shown.add(mname);
                shown.addAll(from(args, first));
                list(shown, " ", indent, 0, false, false);
            }
        }
    }

    private void leafOrSymbol(Object o) {
        if (o instanceof String s) {
            sb.append(s);
        } else {
            unquoted(o, 0, 0);
        }
    }

    /** Julia's escape_raw_string: only quotes (and the backslashes before them) are escaped. */
    private void rawString(String s) {
        int backslashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                sb.append("\\".repeat(2 * backslashes + 1));
            } else {
                sb.append("\\".repeat(backslashes));
            }
            backslashes = 0;
            sb.append(c);
        }
        sb.append("\\".repeat(2 * backslashes));
    }

    private void interpolatedString(Object[] args) {
        if (args.length == 1 && args[0] instanceof String s) {
            sb.append(org.trufflejl.runtime.Printing.quoteString(s));
            return;
        }
        sb.append('"');
        for (Object x : args) {
            if (x instanceof String s) {
                String q = org.trufflejl.runtime.Printing.quoteString(s);
                sb.append(q, 1, q.length() - 1); // quoteString escapes `$` too
            } else {
                sb.append("$(");
                if (x instanceof Symbol s && !QUOTED_SYMS.contains(s.name)) {
                    symbol(s.name);
                } else {
                    unquoted(x, 0, 0);
                }
                sb.append(')');
            }
        }
        sb.append('"');
    }
}
