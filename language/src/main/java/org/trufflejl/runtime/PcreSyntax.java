package org.trufflejl.runtime;

/**
 * PCRE2 pattern syntax that Java's regex engine spells differently, rewritten before compiling:
 * POSIX classes inside brackets ({@code [[:alpha:]]}), Python-style named groups ({@code (?P<x>},
 * {@code (?P=x)}), back references {@code \g1}, {@code \g{1}}, {@code \k{x}}, comments
 * {@code (?#...)}, octal {@code \o{101}}, {@code \N}, scripts {@code \p{Greek}}, a literal
 * {@code {,3}}, and leading option settings such as {@code (*UTF)}.
 */
final class PcreSyntax {
    private PcreSyntax() {
    }

    private static final java.util.Map<String, String> POSIX = java.util.Map.ofEntries(
                    java.util.Map.entry("alpha", "\\p{Alpha}"), java.util.Map.entry("digit", "\\p{Digit}"),
                    java.util.Map.entry("alnum", "\\p{Alnum}"), java.util.Map.entry("upper", "\\p{Upper}"),
                    java.util.Map.entry("lower", "\\p{Lower}"), java.util.Map.entry("space", "\\s"),
                    java.util.Map.entry("punct", "\\p{Punct}"), java.util.Map.entry("xdigit", "\\p{XDigit}"),
                    java.util.Map.entry("cntrl", "\\p{Cntrl}"), java.util.Map.entry("print", "\\p{Print}"),
                    java.util.Map.entry("graph", "\\p{Graph}"), java.util.Map.entry("blank", "\\p{Blank}"),
                    java.util.Map.entry("word", "\\w"), java.util.Map.entry("ascii", "\\p{ASCII}"));

    /** General categories and properties Java knows under the same name; other \p{Name} are scripts. */
    private static boolean isCategory(String name) {
        String n = name.startsWith("^") ? name.substring(1) : name;
        return n.length() <= 2 || n.startsWith("Is") || n.startsWith("In") || n.contains("=") || n.equals("Alpha") || n.equals("Digit")
                        || n.equals("Alnum") || n.equals("Punct") || n.equals("Upper") || n.equals("Lower") || n.equals("Space");
    }

    /**
     * PCRE2 group names may have underscores and start with one; Java's are letters and digits.
     * Every name is spelled {@code g} + its characters, with {@code Z} as {@code ZZ} and any other
     * character as {@code Z} and four hex digits ({@link #decodeName} reverses it).
     */
    static String encodeName(String name) {
        StringBuilder sb = new StringBuilder("g");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 'Z') {
                sb.append("ZZ");
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('Z').append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }

    static String decodeName(String javaName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (c != 'Z') {
                sb.append(c);
            } else if (javaName.charAt(i + 1) == 'Z') {
                sb.append('Z');
                i++;
            } else {
                sb.append((char) Integer.parseInt(javaName.substring(i + 1, i + 5), 16));
                i += 4;
            }
        }
        return sb.toString();
    }

    /** Properties PCRE2 has and Java does not, as the classes they stand for (inside brackets: without them). */
    private static final java.util.Map<String, String> PCRE_PROPERTIES = java.util.Map.of(
                    "L&", "\\p{Lu}\\p{Ll}\\p{Lt}", "LC", "\\p{Lu}\\p{Ll}\\p{Lt}", "Any", "\\x{0}-\\x{10ffff}",
                    "Xan", "\\p{L}\\p{N}", "Xwd", "\\p{L}\\p{N}_", "Xsp", "\\s", "Xps", "\\s");

    /** How many capture groups the pattern has (for telling a back reference \12 from an octal \012 character). */
    private static int captureCount(String p) {
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && (i + 1 >= p.length() || p.charAt(i + 1) != '?' && p.charAt(i + 1) != '*'
                            || p.startsWith("(?<", i) && i + 3 < p.length() && p.charAt(i + 3) != '=' && p.charAt(i + 3) != '!'
                            || p.startsWith("(?P<", i) || p.startsWith("(?'", i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    static String toJava(String p, boolean extended) {
        StringBuilder out = new StringBuilder(p.length() + 8);
        int groups = -1;
        int i = 0;
        int n = p.length();
        // leading (*UTF), (*UCP), (*CRLF)...: options PCRE2 reads before the pattern
        while (p.startsWith("(*", i)) {
            int close = p.indexOf(')', i);
            if (close < 0 || !p.substring(i + 2, close).matches("[A-Z_0-9=]+")) {
                break;
            }
            i = close + 1;
        }
        boolean inClass = false;
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = p.charAt(i + 1);
                if (e == 'g' && i + 2 < n && (Character.isDigit(p.charAt(i + 2)) || p.charAt(i + 2) == '{')) {
                    int j = i + 2;
                    String ref;
                    if (p.charAt(j) == '{') {
                        int close = p.indexOf('}', j);
                        if (close < 0) {
                            out.append(c).append(e);
                            i += 2;
                            continue;
                        }
                        ref = p.substring(j + 1, close);
                        j = close + 1;
                    } else {
                        int k = j;
                        while (k < n && Character.isDigit(p.charAt(k))) {
                            k++;
                        }
                        ref = p.substring(j, k);
                        j = k;
                    }
                    out.append(ref.chars().allMatch(Character::isDigit) ? "\\" + ref : "\\k<" + encodeName(ref) + ">");
                    i = j;
                    continue;
                }
                if (e == 'k' && i + 2 < n && (p.charAt(i + 2) == '{' || p.charAt(i + 2) == '\'' || p.charAt(i + 2) == '<')) {
                    char open = p.charAt(i + 2);
                    int close = p.indexOf(open == '{' ? '}' : open == '<' ? '>' : '\'', i + 3);
                    if (close > 0) {
                        out.append("\\k<").append(encodeName(p.substring(i + 3, close))).append('>');
                        i = close + 1;
                        continue;
                    }
                }
                if (e == '0' || e >= '1' && e <= '9') {
                    // \0dd is octal; \n a back reference when there are n groups (or n < 10), else octal (PCRE2's rule)
                    int j = i + 1;
                    while (j < n && Character.isDigit(p.charAt(j))) {
                        j++;
                    }
                    int value = Integer.parseInt(p.substring(i + 1, Math.min(j, i + 10)));
                    if (groups < 0) {
                        groups = captureCount(p);
                    }
                    if (e != '0' && (value < 10 || value <= groups)) {
                        out.append(p, i, j);
                        i = j;
                        continue;
                    }
                    if (e == '8' || e == '9') {
                        out.append(e);   // \8 with fewer groups: the character itself
                        i += 2;
                        continue;
                    }
                    int k = i + 1;
                    while (k < n && k < i + 4 && isOctal(p.charAt(k))) {
                        k++;
                    }
                    out.append("\\x{").append(Integer.toHexString(Integer.parseInt(p.substring(i + 1, k), 8))).append('}');
                    i = k;
                    continue;
                }
                if (e == 'o' && i + 2 < n && p.charAt(i + 2) == '{') {
                    int close = p.indexOf('}', i + 3);
                    if (close > 0) {
                        out.append("\\x{").append(Integer.toHexString(Integer.parseInt(p.substring(i + 3, close), 8))).append('}');
                        i = close + 1;
                        continue;
                    }
                }
                if (e == 'N' && (i + 2 >= n || p.charAt(i + 2) != '{')) {
                    out.append(inClass ? "\\x{0}-\\x{9}\\x{b}-\\x{10ffff}" : "[^\\n]");
                    i += 2;
                    continue;
                }
                if ((e == 'p' || e == 'P') && i + 2 < n && p.charAt(i + 2) == '{' && p.indexOf('}', i + 3) > 0
                                && PCRE_PROPERTIES.containsKey(p.substring(i + 3, p.indexOf('}', i + 3)))) {
                    String cls = PCRE_PROPERTIES.get(p.substring(i + 3, p.indexOf('}', i + 3)));
                    if (inClass) {
                        out.append(cls);   // (negated inside a class: not expressible, left as the plain class)
                    } else {
                        out.append(e == 'P' ? "[^" : "[").append(cls).append(']');
                    }
                    i = p.indexOf('}', i + 3) + 1;
                    continue;
                }
                if ((e == 'p' || e == 'P') && i + 2 < n && p.charAt(i + 2) == '{') {
                    int close = p.indexOf('}', i + 3);
                    if (close > 0 && !isCategory(p.substring(i + 3, close))) {
                        String name = p.substring(i + 3, close);
                        boolean negated = name.startsWith("^");
                        out.append('\\').append(negated == (e == 'p') ? 'P' : 'p').append("{Is").append(negated ? name.substring(1) : name).append('}');
                        i = close + 1;
                        continue;
                    }
                }
                if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && i + 2 < n && p.charAt(i + 2) == '{' && p.indexOf('}', i + 3) > 0) {
                    int close = p.indexOf('}', i + 3);   // \p{L}, \x{41}: the braces are the escape's
                    out.append(p, i, close + 1);
                    i = close + 1;
                    continue;
                }
                out.append(c).append(e);
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == '[' && i + 1 < n && p.charAt(i + 1) == ':') {
                    int close = p.indexOf(":]", i + 2);
                    if (close > 0) {
                        String name = p.substring(i + 2, close);
                        boolean negated = name.startsWith("^");
                        String java = POSIX.get(negated ? name.substring(1) : name);
                        if (java != null) {
                            out.append(negated ? negate(java) : java);
                            i = close + 2;
                            continue;
                        }
                    }
                }
                if (c == ']') {
                    inClass = false;
                } else if (c == '[' || c == '&' && i + 1 < n && p.charAt(i + 1) == '&' || extended && (c == '#' || Character.isWhitespace(c))) {
                    // literal in a PCRE class: Java would nest or intersect classes, or skip them in x mode
                    out.append(Character.isWhitespace(c) ? String.format("\\x{%x}", (int) c) : "\\" + c);
                    i++;
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                // a ] right after [ or [^ is a literal
                if (i < n && p.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < n && p.charAt(i) == ']') {
                    out.append("\\]");
                    i++;
                }
                continue;
            }
            if (p.startsWith("(?#", i)) {
                int close = p.indexOf(')', i);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (p.startsWith("(?P<", i) || p.startsWith("(?'", i)
                            || p.startsWith("(?<", i) && i + 3 < n && p.charAt(i + 3) != '=' && p.charAt(i + 3) != '!') {
                int start = p.indexOf(p.charAt(i + 2) == '\'' ? '\'' : '<', i + 2) + 1;
                int close = p.indexOf(p.charAt(i + 2) == '\'' ? '\'' : '>', start);
                if (close > 0) {
                    out.append("(?<").append(encodeName(p.substring(start, close))).append('>');
                    i = close + 1;
                    continue;
                }
            }
            if (p.startsWith("(?P=", i)) {
                int close = p.indexOf(')', i);
                if (close > 0) {
                    out.append("\\k<").append(encodeName(p.substring(i + 4, close))).append('>');
                    i = close + 1;
                    continue;
                }
            }
            if (c == '{' && !QUANTIFIER.matcher(p).region(i, n).lookingAt()) {
                out.append("\\{");   // not {n}, {n,} or {n,m}: literal text in PCRE2 (10.42: {,n} too)
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern QUANTIFIER = java.util.regex.Pattern.compile("\\{\\d+(,\\d*)?\\}");

    private static String negate(String cls) {
        if (cls.startsWith("\\p")) {
            return "\\P" + cls.substring(2);
        }
        return "\\" + Character.toUpperCase(cls.charAt(1));   // \s -> \S, \w -> \W
    }

    /** Java's description of a syntax error in PCRE2's words, where the two name the same mistake. */
    static String pcreMessage(String javaDescription) {
        return switch (javaDescription) {
            case "Unclosed group" -> "missing closing parenthesis";
            case "Unmatched closing ')'" -> "unmatched closing parenthesis";
            case "Unclosed character class" -> "missing terminating ] for character class";
            case "Illegal repetition" -> "quantifier does not follow a repeatable item";
            default -> javaDescription.startsWith("Dangling meta character") ? "quantifier does not follow a repeatable item"
                            : javaDescription;
        };
    }
}
