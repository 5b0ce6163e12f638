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
        // Non-empty: start and stop are on the same side of the step, so truncation is exact.
        return start + ((stop - start) / step) * step;
    }

    public long length() {
        return (stop - start) / step + 1;
    }
}
