package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

/**
 * Julia's {@code WeakRef(x)}: a reference the collector may clear; {@code w.value} is the value,
 * or {@code nothing} once it has been collected (or for {@code WeakRef()}).
 */
public final class JlWeakRef implements JlTyped {
    private final java.lang.ref.WeakReference<Object> ref;

    public JlWeakRef(Object value) {
        ref = new java.lang.ref.WeakReference<>(value == JlNothing.INSTANCE ? null : value);
    }

    public Object value() {
        Object v = ref.get();
        return v == null ? JlNothing.INSTANCE : v;
    }

    @Override
    public JlType jlType() {
        return Types.WeakRefT;
    }

    @Override
    public Object property(String name) {
        return name.equals("value") ? value() : null;
    }
}
