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

    public static JlString of(String s) {
        JlString r = new JlString(s.getBytes(StandardCharsets.UTF_8));
        r.javaString = s;
        return r;
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

    /** Byte index of the character after the one starting at {@code i} (0-based). */
    public int nextIndex(int i) {
        int b = bytes[i] & 0xFF;
        int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        int j = i + 1;
        while (j < i + len && j < bytes.length && (bytes[j] & 0xC0) == 0x80) {
            j++;
        }
        return j;
    }

    /** Whether byte {@code i} (0-based) starts a character. */
    public boolean isCharStart(int i) {
        return i >= 0 && i < bytes.length && (bytes[i] & 0xC0) != 0x80;
    }

    /** The code point starting at byte {@code i} (0-based). */
    public int codePointAt(int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
            return b;
        }
        int end = nextIndex(i);
        int len = end - i;
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
            s = new String(bytes, StandardCharsets.UTF_8);
            javaString = s;
        }
        return s;
    }
}
