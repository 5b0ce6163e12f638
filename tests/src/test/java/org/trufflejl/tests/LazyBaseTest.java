package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.trufflejl.Toplevel.LazyBaseFiles;
import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.UnionAll;
import org.trufflejl.runtime.types.UnionType;
import org.trufflejl.runtime.types.VarargType;

/**
 * Base's files loaded on the first use of a name ({@code _include_lazily}) must not change what
 * a program sees: before a file runs, nothing it defines may be reachable. That holds when every
 * method it adds to an existing function mentions a type the file itself defines (a value of that
 * type needs one of the file's names first), and when the file's top level defines only the names
 * it was registered under.
 */
public class LazyBaseTest {
    private static Context newContext() {
        return Context.newBuilder("jl").allowAllAccess(true).build();
    }

    private static LazyBaseFiles lazyFiles(JlContext c) {
        return (LazyBaseFiles) c.base.lazyDefinitions();
    }

    /** The lazy files a new context has not loaded yet (all of them). */
    private static List<String> pendingAtStart() {
        List<String> files;
        try (Context ctx = newContext()) {
            ctx.eval("jl", "nothing");
            ctx.enter();
            files = new ArrayList<>(lazyFiles(JlContext.get(null)).pendingFiles());
            ctx.leave();
        }
        assertFalse(files.isEmpty(), "no Base file is loaded lazily");
        return files;
    }

    /** Start-up registers a lazy file from the names the build wrote beside it: they must be its text's. */
    @Test
    void everyLazyFileHasTheNamesOfItsText() throws Exception {
        List<String> files = pendingAtStart();
        ClassLoader loader = LazyBaseTest.class.getClassLoader();
        for (String file : files) {
            String text = read(loader, "trufflejl/stdlib/Base/" + file);
            String names = read(loader, "trufflejl/stdlib/Base/" + file + org.trufflejl.StdlibBuild.NAMES_SUFFIX);
            org.trufflejl.parser.Expr tree = new org.trufflejl.parser.Parser(text, "Base/" + file).parseToplevel();
            assertEquals(org.trufflejl.StdlibBuild.namesFile(tree, text, "Base/" + file), names.lines().toList(), file);
        }
    }

    private static String read(ClassLoader loader, String resource) throws java.io.IOException {
        try (java.io.InputStream in = loader.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void lazyFilesAddMethodsToExistingFunctionsOnlyForTheirOwnTypes() {
        List<String> files = pendingAtStart();
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            // alone (with the files its top level needs), then after all the others, so that
            // methods it adds to functions another lazy file makes are checked too
            for (boolean othersFirst : new boolean[]{false, true}) {
                try (Context ctx = newContext()) {
                    ctx.eval("jl", "nothing");
                    ctx.enter();
                    try {
                        checkFile(JlContext.get(null), file, othersFirst ? files : List.of(), problems);
                    } finally {
                        ctx.leave();
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkFile(JlContext c, String file, List<String> loadFirst, List<String> problems) {
        LazyBaseFiles lazy = lazyFiles(c);
        for (String other : loadFirst) {
            if (!other.equals(file)) {
                lazy.defineFile(other);
            }
        }
        // (listing the methods first: that makes the method definitions waiting for their
        // function's first use, whose signatures may need names of a lazy file)
        Map<Symbol, Object> before = boundValues(c);
        Map<JlFunction, Set<Method>> methodsBefore = methodsOf(before.values());
        if (!lazy.pendingFiles().contains(file)) {
            return; // another file's top level or methods needed it: checked alone
        }
        before = boundValues(c);
        methodsBefore = methodsOf(before.values());
        Set<String> pending = new java.util.HashSet<>(lazy.pendingFiles());
        List<Symbol> names = new ArrayList<>();
        for (String f : pending) {
            names.addAll(lazy.pendingNamesOf(f));
        }
        assertTrue(lazy.defineFile(file));
        // the files loaded now: this one and those its top level needed
        List<Symbol> loadedNames = new ArrayList<>(names);
        for (String f : lazy.pendingFiles()) {
            loadedNames.removeAll(lazy.pendingNamesOf(f));
        }
        Map<Symbol, Object> after = boundValues(c);
        Set<TypeFamily> ownTypes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : after.entrySet()) {
            if (before.containsKey(e.getKey())) {
                continue;
            }
            if (!loadedNames.contains(e.getKey())) {
                problems.add(file + " defines " + e.getKey().name + " but was not registered under it");
            }
            if (e.getValue() instanceof JlType t && family(t) != null) {
                ownTypes.add(family(t));
            }
        }
        for (var e : methodsBefore.entrySet()) {
            for (Method m : e.getKey().table.methods()) {
                if (!e.getValue().contains(m) && !mentionsAny(m, ownTypes)) {
                    problems.add(file + " adds a method reachable before it loads: " + e.getKey().table.name.name + " at line " + m.line);
                }
            }
        }
    }

    /** Every bound value of Core and Base; types' constructors are made now, so that later methods show as new. */
    private static Map<Symbol, Object> boundValues(JlContext c) {
        Map<Symbol, Object> out = new java.util.HashMap<>();
        for (JlModule m : List.of(c.core, c.base)) {
            for (Symbol s : m.ownNames()) {
                Binding b = m.existingOwnBinding(s);
                if (b != null && b.value != null) {
                    out.put(s, b.value);
                }
            }
        }
        return out;
    }

    private static Map<JlFunction, Set<Method>> methodsOf(java.util.Collection<Object> values) {
        Map<JlFunction, Set<Method>> out = new IdentityHashMap<>();
        for (Object v : values) {
            JlFunction f = v instanceof JlFunction fn ? fn : v instanceof JlType t && unwrap(t) instanceof DataType d ? d.constructor() : null;
            if (f != null) {
                Set<Method> ms = Collections.newSetFromMap(new IdentityHashMap<>());
                Collections.addAll(ms, f.table.methods());
                out.put(f, ms);
            }
        }
        return out;
    }

    private static JlType unwrap(JlType t) {
        return t instanceof UnionAll u ? u.unwrap() : t;
    }

    private static TypeFamily family(JlType t) {
        return unwrap(t) instanceof DataType d ? d.family : null;
    }

    private static boolean mentionsAny(Method m, Set<TypeFamily> types) {
        for (JlType t : m.sig) {
            if (mentions(t, types)) {
                return true;
            }
        }
        return m.varargType != null && mentions(m.varargType, types);
    }

    /** A lower bound needs the file when any part of it does (T >: Union{Nothing, Missing} contains Missing). */
    private static boolean lowerBoundNeeds(JlType lb, Set<TypeFamily> types) {
        return lb instanceof UnionType u ? anyMemberMentions(u, types) : mentions(lb, types);
    }

    private static boolean anyMemberMentions(UnionType u, Set<TypeFamily> types) {
        for (JlType member : u.types) {
            if (mentions(member, types)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Object t, Set<TypeFamily> types) {
        if (t instanceof DataType d) {
            if (types.contains(d.family)) {
                return true;
            }
            if (d.parameters != null) {
                for (Object p : d.parameters) {
                    // a union as an invariant parameter is that exact type, all of its members
                    // present (Type{Union{T, Missing}}); a tuple's parameters are values' types
                    if (!d.family.isTuple && p instanceof UnionType u ? anyMemberMentions(u, types) : mentions(p, types)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (t instanceof UnionType u) {
            // a union matches a value of any member: all of them must need the file
            for (JlType member : u.types) {
                if (!mentions(member, types)) {
                    return false;
                }
            }
            return u.types.length > 0;
        }
        if (t instanceof UnionAll u) {
            return mentions(u.body, types) || mentions(u.var, types);
        }
        if (t instanceof TypeVar v) {
            // T >: Missing matches only types containing the file's own, and Any (their one
            // supertype older than the file), for which the promote_rule methods that use such
            // bounds return Any, as the fallback does
            return mentions(v.ub, types) || lowerBoundNeeds(v.lb, types);
        }
        if (t instanceof VarargType v) {
            return mentions(v.elementType, types);
        }
        return false;
    }
}
