package org.trufflejl.runtime.tasks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * Blocking the current task. Every wait goes through
 * {@link TruffleSafepoint#setBlockedThreadInterruptible}, so a blocked task still runs
 * thread-local actions (cancellation, ending the context, interrupts) and a Java interrupt
 * never escapes as an exception.
 */
final class Blocking {
    private Blocking() {
    }

    @TruffleBoundary
    static void await(Node location, CountDownLatch latch) {
        TruffleSafepoint.setBlockedThreadInterruptible(location, CountDownLatch::await, latch);
    }

    /** Waits on {@code cond} (whose lock the caller holds) until {@code ready} holds. */
    @TruffleBoundary
    static void awaitUntil(Node location, Condition cond, BooleanSupplier ready) {
        if (ready.getAsBoolean()) {
            return;
        }
        TruffleSafepoint.setBlockedThreadInterruptible(location, c -> {
            while (!ready.getAsBoolean()) {
                c.await();
            }
        }, cond);
    }

    @TruffleBoundary
    static void lock(Node location, Lock lock) {
        TruffleSafepoint.setBlockedThreadInterruptible(location, Lock::lockInterruptibly, lock);
    }

    /** Sleeps until the deadline ({@link System#nanoTime}); an interrupted sleep resumes for the rest. */
    @TruffleBoundary
    static void sleepUntil(Node location, long deadline) {
        TruffleSafepoint.setBlockedThreadInterruptible(location, d -> {
            long left = d - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }, deadline);
    }
}
