package org.trufflejl.nodes;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.TypeFamily;

import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code for (i, x) in enumerate(a)}, {@code for (x, y) in zip(a, b)}, {@code for x in (f(y) for y in a)}
 * and their nestings over arrays, unit ranges and tuples, and a loop over a tuple, run as a counted loop: element k of each is read directly, so the
 * tuples handed to the loop variable never exist in compiled code. Through {@code iterate},
 * each step returned "nothing or a tuple", and that merge made every tuple a real allocation
 * (20-30 ns per element). The lengths are read again at every step, as iterate does, so a
 * vector that grows or shrinks in the loop is followed as in Julia.
 */
abstract class IndexedIteration extends Node {
    /** Whether {@code it} has the shape this source was made for. */
    abstract boolean matches(Object it);

    /** How many elements {@code it} has now. */
    abstract long length(Object it);

    /** Element {@code k} (from 0, below {@link #length}), or {@link #SKIP} when a filter drops it. */
    abstract Object element(Object it, long k);

    /** What {@link #element} returns for an element {@code Iterators.filter} leaves out. */
    static final Object SKIP = new Object();

    /** Base's Zip, Enumerate, Generator and Filter families and its counting protocol, resolved once per loop. */
    record Families(TypeFamily zip, TypeFamily enumerate, TypeFamily generator, TypeFamily filter, Protocol protocol) {
        static Families resolve(JlContext context) {
            return new Families(familyOf(context, "Zip"), familyOf(context, "Enumerate"), familyOf(context, "Generator"), familyOf(context, "Filter"),
                            new Protocol(context, function(context, "_indexable"), function(context, "_idxlength"), function(context, "_getidx")));
        }

        private static JlFunction function(JlContext context, String name) {
            return (JlFunction) context.base.resolve(Symbol.of(name)).value;
        }

        private static TypeFamily familyOf(JlContext context, String name) {
            return TypeFamily.of(context.base.resolve(Symbol.of(name)).value);
        }
    }

    /** A source for {@code it}'s shape, or null when it is not zip/enumerate over arrays and unit ranges. */
    static IndexedIteration of(Object it, Families f) {
        if (it instanceof JlArray) {
            return new ArrayLeaf();
        }
        if (it instanceof JlUnitRange) {
            return new RangeLeaf();
        }
        if (it instanceof JlTuple) {
            return new TupleLeaf();
        }
        if (!(it instanceof JlStructObject s)) {
            return null;
        }
        if (s.type.family == f.generator && s.getField(0) instanceof JlFunction) {
            IndexedIteration inner = of(s.getField(1), f);
            return inner == null ? null : new GeneratorSource(s.getClass(), f.generator, inner);
        }
        if (s.type.family == f.filter && s.getField(0) instanceof JlFunction) {
            IndexedIteration inner = of(s.getField(1), f);
            return inner == null || inner.mayDrop() ? null : new FilterSource(s.getClass(), f.filter, inner);
        }
        if (s.type.family != f.zip && s.type.family != f.enumerate) {
            return f.protocol.indexable(s) ? new ProtocolSource(s.getClass(), s.type, f.protocol) : null;
        }
        if (s.type.fieldNames.length != 1) {
            return null;
        }
        if (s.type.family == f.enumerate) {
            IndexedIteration inner = of(s.getField(0), f);
            return inner == null || inner.mayDrop() ? null : new EnumerateSource(s.getClass(), f.enumerate, inner);
        }
        if (s.type.family == f.zip && s.getField(0) instanceof JlTuple t && t.elements.length > 0) {
            IndexedIteration[] parts = new IndexedIteration[t.elements.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = of(t.elements[i], f);
                if (parts[i] == null || parts[i].mayDrop()) {
                    return null;
                }
            }
            return new ZipSource(s.getClass(), f.zip, parts);
        }
        return null;
    }

    /** Whether some elements may be {@link #SKIP}ped (a filter in it): then element k is not the k-th one. */
    boolean mayDrop() {
        return false;
    }

    static final class ArrayLeaf extends IndexedIteration {
        @Child private ArrayElementNode element = ArrayElementNode.create();

        @Override
        boolean matches(Object it) {
            return it instanceof JlArray;
        }

        @Override
        long length(Object it) {
            return ((JlArray) it).length;
        }

        @Override
        Object element(Object it, long k) {
            return element.execute((JlArray) it, (int) k);
        }
    }

    /** A tuple (what {@code print(io, xs...)} and {@code string(xs...)} loop over). */
    static final class TupleLeaf extends IndexedIteration {
        @Override
        boolean matches(Object it) {
            return it instanceof JlTuple;
        }

        @Override
        long length(Object it) {
            return ((JlTuple) it).elements.length;
        }

        @Override
        Object element(Object it, long k) {
            return ((JlTuple) it).elements[(int) k];
        }
    }

    static final class RangeLeaf extends IndexedIteration {
        @Override
        boolean matches(Object it) {
            return it instanceof JlUnitRange;
        }

        @Override
        long length(Object it) {
            JlUnitRange r = (JlUnitRange) it;
            if (r.stop < r.start) {
                return 0;
            }
            long n = r.stop - r.start + 1;
            return n <= 0 ? Long.MAX_VALUE : n;   // a range longer than Long.MAX_VALUE: ends by a shorter partner
        }

        @Override
        Object element(Object it, long k) {
            return ((JlUnitRange) it).start + k;
        }
    }

    static final class EnumerateSource extends IndexedIteration {
        /** The struct's Java class (its field layout), so that reading its field is no virtual call. */
        private final Class<? extends JlStructObject> cls;
        private final TypeFamily family;
        @Child private IndexedIteration inner;

        EnumerateSource(Class<? extends JlStructObject> cls, TypeFamily family, IndexedIteration inner) {
            this.cls = cls;
            this.family = family;
            this.inner = inner;
        }

        private Object field(Object it) {
            return com.oracle.truffle.api.CompilerDirectives.castExact(it, cls).getField(0);
        }

        @Override
        boolean matches(Object it) {
            return it != null && it.getClass() == cls && ((JlStructObject) it).type.family == family && inner.matches(field(it));
        }

        @Override
        long length(Object it) {
            return inner.length(field(it));
        }

        @Override
        Object element(Object it, long k) {
            return new JlTuple(k + 1, inner.element(field(it), k));
        }
    }

    /**
     * A Base struct holding a function and an iterable (Generator and Filter: fields {@code f},
     * {@code iter}), over an inner source; the function is called through a cached dispatch.
     */
    abstract static class FunctionSource extends IndexedIteration {
        private final Class<? extends JlStructObject> cls;
        private final TypeFamily family;
        @Child IndexedIteration inner;
        @Child private DispatchNode call = DispatchNodeGen.create();

        FunctionSource(Class<? extends JlStructObject> cls, TypeFamily family, IndexedIteration inner) {
            this.cls = cls;
            this.family = family;
            this.inner = inner;
        }

        private JlStructObject struct(Object it) {
            return com.oracle.truffle.api.CompilerDirectives.castExact(it, cls);
        }

        @Override
        boolean matches(Object it) {
            return it != null && it.getClass() == cls && struct(it).type.family == family && struct(it).getField(0) instanceof JlFunction
                            && inner.matches(struct(it).getField(1));
        }

        @Override
        long length(Object it) {
            return inner.length(struct(it).getField(1));
        }

        /** The inner element k. */
        Object innerElement(Object it, long k) {
            return inner.element(struct(it).getField(1), k);
        }

        /** The function applied to {@code x}. */
        Object apply(Object it, Object x) {
            JlFunction f = (JlFunction) struct(it).getField(0);
            return call.execute(f, new Object[]{f, null, x});
        }
    }

    /** {@code (f(x) for x in itr)}: element k is {@code f} of the inner element k. */
    static final class GeneratorSource extends FunctionSource {
        GeneratorSource(Class<? extends JlStructObject> cls, TypeFamily family, IndexedIteration inner) {
            super(cls, family, inner);
        }

        @Override
        boolean mayDrop() {
            return inner.mayDrop();
        }

        @Override
        Object element(Object it, long k) {
            Object x = innerElement(it, k);
            return x == SKIP ? SKIP : apply(it, x);
        }
    }

    /** {@code Iterators.filter(p, itr)} (and a comprehension's {@code if}): element k when {@code p} holds for it. */
    static final class FilterSource extends FunctionSource {
        FilterSource(Class<? extends JlStructObject> cls, TypeFamily family, IndexedIteration inner) {
            super(cls, family, inner);
        }

        @Override
        boolean mayDrop() {
            return true;
        }

        @Override
        Object element(Object it, long k) {
            Object x = innerElement(it, k);
            Object keep = apply(it, x);
            if (keep instanceof Boolean b) {
                return b ? x : SKIP;
            }
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw org.trufflejl.runtime.Errors.typeError("if", "", org.trufflejl.runtime.types.Types.Bool, keep, this);
        }
    }

    static final class ZipSource extends IndexedIteration {
        /** The struct's Java class (its field layout), so that reading its field is no virtual call. */
        private final Class<? extends JlStructObject> cls;
        private final TypeFamily family;
        @Children private final IndexedIteration[] parts;

        ZipSource(Class<? extends JlStructObject> cls, TypeFamily family, IndexedIteration[] parts) {
            this.cls = cls;
            this.family = family;
            this.parts = parts;
        }

        private Object field(Object it) {
            return com.oracle.truffle.api.CompilerDirectives.castExact(it, cls).getField(0);
        }

        @Override
        @ExplodeLoop
        boolean matches(Object it) {
            if (it == null || it.getClass() != cls || ((JlStructObject) it).type.family != family || !(field(it) instanceof JlTuple t) || t.elements.length != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].matches(t.elements[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        @ExplodeLoop
        long length(Object it) {
            Object[] is = ((JlTuple) field(it)).elements;
            long n = Long.MAX_VALUE;
            for (int i = 0; i < parts.length; i++) {
                n = Math.min(n, parts[i].length(is[i]));
            }
            return n;
        }

        @Override
        @ExplodeLoop
        Object element(Object it, long k) {
            Object[] is = ((JlTuple) field(it)).elements;
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].element(is[i], k);
            }
            return new JlTuple(values);
        }
    }

    /** Base's counting protocol ({@code _indexable}, {@code _idxlength}, {@code _getidx}: collections.jl). */
    record Protocol(JlContext context, JlFunction indexable, JlFunction length, JlFunction element) {
        boolean indexable(Object it) {
            return context.call(indexable, it) == Boolean.TRUE;
        }
    }

    /**
     * Any other Base iterator that counts through an array or range ({@code pairs(v)},
     * {@code Iterators.product(a, b)}, {@code Iterators.take(v, n)}...): Base says whether a
     * value can ({@code _indexable}), how many elements it has and which is the k-th, and the
     * loop calls those through cached dispatch, so they inline into its compiled code.
     */
    static final class ProtocolSource extends IndexedIteration {
        private final Class<? extends JlStructObject> cls;
        private final org.trufflejl.runtime.types.DataType type;
        private final JlFunction indexable;
        private final JlFunction length;
        private final JlFunction element;
        @Child private DispatchNode indexableCall = DispatchNodeGen.create();
        @Child private DispatchNode lengthCall = DispatchNodeGen.create();
        @Child private DispatchNode elementCall = DispatchNodeGen.create();

        ProtocolSource(Class<? extends JlStructObject> cls, org.trufflejl.runtime.types.DataType type, Protocol protocol) {
            this.cls = cls;
            this.type = type;
            this.indexable = protocol.indexable();
            this.length = protocol.length();
            this.element = protocol.element();
        }

        @Override
        boolean matches(Object it) {
            return it != null && it.getClass() == cls && ((JlStructObject) it).type == type
                            && indexableCall.execute(indexable, new Object[]{indexable, null, it}) == Boolean.TRUE;
        }

        @Override
        long length(Object it) {
            Object n = lengthCall.execute(length, new Object[]{length, null, it});
            if (n instanceof Long k) {
                return Math.max(k, 0);
            }
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw org.trufflejl.runtime.Errors.typeError("_idxlength", "", org.trufflejl.runtime.types.Types.Int64, n, this);
        }

        @Override
        Object element(Object it, long k) {
            return elementCall.execute(element, new Object[]{element, null, it, k + 1});
        }
    }
}
