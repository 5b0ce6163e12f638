package org.trufflejl.builtins;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.nodes.Node;

/** {@code T{P...}}: instantiating the parametric families that exist so far. */
final class TypeApplication {
    private TypeApplication() {
    }

    static Object apply(Object t, Object[] params, Node n) {
        if (t == Types.VectorAlias && params.length == 1 && params[0] instanceof JlType e) {
            return Types.arrayOf(e, 1);
        } else if (t == Types.MatrixAlias && params.length == 1 && params[0] instanceof JlType e) {
            return Types.arrayOf(e, 2);
        } else if (t == Types.ArrayFamily.any && params.length == 2 && params[0] instanceof JlType e && params[1] instanceof Long nd) {
            return Types.arrayOf(e, (int) (long) nd);
        } else if (t == Types.TupleFamily.any) {
            return Types.TupleFamily.instantiate(params);
        }
        throw Errors.error("type application " + (t instanceof DataType d ? d.show() : String.valueOf(t)) + "{...} is not supported yet", n);
    }
}
