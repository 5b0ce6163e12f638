package org.trufflejl.runtime;

import java.util.List;

import org.trufflejl.JlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A module's globals as a polyglot scope: {@code context.getBindings("jl")} reads and writes
 * Main's variables ({@code getMember("f").execute(2)}, {@code putMember("x", 1)}).
 */
@ExportLibrary(InteropLibrary.class)
public final class ModuleScope implements TruffleObject {
    private final JlModule module;

    public ModuleScope(JlModule module) {
        this.module = module;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return JlLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<Symbol> names = module.ownNames();
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.get(i).name;
        }
        return new InteropArray(out);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        Binding b = module.lookup(Symbol.of(member));
        return b != null && b.value != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Binding b = module.lookup(Symbol.of(member));
        if (b == null || b.value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return b.value;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        Binding b = module.existingOwnBinding(Symbol.of(member));
        return b != null && !b.isConst;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return module.existingOwnBinding(Symbol.of(member)) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        module.ownBinding(Symbol.of(member)).assign(HostValues.fromHost(value));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return module.path();
    }
}
