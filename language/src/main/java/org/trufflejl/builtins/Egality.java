package org.trufflejl.builtins;

import org.trufflejl.runtime.JlNamedTuple;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.JlStepRange;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Julia's {@code ===}: identity for mutable values, structural equality of bits for immutable ones. */
public final class Egality {
    private Egality() {
    }

    @TruffleBoundary
    public static boolean egal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Double x) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b);
        }
        if (a instanceof Float x) {
            return Float.floatToRawIntBits(x) == Float.floatToRawIntBits((Float) b);
        }
        if (a instanceof JlTuple x) {
            return allEgal(x.elements, ((JlTuple) b).elements);
        }
        if (a instanceof org.trufflejl.runtime.JlSimpleVector x) {
            return allEgal(x.elements, ((org.trufflejl.runtime.JlSimpleVector) b).elements);
        }
        if (a instanceof JlNamedTuple x) {
            JlNamedTuple y = (JlNamedTuple) b;
            return java.util.Arrays.equals(x.names, y.names) && allEgal(x.values, y.values);
        }
        if (a instanceof JlStructObject x) {
            JlStructObject y = (JlStructObject) b;
            if (x.type != y.type || x.type.isMutable) {
                return false;
            }
            for (int i = 0; i < x.fieldCount(); i++) {
                if (!egal(x.getField(i), y.getField(i))) {
                    return false;
                }
            }
            return true;
        }
        // the immutable parts of quoted code: equal by their contents
        if (a instanceof org.trufflejl.parser.QuoteNode x) {
            return egal(x.value, ((org.trufflejl.parser.QuoteNode) b).value);
        }
        if (a instanceof org.trufflejl.parser.LineNumberNode x) {
            org.trufflejl.parser.LineNumberNode y = (org.trufflejl.parser.LineNumberNode) b;
            return x.line == y.line && java.util.Objects.equals(x.file, y.file);
        }
        if (a instanceof org.trufflejl.parser.GlobalRef) {
            return a.equals(b);
        }
        if (a instanceof org.trufflejl.runtime.types.UnionType || a instanceof org.trufflejl.runtime.types.UnionAll) {
            // the same type however it was built: Union{Missing, Nothing} === Union{Nothing, Missing}
            return a.equals(b);
        }
        if (a instanceof JlUnitRange x) {
            JlUnitRange y = (JlUnitRange) b;
            return x.start == y.start && x.stop == y.stop;
        }
        if (a instanceof JlStepRange x) {
            JlStepRange y = (JlStepRange) b;
            return x.start == y.start && x.step == y.step && x.stop == y.stop;
        }
        if (a instanceof JlString || a instanceof Number || a instanceof Boolean || a instanceof org.trufflejl.runtime.JlChar
                        || a instanceof org.trufflejl.runtime.JlPrimitiveValue || a.getClass().getPackageName().equals("org.trufflejl.runtime.num")) {
            return a.equals(b);
        }
        return false;
    }

    /**
     * {@code objectid}: equal for values that are {@code ===}, as in Julia — the content for
     * immutable values (numbers, strings, tuples, immutable structs), the identity otherwise.
     */
    @TruffleBoundary
    public static long objectid(Object a) {
        if (a instanceof Symbol s) {
            return s.hash;
        } else if (a instanceof Double x) {
            return mix(Double.doubleToRawLongBits(x), 1);
        } else if (a instanceof Float x) {
            return mix(Float.floatToRawIntBits(x), 2);
        } else if (a instanceof JlTuple x) {
            return mixAll(x.elements, 3);
        } else if (a instanceof JlNamedTuple x) {
            return mix(mixAll(x.values, 4), java.util.Arrays.hashCode(x.names));
        } else if (a instanceof JlStructObject x && !x.type.isMutable) {
            // from names and contents only, so that it is the same in every run (hash order)
            long h = x.type.family.name.name.hashCode();
            for (int i = 0; i < x.fieldCount(); i++) {
                h = mix(h, objectid(x.getField(i)));
            }
            return h;
        } else if (a instanceof JlUnitRange x) {
            return mix(mix(x.start, 5), x.stop);
        } else if (a instanceof JlStepRange x) {
            return mix(mix(mix(x.start, 6), x.step), x.stop);
        } else if (a instanceof JlString || a instanceof Number || a instanceof Boolean || a instanceof org.trufflejl.runtime.JlChar
                        || a instanceof org.trufflejl.runtime.JlPrimitiveValue || (a != null && a.getClass().getPackageName().equals("org.trufflejl.runtime.num"))) {
            return mix(a.hashCode(), a.getClass().getName().hashCode());
        } else if (a instanceof org.trufflejl.runtime.JlNothing) {
            return 0x4e6f7468696e67L;
        } else if (a instanceof org.trufflejl.runtime.types.DataType t) {
            // types, functions and modules by name: the same in every run (a Dict keyed by them
            // iterates in one order); mutable objects by identity, as Julia by address. Not by
            // show(), whose module prefix changes when Main starts to see the type.
            long h = mix(t.family.name.name.hashCode(), 7);
            if (t.parameters != null) {
                for (Object p : t.parameters) {
                    h = mix(h, objectid(p));
                }
            }
            return h;
        } else if (a instanceof org.trufflejl.runtime.types.UnionType u) {
            long h = 0; // in any order of the members, as === compares them
            for (org.trufflejl.runtime.types.JlType m : u.types) {
                h += objectid(m);
            }
            return mix(h, 10);
        } else if (a instanceof org.trufflejl.runtime.types.JlType t) {
            return mix(t.show().hashCode(), 7);
        } else if (a instanceof org.trufflejl.runtime.JlFunction f) {
            return mix(f.name().hashCode(), 8);
        } else if (a instanceof org.trufflejl.runtime.JlModule m) {
            return mix(m.path().hashCode(), 9);
        }
        return System.identityHashCode(a);
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private static long mixAll(Object[] xs, long seed) {
        long h = seed;
        for (Object x : xs) {
            h = mix(h, objectid(x));
        }
        return h;
    }

    private static boolean allEgal(Object[] x, Object[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!egal(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }
}
