package org.trufflejl.runtime.tasks;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

/**
 * Julia's {@code Channel{T}}: a FIFO buffer of {@link #capacity} items guarded by one lock.
 * With capacity 0 (unbuffered) a {@code put!} only proceeds once a taker is waiting for it,
 * so the two meet. After {@code close} puts fail, and takes fail once the buffer is drained,
 * with the exception given to close.
 */
public final class JlChannel implements TruffleObject, JlTyped {
    private final DataType type;
    public final long capacity;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when an item arrives or the channel closes. */
    private final Condition takeCond = lock.newCondition();
    /** Signalled when room appears (an item taken, a taker arriving) or the channel closes. */
    private final Condition putCond = lock.newCondition();
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    /** The next turns of the tasks waiting to take and to put ({@link Strand}), queued when signalled. */
    private final ArrayDeque<Strand.Ticket> takers = new ArrayDeque<>();
    private final ArrayDeque<Strand.Ticket> putters = new ArrayDeque<>();
    private int waitingTakers;
    private int waitingPutters;
    private volatile boolean open = true;
    /** The exception put!/take! raise once closed (a Julia value); set by close. */
    private Object closedException;

    public JlChannel(DataType type, long capacity) {
        this.type = type;
        this.capacity = capacity;
    }

    @Override
    public JlType jlType() {
        return type;
    }

    @Override
    public Object property(String name) {
        return name.equals("sz_max") ? capacity : null;
    }

    private boolean hasRoom() {
        return items.size() < (capacity > 0 ? capacity : waitingTakers);
    }

    @TruffleBoundary
    public Object put(Object v, Node location) {
        lock.lock();
        try {
            checkOpen(location);
            if (!hasRoom()) {
                waitingPutters++;
                try {
                    Blocking.awaitUntil(location, lock, putCond, putters, () -> !open || hasRoom());
                } finally {
                    waitingPutters--;
                }
                checkOpen(location);
            }
            items.addLast(v);
            // all: some waiters may be in fetch or wait, which leave the item in place
            Blocking.wakeAll(takers);
            takeCond.signalAll();
        } finally {
            lock.unlock();
        }
        if (capacity == 0) {
            // as Julia's put_unbuffered: the taker runs now, the putter after it
            Strand.yieldTurn(location);
        }
        return v;
    }

    @TruffleBoundary
    public Object take(Node location) {
        lock.lock();
        try {
            waitItem(location);
            Object v = items.pollFirst();
            Strand.wake(putters.peekFirst());
            putCond.signal();
            return v;
        } finally {
            lock.unlock();
        }
    }

    /** {@code fetch}: the first item, left in place (buffered channels only). */
    @TruffleBoundary
    public Object fetch(Node location) {
        lock.lock();
        try {
            waitItem(location);
            return items.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    /** {@code wait(c)}: until an item is available. */
    @TruffleBoundary
    public void waitReady(Node location) {
        lock.lock();
        try {
            waitItem(location);
        } finally {
            lock.unlock();
        }
    }

    /** Waits (as a taker, which lets an unbuffered put! proceed) until an item is there. */
    private void waitItem(Node location) {
        if (!items.isEmpty()) {
            return;
        }
        checkOpen(location);
        waitingTakers++;
        try {
            if (capacity == 0) {
                Blocking.wakeAll(putters);
                putCond.signalAll();
            }
            Blocking.awaitUntil(location, lock, takeCond, takers, () -> !open || !items.isEmpty());
        } finally {
            waitingTakers--;
        }
        if (items.isEmpty()) {
            checkOpen(location);
        }
    }

    private void checkOpen(Node location) {
        if (!open) {
            throw new JlException(closedException, location);
        }
    }

    @TruffleBoundary
    public void close(Object exception) {
        lock.lock();
        try {
            closedException = exception;
            open = false;
            Blocking.wakeAll(takers);
            Blocking.wakeAll(putters);
            takeCond.signalAll();
            putCond.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** Julia's {@code n_avail}: buffered items, or for an unbuffered channel the waiting putters. */
    @TruffleBoundary
    public long available() {
        lock.lock();
        try {
            return capacity > 0 ? items.size() : waitingPutters;
        } finally {
            lock.unlock();
        }
    }
}
