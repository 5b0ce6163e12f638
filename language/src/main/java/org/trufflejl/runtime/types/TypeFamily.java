package org.trufflejl.runtime.types;

import java.util.concurrent.ConcurrentHashMap;

import org.trufflejl.runtime.ArrayKey;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Julia's {@code TypeName}: what all instances of one named type share — its type variables,
 * its declared supertype and field types (in terms of those variables), and the cache that
 * interns instances, so that {@code Point{Int64}} is always the identical {@link DataType}.
 * {@link #any} is the type the bare name denotes: the UnionAll over all variables (or the
 * type itself when it has none).
 */
public final class TypeFamily {
    public final Symbol name;
    /** Module path for printing, null for Core and Base. */
    public final String modulePrefix;
    public final TypeVar[] vars;
    public final boolean isAbstract;
    public final boolean isMutable;
    /** Tuple: any number of covariant parameters. */
    public final boolean isTuple;
    /** Declared supertype, may mention {@link #vars}. */
    JlType superTemplate;
    public Symbol[] fieldNames = new Symbol[0];
    /** Which fields a mutable struct declared {@code const} (null: none). */
    public volatile boolean[] constFields;
    /** The size in bytes of a {@code primitive type}'s values; 0 for every other family. */
    public volatile int primitiveBytes;
    JlType[] fieldTemplates = new JlType[0];
    /** {@code Name{vars...}}, or the only instance of a type without parameters. */
    public final DataType primary;
    /** The bare name as a type. */
    public final JlType any;
    private final ConcurrentHashMap<ArrayKey, DataType> instances = new ConcurrentHashMap<>();
    /**
     * Whether a context defined this family (a {@code struct} or {@code abstract type}); then its
     * methods live here. The built-in families are shared by every context of the JVM, so their
     * constructors and call methods live in each context ({@link JlContext#callablesOf}): a
     * method one context defines (say {@code Base.Int8(s::String)}) is not seen by another.
     */
    private final Callables own;

    /**
     * What calling the family's types runs: the constructor of each instance, of the bare name
     * and of partial applications, and call methods of its values.
     */
    public static final class Callables {
        /** Calls of the bare name ({@code Point(1, 2)}) dispatch on this function's methods. */
        org.trufflejl.runtime.JlFunction wrapperConstructor;
        /** Makes the default constructor of an instance ({@code Point{Int8}(1, 2)}), for parametric structs. */
        public volatile java.util.function.Function<DataType, org.trufflejl.runtime.Method> instanceConstructor;
        /** Makes a constructor for partial applications ({@code Array{Int}(undef, 2)}), for families that forward them all. */
        public volatile java.util.function.Supplier<org.trufflejl.runtime.Method> partialConstructor;
        /** Constructor methods for instances ({@code Point{T}(x) where T}), added to each matching instance's table. */
        final java.util.List<org.trufflejl.runtime.Method> instanceMethods = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Constructor tables of partially applied types ({@code Pair2{Int}}, itself a UnionAll). */
        final ConcurrentHashMap<JlType, org.trufflejl.runtime.JlFunction> partialConstructors = new ConcurrentHashMap<>();
        /** The constructor function of each instance type, made on first call. */
        final ConcurrentHashMap<DataType, org.trufflejl.runtime.JlFunction> constructors = new ConcurrentHashMap<>();
        /** Methods for calling values of the family's types ({@code (p::Poly)(x) = ...}), or null. */
        public volatile org.trufflejl.runtime.JlFunction callFunction;
    }

    public boolean isContextOwned() {
        return own != null;
    }

    /**
     * Where instances with these parameters are interned: a built-in family keeps those that
     * mention a program's types in the context (JVM-wide they would keep the closed context
     * alive, as a program's {@code Vector{Point}} would keep {@code Point} and through its
     * methods everything); every other instance, here.
     */
    private ConcurrentHashMap<ArrayKey, DataType> instancesFor(Object[] params) {
        if (own == null) {
            for (Object p : params) {
                if (JlType.isContextLocal(p)) {
                    return org.trufflejl.runtime.JlContext.get(null).instancesOf(this);
                }
            }
        }
        return instances;
    }

    /** This context's callables of the family. */
    public Callables callables() {
        return own != null ? own : org.trufflejl.runtime.JlContext.get(null).callablesOf(this);
    }

    public TypeFamily(Symbol name, String modulePrefix, TypeVar[] vars, JlType superTemplate, boolean isAbstract, boolean isMutable,
                    boolean isTuple) {
        this(name, modulePrefix, vars, superTemplate, isAbstract, isMutable, isTuple, false);
    }

    /** {@code contextOwned}: defined by a context's code (see {@link #own}). */
    public TypeFamily(Symbol name, String modulePrefix, TypeVar[] vars, JlType superTemplate, boolean isAbstract, boolean isMutable,
                    boolean isTuple, boolean contextOwned) {
        this.own = contextOwned ? new Callables() : null;
        this.name = name;
        this.modulePrefix = modulePrefix;
        this.vars = vars;
        this.superTemplate = superTemplate;
        this.isAbstract = isAbstract;
        this.isMutable = isMutable;
        this.isTuple = isTuple;
        if (isTuple) {
            // The bare `Tuple` (any length, any elements) is abstract; instances are made on demand.
            this.primary = new DataType(this, null, Types.Any, true);
            this.any = primary;
        } else {
            this.primary = new DataType(this, vars.clone(), null, isAbstract);
            JlType w = primary;
            for (int i = vars.length - 1; i >= 0; i--) {
                w = new UnionAll(vars[i], w);
            }
            this.any = w;
            if (vars.length > 0) {
                instances.put(new ArrayKey(vars.clone()), primary);
            }
        }
    }

    /** Sets the supertype and field types once they are known (struct definitions evaluate them first). */
    /**
     * Julia's {@code _equiv_typedef}: whether defining this type again with these parts changes
     * nothing (then the definition is a no-op). Parts are compared as printed, so that a field
     * naming the type itself matches whether it names the old definition or the new one.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public boolean sameDefinition(boolean abstractType, boolean mutableType, TypeVar[] newVars, JlType newSuper, Symbol[] newFieldNames, JlType[] newFields) {
        if (abstractType != isAbstract || mutableType != isMutable || newVars.length != vars.length || newFields.length != fieldTemplates.length
                        || !java.util.Arrays.equals(newFieldNames, fieldNames) || !sameShown(newSuper, superTemplate)) {
            return false;
        }
        for (int i = 0; i < vars.length; i++) {
            if (newVars[i].name != vars[i].name || !sameShown(newVars[i].lb, vars[i].lb) || !sameShown(newVars[i].ub, vars[i].ub)) {
                return false;
            }
        }
        for (int i = 0; i < newFields.length; i++) {
            if (!sameShown(newFields[i], fieldTemplates[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameShown(JlType a, JlType b) {
        return a == b || a != null && b != null && a.show().equals(b.show());
    }

    public void define(JlType superTemplate, Symbol[] fieldNames, JlType[] fieldTemplates) {
        this.superTemplate = superTemplate;
        this.fieldNames = fieldNames;
        this.fieldTemplates = fieldTemplates;
        primary.fieldNames = fieldNames;
        if (vars.length == 0) {
            primary.supertype = (DataType) superTemplate;
            primary.fieldTypes = fieldTemplates;
        } else {
            primary.supertype = (DataType) Substitution.apply(superTemplate, vars, primary.parameters);
            primary.fieldTypes = fieldTemplates.clone();
            // Instances made before the definition was complete (aliases such as Vector) catch up.
            for (DataType t : instances.values()) {
                if (t != primary) {
                    t.supertype = (DataType) Substitution.apply(superTemplate, vars, t.parameters);
                    t.fieldNames = fieldNames;
                    t.fieldTypes = new JlType[fieldTemplates.length];
                    for (int i = 0; i < fieldTemplates.length; i++) {
                        t.fieldTypes[i] = (JlType) Substitution.apply(fieldTemplates[i], vars, t.parameters);
                    }
                }
            }
        }
    }

    @TruffleBoundary
    public void addInstanceMethod(org.trufflejl.runtime.Method m) {
        Callables c = callables();
        synchronized (c) {
            c.instanceMethods.add(m);
            for (java.util.Map.Entry<DataType, org.trufflejl.runtime.JlFunction> e : c.constructors.entrySet()) {
                if (matchesPattern(e.getKey(), m)) {
                    e.getValue().table.add(m);
                }
            }
            for (java.util.Map.Entry<JlType, org.trufflejl.runtime.JlFunction> e : c.partialConstructors.entrySet()) {
                if (matchesPattern(e.getKey(), m)) {
                    e.getValue().table.add(m);
                }
            }
        }
    }

    /** The function behind calls of a UnionAll of this family: the bare name, or a partial application. */
    @TruffleBoundary
    public org.trufflejl.runtime.JlFunction constructorOf(UnionAll u) {
        if (u == any) {
            return wrapperConstructor();
        }
        Callables c = callables();
        synchronized (c) {
            org.trufflejl.runtime.JlFunction f = c.partialConstructors.get(u);
            if (f == null) {
                f = new org.trufflejl.runtime.JlFunction(new org.trufflejl.runtime.MethodTable(Symbol.of(u.show()), null));
                f.table.constructedType = u;
                for (org.trufflejl.runtime.Method m : c.instanceMethods) {
                    if (matchesPattern(u, m)) {
                        f.table.add(m);
                    }
                }
                if (c.partialConstructor != null) {
                    f.table.add(c.partialConstructor.get());
                }
                attachTypePatternMethods(u, f);
                c.partialConstructors.put(u, f);
            }
            return f;
        }
    }

    /** The function behind calls of instance {@code t} (made on first use, with the methods that apply). */
    @TruffleBoundary
    org.trufflejl.runtime.JlFunction constructorOf(DataType t) {
        Callables c = callables();
        org.trufflejl.runtime.JlFunction f = c.constructors.get(t);
        if (f != null) {
            return f;
        }
        synchronized (c) {
            f = c.constructors.get(t);
            if (f == null) {
                f = new org.trufflejl.runtime.JlFunction(new org.trufflejl.runtime.MethodTable(Symbol.of(t.show()), null));
                f.table.constructedType = t;
                if (t.parameters != null && (t.parameters.length > 0 || isTuple)) {
                    if (c.instanceConstructor != null) {
                        f.table.add(c.instanceConstructor.apply(t));
                    }
                    for (org.trufflejl.runtime.Method m : c.instanceMethods) {
                        if (matchesPattern(t, m)) {
                            f.table.add(m);
                        }
                    }
                }
                attachTypePatternMethods(t, f);
                c.constructors.put(t, f);
            }
            return f;
        }
    }

    /** Whether this context has called (so made the constructor of) instance {@code t}. */
    boolean hasConstructor(DataType t) {
        return callables().constructors.containsKey(t);
    }

    private static boolean matchesPattern(JlType t, org.trufflejl.runtime.Method m) {
        return Subtyping.matchAll(java.util.List.of(Types.TypeFamilyT.instantiate(t)), java.util.List.of(m.calleePattern), m.typeVars) != null;
    }

    /**
     * Adds a method of calling every type its pattern matches ({@code (::Type{F})(x::Q) where
     * F<:AbstractFloat}: any family's) to the constructor tables made so far and to those made later.
     */
    @TruffleBoundary
    public static void addTypePatternMethod(org.trufflejl.runtime.Method m) {
        org.trufflejl.runtime.JlContext context = org.trufflejl.runtime.JlContext.get(null);
        synchronized (context.typePatternMethods) {
            context.typePatternMethods.add(m);
            for (java.util.Map.Entry<JlType, org.trufflejl.runtime.JlFunction> e : context.constructorTables) {
                if (matchesPattern(e.getKey(), m)) {
                    e.getValue().table.add(m);
                }
            }
        }
    }

    /** Registers a new constructor table of {@code t}, with the pattern methods defined so far that match it. */
    private static void attachTypePatternMethods(JlType t, org.trufflejl.runtime.JlFunction f) {
        org.trufflejl.runtime.JlContext context = org.trufflejl.runtime.JlContext.get(null);
        synchronized (context.typePatternMethods) {
            for (org.trufflejl.runtime.Method m : context.typePatternMethods) {
                if (matchesPattern(t, m)) {
                    f.table.add(m);
                }
            }
            context.constructorTables.add(java.util.Map.entry(t, f));
        }
    }

    /** The methods for calling values of this family's types, made on first definition of one. */
    @TruffleBoundary
    public org.trufflejl.runtime.JlFunction callFunction() {
        Callables c = callables();
        synchronized (c) {
            if (c.callFunction == null) {
                c.callFunction = new org.trufflejl.runtime.JlFunction(new org.trufflejl.runtime.MethodTable(org.trufflejl.runtime.Symbol.of("(::" + name.name + ")"), null));
            }
            return c.callFunction;
        }
    }

    @TruffleBoundary
    public org.trufflejl.runtime.JlFunction wrapperConstructor() {
        Callables c = callables();
        synchronized (c) {
            if (c.wrapperConstructor == null) {
                c.wrapperConstructor = new org.trufflejl.runtime.JlFunction(new org.trufflejl.runtime.MethodTable(name, null));
                c.wrapperConstructor.table.constructedType = any;
                attachTypePatternMethods(any, c.wrapperConstructor);
            }
            return c.wrapperConstructor;
        }
    }

    /** Sets how the constructor of a partial application is made (families whose constructors are Base's _construct). */
    public void setPartialConstructor(java.util.function.Supplier<org.trufflejl.runtime.Method> maker) {
        callables().partialConstructor = maker;
    }

    /** Sets how an instance's default constructor is made (parametric structs, Java-built types). */
    public void setInstanceConstructor(java.util.function.Function<DataType, org.trufflejl.runtime.Method> maker) {
        callables().instanceConstructor = maker;
    }

    /** The module a type defined by guest code belongs to (null: a builtin or Base type). */
    public volatile org.trufflejl.runtime.JlModule module;
    private volatile JlTypeName typeName;

    /** Whether field {@code i} (from 0) was declared {@code const} in a mutable struct. */
    public boolean isConstField(int i) {
        boolean[] c = constFields;
        return c != null && i < c.length && c[i];
    }

    /** {@code T.name} of this family's types (made on first use). */
    public JlTypeName typeName() {
        JlTypeName n = typeName;
        if (n == null) {
            synchronized (this) {
                if (typeName == null) {
                    typeName = new JlTypeName(this);
                }
                n = typeName;
            }
        }
        return n;
    }

    /**
     * The name as Julia shows it: prefixed with its module's path unless the type is visible
     * from Main under its name (Julia's {@code show_type_name}, with Main as the module shown
     * from); Base's types need no prefix (Main sees all of Base here).
     */
    @TruffleBoundary
    public String qualifiedName() {
        if (modulePrefix != null) {
            // a Base submodule's type Main sees by its name (`using Base.Threads`: Atomic)
            return mainImportedFromSubmodule() ? name.name : modulePrefix + "." + name.name;
        }
        org.trufflejl.runtime.JlModule m = module;
        if ((name.name.equals("Adjoint") || name.name.equals("Transpose")) && m != null && m.path().equals("Base") && !mainUsesLinearAlgebra()) {
            return "LinearAlgebra." + name.name;   // Julia's live in LinearAlgebra (ours in Base, for x')
        }
        String home = UNEXPORTED_BASE_TYPES.get(name.name);
        if (home != null && (m == null || m.path().equals("Base") || m.path().startsWith("Base."))) {
            // unless a module Main uses binds the name (`using UUIDs`: UUID)
            return mainImportedFromSubmodule() ? name.name : home + "." + name.name;
        }
        if (m == null || org.trufflejl.runtime.JlContext.isVisibleFromMain(m, name)) {
            return name.name;
        }
        return m.path() + "." + name.name;
    }

    /** Whether Main's name for this type is this type, bound by a module other than Base (through using or import). */
    private boolean mainImportedFromSubmodule() {
        try {
            org.trufflejl.runtime.JlContext context = org.trufflejl.runtime.JlContext.get(null);
            if (context == null) {
                return false;
            }
            org.trufflejl.runtime.Binding b = context.main.lookup(name);
            return b != null && b.value == any && b.owner != context.base && b.owner != context.core || context.main.importsFromUsedModule(name, any);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean mainUsesLinearAlgebra() {
        try {
            org.trufflejl.runtime.JlContext context = org.trufflejl.runtime.JlContext.get(null);
            for (org.trufflejl.runtime.JlModule u : context.main.usedModules()) {
                if (u.path().equals("LinearAlgebra")) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;   // no context entered on this thread
        }
    }

    /**
     * Types of our Base that Julia's Base does not export, with the module Julia shows them
     * from (here Main sees all of Base, so visibility cannot tell): {@code Base.Generator},
     * {@code Base.Iterators.Zip}.
     */
    private static final java.util.Map<String, String> UNEXPORTED_BASE_TYPES = unexportedBaseTypes();

    private static java.util.Map<String, String> unexportedBaseTypes() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String n : new String[]{"Generator", "KeySet", "ValueIterator", "Pairs", "RefValue", "DevNull", "EachLine", "EnvDict",
                        "MethodList", "OneTo", "ImmutableDict", "RegexMatchIterator", "ReinterpretArray", "ReshapedArray", "SkipMissing", "Slice", "Fix1", "Fix2", "ExceptionStack", "Splat", "InvalidCharError", "CodePointError", "RefArray", "Event",
                        "IteratorSize", "SizeUnknown", "HasLength", "HasShape", "IsInfinite", "IteratorEltype", "EltypeUnknown", "HasEltype",
                        "CodeUnits", "EachStringIndex", "UUID", "TwicePrecision", "_InitialValue"}) {
            m.put(n, "Base");
        }
        for (String n : new String[]{"Accumulate", "Count", "Cycle", "Drop", "DropWhile", "Enumerate", "Filter", "Flatten",
                        "ProductIterator", "Repeated", "Rest", "Take", "TakeWhile", "Zip"}) {
            m.put(n, "Base.Iterators");
        }
        m.put("StatStruct", "Base.Filesystem");
        m.put("TypeofVararg", "Core");   // typeof(Vararg) is Core.TypeofVararg
        return java.util.Map.copyOf(m);
    }

    /** The family of a type or of a parametric type's name ({@code Dict}, a UnionAll): Base's types as Java finds them. */
    public static TypeFamily of(Object type) {
        return type instanceof UnionAll u ? ((DataType) u.unwrap()).family : ((DataType) type).family;
    }

    /** {@code Name{params...}}: the interned instance, bounds checked. */
    @TruffleBoundary
    public DataType instantiate(Object... params) {
        if (!isTuple && params.length != vars.length) {
            throw Errors.error("too " + (params.length < vars.length ? "few" : "many") + " type parameters for " + qualifiedName(), null);
        }
        if (!isTuple && vars.length == 0) {
            return primary;
        }
        if (isTuple) {
            params = expandVararg(params);
        }
        ArrayKey key = new ArrayKey(params);
        ConcurrentHashMap<ArrayKey, DataType> cache = instancesFor(params);
        DataType t = cache.get(key);
        if (t != null) {
            return t;
        }
        if (!isTuple) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof JlType pt && !(pt instanceof TypeVar)) {
                    // a bound may name the parameters before it ({T, V<:AbstractVector{T}})
                    JlType ub = i == 0 ? vars[i].ub : (JlType) Substitution.apply(vars[i].ub, vars, params);
                    JlType lb = i == 0 ? vars[i].lb : (JlType) Substitution.apply(vars[i].lb, vars, params);
                    if (!Subtyping.isSubtype(pt, ub) || !Subtyping.isSubtype(lb, pt)) {
                        // as Julia's: "in Complex, in T, expected T<:Real" (the variable with the
                        // parameters before it substituted into its bounds)
                        TypeVar expected = ub == vars[i].ub && lb == vars[i].lb ? vars[i] : new TypeVar(vars[i].name, lb, ub);
                        throw Errors.typeError(name.name, vars[i].name.name, expected, pt, null);
                    }
                }
            }
        }
        if (isTuple) {
            DataType created = new DataType(this, params.clone(), Types.Any, false);
            DataType raced = cache.putIfAbsent(key, created);
            return raced != null ? raced : created;
        }
        return create(cache, key, params);
    }

    /** {@code Tuple{A, Vararg{T, 2}}} is {@code Tuple{A, T, T}}; a Vararg must come last. */
    private static Object[] expandVararg(Object[] params) {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof VarargType v) {
                if (i != params.length - 1) {
                    throw Errors.error("Vararg on non-final parameter", null);
                }
                if (v.count instanceof Long n) {
                    if (n < 0) {
                        throw Errors.error("Vararg length is negative: " + n, null);
                    }
                    Object[] expanded = java.util.Arrays.copyOf(params, (int) (i + n));
                    java.util.Arrays.fill(expanded, i, expanded.length, v.elementType);
                    return expanded;
                }
            }
        }
        return params;
    }

    /**
     * Interns the new instance before computing its field types, which may mention the instance
     * itself ({@code next::Union{Node{T}, Nothing}}).
     */
    private synchronized DataType create(ConcurrentHashMap<ArrayKey, DataType> cache, ArrayKey key, Object[] params) {
        DataType existing = cache.get(key);
        if (existing != null) {
            return existing;
        }
        DataType sup = superTemplate == null ? null : (DataType) Substitution.apply(superTemplate, vars, params);
        DataType t = new DataType(this, params.clone(), sup, isAbstract);
        t.fieldNames = fieldNames;
        JlType[] fts = new JlType[fieldTemplates.length];
        t.fieldTypes = fts;
        cache.put(key, t);
        for (int i = 0; i < fieldTemplates.length; i++) {
            Object ft = Substitution.apply(fieldTemplates[i], vars, params);
            if (!(ft instanceof JlType jt)) {
                // Point{sin} where a field is declared ::T: Julia's TypeError in the type definition
                cache.remove(key);
                throw Errors.error("TypeError: in " + name.name + ", in type definition, expected Type, got a value of type "
                                + Types.typeOf(ft).show(), null);
            }
            fts[i] = jt;
        }
        return t;
    }
}
