package org.trufflejl.runtime;

import java.util.function.Supplier;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Subtyping;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * One method of a generic function: the declared types of its positional parameters (a trailing
 * vararg has {@link #varargType}), the keywords it accepts, and its body as a call target.
 * Call targets are made on first call so that start-up does not pay for unused builtins.
 */
public final class Method implements JlTyped {
    @CompilationFinal(dimensions = 1) public final JlType[] sig;
    /** The method's {@code where} variables, in the order their values are bound in the body. */
    @CompilationFinal(dimensions = 1) public final TypeVar[] typeVars;
    /** Element type of a trailing {@code xs...} parameter, or null. */
    public final JlType varargType;
    /** Keyword parameter names it accepts, or null if it takes no keywords. */
    @CompilationFinal(dimensions = 1) public final Symbol[] kwNames;
    /** The name of its {@code kws...} parameter collecting any other keywords, or null. */
    public final Symbol kwRest;
    public final String[] argNames;
    public final String file;
    public final int line;
    private final Supplier<RootNode> bodyFactory;
    /** Makes the body as a node a call site can embed (Java-implemented methods); null otherwise. */
    private volatile Supplier<? extends InlinableBody> inlinableBody;
    @CompilationFinal private volatile RootCallTarget target;

    public Method(JlType[] sig, JlType varargType, Symbol[] kwNames, Symbol kwRest, String[] argNames,
                  String file, int line, Supplier<RootNode> bodyFactory) {
        this(sig, varargType, NO_TYPE_VARS, kwNames, kwRest, argNames, file, line, bodyFactory);
    }

    private static final TypeVar[] NO_TYPE_VARS = new TypeVar[0];

    public Method(JlType[] sig, JlType varargType, TypeVar[] typeVars, Symbol[] kwNames, Symbol kwRest, String[] argNames,
                  String file, int line, Supplier<RootNode> bodyFactory) {
        this.typeVars = typeVars;
        this.sig = sig;
        this.varargType = varargType;
        this.kwNames = kwNames;
        this.kwRest = kwRest;
        this.argNames = argNames;
        this.file = file;
        this.line = line;
        this.bodyFactory = bodyFactory;
    }

    /**
     * How many varargs the method takes when its vararg is {@code Vararg{T, N}}: a Long, or one
     * of its type variables, which the count binds; null for any number.
     */
    public Object varargCount;
    /** The declared {@code Vararg{T, N}} after {@code declaredVarargAt} parameters, for listing the method; null if none. */
    private JlType declaredVararg;
    private int declaredVarargAt;

    public Method withVarargCount(Object count, JlType declared, int at) {
        this.varargCount = count;
        this.declaredVararg = declared;
        this.declaredVarargAt = at;
        return this;
    }

    /** Lets call sites embed a fresh copy of the body instead of calling it (see {@link InlinableBody}). */
    public Method withInlinableBody(Supplier<? extends InlinableBody> factory) {
        this.inlinableBody = factory;
        return this;
    }

    /** A new embeddable copy of the body, or null when the method must be called. */
    @TruffleBoundary
    public InlinableBody newInlinableBody() {
        Supplier<? extends InlinableBody> f = inlinableBody;
        return f == null ? null : f.get();
    }

    public RootCallTarget callTarget() {
        RootCallTarget t = target;
        if (t == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            t = createTarget();
        }
        return t;
    }

    @TruffleBoundary
    private synchronized RootCallTarget createTarget() {
        if (target == null) {
            target = bodyFactory.get().getCallTarget();
        }
        return target;
    }

    @Override
    public JlType jlType() {
        return Types.MethodT;
    }

    /** The fields of Julia's Method that programs read: name, module, file, line, nargs. */
    @Override
    @TruffleBoundary
    public Object property(String field) {
        return switch (field) {
            case "name" -> Symbol.of(ownerName);
            case "file" -> Symbol.of(file == null ? "none" : file);
            case "line" -> (long) line;
            case "module" -> module;
            case "nargs" -> (long) (sig.length + 1 + (varargType != null ? 1 : 0));
            case "isva" -> varargType != null;
            case "sig" -> signatureType();
            default -> null;
        };
    }

    /** The type of what is called ({@code typeof(f)}, {@code Type{Point}}), set when first added to a table. */
    volatile JlType calleeType;
    /**
     * A method of calling every type its {@link #calleePattern} matches ({@code (::Type{F})(x)
     * where F<:AbstractFloat}): in specificity its callee counts as a position, as in Julia, so
     * it does not beat {@code Sq(s)} on {@code Type{Sq}} (ambiguous there).
     */
    public volatile boolean anyTypePattern;

    /** Julia's {@code m.sig}: {@code Tuple{typeof(f), Int64, Vararg{Any}} where T}. */
    @TruffleBoundary
    public JlType signatureType() {
        JlType callee = calleePattern != null ? calleePattern : calleeType != null ? calleeType : Types.Any;
        Object[] params = new Object[sig.length + 1 + (varargType != null ? 1 : 0)];
        params[0] = callee;
        System.arraycopy(sig, 0, params, 1, sig.length);
        if (varargType != null) {
            params[params.length - 1] = new org.trufflejl.runtime.types.VarargType(varargType, null);
        }
        JlType t = Types.TupleFamily.instantiate(params);
        for (int i = typeVars.length - 1; i >= 0; i--) {
            t = new org.trufflejl.runtime.types.UnionAll(typeVars[i], t);
        }
        return t;
    }

    /** The function's name, for display; set when the method is added to a table. */
    private volatile String ownerName = "";

    public String ownerName() {
        if (anyTypePattern) {
            return "(::" + calleePattern.show() + ")";   // every matching type's, not the table's it is in
        }
        return ownerName;
    }

    void setOwnerName(String name) {
        this.ownerName = name;
    }

    /**
     * Whether arguments of these types may call this method: each type meets the parameter's
     * ({@code methods(f, (Any,))} lists {@code f(::Int)}); an argument list ending in a Vararg is
     * not told apart.
     */
    @TruffleBoundary
    public boolean mayMatch(Object[] argTypes) {
        int n = argTypes.length;
        if (n > 0 && argTypes[n - 1] instanceof org.trufflejl.runtime.types.VarargType) {
            return true;
        }
        if (n < sig.length || n > sig.length && varargType == null) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            JlType p = paramType(i);
            for (int k = typeVars.length - 1; k >= 0; k--) {
                if (org.trufflejl.runtime.types.UnionAll.mentions(p, typeVars[k])) {
                    p = new org.trufflejl.runtime.types.UnionAll(typeVars[k], p);
                }
            }
            if (!(argTypes[i] instanceof JlType t) || org.trufflejl.runtime.types.Intersection.of(t, p) == Types.Bottom) {
                return false;
            }
        }
        return true;
    }

    /** Whether a call may pass keywords of all these names (the method names each, or takes {@code kw...}). */
    public boolean acceptsKeywordNames(Object[] names) {
        if (names.length == 0 || kwRest != null) {
            return true;
        }
        if (kwNames == null) {
            return false;
        }
        for (Object name : names) {
            if (!java.util.Arrays.asList(kwNames).contains(name)) {
                return false;
            }
        }
        return true;
    }

    public boolean acceptsKeywords() {
        return kwNames != null;
    }

    /** Whether arguments of these types can call this method. */
    public boolean isApplicable(JlType[] argTypes) {
        return MethodMatch.match(this, argTypes) != null;
    }

    /** For constructors of parametric instances ({@code Point{T}(x) where T}): {@code Type{Point{T}}}; else null. */
    public volatile JlType calleePattern;
    /**
     * The name a callable object's method gives the object ({@code s} in {@code (s::Scale)(x) = ...}),
     * which methods() shows as Julia does, {@code (s::Scale)(x)}; null when unnamed or not such a method.
     */
    public volatile String calleeArgName;
    /**
     * The captured variables of a method of a global function defined inside a local scope
     * (`let c = 0; global f() = (c += 1); end`), set before its first call; null for others
     * (a closure's captures are in its function value).
     */
    public volatile Object[] captures;

    /** The values of the {@code where} variables for a call with these argument types (null if none apply). */
    public Object[] staticParameters(JlType[] argTypes) {
        return MethodMatch.match(this, argTypes);
    }

    private final java.util.concurrent.ConcurrentHashMap<ArrayKey, Object[]> staticParameterCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #staticParameters(JlType, JlType[])}, remembered per callee and argument types. */
    @TruffleBoundary
    public Object[] cachedStaticParameters(JlType calleeType, JlType[] argTypes) {
        Object[] key = new Object[argTypes.length + 1];
        key[0] = calleePattern == null ? null : calleeType;
        System.arraycopy(argTypes, 0, key, 1, argTypes.length);
        return staticParameterCache.computeIfAbsent(new ArrayKey(key), k -> staticParameters(calleeType, argTypes));
    }

    /** Likewise, for a method that also matches the type being called ({@link #calleePattern}). */
    public Object[] staticParameters(JlType calleeType, JlType[] argTypes) {
        return calleePattern == null ? MethodMatch.match(this, argTypes) : MethodMatch.matchWithCallee(this, calleeType, argTypes);
    }

    /**
     * Julia's specificity: this method's signature is a strict subtype of {@code other}'s; for
     * equal signatures a fixed arity beats varargs and a diagonal variable ({@code f(x::T, y::T)})
     * beats unconstrained parameters.
     */
    @TruffleBoundary
    public boolean isMoreSpecificThan(Method other) {
        int n = Math.max(sig.length, other.sig.length) + (varargType != null && other.varargType != null ? 1 : 0);
        for (int i = 0; i < n; i++) {
            JlType a = paramType(i);
            JlType b = other.paramType(i);
            if (a == null || b == null) {
                // Different arities without a vararg to cover the difference: fixed arity wins.
                return a != null ? false : varargType == null && other.varargType != null;
            }
        }
        // Most pairs of methods differ in a position whose types' families say no (Int64 against
        // String, Dict against a SubString): decided there without the general matching, which
        // dominated adding Base's 3,000 methods.
        for (int i = 0; i < n; i++) {
            if (Subtyping.surelyNotSubtype(paramType(i), other.paramType(i)) && !speciallyMoreSpecific(paramType(i), other.paramType(i))) {
                return false;
            }
        }
        java.util.List<JlType> mine = new java.util.ArrayList<>(n);
        java.util.List<JlType> theirs = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            mine.add(paramType(i));
            theirs.add(other.paramType(i));
        }
        if ((anyTypePattern || other.anyTypePattern) && calleeType != null && other.calleeType != null) {
            mine.add(0, calleePattern != null ? calleePattern : calleeType);
            theirs.add(0, other.calleePattern != null ? other.calleePattern : other.calleeType);
        }
        boolean forward = Subtyping.matchAllSignatures(mine, theirs, other.typeVars) != null;
        if (!forward) {
            return positionwiseMoreSpecific(mine, theirs);
        }
        boolean backward = Subtyping.matchAllSignatures(theirs, mine, typeVars) != null;
        if (!backward) {
            return true;
        }
        if (varargType == null && other.varargType != null) {
            return true;
        }
        if (varargType != null && other.varargType == null) {
            return false;
        }
        return hasDiagonalVariable() && !other.hasDiagonalVariable();
    }

    /**
     * Julia's rules for types that are not subtypes yet more specific, position by position (every
     * other position a subtype): a Union with a member more specific than the other type
     * ({@code Union{Int8, String}} over {@code Integer}), and {@code Type{X}} or {@code Type{<:B}}
     * over the kinds {@code DataType}, {@code UnionAll}, {@code Union}.
     */
    private static boolean positionwiseMoreSpecific(java.util.List<JlType> mine, java.util.List<JlType> theirs) {
        boolean special = false;
        for (int i = 0; i < mine.size(); i++) {
            JlType a = mine.get(i);
            JlType b = theirs.get(i);
            if (Subtyping.isSubtype(a, b)) {
                continue;
            }
            if (!speciallyMoreSpecific(a, b)) {
                return false;
            }
            special = true;
        }
        return special;
    }

    private static boolean speciallyMoreSpecific(JlType a, JlType b) {
        java.util.List<TypeVar> vars = new java.util.ArrayList<>();
        JlType inner = a;
        while (inner instanceof org.trufflejl.runtime.types.UnionAll ua) {
            vars.add(ua.var);
            inner = ua.body;
        }
        if (inner instanceof org.trufflejl.runtime.types.UnionType u) {
            if (Subtyping.isSubtype(b, a)) {
                return false;
            }
            for (JlType m : u.types) {
                for (int k = vars.size() - 1; k >= 0; k--) {   // AbstractVecOrMat's members keep their T
                    if (org.trufflejl.runtime.types.UnionAll.mentions(m, vars.get(k))) {
                        m = new org.trufflejl.runtime.types.UnionAll(vars.get(k), m);
                    }
                }
                if (Subtyping.isSubtype(m, b) && !Subtyping.isSubtype(b, m)) {
                    return true;
                }
            }
            return false;
        }
        if (inner instanceof org.trufflejl.runtime.types.DataType d && d.family == Types.TypeFamilyT && d.parameters.length == 1
                        && (b == Types.DataTypeT || b == Types.UnionAllT || b == Types.UnionT)) {
            Object x = d.parameters[0];
            return x instanceof TypeVar v ? v.ub != Types.Any : x != Types.Bottom;
        }
        return false;
    }

    private JlType paramType(int i) {
        return i < sig.length ? sig[i] : varargType;
    }

    private boolean hasDiagonalVariable() {
        for (TypeVar v : typeVars) {
            int uses = 0;
            for (JlType t : sig) {
                if (t == v) {
                    uses++;
                }
            }
            if (uses > 1) {
                return true;
            }
        }
        return false;
    }

    /** Same parameter types (up to renaming of where variables): a redefinition replaces the method. */
    @TruffleBoundary
    public boolean sameSignature(Method other) {
        if (sig.length != other.sig.length || (varargType == null) != (other.varargType == null)) {
            return false;
        }
        if ((anyTypePattern || other.anyTypePattern) && !(anyTypePattern && other.anyTypePattern && Subtyping.isEqual(calleePattern, other.calleePattern))) {
            return false;   // Float64(x::Q) and (::Type{F})(x::Q) where F are two methods
        }
        for (int i = 0; i < sig.length; i++) {
            // most pairs are told apart by their types' families (Int64 and String, Vector{T} and
            // Dict{K, V}, Type{Int8} and Type{UInt8}), without the general matching
            if (Subtyping.surelyDistinct(sig[i], other.sig[i]) || concreteAgainstUnion(sig[i], other.sig[i])) {
                return false;
            }
        }
        if (varargType != null && Subtyping.surelyDistinct(varargType, other.varargType)) {
            return false;
        }
        if (hasDiagonalVariable() != other.hasDiagonalVariable()) {
            return false;   // ==(x::T, y::T) where T against ==(x::Integer, y::Integer)
        }
        // type-equal signatures, however spelled (f(x::T) where T<:Integer and f(x::Integer)),
        // as Julia's method table compares them
        return isMoreSpecificOrEqual(other) && other.isMoreSpecificOrEqual(this);
    }

    /**
     * A concrete type against a union: never the same type, as a union keeps two or more members
     * none of which is below another, and a concrete type has no subtype but itself and Union{}.
     */
    private static boolean concreteAgainstUnion(JlType a, JlType b) {
        return a instanceof org.trufflejl.runtime.types.DataType d && b instanceof org.trufflejl.runtime.types.UnionType && d.isConcrete()
                        || b instanceof org.trufflejl.runtime.types.DataType e && a instanceof org.trufflejl.runtime.types.UnionType && e.isConcrete();
    }

    private boolean isMoreSpecificOrEqual(Method other) {
        java.util.List<JlType> mine = new java.util.ArrayList<>(java.util.Arrays.asList(sig));
        java.util.List<JlType> theirs = new java.util.ArrayList<>(java.util.Arrays.asList(other.sig));
        if (varargType != null) {
            mine.add(varargType);
            theirs.add(other.varargType);
        }
        return Subtyping.matchAllSignatures(mine, theirs, other.typeVars) != null;
    }

    /** The module the method was defined in, for "@ Main.M file:line"; null until known (then the function's module). */
    public volatile JlModule module;

    /** Its path as Julia prints it (a standard library module is known as one only once loaded). */
    public String moduleName() {
        JlModule m = module;
        return m != null ? m.path() : "Main";
    }

    /** {@code f(::Int8, ::Any)} as a MethodError's candidate list shows it. */
    @TruffleBoundary
    public String candidateString(String fname) {
        StringBuilder sb = new StringBuilder(fname).append('(');
        for (int i = 0; i < sig.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("::").append(sig[i].show());
        }
        if (varargType != null) {
            if (sig.length > 0) {
                sb.append(", ");
            }
            sb.append("::").append(varargType.show()).append("...");
        }
        return sb.append(')').toString();
    }

    /** {@code f(x::Int64, y)} as {@code methods(f)} lists it. */
    @TruffleBoundary
    public String signatureString(String fname) {
        StringBuilder sb = new StringBuilder(fname).append('(');
        int shown = declaredVararg != null ? declaredVarargAt : sig.length;
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendParam(sb, i < argNames.length ? argNames[i] : "", sig[i]);
        }
        if (declaredVararg != null) {
            if (shown > 0) {
                sb.append(", ");
            }
            appendParam(sb, shown < argNames.length ? argNames[shown] : "", declaredVararg);
        } else if (varargType != null) {
            if (sig.length > 0) {
                sb.append(", ");
            }
            appendParam(sb, sig.length < argNames.length ? argNames[sig.length] : "", varargType);
            sb.append("...");
        }
        // keywords by name, as Julia shows them: f(x; y, z), f(; kws...)
        String sep = "; ";
        for (int i = 0; kwNames != null && i < kwNames.length; i++) {
            sb.append(sep).append(kwNames[i].name);
            sep = ", ";
        }
        if (kwRest != null) {
            sb.append(sep).append(kwRest.name).append("...");
        }
        return sb.append(')').append(whereClause()).toString();
    }

    /**
     * For a method made for each instance of a parametric type (its default constructor): the
     * type with its where-variables ({@code Pt{T} where T<:Real}), as Julia shows that one
     * method ({@code Pt{T}(x, y) where T<:Real}), whichever instance's table it is in.
     */
    public volatile org.trufflejl.runtime.types.UnionAll genericCallee;

    /**
     * The callee as this method's signature shows it: Julia shows a method of calling
     * {@code Q{T}} (defined {@code Q{T}(x) where T}) as {@code Q{T}(x) where T}, not by the
     * instance whose table it is in; {@code fallback} otherwise.
     */
    @TruffleBoundary
    public String calleeDisplay(String fallback) {
        if (genericCallee != null) {
            return genericCallee.unwrap().show();
        }
        if (!anyTypePattern && typeVars != null && typeVars.length > 0 && calleePattern instanceof DataType d && d.family == Types.TypeFamilyT
                        && d.parameters != null && d.parameters.length == 1 && d.parameters[0] instanceof DataType x) {
            for (org.trufflejl.runtime.types.TypeVar v : typeVars) {
                if (org.trufflejl.runtime.types.UnionAll.mentions(x, v)) {
                    return x.show();
                }
            }
        }
        return fallback;
    }

    /** {@code " where T"}, {@code " where {T<:Real, S}"}, or "" for a method without where-variables. */
    public String whereClause() {
        if (genericCallee != null) {
            java.util.List<org.trufflejl.runtime.types.TypeVar> vs = new java.util.ArrayList<>();
            for (JlType t = genericCallee; t instanceof org.trufflejl.runtime.types.UnionAll u; t = u.body) {
                vs.add(u.var);
            }
            return org.trufflejl.runtime.types.UnionAll.showWheres(vs);
        }
        if (typeVars == null || typeVars.length == 0) {
            return "";
        }
        if (typeVars.length == 1) {
            return " where " + typeVars[0].showWithBounds();
        }
        StringBuilder sb = new StringBuilder(" where {");
        for (int i = 0; i < typeVars.length; i++) {
            sb.append(i > 0 ? ", " : "").append(typeVars[i].showWithBounds());
        }
        return sb.append('}').toString();
    }

    private static void appendParam(StringBuilder sb, String name, JlType t) {
        sb.append(name);
        if (t != Types.Any || name.isEmpty()) {
            sb.append("::").append(t.show());
        }
    }
}
