package org.trufflejl.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlIO;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.io.TruffleProcessBuilder;
import com.oracle.truffle.api.nodes.Node;

/**
 * Running external commands ({@code run}, {@code read(cmd, String)}, {@code success}: Base's
 * process.jl). Through Truffle's process builder, so an embedder's {@code allowCreateProcess}
 * decides. The child's output is copied as it comes, by one thread per stream, to the stream
 * Julia code names (stdout, stderr, a file, an IOBuffer) or into a buffer returned to it.
 */
final class ProcessBuiltins {
    private ProcessBuiltins() {
    }

    static void install(Builtins b) {
        // _spawn(argv, dir, env, input, out, err) -> (exit code, captured stdout bytes), or
        // (-errno, reason) when the command could not start;
        // env: nothing (inherit) or "K=V" strings; input: nothing (inherit) or bytes; out, err: a
        // Java-backed stream, or nothing to capture (out) / discard (err)
        b.slow("_spawn", (a, n) -> spawn(n, strings((JlArray) a[0]), a[1].toString(), a[2] instanceof JlArray e ? strings(e) : null,
                        a[3] instanceof JlArray in ? bytes(in) : null, a[4] instanceof JlIO o ? o : null, a[5] instanceof JlIO e ? e : null),
                        Types.Any, Types.String, Types.Any, Types.Any, Types.Any, Types.Any);
        // _spawn_pipeline(argvs, dirs, envs, input, out, err) -> (exit codes, captured stdout of the
        // last, terminating signals), or (-errno, reason, k) when command k could not start: the commands run at once,
        // each one's output piped into the next (`yes | head` ends when head does)
        b.slow("_spawn_pipeline", (a, n) -> spawnPipeline(n, (JlArray) a[0], (JlArray) a[1], (JlArray) a[2],
                        a[3] instanceof JlArray in ? bytes(in) : null, a[4] instanceof JlIO o ? o : null, a[5] instanceof JlIO e ? e : null),
                        Types.Any, Types.Any, Types.Any, Types.Any, Types.Any, Types.Any);
        // _spawn_async(argv, dir, env, stdin_pipe, out, err) -> (id, stdin writer or nothing, stdout
        // reader or nothing), or (-errno, reason); out/err: a Java-backed stream to copy to, or
        // nothing: out a pipe the program reads, err discarded
        b.slow("_spawn_async", (a, n) -> spawnAsync(n, strings((JlArray) a[0]), a[1].toString(), a[2] instanceof JlArray e ? strings(e) : null,
                        a[3] == Boolean.TRUE, a[4] instanceof JlIO o ? o : null, a[5] instanceof JlIO e ? e : null),
                        Types.Any, Types.String, Types.Any, Types.Bool, Types.Any, Types.Any);
        // _proc_wait(id) -> (exit code, terminating signal): waits for the end and its output
        b.slow("_proc_wait", (a, n) -> running(a[0], n).await(n), Types.Int64);
        b.slow("_proc_running", (a, n) -> running(a[0], n).process.isAlive(), Types.Int64);
        b.slow("_proc_kill", (a, n) -> {
            running(a[0], n).kill((int) (long) (Long) a[1], n);
            return JlNothing.INSTANCE;
        }, Types.Int64, Types.Int64);
        // getpid(): this process's id, an Int32 as in Julia
        b.slow("getpid", (a, n) -> (int) ProcessHandle.current().pid());
        // Libc.strftime(format, seconds): C's strftime of the local time, "C" locale
        b.slow("_strftime", (a, n) -> org.trufflejl.runtime.JlString.of(strftime(a[0].toString(), (Double) a[1])), Types.String, Types.Float64);
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"};

    /** The conversions of C's strftime in the "C" locale, for the local time at {@code seconds} since the epoch. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static String strftime(String format, double seconds) {
        long whole = (long) Math.floor(seconds);
        java.time.ZonedDateTime t = java.time.Instant.ofEpochSecond(whole, (long) ((seconds - whole) * 1e9)).atZone(java.time.ZoneId.systemDefault());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char k = format.charAt(++i);
            int dow = t.getDayOfWeek().getValue(); // 1 = Monday
            String day = DAYS[dow - 1];
            String month = MONTHS[t.getMonthValue() - 1];
            switch (k) {
                case 'Y' -> out.append(t.getYear());
                case 'y' -> out.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(t.getYear(), 100)));
                case 'm' -> out.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> out.append(String.format("%02d", t.getDayOfMonth()));
                case 'e' -> out.append(String.format("%2d", t.getDayOfMonth()));
                case 'H' -> out.append(String.format("%02d", t.getHour()));
                case 'I' -> out.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                case 'M' -> out.append(String.format("%02d", t.getMinute()));
                case 'S' -> out.append(String.format("%02d", t.getSecond()));
                case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> out.append(String.format("%03d", t.getDayOfYear()));
                case 'a' -> out.append(day, 0, 3);
                case 'A' -> out.append(day);
                case 'b', 'h' -> out.append(month, 0, 3);
                case 'B' -> out.append(month);
                case 'u' -> out.append(dow);
                case 'w' -> out.append(dow % 7);
                case 'Z' -> out.append(t.getZone().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT));
                case 'z' -> {
                    int off = t.getOffset().getTotalSeconds() / 60;
                    out.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 60, Math.abs(off) % 60));
                }
                case 's' -> out.append(whole);
                case 'F' -> out.append(strftime("%Y-%m-%d", seconds));
                case 'T' -> out.append(strftime("%H:%M:%S", seconds));
                case 'R' -> out.append(strftime("%H:%M", seconds));
                case 'D' -> out.append(strftime("%m/%d/%y", seconds));
                case 'r' -> out.append(strftime("%I:%M:%S %p", seconds));
                case 'c' -> out.append(strftime("%a %b %e %H:%M:%S %Y", seconds));
                case 'x' -> out.append(strftime("%m/%d/%y", seconds));
                case 'X' -> out.append(strftime("%H:%M:%S", seconds));
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '%' -> out.append('%');
                default -> out.append('%').append(k);
            }
        }
        return out.toString();
    }

    private static List<String> strings(JlArray a) {
        List<String> out = new ArrayList<>();
        Object[] store = (Object[]) a.store;
        for (int i = 0; i < a.length; i++) {
            out.add(store[i].toString());
        }
        return out;
    }

    private static byte[] bytes(JlArray a) {
        return java.util.Arrays.copyOf((byte[]) a.store, a.length);
    }

    /** A command to start: its words, directory ("" for the program's) and environment (null: inherited). */
    private record Command(List<String> argv, String dir, List<String> env) {
    }

    /** What a run of commands left: exit codes, terminating signals, and the last one's output when captured. */
    private record Finished(long[] codes, long[] signals, byte[] captured) {
    }

    private static Object spawn(Node n, List<String> argv, String dir, List<String> env, byte[] input, JlIO out, JlIO err) {
        Object r = run(n, List.of(new Command(argv, dir, env)), input, out, err);
        if (!(r instanceof Finished f)) {
            JlTuple failed = (JlTuple) r;
            return new JlTuple(failed.elements[0], failed.elements[1]);
        }
        return new JlTuple(f.codes()[0], out == null ? JlArray.vector(Types.UInt8T, f.captured(), f.captured().length) : JlNothing.INSTANCE);
    }

    private static Object spawnPipeline(Node n, JlArray argvs, JlArray dirs, JlArray envs, byte[] input, JlIO out, JlIO err) {
        List<Command> cmds = new ArrayList<>();
        for (int k = 0; k < argvs.length; k++) {
            Object env = ((Object[]) envs.store)[k];
            cmds.add(new Command(strings((JlArray) ((Object[]) argvs.store)[k]), ((Object[]) dirs.store)[k].toString(), env instanceof JlArray e ? strings(e) : null));
        }
        Object r = run(n, cmds, input, out, err);
        if (!(r instanceof Finished f)) {
            return r;
        }
        int m = cmds.size();
        return new JlTuple(JlArray.vector(Types.Int64, f.codes(), m), out == null ? JlArray.vector(Types.UInt8T, f.captured(), f.captured().length) : JlNothing.INSTANCE,
                        JlArray.vector(Types.Int64, f.signals(), m));
    }

    /**
     * Runs the commands at once, each one's output piped into the next, the first reading
     * {@code input} (null: the program's stdin), the last writing to {@code out} (null: captured),
     * every stderr to {@code err} (null: discarded); waits for all. A {@link Finished}, or
     * (-errno, reason, k) when command k could not start.
     */
    private static Object run(Node n, List<Command> cmds, byte[] input, JlIO out, JlIO err) {
        int m = cmds.size();
        Process[] ps = new Process[m];
        for (int k = 0; k < m; k++) {
            Command c = cmds.get(k);
            Object started = start(n, c.argv(), c.dir(), c.env(), k > 0 || input != null);
            if (!(started instanceof Process p)) {
                for (int j = 0; j < k; j++) {
                    ps[j].destroyForcibly();
                }
                JlTuple failed = (JlTuple) started;
                return new JlTuple(failed.elements[0], failed.elements[1], (long) k + 1);
            }
            ps[k] = p;
        }
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        OutputStream errStream = err == null ? OutputStream.nullOutputStream() : streamOf(err);
        Thread[] threads = new Thread[2 * m];
        for (int k = 0; k < m; k++) {
            OutputStream to = k < m - 1 ? ps[k + 1].getOutputStream() : out == null ? captured : streamOf(out);
            threads[2 * k] = copier(ps[k].getInputStream(), to, k < m - 1);
            threads[2 * k + 1] = copier(ps[k].getErrorStream(), errStream, false);
        }
        if (input != null) {
            try (OutputStream stdin = ps[0].getOutputStream()) {
                stdin.write(input);
            } catch (IOException e) {
                // the first command stopped reading: what it did read is what it gets
            }
        }
        long[] codes = new long[m];
        long[] signals = new long[m];
        try {
            for (int k = m - 1; k >= 0; k--) {
                org.trufflejl.runtime.tasks.Strand.block(n, Process::waitFor, ps[k]);
                codes[k] = ps[k].exitValue();
                if (k < m - 1 && codes[k] == 128 + 13) {
                    // (the JVM reports a child ended by a signal s as 128 + s: a command whose reader
                    // ended gets SIGPIPE, as `yes` in `yes | head`; Julia reports ProcessSignaled(13))
                    codes[k] = 0;
                    signals[k] = 13;
                }
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Process p : ps) {
                if (p.isAlive()) {
                    p.destroyForcibly(); // interrupted (Ctrl-C): the children go too
                }
            }
        }
        return new Finished(codes, signals, captured.toByteArray());
    }

    /** Starts the program: the {@link Process}, or (-errno, reason) when it could not start. */
    private static Object start(Node n, List<String> argv, String dir, List<String> env, boolean stdinPipe) {
        org.trufflejl.runtime.JlContext context = org.trufflejl.runtime.JlContext.get(n);
        context.stdout.flush(); // the program's output so far comes before the child's
        TruffleProcessBuilder pb;
        try {
            pb = context.env.newProcessBuilder(argv.toArray(new String[0]));
        } catch (SecurityException e) {
            throw Errors.error("creating processes is not allowed here", n);
        }
        // the command's own dir, else the program's working directory (cd changes it)
        pb.directory(dir.isEmpty() ? context.env.getCurrentWorkingDirectory() : context.env.getPublicTruffleFile(dir));
        if (env != null) {
            pb.clearEnvironment(true);
            java.util.Map<String, String> vars = new java.util.HashMap<>();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                vars.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
            }
            pb.environment(vars);
        } else if (!context.environmentChanges.isEmpty()) {
            // ENV["X"] = v and delete!(ENV, "X") reach the children, as Julia's ENV is the process's
            java.util.Map<String, String> vars = new java.util.HashMap<>(context.env.getEnvironment());
            for (var e : context.environmentChanges.entrySet()) {
                if (e.getValue() instanceof org.trufflejl.runtime.JlString v) {
                    vars.put(e.getKey(), v.toString());
                } else {
                    vars.remove(e.getKey());
                }
            }
            pb.clearEnvironment(true);
            pb.environment(vars);
        }
        pb.redirectInput(stdinPipe ? org.graalvm.polyglot.io.ProcessHandler.Redirect.PIPE : org.graalvm.polyglot.io.ProcessHandler.Redirect.INHERIT);
        try {
            return pb.start();
        } catch (IOException | SecurityException e) {
            // (-errno, libuv's words): Base throws IOError("could not spawn `cmd`: no such file or directory (ENOENT)")
            String message = String.valueOf(e.getMessage());
            int errno = message.contains("error=2,") || message.contains("No such file") ? 2 : message.contains("error=13,") || message.contains("ermission denied") ? 13 : 5;
            return new JlTuple((long) -errno, org.trufflejl.runtime.JlString.of(FileBuiltins.errnoText(errno, true) + " (" + FileBuiltins.errnoName(errno) + ")"));
        }
    }

    /** Processes started without waiting ({@code run(cmd; wait = false)}, {@code open(cmd)}), by id until waited for. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, Running> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(1);

    /** A child process and the threads copying its output. */
    private static final class Running {
        final long id;
        final Process process;
        final Thread[] copiers;
        /** The signal {@code kill} sent (0: none): a child ending with 128 + it was ended by it. */
        volatile int signalSent;

        Running(long id, Process process, Thread... copiers) {
            this.id = id;
            this.process = process;
            this.copiers = copiers;
        }

        JlTuple await(Node n) {
            org.trufflejl.runtime.tasks.Strand.block(n, Process::waitFor, process);
            for (Thread t : copiers) {
                if (t != null) {
                    org.trufflejl.runtime.tasks.Strand.block(n, Thread::join, t);
                }
            }
            RUNNING.remove(id);
            int code = process.exitValue();
            int signal = signalSent;
            // the JVM reports a child ended by signal s as 128 + s
            return signal != 0 && code == 128 + signal ? new JlTuple(0L, (long) signal) : new JlTuple((long) code, 0L);
        }

        void kill(int signal, Node n) {
            if (signal != 15 && signal != 9) {
                throw Errors.argumentError("kill: the JVM can send SIGTERM (15) and SIGKILL (9) only, not signal " + signal, n);
            }
            if (process.isAlive()) {
                signalSent = signal;
                if (signal == 9) {
                    process.destroyForcibly();
                } else {
                    process.destroy();
                }
            }
        }
    }

    private static Running running(Object id, Node n) {
        Running r = RUNNING.get((Long) id);
        if (r == null) {
            throw Errors.error("no running process " + id, n);
        }
        return r;
    }

    private static Object spawnAsync(Node n, List<String> argv, String dir, List<String> env, boolean stdinPipe, JlIO out, JlIO err) {
        Object started = start(n, argv, dir, env, stdinPipe);
        if (!(started instanceof Process p)) {
            return started;
        }
        Thread outCopier = out == null ? null : copier(p.getInputStream(), streamOf(out));
        Thread errCopier = copier(p.getErrorStream(), err == null ? OutputStream.nullOutputStream() : streamOf(err));
        long id = NEXT_ID.getAndIncrement();
        RUNNING.put(id, new Running(id, p, outCopier, errCopier));
        String name = "process " + argv.get(0);
        Object in = stdinPipe ? JlIO.stream(name + " (stdin)", null, p.getOutputStream()) : JlNothing.INSTANCE;
        Object reader = out == null ? JlIO.stream(name + " (stdout)", p.getInputStream(), null) : JlNothing.INSTANCE;
        return new JlTuple(id, in, reader);
    }

    /**
     * Writes to a Java-backed stream from a copier thread, a chunk at a time, holding the stream
     * (stdout and stderr of a child may both go to one IOBuffer or file).
     */
    private static OutputStream streamOf(JlIO io) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (io) {
                    io.write(java.util.Arrays.copyOfRange(b, off, off + len));
                    io.flush();
                }
            }
        };
    }

    private static Thread copier(InputStream from, OutputStream to) {
        return copier(from, to, false);
    }

    /**
     * Copies until {@code from} ends or {@code to} fails; {@code from} is closed then (a command
     * writing into a pipeline whose reader has ended gets SIGPIPE on its next write) and, when
     * {@code closeTo}, {@code to} too (the next command of a pipeline sees its input end).
     */
    private static Thread copier(InputStream from, OutputStream to, boolean closeTo) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                int k;
                while ((k = from.read(buf)) > 0) {
                    to.write(buf, 0, k);
                    if (closeTo) {
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the child's stream closed
            }
            if (closeTo) {
                try {
                    to.close();
                } catch (IOException e) {
                    // the next command already ended
                }
            }
        });
    }
}
