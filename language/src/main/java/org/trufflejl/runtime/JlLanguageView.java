package org.trufflejl.runtime;

import org.trufflejl.JlLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * How TruffleJL shows any value to tools and to interactive evaluation (the REPL, {@code -E}):
 * the text Julia's REPL would display.
 */
@ExportLibrary(InteropLibrary.class)
public final class JlLanguageView implements TruffleObject {
    final Object delegate;

    public JlLanguageView(Object delegate) {
        this.delegate = delegate;
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
    boolean isNull() {
        return delegate == JlNothing.INSTANCE;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        try {
            return JlContext.get(null).callBase("_repl_display_string", delegate).toString();
        } catch (JlException e) {
            String leaf = Printing.showLeaf(delegate);
            return leaf != null ? leaf : "<" + org.trufflejl.runtime.types.Types.typeOf(delegate).show() + ">";
        }
    }
}
