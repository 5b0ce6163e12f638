package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code f(x)::T = ...}: the result is converted to T (Base.convert) and must then be a T. */
final class ReturnConversion {
    private ReturnConversion() {
    }

    static Object convert(Object type, Object value, Node node) {
        if (type instanceof JlType t && Types.isa(value, t)) {
            return value;
        }
        return slowConvert(type, value, node);
    }

    @TruffleBoundary
    private static Object slowConvert(Object type, Object value, Node node) {
        if (!(type instanceof JlType t)) {
            throw Errors.error("return type annotation is not a type", node);
        }
        Object r = JlContext.get(node).callBase("convert", t, value);
        if (!Types.isa(r, t)) {
            throw Errors.typeError("typeassert", "", t, r, node);
        }
        return r;
    }
}
