package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.trufflejl.parser.ParseError;
import org.trufflejl.parser.Parser;

/**
 * Mutates every .jl file of the tests and the standard library (deleting, duplicating and
 * swapping lines and characters, truncating, inserting random bytes and Unicode) and parses the
 * result: the parser must answer with a tree or a ParseError, never another exception, and
 * quickly. CI runs a few thousand inputs with a fixed seed; -Dfuzz.cases=N -Dfuzz.seed=S for more.
 */
public class ParserFuzzTest {
    private static final String[] INSERTS = {"(", ")", "[", "]", "end", "\"", "'", "$(", "#=", "=#", "\n", ";", ",", "...", "::", "->", "λ",
                    "∈", "\u0000", "\uFFFF", "😀", "0x", "1e", "@", "function", "begin", "\\", "`", "{", "}"};

    @Test
    void mutatedSourcesNeverCrashTheParser() throws IOException {
        List<String> corpus = new ArrayList<>();
        Path root = TestSupport.projectRoot();
        for (String dir : new String[]{"tests", "stdlib"}) {
            for (Path p : TestSupport.jlSources(root.resolve(dir))) {
                corpus.add(Files.readString(p));
            }
        }
        assertTrue(corpus.size() > 5, "fuzz corpus too small");
        int cases = Integer.getInteger("fuzz.cases", 3000);
        Random random = new Random(Long.getLong("fuzz.seed", 20261125L));
        for (int i = 0; i < cases; i++) {
            String input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            long start = System.nanoTime();
            try {
                new Parser(input, "fuzz.jl").parseToplevel();
            } catch (ParseError expected) {
                // a clear syntax error is the right answer
            } catch (Throwable t) {
                fail("parser crashed on case " + i + " (" + t + "):\n" + input.substring(0, Math.min(2000, input.length())), t);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 10_000, "parsing case " + i + " took " + ms + " ms");
        }
    }

    static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                case 1 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 2 -> {
                    int end = Math.min(sb.length(), at + r.nextInt(40));
                    sb.insert(at, sb.substring(at, end));
                }
                case 3 -> sb.setLength(at);
                case 4 -> sb.insert(at, (char) r.nextInt(0x3000));
                default -> {
                    int other = r.nextInt(sb.length());
                    char c = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(other));
                    sb.setCharAt(other, c);
                }
            }
        }
        return sb.toString();
    }
}
