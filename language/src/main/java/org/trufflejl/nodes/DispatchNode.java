package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Multiple dispatch at a call site. The cache key is the method table and the types of all
 * positional arguments; an entry holds a {@link MethodCallNode} for the chosen method (its body
 * embedded when it is Java-implemented, else a direct call Truffle can inline) and is guarded
 * by the table's assumption, which every new method definition invalidates. Past a few entries the site goes megamorphic: table lookup (with its own cache)
 * and an indirect call.
 *
 * Frame arguments: [0] the callee value, [1] keyword arguments (a NamedTuple) or null,
 * (a call passing keywords is looked up among the methods that declare keyword parameters),
 * [2..] the positional arguments.
 */
@GenerateInline(false)
@ReportPolymorphism
public abstract class DispatchNode extends Node {
    public static final int FIRST_POSITIONAL = 2;

    public abstract Object execute(JlFunction function, Object[] frameArgs);

    @Specialization(guards = {"function.table == cachedTable", "arityMatches(cachedTypes, frameArgs)",
                    "typesMatch(cachedClasses, cachedTypes, cachedTypeArgs, cachedTupleShapes, frameArgs)",
                    "isKeywordCall(frameArgs) == cachedKeywordCall"}, assumptions = "tableStable", limit = "4")
    protected static Object doCached(JlFunction function, Object[] frameArgs,
                    @Cached("function.table") MethodTable cachedTable,
                    @Cached("isKeywordCall(frameArgs)") boolean cachedKeywordCall,
                    @Cached(value = "argumentClasses(frameArgs)", dimensions = 1) Class<?>[] cachedClasses,
                    @Cached(value = "argumentTypes(frameArgs)", dimensions = 1) JlType[] cachedTypes,
                    @Cached(value = "typeArguments(frameArgs)", dimensions = 1) Object[] cachedTypeArgs,
                    @Cached(value = "tupleShapes(frameArgs)", dimensions = 1) TupleShape[] cachedTupleShapes,
                    @Cached("cachedTable.stable()") Assumption tableStable,
                    @Bind("$node") Node node,
                    @Cached(value = "lookupOrNull(cachedTable, cachedTypes, frameArgs)", neverDefault = false) Method method,
                    @Cached("createCall(function, method, node)") MethodCallNode call) {
        return call.call(frameArgs);
    }

    @Specialization(replaces = "doCached")
    protected static Object doMegamorphic(JlFunction function, Object[] frameArgs,
                    @Bind("$node") Node node,
                    @Cached IndirectCallNode call) {
        Method m = lookupOrFail(function, function.table, argumentTypes(frameArgs), frameArgs, node);
        return call.call(m.callTarget(), frameArgs);
    }

    /**
     * Whether the call passes keywords. A site without keywords has a constant null there, so
     * the guard folds; a splatted empty {@code kws...} is a positional call, as in Julia (and
     * so is a for loop's {@link TupleReturn} there).
     */
    protected static boolean isKeywordCall(Object[] frameArgs) {
        return frameArgs[1] instanceof JlNamedTuple kw && kw.size() > 0;
    }

    /**
     * ({@code site}: the cache entry's node, already in the tree.) No method (null): the entry
     * throws the MethodError, so compiled code that keeps making a failing call (caught by a
     * {@code try} in a loop) throws it instead of deoptimising at each call, recompiling each time.
     */
    protected static MethodCallNode createCall(JlFunction function, Method method, Node site) {
        return method == null ? MethodCallNode.failing(function) : MethodCallNode.create(method, site);
    }

    /** The method for these argument types, or null when none applies (or several do, ambiguously). */
    protected static Method lookupOrNull(MethodTable table, JlType[] types, Object[] frameArgs) {
        Method m = table.lookup(types, isKeywordCall(frameArgs));
        return m == MethodTable.AMBIGUOUS ? null : m;
    }

    protected static boolean arityMatches(JlType[] cachedTypes, Object[] frameArgs) {
        return frameArgs.length == cachedTypes.length + FIRST_POSITIONAL;
    }

    /**
     * The guard compares each argument's Java class first: one compare in compiled code, after
     * which the compiler knows the exact class, so computing the Julia type folds away - to
     * nothing for classes that decide it (boxed primitives, the number classes, strings), to a
     * field read for structs and arrays. A type argument (dispatching as {@code Type{T}}) is
     * compared by identity: that folds whenever the argument is a constant, even one the
     * compiler only discovers after inlining (promotion passes types through calls), where
     * reading its {@code Type{T}} would stay a memory read. (An equal but distinct union object
     * just misses and gets its own entry.)
     */
    @ExplodeLoop
    protected static boolean typesMatch(Class<?>[] cachedClasses, JlType[] cachedTypes, Object[] cachedTypeArgs, TupleShape[] cachedTupleShapes, Object[] frameArgs) {
        for (int i = 0; i < cachedTypes.length; i++) {
            Object arg = frameArgs[i + FIRST_POSITIONAL];
            Class<?> c = cachedClasses[i];
            if (arg.getClass() != c) {
                return false;
            }
            if (cachedTypeArgs[i] != null) {
                if (arg != cachedTypeArgs[i]) {
                    return false;
                }
            } else if (cachedTupleShapes[i] != null) {
                if (!cachedTupleShapes[i].matchesValue(arg)) {
                    return false;
                }
            } else if (c == JlFunction.class) {
                if (!CompilerDirectives.castExact(arg, JlFunction.class).hasType(cachedTypes[i])) {
                    return false;   // (a closure's type has its captures' types: checked without making it)
                }
            } else if (!Types.classDecidesType(c) && Types.dispatchTypeOf(CompilerDirectives.castExact(arg, c)) != cachedTypes[i]) {
                return false;
            }
        }
        return true;
    }

    protected static TupleShape[] tupleShapes(Object[] frameArgs) {
        TupleShape[] shapes = new TupleShape[frameArgs.length - FIRST_POSITIONAL];
        for (int i = 0; i < shapes.length; i++) {
            if (frameArgs[i + FIRST_POSITIONAL] instanceof JlTuple t) {
                shapes[i] = new TupleShape(t);
            } else if (frameArgs[i + FIRST_POSITIONAL] instanceof org.trufflejl.runtime.JlNamedTuple t) {
                shapes[i] = new TupleShape(t);
            }
        }
        return shapes;
    }

    /** The type arguments themselves (null for other arguments), for {@link #typesMatch}. */
    protected static Object[] typeArguments(Object[] frameArgs) {
        Object[] values = new Object[frameArgs.length - FIRST_POSITIONAL];
        for (int i = 0; i < values.length; i++) {
            Object arg = frameArgs[i + FIRST_POSITIONAL];
            values[i] = arg instanceof JlType ? arg : null;
        }
        return values;
    }

    protected static Class<?>[] argumentClasses(Object[] frameArgs) {
        Class<?>[] classes = new Class<?>[frameArgs.length - FIRST_POSITIONAL];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = frameArgs[i + FIRST_POSITIONAL].getClass();
        }
        return classes;
    }

    protected static JlType[] argumentTypes(Object[] frameArgs) {
        JlType[] types = new JlType[frameArgs.length - FIRST_POSITIONAL];
        for (int i = 0; i < types.length; i++) {
            types[i] = Types.dispatchTypeOf(frameArgs[i + FIRST_POSITIONAL]);
        }
        return types;
    }

    @TruffleBoundary
    protected static Method lookupOrFail(JlFunction function, MethodTable table, JlType[] types, Object[] frameArgs, Node node) {
        boolean keywordCall = isKeywordCall(frameArgs);
        Method m = table.lookup(types, keywordCall);
        if (m == null || m == MethodTable.AMBIGUOUS) {
            Object[] positional = new Object[frameArgs.length - FIRST_POSITIONAL];
            System.arraycopy(frameArgs, FIRST_POSITIONAL, positional, 0, positional.length);
            // a callable struct is what was called ((::Poly{Int64})(::Int64, ::Int64)), not its method table
            Object callee = frameArgs[0] instanceof org.trufflejl.runtime.JlStructObject s ? s : function;
            if (keywordCall && m == null) {
                throw Errors.keywordMethodError(callee, (JlNamedTuple) frameArgs[1], positional, node);
            }
            if (callee != function) {
                throw new org.trufflejl.runtime.JlException(org.trufflejl.runtime.JlStructObject.of(Types.MethodError, callee, new org.trufflejl.runtime.JlTuple(positional)), node);
            }
            throw Errors.methodError(function, positional, node);
        }
        return m;
    }
}
