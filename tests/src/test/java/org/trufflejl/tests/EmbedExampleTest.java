package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/Embed.java compiles against the published jars and prints what docs/embedding.md says. */
public class EmbedExampleTest {
    @Test
    void embeddingExampleRuns(@TempDir Path out) throws Exception {
        Path src = TestSupport.projectRoot().resolve("examples/Embed.java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", out.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        assertEquals(0, rc, "examples/Embed.java does not compile");
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("Embed").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals("""
                        sumsq = 15.25
                        Int8 wraps: -56 (fits in a byte: true)
                        guest error: DomainError with -1.0:
                        """, captured.toString(StandardCharsets.UTF_8));
    }
}
