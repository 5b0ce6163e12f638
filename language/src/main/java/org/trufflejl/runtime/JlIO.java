package org.trufflejl.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** An output stream ({@code stdout}, {@code stderr}: IOStream) or an in-memory {@code IOBuffer}. */
public final class JlIO implements TruffleObject {
    public final DataType type;
    public final String name;
    private final OutputStream out;
    private final ByteArrayOutputStream buffer;

    private JlIO(DataType type, String name, OutputStream out, ByteArrayOutputStream buffer) {
        this.type = type;
        this.name = name;
        this.out = out;
        this.buffer = buffer;
    }

    public static JlIO stream(String name, OutputStream out) {
        return new JlIO(Types.IOStreamT, name, out, null);
    }

    public static JlIO newBuffer() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        return new JlIO(Types.IOBufferT, "IOBuffer", b, b);
    }

    @TruffleBoundary
    public void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            // A closed stdout (e.g. `bin/jl x.jl | head`) must not turn into a Java error.
        }
    }

    @TruffleBoundary
    public void write(String s) {
        write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            // see write
        }
    }

    public boolean isBuffer() {
        return buffer != null;
    }

    /** {@code take!(io)}: the buffer's bytes, leaving it empty. */
    @TruffleBoundary
    public byte[] take() {
        byte[] r = buffer.toByteArray();
        buffer.reset();
        return r;
    }
}
