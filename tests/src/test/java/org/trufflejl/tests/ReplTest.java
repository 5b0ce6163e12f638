package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trufflejl.launcher.Main;
import org.trufflejl.launcher.Repl;

/** The JLine REPL on a dumb terminal over streams: display, multi-line input, help, errors, history. */
public class ReplTest {
    /** Each test's history file lives here, removed after the test. */
    @TempDir
    Path scratch;

    private static String session(String input, Path history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Context ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).out(ps).err(ps).option("jl.Interactive", "true").build();
                        Terminal t = TerminalBuilder.builder().streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
                                        .dumb(true).build()) {
            Main launcher = new Main(new ByteArrayInputStream(new byte[0]), ps, ps, TestSupport.ENGINE);
            assertEquals(0, new Repl(launcher, ctx).runInteractive(t, history));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void displaysResultsAndSurvivesErrors() throws Exception {
        Path history = scratch.resolve("jl_history");
        String out = session("x = [1, 2, 3]\nfunction f(y)\n  y * 2\nend\nf(21)\nerror(\"oops\")\nx[2] + ans\nnothing\n1 + 1;\n", history);
        assertTrue(out.contains("3-element Vector{Int64}:\n 1\n 2\n 3\n"), out);
        assertTrue(out.contains("42\n"), out);
        assertTrue(out.contains("ERROR: oops"), out);
        assertTrue(out.contains("44\n"), out); // ans is f(21)'s 42, the error did not replace it
        assertTrue(!out.contains("\nnothing\n") && !out.contains("\n2\n"), out);
        String saved = Files.readString(history);
        assertTrue(saved.contains("f(21)"), saved);
    }

    @Test
    void helpModeShowsDocumentation() throws Exception {
        String out = session("dbl(x) = 2x\n@doc \"Doubles its argument.\" dbl\n?dbl\n?dbll\n", scratch.resolve("jl_history"));
        assertTrue(out.contains("Doubles its argument.\n\n1 method for `dbl`:\n  dbl(x)"), out);
        assertTrue(out.contains("No documentation found for `dbll`.\n\nSimilar names: dbl"), out);
    }

    @Test
    void tabCompletesNamesAndFields() throws Exception {
        // One candidate each: the name is inserted without a trailing space, so the call parses.
        String out = session("struct Pnt; xcoord; end; p = Pnt(7);\nprintl\t(p.xc\t)\n", scratch.resolve("jl_history"));
        assertTrue(out.contains("jl> println(p.xcoord)"), out);
        assertTrue(out.matches("(?s).*[^0-9]7\n.*"), out);
    }
}
