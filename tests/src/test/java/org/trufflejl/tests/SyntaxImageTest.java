package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trufflejl.parser.Expr;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.parser.Parser;
import org.trufflejl.parser.QuoteNode;
import org.trufflejl.parser.SyntaxImage;
import org.trufflejl.runtime.Symbol;

/**
 * The standard library's syntax images (written by the build, read at start-up instead of
 * parsing) hold exactly the trees the parser makes: every node, position, line node and literal,
 * with the literal's class.
 */
public class SyntaxImageTest {

    private static Expr parse(String text, String name) {
        return new Parser(text, name).parseToplevel();
    }

    /** Every .jl file of stdlib/: its image in the packaged standard library reads back as its parse. */
    @TestFactory
    Stream<DynamicTest> everyStandardLibraryFileHasAFaithfulImage() throws IOException {
        Path root = TestSupport.projectRoot().resolve("stdlib");
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".jl") && !p.startsWith(root.resolve("target")))
                            .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
        }
        assertTrue(names.size() > 40, "standard library files found: " + names);
        return names.stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            String text = new String(resource(name), StandardCharsets.UTF_8);
            byte[] image = resource(name + SyntaxImage.SUFFIX);
            assertNotNull(image, "the build wrote no image for " + name);
            Expr read = SyntaxImage.read(image, text);
            assertNotNull(read, "the image of " + name + " was refused for its own text");
            assertSameTree(parse(text, name), read, name);
        }));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SyntaxImageTest.class.getClassLoader().getResourceAsStream("trufflejl/stdlib/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Literals of every kind the parser makes, and strings no UTF-8 round trip would keep. */
    @Test
    void everyKindOfLiteralRoundTrips() {
        String text = """
                        module M
                        x = (1, -7, 9223372036854775807, 170141183460469231731687303715884105727,
                             340282366920938463463374607431768211456999, 0x1, 0xffff, 0xffffffff, 0xffffffffffffffff,
                             0xffffffffffffffffffffffffffffffff, 1.5, -0.0, 1e-300, 1.5f0, NaN, true, false, nothing,
                             'a', '\\U1f600', '\\xff', "é\\xff\\ud800", \"""
                             multi
                               line\""", :sym, :(a + $b), quote c end, `ls -l`, r"a.b"i, b"bytes", 1:3, a.b, x'')
                        f(x::Int; k = 2) = x + k
                        @inline g(y) = y
                        end
                        """;
        Expr tree = parse(text, "literals.jl");
        Expr read = SyntaxImage.read(SyntaxImage.write(tree, text), text);
        assertNotNull(read);
        assertSameTree(tree, read, "literals.jl");
    }

    /** An image made from other text (a file edited after the build) is refused: the file is parsed instead. */
    @Test
    void anImageOfOtherTextIsRefused() {
        String text = "f(x) = x + 1\n";
        byte[] image = SyntaxImage.write(parse(text, "f.jl"), text);
        assertNotNull(SyntaxImage.read(image, text));
        assertNull(SyntaxImage.read(image, "f(x) = x + 2\n"));
        assertNull(SyntaxImage.read(image, text + " "));
        assertNull(SyntaxImage.read(new byte[] {1, 2, 3}, text));
    }

    /** A node the tree holds twice (identity) is one node after reading, too. */
    @Test
    void sharedNodesStayShared() {
        Expr shared = new Expr("call", Symbol.of("g"), 1L);
        Expr tree = new Expr("block", shared, new Expr("call", Symbol.of("h"), shared));
        Expr read = SyntaxImage.read(SyntaxImage.write(tree, "text"), "text");
        assertNotNull(read);
        assertSame(read.arg(0), ((Expr) read.arg(1)).arg(1));
        assertSameTree(tree, read, "shared");
    }

    private static void assertSameTree(Object expected, Object actual, String where) {
        assertEquals(expected == null ? null : expected.getClass(), actual == null ? null : actual.getClass(), where);
        switch (expected) {
            case Expr e -> {
                Expr a = (Expr) actual;
                String at = where + " > " + e.head + "@" + e.line + ":" + e.column;
                assertSame(e.head, a.head, at);
                assertEquals(List.of(e.line, e.column, e.startOffset, e.endOffset), List.of(a.line, a.column, a.startOffset, a.endOffset), at + " position");
                assertEquals(e.nargs(), a.nargs(), at + " arguments");
                for (int i = 0; i < e.nargs(); i++) {
                    assertSameTree(e.arg(i), a.arg(i), at + "[" + i + "]");
                }
            }
            case LineNumberNode n -> {
                LineNumberNode a = (LineNumberNode) actual;
                assertEquals(n.line + " " + n.file, a.line + " " + a.file, where);
            }
            case QuoteNode q -> assertSameTree(q.value, ((QuoteNode) actual).value, where + " quote");
            case Symbol s -> assertSame(s, actual, where);
            case Double d -> assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) actual), where);
            case Float f -> assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits((Float) actual), where);
            case null -> {
            }
            default -> assertEquals(expected, actual, where);
        }
    }
}
