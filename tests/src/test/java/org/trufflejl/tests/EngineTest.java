package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The engine users get: the Graal JIT (not the fallback interpreter), and hot code compiles. */
public class EngineTest {
    @Test
    void graalCompilerIsTheRuntime() {
        try (Engine engine = Engine.create()) {
            assertNotEquals("Interpreted", engine.getImplementationName(),
                            "the Truffle runtime fell back to the interpreter: the Graal JIT is not on the module path");
        }
    }

    /** A context whose compilations run on the calling thread, traced to {@code log}. */
    private static Context.Builder compilingSynchronously(java.io.ByteArrayOutputStream log) {
        return Context.newBuilder("jl").allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .logHandler(log);
    }

    @Test
    void hotRecursiveFunctionGetsCompiled() {
        AtomicInteger compiled = new AtomicInteger();
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Context ctx = compilingSynchronously(log).build()) {
            ctx.eval("jl", "fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)");
            Value r = null;
            for (int i = 0; i < 20; i++) {
                r = ctx.eval("jl", "fib(20)");
            }
            assertEquals(6765, r.asLong());
        }
        String trace = log.toString();
        for (String line : trace.split("\n")) {
            if (line.contains("opt done") && line.contains("fib")) {
                compiled.incrementAndGet();
            }
        }
        assertTrue(compiled.get() > 0, "fib was never compiled; trace:\n" + trace);
    }

    /**
     * With the launcher's five levels of recursive inlining, a large recursive body (quicksort's
     * partition) inlines its two self-calls once, not 2^5 times over (MethodCallNode's
     * ShallowRecursion), while a small one (fib) still inlines them deeply.
     */
    @Test
    void largeRecursiveBodiesInlineTheirSelfCallsOnce() {
        String program = """
                        function qsort!(a, lo, hi)
                            i = lo; j = hi
                            pivot = a[(lo + hi) >>> 1]
                            while i <= j
                                while a[i] < pivot; i += 1; end
                                while a[j] > pivot; j -= 1; end
                                if i <= j
                                    a[i], a[j] = a[j], a[i]
                                    i += 1; j -= 1
                                end
                            end
                            lo < j && qsort!(a, lo, j)
                            i < hi && qsort!(a, i, hi)
                            return a
                        end
                        fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
                        function work()
                            ok = true
                            for r in 1:60
                                a = [Float64((i * 7919) % 1000) for i in 1:2000]
                                ok &= issorted(qsort!(a, 1, length(a)))
                            end
                            ok && fib(22) == 17711
                        end
                        work() && work() && work()
                        """;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Context ctx = compilingSynchronously(log).option("compiler.InliningRecursionDepth", "5").build()) {
            assertTrue(ctx.eval("jl", program).asBoolean());
        }
        String trace = log.toString();
        assertTrue(inlinedCount(trace, "qsort!") <= 2, "qsort! inlined itself more than once; trace:\n" + trace);
        assertTrue(inlinedCount(trace, "fib") >= 14, "fib's recursion was not inlined deeply; trace:\n" + trace);
    }

    /** The "Inlined nY" count of the last completed compilation of {@code name} (its call target, not a loop). */
    private static int inlinedCount(String trace, String name) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("opt done +engine=\\d+ +id=\\d+ +" + java.util.regex.Pattern.quote(name) + " .*\\|Inlined +(\\d+)Y");
        int count = -1;
        for (String line : trace.split("\n")) {
            java.util.regex.Matcher m = p.matcher(line);
            if (m.find()) {
                count = Integer.parseInt(m.group(1));
            }
        }
        assertTrue(count >= 0, name + " was never compiled; trace:\n" + trace);
        return count;
    }

    /**
     * One call of a function whose inner loop is short (1,000 iterations, far below the OSR
     * threshold) but whose loops run 2,000,000 iterations in all: the inner loops' iterations
     * count for the outer loop, which gets compiled on the stack during that call.
     */
    @Test
    void outerLoopOfShortInnerLoopsGetsCompiledOnTheStack() {
        // (the compiled loop is named after its line: the outer loop is on line 3)
        assertOuterLoopCompiledOnTheStack("""
                        function nested(n)
                            s = 0.0
                            for i in 1:n
                                for j in 1:1000
                                    s += j * 0.5
                                end
                            end
                            s
                        end
                        nested(2000)
                        """, 2000 * 500 * 1001 * 0.5, "nested<OSR@3>");
    }

    /** Runs the program with compilations synchronous and expects its value and the compiled loop in the trace. */
    private static void assertOuterLoopCompiledOnTheStack(String program, double expected, String compiledLoop) {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Context ctx = compilingSynchronously(log).option("engine.OSRCompilationThreshold", "100000").build()) {
            assertEquals(expected, ctx.eval("jl", program).asDouble());
        }
        String trace = log.toString();
        assertTrue(trace.contains("opt done") && trace.contains(compiledLoop), "the outer loop was not compiled on the stack; trace:\n" + trace);
    }

    /**
     * Three nested loops, none of whose inner activations is long (21 and 26 iterations: mandel's
     * grid): the outer loop counts every iteration nested in it, at any depth, so one call of
     * 2,000 outer iterations (1.1 million in all) gets it compiled on the stack. Counting only
     * the loop directly inside, the outer loop saw 27 units a round and was never compiled.
     */
    @Test
    void outerLoopCountsIterationsNestedAtAnyDepth() {
        assertOuterLoopCompiledOnTheStack("""
                        function deep(n)
                            s = 0.0
                            for i in 1:n
                                for j in 1:26
                                    for k in 1:21
                                        s += k * 0.5
                                    end
                                end
                            end
                            s
                        end
                        deep(2000)
                        """, 2000 * 26 * 231 * 0.5, "deep<OSR@3>");
    }

    /**
     * tests/golden/core/long_loops.jl with every loop compiled on the stack after 1,024
     * counted iterations (past the 16,384 of each activation OsrLoop does not count),
     * synchronously: its loops leave through break, return, exceptions, @goto, type changes and
     * closures, and OsrLoop copies the frame in and out, so the output must be the
     * golden's (which the interpreter printed).
     */
    @Test
    void loopsCompiledOnTheStackKeepTheirSemantics() throws java.io.IOException {
        java.nio.file.Path jl = TestSupport.projectRoot().resolve("tests/golden/core/long_loops.jl");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Context ctx = compilingSynchronously(log).allowCreateThread(true)
                        .option("engine.OSRCompilationThreshold", "1024").out(out).build()) {
            ctx.eval(org.graalvm.polyglot.Source.newBuilder("jl", jl.toFile()).build());
        }
        String expected = java.nio.file.Files.readString(jl.resolveSibling("long_loops.out"));
        assertEquals(expected, out.toString(java.nio.charset.StandardCharsets.UTF_8));
        String trace = log.toString();
        for (String f : new String[]{"breaks", "returns_mid_loop", "caught_outside", "caught_inside", "changes_type", "grows_to_big", "goto_loop",
                        "closures", "captured_counter", "with_keywords", "user_iterators", "collections", "nested", "after_loop"}) {
            assertTrue(trace.contains(" " + f + "<OSR@"), f + "'s loop was not compiled on the stack; trace:\n" + trace);
        }
    }

    /**
     * Only an activation that is hot by itself gets its loop compiled on the stack: five calls of
     * 60,000 iterations each add up past the OSR threshold (100,352) but none reaches it alone
     * (such a function gets compiled by its calls), while one call of 300,000 iterations does.
     * The method compilation threshold is set out of reach so that calls cannot compile either.
     */
    @Test
    void onlyLongActivationsCompileTheirLoopsOnTheStack() {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (Context ctx = compilingSynchronously(log).option("engine.SingleTierCompilationThreshold", "100000000")
                        .option("engine.MultiTier", "false").build()) {
            ctx.eval("jl", """
                            function medium(n)
                                s = 0
                                for i in 1:n
                                    s += i % 7
                                end
                                s
                            end
                            """);
            assertEquals(5 * 179_997, ctx.eval("jl", "sum(medium(60_000) for k in 1:5)").asLong());
            assertEquals(0, osrCompilations(log.toString(), "medium"), "medium(60_000) was compiled on the stack; trace:\n" + log);
            assertEquals(899_998, ctx.eval("jl", "medium(300_000)").asLong());
            assertEquals(1, osrCompilations(log.toString(), "medium"), "medium(300_000) was not compiled on the stack; trace:\n" + log);
        }
    }

    private static int osrCompilations(String trace, String function) {
        int n = 0;
        for (String line : trace.split("\n")) {
            if (line.contains("opt done") && line.contains(" " + function + "<OSR@")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void guestErrorsReachTheHostAsGuestExceptions() {
        try (Context ctx = Context.create("jl")) {
            PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class, () -> ctx.eval("jl", "error(\"boom\")"));
            assertTrue(e.isGuestException());
            assertEquals("boom", e.getMessage());
        }
    }

    @Test
    void incompleteSourceIsReported() {
        try (Context ctx = Context.create("jl")) {
            PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class, () -> ctx.eval("jl", "function f(x)\n  x +"));
            assertTrue(e.isSyntaxError());
            assertTrue(e.isIncompleteSource());
            PolyglotException bad = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class, () -> ctx.eval("jl", "f(x y)"));
            assertTrue(bad.isSyntaxError());
            assertTrue(!bad.isIncompleteSource());
        }
    }
}
