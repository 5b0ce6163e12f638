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
        return n.length() <= 2 || n.startsWith("Is") || n.startsWith("In") || n.contains("=") || n.equals("Any") || n.equals("L&")
                        || n.equals("Xan") || n.equals("Xsp") || n.equals("Xwd") || n.equals("Alpha") || n.equals("Digit")
                        || n.equals("Alnum") || n.equals("Punct") || n.equals("Upper") || n.equals("Lower") || n.equals("Space");
    }

    static String toJava(String p) {
        StringBuilder out = new StringBuilder(p.length() + 8);
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
                    out.append(ref.chars().allMatch(Character::isDigit) ? "\\" + ref : "\\k<" + ref + ">");
                    i = j;
                    continue;
                }
                if (e == 'k' && i + 2 < n && (p.charAt(i + 2) == '{' || p.charAt(i + 2) == '\'')) {
                    int close = p.indexOf(p.charAt(i + 2) == '{' ? '}' : '\'', i + 3);
                    if (close > 0) {
                        out.append("\\k<").append(p, i + 3, close).append('>');
                        i = close + 1;
                        continue;
                    }
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
            if (p.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 4;
                continue;
            }
            if (p.startsWith("(?P=", i)) {
                int close = p.indexOf(')', i);
                if (close > 0) {
                    out.append("\\k<").append(p, i + 4, close).append('>');
                    i = close + 1;
                    continue;
                }
            }
            if (c == '{' && i + 1 < n && p.charAt(i + 1) == ',') {
                out.append("\\{");   // {,n} is not a quantifier in PCRE2 10.42: literal text
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

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
