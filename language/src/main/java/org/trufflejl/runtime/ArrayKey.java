package org.trufflejl.runtime;

import java.util.Arrays;

/** A hash key made of an array compared element-wise (type tuples, parameter lists). */
public final class ArrayKey {
    private final Object[] elements;
    private final int hash;

    public ArrayKey(Object[] elements) {
        this.elements = elements;
        this.hash = Arrays.hashCode(elements);
    }

    public Object[] elements() {
        return elements;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayKey k && hash == k.hash && Arrays.equals(elements, k.elements);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
