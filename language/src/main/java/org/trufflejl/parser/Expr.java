package org.trufflejl.parser;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A syntax tree node, shaped exactly like Julia's {@code Expr}: a head symbol and arguments.
 * Arguments are other {@code Expr}s or leaves: {@link Symbol} (identifiers), literal values
 * (Long, Double, Float, Boolean, String, JlChar, the unsigned/128-bit number classes,
 * BigInteger for integer literals too large for Int128), {@link QuoteNode}, {@link LineNumberNode}.
 * Every Expr records where it came from in the source, so errors and stack frames can point there.
 */
public final class Expr implements TruffleObject {
    /** Mutable, as Julia's ({@code ex.head = :vect}). */
    public Symbol head;
    private Object[] args;
    /**
     * The {@code Vector{Any}} Julia code got from {@code ex.args}, once it asked: from then on it
     * is the arguments (a macro's {@code push!(ex.args, x)} changes the expression), and
     * {@link #args()} reads it back for the Java side.
     */
    private org.trufflejl.runtime.JlArray vector;
    /** 1-based line and column of the first character; char offsets [start, end). */
    public int line;
    public int column;
    public int startOffset;
    public int endOffset;

    public Expr(Symbol head, Object... args) {
        this.head = head;
        this.args = args;
    }

    public Expr(String head, Object... args) {
        this(Symbol.of(head), args);
    }

    public boolean is(String h) {
        return head.name.equals(h);
    }

    /** The arguments, as the parser makes them (string literals as Java strings). */
    public Object[] args() {
        if (vector != null) {
            pullFromVector();
        }
        return args;
    }

    public Object arg(int i) {
        return vector != null ? fromJulia(vector.get(i)) : args[i];
    }

    public int nargs() {
        return vector != null ? vector.length : args.length;
    }

    /**
     * A copy of the tree (Julia's {@code copy(ex)}/{@code copyast}): every Expr and QuoteNode in
     * it new, leaves shared. A quoted expression is copied each time it is evaluated, as in
     * Julia, since Exprs are mutable.
     */
    @TruffleBoundary
    public Expr deepCopy() {
        Object[] a = args();
        Object[] copied = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            copied[i] = copyPart(a[i]);
        }
        return new Expr(head, copied).at(this);
    }

    private static Object copyPart(Object o) {
        if (o instanceof Expr e) {
            return e.deepCopy();
        } else if (o instanceof QuoteNode q && q.value instanceof Expr e) {
            return new QuoteNode(e.deepCopy());
        }
        return o;
    }

    /** {@code ex.args}: the same vector every time, so changes to it change the expression. */
    @TruffleBoundary
    public org.trufflejl.runtime.JlArray argsVector() {
        if (vector == null) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < shown.length; i++) {
                shown[i] = toJulia(args[i]);
            }
            vector = org.trufflejl.runtime.JlArray.vector(org.trufflejl.runtime.types.Types.Any, shown, shown.length);
        }
        return vector;
    }

    /** {@code ex.args = v}: the new arguments (copied into a {@code Vector{Any}}, as Julia converts). */
    @TruffleBoundary
    public void setArgs(org.trufflejl.runtime.JlArray v) {
        Object[] shown = new Object[v.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = v.get(i);
        }
        vector = org.trufflejl.runtime.JlArray.vector(org.trufflejl.runtime.types.Types.Any, shown, shown.length);
    }

    @TruffleBoundary
    private void pullFromVector() {
        int n = vector.length;
        Object[] current = args.length == n ? args : new Object[n];
        boolean same = current == args;
        for (int i = 0; i < n; i++) {
            Object a = fromJulia(vector.get(i));
            if (same && !sameLeaf(a, args[i])) {
                same = false;
                current = java.util.Arrays.copyOf(args, n);
            }
            current[i] = a;
        }
        args = current;
    }

    private static boolean sameLeaf(Object a, Object b) {
        return a == b || a instanceof String && a.equals(b);
    }

    /** Julia's view of a parsed leaf: a string literal is a String, a huge integer a BigInt. */
    private static Object toJulia(Object a) {
        return a instanceof java.math.BigInteger b ? new org.trufflejl.runtime.JlBigInt(b) : org.trufflejl.runtime.JlString.ofParsed(a);
    }

    private static Object fromJulia(Object a) {
        return a instanceof org.trufflejl.runtime.JlString str ? str.toString() : a;
    }

    /** Copies the position of {@code other} onto this node; returns this. */
    public Expr at(Expr other) {
        line = other.line;
        column = other.column;
        startOffset = other.startOffset;
        endOffset = other.endOffset;
        return this;
    }

    public Expr at(int line, int column, int startOffset, int endOffset) {
        this.line = line;
        this.column = column;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        return this;
    }

    /** An S-expression rendering like Julia's {@code Meta.show_sexpr}, used by parser tests. */
    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sexpr(sb, this);
        return sb.toString();
    }

    @TruffleBoundary
    public static String sexpr(Object o) {
        StringBuilder sb = new StringBuilder();
        sexpr(sb, o);
        return sb.toString();
    }

    private static void sexpr(StringBuilder sb, Object o) {
        if (o instanceof Expr e) {
            sb.append("(:").append(e.head.name);
            for (Object a : e.args) {
                if (a instanceof LineNumberNode) {
                    continue; // line nodes are noise in test expectations
                }
                sb.append(", ");
                sexpr(sb, a);
            }
            sb.append(')');
        } else if (o instanceof Symbol s) {
            sb.append(':').append(s.name);
        } else if (o instanceof QuoteNode q) {
            sb.append("(quote ");
            sexpr(sb, q.value);
            sb.append(')');
        } else if (o instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (o instanceof org.trufflejl.runtime.JlChar c) {
            sb.append('\'').append(c).append('\'');
        } else if (o == null) {
            sb.append("nothing");
        } else {
            sb.append(o).append("::").append(literalTypeName(o));
        }
    }

    private static String literalTypeName(Object o) {
        if (o instanceof Long) {
            return "Int64";
        } else if (o instanceof Double) {
            return "Float64";
        } else if (o instanceof Float) {
            return "Float32";
        } else if (o instanceof Boolean) {
            return "Bool";
        } else if (o instanceof java.math.BigInteger) {
            return "BigInt";
        }
        return o.getClass().getSimpleName();
    }
}
