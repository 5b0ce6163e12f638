package org.trufflejl.runtime;

/**
 * Xoshiro256++, the generator Julia 1.10's task-local RNG is: one per thread here (tasks on
 * different threads draw independently and without locks), seeded at start-up from the clock and
 * by {@code Random.seed!(n)} with the state Base computes as Julia does (SHA-256 of the seed's
 * words), so seeded streams are Julia's.
 */
public final class Xoshiro {
    /** s0..s3. */
    final long[] state = new long[4];

    public Xoshiro(long seed) {
        // SplitMix64 from an unpredictable seed (only the clock-seeded start-up state uses this)
        long x = seed;
        for (int i = 0; i < 4; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            state[i] = z ^ (z >>> 31);
        }
    }

    /** A generator in the given state (the reference implementation's test vectors use {1, 2, 3, 4}). */
    public static Xoshiro withState(long a, long b, long c, long d) {
        Xoshiro x = new Xoshiro(0);
        x.setState(a, b, c, d);
        return x;
    }

    public void setState(long a, long b, long c, long d) {
        state[0] = a;
        state[1] = b;
        state[2] = c;
        state[3] = d;
    }

    public long[] state() {
        return state;
    }

    public long next() {
        return XoshiroBulk.step(state, 0);
    }
}
