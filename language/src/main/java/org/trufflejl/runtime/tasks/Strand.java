package org.trufflejl.runtime.tasks;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * Tasks that take turns, as the tasks of one Julia thread do: at most one of a strand's tasks
 * runs at a time, and the running one gives its turn up only where it blocks (waiting for a task,
 * a channel, a lock, a condition, a process, input, or sleeping) or yields. A thread's root task
 * (the script, a REPL input) has a strand; {@code @async} tasks and {@code schedule}d
 * {@code Task}s join their creator's, so they never interleave with it between those points,
 * as in Julia; a {@code Threads.@spawn} task starts a strand of its own and runs in parallel.
 *
 * <p>Turns are given in the order asked for: a task asks when it is started (on its creator's
 * thread, so {@code @async f(); yield()} runs {@code f} first), a task that yields asks again
 * behind the others, and one that blocked asks when it wakes.
 */
public final class Strand {
    /** The strand whose turn the current thread holds, if any. */
    private static final ThreadLocal<Strand> HELD = new ThreadLocal<>();

    private final ReentrantLock monitor = new ReentrantLock();
    /** The requests for a turn not yet taken, first come first. */
    private final ArrayDeque<Ticket> queue = new ArrayDeque<>();
    private boolean taken;

    /**
     * A request for a turn: a waiting thread's (only it is woken when the turn comes, not every
     * waiting task) or a task's first, which starts the task when it comes. A blocked task's
     * request is made when it blocks but queued only when it is woken: by whoever wakes it
     * ({@link #wake}: putting an item, notifying, finishing a task), as Julia's scheduler queues
     * the task a notify wakes, or else when it resumes.
     */
    public static final class Ticket {
        final Strand strand;
        final Condition come;
        final Runnable start;
        /** In the queue (guarded by the strand's monitor). */
        boolean queued;

        Ticket(Strand strand, Condition come, Runnable start) {
            this.strand = strand;
            this.come = come;
            this.start = start;
        }
    }

    /** With the monitor held: appends a request. */
    private void enqueue(Ticket ticket) {
        if (!ticket.queued) {
            ticket.queued = true;
            queue.addLast(ticket);
        }
    }

    /** Queues a request for a turn; {@link #take} waits for it to come. */
    @TruffleBoundary
    Ticket ask() {
        monitor.lock();
        try {
            Ticket ticket = new Ticket(this, monitor.newCondition(), null);
            enqueue(ticket);
            return ticket;
        } finally {
            monitor.unlock();
        }
    }

    /**
     * Queues a task's first turn: when it comes, {@code start} runs (on the thread that gave
     * the turn up, or here if the strand is free) with the turn reserved for the task, whose
     * thread then {@linkplain #adopt adopts} it.
     */
    @TruffleBoundary
    void queueStart(Runnable start) {
        Runnable ready;
        monitor.lock();
        try {
            enqueue(new Ticket(this, null, start));
            ready = next();
        } finally {
            monitor.unlock();
        }
        run(ready);
    }

    /** With the monitor held: passes a free turn to the first request; a start to run after unlocking. */
    private Runnable next() {
        Ticket first = queue.peekFirst();
        if (taken || first == null) {
            return null;
        }
        if (first.start != null) {
            queue.pollFirst();
            first.queued = false;
            taken = true;
            return first.start;
        }
        first.come.signal();
        return null;
    }

    private static void run(Runnable start) {
        if (start != null) {
            start.run();
        }
    }

    /** Waits until the ticket's turn has come (queuing it if no waker has), then holds the strand. */
    @TruffleBoundary
    void take(Ticket ticket, Node location) {
        Runnable ready = null;
        monitor.lock();
        try {
            enqueue(ticket);
            TruffleSafepoint.setBlockedThreadInterruptible(location, c -> {
                while (taken || queue.peekFirst() != ticket) {
                    c.await();
                }
            }, ticket.come);
            queue.pollFirst();
            ticket.queued = false;
            taken = true;
        } catch (RuntimeException | Error e) {
            // ended while waiting (the context closes, an interrupt): the queue goes on without it
            queue.remove(ticket);
            ticket.queued = false;
            ready = next();
            throw e;
        } finally {
            monitor.unlock();
            run(ready);
        }
        HELD.set(this);
    }

    /** A started task's thread takes the turn reserved for it. */
    void adopt() {
        HELD.set(this);
    }

    /** Gives the current thread's turn back. */
    @TruffleBoundary
    void give() {
        HELD.remove();
        releaseReserved();
    }

    /** Frees the turn (held by the current thread, or reserved for a task that will not run). */
    @TruffleBoundary
    void releaseReserved() {
        Runnable ready;
        monitor.lock();
        try {
            taken = false;
            ready = next();
        } finally {
            monitor.unlock();
        }
        run(ready);
    }

    /** Whether the current thread holds this strand's turn. */
    boolean isHeld() {
        return HELD.get() == this;
    }

    /**
     * Takes the turn for a root task's evaluation unless the thread holds it already (a nested
     * evaluation); true when the caller must {@link #leave} it.
     */
    @TruffleBoundary
    public boolean enter(Node location) {
        if (isHeld()) {
            return false;
        }
        take(ask(), location);
        return true;
    }

    @TruffleBoundary
    public void leave() {
        if (isHeld()) {
            give();
        }
    }

    /**
     * Before blocking: gives up the current thread's turn, if it holds one. The result (null
     * without a turn) is the request for the next turn: a waker may {@link #wake} it, and
     * {@link #resume} takes it.
     */
    @TruffleBoundary
    public static Ticket pause() {
        Strand s = HELD.get();
        if (s == null) {
            return null;
        }
        Ticket ticket = new Ticket(s, s.monitor.newCondition(), null);
        s.give();
        return ticket;
    }

    /** Queues a blocked task's request for its next turn (it is being woken); null: none. */
    @TruffleBoundary
    public static void wake(Ticket ticket) {
        if (ticket != null) {
            Strand s = ticket.strand;
            Runnable ready;
            s.monitor.lock();
            try {
                s.enqueue(ticket);
                ready = s.next();
            } finally {
                s.monitor.unlock();
            }
            run(ready);
        }
    }

    /** After blocking: waits for the turn given up by {@link #pause} (none when null). */
    @TruffleBoundary
    public static void resume(Ticket ticket, Node location) {
        if (ticket != null) {
            ticket.strand.take(ticket, location);
        }
    }

    /** {@code yield()}: lets the strand's waiting tasks run first. */
    @TruffleBoundary
    public static void yieldTurn(Node location) {
        Strand s = HELD.get();
        if (s == null) {
            Thread.yield();
            return;
        }
        Ticket ticket = s.ask();
        s.give();
        s.take(ticket, location);
    }

    /**
     * An input stream that gives the reading task's turn up while a read waits for input (a
     * script reading stdin lets its {@code @async} tasks run meanwhile, as Julia's does).
     */
    public static java.io.InputStream cooperative(java.io.InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws java.io.IOException {
                if (HELD.get() == null || in.available() > 0) {
                    return in.read();
                }
                Ticket t = pause();
                try {
                    return in.read();
                } finally {
                    resume(t, null);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (HELD.get() == null || in.available() > 0) {
                    return in.read(b, off, len);
                }
                Ticket t = pause();
                try {
                    return in.read(b, off, len);
                } finally {
                    resume(t, null);
                }
            }
        };
    }

    /** Blocks the current task the interruptible way, without its turn meanwhile. */
    @TruffleBoundary
    public static <T> void block(Node location, TruffleSafepoint.Interruptible<T> wait, T object) {
        Ticket t = pause();
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(location, wait, object);
        } finally {
            resume(t, location);
        }
    }
}
