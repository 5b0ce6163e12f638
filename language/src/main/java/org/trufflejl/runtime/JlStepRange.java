package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code StepRange{Int64,Int64}}: {@code start:step:stop}, stop normalised to the last element. */
public final class JlStepRange implements TruffleObject {
    public final long start;
    public final long step;
    public final long stop;

    public JlStepRange(long start, long step, long stop) {
        this.start = start;
        this.step = step;
        this.stop = lastElement(start, step, stop);
    }

    private static long lastElement(long start, long step, long stop) {
        if (step > 0 ? stop < start : stop > start) {
            return start - step;
        }
        if (stop == start) {
            return stop;
        }
        // Non-empty: the distance and step as unsigned magnitudes (the distance may exceed
        // typemax(Int), as in typemin(Int):2:typemax(Int)); stop moves back by the remainder.
        long distance = stop > start ? stop - start : start - stop;
        long remainder = Long.remainderUnsigned(distance, step > 0 ? step : -step);
        return stop > start ? stop - remainder : stop + remainder;
    }

    /**
     * The number of elements, wrapping like Julia's Int arithmetic when it does not fit
     * (Julia's length for ranges of Int: typemin(Int):2:typemax(Int) has typemin(Int)).
     */
    public long length() {
        if (step > 0 ? stop < start : stop > start) {
            return 0;
        }
        long diff = stop - start;
        long count;
        if ((step >= -1 && step <= 1) || step == -step) {
            count = diff / step;
        } else if (step < 0) {
            count = Long.divideUnsigned(-diff, -step);
        } else {
            count = Long.divideUnsigned(diff, step);
        }
        return count + 1;
    }
}
