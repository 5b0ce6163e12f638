package org.trufflejl.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A stream: {@code stdin}/{@code stdout}/{@code stderr} and files ({@code IOStream}), or an
 * in-memory {@code IOBuffer}. Either side may be missing: a file opened "r" has no output, stdout
 * no input. Reading is byte-oriented (Julia strings are UTF-8 bytes).
 */
public final class JlIO implements TruffleObject {
    public final DataType type;
    public final String name;
    private final OutputStream out;
    private final ByteArrayOutputStream buffer;
    private final BufferedInputStream in;
    private volatile boolean open = true;
    /**
     * A stream to flush before this one is written or read: stdout, for stderr and stdin, so that
     * a buffered stdout (the launcher's, into a file or pipe) keeps its order with them.
     */
    private volatile JlIO flushFirst;
    /** The length of a read buffer's data (what {@link #position} counts from), else 0. */
    private final int readLength;

    private JlIO(DataType type, String name, OutputStream out, ByteArrayOutputStream buffer, InputStream in) {
        this(type, name, out, buffer, in, 0);
    }

    private JlIO(DataType type, String name, OutputStream out, ByteArrayOutputStream buffer, InputStream in, int readLength) {
        this.type = type;
        this.name = name;
        this.out = out;
        this.buffer = buffer;
        this.in = in == null ? null : new BufferedInputStream(in);
        this.readLength = readLength;
    }

    public static JlIO stream(String name, OutputStream out) {
        return new JlIO(Types.IOStreamT, name, out, null, null);
    }

    /** A stream over a file or stdin: {@code in} and/or {@code out} may be null. */
    public static JlIO stream(String name, InputStream in, OutputStream out) {
        return new JlIO(Types.IOStreamT, name, out, null, in);
    }

    public static JlIO newBuffer() {
        ByteArrayOutputStream b = new WriteBuffer();
        return new JlIO(Types.IOBufferT, "IOBuffer", b, b, null);
    }

    /**
     * An IOBuffer's bytes: ByteArrayOutputStream without its locking (a lock per write was most
     * of printing a number to an IOBuffer). As in Julia, an IOBuffer is not for concurrent writers.
     */
    private static final class WriteBuffer extends ByteArrayOutputStream {
        @Override
        public void write(int b) {
            ensure(count + 1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            ensure(count + len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        @Override
        public void writeBytes(byte[] b) {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }

        private void ensure(int n) {
            if (n > buf.length) {
                grow(n);
            }
        }

        @TruffleBoundary
        private void grow(int n) {
            buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }

        /** {@link #write(byte[])} in compiled code (no bounds re-check, no boundary). */
        void append(byte[] b) {
            int n = count + b.length;
            ensure(n);
            System.arraycopy(b, 0, buf, count, b.length);
            count = n;
        }

        @Override
        public byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, count);
        }

        @Override
        public void reset() {
            count = 0;
        }

        @Override
        public int size() {
            return count;
        }
    }

    /** {@code IOBuffer(s)}: a buffer to read {@code s} from. */
    public static JlIO readBuffer(byte[] data) {
        return new JlIO(Types.IOBufferT, "IOBuffer", null, null, new ByteArrayInputStream(data), data.length);
    }

    /** {@code position(io)} of an IOBuffer: the bytes written so far, or read so far from a read buffer. */
    @TruffleBoundary
    public long position() {
        if (buffer != null) {
            return buffer.size();
        }
        try {
            return readLength - in.available();
        } catch (IOException e) {
            return readLength;
        }
    }

    /**
     * Appends to an IOBuffer in compiled code and says so; false for other streams, which
     * {@link #write(byte[])} writes (a boundary call: for an IOBuffer it was most of {@code print(io, x)}).
     */
    public boolean appendToBuffer(byte[] bytes) {
        if (buffer instanceof WriteBuffer w) {
            w.append(bytes);
            return true;
        }
        return false;
    }

    @TruffleBoundary
    public void write(byte[] bytes) {
        JlIO first = flushFirst;
        if (first != null) {
            first.flush();
        }
        if (out == null) {
            throw Errors.error((open ? "write failed, IOStream(<" + name + ">) is not open for writing" : "stream is closed or unusable"), null);
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            // A closed stdout (e.g. `bin/jl x.jl | head`) must not turn into a Java error.
        }
    }

    @TruffleBoundary
    public void write(String s) {
        write(JlString.utf8(s));
    }

    @TruffleBoundary
    public void flush() {
        if (out == null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            // see write
        }
    }

    public boolean isBuffer() {
        return type == Types.IOBufferT;
    }

    public boolean isOpen() {
        return open;
    }

    /** {@code take!(io)}: the buffer's bytes, leaving it empty (for a read buffer, what is left to read). */
    @TruffleBoundary
    public byte[] take() {
        if (buffer == null) {
            return readAll();
        }
        byte[] r = buffer.toByteArray();
        buffer.reset();
        return r;
    }

    /** Makes {@code other} flushed before each write to or read from this stream. */
    public void flushFirst(JlIO other) {
        flushFirst = other;
    }

    private BufferedInputStream input() {
        JlIO first = flushFirst;
        if (first != null) {
            first.flush();
        }
        if (in == null) {
            throw Errors.error(open ? "read failed, IOStream(<" + name + ">) is not open for reading" : "stream is closed or unusable", null);
        }
        if (!open) {
            throw Errors.error("stream is closed or unusable", null);
        }
        return in;
    }

    /** The next line's bytes, with its {@code \n} (or {@code \r\n}) when {@code keep}; null at the end. */
    @TruffleBoundary
    public byte[] readLine(boolean keep) {
        BufferedInputStream s = input();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int c = s.read();
            if (c < 0) {
                return null;
            }
            while (c >= 0 && c != '\n') {
                line.write(c);
                c = s.read();
            }
            byte[] b = line.toByteArray();
            if (c == '\n' && keep) {
                byte[] k = java.util.Arrays.copyOf(b, b.length + 1);
                k[b.length] = '\n';
                return k;
            }
            if (!keep && b.length > 0 && b[b.length - 1] == '\r') {
                return java.util.Arrays.copyOf(b, b.length - 1);
            }
            return b;
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    @TruffleBoundary
    public boolean eof() {
        BufferedInputStream s = input();
        try {
            s.mark(1);
            int c = s.read();
            s.reset();
            return c < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Everything left to read. */
    @TruffleBoundary
    public byte[] readAll() {
        try {
            return input().readAllBytes();
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    /** One byte, or -1 at the end. */
    @TruffleBoundary
    public int readByte() {
        try {
            return input().read();
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    /** The next byte without consuming it, or -1 at the end. */
    @TruffleBoundary
    public int peekByte() {
        BufferedInputStream s = input();
        try {
            s.mark(1);
            int b = s.read();
            s.reset();
            return b;
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    @TruffleBoundary
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            if (out != null) {
                out.flush();
                if (buffer == null && !name.equals("stdout") && !name.equals("stderr")) {
                    out.close();
                }
            }
            if (in != null && !name.equals("stdin")) {
                in.close();
            }
        } catch (IOException e) {
            // closing what could not be flushed: nothing more to report
        }
    }
}
