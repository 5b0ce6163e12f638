package org.trufflejl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.trufflejl.parser.Expr;
import org.trufflejl.parser.ParseError;
import org.trufflejl.parser.Parser;
import org.trufflejl.parser.SyntaxImage;
import org.trufflejl.runtime.Symbol;

/**
 * The standard library's build step (run by the stdlib module's build over its resources):
 * beside every {@code x.jl} it writes the file's syntax tree ({@code x.jl.syntax}, see
 * {@link SyntaxImage}) and, for a file that could be loaded lazily, the names its top level
 * defines ({@code x.jl.names}), so that registering a lazily loaded file at start-up reads a
 * few lines instead of the file and its tree (docs/internals.md, "Base files loaded on first use").
 */
public final class StdlibBuild {
    public static final String NAMES_SUFFIX = ".names";

    private StdlibBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".jl")).sorted().toList();
        }
        int written = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // the name loading gives the file: its path under the standard library's root
            String name = root.relativize(file).toString().replace('\\', '/');
            Path image = file.resolveSibling(file.getFileName() + SyntaxImage.SUFFIX);
            Path names = file.resolveSibling(file.getFileName() + NAMES_SUFFIX);
            Files.deleteIfExists(names);
            Expr tree;
            try {
                tree = new Parser(text, name).parseToplevel();
            } catch (ParseError e) {
                // loading it parses it and reports the error where the file is used
                Files.deleteIfExists(image);
                System.err.println("syntax image: " + name + " does not parse (" + e.getMessage() + "); it will be parsed when loaded");
                continue;
            }
            Files.write(image, SyntaxImage.write(tree, text));
            written++;
            List<String> lines = namesFile(tree, text, name);
            if (lines != null) {
                Files.write(names, lines, StandardCharsets.UTF_8);
            }
        }
        System.out.println("syntax images: " + written + " of " + files.size() + " files under " + root);
    }

    /**
     * The lines of a file's names file: the stamp of its text, then the names its top level
     * defines; null when it does more than define names (so it cannot load lazily:
     * {@code Toplevel.includeLazily} then says why).
     */
    public static List<String> namesFile(Expr tree, String text, String name) {
        Set<Symbol> defined;
        try {
            defined = Toplevel.definedNames(tree, name, new LinkedHashSet<>());
        } catch (IllegalStateException notOnlyDefinitions) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(textStamp(text));
        for (Symbol s : defined) {
            lines.add(s.name);
        }
        return lines;
    }

    /** What a names file was made from: the text's length and hash, checked when the file loads. */
    static String textStamp(CharSequence text) {
        String s = text.toString();
        return s.length() + " " + s.hashCode();
    }
}
