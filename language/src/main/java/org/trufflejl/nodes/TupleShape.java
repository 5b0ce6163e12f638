package org.trufflejl.nodes;

import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.Symbol;
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
    /** A named tuple's names (interned symbols), null for a tuple. */
    @CompilationFinal(dimensions = 1) private final Symbol[] names;

    public TupleShape(JlTuple t) {
        this(t.elements, null, 0);
    }

    /** The shape of a tuple or named tuple, else null. */
    public static TupleShape of(Object value) {
        return value instanceof JlTuple t ? new TupleShape(t) : value instanceof JlNamedTuple nt ? new TupleShape(nt) : null;
    }

    /**
     * A named tuple's shape: its names and its values' (passed as an argument, a NamedTuple's
     * type was computed through a boundary and a type lookup on every call: 80 ns).
     */
    TupleShape(JlNamedTuple t) {
        this(t.values, t.names, 0);
    }

    private TupleShape(Object[] elements, Symbol[] names, int depth) {
        this.names = names;
        classes = new Class<?>[elements.length];
        types = new JlType[elements.length];
        nested = new TupleShape[elements.length];
        for (int k = 0; k < classes.length; k++) {
            classes[k] = elements[k].getClass();
            if (elements[k] instanceof JlTuple inner && depth < MAX_DEPTH) {
                nested[k] = new TupleShape(inner.elements, null, depth + 1);
            } else {
                types[k] = Types.typeOf(elements[k]);
            }
        }
    }

    /** Whether {@code value} (of the class this shape was made from) has this shape. */
    public boolean matchesValue(Object value) {
        if (names == null) {
            return matches(CompilerDirectives.castExact(value, JlTuple.class));
        }
        JlNamedTuple t = CompilerDirectives.castExact(value, JlNamedTuple.class);
        return sameNames(t.names) && matchesElements(t.values);
    }

    @ExplodeLoop
    private boolean sameNames(Symbol[] other) {
        if (other.length != names.length) {
            return false;
        }
        for (int k = 0; k < names.length; k++) {
            if (other[k] != names[k]) {
                return false;
            }
        }
        return true;
    }

    public boolean matches(JlTuple t) {
        return matchesElements(t.elements);
    }

    @ExplodeLoop
    private boolean matchesElements(Object[] elements) {
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
