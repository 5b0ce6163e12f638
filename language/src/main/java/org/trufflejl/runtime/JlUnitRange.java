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

    /**
     * The field {@code name} of an Int64 range (a Java object): its value, or null when its type has
     * no such field (OneTo has only {@code stop}). For getfield, isdefined and property reads.
     */
    public static Object field(Object range, String name) {
        if (range instanceof JlUnitRange r) {
            if (name.equals("start") && !(r instanceof JlOneTo)) {
                return r.start;
            }
            return name.equals("stop") ? (Object) r.stop : null;
        } else if (range instanceof JlStepRange r) {
            return switch (name) {
                case "start" -> r.start;
                case "step" -> r.step;
                case "stop" -> r.stop;
                default -> null;
            };
        }
        return null;
    }
}
