package org.trufflejl.runtime.tasks;

import java.util.ArrayDeque;
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
 * never escapes as an exception; and a blocked task gives its strand's turn to the others
 * ({@link Strand}).
 */
final class Blocking {
    private Blocking() {
    }

    /**
     * Waits on {@code cond} of {@code lock} (which the caller holds) until {@code ready} holds.
     * Meanwhile the task's request for its next turn is in {@code waiting} (guarded by
     * {@code lock}) for the signaller to {@linkplain Strand#wake queue}. The turn is taken back
     * with {@code lock} released (the task holding the turn may need the lock), so {@code ready}
     * is checked again after.
     */
    @TruffleBoundary
    static void awaitUntil(Node location, Lock lock, Condition cond, ArrayDeque<Strand.Ticket> waiting, BooleanSupplier ready) {
        while (!ready.getAsBoolean()) {
            Strand.Ticket turn = Strand.pause();
            if (turn != null) {
                waiting.addLast(turn);
            }
            try {
                TruffleSafepoint.setBlockedThreadInterruptible(location, c -> {
                    while (!ready.getAsBoolean()) {
                        c.await();
                    }
                }, cond);
            } finally {
                if (turn != null) {
                    waiting.remove(turn);
                    lock.unlock();
                    try {
                        Strand.resume(turn, location);
                    } finally {
                        lock.lock();
                    }
                }
            }
        }
    }

    /** Queues the turns of all the tasks in {@code waiting} (which the caller is about to signal). */
    static void wakeAll(ArrayDeque<Strand.Ticket> waiting) {
        for (Strand.Ticket t : waiting) {
            Strand.wake(t);
        }
    }

    /** Waits for the latch; the caller has given up its turn (and made it known to the opener). */
    @TruffleBoundary
    static void awaitWithoutTurn(Node location, CountDownLatch latch) {
        TruffleSafepoint.setBlockedThreadInterruptible(location, CountDownLatch::await, latch);
    }

    @TruffleBoundary
    static void lock(Node location, Lock lock) {
        Strand.block(location, Lock::lockInterruptibly, lock);
    }

    /** Sleeps until the deadline ({@link System#nanoTime}); an interrupted sleep resumes for the rest. */
    @TruffleBoundary
    static void sleepUntil(Node location, long deadline) {
        Strand.block(location, d -> {
            long left = d - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }, deadline);
    }
}
