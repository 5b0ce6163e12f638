package org.trufflejl.builtins;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlRegex;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

/** The Java half of regular expressions; the API (match, eachmatch, replace...) is Base's regex.jl. */
final class RegexBuiltins {
    private RegexBuiltins() {
    }

    static void install(Builtins b, JlContext context) {
        JlType S = Types.String;
        JlType R = JlRegex.RegexT;
        JlContext.defineConst(context.base, "Regex", JlRegex.RegexT);
        JlContext.defineConst(context.base, "AbstractPattern", JlRegex.AbstractPatternT);
        b.constructor(JlRegex.RegexT, (a, n) -> JlRegex.compile(a[0].toString(), ""), S);
        b.constructor(JlRegex.RegexT, (a, n) -> JlRegex.compile(a[0].toString(), a[1].toString()), S, S);
        b.slow("_regex_search", (a, n) -> {
            long[] found = ((JlRegex) a[0]).search((JlString) a[1], (Long) a[2]);
            return found == null ? JlNothing.INSTANCE : JlArray.vector(Types.Int64, found, found.length);
        }, R, S, Types.Int64);
        b.slow("_regex_search_ending", (a, n) -> {
            long[] found = ((JlRegex) a[0]).searchEnding((JlString) a[1]);
            return found == null ? JlNothing.INSTANCE : JlArray.vector(Types.Int64, found, found.length);
        }, R, S);
        b.slow("_regex_group_names", (a, n) -> {
            JlRegex r = (JlRegex) a[0];
            Object[] names = new Object[r.groupCount()];
            for (int g = 1; g <= names.length; g++) {
                String name = r.groupName(g);
                names[g - 1] = name == null ? JlNothing.INSTANCE : JlString.of(name);
            }
            return JlArray.vector(Types.Any, names, names.length);
        }, R);
        b.slow("_regex_pattern", (a, n) -> JlString.of(((JlRegex) a[0]).pattern), R);
        b.slow("_regex_flags", (a, n) -> JlString.of(((JlRegex) a[0]).flags), R);
    }
}
