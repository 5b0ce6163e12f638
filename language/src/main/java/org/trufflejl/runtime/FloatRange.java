package org.trufflejl.runtime;

/**
 * The arithmetic of Base's {@code StepRangeLen{Float64}} (a float range such as {@code 0:0.1:1}),
 * shared by its Julia methods (through builtins) and the counted {@code for} loop over it. When
 * start, step and stop are decimals the range keeps them as integers over a power of ten, and
 * element {@code i} is the correctly rounded quotient {@code (num0 + (i-1)*numstep) / den}, so
 * {@code (0:0.1:1)[4] == 0.3} as in Julia.
 */
public final class FloatRange {
    private FloatRange() {
    }

    /** Element {@code i} (1-based, in range) of the range with these fields. */
    public static double element(long num0, long numstep, long den, double start, double step, long i) {
        return den > 0 ? (double) (num0 + (i - 1) * numstep) / (double) den : start + (double) (i - 1) * step;
    }

    /** The smallest power of ten turning a, s and b into integers (up to 10^15), or 0 if there is none. */
    public static long denominator(double a, double s, double b) {
        long den = 1;
        for (int k = 0; k <= 15; k++) {
            if (isIntegral(a * den) && isIntegral(s * den) && isIntegral(b * den)) {
                return den;
            }
            den *= 10;
        }
        return 0;
    }

    private static boolean isIntegral(double x) {
        return Math.abs(x - Math.rint(x)) <= 1.0e-9 * Math.max(1.0, Math.abs(x)) && Math.abs(x) < 4.0e15;
    }
}
