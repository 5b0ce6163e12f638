package org.trufflejl.nodes;

import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * The type {@code Point(1, 2)} constructs: the struct's parameters bound by matching the
 * argument types against the field types ({@code Point{Int64}}). Cached per argument types with
 * the call site's guards ({@link DispatchNode#typesMatch}), so that in compiled code it is a
 * constant and the construction an allocation.
 */
@GenerateInline(false)
@ReportPolymorphism
@ImportStatic(DispatchNode.class)
abstract class InferStructTypeNode extends Node {
    final TypeFamily family;
    /** The inferring constructor: its signature is the field types, its where-variables the struct's. */
    final Method method;

    InferStructTypeNode(TypeFamily family, Method method) {
        this.family = family;
        this.method = method;
    }

    abstract DataType execute(Object[] frameArgs);

    @Specialization(guards = {"arityMatches(cachedTypes, frameArgs)", "typesMatch(cachedClasses, cachedTypes, cachedTypeArgs, cachedTupleShapes, frameArgs)"}, limit = "4")
    static DataType cached(Object[] frameArgs,
                    @Cached(value = "argumentClasses(frameArgs)", dimensions = 1) Class<?>[] cachedClasses,
                    @Cached(value = "argumentTypes(frameArgs)", dimensions = 1) JlType[] cachedTypes,
                    @Cached(value = "typeArguments(frameArgs)", dimensions = 1) Object[] cachedTypeArgs,
                    @Cached(value = "tupleShapes(frameArgs)", dimensions = 1) TupleShape[] cachedTupleShapes,
                    @Cached("infer(cachedTypes)") DataType type) {
        return type;
    }

    @Specialization(replaces = "cached")
    DataType generic(Object[] frameArgs) {
        return infer(DispatchNode.argumentTypes(frameArgs));
    }

    @TruffleBoundary
    DataType infer(JlType[] types) {
        return family.instantiate(method.staticParameters(types));
    }
}
