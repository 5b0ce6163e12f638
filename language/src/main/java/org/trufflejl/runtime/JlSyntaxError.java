package org.trufflejl.runtime;

import org.trufflejl.parser.ParseError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** A {@link ParseError} as the polyglot API sees it: a syntax error, maybe only incomplete input. */
@ExportLibrary(InteropLibrary.class)
public final class JlSyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final ParseError error;
    private final SourceSection section;

    public JlSyntaxError(ParseError error, Source source) {
        super(formatMessage(error, source));
        this.error = error;
        this.section = sectionOf(error, source);
    }

    private static SourceSection sectionOf(ParseError e, Source source) {
        if (!source.hasCharacters() || source.getLength() == 0) {
            return null;
        }
        int offset = Math.max(0, Math.min(e.offset, source.getLength() - 1));
        return source.createSection(offset, 1);
    }

    /** Julia 1.10's layout: {@code ParseError:}, the place, the line, a marker and the message. */
    @TruffleBoundary
    public static String formatMessage(ParseError e, Source source) {
        StringBuilder sb = new StringBuilder("ParseError:\n# Error @ ");
        sb.append(e.file).append(':').append(e.line).append(':').append(e.column).append('\n');
        if (source.hasCharacters() && e.line >= 1 && e.line <= source.getLineCount()) {
            CharSequence text = source.getCharacters(e.line);
            sb.append(text).append('\n');
            if (e.column > 1) {
                sb.append('#').append(" ".repeat(Math.max(0, e.column - 2)));
            }
            sb.append("└ ── ").append(e.detail);
        } else {
            sb.append("└ ── ").append(e.detail);
        }
        return sb.toString();
    }

    public ParseError parseError() {
        return error;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return error.incomplete;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
