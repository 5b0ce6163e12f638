package org.trufflejl.runtime;

import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A guest value implemented by a Java class that knows its own Julia type (tasks, channels, locks,
 * atomics, regexes); an interop value, since any of them can be what a program returns.
 */
public interface JlTyped extends TruffleObject {
    JlType jlType();

    /** {@code x.name} for the fields Julia code reads ({@code t.result}), or null if there is none. */
    default Object property(String name) {
        return null;
    }
}
