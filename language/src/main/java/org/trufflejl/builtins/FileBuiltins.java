package org.trufflejl.builtins;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlIO;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

/**
 * Files and streams: open/close, line and byte reading, and the file system queries of Base
 * (isfile, rm, readdir...). Paths go through the Truffle file system, so an embedder's I/O
 * policy applies ({@code allowIO}); failures are Julia's SystemError with the errno text.
 */
public final class FileBuiltins {
    private FileBuiltins() {
    }

    private static Object stat(SlowBuiltin n, String p, boolean follow) {
        // (absolute first: a relative path without following links was resolved against the JVM's
        // directory, not the one cd chose)
        TruffleFile f = file(n, p).getAbsoluteFile();
        java.nio.file.LinkOption[] how = follow ? new java.nio.file.LinkOption[0] : new java.nio.file.LinkOption[]{java.nio.file.LinkOption.NOFOLLOW_LINKS};
        try {
            if (!f.exists(how)) {
                return JlNothing.INSTANCE;
            }
            TruffleFile.Attributes at = f.getAttributes(List.of(TruffleFile.UNIX_DEV, TruffleFile.UNIX_INODE, TruffleFile.UNIX_MODE, TruffleFile.UNIX_NLINK,
                            TruffleFile.UNIX_UID, TruffleFile.UNIX_GID, TruffleFile.UNIX_RDEV, TruffleFile.SIZE, TruffleFile.LAST_MODIFIED_TIME,
                            TruffleFile.UNIX_CTIME, TruffleFile.UNIX_OWNER, TruffleFile.UNIX_GROUP), how);
            long size = at.get(TruffleFile.SIZE);
            // the JVM reports no st_blksize/st_blocks: the file store's block size, and the blocks
            // that many bytes fill
            long blksize = 4096;
            try {
                blksize = java.nio.file.Files.getFileStore(java.nio.file.Path.of(f.getAbsoluteFile().getPath())).getBlockSize();
            } catch (IOException | RuntimeException e) {
                // keep the common 4096
            }
            long blocks = (size + blksize - 1) / blksize * (blksize / 512);
            return new org.trufflejl.runtime.JlTuple((long) at.get(TruffleFile.UNIX_DEV), (long) at.get(TruffleFile.UNIX_INODE),
                            (long) (int) at.get(TruffleFile.UNIX_MODE), (long) (int) at.get(TruffleFile.UNIX_NLINK), (long) (int) at.get(TruffleFile.UNIX_UID),
                            (long) (int) at.get(TruffleFile.UNIX_GID), (long) at.get(TruffleFile.UNIX_RDEV), size, blksize, blocks,
                            at.get(TruffleFile.LAST_MODIFIED_TIME).to(java.util.concurrent.TimeUnit.MICROSECONDS) / 1e6,
                            at.get(TruffleFile.UNIX_CTIME).to(java.util.concurrent.TimeUnit.MICROSECONDS) / 1e6,
                            JlString.of(at.get(TruffleFile.UNIX_OWNER).getName()), JlString.of(at.get(TruffleFile.UNIX_GROUP).getName()));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw ioError(n, "stat(\"" + p + "\")", e);
        }
    }

    private static double fileTime(SlowBuiltin n, String p, boolean change) {
        try {
            TruffleFile f = file(n, p);
            if (!f.exists()) {
                return 0.0;
            }
            java.nio.file.attribute.FileTime t = change ? f.getAttribute(TruffleFile.UNIX_CTIME) : f.getLastModifiedTime();
            return t.to(java.util.concurrent.TimeUnit.MICROSECONDS) / 1e6;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw ioError(n, "stat(\"" + p + "\")", e);
        }
    }

    static void install(Builtins b) {
        JlType S = Types.String;
        JlType IO = Types.IO;
        JlType B = Types.Bool;
        // _open(path, read, write, create, truncate, append): Julia's open flags (Base maps the mode strings)
        b.slow("_open", (a, n) -> open(n, a[0].toString(), (Boolean) a[1], (Boolean) a[2], (Boolean) a[3], (Boolean) a[4], (Boolean) a[5]),
                        S, B, B, B, B, B);
        for (JlType io : new JlType[]{Types.IOStreamT, Types.IOBufferT}) {
            b.slow("close", (a, n) -> {
                ((JlIO) a[0]).close();
                n.context().openFiles.remove(a[0]);
                return JlNothing.INSTANCE;
            }, io);
            b.slow("isopen", (a, n) -> ((JlIO) a[0]).isOpen(), io);
            b.slow("eof", (a, n) -> ((JlIO) a[0]).eof(), io);
            b.slow("_readline", (a, n) -> {
                byte[] line = ((JlIO) a[0]).readLine((Boolean) a[1]);
                return line == null ? JlNothing.INSTANCE : new JlString(line);
            }, io, B);
            b.slow("_read_all", (a, n) -> {
                byte[] all = ((JlIO) a[0]).readAll();
                return JlArray.vector(Types.UInt8T, all, all.length);
            }, io);
            b.slow("_read_byte", (a, n) -> (long) ((JlIO) a[0]).readByte(), io);
            b.slow("_read_n", (a, n) -> {
                byte[] bytes = ((JlIO) a[0]).read((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, (Long) a[1])));
                return JlArray.vector(Types.UInt8T, bytes, bytes.length);
            }, io, Types.Int64);
            b.slow("bytesavailable", (a, n) -> ((JlIO) a[0]).bytesAvailable(), io);
            b.slow("isreadable", (a, n) -> ((JlIO) a[0]).isReadable(), io);
            b.slow("iswritable", (a, n) -> ((JlIO) a[0]).isWritable(), io);
            b.slow("_peek_byte", (a, n) -> (long) ((JlIO) a[0]).peekByte(), io);
        }
        // redirect_stdout/redirect_stderr: (stream, target JlIO or nothing); the current target
        b.slow("_redirect", (a, n) -> {
            ((JlIO) a[0]).redirectTo(a[1] instanceof JlIO t ? t : null);
            return JlNothing.INSTANCE;
        }, Types.IOStreamT, Types.Any);
        b.slow("_redirected_to", (a, n) -> {
            JlIO t = ((JlIO) a[0]).redirect();
            return t == null ? JlNothing.INSTANCE : t;
        }, Types.IOStreamT);
        b.slow("_discarding_stream", (a, n) -> JlIO.discarding());
        // stat/lstat: (device, inode, mode, nlink, uid, gid, rdev, size, blksize, blocks, mtime,
        // ctime, owner name, group name), or nothing for a path that is not there
        b.slow("_stat", (a, n) -> stat(n, a[0].toString(), (Boolean) a[1]), S, B);
        b.slow("_file_kind", (a, n) -> {
            TruffleFile f = file(n, a[0].toString());
            try {
                return (long) (f.isRegularFile() ? 1 : f.isDirectory() ? 2 : f.exists() ? 3 : 0);
            } catch (SecurityException e) {
                return 0L;
            }
        }, S);
        b.slow("filesize", (a, n) -> {
            String p = a[0].toString();
            try {
                TruffleFile f = file(n, p);
                if (!f.exists()) {
                    return 0L; // Julia's stat of a missing path is all zeros, not an error
                }
                return f.size();
            } catch (IOException | SecurityException e) {
                throw ioError(n, "stat(\"" + p + "\")", e);
            }
        }, S);
        // mtime/ctime: seconds since the epoch (0.0 for a missing path, as Julia's zero stat)
        b.slow("mtime", (a, n) -> fileTime(n, a[0].toString(), false), S);
        b.slow("ctime", (a, n) -> fileTime(n, a[0].toString(), true), S);
        b.slow("islink", (a, n) -> {
            try {
                return file(n, a[0].toString()).isSymbolicLink();
            } catch (SecurityException e) {
                return false;
            }
        }, S);
        // symlink(target, link) and hardlink(src, dst): the new name is the second argument
        for (boolean symbolic : new boolean[]{true, false}) {
            b.slow(symbolic ? "symlink" : "hardlink", (a, n) -> {
                String existing = a[0].toString();
                String made = a[1].toString();
                try {
                    if (symbolic) {
                        file(n, made).createSymbolicLink(file(n, existing));
                    } else {
                        file(n, made).createLink(file(n, existing));
                    }
                } catch (IOException | SecurityException | UnsupportedOperationException e) {
                    throw ioError(n, (symbolic ? "symlink" : "link") + "(\"" + existing + "\", \"" + made + "\")", e);
                }
                return JlNothing.INSTANCE;
            }, S, S);
        }
        b.slow("readlink", (a, n) -> {
            String p = a[0].toString();
            try {
                return JlString.of(file(n, p).readSymbolicLink().getPath());
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw ioError(n, "readlink(\"" + p + "\")", e);
            }
        }, S);
        b.slow("_rm", (a, n) -> {
            String p = a[0].toString();
            try {
                delete(file(n, p), (Boolean) a[1]);
            } catch (IOException | SecurityException e) {
                throw ioError(n, "unlink(\"" + p + "\")", e);
            }
            return JlNothing.INSTANCE;
        }, S, B);
        // touch(path): creates an empty file, or sets an existing one's modification time to now
        b.slow("touch", (a, n) -> {
            String p = a[0].toString();
            try {
                TruffleFile f = file(n, p);
                if (f.exists()) {
                    f.setLastModifiedTime(java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
                } else {
                    f.createFile();
                }
            } catch (IOException | SecurityException e) {
                throw ioError(n, "touch(\"" + p + "\")", e);
            }
            return a[0];
        }, Types.String);
        b.slow("_mkdir", (a, n) -> {
            String p = a[0].toString();
            try {
                TruffleFile f = file(n, p);
                if ((Boolean) a[1]) {
                    f.createDirectories();
                } else {
                    f.createDirectory();
                }
            } catch (IOException | SecurityException e) {
                throw ioError(n, "mkdir(\"" + p + "\"; mode=0o777)", e);
            }
            return a[0];
        }, S, B);
        b.slow("_readdir", (a, n) -> {
            String p = a[0].toString();
            List<String> names = new ArrayList<>();
            try {
                for (TruffleFile f : file(n, p).list()) {
                    names.add(f.getName());
                }
            } catch (IOException | SecurityException e) {
                throw ioError(n, "readdir(\"" + p + "\")", e);
            }
            Collections.sort(names);
            Object[] out = new Object[names.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = JlString.of(names.get(i));
            }
            return JlArray.vector(Types.String, out, out.length);
        }, S);
        // cd(dir): the context's working directory (what relative paths and commands start from)
        b.slow("_cd", (a, n) -> {
            String p = a[0].toString();
            try {
                TruffleFile f = file(n, p);
                if (!f.isDirectory()) {
                    throw ioError(n, "cd(\"" + p + "\")", f.exists() ? new java.nio.file.NotDirectoryException(p) : new NoSuchFileException(p));
                }
                n.context().env.setCurrentWorkingDirectory(f.getAbsoluteFile().normalize());
            } catch (SecurityException e) {
                // (an embedding that denies file access: the program sees Julia's permission error)
                throw ioError(n, "cd(\"" + p + "\")", e);
            }
            return JlNothing.INSTANCE;
        }, S);
        // _cp(src, dst, move): copies (a directory with what it holds) or moves; dst must not exist
        b.slow("_cp", (a, n) -> {
            String from = a[0].toString();
            String to = a[1].toString();
            boolean move = (Boolean) a[2];
            try {
                if (move) {
                    file(n, from).move(file(n, to));
                } else {
                    copy(file(n, from), file(n, to));
                }
            } catch (IOException | SecurityException e) {
                throw ioError(n, (move ? "rename(\"" : "cp(\"") + from + "\", \"" + to + "\")", e);
            }
            return a[1];
        }, S, S, B);
        b.slow("_chmod", (a, n) -> {
            String p = a[0].toString();
            long mode = (Long) a[1];
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
            java.nio.file.attribute.PosixFilePermission[] order = java.nio.file.attribute.PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
            for (int i = 0; i < 9; i++) {
                if ((mode & (1L << (8 - i))) != 0) {
                    perms.add(order[i]);
                }
            }
            try {
                file(n, p).setPosixPermissions(perms);
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw ioError(n, "chmod(\"" + p + "\", 0o" + Long.toOctalString(mode) + ")", e);
            }
            return a[0];
        }, S, Types.Int64);
        b.slow("_filemode", (a, n) -> {
            TruffleFile f = file(n, a[0].toString());
            try {
                return f.exists() ? (long) (int) f.getAttribute(TruffleFile.UNIX_MODE) : 0L;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return 0L;
            }
        }, S);
        b.slow("_strerror", (a, n) -> JlString.of(errnoText((int) (long) (Long) a[0], false)), Types.Int64);
        b.slow("pwd", (a, n) -> {
            try {
                return JlString.of(n.context().env.getCurrentWorkingDirectory().getPath());
            } catch (SecurityException e) {
                throw ioError(n, "pwd()", e); // an embedding that allows no file access
            }
        });
        // as libuv's uv_os_tmpdir: TMPDIR, TMP, TEMP or TEMPDIR (as ENV has them), else the system's
        b.slow("tempdir", (a, n) -> {
            for (String name : new String[]{"TMPDIR", "TMP", "TEMP", "TEMPDIR"}) {
                if (n.context().getenv(name) instanceof JlString v && !v.toString().isEmpty()) {
                    String dir = v.toString();
                    return JlString.of(dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir);
                }
            }
            return JlString.of(System.getProperty("java.io.tmpdir"));
        });
        b.slow("realpath", (a, n) -> {
            String p = a[0].toString();
            try {
                return JlString.of(file(n, p).getCanonicalFile().getPath());
            } catch (IOException | SecurityException e) {
                throw ioError(n, "realpath(\"" + p + "\")", e);
            }
        }, S);
        b.slow("_abspath", (a, n) -> {
            String p = a[0].toString();
            try {
                return JlString.of(file(n, p).getAbsoluteFile().normalize().getPath());
            } catch (SecurityException e) {
                throw accessDenied(n, p);   // (no working directory to resolve against)
            }
        }, S);
    }

    /** What a program sees when the embedding gives it no access to {@code path}. */
    private static org.trufflejl.runtime.JlException accessDenied(SlowBuiltin n, String path) {
        return org.trufflejl.runtime.Errors.error("file access is not allowed here: " + path, n);
    }

    private static TruffleFile file(SlowBuiltin n, String path) {
        try {
            return n.context().env.getPublicTruffleFile(path);
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            throw accessDenied(n, path);
        }
    }

    private static JlIO open(SlowBuiltin n, String path, boolean read, boolean write, boolean create, boolean truncate, boolean append) {
        TruffleFile f = file(n, path);
        java.util.Set<OpenOption> options = new java.util.HashSet<>();
        if (create) {
            options.add(StandardOpenOption.CREATE);
        }
        if (truncate && write) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        // (append: each write goes to the end, done by the stream: a channel cannot both read and APPEND)
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        try {
            if (f.isDirectory()) {
                throw systemError(n, "opening file \"" + path + "\"", 21);
            }
            java.nio.channels.SeekableByteChannel channel = f.newByteChannel(options);
            if (append) {
                channel.position(channel.size());   // as Julia's open: an appending stream starts at the end
            }
            JlIO io = JlIO.file("file " + path, channel, read, write, append);
            if (write) {
                n.context().openFiles.add(io);
            }
            return io;
        } catch (IOException | SecurityException e) {
            throw systemError(n, "opening file \"" + path + "\"", errno(e));
        }
    }

    private static void copy(TruffleFile from, TruffleFile to) throws IOException {
        from.copy(to, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (from.isDirectory(java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (TruffleFile c : from.list()) {
                copy(c, to.resolve(c.getName()));
            }
        }
    }

    private static void delete(TruffleFile f, boolean recursive) throws IOException {
        if (recursive && f.isDirectory()) {
            for (TruffleFile c : f.list()) {
                delete(c, true);
            }
        }
        f.delete();
    }

    /** The errno Julia would report for a Java I/O failure. */
    private static int errno(Exception e) {
        if (e instanceof NoSuchFileException) {
            return 2; // ENOENT
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return 13; // EACCES
        } else if (e instanceof FileAlreadyExistsException) {
            return 17; // EEXIST
        } else if (e instanceof NotDirectoryException) {
            return 20; // ENOTDIR
        } else if (e instanceof DirectoryNotEmptyException) {
            return 39; // ENOTEMPTY
        }
        return 5; // EIO
    }

    /** Julia's libuv-style IOError: {@code unlink("x"): no such file or directory (ENOENT)}. */
    private static JlException ioError(Node n, String call, Exception e) {
        int errno = errno(e);
        String msg = call + ": " + errnoText(errno, true) + " (" + errnoName(errno) + ")";
        return new JlException(JlStructObject.of(Types.IOError, JlString.of(msg), (long) -errno), n);
    }

    /** Julia's SystemError of a file that cannot be opened: {@code opening file "x": No such file or directory}. */
    public static JlException openingError(Node n, String path, Exception e) {
        return systemError(n, "opening file " + org.trufflejl.runtime.Printing.quoteString(path), errno(e));
    }

    /** Julia's SystemError of {@code open}: {@code opening file "x": No such file or directory}. */
    private static JlException systemError(Node n, String prefix, int errno) {
        return new JlException(JlStructObject.of(Types.SystemError, JlString.of(prefix), (long) errno, JlNothing.INSTANCE), n);
    }

    /** strerror (C library wording) or libuv's lower-case wording of an errno. */
    static String errnoText(int errno, boolean libuv) {
        String[] texts = switch (errno) {
            case 2 -> new String[]{"No such file or directory", "no such file or directory"};
            case 13 -> new String[]{"Permission denied", "permission denied"};
            case 17 -> new String[]{"File exists", "file already exists"};
            case 20 -> new String[]{"Not a directory", "not a directory"};
            case 21 -> new String[]{"Is a directory", "illegal operation on a directory"};
            case 39 -> new String[]{"Directory not empty", "directory not empty"};
            default -> new String[]{"Input/output error", "i/o error"};
        };
        return texts[libuv ? 1 : 0];
    }

    static String errnoName(int errno) {
        return switch (errno) {
            case 2 -> "ENOENT";
            case 13 -> "EACCES";
            case 17 -> "EEXIST";
            case 20 -> "ENOTDIR";
            case 21 -> "EISDIR";
            case 39 -> "ENOTEMPTY";
            default -> "EIO";
        };
    }
}
