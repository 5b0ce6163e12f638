package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;

/**
 * A value of a type declared with {@code primitive type T n end}: n/8 bytes and nothing else,
 * made by {@code reinterpret} from another primitive value of the same size. Immutable, so
 * {@code ===}, {@code objectid} and hashing go by type and bytes.
 */
public final class JlPrimitiveValue implements JlTyped {
    public final DataType type;
    /** The bits, least significant byte first. */
    private final byte[] bytes;

    public JlPrimitiveValue(DataType type, byte[] bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    @Override
    public JlType jlType() {
        return type;
    }

    public int size() {
        return bytes.length;
    }

    /** Byte {@code i} of the bits, counting from the least significant. */
    public byte byteAt(int i) {
        return bytes[i];
    }

    /** Bits {@code 64*word .. 64*word+63} (zero beyond the value's size). */
    public long word(int word) {
        return word(bytes, word);
    }

    /** Bits {@code 64*word .. 64*word+63} of bytes stored least significant first. */
    public static long word(byte[] bytes, int word) {
        long w = 0;
        for (int i = Math.min(bytes.length, 8 * word + 8) - 1; i >= 8 * word; i--) {
            w = w << 8 | (bytes[i] & 0xFFL);
        }
        return w;
    }

    /** Julia's default {@code show}: {@code T(0x0000002a)}, the bits most significant first. */
    public String show(String typeName) {
        StringBuilder sb = new StringBuilder(typeName).append("(0x");
        for (int i = bytes.length - 1; i >= 0; i--) {
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JlPrimitiveValue p && p.type == type && java.util.Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return type.family.name.name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }
}
