package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trufflejl.launcher.Main;

/**
 * Runs every {@code tests/golden/**}{@code /NAME.jl} through the launcher (as {@code bin/jl NAME.jl}
 * would, from the case's folder) and compares its standard output with {@code NAME.out}.
 * Optional: {@code NAME.args} (one argument a line), {@code NAME.exit} (expected status, default 0),
 * {@code NAME.err} (text standard error must contain, one line each).
 */
public class GoldenTest {

    /** A Java exception class name or stack frame in output means an internal error reached the user. */
    static final java.util.regex.Pattern JAVA_LEAK = java.util.regex.Pattern.compile(
                    "\\bjava\\.(lang|util|io)\\.\\w+(Exception|Error)\\b|\\tat (java|org|com)\\.|internal error in TruffleJL");

    static Path goldenRoot() {
        return TestSupport.projectRoot().resolve("tests/golden");
    }

    /** The golden cases, and the runnable examples (each with its expected output beside it). */
    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases = new ArrayList<>();
        for (Path root : List.of(goldenRoot(), TestSupport.projectRoot().resolve("examples"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".jl") && Files.exists(sibling(p, ".out"))).sorted().forEach(cases::add);
            }
        }
        assertTrue(cases.size() > 0, "no golden cases found under " + goldenRoot());
        Path project = TestSupport.projectRoot();
        return cases.stream().map(p -> DynamicTest.dynamicTest(project.relativize(p).toString(), () -> runCase(p)));
    }

    static Path sibling(Path jl, String ext) {
        String name = jl.getFileName().toString();
        return jl.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    /** The result of one launcher run. */
    record Run(int status, String out, String err) {
    }

    static Run launch(List<String> args, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, TestSupport.ENGINE).run(args.toArray(new String[0]));
        o.flush();
        e.flush();
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void runCase(Path jl) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(jl.toString());
        Path argsFile = sibling(jl, ".args");
        if (Files.exists(argsFile)) {
            args.addAll(Files.readAllLines(argsFile));
        }
        Run r = launch(args, "");
        String expected = Files.readString(sibling(jl, ".out"));
        assertEquals(expected, r.out(), "stdout of " + jl.getFileName() + "\n--- stderr:\n" + r.err());
        Path exitFile = sibling(jl, ".exit");
        int expectedStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertEquals(expectedStatus, r.status(), "exit status of " + jl.getFileName() + "\n--- stderr:\n" + r.err());
        Path errFile = sibling(jl, ".err");
        if (Files.exists(errFile)) {
            for (String line : Files.readAllLines(errFile)) {
                assertTrue(r.err().contains(line), "stderr of " + jl.getFileName() + " lacks: " + line + "\n--- stderr:\n" + r.err());
            }
        }
        assertTrue(!JAVA_LEAK.matcher(r.err()).find() && !JAVA_LEAK.matcher(r.out()).find(),
                        "a Java exception leaked to the user:\n" + r.err());
    }
}
