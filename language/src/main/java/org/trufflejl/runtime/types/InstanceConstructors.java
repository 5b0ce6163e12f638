package org.trufflejl.runtime.types;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Where {@code Point{T}(x) where T = ...} puts its method: the constructors of the instances of
 * a parametric type matching {@link #pattern} ({@code Type{Point{T}}}); with no family, of
 * every type matching it ({@code (::Type{F})(x) where F<:AbstractFloat}).
 */
public final class InstanceConstructors implements TruffleObject {
    public final TypeFamily family;
    public final JlType pattern;

    public InstanceConstructors(TypeFamily family, JlType pattern) {
        this.family = family;
        this.pattern = pattern;
    }
}
