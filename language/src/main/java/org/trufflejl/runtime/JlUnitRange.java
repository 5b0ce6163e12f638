package org.trufflejl.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * {@code UnitRange{Int64}}: {@code start:stop}. Empty when stop < start. Not final: {@link JlOneTo}
 * ({@code Base.OneTo{Int64}}) is one too, for every fast path that reads start and stop.
 */
public class JlUnitRange implements TruffleObject {
    public final long start;
    public final long stop;

    public JlUnitRange(long start, long stop) {
        this.start = start;
        // Julia normalises an empty range's stop to start-1.
        this.stop = stop < start ? start - 1 : stop;
    }

    public long length() {
        return stop - start + 1;
    }
}
