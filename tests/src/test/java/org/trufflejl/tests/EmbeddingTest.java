package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** TruffleJL embedded through the GraalVM polyglot API: values cross with their types. */
public class EmbeddingTest {
    private static Context context() {
        return Context.newBuilder("jl").engine(TestSupport.ENGINE).build();
    }

    @Test
    void theProgramFileRunsForItsEffects() throws Exception {
        java.nio.file.Path script = java.nio.file.Files.createTempFile("jl-program", ".jl");
        java.nio.file.Path other = java.nio.file.Files.createTempFile("jl-other", ".jl");
        try {
            java.nio.file.Files.writeString(script, "global ran = 6 * 7");
            java.nio.file.Files.writeString(other, "6 * 7");
            try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                            .option("jl.ProgramFile", script.toString()).build()) {
                assertTrue(ctx.eval(org.graalvm.polyglot.Source.newBuilder("jl", script.toFile()).build()).asBoolean());
                assertEquals(42L, ctx.eval("jl", "ran").asLong());
                assertEquals(42L, ctx.eval(org.graalvm.polyglot.Source.newBuilder("jl", other.toFile()).build()).asLong());
                assertEquals(script.toString(), ctx.eval("jl", "PROGRAM_FILE").asString());
            }
            // as typed on the command line: a path relative to the working directory
            String relative = java.nio.file.Path.of("").toAbsolutePath().relativize(script).toString();
            try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                            .option("jl.ProgramFile", relative).build()) {
                assertTrue(ctx.eval(org.graalvm.polyglot.Source.newBuilder("jl", new java.io.File(relative)).build()).asBoolean());
                assertEquals(relative, ctx.eval("jl", "PROGRAM_FILE").asString());
            }
        } finally {
            java.nio.file.Files.deleteIfExists(script);
            java.nio.file.Files.deleteIfExists(other);
        }
    }

    @Test
    void primitivesKeepTheirWidth() {
        try (Context ctx = context()) {
            assertEquals(42L, ctx.eval("jl", "6 * 7").asLong());
            assertEquals(0.5, ctx.eval("jl", "1 / 2").asDouble());
            assertTrue(ctx.eval("jl", "1 < 2").asBoolean());
            Value i8 = ctx.eval("jl", "Int8(-5)");
            assertTrue(i8.fitsInByte());
            assertEquals((byte) -5, i8.asByte());
            assertEquals(1.5f, ctx.eval("jl", "1.5f0").asFloat());
            assertEquals("héllo", ctx.eval("jl", "\"hé\" * \"llo\"").asString());
            assertTrue(ctx.eval("jl", "nothing").isNull());
        }
    }

    /** Every kind of guest value can be a program's result (a regex was not an interop value: found by fuzzing). */
    @Test
    void valuesOfJavaBackedTypesAreInteropValues() {
        try (Context ctx = context()) {
            assertEquals("r\"a+\"", ctx.eval("jl", "r\"a+\"").toString());
            assertFalse(ctx.eval("jl", "Channel{Int}(2)").isNull());
            assertEquals("1", ctx.eval("jl", "big(1)").toString());
        }
    }

    @Test
    void unsignedWideAndHalfNumbersFitWhereTheyFit() {
        try (Context ctx = context()) {
            Value u8 = ctx.eval("jl", "0xff");
            assertTrue(u8.isNumber() && u8.fitsInInt() && !u8.fitsInByte());
            assertEquals(255, u8.asInt());
            Value u64 = ctx.eval("jl", "typemax(UInt64)");
            assertTrue(!u64.fitsInLong() && u64.fitsInBigInteger());
            assertEquals(new java.math.BigInteger("18446744073709551615"), u64.asBigInteger());
            Value wide = ctx.eval("jl", "Int128(2)^100");
            assertEquals(java.math.BigInteger.TWO.pow(100), wide.asBigInteger());
            Value half = ctx.eval("jl", "Float16(1.5)");
            assertTrue(half.fitsInFloat());
            assertEquals(1.5f, half.asFloat());
        }
    }

    /** BigInt and BigFloat are polyglot numbers: where they fit exactly, and as text otherwise. */
    @Test
    void bigNumbersFitWhereTheyFit() {
        try (Context ctx = context()) {
            Value huge = ctx.eval("jl", "big(2)^100");
            assertTrue(huge.isNumber() && !huge.fitsInLong() && huge.fitsInBigInteger());
            assertEquals(java.math.BigInteger.TWO.pow(100), huge.asBigInteger());
            assertEquals(42L, ctx.eval("jl", "big(42)").asLong());
            Value half = ctx.eval("jl", "big(1.5)");
            assertTrue(half.isNumber() && half.fitsInDouble() && !half.fitsInLong());
            assertEquals(1.5, half.asDouble());
            Value third = ctx.eval("jl", "big(1) / 3");
            assertTrue(third.isNumber() && !third.fitsInDouble() && !third.fitsInBigInteger());
            assertThrows(ClassCastException.class, third::asDouble);
            assertEquals("0.3333333333333333333333333333333333333333333333333333333333333333333333333333348", third.toString());
            assertEquals(4L, ctx.eval("jl", "big(4.0)").asLong());
        }
    }

    @Test
    void arraysTuplesAndStructs() {
        try (Context ctx = context()) {
            Value v = ctx.eval("jl", "[10, 20, 30]");
            assertTrue(v.hasArrayElements());
            assertEquals(3, v.getArraySize());
            assertEquals(20L, v.getArrayElement(1).asLong());
            v.setArrayElement(1, 25L);
            assertEquals(65L, ctx.getBindings("jl").getMember("sum").execute(v).asLong());
            assertThrows(ClassCastException.class, () -> v.setArrayElement(0, "not a number"));
            Value t = ctx.eval("jl", "(1, \"two\")");
            assertEquals("two", t.getArrayElement(1).asString());
            ctx.eval("jl", "mutable struct P\n x::Int\n y::Int\nend");
            Value p = ctx.eval("jl", "P(1, 2)");
            assertEquals(2L, p.getMember("y").asLong());
            p.putMember("x", 7L);
            assertEquals(7L, ctx.eval("jl", "P(1, 2)").getMember("x").asLong() + 6);
            assertTrue(p.getMemberKeys().contains("x"));
        }
    }

    @Test
    void functionsAndBindings() {
        try (Context ctx = context()) {
            ctx.eval("jl", "square(x) = x * x\nsquare(s::String) = s * s");
            Value bindings = ctx.getBindings("jl");
            Value square = bindings.getMember("square");
            assertTrue(square.canExecute());
            assertEquals(144L, square.execute(12L).asLong());
            assertEquals("abab", square.execute("ab").asString());
            bindings.putMember("limit", 10L);
            assertEquals(11L, ctx.eval("jl", "limit + 1").asLong());
            Value lambda = ctx.eval("jl", "x -> x + 1");
            assertEquals(3L, lambda.execute(2L).asLong());
            PolyglotException e = assertThrows(PolyglotException.class, () -> square.execute(1L, 2L));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().startsWith("MethodError: no method matching square(::Int64, ::Int64)"), e.getMessage());
        }
    }

    @Test
    void polyglotBindingsShareValues() {
        try (Context sandboxed = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> sandboxed.eval("jl", "Polyglot.import_value(\"x\")"));
            assertTrue(e.isGuestException() && e.getMessage().contains("not accessible"), e.getMessage());
        }
        try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL).build()) {
            ctx.getPolyglotBindings().putMember("factor", 3L);
            ctx.eval("jl", "Polyglot.export_value(\"tripled\", Polyglot.import_value(\"factor\") * [1, 2])");
            Value tripled = ctx.getPolyglotBindings().getMember("tripled");
            assertEquals(6L, tripled.getArrayElement(1).asLong());
        }
    }

    @Test
    void environmentIsWhatTheContextAllows() {
        try (Context ctx = context()) {
            assertEquals(0L, ctx.eval("jl", "length(ENV)").asLong());
            assertEquals("none", ctx.eval("jl", "get(ENV, \"PATH\", \"none\")").asString());
            ctx.eval("jl", "ENV[\"JL_SET_INSIDE\"] = \"yes\"");
            assertEquals("yes", ctx.eval("jl", "ENV[\"JL_SET_INSIDE\"]").asString());
            assertEquals(null, System.getenv("JL_SET_INSIDE"));
        }
        try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE)
                        .allowEnvironmentAccess(org.graalvm.polyglot.EnvironmentAccess.INHERIT).build()) {
            assertEquals(System.getenv("PATH"), ctx.eval("jl", "ENV[\"PATH\"]").asString());
        }
    }

    @Test
    void defaultContextHasNoFileAccess() {
        try (Context ctx = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", "include(\"/etc/hostname\")"));
            assertTrue(e.isGuestException(), e.toString());
            assertTrue(e.getMessage().contains("could not open file"), e.getMessage());
            for (String code : new String[]{"open(\"/etc/hostname\")", "read(\"/etc/hostname\", String)", "write(\"/tmp/jl_denied\", \"x\")",
                            "readdir(\"/\")", "rm(\"/tmp/jl_denied\")"}) {
                PolyglotException denied = assertThrows(PolyglotException.class, () -> ctx.eval("jl", code), code);
                assertTrue(denied.isGuestException(), code + ": " + denied);
            }
            assertEquals(false, ctx.eval("jl", "isfile(\"/etc/hostname\")").asBoolean());
        }
    }

    @Test
    void fileOperationsWithoutFileAccessAreGuestErrors() {
        // each either answers or fails as a Julia error, never with the host's SecurityException
        // (cd to a missing directory escaped as one, found by the program fuzz test)
        try (Context ctx = context()) {
            for (String code : new String[]{"cd(\"/nonexistent_dir\")", "cd(\"/tmp\")", "cd()", "pwd()", "isdir(\"/tmp\")",
                            "ispath(\"/tmp\")", "stat(\"/tmp\")", "mtime(\"/tmp\")", "filesize(\"/etc/hostname\")", "mkdir(\"/tmp/jl_denied_d\")",
                            "mkpath(\"/tmp/jl_denied_d/e\")", "touch(\"/tmp/jl_denied_t\")", "cp(\"/etc/hostname\", \"/tmp/jl_denied_c\")",
                            "mv(\"/tmp/jl_denied_a\", \"/tmp/jl_denied_b\")", "mktemp()", "mktempdir()", "tempname()", "readlink(\"/tmp\")",
                            "islink(\"/tmp\")", "realpath(\"/tmp\")", "collect(walkdir(\"/tmp\"))", "include(\"/tmp/jl_denied.jl\")",
                            "abspath(\"x\")", "homedir()", "readlines(\"/etc/hostname\")", "eachline(\"/etc/hostname\")"}) {
                try {
                    ctx.eval("jl", code);
                } catch (PolyglotException e) {
                    assertTrue(e.isGuestException() && !e.isInternalError() && !e.isHostException(), code + ": " + e);
                }
            }
        }
    }

    @Test
    void defaultContextReachesNothingOutside() {
        // no environment, processes, host classes or sockets: each attempt is a guest error
        try (Context ctx = context()) {
            for (String code : new String[]{"ENV[\"HOME\"]", "run(`ls`)", "Java.type(\"java.lang.System\")",
                            "Polyglot.eval(\"java\", \"1\")", "connect(\"localhost\", 80)", "ccall(:getpid, Int32, ())"}) {
                PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", code), code);
                assertTrue(e.isGuestException() || e.isSyntaxError(), code + ": " + e);
                assertTrue(!e.isInternalError() && !e.isHostException(), code + ": " + e);
            }
        }
    }

    @Test
    void allowIOTurnsFileAccessOn() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("jl-allowio", ".txt");
        try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).allowIO(org.graalvm.polyglot.io.IOAccess.ALL).build()) {
            String p = f.toString().replace("\\", "/");
            ctx.eval("jl", "write(\"" + p + "\", \"from jl\")");
            assertEquals("from jl", java.nio.file.Files.readString(f));
            assertEquals("from jl", ctx.eval("jl", "read(\"" + p + "\", String)").asString());
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    @Test
    void hostStopsAnEndlessLoopWithinASecond() throws Exception {
        for (boolean close : new boolean[]{false, true}) {
            Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).build();
            ctx.eval("jl", "1");
            long[] stoppedAfter = {-1};
            Thread runner = new Thread(() -> {
                try {
                    ctx.eval("jl", "while true end");
                } catch (PolyglotException e) {
                    stoppedAfter[0] = System.nanoTime();
                }
            });
            runner.start();
            Thread.sleep(300);
            long asked = System.nanoTime();
            if (close) {
                ctx.close(true);
            } else {
                ctx.interrupt(java.time.Duration.ofSeconds(5));
            }
            runner.join(5_000);
            assertTrue(stoppedAfter[0] > 0, "the loop did not stop (close=" + close + ")");
            assertTrue(stoppedAfter[0] - asked < 1_000_000_000L, "took " + (stoppedAfter[0] - asked) / 1_000_000 + " ms (close=" + close + ")");
            if (!close) {
                ctx.close();
            }
        }
    }

    @Test
    void interruptRaisesACatchableInterruptException() throws Exception {
        try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).allowCreateThread(true).build()) {
            ctx.eval("jl", "ready = Threads.Atomic{Int}(0)");
            Thread interrupter = new Thread(() -> {
                try {
                    while (ctx.eval("jl", "ready[]").asLong() == 0) {
                        Thread.sleep(20);
                    }
                    ctx.eval("jl", "Base._interrupt_main()");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            interrupter.start();
            Value caught = ctx.eval("jl", "try\n    ready[] = 1\n    while true end\ncatch e\n    e isa InterruptException\nend");
            interrupter.join();
            assertTrue(caught.asBoolean());
        }
    }

    @Test
    void dictsAreHashes() {
        Context ctx = context();
        Value d = ctx.eval("jl", "d = Dict(\"a\" => 1, \"b\" => 2)");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(2, d.getHashValue("b").asLong());
        assertTrue(d.hasHashEntry("a"));
        assertTrue(!d.hasHashEntry("zz"));
        assertEquals(7, d.getHashValueOrDefault("zz", 7).asInt());
        d.putHashEntry("c", 3);
        assertEquals(3, ctx.eval("jl", "d[\"c\"]").asLong());
        assertTrue(d.removeHashEntry("a"));
        assertEquals("b,c", ctx.eval("jl", "join(sort(collect(keys(d))), \",\")").asString());
        long sum = 0;
        Value it = d.getHashEntriesIterator();
        while (it.hasIteratorNextElement()) {
            Value entry = it.getIteratorNextElement();
            sum += entry.getArrayElement(1).asLong();
            assertTrue(d.getHashValue(entry.getArrayElement(0).asString()).asLong() == entry.getArrayElement(1).asLong());
        }
        assertEquals(5, sum);
        // A wrongly typed value is a guest error that reaches Java, and the Dict is unchanged.
        assertThrows(PolyglotException.class, () -> d.putHashEntry("x", "not an Int"));
        assertEquals(2, d.getHashSize());
        // Structs that are not dicts are not hashes.
        assertTrue(!ctx.eval("jl", "struct PointH; x::Int; end; PointH(1)").hasHashEntries());
    }

    @Test
    void contextsDoNotShareDefinitions() {
        try (Context a = context(); Context b = context()) {
            // Methods on built-in types and instances of built-in families with program types.
            a.eval("jl", "Base.Int8(s::String) = Int8(length(s)); struct P; x::Int; end; v = P[P(1)]");
            assertEquals(3, a.eval("jl", "Int8(\"abc\")").asInt());
            assertEquals("MethodError", b.eval("jl", "try Int8(\"abc\") catch e string(typeof(e)) end").asString());
            b.eval("jl", "struct P; y::Float64; z::Float64; end; w = P[P(1.0, 2.0)]");
            assertEquals("P[P(1)] P[P(1.0, 2.0)]", a.eval("jl", "repr(v)").asString() + " " + b.eval("jl", "repr(w)").asString());
        }
    }

    @Test
    void closedContextsAreCollected() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        for (int i = 0; i < 30; i++) {
            try (Context c = context()) {
                // A program type inside a built-in family's instance used to keep the context alive.
                c.eval("jl", "struct Q; x::Int; end; v = [Q(k) for k in 1:3]; t = (Q(1), 2); u = Union{Q, Nothing}[nothing]");
            }
        }
        System.gc();
        long grown = (rt.totalMemory() - rt.freeMemory() - before) >> 20;
        // A context with Base is several MB: 30 of them kept alive would be far over this.
        assertTrue(grown < 60, "heap grew by " + grown + " MB over 30 closed contexts");
    }

    /** A host object for {@link #hostValuesWorkInside}: fields, methods. */
    public static class Account {
        public String owner = "ada";
        public double balance = 10.0;

        public double deposit(double amount) {
            balance += amount;
            return balance;
        }
    }

    @Test
    void hostValuesWorkInside() {
        // Host access needs an engine of its own (an engine has one host access policy).
        Context ctx = Context.newBuilder("jl").allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        // Java arrays, lists and proxies are ForeignArrays: indexing, length, iteration, writes.
        Value stats = ctx.eval("jl", "v -> (string(typeof(v)), length(v), v[2], sum(v), [2x for x in v])");
        Value r = stats.execute((Object) new int[]{1, 2, 3});
        assertEquals("ForeignArray", r.getArrayElement(0).asString());
        assertEquals(3, r.getArrayElement(1).asLong());
        assertEquals(2, r.getArrayElement(2).asInt());
        assertEquals(6, r.getArrayElement(3).asLong());
        assertEquals("[2, 4, 6]", r.getArrayElement(4).toString());
        assertEquals("Any[\"a\", \"b\"]", ctx.eval("jl", "v -> repr(collect(v))").execute(java.util.List.of("a", "b")).asString());
        int[] data = {1, 2, 3};
        ctx.eval("jl", "v -> (v[1] = 7; nothing)").execute((Object) data);
        assertEquals(7, data[0]);
        // Out of bounds and wrongly typed writes are guest errors.
        PolyglotException oob = assertThrows(PolyglotException.class, () -> ctx.eval("jl", "v -> v[5]").execute((Object) data));
        assertTrue(oob.getMessage().startsWith("BoundsError"), oob.getMessage());
        assertThrows(PolyglotException.class, () -> ctx.eval("jl", "v -> v[1] = \"s\"").execute((Object) data));
        // Objects: fields read and written as properties, methods called, executables called.
        Account acct = new Account();
        Value use = ctx.eval("jl", "a -> (a.balance = a.balance * 2; (a.owner, a.deposit(5.0), string(typeof(a))))");
        Value t = use.execute(acct);
        assertEquals("ada", t.getArrayElement(0).asString());
        assertEquals(25.0, t.getArrayElement(1).asDouble());
        assertEquals("ForeignObject", t.getArrayElement(2).asString());
        assertEquals(25.0, acct.balance);
        PolyglotException noField = assertThrows(PolyglotException.class, () -> ctx.eval("jl", "a -> a.nosuch").execute(acct));
        assertEquals("type ForeignObject has no field nosuch", noField.getMessage());
        Value twice = ctx.eval("jl", "f -> f(21)");
        assertEquals(42, twice.execute((org.graalvm.polyglot.proxy.ProxyExecutable) args -> args[0].asInt() * 2).asInt());
        // Without host access a Java array is opaque: no array methods apply.
        Value len = context().eval("jl", "v -> length(v)");
        assertThrows(PolyglotException.class, () -> len.execute((Object) new int[]{1}));
        ctx.close();
    }

    @Test
    void valuesPrintAsTheirRepr() {
        Context ctx = context();
        assertEquals("[1, 2, 3]", ctx.eval("jl", "[1, 2, 3]").toString());
        assertEquals("(1, \"a\")", ctx.eval("jl", "(1, \"a\")").toString());
        assertEquals("Dict(\"a\" => 1)", ctx.eval("jl", "Dict(\"a\" => 1)").toString());
        assertEquals("PointR(1, 2.5)", ctx.eval("jl", "struct PointR; x::Int; y::Float64; end; PointR(1, 2.5)").toString());
        assertEquals("sin", ctx.eval("jl", "sin").toString());
    }

    @Test
    void statementLimitStopsRunawayScripts() {
        // Only user code counts: Base is loaded from internal sources.
        org.graalvm.polyglot.ResourceLimits limits = org.graalvm.polyglot.ResourceLimits.newBuilder()
                        .statementLimit(10_000, source -> !source.isInternal()).build();
        Context ctx = Context.newBuilder("jl").resourceLimits(limits).build();
        assertEquals(55, ctx.eval("jl", "sum(1:10)").asInt());
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> ctx.eval("jl", "function spin()\n    x = 0\n    while true\n        x += 1\n    end\nend\nspin()"));
        assertTrue(e.isResourceExhausted(), e.toString());
        // A context cancelled by a limit reports the cancellation again when closed (Truffle contract).
        PolyglotException onClose = assertThrows(PolyglotException.class, ctx::close);
        assertTrue(onClose.isResourceExhausted(), onClose.toString());
    }


    @Test
    void limitHitWhileShowingAnErrorIsNotAnInternalError() {
        // The host builds a guest exception's message with showerror; a limit that cancels the
        // context meanwhile (here: a slow user showerror; in the fuzz find that led here, a task
        // hitting the limit) must not escape as Truffle's internal cancellation.
        org.graalvm.polyglot.ResourceLimits limits = org.graalvm.polyglot.ResourceLimits.newBuilder()
                        .statementLimit(20_000, source -> !source.isInternal()).build();
        String program = "struct Slow <: Exception end\n" +
                        "Base.showerror(io::IO, ::Slow) = (s = 0; for k in 1:1_000_000; s += k; end; print(io, s))\n" +
                        "throw(Slow())\n";
        try (org.graalvm.polyglot.Engine engine = org.graalvm.polyglot.Engine.newBuilder("jl").build()) {
            Context ctx = Context.newBuilder("jl").engine(engine).resourceLimits(limits).build();
            try {
                PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", program));
                assertTrue(!e.isInternalError() && !e.isHostException(), e.toString());
            } finally {
                try {
                    ctx.close(true);
                } catch (PolyglotException | IllegalStateException e) {
                    // cancelled by the limit
                }
            }
        }
    }

    @Test
    void exitIsReportedToTheHost() {
        Context ctx = context();
        PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", "exit(4)"));
        assertTrue(e.isExit());
        assertEquals(4, e.getExitStatus());
        // closing an exited context reports the exit once more
        PolyglotException onClose = assertThrows(PolyglotException.class, ctx::close);
        assertTrue(onClose.isExit());
    }
}
