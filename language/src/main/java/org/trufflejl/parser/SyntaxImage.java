package org.trufflejl.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

/**
 * The syntax trees of the standard library's files in a compact binary form, written at build
 * time next to each file ({@code x.jl} → {@code x.jl.syntax}) and read at start-up instead of
 * parsing the file. Parsing Base on a cold JVM took a core for about a quarter of a second
 * (the lexer and parser run in HotSpot's bytecode interpreter until C1 compiles them, and C1's
 * compilations of them compete with the program's start); reading an image is one small loop.
 *
 * An image records the length and hash of the text it was made from: read against other text, it
 * is refused (null) and the file is parsed. The tree is written depth first: an {@link Expr} is
 * its head, position and argument count followed by its arguments; symbols and strings are
 * indices into tables at the front. A node reached twice is written once and referred to after.
 */
public final class SyntaxImage {
    private static final int MAGIC = 0x4a4c5331; // "JLS1"
    /** Raised whenever the format or the parser's output changes shape. */
    private static final int FORMAT = 1;
    public static final String SUFFIX = ".syntax";

    private static final byte EXPR = 0;
    private static final byte SYMBOL = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte FLOAT = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte STRING = 7;
    private static final byte CHAR = 8;
    private static final byte LINE = 9;
    private static final byte QUOTE = 10;
    private static final byte INT128 = 11;
    private static final byte UINT8 = 12;
    private static final byte UINT16 = 13;
    private static final byte UINT32 = 14;
    private static final byte UINT64 = 15;
    private static final byte UINT128 = 16;
    private static final byte BIGINT = 17;
    private static final byte SHARED = 18;

    private SyntaxImage() {
    }

    // ---------------------------------------------------------------- writing

    /** The image of {@code tree}, parsed from {@code text}. */
    public static byte[] write(Expr tree, String text) {
        Writer w = new Writer();
        w.value(tree);
        Output out = new Output();
        out.int32(MAGIC);
        out.int32(FORMAT);
        out.int32(text.length());
        out.int32(text.hashCode());
        out.varint(w.symbols.size());
        for (String s : w.symbols) {
            out.string(s);
        }
        out.varint(w.strings.size());
        for (String s : w.strings) {
            out.string(s);
        }
        out.bytes(w.body.toByteArray());
        return out.toByteArray();
    }

    private static final class Writer {
        final List<String> symbols = new ArrayList<>();
        final Map<String, Integer> symbolIndex = new HashMap<>();
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIndex = new HashMap<>();
        /** Nodes written so far, by identity, with their number in write order. */
        final Map<Object, Integer> written = new IdentityHashMap<>();
        final Output body = new Output();

        void value(Object v) {
            if (v instanceof Expr || v instanceof QuoteNode || v instanceof LineNumberNode) {
                Integer seen = written.get(v);
                if (seen != null) {
                    body.int8(SHARED);
                    body.varint(seen);
                    return;
                }
                written.put(v, written.size());
            }
            switch (v) {
                case Expr e -> {
                    Object[] args = e.args();
                    body.int8(EXPR);
                    body.varint(symbol(e.head.name));
                    body.varint(args.length);
                    body.signed(e.line);
                    body.signed(e.column);
                    body.signed(e.startOffset);
                    body.signed(e.endOffset - e.startOffset);
                    for (Object a : args) {
                        value(a);
                    }
                }
                case Symbol s -> {
                    body.int8(SYMBOL);
                    body.varint(symbol(s.name));
                }
                case Long l -> tagged(LONG, l);
                case Double d -> {
                    body.int8(DOUBLE);
                    body.int64(Double.doubleToRawLongBits(d));
                }
                case Float f -> {
                    body.int8(FLOAT);
                    body.int32(Float.floatToRawIntBits(f));
                }
                case Boolean b -> body.int8(b ? TRUE : FALSE);
                case String s -> {
                    body.int8(STRING);
                    body.varint(string(s));
                }
                case JlChar c -> tagged(CHAR, c.codePoint);
                case LineNumberNode n -> {
                    body.int8(LINE);
                    body.signed(n.line);
                    body.varint(string(n.file));
                }
                case QuoteNode q -> {
                    body.int8(QUOTE);
                    value(q.value);
                }
                case Int128 i -> tagged128(INT128, i.hi, i.lo);
                case UInt8 u -> tagged(UINT8, u.bits);
                case UInt16 u -> tagged(UINT16, u.bits);
                case UInt32 u -> tagged(UINT32, u.bits);
                case UInt64 u -> tagged(UINT64, u.bits);
                case UInt128 u -> tagged128(UINT128, u.hi, u.lo);
                case BigInteger b -> {
                    body.int8(BIGINT);
                    body.varint(string(b.toString(16)));
                }
                default -> throw new IllegalStateException("no syntax image form for a " + (v == null ? "null" : v.getClass().getName()) + " in a syntax tree");
            }
        }

        /** A tag and a signed integer (the number's bits, as its class stores them). */
        void tagged(byte tag, long v) {
            body.int8(tag);
            body.signed(v);
        }

        void tagged128(byte tag, long hi, long lo) {
            body.int8(tag);
            body.int64(hi);
            body.int64(lo);
        }

        int symbol(String name) {
            return symbolIndex.computeIfAbsent(name, n -> {
                symbols.add(n);
                return symbols.size() - 1;
            });
        }

        int string(String s) {
            return stringIndex.computeIfAbsent(s, n -> {
                strings.add(n);
                return strings.size() - 1;
            });
        }
    }

    /** A growable byte buffer with the image's encodings. */
    private static final class Output {
        private byte[] buf = new byte[1 << 16];
        private int size;

        void int8(int b) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
        }

        void int32(int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                int8(v >>> shift);
            }
        }

        void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        /** Unsigned LEB128. */
        void varint(long v) {
            while ((v & ~0x7fL) != 0) {
                int8((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            int8((int) v);
        }

        /** Zigzag, then LEB128: small magnitudes of either sign take one byte. */
        void signed(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        /** Length in UTF-16 units, then each unit: any Java string, unpaired surrogates included. */
        void string(String s) {
            varint(s.length());
            for (int i = 0; i < s.length(); i++) {
                varint(s.charAt(i));
            }
        }

        void bytes(byte[] b) {
            for (byte x : b) {
                int8(x);
            }
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The tree an image holds, or null when the image was not made from {@code text} (or is not an image of this format). */
    public static Expr read(byte[] image, String text) {
        Reader r = new Reader(image);
        if (image.length < 16 || r.int32() != MAGIC || r.int32() != FORMAT || r.int32() != text.length() || r.int32() != text.hashCode()) {
            return null;
        }
        Symbol[] symbols = new Symbol[(int) r.varint()];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = Symbol.of(r.string());
        }
        String[] strings = new String[(int) r.varint()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = r.string();
        }
        r.symbols = symbols;
        r.strings = strings;
        return (Expr) r.value();
    }

    private static final class Reader {
        private final byte[] buf;
        private int pos;
        Symbol[] symbols;
        String[] strings;
        /** The nodes read so far, in order (the targets of {@link #SHARED}). */
        private final ArrayList<Object> nodes = new ArrayList<>();

        Reader(byte[] buf) {
            this.buf = buf;
        }

        Object value() {
            byte tag = buf[pos++];
            switch (tag) {
                case EXPR: {
                    Symbol head = symbols[(int) varint()];
                    Object[] args = new Object[(int) varint()];
                    Expr e = new Expr(head, args);
                    nodes.add(e);
                    int line = (int) signed();
                    int column = (int) signed();
                    int start = (int) signed();
                    e.at(line, column, start, start + (int) signed());
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value();
                    }
                    return e;
                }
                case SYMBOL:
                    return symbols[(int) varint()];
                case LONG:
                    return signed();
                case DOUBLE:
                    return Double.longBitsToDouble(int64());
                case FLOAT:
                    return Float.intBitsToFloat(int32());
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case STRING:
                    return strings[(int) varint()];
                case CHAR:
                    return new JlChar((int) signed());
                case LINE: {
                    LineNumberNode n = new LineNumberNode((int) signed(), strings[(int) varint()]);
                    nodes.add(n);
                    return n;
                }
                case QUOTE: {
                    int index = nodes.size();
                    nodes.add(null);
                    QuoteNode q = new QuoteNode(value());
                    nodes.set(index, q);
                    return q;
                }
                case INT128:
                    return new Int128(int64(), int64());
                case UINT8:
                    return new UInt8((byte) signed());
                case UINT16:
                    return new UInt16((short) signed());
                case UINT32:
                    return new UInt32((int) signed());
                case UINT64:
                    return new UInt64(signed());
                case UINT128:
                    return new UInt128(int64(), int64());
                case BIGINT:
                    return new BigInteger(strings[(int) varint()], 16);
                case SHARED:
                    return nodes.get((int) varint());
                default:
                    throw new IllegalStateException("corrupt syntax image: tag " + tag + " at byte " + (pos - 1));
            }
        }

        int int32() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = (v << 8) | (buf[pos++] & 0xff);
            }
            return v;
        }

        long int64() {
            return ((long) int32() << 32) | (int32() & 0xffffffffL);
        }

        long varint() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = buf[pos++];
                v |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        long signed() {
            long z = varint();
            return (z >>> 1) ^ -(z & 1);
        }

        String string() {
            char[] chars = new char[(int) varint()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) varint();
            }
            return new String(chars);
        }
    }
}
