package org.trufflejl.parser;

import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Julia's {@code GlobalRef}: the global {@code name} of module {@code module}, whatever a local of
 * that name around it holds. Macro hygiene ({@code org.trufflejl.lowering.Hygiene}) turns the free
 * names of a macro's expansion into these, so that they mean what they mean in the macro's module.
 */
public final class GlobalRef implements TruffleObject {
    public final JlModule module;
    public final Symbol name;

    public GlobalRef(JlModule module, Symbol name) {
        this.module = module;
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalRef g && g.module == module && g.name == name;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(module) * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return module.name.name + "." + name.name;
    }
}
