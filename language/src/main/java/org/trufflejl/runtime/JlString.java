package org.trufflejl.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Julia {@code String}: immutable UTF-8 bytes. Indices are byte offsets, as in Julia; the Java
 * String form is made on demand for printing and host interop.
 */
@ExportLibrary(InteropLibrary.class)
public final class JlString implements TruffleObject {
    public static final JlString EMPTY = new JlString(new byte[0]);

    private final byte[] bytes;
    private String javaString;

    public JlString(byte[] bytes) {
        this.bytes = bytes;
    }

    @TruffleBoundary
    /** A value as the parser left it, with its string literals (Java strings) made Strings. */
    public static Object ofParsed(Object o) {
        return o instanceof String s ? of(s) : o;
    }

    /** The UTF-8 bytes of {@code s}, a raw byte's char ({@link #rawByteChar}) as that byte. */
    public static byte[] utf8(String s) {
        return hasRawBytes(s) ? encodeWithRawBytes(s) : s.getBytes(StandardCharsets.UTF_8);
    }

    public static JlString of(String s) {
        if (hasRawBytes(s)) {
            return new JlString(encodeWithRawBytes(s));
        }
        JlString r = new JlString(s.getBytes(StandardCharsets.UTF_8));
        r.javaString = s;
        return r;
    }

    /**
     * A string literal's byte that is not part of valid UTF-8 ({@code "\xff"}) reaches here in a
     * Java string as the lone low surrogate U+DC00 + byte (a Java string holds characters, not
     * bytes; a lone surrogate is never text), and becomes that byte again.
     */
    public static char rawByteChar(byte b) {
        return (char) (0xDC00 | (b & 0xff));
    }

    /** Whether {@code cp} is a raw byte's char ({@link #rawByteChar}). */
    private static boolean isRawByte(int cp) {
        return cp >= 0xDC80 && cp <= 0xDCFF;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0. */
    public static int validSequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        int n = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
        if (n == 0 || i + n > b.length) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if ((b[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        int second = b[i + 1] & 0xff;
        // overlong 3/4-byte forms, UTF-16 surrogates, beyond U+10FFFF
        if ((c == 0xe0 && second < 0xa0) || (c == 0xed && second > 0x9f) || (c == 0xf0 && second < 0x90) || (c == 0xf4 && second > 0x8f)) {
            return 0;
        }
        return n;
    }

    private static boolean isRawByteChar(String s, int i) {
        return isRawByte(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static boolean hasRawBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isRawByteChar(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] encodeWithRawBytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isRawByteChar(s, i)) {
                out.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
                out.write(s.charAt(i) & 0xff);
                start = i + 1;
            }
        }
        out.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The UTF-8 bytes; callers must not modify them. */
    public byte[] bytes() {
        return bytes;
    }

    public int byteLength() {
        return bytes.length;
    }

    @TruffleBoundary
    public JlString concat(JlString other) {
        byte[] r = Arrays.copyOf(bytes, bytes.length + other.bytes.length);
        System.arraycopy(other.bytes, 0, r, bytes.length, other.bytes.length);
        return new JlString(r);
    }

    /** Number of characters (code points; malformed bytes count one each, as Julia's length). */
    @TruffleBoundary
    public long length() {
        long n = 0;
        for (int i = 0; i < bytes.length; i = nextIndex(i)) {
            n++;
        }
        return n;
    }

    /**
     * Byte index of the character after the one starting at {@code i} (0-based), by Julia's rule:
     * a lead byte takes the continuation bytes its length allows (a malformed Char if they are
     * too few or the sequence is not valid UTF-8); any other byte is a Char of its own.
     */
    public int nextIndex(int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0xC0 || b >= 0xF8) {
            return i + 1;
        }
        int len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        int j = i + 1;
        while (j < i + len && j < bytes.length && (bytes[j] & 0xC0) == 0x80) {
            j++;
        }
        return j;
    }

    /** Whether byte {@code i} (0-based) starts a character (a continuation byte no lead byte before it takes does). */
    public boolean isCharStart(int i) {
        if (i < 0 || i >= bytes.length) {
            return false;
        }
        if ((bytes[i] & 0xC0) != 0x80) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if ((bytes[j] & 0xC0) != 0x80) {
                return nextIndex(j) <= i;
            }
        }
        return true;
    }

    /**
     * The Char starting at byte {@code i} (0-based): its code point, or a malformed Char ({@link
     * JlChar#malformed}); an encoded surrogate or code point above U+10FFFF is that code point, the
     * Char {@code Char(0xd800)} is.
     */
    public int codePointAt(int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
            return b;
        }
        int end = nextIndex(i);
        int len = end - i;
        if (validSequenceLength(bytes, i) != len) {
            return Hashing.charFromBits(JlChar.malformed(bytes, i, end));
        }
        int cp = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int j = i + 1; j < end; j++) {
            cp = (cp << 6) | (bytes[j] & 0x3F);
        }
        return cp;
    }

    @ExportMessage
    boolean isString() {
        return true;
    }

    @ExportMessage
    String asString() {
        return toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JlString s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        String s = javaString;
        if (s == null) {
            s = decode(bytes);
            javaString = s;
        }
        return s;
    }

    /**
     * Bytes as a Java string: valid UTF-8 as its characters, any other byte as its raw-byte
     * char ({@link #rawByteChar}), so that {@link #of} gives the same bytes back.
     */
    @TruffleBoundary
    public static String decode(byte[] b) {
        int i = 0;
        for (int n; i < b.length && (n = validSequenceLength(b, i)) > 0;) {
            i += n;
        }
        if (i == b.length) {
            return new String(b, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(b.length + 8);
        sb.append(new String(b, 0, i, StandardCharsets.UTF_8));
        while (i < b.length) {
            int n = validSequenceLength(b, i);
            if (n > 0) {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append(rawByteChar(b[i]));
                i++;
            }
        }
        return sb.toString();
    }

    /** The characters in reverse order (a malformed Char keeps its bytes in order, as Julia's reverse does). */
    @TruffleBoundary
    public JlString reverse() {
        byte[] r = new byte[bytes.length];
        int end = r.length;
        for (int i = 0; i < bytes.length;) {
            int next = nextIndex(i);
            end -= next - i;
            System.arraycopy(bytes, i, r, end, next - i);
            i = next;
        }
        return new JlString(r);
    }
}
