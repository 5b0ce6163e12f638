package org.trufflejl.nodes;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.TypeFamily;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code for p in dict}, {@code keys(dict)}, {@code values(dict)} and {@code for x in set} as a scan
 * of the table's slots (dict.jl's {@code skip_deleted}), reading the arrays again at every step as
 * {@code iterate} does. Through {@code iterate}, every step returned "nothing or a tuple" and the
 * tuple had to be allocated; here the element goes straight to the loop variable.
 */
final class DictIteration extends Node {
    // Base's Dict fields, in dict.jl's order (as DictTable's)
    private static final int SLOTS = 0;
    private static final int KEYS = 1;
    private static final int VALS = 2;
    private static final int IDXFLOOR = 6;

    enum Kind { PAIRS, KEYS, VALUES, SET }

    private final Kind kind;
    /** The iterable's struct type (the Dict's own for PAIRS; KeySet, ValueIterator or Set{T}). */
    private final DataType type;
    /** For PAIRS: {@code Pair{K,V}} of the Dict's key and value types, as Julia's iterate makes. */
    private final DataType pairType;
    private final TypeFamily dictFamily;
    /** The Java classes of the iterable and its Dict (their field layouts), so field reads are no virtual calls. */
    private final Class<? extends JlStructObject> cls;
    private final Class<? extends JlStructObject> dictClass;

    private DictIteration(Kind kind, DataType type, DataType pairType, TypeFamily dictFamily, Class<? extends JlStructObject> cls,
                    Class<? extends JlStructObject> dictClass) {
        this.cls = cls;
        this.dictClass = dictClass;
        this.kind = kind;
        this.type = type;
        this.pairType = pairType;
        this.dictFamily = dictFamily;
        if (pairType != null) {
            JlStructObject.layoutOf(pairType); // before compiled code reads it as a constant
        }
    }

    /** The scan for {@code it}'s type, or null when it is not a Base Dict, KeySet, ValueIterator or Set of a Dict. */
    static DictIteration of(Object it, JlContext context) {
        if (!(it instanceof JlStructObject s)) {
            return null;
        }
        TypeFamily family = s.type.family;
        if (family == familyOf(context, "Dict")) {
            Object[] kv = s.type.parameters;
            return new DictIteration(Kind.PAIRS, s.type, familyOf(context, "Pair").instantiate(kv[0], kv[1]), family, s.getClass(), s.getClass());
        }
        Kind k = family == familyOf(context, "KeySet") ? Kind.KEYS : family == familyOf(context, "ValueIterator") ? Kind.VALUES
                        : family == familyOf(context, "Set") ? Kind.SET : null;
        if (k == null || !(s.getField(0) instanceof JlStructObject d) || d.type.family != familyOf(context, "Dict")) {
            return null;
        }
        return new DictIteration(k, s.type, null, d.type.family, s.getClass(), d.getClass());
    }

    private static TypeFamily familyOf(JlContext context, String name) {
        return TypeFamily.of(context.base.resolve(Symbol.of(name)).value);
    }

    /** Whether {@code it} is what this scan was made for (a KeySet's or a Set's field a Dict). */
    boolean matches(Object it) {
        if (it == null || it.getClass() != cls || CompilerDirectives.castExact(it, cls).type != type) {
            return false;
        }
        if (kind == Kind.PAIRS) {
            return true;
        }
        Object d = CompilerDirectives.castExact(it, cls).getField(0);
        return d != null && d.getClass() == dictClass && CompilerDirectives.castExact(d, dictClass).type.family == dictFamily;
    }

    private JlStructObject dict(Object it) {
        JlStructObject s = CompilerDirectives.castExact(it, cls);
        return kind == Kind.PAIRS ? s : CompilerDirectives.castExact(s.getField(0), dictClass);
    }

    /** Where the scan starts: the Dict's idxfloor. */
    long first(Object it) {
        return (Long) dict(it).getField(IDXFLOOR);
    }

    /** The first used slot at or after {@code i} (1-based), or 0: skip_deleted. */
    long next(Object it, long i) {
        byte[] slots = (byte[]) ((JlArray) dict(it).getField(SLOTS)).store;
        for (long j = i; j <= slots.length; j++) {
            if ((slots[(int) j - 1] & 0x80) != 0) {
                return j;
            }
        }
        return 0;
    }

    /** The element at used slot {@code i}. */
    Object element(Object it, long i) {
        JlStructObject d = dict(it);
        int k = (int) i - 1;
        switch (kind) {
            case PAIRS:
                return JlStructObject.of(pairType, ((JlArray) d.getField(KEYS)).get(k), ((JlArray) d.getField(VALS)).get(k));
            case VALUES:
                return ((JlArray) d.getField(VALS)).get(k);
            default:
                return ((JlArray) d.getField(KEYS)).get(k);
        }
    }
}
