package org.trufflejl.runtime;

/**
 * Xoshiro256++, the generator family Julia 1.10 uses by default. Seeding goes through SplitMix64
 * (Julia hashes the seed with SHA-256 instead, so a given seed gives a different stream than in
 * Julia). One per thread: tasks on different threads draw independently and without locks.
 */
public final class Xoshiro {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    public Xoshiro(long seed) {
        seed(seed);
    }

    /** A generator in the given state (the reference implementation's test vectors use {1, 2, 3, 4}). */
    public static Xoshiro withState(long a, long b, long c, long d) {
        Xoshiro x = new Xoshiro(0);
        x.s0 = a;
        x.s1 = b;
        x.s2 = c;
        x.s3 = d;
        return x;
    }

    public void seed(long seed) {
        long x = seed;
        s0 = x = splitMix(x);
        s1 = x = splitMix(x);
        s2 = x = splitMix(x);
        s3 = splitMix(x);
    }

    /** SplitMix64's output for the state after {@code x}; chaining it fills the four words. */
    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long next() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }
}
