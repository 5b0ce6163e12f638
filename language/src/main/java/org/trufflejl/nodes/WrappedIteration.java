package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Generators, filters and enumerations around one iterable that goes through {@code iterate}
 * (a user-defined iterator): the {@code for} loop calls {@code iterate} on that iterable itself,
 * and applies the wrappers to each element. Through the wrappers' own {@code iterate} methods,
 * the inner call's "nothing or a tuple" was allocated per element (the merge escape analysis
 * cannot keep virtual, see {@link TupleReturn}): `sum(x^2 for x in itr)` and `enumerate(itr)`
 * 88 and 192 bytes an element. (Arrays, ranges and tuples under the same wrappers count through
 * {@link IndexedIteration} instead.)
 */
final class WrappedIteration extends Node {
    /** The wrappers, outermost first. */
    @Children private final Step[] steps;
    /**
     * {@code Iterators.rest(wrappers, state)} around them (how Base's reductions and collect go
     * on after the first element), as its Java class, or null: then the loop starts from that state.
     */
    private final Class<? extends JlStructObject> restClass;
    private final TypeFamily restFamily;

    private WrappedIteration(Step[] steps, Class<? extends JlStructObject> restClass, TypeFamily restFamily) {
        this.steps = steps;
        this.restClass = restClass;
        this.restFamily = restFamily;
    }

    /** Base's {@code Iterators.Rest}. */
    static TypeFamily restFamily(org.trufflejl.runtime.JlContext context) {
        Object iterators = context.base.resolve(org.trufflejl.runtime.Symbol.of("Iterators")).value;
        Object t = ((org.trufflejl.runtime.JlModule) iterators).resolve(org.trufflejl.runtime.Symbol.of("Rest")).value;
        return TypeFamily.of(t);
    }

    /**
     * The chain for {@code it}'s shape, or null when it is not a generator/filter/enumeration
     * (with at most one enumeration) of something else, possibly inside an {@code Iterators.rest}
     * (not of an enumeration: its state holds its count).
     */
    static WrappedIteration of(Object it, IndexedIteration.Families f, TypeFamily rest) {
        java.util.ArrayList<Step> steps = new java.util.ArrayList<>();
        boolean counted = false;
        Object x = it;
        Class<? extends JlStructObject> restClass = null;
        if (x instanceof JlStructObject r && r.type.family == rest && r.type.fieldNames.length == 2) {
            restClass = r.getClass();
            x = r.getField(0);
        }
        while (x instanceof JlStructObject s) {
            TypeFamily family = s.type.family;
            if ((family == f.generator() || family == f.filter()) && s.type.fieldNames.length == 2 && s.getField(0) instanceof JlFunction) {
                steps.add(family == f.generator() ? new Map(s.getClass(), family) : new Keep(s.getClass(), family));
                x = s.getField(1);
            } else if (family == f.enumerate() && s.type.fieldNames.length == 1 && !counted) {
                steps.add(new Count(s.getClass(), family));
                counted = true;
                x = s.getField(0);
            } else {
                break;
            }
        }
        if (steps.isEmpty() || restClass != null && counted) {
            return null;
        }
        return new WrappedIteration(steps.toArray(new Step[0]), restClass, rest);
    }

    /** Whether {@code it} has the shape this chain was made for. */
    @ExplodeLoop
    boolean matches(Object it) {
        Object x = it;
        if (restClass != null) {
            if (it == null || it.getClass() != restClass || ((JlStructObject) it).type.family != restFamily) {
                return false;
            }
            x = wrappers(it);
        }
        for (Step step : steps) {
            if (!step.matches(x)) {
                return false;
            }
            x = step.inner(x);
        }
        return true;
    }

    /** The outermost wrapper ({@code it}, or inside its {@code Iterators.rest}). */
    Object wrappers(Object it) {
        return restClass == null ? it : CompilerDirectives.castExact(it, restClass).getField(0);
    }

    /** The state the leaf's iteration starts from (its {@code Iterators.rest}'s), or null: from the start. */
    Object startState(Object it) {
        return restClass == null ? null : CompilerDirectives.castExact(it, restClass).getField(1);
    }

    /** The iterable inside the wrappers (of {@link #wrappers}). */
    @ExplodeLoop
    Object leaf(Object wrappers) {
        Object x = wrappers;
        for (Step step : steps) {
            x = step.inner(x);
        }
        return x;
    }

    /** Element {@code v} of the leaf through the wrappers ({@link #wrappers}) {@code it}, innermost first; {@link IndexedIteration#SKIP} when a filter drops it. */
    @ExplodeLoop
    Object apply(VirtualFrame frame, Object it, Object v, int countSlot) {
        for (int level = steps.length - 1; level >= 0; level--) {
            Object wrapper = it;
            for (int j = 0; j < level; j++) {
                wrapper = steps[j].inner(wrapper);
            }
            v = steps[level].apply(frame, wrapper, v, countSlot);
            if (v == IndexedIteration.SKIP) {
                return v;
            }
        }
        return v;
    }

    abstract static class Step extends Node {
        /** The struct's Java class (its field layout), so that reading a field is no virtual call. */
        private final Class<? extends JlStructObject> cls;
        private final TypeFamily family;

        Step(Class<? extends JlStructObject> cls, TypeFamily family) {
            this.cls = cls;
            this.family = family;
        }

        final JlStructObject struct(Object w) {
            return CompilerDirectives.castExact(w, cls);
        }

        boolean matches(Object w) {
            return w != null && w.getClass() == cls && struct(w).type.family == family;
        }

        abstract Object inner(Object w);

        abstract Object apply(VirtualFrame frame, Object w, Object v, int countSlot);
    }

    /** A Generator or Filter: fields {@code f} and {@code iter}; the function through a cached dispatch. */
    abstract static class FunctionStep extends Step {
        @Child private DispatchNode call = DispatchNodeGen.create();

        FunctionStep(Class<? extends JlStructObject> cls, TypeFamily family) {
            super(cls, family);
        }

        @Override
        boolean matches(Object w) {
            return super.matches(w) && struct(w).getField(0) instanceof JlFunction;
        }

        @Override
        Object inner(Object w) {
            return struct(w).getField(1);
        }

        final Object call(Object w, Object v) {
            JlFunction f = (JlFunction) struct(w).getField(0);
            return call.execute(f, new Object[]{f, null, v});
        }
    }

    static final class Map extends FunctionStep {
        Map(Class<? extends JlStructObject> cls, TypeFamily family) {
            super(cls, family);
        }

        @Override
        Object apply(VirtualFrame frame, Object w, Object v, int countSlot) {
            return call(w, v);
        }
    }

    static final class Keep extends FunctionStep {
        Keep(Class<? extends JlStructObject> cls, TypeFamily family) {
            super(cls, family);
        }

        @Override
        Object apply(VirtualFrame frame, Object w, Object v, int countSlot) {
            Object keep = call(w, v);
            if (keep instanceof Boolean b) {
                return b ? v : IndexedIteration.SKIP;
            }
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError("if", "", Types.Bool, keep, this);
        }
    }

    /** An Enumerate (field {@code itr}): the count of elements that reached it, in the loop's count slot. */
    static final class Count extends Step {
        Count(Class<? extends JlStructObject> cls, TypeFamily family) {
            super(cls, family);
        }

        @Override
        Object inner(Object w) {
            return struct(w).getField(0);
        }

        @Override
        Object apply(VirtualFrame frame, Object w, Object v, int countSlot) {
            long k = frame.getLong(countSlot) + 1;
            frame.setLong(countSlot, k);
            return new JlTuple(k, v);
        }
    }
}
