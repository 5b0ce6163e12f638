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
        return shown("_repl_display_string", delegate);
    }

    /**
     * The one-line {@code repr} of a TruffleJL object, for its Java {@code toString()} — which is
     * what the polyglot API's {@code Value.toString()} shows for objects without a language.
     */
    @TruffleBoundary
    public static String repr(Object value) {
        return shown("repr", value);
    }

    private static String shown(String baseFunction, Object value) {
        try {
            return JlContext.get(null).callBase(baseFunction, value).toString();
        } catch (RuntimeException e) {
            // A failing show method, or no entered context (a debugger or log asking): the type.
            String leaf = Printing.showLeaf(value);
            return leaf != null ? leaf : "<" + org.trufflejl.runtime.types.Types.typeOf(value).show() + ">";
        }
    }
}
