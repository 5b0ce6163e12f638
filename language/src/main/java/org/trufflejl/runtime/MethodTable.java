package org.trufflejl.runtime;

import java.util.concurrent.ConcurrentHashMap;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * The methods of one generic function, most specific first. The method array is copy-on-write
 * and {@link #stable} is invalidated on every change, so call sites that cached a lookup result
 * under that assumption are re-specialised and see new methods at once.
 */
public final class MethodTable {
    public final Symbol name;
    public final JlModule module;
    /** {@code typeof(f)}: a singleton type under Function. */
    public final DataType type;
    /** For the function behind a type's calls ({@code Date(2024, 1, 1)}): that type, which is how it prints. */
    public volatile org.trufflejl.runtime.types.JlType constructedType;
    /** A closure's captured variables by name, in the order of its captures (Julia's closure fields: {@code adder(5).n}). */
    @CompilationFinal(dimensions = 1) public Symbol[] captureNames;
    /** For each capture, whether Julia's lowering would keep it in a Core.Box (its field is then typed Core.Box, not by a parameter). */
    @CompilationFinal(dimensions = 1) public boolean[] captureBoxed;
    /** Whether some capture is not boxed: a closure of this table then has a parameterized type (set once, when lowered). */
    @CompilationFinal public boolean closureParams;
    /** The parametric type of a closure with unboxed captures ({@code var"#1#2"{T}}), made on first typeof; null before or without such captures. */
    private volatile org.trufflejl.runtime.types.TypeFamily closureFamily;
    /** The type {@link JlFunction#jlType} last made for a closure of this table (a cache: closures made in a loop repeat it). */
    public org.trufflejl.runtime.types.DataType lastClosureType;

    /** The closure type with these types of its unboxed captures, {@code var"#1#2"{Int64}}. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public org.trufflejl.runtime.types.DataType closureType(Object[] params) {
        org.trufflejl.runtime.types.DataType t = closureFamily().instantiate(params);
        t.closureName = type.closureName;
        t.functionModule = type.functionModule;
        return t;
    }

    /**
     * Julia's closure type: one type parameter per captured variable that is not boxed, in
     * capture order, the fields being the captures (boxed ones typed Core.Box). Made once per
     * table; null when every capture is boxed (the type is then {@link #type} itself).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public synchronized org.trufflejl.runtime.types.TypeFamily closureFamily() {
        if (closureFamily != null || type.closureName == null || captureNames == null || captureBoxed == null
                        || captureBoxed.length != captureNames.length) {
            return closureFamily;
        }
        int n = 0;
        for (boolean b : captureBoxed) {
            n += b ? 0 : 1;
        }
        if (n == 0) {
            return null;
        }
        org.trufflejl.runtime.types.TypeVar[] vars = new org.trufflejl.runtime.types.TypeVar[n];
        org.trufflejl.runtime.types.JlType[] fields = new org.trufflejl.runtime.types.JlType[captureNames.length];
        for (int i = 0, k = 0; i < captureNames.length; i++) {
            if (captureBoxed[i]) {
                fields[i] = org.trufflejl.runtime.types.Types.BoxT;
            } else {
                vars[k] = new org.trufflejl.runtime.types.TypeVar(Symbol.of("T" + (k + 1)), org.trufflejl.runtime.types.Types.Bottom,
                                org.trufflejl.runtime.types.Types.Any);
                fields[i] = vars[k++];
            }
        }
        org.trufflejl.runtime.types.TypeFamily f = new org.trufflejl.runtime.types.TypeFamily(type.closureName, null, vars,
                        org.trufflejl.runtime.types.Types.Function, false, false, false, true);
        f.define(org.trufflejl.runtime.types.Types.Function, captureNames.clone(), fields);
        f.primary.closureName = type.closureName;
        f.primary.functionModule = type.functionModule;
        closureFamily = f;
        return f;
    }
    /** In the order defined (see {@link #methods()}). */
    private volatile Method[] methods = new Method[0];
    @CompilationFinal private volatile Assumption stable;
    private final ConcurrentHashMap<ArrayKey, Method> lookupCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ArrayKey, Method> keywordLookupCache = new ConcurrentHashMap<>();

    public MethodTable(Symbol name, JlModule module) {
        this.name = name;
        this.module = module;
        // Julia's `:` is the instance of its own type Colon
        this.type = DataType.plain(name.name.equals(":") ? "Colon" : "typeof(" + name.name + ")", Types.Function, false);
        this.type.functionName = name.name.equals(":") ? null : name;
        this.type.functionModule = module != null ? new java.lang.ref.WeakReference<>(module) : null;
        this.stable = newAssumption();
    }

    /** The index of the captured variable {@code name} in a closure of this table, or -1. */
    public int captureIndex(Symbol name) {
        Symbol[] names = captureNames;
        for (int i = 0; names != null && i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    private Assumption newAssumption() {
        return Truffle.getRuntime().createAssumption("methods of " + name.name);
    }

    /**
     * The assumption that the methods stay as they are. Pending definitions are made first: a
     * call site takes this before its lookup, and one that makes them would hand it an assumption
     * already invalid (the site then re-specialises, reports itself polymorphic, and fib was
     * split in two: 6.1-7.3 ms instead of 4.4-4.7).
     */
    public Assumption stable() {
        used = true;
        definePending();
        return stable;
    }

    /**
     * The methods, most specific first: each in turn goes before the first method it is more
     * specific than, as though inserted in the order they were defined. Sorted on demand
     * (listing and error messages only): {@link #lookup} compares the applicable methods itself,
     * and placing each of Base's methods as it was defined was a fifth of loading Base.
     */
    @TruffleBoundary
    public Method[] methods() {
        definePending();
        Method[] sorted = bySpecificity;
        if (sorted == null) {
            Method[] defined = methods;
            sorted = new Method[defined.length];
            int n = 0;
            for (Method m : defined) {
                int at = n;
                for (int i = 0; i < n; i++) {
                    if (m.isMoreSpecificThan(sorted[i])) {
                        at = i;
                        break;
                    }
                }
                System.arraycopy(sorted, at, sorted, at + 1, n - at);
                sorted[at] = m;
                n++;
            }
            synchronized (this) {
                if (methods == defined) {
                    bySpecificity = sorted;
                }
            }
        }
        return sorted;
    }

    /** {@link #methods} sorted, null until asked for after a change. */
    private volatile Method[] bySpecificity;

    /** Counts method definitions in every table: what was inferred before a change may be stale. */
    public static final java.util.concurrent.atomic.AtomicLong DEFINITIONS = new java.util.concurrent.atomic.AtomicLong();

    /** Return types inferred for calls of this function ({@code nodes.Inference}), with the {@link #DEFINITIONS} count they saw. */
    public final ConcurrentHashMap<Object, Object> inferred = new ConcurrentHashMap<>();

    /** Adds {@code m}, replacing a method with the same signature (redefinition). */
    @TruffleBoundary
    public void add(Method m) {
        if (pending != null && queueBehindPending(m)) {
            return;
        }
        addNow(m);
    }

    /**
     * A method defined while definitions wait: it goes after them, in the same queue (adding it
     * now would put it first, and defining them now would undo the waiting).
     */
    private synchronized boolean queueBehindPending(Method m) {
        java.util.ArrayList<Runnable> p = pending;
        if (p == null || definingPending) {
            return false;
        }
        defer(() -> addNow(m), pendingLock);
        return true;
    }

    private synchronized void addNow(Method m) {
        DEFINITIONS.incrementAndGet();
        m.setOwnerName(name.name);
        if (m.calleeType == null) {
            m.calleeType = constructedType != null ? org.trufflejl.runtime.types.Types.TypeFamilyT.instantiate(constructedType) : type;
        }
        if (module != null && m.module == null) {
            m.module = module;
        }
        Method[] old = methods;   // in the order defined; a redefinition takes its predecessor's place
        Method[] next;
        int same = -1;
        for (int i = 0; i < old.length; i++) {
            if (old[i].sameSignature(m)) {
                same = i;
                break;
            }
        }
        if (same >= 0) {
            next = old.clone();
            next[same] = m;
        } else {
            next = java.util.Arrays.copyOf(old, old.length + 1);
            next[old.length] = m;
        }
        methods = next;
        bySpecificity = null;
        changed();
    }

    /** What was looked up or compiled against the methods no longer holds (a method added or queued). */
    private void changed() {
        lookupCache.clear();
        keywordLookupCache.clear();
        Assumption a = stable;
        stable = newAssumption();
        a.invalidate();
    }

    /**
     * Definitions of this function's methods that wait for its first use (Base's plain method
     * definitions, see {@code Toplevel.deferDefinition}): lowering and adding them at start-up
     * was half of loading Base, and a program calls a few hundred of Base's 1,600 functions.
     * Null when none. Every read of the methods ({@link #lookup}, {@link #methods},
     * {@link #ambiguousCandidates}, {@link #stable}) defines them first, in their order, and a
     * method added meanwhile queues behind them, so no one can tell them from methods defined
     * at once.
     */
    private volatile java.util.ArrayList<Runnable> pending;
    /** Set while this table's pending definitions run (on the thread holding {@link #pendingLock}). */
    private boolean definingPending;
    /**
     * The context's lock for definitions made on first use (the same for every table and for
     * Base's lazily loaded files): one lock, so two threads defining at once cannot deadlock.
     */
    private Object pendingLock;

    /**
     * Adds a definition to run when the function is first used. Call sites that looked the
     * function up see it as changed (as for {@link #add}), so their next call finds the method.
     */
    @TruffleBoundary
    public synchronized void defer(Runnable definition, Object lock) {
        DEFINITIONS.incrementAndGet();
        java.util.ArrayList<Runnable> p = pending;
        if (p == null) {
            p = new java.util.ArrayList<>();
            pendingLock = lock;
        }
        p.add(definition);
        pending = p;
        changed();
    }

    private void definePending() {
        if (pending != null) {
            definePendingNow();
        }
    }

    @TruffleBoundary
    private void definePendingNow() {
        // the context's lock, then this table's (never the other way round): definitions of
        // other functions may run inside, and other threads' additions here wait
        synchronized (pendingLock) {
            synchronized (this) {
                java.util.ArrayList<Runnable> p = pending;
                if (p == null || definingPending) {
                    return;   // defined meanwhile by another thread, or being defined by this one
                }
                definingPending = true;
                try {
                    // by index: a definition may load a lazy Base file that defers more of them here
                    for (int i = 0; i < p.size(); i++) {
                        p.get(i).run();
                    }
                } finally {
                    pending = null;
                    definingPending = false;
                }
            }
        }
    }

    /**
     * Whether a call has looked the function up. Its later definitions are not deferred: defining
     * them when the function is next looked up (by a call with other types) would change the
     * table under call sites already compiled, and their code would be thrown away at some
     * arbitrary later moment.
     */
    private volatile boolean used;

    /** Whether a definition may still wait for the function's first use. */
    public boolean mayDefer() {
        return !used;
    }

    /** Whether some of the methods wait for the function's first use (tests). */
    public boolean hasPendingDefinitions() {
        return pending != null;
    }

    /** What {@link #lookup} returns when several applicable methods are equally specific. */
    public static final Method AMBIGUOUS = new Method(new JlType[0], null, null, null, new String[0], "", 0, () -> {
        throw new IllegalStateException("ambiguous");
    });

    /**
     * For a call {@link #lookup} finds ambiguous: the applicable methods that are ambiguous with
     * another applicable one (neither more specific), latest definition first, as Julia's error
     * lists them.
     */
    @TruffleBoundary
    public java.util.List<Method> ambiguousCandidates(JlType[] argTypes) {
        definePending();
        java.util.List<Method> applicable = applicableMethods(argTypes, false);
        java.util.List<Method> out = new java.util.ArrayList<>();
        for (Method c : applicable) {
            boolean ambiguous = false;
            for (Method o : applicable) {
                if (o != c && !o.isMoreSpecificThan(c) && !c.isMoreSpecificThan(o)) {
                    ambiguous = true;
                    break;
                }
            }
            if (ambiguous) {
                out.add(0, c);
            }
        }
        return out;
    }

    /** The methods that take these argument types (for a keyword call, only those declaring keywords). */
    private java.util.List<Method> applicableMethods(JlType[] argTypes, boolean keywordCall) {
        java.util.List<Method> applicable = new java.util.ArrayList<>();
        for (Method candidate : methods) {   // any order: lookup compares the applicable ones
            if ((!keywordCall || candidate.acceptsKeywords()) && candidate.isApplicable(argTypes)) {
                applicable.add(candidate);
            }
        }
        return applicable;
    }

    /** The most specific method applicable to these argument types, null if none, {@link #AMBIGUOUS} if no single one. */
    public Method lookup(JlType[] argTypes) {
        return lookup(argTypes, false);
    }

    /**
     * As {@link #lookup(JlType[])}; for a call passing keywords ({@code keywordCall}) only the
     * methods that declare keyword parameters are candidates, as in Julia, where
     * {@code f(x; k=1)} goes through {@code Core.kwcall} and only such methods define one.
     */
    @TruffleBoundary
    public Method lookup(JlType[] argTypes, boolean keywordCall) {
        used = true;
        definePending();
        ArrayKey key = new ArrayKey(argTypes);
        ConcurrentHashMap<ArrayKey, Method> cache = keywordCall ? keywordLookupCache : lookupCache;
        Method m = cache.get(key);
        if (m != null) {
            return m;
        }
        java.util.List<Method> applicable = applicableMethods(argTypes, keywordCall);
        if (applicable.isEmpty()) {
            return null;
        }
        Method best = null;
        for (Method c : applicable) {
            boolean beatsAll = true;
            for (Method o : applicable) {
                if (o != c && !c.isMoreSpecificThan(o)) {
                    beatsAll = false;
                    break;
                }
            }
            if (beatsAll) {
                best = c;
                break;
            }
        }
        if (best == null) {
            best = AMBIGUOUS;
        }
        cache.put(key, best);
        return best;
    }
}
