package org.trufflejl;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Where start-up time goes, on stderr when the environment has {@code JL_STARTUP_TRACE} set
 * (docs/internals.md, "Start-up and warm-up"): each standard library file's reading and running,
 * the top-level statements that took over a millisecond, the phases of a context's
 * initialisation, the main thread's CPU time while Base loaded and, on Linux, the CPU time of
 * every thread of the process by then (the compiler threads compete with Base on two cores).
 */
final class StartupTrace {
    static final boolean ENABLED = System.getenv("JL_STARTUP_TRACE") != null;

    /** Base's method definitions waiting for their function's first use, and those made since (Toplevel.deferDefinition). */
    static int deferred;
    static int definedOnFirstUse;

    private StartupTrace() {
    }

    static long now() {
        return System.nanoTime();
    }

    static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @TruffleBoundary
    static void file(String path, long start, long parsed, long end) {
        System.err.printf("%-24s read %6.1f  run %6.1f ms%n", path, ms(parsed - start), ms(end - parsed));
    }

    @TruffleBoundary
    static void statement(String file, int line, long nanos) {
        if (nanos >= 1_000_000) {
            System.err.printf("  %s:%d %.1f ms%n", file, line, ms(nanos));
        }
    }

    @TruffleBoundary
    static void context(long start, long builtins, long base, long end, long baseCpu) {
        System.err.printf("context: set-up %.1f, builtins %.1f, Base %.1f ms (main thread's CPU %.1f ms); %d ms since the JVM started%n",
                        ms(builtins - start), ms(base - builtins), ms(end - base), ms(baseCpu), ManagementFactory.getRuntimeMXBean().getUptime());
        System.err.printf("  method definitions waiting for first use: %d, made so far: %d%n", deferred, definedOnFirstUse);
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks == null) {
            return;
        }
        for (File task : tasks) {
            try {
                String name = Files.readString(new File(task, "comm").toPath()).trim();
                String stat = Files.readString(new File(task, "stat").toPath());
                // after "pid (name) ": field 14 (utime) and 15 (stime) of proc(5), in clock ticks
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (ticks > 0) {
                    System.err.printf("  thread %-16s %5d ms CPU%n", name, ticks * 10);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
    }
}
