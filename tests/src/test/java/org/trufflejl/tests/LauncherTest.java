package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trufflejl.launcher.Main;
import org.trufflejl.tests.GoldenTest.Run;

/** The command line of bin/jl: -e, -E, piped REPL input, options, exit codes. */
public class LauncherTest {
    private static Run jl(String stdin, String... args) {
        return GoldenTest.launch(List.of(args), stdin);
    }

    @Test
    void internalErrorsAskForAReportAndShowTheJavaTraceOnlyOnRequest() {
        Run plain = jl("", "-e", "Base._internal_error_for_testing()");
        assertEquals(1, plain.status());
        assertTrue(plain.err().startsWith("ERROR: internal error in TruffleJL: java.lang.IllegalStateException: deliberate internal error"), plain.err());
        assertTrue(plain.err().contains("Please report it"), plain.err());
        assertTrue(!plain.err().contains("\tat "), plain.err());
        Run traced = jl("", "--log.level=WARNING", "-e", "Base._internal_error_for_testing()");
        assertTrue(traced.err().contains("\tat org.trufflejl."), traced.err());
    }

    /** A file written and never closed keeps what was written: its buffer goes out at exit, also on an error or exit(n). */
    @Test
    void filesLeftOpenAreFlushedAtExit() throws java.io.IOException {
        for (String ending : new String[]{"", "error(\"boom\")", "exit(3)"}) {
            java.nio.file.Path p = java.nio.file.Files.createTempFile("jl_unclosed", ".txt");
            String path = p.toString().replace("\\", "/");
            jl("", "-e", "f = open(\"" + path + "\", \"w\"); println(f, \"kept\"); " + ending);
            assertEquals("kept\n", java.nio.file.Files.readString(p), "ending with " + ending);
            java.nio.file.Files.delete(p);
        }
    }

    @Test
    void evalRunsCode() {
        Run r = jl("", "-e", "println(6 * 7)");
        assertEquals("42\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void printShowsTheValue() {
        assertEquals("3\n", jl("", "-E", "1 + 2").out());
        assertEquals("\"s\"\n", jl("", "-E", "\"s\"").out());
        assertEquals("[1, 2]\n", jl("", "-E", "[1, 2]").out());
    }

    @Test
    void evalSeesItsArguments() {
        assertEquals("[\"a\", \"b c\"]\n", jl("", "-e", "println(ARGS)", "a", "b c").out());
    }

    @Test
    void pipedInputRunsAndSurvivesErrors() {
        // as Julia's fallback REPL: each chunk's value is displayed (a trailing `;` does not hide
        // it there), `nothing` is not, and the value is kept in `ans`
        Run r = jl("x = 2\nfunction f(y)\n  y * 10\nend\nerror(\"bad\")\nprintln(f(x))\n[x, 3];\nans[2]\n");
        assertEquals("2\nf (generic function with 1 method)\n20\n2-element Vector{Int64}:\n 2\n 3\n3\n", r.out());
        assertTrue(r.err().contains("ERROR: bad"), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void malformedCallsAreSyntaxErrors() {
        // Found by the program fuzz test: these used to escape as Java exceptions.
        Run kw = jl("", "-e", "println(2^53 = 3)");
        assertEquals(1, kw.status());
        assertTrue(kw.err().startsWith("ERROR: syntax: invalid keyword argument name \"2 ^ 53\""), kw.err());
        Run doc = jl("", "-e", "@doc");
        assertEquals(1, doc.status());
        assertTrue(doc.err().startsWith("ERROR: syntax: @doc needs a name"), doc.err());
        Run sub = jl("", "-e", "f(x) = x; f(<:Integer)");
        assertEquals(1, sub.status());
        assertTrue(sub.err().startsWith("ERROR: syntax: invalid \"<:\" syntax"), sub.err());
        String[][] more = {{"g(a[1]) = 1", "ERROR: syntax: \"a[1]\" is not a valid function argument name"},
            {"struct S; ::Int; end", "ERROR: syntax: invalid field"}, {"::Int = 3", "ERROR: syntax: invalid assignment location"},
            {"x = [1]; sin.(x) = 2", "ERROR: syntax: invalid assignment location"},
            {"module 7Geometry end", "ERROR: syntax: invalid module name \"7\""},
            {"struct  <: IO\nend", "ERROR: syntax: invalid type name in struct definition"},
            {"using Test; @test_broken", "ERROR: syntax: @test_broken needs an expression"},
            {"using Test; @test_throws ErrorException", "ERROR: syntax: @test_throws needs an exception type and an expression"}};
        for (String[] c : more) {
            Run r = jl("", "-e", c[0]);
            assertEquals(1, r.status(), c[0]);
            assertTrue(r.err().startsWith(c[1]), c[0] + " -> " + r.err());
        }
    }

    @Test
    void quotedStringsAndExprFields() {
        // :"s" reached dispatch as a Java string (fuzz find); Expr has Julia's head and args
        assertEquals("String a b\nString :call f\n", jl("", "-e", "x = :\"a b\"; println(typeof(x), \" \", x); e = :(f(\"s\", 1)); println(typeof(e.args[2]), \" \", repr(e.head), \" \", e.args[1])").out());
    }

    @Test
    void anonymousParametersWithDefaultsOrVarargs() {
        assertEquals("7 8\n", jl("", "-e", "f(::Int = 3) = 7; g(::Int...) = 8; println(f(), \" \", g(1, 2))").out());
    }

    @Test
    void exitStatusComesThrough() {
        assertEquals(7, jl("", "-e", "exit(7)").status());
    }

    @Test
    void anErrorInAMultiLineStatementPointsAtWhereTheStatementStarts() throws Exception {
        // Julia: the stack trace has the line of the error, "in expression starting at" the
        // line of the top-level expression it is in
        java.nio.file.Path script = java.nio.file.Files.createTempFile("jl-toplevel", ".jl");
        try {
            java.nio.file.Files.writeString(script, "println(\"a\")\nif true\n    x = 1\n    error(\"in if\")\nend\n");
            Run r = jl("", script.toString());
            assertEquals(1, r.status());
            assertTrue(r.err().contains(script + ":4\nin expression starting at " + script + ":2"), r.err());
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
    }

    @Test
    void uncaughtErrorFromEvalHasNoLoadError() {
        Run r = jl("", "-e", "sqrt(-1.0)");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("ERROR: DomainError with -1.0:"), r.err());
    }

    @Test
    void versionAndUnknownOptions() {
        assertTrue(jl("", "--version").out().startsWith("TruffleJL version "));
        Run bad = jl("", "--no-such-option", "-e", "1");
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("ERROR: "), bad.err());
    }

    @Test
    void engineOptionsReachTheToolsOnTheClassPath() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        // engine options need an engine of their own (not the shared test engine)
        int status = new Main(new java.io.ByteArrayInputStream(new byte[0]), ps, ps, null)
                        .run(new String[]{"--cpusampler", "-e", "f(n) = n < 2 ? n : f(n - 1) + f(n - 2); println(f(20))"});
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("6765") && text.contains("Sampling Histogram"), text);
    }

    @Test
    void missingFileIsAnError() {
        Run r = jl("", "/nonexistent/file.jl");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("could not open file"), r.err());
    }
}
