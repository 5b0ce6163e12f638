package org.trufflejl.runtime;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/** An interned Julia {@code Symbol}: identifiers in syntax trees and {@code :name} values alike. */
public final class Symbol implements TruffleObject {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();

    public final String name;
    /** Julia's {@code objectid(sym)}, which {@code hash(sym)} also is (Hashing). */
    public final long hash;

    private Symbol(String name) {
        this.name = name;
        this.hash = Hashing.symbolHash(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @TruffleBoundary
    public static Symbol of(String name) {
        Symbol s = TABLE.get(name);
        if (s == null) {
            s = TABLE.computeIfAbsent(name, Symbol::new);
        }
        return s;
    }

    @Override
    public String toString() {
        return name;
    }
}
