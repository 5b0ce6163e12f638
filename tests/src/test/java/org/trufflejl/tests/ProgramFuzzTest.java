package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Mutates the test suite's and the standard library's .jl files (as {@link ParserFuzzTest} does)
 * and runs each result in a fresh sandboxed context under a statement limit: every outcome must
 * be normal completion, a syntax error, a guest exception, the statement limit or exit, never a
 * Java exception escaping as an internal error, and no run may take more than 10 s. CI runs a
 * few hundred programs with a fixed seed; -Dfuzz.programs=N -Dfuzz.seed=S for a long run.
 */
public class ProgramFuzzTest {
    @Test
    void mutatedProgramsFailOnlyWithJuliaErrors() throws Exception {
        List<String> corpus = new ArrayList<>();
        Path root = TestSupport.projectRoot();
        for (String dir : new String[]{"tests/golden", "examples", "stdlib"}) {
            for (Path p : TestSupport.jlSources(root.resolve(dir))) {
                corpus.add(Files.readString(p));
            }
        }
        assertTrue(corpus.size() > 10, "fuzz corpus too small");
        int programs = Integer.getInteger("fuzz.programs", 250);
        Random random = new Random(Long.getLong("fuzz.seed", 20261125L));
        // Statement limits are an engine-wide setting: this test has an engine of its own.
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(20_000, s -> !s.isInternal()).build();
        try (Engine engine = Engine.newBuilder("jl").allowExperimentalOptions(true).option("engine.WarnVirtualThreadSupport", "false")
                        .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build()) {
            List<String> failures = new ArrayList<>();
            int from = Integer.getInteger("fuzz.from", 0);  // to replay a stretch of a long run
            for (int i = 0; i < programs; i++) {
                String program = ParserFuzzTest.mutate(corpus.get(random.nextInt(corpus.size())), random);
                if (i < from) {
                    continue;
                }
                long t0 = System.nanoTime();
                if (Boolean.getBoolean("fuzz.verbose")) {
                    System.out.println("case " + i + " saved as " + save(i, program));   // (before a hang could lose it)
                }
                String failure = run(engine, limits, i, program);
                if (Boolean.getBoolean("fuzz.verbose")) {
                    Runtime rt = Runtime.getRuntime();
                    if (i % 50 == 0) {
                        System.gc();
                    }
                    System.out.printf("case %d: %d ms, heap %d MB, threads %d%n", i, (System.nanoTime() - t0) / 1_000_000,
                                    (rt.totalMemory() - rt.freeMemory()) >> 20, Thread.activeCount());
                }
                if (failure != null) {
                    failures.add(failure);
                }
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + programs + " programs failed badly:\n" + String.join("\n", failures));
            }
        }
    }

    /** Runs one program; a description of what went wrong, or null. */
    private static String run(Engine engine, ResourceLimits limits, int i, String program) {
        Context context = Context.newBuilder("jl").engine(engine).resourceLimits(limits).allowCreateThread(true)
                        .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build();
        // A program may legitimately block forever (take! on a channel nobody fills, as in
        // Julia) or compute for long inside one builtin: then the host must be able to stop it.
        long[] cancelledAt = {0};
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                cancelledAt[0] = System.nanoTime();
                context.close(true);
            } catch (InterruptedException | IllegalStateException | PolyglotException e) {
                // finished in time
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        long start = System.nanoTime();
        String failure = null;
        try {
            context.eval(Source.newBuilder("jl", program, "fuzz" + i + ".jl").buildLiteral());
        } catch (PolyglotException e) {
            if (e.isInternalError() || e.isHostException()) {
                StackTraceElement[] at = e.getStackTrace();
                failure = "case " + i + ": " + e.getMessage() + (at.length > 0 ? " at " + at[0] : "") + " (program saved as " + save(i, program) + ")";
            }
            // syntax error, guest exception, statement limit (cancelled), exit: all fine
        } catch (Throwable t) {
            failure = "case " + i + ": escaped to the host as " + t + " (program saved as " + save(i, program) + ")";
        } finally {
            watchdog.interrupt();
            try {
                context.close(true);
            } catch (PolyglotException | IllegalStateException e) {
                // already closed by the watchdog or the limit
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long afterCancel = cancelledAt[0] == 0 ? 0 : (System.nanoTime() - cancelledAt[0]) / 1_000_000;
        if (failure == null && afterCancel > 2_000) {
            failure = "case " + i + " ran " + ms + " ms and went on " + afterCancel + " ms after Context.close(true) (program saved as " + save(i, program) + ")";
        }
        return failure;
    }

    /** Keeps a failing program where a developer can run it with bin/jl. */
    private static Path save(int i, String program) {
        Path p = TestSupport.projectRoot().resolve("tests/target/fuzz-failure-" + i + ".jl");
        try {
            // (getBytes, not writeString: a mutated string literal may hold an unpaired surrogate,
            // which writeString refuses; it becomes '?' in the saved copy)
            Files.write(p, program.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
