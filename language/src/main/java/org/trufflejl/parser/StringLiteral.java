package org.trufflejl.parser;

import java.util.List;

import org.trufflejl.runtime.Symbol;

/**
 * The value of a STRING token after escape processing and triple-quote dedenting. Parts are
 * String chunks, {@link Symbol}s for {@code $name} and {@link Interpolation}s for {@code $(expr)}.
 * Raw strings (prefixed {@code r"..."}, commands) have exactly one String part and no interpolation.
 */
record StringLiteral(List<Object> parts, boolean raw, boolean command) {

    /** The tokens of {@code $( ... )}, ending with the closing RPAREN and an EOF. */
    record Interpolation(List<Token> tokens) {
    }

    /** The text of a literal without interpolation. */
    String text() {
        return parts.isEmpty() ? "" : (String) parts.get(0);
    }
}
