package org.trufflejl.runtime;

import java.util.function.Supplier;

import org.trufflejl.runtime.types.JlType;
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
public final class Method {
    @CompilationFinal(dimensions = 1) public final JlType[] sig;
    /** Element type of a trailing {@code xs...} parameter, or null. */
    public final JlType varargType;
    /** Keyword parameter names it accepts, or null if it takes no keywords. */
    @CompilationFinal(dimensions = 1) public final Symbol[] kwNames;
    /** Whether it has a {@code kws...} parameter collecting any other keywords. */
    public final boolean kwRest;
    public final String[] argNames;
    public final String file;
    public final int line;
    private final Supplier<RootNode> bodyFactory;
    @CompilationFinal private volatile RootCallTarget target;

    public Method(JlType[] sig, JlType varargType, Symbol[] kwNames, boolean kwRest, String[] argNames,
                  String file, int line, Supplier<RootNode> bodyFactory) {
        this.sig = sig;
        this.varargType = varargType;
        this.kwNames = kwNames;
        this.kwRest = kwRest;
        this.argNames = argNames;
        this.file = file;
        this.line = line;
        this.bodyFactory = bodyFactory;
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

    public boolean acceptsKeywords() {
        return kwNames != null;
    }

    /** Whether arguments of these types can call this method. */
    @TruffleBoundary
    public boolean isApplicable(JlType[] argTypes) {
        int n = sig.length;
        if (argTypes.length < n || (varargType == null && argTypes.length != n)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Types.isSubtype(argTypes[i], sig[i])) {
                return false;
            }
        }
        for (int i = n; i < argTypes.length; i++) {
            if (!Types.isSubtype(argTypes[i], varargType)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this method's signature is strictly narrower than {@code other}'s. */
    @TruffleBoundary
    public boolean isMoreSpecificThan(Method other) {
        int n = Math.max(sig.length, other.sig.length);
        boolean strictlyNarrower = false;
        for (int i = 0; i < n; i++) {
            JlType a = paramType(i);
            JlType b = other.paramType(i);
            if (a == null || b == null) {
                // One has fewer parameters and no vararg to cover this position.
                return a != null || other.varargType != null && varargType == null;
            }
            if (!Types.isSubtype(a, b)) {
                return false;
            }
            if (a != b) {
                strictlyNarrower = true;
            }
        }
        if (varargType == null && other.varargType != null) {
            return true;
        }
        return strictlyNarrower;
    }

    private JlType paramType(int i) {
        return i < sig.length ? sig[i] : varargType;
    }

    public boolean sameSignature(Method other) {
        if (sig.length != other.sig.length || varargType != other.varargType) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (sig[i] != other.sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code f(x::Int64, y)} as {@code methods(f)} lists it. */
    @TruffleBoundary
    public String signatureString(String fname) {
        StringBuilder sb = new StringBuilder(fname).append('(');
        for (int i = 0; i < sig.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendParam(sb, i < argNames.length ? argNames[i] : "", sig[i]);
        }
        if (varargType != null) {
            if (sig.length > 0) {
                sb.append(", ");
            }
            appendParam(sb, sig.length < argNames.length ? argNames[sig.length] : "", varargType);
            sb.append("...");
        }
        return sb.append(')').toString();
    }

    private static void appendParam(StringBuilder sb, String name, JlType t) {
        sb.append(name);
        if (t != Types.Any) {
            sb.append("::").append(t.show());
        }
    }
}
