package org.trufflejl.runtime.tasks;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;

import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

/**
 * Julia's {@code GenericCondition}: a queue of waiting tasks over a lock. {@code wait} releases
 * the lock while it waits and returns the value {@code notify} passed (or raises it when
 * notified with {@code error=true}). {@code Threads.Condition} uses the caller's
 * {@link JlLock}, which the caller must hold; {@code Base.Condition} ({@link #alwaysLocked})
 * takes its private lock itself around each operation.
 */
public final class JlCondition implements TruffleObject, JlTyped {
    private final DataType type;
    public final JlLock lock;
    public final boolean alwaysLocked;
    /** Waiters in arrival order; guarded by the lock. */
    private final ArrayDeque<Waiter> waitq = new ArrayDeque<>();

    /** One waiting task: notify sets its fields under the lock, then opens its latch. */
    private static final class Waiter {
        final CountDownLatch woken = new CountDownLatch(1);
        /** The waiter's next turn, queued by notify ({@link Strand}). */
        Strand.Ticket turn;
        boolean notified;
        boolean error;
        Object value;
    }

    public JlCondition(DataType type, JlLock lock, boolean alwaysLocked) {
        this.type = type;
        this.lock = lock;
        this.alwaysLocked = alwaysLocked;
    }

    @Override
    public JlType jlType() {
        return type;
    }

    /** Whether the calling task may wait or notify (holds the lock, or the condition locks itself). */
    public boolean canUse() {
        return alwaysLocked || lock.isHeldByCurrentTask();
    }

    /**
     * Releases the lock (all of the caller's holds), waits to be notified, and takes the lock
     * back. Not a JDK {@code Condition.await}: that takes the lock back uninterruptibly before it
     * returns, even when the wait is interrupted, so a task waiting while another thread held the
     * lock forever (a program that failed inside {@code lock(c)}) could never end, and closing
     * the context waited for it forever. Here the wait and the relocking are each interruptible;
     * the waiter is queued before the lock is released, so no notify is lost.
     */
    @TruffleBoundary
    public Object await(Node location) {
        if (alwaysLocked) {
            lock.lock(location);
        }
        Waiter w = new Waiter();
        waitq.addLast(w);
        w.turn = Strand.pause();
        int holds = lock.lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.lock.unlock();
        }
        try {
            Blocking.awaitWithoutTurn(location, w.woken);
        } finally {
            // (interrupted while taking it back, the task ends without the lock)
            try {
                Strand.resume(w.turn, location);
            } finally {
                for (int i = 0; i < holds; i++) {
                    lock.lock(location);
                }
            }
            if (!w.notified) {
                waitq.remove(w);
            }
            if (alwaysLocked) {
                lock.lock.unlock();   // (also when the wait ended by an exception: others must still notify)
            }
        }
        if (w.error) {
            throw new JlException(w.value, location);
        }
        return w.value;
    }

    /** Wakes the first waiter, or all of them; returns how many were woken. */
    @TruffleBoundary
    public long notify(Object value, boolean all, boolean error, Node location) {
        if (alwaysLocked) {
            lock.lock(location);
        }
        try {
            long n = 0;
            while (!waitq.isEmpty() && (all || n == 0)) {
                Waiter w = waitq.pollFirst();
                w.value = value;
                w.error = error;
                w.notified = true;
                Strand.wake(w.turn);
                w.woken.countDown();
                n++;
            }
            return n;
        } finally {
            if (alwaysLocked) {
                lock.lock.unlock();
            }
        }
    }

    @TruffleBoundary
    public boolean hasWaiters(Node location) {
        if (alwaysLocked) {
            lock.lock(location);
        }
        try {
            return !waitq.isEmpty();
        } finally {
            if (alwaysLocked) {
                lock.lock.unlock();
            }
        }
    }
}
