package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.Symbol;

/**
 * Base's plain method definitions wait for their function's first use
 * ({@code Toplevel.deferDefinition}, {@code MethodTable.defer}). No program may tell: every
 * function of Base and its modules must end up with the methods, in the order, that defining
 * them as Base loads gives ({@code --jl.DeferBaseMethods=false}).
 */
public class DeferredBaseMethodsTest {
    private static Context newContext(boolean defer) {
        return Context.newBuilder("jl").allowAllAccess(true).allowExperimentalOptions(true)
                        .option("jl.DeferBaseMethods", Boolean.toString(defer)).build();
    }

    /**
     * Every function of Base and its submodules: its methods, most specific first, with their
     * places; with Base's lazily loaded files too ({@code allFiles}), sorted instead (the order of
     * methods no specificity orders depends on which file loads first, which depends on the
     * program, and evaluating the signatures at once loads some files from others).
     */
    private static Map<String, List<String>> baseMethods(boolean defer, boolean allFiles) {
        Map<String, List<String>> out = new TreeMap<>();
        try (Context ctx = newContext(defer)) {
            ctx.eval("jl", "nothing");
            ctx.enter();
            try {
                JlContext c = JlContext.get(null);
                if (allFiles) {
                    c.base.lazyDefinitions().defineAll();
                }
                collect(c.base, "Base", out, new java.util.HashSet<>());
                if (allFiles) {
                    for (List<String> ms : out.values()) {
                        java.util.Collections.sort(ms);
                    }
                }
            } finally {
                ctx.leave();
            }
        }
        return out;
    }

    private static void collect(JlModule m, String path, Map<String, List<String>> out, java.util.Set<JlModule> seen) {
        if (!seen.add(m)) {
            return;
        }
        for (Symbol s : m.ownNames()) {
            Binding b = m.existingOwnBinding(s);
            if (b == null || b.owner != m) {
                continue;   // imported: listed under its own module
            }
            if (b.value instanceof JlFunction f) {
                List<String> ms = new ArrayList<>();
                for (Method method : f.table.methods()) {
                    ms.add(method.signatureString(s.name) + " @ " + method.file + ":" + method.line);
                }
                out.put(path + "." + s.name, ms);
            } else if (b.value instanceof JlModule sub && sub.parent == m) {
                collect(sub, path + "." + s.name, out, seen);
            }
        }
    }

    @Test
    void everyBaseFunctionHasTheMethodsInTheOrderBaseLoadedWithoutWaitingGives() {
        assertSameMethods(baseMethods(false, false), baseMethods(true, false));
    }

    @Test
    void withEveryLazyFileLoadedTooEveryBaseFunctionHasTheSameMethods() {
        assertSameMethods(baseMethods(false, true), baseMethods(true, true));
    }

    private static void assertSameMethods(Map<String, List<String>> eager, Map<String, List<String>> deferred) {
        assertTrue(eager.size() > 1000, "Base's functions: " + eager.size());
        assertEquals(eager.keySet(), deferred.keySet());
        List<String> differ = new ArrayList<>();
        for (String f : eager.keySet()) {
            List<String> a = eager.get(f);
            List<String> b = deferred.get(f);
            if (!a.equals(b)) {
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                    i++;
                }
                differ.add(f + " (" + a.size() + " methods against " + b.size() + "), first at " + i + ": "
                                + (i < a.size() ? a.get(i) : "none") + " against " + (i < b.size() ? b.get(i) : "none"));
            }
        }
        assertEquals(List.of(), differ);
    }

    /**
     * A call site takes the table's assumption before its lookup: the definitions must be made
     * before the assumption is handed out, or the site caches an invalid one, re-specialises and
     * reports itself polymorphic (fib was split and compiled twice).
     */
    @Test
    void theAssumptionACallSiteTakesIsValidAfterTheDefinitionsItSetsOff() {
        try (Context ctx = newContext(true)) {
            ctx.eval("jl", "nothing");
            ctx.enter();
            try {
                JlContext c = JlContext.get(null);
                JlFunction rpad = (JlFunction) c.base.existingOwnBinding(Symbol.of("rpad")).value;
                assertTrue(rpad.table.hasPendingDefinitions(), "rpad's methods were defined as Base loaded");
                com.oracle.truffle.api.Assumption stable = rpad.table.stable();
                assertFalse(rpad.table.hasPendingDefinitions());
                assertTrue(stable.isValid());
            } finally {
                ctx.leave();
            }
        }
    }

    @Test
    void aFunctionsMethodsAreDefinedByItsFirstCall() {
        try (Context ctx = newContext(true)) {
            ctx.eval("jl", "nothing");
            ctx.enter();
            try {
                JlContext c = JlContext.get(null);
                JlFunction lpad = (JlFunction) c.base.existingOwnBinding(Symbol.of("lpad")).value;
                assertTrue(lpad.table.hasPendingDefinitions(), "lpad's methods were defined as Base loaded");
                assertEquals("007", ctx.eval("jl", "lpad(7, 3, '0')").asString());
                assertFalse(lpad.table.hasPendingDefinitions());
            } finally {
                ctx.leave();
            }
        }
    }
}
