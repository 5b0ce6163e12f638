package org.trufflejl.parser;

import java.util.Set;

import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Turns syntax back into Julia source text, as {@code string(:(a + b))} does. */
public final class ExprPrinter {
    /** Whether {@code name} is an operator ({@code +}, {@code .=}, {@code ∈}, {@code isa}...). */
    public static boolean isOperator(String name) {
        return Prec.of(name) != Prec.NONE;
    }

    /** How a symbol shows, as Julia's show: {@code :x}, {@code :+}, {@code :(==)}, {@code Symbol("a b")}. */
    public static String showSymbol(String name) {
        switch (name) {
            case ":", "::", ":=", "=", "==", "===", "=>":
                return ":(" + name + ")";
            default:
                return Lexer.isPlainSymbol(name) && !name.equals("'") ? ":" + name : null;
        }
    }

    private ExprPrinter() {
    }

    private static final Set<String> INFIX = Set.of("+", "-", "*", "/", "\\", "^", "÷", "%", "//", "==", "!=", "===", "!==", "<", ">", "<=", ">=",
                    "≤", "≥", "≠", "&", "|", "⊻", "<<", ">>", ">>>", "=>", ":", "in", "∈", "isa", "|>", "∘", ".+", ".-", ".*", "./", ".^", ".==",
                    ".<", ".>", ".<=", ".>=");

    @TruffleBoundary
    public static String toSource(Object o) {
        StringBuilder sb = new StringBuilder();
        print(sb, o);
        return sb.toString();
    }

    private static void print(StringBuilder sb, Object o) {
        if (o instanceof Symbol s) {
            sb.append(s.name);
        } else if (o instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (o instanceof JlChar c) {
            sb.append('\'').append(c).append('\'');
        } else if (o instanceof QuoteNode q) {
            sb.append(':');
            print(sb, q.value);
        } else if (o instanceof Expr e) {
            printExpr(sb, e);
        } else {
            sb.append(o);
        }
    }

    private static void printExpr(StringBuilder sb, Expr e) {
        String h = e.head.name;
        switch (h) {
            case "call": {
                Object f = e.arg(0);
                if (f instanceof Symbol s && INFIX.contains(s.name) && e.nargs() >= 3) {
                    String sep = s.name.equals(":") ? ":" : " " + s.name + " ";
                    for (int i = 1; i < e.nargs(); i++) {
                        if (i > 1) {
                            sb.append(sep);
                        }
                        printOperand(sb, e.arg(i), precedence(s.name), i > 1);
                    }
                } else if (f instanceof Symbol s && INFIX.contains(s.name) && e.nargs() == 2) {
                    sb.append(s.name);
                    printOperand(sb, e.arg(1), PREFIX, false);
                } else {
                    print(sb, f);
                    printArgs(sb, e, 1, "(", ")");
                }
                return;
            }
            case "ref":
                print(sb, e.arg(0));
                printArgs(sb, e, 1, "[", "]");
                return;
            case "vect":
                printArgs(sb, e, 0, "[", "]");
                return;
            case "tuple":
                printArgs(sb, e, 0, "(", e.nargs() == 1 ? ",)" : ")");
                return;
            case ".":
                if (e.nargs() != 2) {
                    printGeneric(sb, e, h); // malformed (fuzzed input)
                    return;
                }
                print(sb, e.arg(0));
                sb.append('.');
                print(sb, e.arg(1) instanceof QuoteNode q ? q.value : e.arg(1));
                return;
            case "&&", "||", "=", "<:", ">:", "+=", "-=", "*=", "/=", "->":
                if (e.nargs() != 2) {
                    printGeneric(sb, e, h); // malformed (fuzzed input)
                    return;
                }
                print(sb, e.arg(0));
                sb.append(' ').append(h).append(' ');
                print(sb, e.arg(1));
                return;
            case "::":
                if (e.nargs() == 1) {
                    sb.append("::");
                    print(sb, e.arg(0));
                } else {
                    print(sb, e.arg(0));
                    sb.append("::");
                    print(sb, e.arg(1));
                }
                return;
            case "curly":
                print(sb, e.arg(0));
                printArgs(sb, e, 1, "{", "}");
                return;
            case "...":
                print(sb, e.arg(0));
                sb.append("...");
                return;
            case "if":
                print(sb, e.arg(0));
                sb.append(" ? ");
                print(sb, e.arg(1));
                sb.append(" : ");
                print(sb, e.nargs() > 2 ? e.arg(2) : Symbol.of("nothing"));
                return;
            case "quote":
                if (e.nargs() == 1) {
                    // as Julia's show_unquoted: :a, or :( ... ) around an expression
                    if (e.arg(0) instanceof Symbol) {
                        sb.append(':');
                        print(sb, e.arg(0));
                    } else {
                        sb.append(":(");
                        print(sb, e.arg(0));
                        sb.append(')');
                    }
                    return;
                }
                printGeneric(sb, e, h);
                return;
            case "block": {
                sb.append("begin ");
                boolean first = true;
                for (Object a : e.args) {
                    if (a instanceof LineNumberNode) {
                        continue;
                    }
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    print(sb, a);
                }
                sb.append(" end");
                return;
            }
            default:
                printGeneric(sb, e, h);
        }
    }

    private static void printGeneric(StringBuilder sb, Expr e, String h) {
        sb.append("$(Expr(:").append(h);
        for (Object a : e.args) {
            sb.append(", ");
            print(sb, a);
        }
        sb.append("))");
    }

    private static final int PREFIX = 13;

    /** Binding strength of infix operators, as Julia's precedence table orders them (higher binds tighter). */
    private static int precedence(String op) {
        return switch (op) {
            case "=>" -> 2;
            case "||" -> 3;
            case "&&" -> 4;
            case "==", "!=", "===", "!==", "<", ">", "<=", ">=", "≤", "≥", "≠", "in", "∈", "isa", ".==", ".<", ".>", ".<=", ".>=" -> 6;
            case "|>" -> 7;
            case ":" -> 8;
            case "+", "-", "|", "⊻", ".+", ".-" -> 9;
            case "*", "/", "÷", "%", "&", "\\", "∘", ".*", "./" -> 10;
            case "//" -> 11;
            case "<<", ">>", ">>>" -> 12;
            case "^", ".^" -> 14;
            default -> 1;
        };
    }

    /** An operand of an operator of precedence {@code outer}: parenthesised when it binds more loosely. */
    private static void printOperand(StringBuilder sb, Object o, int outer, boolean right) {
        int inner = o instanceof Expr e && e.is("call") && e.arg(0) instanceof Symbol s && INFIX.contains(s.name) && e.nargs() >= 3
                        ? precedence(s.name)
                        : o instanceof Expr e2 && (e2.is("&&") || e2.is("||") || e2.is("if")) ? 0 : Integer.MAX_VALUE;
        boolean paren = inner < outer || (inner == outer && (right || outer == 14) && outer != 9 && outer != 10);
        if (paren) {
            sb.append('(');
        }
        print(sb, o);
        if (paren) {
            sb.append(')');
        }
    }

    private static void printArgs(StringBuilder sb, Expr e, int from, String open, String close) {
        sb.append(open);
        boolean first = true;
        for (int i = from; i < e.nargs(); i++) {
            Object a = e.arg(i);
            if (a instanceof Expr p && p.is("parameters")) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            printArg(sb, a);
        }
        for (int i = from; i < e.nargs(); i++) {
            if (e.arg(i) instanceof Expr p && p.is("parameters")) {
                sb.append("; ");
                for (int j = 0; j < p.nargs(); j++) {
                    if (j > 0) {
                        sb.append(", ");
                    }
                    printArg(sb, p.arg(j));
                }
            }
        }
        sb.append(close);
    }

    /** A call argument: {@code k = v} for keywords. */
    private static void printArg(StringBuilder sb, Object a) {
        if (a instanceof Expr kw && kw.is("kw")) {
            print(sb, kw.arg(0));
            sb.append(" = ");
            print(sb, kw.arg(1));
        } else {
            print(sb, a);
        }
    }
}
