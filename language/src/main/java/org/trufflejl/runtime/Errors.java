package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Builders of Julia's standard exceptions, thrown as {@link JlException}. Slow paths all. */
public final class Errors {
    private Errors() {
    }

    /** Julia's error for a constant given a value it cannot take: {@code invalid redefinition of constant Main.c}. */
    @TruffleBoundary
    public static JlException invalidConstantRedefinition(JlModule module, Symbol name, Node location) {
        return error("invalid redefinition of constant " + module.name.name + "." + name.name, location);
    }

    @TruffleBoundary
    public static JlException error(String message, Node location) {
        return new JlException(JlStructObject.of(Types.ErrorException, JlString.of(message)), location);
    }

    @TruffleBoundary
    public static JlException argumentError(String message, Node location) {
        return new JlException(JlStructObject.of(Types.ArgumentError, JlString.of(message)), location);
    }

    /** {@code type P has no field y}: Julia names the type without its parameters (NamedTuple, not @NamedTuple{a::Int64}). */
    @TruffleBoundary
    public static JlException noField(org.trufflejl.runtime.types.JlType t, Symbol name, Node location) {
        return error("type " + (t instanceof org.trufflejl.runtime.types.DataType d ? d.name.name : t.show()) + " has no field " + name.name, location);
    }

    /** Julia's {@code LoadError(file, line, error)}: an error leaving an included file's statement or a macro's expansion. */
    @TruffleBoundary
    public static Object loadError(String file, long line, Object error) {
        return JlStructObject.of(Types.LoadError, JlString.of(file), line, error);
    }

    @TruffleBoundary
    public static JlException undefVar(Symbol name, Node location) {
        return new JlException(JlStructObject.of(Types.UndefVarError, name), location);
    }

    @TruffleBoundary
    public static JlException boundsError(Object collection, Object index, Node location) {
        return new JlException(JlStructObject.of(Types.BoundsError, collection, index), location);
    }

    @TruffleBoundary
    public static JlException divideError(Node location) {
        return new JlException(JlStructObject.of(Types.DivideError), location);
    }

    @TruffleBoundary
    public static JlException inexactError(String func, JlType target, Object value, Node location) {
        return new JlException(JlStructObject.of(Types.InexactError, Symbol.of(func), target, value), location);
    }

    @TruffleBoundary
    public static JlException domainError(Object value, String message, Node location) {
        return new JlException(JlStructObject.of(Types.DomainError, value, JlString.of(message)), location);
    }

    @TruffleBoundary
    public static JlException typeError(String func, String context, JlType expected, Object got, Node location) {
        return new JlException(JlStructObject.of(Types.TypeError, Symbol.of(func), JlString.of(context), expected, got), location);
    }

    @TruffleBoundary
    public static JlException stackOverflow(Node location) {
        return new JlException(JlStructObject.of(Types.StackOverflowError), location);
    }

    @TruffleBoundary
    public static JlException outOfMemory(Node location) {
        return new JlException(JlStructObject.of(Types.OutOfMemoryError), location);
    }

    @TruffleBoundary
    public static JlException methodError(JlFunction f, Object[] args, Node location) {
        return new JlException(methodErrorValue(f, args), location);
    }

    @TruffleBoundary
    public static JlStructObject methodErrorValue(JlFunction f, Object[] args) {
        // a type's constructor is the type, as Julia's MethodError(Date, ...)
        Object callee = f.table.constructedType != null ? f.table.constructedType : f;
        return JlStructObject.of(Types.MethodError, callee, new JlTuple(args.clone()));
    }

    /**
     * A call with keywords no method takes: as in Julia, a MethodError of {@code Core.kwcall}
     * with arguments {@code (kws, f, args...)}, which {@code showerror} prints as
     * {@code f(::T; k::K)}.
     */
    @TruffleBoundary
    public static JlException keywordMethodError(Object f, JlNamedTuple keywords, Object[] positional, Node location) {
        Object[] args = new Object[positional.length + 2];
        args[0] = keywords;
        args[1] = f;
        System.arraycopy(positional, 0, args, 2, positional.length);
        JlFunction kwcall = JlContext.functionIn(JlContext.get(null).core, Symbol.of("kwcall"));
        return new JlException(JlStructObject.of(Types.MethodError, kwcall, new JlTuple(args)), location);
    }
}
