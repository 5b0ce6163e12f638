package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

/**
 * Julia's {@code Core.SimpleVector}: the fixed, untyped list of values that reflection hands out
 * ({@code T.parameters}, {@code T.types}, {@code Core.svec(...)}), shown {@code svec(a, b)}. It
 * indexes and iterates like a tuple but is not one; two are {@code ===} when their elements are.
 */
public final class JlSimpleVector implements JlTyped {
    public static final JlSimpleVector EMPTY = new JlSimpleVector(new Object[0]);

    public final Object[] elements;

    public JlSimpleVector(Object[] elements) {
        this.elements = elements;
    }

    public static JlSimpleVector of(Object[] elements) {
        return elements.length == 0 ? EMPTY : new JlSimpleVector(elements);
    }

    @Override
    public JlType jlType() {
        return Types.SimpleVectorT;
    }
}
