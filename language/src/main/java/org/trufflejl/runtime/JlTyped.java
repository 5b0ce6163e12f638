package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;

/** A guest value implemented by a Java class that knows its own Julia type (tasks, channels, locks, atomics). */
public interface JlTyped {
    JlType jlType();

    /** {@code x.name} for the fields Julia code reads ({@code t.result}), or null if there is none. */
    default Object property(String name) {
        return null;
    }
}
