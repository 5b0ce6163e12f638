package org.trufflejl.runtime;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A compiled regular expression ({@code Regex}). Julia uses PCRE2; this is java.util.regex, whose
 * syntax agrees on everything common (classes, quantifiers, lazy and possessive forms, groups,
 * named groups {@code (?<name>...)}, look-around, backreferences, {@code \b \d \w \s}) with
 * Julia's defaults: Unicode-aware classes (PCRE2's UCP). Flags: {@code i m s x} as in Julia.
 * Positions cross the boundary as UTF-8 byte indices, Julia's string indices.
 */
public final class JlRegex implements JlTyped {
    public static final DataType AbstractPatternT = DataType.newType(Symbol.of("AbstractPattern"), null, Types.Any, true, false);
    public static final DataType RegexT = DataType.newType(Symbol.of("Regex"), null, AbstractPatternT, false, true);

    public final String pattern;
    public final String flags;
    private final Pattern compiled;
    /** Capture group names by group number (null for unnamed ones); index 0 unused. */
    private final String[] names;

    private JlRegex(String pattern, String flags, Pattern compiled) {
        this.pattern = pattern;
        this.flags = flags;
        this.compiled = compiled;
        int groups = compiled.matcher("").groupCount();
        this.names = new String[groups + 1];
        for (Map.Entry<String, Integer> e : compiled.namedGroups().entrySet()) {
            names[e.getValue()] = PcreSyntax.decodeName(e.getKey());
        }
    }

    /** As Julia shows it ({@code r"a+"i}): what an embedder sees of a regex. */
    @Override
    public String toString() {
        return "r\"" + pattern.replace("\"", "\\\"") + "\"" + flags;
    }

    /** Compiles {@code pattern}; a bad pattern or flag is an ErrorException worded like Julia's. */
    @TruffleBoundary
    public static JlRegex compile(String pattern, String flags) {
        // PCRE2's defaults as Julia builds it: Unicode classes, only \n ends a line
        int bits = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;
        for (int i = 0; i < flags.length(); i++) {
            switch (flags.charAt(i)) {
                case 'i' -> bits |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> bits |= Pattern.MULTILINE;
                case 's' -> bits |= Pattern.DOTALL;
                case 'x' -> bits |= Pattern.COMMENTS;
                case 'a' -> bits &= ~Pattern.UNICODE_CHARACTER_CLASS;
                default -> throw Errors.error("unknown regex flag: " + flags.charAt(i), null);
            }
        }
        try {
            return new JlRegex(pattern, flags, Pattern.compile(PcreSyntax.toJava(pattern, (bits & Pattern.COMMENTS) != 0), bits));
        } catch (PatternSyntaxException e) {
            throw Errors.error("PCRE compilation error: " + PcreSyntax.pcreMessage(e.getDescription()) + " at offset " + Math.max(e.getIndex(), 0), null);
        }
    }

    @Override
    public JlType jlType() {
        return RegexT;
    }

    @Override
    public Object property(String name) {
        return name.equals("pattern") ? JlString.of(pattern) : null;
    }

    public int groupCount() {
        return names.length - 1;
    }

    /** The name of capture group {@code g}, or null. */
    public String groupName(int g) {
        return names[g];
    }

    /**
     * The first match at or after byte index {@code start} (1-based) of {@code s}: for the whole
     * match and each group, its first byte index and last byte index (the last is first - 1 for an
     * empty match, both 0 for a group that did not take part); null when there is none.
     */
    @TruffleBoundary
    public long[] search(JlString s, long start) {
        String text = s.toString();
        byte[] bytes = s.bytes();
        boolean ascii = text.length() == bytes.length;
        int[] byteAt = ascii ? null : byteOffsets(text);
        int from = ascii ? (int) (start - 1) : charIndexOfByte(byteAt, (int) (start - 1));
        if (from < 0 || from > text.length()) {
            return null;
        }
        Matcher m = compiled.matcher(text);
        if (!m.find(from)) {
            return null;
        }
        return positions(m, ascii, byteAt);
    }

    /**
     * The leftmost match that ends at the end of {@code s} (PCRE2's ENDANCHORED, which Julia's
     * endswith and chopsuffix use: {@code r"\.(tar|tar\.gz)"} ends "foo.tar.gz" though its
     * leftmost match does not); same form as {@link #search}.
     */
    @TruffleBoundary
    public long[] searchEnding(JlString s) {
        String text = s.toString();
        boolean ascii = text.length() == s.bytes().length;
        int[] byteAt = ascii ? null : byteOffsets(text);
        Matcher m = compiled.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int from = 0; from <= text.length(); from++) {
            if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
                continue;
            }
            m.region(from, text.length());
            if (m.matches()) {
                return positions(m, ascii, byteAt);
            }
        }
        return null;
    }

    private long[] positions(Matcher m, boolean ascii, int[] byteAt) {
        long[] out = new long[2 * names.length];
        for (int g = 0; g < names.length; g++) {
            if (m.start(g) < 0) {
                continue;
            }
            int b0 = ascii ? m.start(g) : byteAt[m.start(g)];
            int b1 = ascii ? m.end(g) : byteAt[m.end(g)];
            out[2 * g] = b0 + 1;
            out[2 * g + 1] = b1;
        }
        return out;
    }

    /** UTF-8 byte offset of each UTF-16 index of {@code text} (and of its end). */
    private static int[] byteOffsets(String text) {
        int[] at = new int[text.length() + 1];
        int b = 0;
        for (int i = 0; i < text.length(); i++) {
            at[i] = b;
            char c = text.charAt(i);
            if (c < 0x80) {
                b += 1;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                at[++i] = b; // inside a pair: a match never starts or ends here
                b += 4;
            } else {
                b += 3;
            }
        }
        at[text.length()] = b;
        return at;
    }

    /** The UTF-16 index whose byte offset is {@code b} (the next character start when b is inside one). */
    private static int charIndexOfByte(int[] byteAt, int b) {
        int lo = 0;
        int hi = byteAt.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byteAt[mid] < b) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return byteAt[lo] >= b ? lo : -1;
    }
}
