package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Julia {@code Char}: one Unicode code point, or, for bytes of a String that are not UTF-8 (a
 * malformed {@code Char} such as {@code '\xe2\x82'}), Julia's representation of it — its bytes
 * left-aligned in 32 bits — which, its first byte being at least 0x80, is a negative int here.
 */
public final class JlChar implements TruffleObject {
    public final int codePoint;

    /** Whether {@code codePoint} is a malformed Char's bytes rather than a code point. */
    /**
     * Julia's {@code isprint}: a letter, mark, number, punctuation, symbol or space separator
     * (Unicode categories Lu through Zs); not a control, format, line or paragraph separator,
     * surrogate, private-use or unassigned code point.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0 || cp > 0x10ffff) {
            return false;
        }
        int t = Character.getType(cp);
        return t >= Character.UPPERCASE_LETTER && t <= Character.SPACE_SEPARATOR || t >= Character.DASH_PUNCTUATION && t <= Character.FINAL_QUOTE_PUNCTUATION;
    }

    public static boolean isMalformed(int codePoint) {
        return codePoint < 0;
    }

    /** The malformed Char of bytes {@code from..to-1} (one to four, the first at least 0x80). */
    public static int malformed(byte[] bytes, int from, int to) {
        int u = 0;
        for (int k = from; k < to; k++) {
            u |= (bytes[k] & 0xff) << (24 - 8 * (k - from));
        }
        return u;
    }

    /** The bytes of a malformed Char ({@link #malformed}). */
    public static byte[] malformedBytes(int u) {
        int n = 1;
        while (n < 4 && ((u >>> (24 - 8 * n)) & 0xff) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = (byte) (u >>> (24 - 8 * k));
        }
        return b;
    }

    public JlChar(int codePoint) {
        this.codePoint = codePoint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JlChar c && c.codePoint == codePoint;
    }

    @Override
    public int hashCode() {
        return codePoint;
    }

    @Override
    public String toString() {
        if (isMalformed(codePoint) || codePoint > Character.MAX_CODE_POINT || codePoint >= 0xd800 && codePoint <= 0xdfff) {
            // bytes that are no UTF-8 text (Julia's Char holds them): as raw-byte characters,
            // which JlString turns back into the bytes
            StringBuilder sb = new StringBuilder();
            for (byte b : malformedBytes(Hashing.charBits(codePoint))) {
                sb.append(JlString.rawByteChar(b));
            }
            return sb.toString();
        }
        return new String(Character.toChars(codePoint));
    }
}
