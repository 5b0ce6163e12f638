package org.trufflejl.nodes;

import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A tuple's type checked element by element (their classes, and the type of each whose class
 * does not decide it), so a dispatch guard or a conversion site needs no interned
 * {@code Tuple{...}} type: a
 * tuple made on every call (what {@code iterate} returns) cost a boundary and a hash lookup
 * per call (55 ns for {@code t[1]}). A tuple nested in a tuple (the state of
 * {@code enumerate(zip(a, b))}) has a shape of its own, to a few levels deep.
 */
public final class TupleShape {
    private static final int MAX_DEPTH = 3;
    @CompilationFinal(dimensions = 1) private final Class<?>[] classes;
    @CompilationFinal(dimensions = 1) private final JlType[] types;
    /** The shapes of nested tuples, null for other elements (and below the depth limit). */
    @CompilationFinal(dimensions = 1) private final TupleShape[] nested;

    TupleShape(JlTuple t) {
        this(t, 0);
    }

    private TupleShape(JlTuple t, int depth) {
        classes = new Class<?>[t.elements.length];
        types = new JlType[t.elements.length];
        nested = new TupleShape[t.elements.length];
        for (int k = 0; k < classes.length; k++) {
            classes[k] = t.elements[k].getClass();
            if (t.elements[k] instanceof JlTuple inner && depth < MAX_DEPTH) {
                nested[k] = new TupleShape(inner, depth + 1);
            } else {
                types[k] = Types.typeOf(t.elements[k]);
            }
        }
    }

    @ExplodeLoop
    public boolean matches(JlTuple t) {
        Object[] elements = t.elements;
        if (elements.length != classes.length) {
            return false;
        }
        for (int k = 0; k < classes.length; k++) {
            Object x = elements[k];
            Class<?> c = classes[k];
            if (x.getClass() != c) {
                return false;
            }
            if (nested[k] != null) {
                if (!nested[k].matches(CompilerDirectives.castExact(x, JlTuple.class))) {
                    return false;
                }
            } else if (!Types.classDecidesType(c) && Types.typeOf(CompilerDirectives.castExact(x, c)) != types[k]) {
                return false;
            }
        }
        return true;
    }
}
