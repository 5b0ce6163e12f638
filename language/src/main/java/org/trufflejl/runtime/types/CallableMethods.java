package org.trufflejl.runtime.types;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Where {@code (p::Pt{T})(y) where T = ...} puts its method: the call methods of Pt's values,
 * with {@link #pattern} ({@code Pt{T}}) matched against the value called, so that T is bound.
 */
public record CallableMethods(org.trufflejl.runtime.JlFunction function, JlType pattern) implements TruffleObject {
}
