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
    /**
     * Julia's fifth word: not used to draw, but advanced each time a task is created, whose
     * generator is split from this one ({@link #split}).
     */
    private long splitState;

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
        setState(state[0], state[1], state[2], state[3]);   // (the fifth word too)
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
        splitState = a + 3 * b + 5 * c + 7 * d;   // as Julia's seeding sets it
    }

    private static final long[] SPLIT_XOR = {0x214c146c88e47cb7L, 0xa66d8cc21285aafaL, 0x68c7ef2d7b1a54d4L, 0xb053a7d7aa238c61L};
    private static final long[] SPLIT_MULTIPLY = {0xaef17502108ef2d9L, 0xf34026eeb86766afL, 0x38fd70ad58dd9fbbL, 0x6677f9b93ab0c04dL};

    /**
     * The state of a new task's generator, as Julia derives it from its parent's (its task.c
     * jl_rng_split since 1.11): the parent's fifth word steps an LCG shared with the child, and each
     * child word is a PCG-style mix of the parent's word with it; the parent's stream is unchanged.
     * So a seeded program's tasks draw the same numbers on every run, whatever the scheduling.
     */
    public long[] split() {
        long x = splitState;
        long next = x * 0xd1342543de82ef95L + 1;
        splitState = next;
        long[] child = new long[5];
        for (int i = 0; i < 4; i++) {
            long c = state[i];
            long w = x ^ SPLIT_XOR[i];
            c += w * (2 * c + 1);
            c ^= c >>> ((c >>> 59) + 5);
            c *= SPLIT_MULTIPLY[i];
            c ^= c >>> 43;
            child[i] = c;
        }
        child[4] = next;
        return child;
    }

    /** Takes a state {@link #split} made (a task starting on this thread). */
    public void adopt(long[] split) {
        System.arraycopy(split, 0, state, 0, 4);
        splitState = split[4];
    }

    public long[] state() {
        return state;
    }

    public long next() {
        return XoshiroBulk.step(state, 0);
    }
}
