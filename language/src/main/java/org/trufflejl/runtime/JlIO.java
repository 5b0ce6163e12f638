package org.trufflejl.runtime;

import java.io.BufferedInputStream;
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
 * in-memory {@code IOBuffer} ({@link Memory}). A stream's side may be missing: a file opened "r"
 * has no output, stdout no input. Reading is byte-oriented (Julia strings are UTF-8 bytes).
 */
public final class JlIO implements TruffleObject {
    public final DataType type;
    public final String name;
    private final OutputStream out;
    private final InputStream in;
    /** An IOBuffer's bytes and positions; null for a stream. */
    private final Memory memory;
    /** A file's channel, position and read-ahead; null for other streams. */
    private final SeekableFile file;
    private volatile boolean open = true;
    /**
     * A stream to flush before this one is written or read: stdout, for stderr and stdin, so that
     * a buffered stdout (the launcher's, into a file or pipe) keeps its order with them.
     */
    private volatile JlIO flushFirst;
    /** {@code redirect_stdout(target)}: where this stream's output goes instead, or null. */
    private volatile JlIO redirect;

    public JlIO redirect() {
        return redirect;
    }

    /** Sends this stream's output to {@code target} (null: back to its own). */
    @TruffleBoundary
    public void redirectTo(JlIO target) {
        flush();
        // redirect_stdout(stdout) goes back to the stream itself; a cycle (stdout to stderr to
        // stdout) would write forever
        for (JlIO t = target; t != null; t = t.redirect) {
            if (t == this) {
                if (target == this) {
                    break;
                }
                throw Errors.argumentError("cannot redirect " + name + " to a stream that is redirected to it", null);
            }
        }
        redirect = target == this ? null : target;
    }

    /** A stream that discards what is written ({@code devnull} as a redirection target). */
    public static JlIO discarding() {
        return stream("devnull", null, OutputStream.nullOutputStream());
    }

    private JlIO(DataType type, String name, OutputStream out, InputStream in, Memory memory, SeekableFile file) {
        this.type = type;
        this.name = name;
        this.out = out;
        this.in = in == null ? null : in.markSupported() ? in : new BufferedInputStream(in);
        this.memory = memory;
        this.file = file;
    }

    /** A stream over a file or stdin: {@code in} and/or {@code out} may be null. */
    public static JlIO stream(String name, InputStream in, OutputStream out) {
        return new JlIO(Types.IOStreamT, name, out, in, null, null);
    }

    /** An open file: one channel read and/or written at one position ({@code seek}, {@code position}). */
    public static JlIO file(String name, java.nio.channels.SeekableByteChannel channel, boolean read, boolean write, boolean append) {
        SeekableFile f = new SeekableFile(channel, append);
        return new JlIO(Types.IOStreamT, name, write ? f.output() : null, read ? f.input() : null, null, f);
    }

    /** {@code IOBuffer()}: readable, writable, seekable, empty. */
    public static JlIO newBuffer() {
        return new JlIO(Types.IOBufferT, "IOBuffer", null, null, new Memory(new byte[32], 0, true, true, true, false, Long.MAX_VALUE), null);
    }

    /** {@code IOBuffer(s)}: a read-only buffer over {@code data}. */
    public static JlIO readBuffer(byte[] data) {
        return new JlIO(Types.IOBufferT, "IOBuffer", null, null, new Memory(data, data.length, true, false, true, false, Long.MAX_VALUE), null);
    }

    /**
     * Any IOBuffer: {@code data} (owned from now on) holds {@code size} bytes to read; a buffer that
     * is not seekable is a {@code PipeBuffer}, whose read bytes are dropped when it is written again.
     */
    public static JlIO buffer(byte[] data, int size, boolean readable, boolean writable, boolean seekable, boolean append, long maxsize) {
        return new JlIO(Types.IOBufferT, "IOBuffer", null, null, new Memory(data, size, readable, writable, seekable, append, maxsize), null);
    }

    /**
     * An IOBuffer over the program's vector {@code v} (Julia's {@code IOBuffer(v)}): the vector's
     * elements are the buffer's bytes, so writes show in {@code v} (which grows when they pass its
     * end) and reads see what the program stored in it, until {@code take!} hands {@code v} out.
     */
    public static JlIO sharedBuffer(JlArray v, int size, boolean readable, boolean writable, boolean seekable, boolean append, long maxsize) {
        Memory m = new Memory((byte[]) v.store, size, readable, writable, seekable, append, maxsize);
        m.shared = v;
        return new JlIO(Types.IOBufferT, "IOBuffer", null, null, m, null);
    }

    /**
     * An IOBuffer's state, as Julia's {@code GenericIOBuffer}: {@code data[0:size)} holds the
     * contents, {@code ptr} is where the next read (and, unless appending, write) happens; so
     * {@code position(io)} is {@code ptr} (Julia counts it from 1). As in Julia, an IOBuffer is not
     * for concurrent use: no locking.
     */
    static final class Memory {
        byte[] data;
        int size;
        int ptr;
        int mark = -1;
        boolean readable;
        boolean writable;
        boolean seekable;
        final boolean append;
        final long maxsize;
        /**
         * The vector whose elements are the bytes ({@code IOBuffer(v)}), or null: then {@code data}
         * is the buffer's own (its length the capacity). The vector's store can be replaced by the
         * program (push!, resize!), so {@link #sync} reloads it before the bytes are used.
         */
        JlArray shared;

        Memory(byte[] data, int size, boolean readable, boolean writable, boolean seekable, boolean append, long maxsize) {
            this.data = data;
            this.size = size;
            this.readable = readable;
            this.writable = writable;
            this.seekable = seekable;
            this.append = append;
            this.maxsize = maxsize;
        }

        /**
         * With a shared vector: takes up its current store, and keeps size and position within
         * its length (the program may have shrunk it).
         */
        void sync() {
            JlArray v = shared;
            if (v != null) {
                data = (byte[]) v.store;
                if (size > v.length) {
                    size = v.length;
                }
                if (ptr > size) {
                    ptr = size;
                }
            }
        }

        /** Makes {@code data} hold at least {@code n} bytes; a shared vector grows to length {@code n}, as Julia's does. */
        void ensure(int n) {
            JlArray v = shared;
            if (v == null) {
                if (n > data.length) {
                    grow(n);
                }
            } else if (n > v.length) {
                growShared(v, n);
            }
        }

        @TruffleBoundary
        private void growShared(JlArray v, int n) {
            if (n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(n, data.length * 2));
                v.store = data;
            }
            v.length = n;
            v.dims[0] = n;
        }

        /** Writes {@code b}, returning how many bytes fit under {@code maxsize}. */
        int write(byte[] b, int len) {
            if (!writable) {
                throw notWritable();
            }
            sync();
            if (!seekable && ptr > 0 && size <= ptr) {
                ptr = 0; // a PipeBuffer read to its end starts over
                size = 0;
            }
            int at = append ? size : ptr;
            int n = (int) Math.min(len, Math.max(0, maxsize - at));
            ensure(at + n);
            System.arraycopy(b, 0, data, at, n);
            if (at + n > size) {
                size = at + n;
            }
            if (!append) {
                ptr = at + n;
            }
            return n;
        }

        @TruffleBoundary
        private void grow(int n) {
            data = java.util.Arrays.copyOf(data, Math.max(n, data.length * 2));
        }

        @TruffleBoundary
        private static RuntimeException notWritable() {
            return Errors.argumentError("ensureroom failed, IOBuffer is not writeable", null);
        }

        @TruffleBoundary
        void checkReadable() {
            if (!readable) {
                throw Errors.argumentError("read failed, IOBuffer is not readable", null);
            }
        }

        /** The next {@code n} bytes (fewer at the end), read. */
        byte[] read(int n) {
            checkReadable();
            sync();
            int k = Math.min(n, size - ptr);
            byte[] r = java.util.Arrays.copyOfRange(data, ptr, ptr + k);
            ptr += k;
            return r;
        }

        void seek(long n) {
            if (!seekable) {
                if (mark < 0) {
                    throw Errors.argumentError("seek failed, IOBuffer is not seekable and is not marked", null);
                }
                if (n != mark) {
                    throw Errors.argumentError("seek failed, IOBuffer is not seekable and n != mark", null);
                }
            }
            ptr = (int) Math.max(0, Math.min(n, size)); // Julia clamps instead of failing
        }
    }

    /** {@code position(io)}: bytes before the read/write position of an IOBuffer or a file. */
    @TruffleBoundary
    public long position() {
        if (file != null) {
            return file.position();
        }
        return memory().ptr;
    }

    /**
     * Writes to an IOBuffer in compiled code, returning the bytes written; -1 for other streams, which
     * {@link #write(byte[])} writes (a boundary call: for an IOBuffer it was most of {@code print(io, x)}).
     */
    public int appendToBuffer(byte[] bytes) {
        return memory != null ? memory.write(bytes, bytes.length) : -1;
    }

    /** Writes {@code bytes} and returns how many were written (an IOBuffer with a maxsize may take fewer). */
    @TruffleBoundary
    public int write(byte[] bytes) {
        if (memory != null) {
            return memory.write(bytes, bytes.length);
        }
        JlIO elsewhere = redirect;
        if (elsewhere != null) {
            return elsewhere.write(bytes);
        }
        JlIO first = flushFirst;
        if (first != null) {
            first.flush();
        }
        if (out == null) {
            throw open ? Errors.argumentError("write failed, IOStream is not writeable", null) : Errors.error("stream is closed or unusable", null);
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            // A closed stdout (e.g. `bin/jl x.jl | head`) must not turn into a Java error.
        }
        return bytes.length;
    }

    @TruffleBoundary
    public void write(String s) {
        write(JlString.utf8(s));
    }

    @TruffleBoundary
    public void flush() {
        JlIO elsewhere = redirect;
        if (elsewhere != null) {
            elsewhere.flush();
            return;
        }
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
        return memory != null;
    }

    public boolean isOpen() {
        if (memory != null) {
            return memory.readable || memory.writable || memory.seekable || memory.size > memory.ptr;
        }
        return open;
    }

    private Memory memory() {
        if (memory == null) {
            throw Errors.error("seeking is supported on IOBuffers and files only (" + name + ")", null);
        }
        return memory;
    }

    /**
     * {@code take!(io)} of a writable, seekable buffer over the program's vector: that vector
     * itself, cut to the buffer's size (as Julia 1.10 hands out a buffer's array), the buffer
     * going on empty with an array of its own; null for any other buffer ({@link #take}).
     */
    @TruffleBoundary
    public JlArray takeShared() {
        Memory m = memory();
        m.sync();
        JlArray v = m.shared;
        if (v == null || !m.writable || !m.seekable) {
            return null;
        }
        v.length = m.size;
        v.dims[0] = m.size;
        m.shared = null;
        m.data = new byte[32];
        m.mark = -1;
        m.ptr = 0;
        m.size = 0;
        return v;
    }

    /**
     * {@code take!(io)}: a seekable buffer's whole contents, a PipeBuffer's unread bytes; a
     * writable buffer is left empty.
     */
    @TruffleBoundary
    public byte[] take() {
        Memory m = memory();
        m.sync();
        m.mark = -1;
        byte[] r = m.seekable ? java.util.Arrays.copyOf(m.data, m.size) : m.read(m.size - m.ptr);
        if (m.writable) {
            m.ptr = 0;
            m.size = 0;
        }
        return r;
    }

    @TruffleBoundary
    public void seek(long n) {
        if (file != null) {
            file.seek(n);
            return;
        }
        memory().seek(n);
    }

    @TruffleBoundary
    public void seekEnd() {
        if (file != null) {
            file.seek(file.size());
            return;
        }
        Memory m = memory();
        m.ptr = m.size;
    }

    /** {@code skip(io, n)}: forward up to the end; backward as {@code seek} (clamped at 0). */
    @TruffleBoundary
    public void skip(long n) {
        if (file != null) {
            seek(position() + n);
            return;
        }
        Memory m = memory();
        if (n < 0) {
            m.seek(m.ptr + n);
        } else {
            m.ptr = (int) Math.min(m.ptr + n, m.size);
        }
    }

    /** {@code mark(io)}: remembers the position and returns it. */
    @TruffleBoundary
    public long mark() {
        if (file != null) {
            return file.mark();
        }
        Memory m = memory();
        m.mark = m.ptr;
        return m.ptr;
    }

    /** {@code unmark(io)}: whether there was a mark. */
    @TruffleBoundary
    public boolean unmark() {
        if (file != null) {
            boolean had = file.markPosition() >= 0;
            file.unmark();
            return had;
        }
        Memory m = memory();
        boolean had = m.mark >= 0;
        m.mark = -1;
        return had;
    }

    /** {@code reset(io)}: back to the mark, which is dropped; returns the position. */
    @TruffleBoundary
    public long resetToMark() {
        if (file != null) {
            long at = file.markPosition();
            if (at < 0) {
                throw Errors.argumentError("IOStream not marked", null);
            }
            seek(at);
            file.unmark();
            return at;
        }
        Memory m = memory();
        if (m.mark < 0) {
            throw Errors.argumentError("IOBuffer not marked", null);
        }
        int at = m.mark;
        m.seek(at);
        m.mark = -1;
        return at;
    }

    /** {@code truncate(io, n)}: keeps the first n bytes (zeros when growing). */
    @TruffleBoundary
    public void truncate(long n) {
        Memory m = memory();
        if (!m.writable) {
            throw Errors.argumentError("truncate failed, IOBuffer is not writeable", null);
        }
        if (!m.seekable) {
            throw Errors.argumentError("truncate failed, IOBuffer is not seekable", null);
        }
        if (n < 0) {
            throw Errors.argumentError("truncate failed, n bytes must be ≥ 0, got " + n, null);
        }
        if (n > m.maxsize) {
            throw Errors.argumentError("truncate failed, " + n + " bytes is exceeds IOBuffer maxsize " + m.maxsize, null);
        }
        m.sync();
        m.ensure((int) n);
        if (n > m.size) {
            java.util.Arrays.fill(m.data, m.size, (int) n, (byte) 0);
        }
        m.size = (int) n;
        m.ptr = Math.min(m.ptr, m.size);
        if (m.mark > n) {
            m.mark = -1;
        }
    }

    /**
     * An IOBuffer's field as Julia names it ({@code io.size}, {@code io.ptr} counting from 1, ...),
     * or null for another name.
     */
    @TruffleBoundary
    public Object bufferField(String field) {
        Memory m = memory();
        m.sync();
        if (field.equals("data") && m.shared != null) {
            return m.shared;
        }
        return switch (field) {
            case "size" -> (long) m.size;
            case "ptr" -> (long) m.ptr + 1;
            case "mark" -> (long) m.mark;
            case "maxsize" -> m.maxsize;
            case "readable" -> m.readable;
            case "writable" -> m.writable;
            case "seekable" -> m.seekable;
            case "append" -> m.append;
            case "data" -> java.util.Arrays.copyOf(m.data, m.size);
            default -> null;
        };
    }

    /** Whether {@code mark} was called and not undone ({@code ismarked}). */
    @TruffleBoundary
    public boolean isMarked() {
        return file != null ? file.markPosition() >= 0 : memory().mark >= 0;
    }

    /** How Julia shows an IOBuffer, or an IOStream. */
    @TruffleBoundary
    public String show() {
        if (memory == null) {
            return "IOStream(<" + name + ">)";
        }
        Memory m = memory;
        return "IOBuffer(data=UInt8[...], readable=" + m.readable + ", writable=" + m.writable + ", seekable=" + m.seekable + ", append=" + m.append +
                        ", size=" + m.size + ", maxsize=" + (m.maxsize == Long.MAX_VALUE ? "Inf" : String.valueOf(m.maxsize)) + ", ptr=" + (m.ptr + 1) +
                        ", mark=" + m.mark + ")";
    }

    @TruffleBoundary
    public long bytesAvailable() {
        if (memory != null) {
            return memory.size - memory.ptr;
        }
        try {
            return input().available();
        } catch (IOException e) {
            return 0;
        }
    }

    public boolean isReadable() {
        return memory != null ? memory.readable : in != null && open;
    }

    public boolean isWritable() {
        return memory != null ? memory.writable : out != null && open;
    }

    /** Makes {@code other} flushed before each write to or read from this stream. */
    public void flushFirst(JlIO other) {
        flushFirst = other;
    }

    private InputStream input() {
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
        byte[] b;
        boolean newline;
        if (memory != null) {
            Memory m = memory;
            m.checkReadable();
            m.sync();
            if (m.ptr >= m.size) {
                return null;
            }
            int end = m.ptr;
            while (end < m.size && m.data[end] != '\n') {
                end++;
            }
            newline = end < m.size;
            b = java.util.Arrays.copyOfRange(m.data, m.ptr, end);
            m.ptr = newline ? end + 1 : end;
        } else {
            InputStream s = input();
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
                newline = c == '\n';
            } catch (IOException e) {
                throw Errors.error("read failed: " + e.getMessage(), null);
            }
            b = line.toByteArray();
        }
        if (newline && keep) {
            byte[] k = java.util.Arrays.copyOf(b, b.length + 1);
            k[b.length] = '\n';
            return k;
        }
        if (!keep && newline && b.length > 0 && b[b.length - 1] == '\r') {
            return java.util.Arrays.copyOf(b, b.length - 1);
        }
        return b;
    }

    @TruffleBoundary
    public boolean eof() {
        if (memory != null) {
            return memory.ptr >= memory.size;
        }
        return peekByte() < 0;
    }

    /** Everything left to read. */
    @TruffleBoundary
    public byte[] readAll() {
        if (memory != null) {
            return memory.read(memory.size - memory.ptr);
        }
        try {
            return input().readAllBytes();
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    /** Up to {@code n} bytes (fewer at the end). */
    @TruffleBoundary
    public byte[] read(int n) {
        if (memory != null) {
            return memory.read(n);
        }
        try {
            return input().readNBytes(n);
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    /** One byte, or -1 at the end. */
    @TruffleBoundary
    public int readByte() {
        if (memory != null) {
            int b = peekByte();
            if (b >= 0) {
                memory.ptr++;
            }
            return b;
        }
        try {
            return input().read();
        } catch (IOException e) {
            throw Errors.error("read failed: " + e.getMessage(), null);
        }
    }

    /** The next byte without consuming it, or -1 at the end. */
    @TruffleBoundary
    public int peekByte() {
        if (memory != null) {
            memory.checkReadable();
            memory.sync();
            return memory.ptr < memory.size ? memory.data[memory.ptr] & 0xff : -1;
        }
        InputStream s = input();
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
        if (memory != null) {
            Memory m = memory;
            m.readable = m.writable = m.seekable = false;
            m.shared = null;
            m.data = new byte[0];
            m.size = m.ptr = 0;
            m.mark = -1;
            return;
        }
        if (!open) {
            return;
        }
        open = false;
        try {
            if (out != null) {
                out.flush();
                if (!name.equals("stdout") && !name.equals("stderr")) {
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
