package org.trufflejl.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Julia module: its own bindings, the modules it is {@code using} (whose exports it sees), and
 * its exports. Bindings are created once and never replaced, so nodes may cache them.
 */
public final class JlModule implements TruffleObject {
    /**
     * Base's macros that the lowering expands itself rather than binding them ({@code @time},
     * {@code @show}...): the lowering declares them, so {@code isdefined(Main, Symbol("@time"))}
     * sees them as Julia's module does.
     */
    private static volatile java.util.Set<String> builtinMacros = java.util.Set.of();

    public static void declareBuiltinMacros(java.util.Set<String> names) {
        builtinMacros = names;
    }

    public static boolean isBuiltinMacro(Symbol name) {
        return builtinMacros.contains(name.name);
    }

    public final Symbol name;
    public final JlModule parent;
    private final ConcurrentHashMap<Symbol, Binding> bindings = new ConcurrentHashMap<>();
    private final List<JlModule> usings = new CopyOnWriteArrayList<>();
    private final Set<Symbol> exports = ConcurrentHashMap.newKeySet();

    /**
     * Julia's per-module counter behind the names lowering makes up: an anonymous function's
     * {@code #3}, a closure's type {@code #3#4}, a keyword function's body {@code #f#5}.
     */
    private final java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger(1);

    /** The next number of this module's counter (1 first). */
    public int nextCounter() {
        return counter.getAndIncrement();
    }

    public JlModule(Symbol name, JlModule parent) {
        this.name = name;
        this.parent = parent;
    }

    /** The binding owned by this module, created if missing. */
    @TruffleBoundary
    public Binding ownBinding(Symbol s) {
        Binding b = bindings.get(s);
        if (b == null) {
            b = bindings.computeIfAbsent(s, k -> new Binding(k, this));
        }
        return b;
    }

    /** Binds {@code s} here to another module's binding ({@code import M: s}, {@code using}). */
    @TruffleBoundary
    public void importBinding(Symbol s, Binding b) {
        bindings.putIfAbsent(s, b);
    }

    /** Names this module has read from modules it uses: defining them here afterwards is an error, as in Julia. */
    private final Set<Symbol> resolvedFromUsings = ConcurrentHashMap.newKeySet();

    /**
     * Definitions a module makes when one of their names is first looked up: Base's files loaded
     * on first use (Base.jl's {@code _include_lazily}). Every lookup of a name without a value
     * runs them first, so a program sees the same names as if they had been made at start-up.
     */
    public interface LazyDefinitions {
        /** Makes the pending definitions of {@code name}, if any; whether there were some. */
        boolean define(Symbol name);

        /** Makes every pending definition. */
        void defineAll();

        /** The names whose definitions are still pending. */
        Collection<Symbol> pendingNames();
    }

    private volatile LazyDefinitions lazy;

    public void setLazyDefinitions(LazyDefinitions l) {
        lazy = l;
    }

    public LazyDefinitions lazyDefinitions() {
        return lazy;
    }

    /** The binding of {@code s} here, after making its pending lazy definitions if it has no value yet. */
    private Binding ownDefined(Symbol s) {
        Binding b = bindings.get(s);
        if (b == null || b.value == null) {
            LazyDefinitions l = lazy;
            if (l != null && l.define(s)) {
                b = bindings.get(s);
            }
        }
        return b;
    }

    /** Makes every pending lazy definition (for walks over all of a module's names). */
    @TruffleBoundary
    public void defineAllLazily() {
        LazyDefinitions l = lazy;
        if (l != null) {
            l.defineAll();
        }
    }

    /** The binding a read of {@code s} in this module sees: own, else an export of a used module (remembered). */
    @TruffleBoundary
    public Binding resolve(Symbol s) {
        Binding b = ownDefined(s);
        if (b != null) {
            return b;
        }
        b = lookup(s);
        if (b != null) {
            resolvedFromUsings.add(s);
        }
        return b;
    }

    /** Whether a read of {@code s} here already resolved to another module's binding. */
    public boolean usesImported(Symbol s) {
        return resolvedFromUsings.contains(s);
    }

    /** What {@link #resolve} would find, without remembering it. */
    @TruffleBoundary
    public Binding lookup(Symbol s) {
        Binding b = ownDefined(s);
        if (b != null) {
            return b;
        }
        for (JlModule m : usings) {
            if (m.exports.contains(s) || m.isImplicitlyVisible()) {
                Binding e = m.ownDefined(s);
                if (e != null && e.value != null) {
                    return m.isImplicitlyVisible() || !exportedElsewhere(s, m, e) ? e : null;
                }
            }
        }
        return null;
    }

    /**
     * Whether a module used here, other than the implicitly visible Base and Core, exports {@code s}
     * bound to {@code value}: how Main sees a type Julia's Base does not export ({@code using UUIDs}: UUID).
     */
    public boolean importsFromUsedModule(Symbol s, Object value) {
        for (JlModule m : usings) {
            if (!m.isImplicitlyVisible() && m.exports.contains(s)) {
                Binding e = m.ownDefined(s);
                if (e != null && e.value == value) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names two used modules export as different things: warned about once, then unresolved (as Julia). */
    private final java.util.Set<Symbol> ambiguous = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether another module used here exports {@code s} as something else than {@code from}'s binding {@code b}. */
    private boolean exportedElsewhere(Symbol s, JlModule from, Binding b) {
        for (int i = usings.size() - 1; i >= 0; i--) {
            JlModule other = usings.get(i);
            if (other == from || other.isImplicitlyVisible() || !other.exports.contains(s)) {
                continue;
            }
            Binding e = other.ownDefined(s);
            if (e != null && e.value != null && e != b && e.value != b.value) {
                if (ambiguous.add(s)) {
                    // Julia names the later `using` first
                    JlModule later = usings.indexOf(other) > usings.indexOf(from) ? other : from;
                    JlModule earlier = later == other ? from : other;
                    JlIO err = JlContext.get(null).stderr;
                    err.write("WARNING: both " + later.name.name + " and " + earlier.name.name + " export \"" + s.name + "\"; uses of it in module "
                                    + name.name + " must be qualified\n");
                    err.flush();
                }
                return true;
            }
        }
        return false;
    }

    /** Core's and Base's names are visible everywhere, exported or not (a simplification until Base declares its exports). */
    private boolean isImplicitlyVisible() {
        return name.name.equals("Core") || name.name.equals("Base");
    }

    @TruffleBoundary
    public Binding existingOwnBinding(Symbol s) {
        return bindings.get(s);
    }

    @TruffleBoundary
    public void addUsing(JlModule m) {
        if (!usings.contains(m)) {
            usings.add(m);
        }
    }

    @TruffleBoundary
    public void export(Symbol s) {
        exports.add(s);
    }

    /** All names bound in this module (own and imported) or pending a lazy definition, unsorted. */
    @TruffleBoundary
    public List<Symbol> ownNames() {
        LazyDefinitions l = lazy;
        if (l == null) {
            return new ArrayList<>(bindings.keySet());
        }
        java.util.Set<Symbol> names = new java.util.LinkedHashSet<>(bindings.keySet());
        names.addAll(l.pendingNames());
        return new ArrayList<>(names);
    }

    public List<JlModule> usedModules() {
        return usings;
    }

    /** {@code names(M)}: the module's exported names and its own name, sorted, as Julia lists them. */
    @TruffleBoundary
    public List<Symbol> exportedNames() {
        List<Symbol> out = new ArrayList<>(exports);
        if (!out.contains(name)) {
            out.add(name);
        }
        out.sort((x, y) -> x.name.compareTo(y.name));
        return out;
    }

    /** A package's top module (the standard library's): printed by its own name, as in Julia. */
    private volatile boolean root;

    public void markRoot() {
        root = true;
    }

    /** Julia's parentmodule: a package's top module (and Main) is its own parent. */
    public JlModule parentModule() {
        return root || parent == null ? this : parent;
    }

    /**
     * How a function of this module prints (Julia's show_function): qualified by the module's
     * path when the module is a user's module under Main ({@code Main.M.f}), bare otherwise.
     */
    @TruffleBoundary
    public String functionDisplayName(Symbol f) {
        String path = path();
        String name = org.trufflejl.parser.ExprPrinter.showName(f.name);
        return f.name.startsWith("#") || !path.startsWith("Main.") ? name : path + "." + name;
    }

    /** {@code Main.Outer.Inner} as Julia prints module paths. */
    @TruffleBoundary
    public String path() {
        return root || parent == null || parent == this ? name.name : parent.path() + "." + name.name;
    }

    @Override
    public String toString() {
        return path();
    }
}
