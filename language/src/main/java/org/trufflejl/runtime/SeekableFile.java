package org.trufflejl.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * An open file as Julia's IOStream sees it: one position for reading and writing, which
 * {@code seek}, {@code skip} and {@code position} move and report. Reads and writes are buffered
 * (8 KB each, as Julia's ios buffers): written bytes reach the file when the buffer fills, on
 * {@code flush}, {@code close}, a seek or a read, and at exit ({@code JlContext.flushOpenFiles});
 * read-ahead is dropped when the position moves or the file is written.
 */
final class SeekableFile {
    private final SeekableByteChannel channel;
    private final byte[] buffer = new byte[8192];
    private final byte[] pending = new byte[8192];
    /** pending[0..written) are bytes written at the position, not yet given to the channel. */
    private int written;
    /** buffer[next..end) are the bytes after the logical position, read ahead from the channel. */
    private int next;
    private int end;
    private long mark = -1;
    /** Opened to append: every write goes to the end. */
    private final boolean append;

    SeekableFile(SeekableByteChannel channel, boolean append) {
        this.channel = channel;
        this.append = append;
    }

    /** Bytes before the read/write position. */
    long position() {
        try {
            flush();
            return channel.position() - (end - next);
        } catch (IOException e) {
            throw seekFailed(e);
        }
    }

    /** Positioning failures are Julia errors (the reading and writing sides keep IOException for their streams). */
    private static RuntimeException seekFailed(IOException e) {
        return Errors.error("seek failed: " + e.getMessage(), null);
    }

    /** Gives the written bytes to the channel. */
    void flush() throws IOException {
        if (written > 0) {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(pending, 0, written);
            written = 0;
            while (bb.hasRemaining()) {
                channel.write(bb);
            }
        }
    }

    void seek(long n) {
        try {
            flush();
            channel.position(Math.max(0, n)); // Julia's seek past the end is allowed (the file grows when written there)
            next = end = 0;
        } catch (IOException e) {
            throw seekFailed(e);
        }
    }

    long size() {
        try {
            flush();
            return channel.size();
        } catch (IOException e) {
            throw seekFailed(e);
        }
    }

    long mark() {
        mark = position();
        return mark;
    }

    long markPosition() {
        return mark;
    }

    void unmark() {
        mark = -1;
    }

    private boolean fill() throws IOException {
        if (next < end) {
            return true;
        }
        flush();
        next = end = 0;
        int k = channel.read(ByteBuffer.wrap(buffer));
        if (k <= 0) {
            return false;
        }
        end = k;
        return true;
    }

    int read() throws IOException {
        return fill() ? buffer[next++] & 0xff : -1;
    }

    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int k = Math.min(len, end - next);
        System.arraycopy(buffer, next, b, off, k);
        next += k;
        return k;
    }

    void write(byte[] b, int off, int len) throws IOException {
        if (next < end) {
            channel.position(channel.position() - (end - next)); // the bytes read ahead are not consumed: write where the reader is
            next = end = 0;
        }
        if (written + len > pending.length) {
            flush();
            if (len > pending.length) {
                written = 0;
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                if (append) {
                    channel.position(channel.size());
                }
                while (bb.hasRemaining()) {
                    channel.write(bb);
                }
                return;
            }
        }
        System.arraycopy(b, off, pending, written, len);
        written += len;
    }

    void close() throws IOException {
        if (channel.isOpen()) {
            try {
                flush();
            } finally {
                channel.close();
            }
        }
    }

    /** The reading side, with mark/reset (a one-byte look-ahead for {@code peek} and {@code eof}). */
    InputStream input() {
        return new InputStream() {
            private long peekMark = -1;

            @Override
            public int read() throws IOException {
                return SeekableFile.this.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return SeekableFile.this.read(b, off, len);
            }

            @Override
            public int available() {
                return (int) Math.min(Integer.MAX_VALUE, Math.max(0, size() - position()));
            }

            @Override
            public boolean markSupported() {
                return true;
            }

            @Override
            public synchronized void mark(int readLimit) {
                peekMark = position();
            }

            @Override
            public synchronized void reset() throws IOException {
                if (peekMark >= 0) {
                    // within the buffer when only a few bytes were read since the mark
                    long back = position() - peekMark;
                    if (back <= next) {
                        next -= (int) back;
                    } else {
                        seek(peekMark);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                SeekableFile.this.close();
            }
        };
    }

    /** The writing side. */
    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                SeekableFile.this.write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                SeekableFile.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                SeekableFile.this.flush();
            }

            @Override
            public void close() throws IOException {
                SeekableFile.this.close();
            }
        };
    }
}
