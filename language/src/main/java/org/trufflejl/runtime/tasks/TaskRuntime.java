package org.trufflejl.runtime.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.trufflejl.JlLanguage;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The tasks of one context. Every started task runs on a virtual thread made through the Truffle
 * environment, so the context is entered on it; the JDK's scheduler multiplexes those threads
 * onto its carrier threads (as many as {@code Threads.nthreads()} reports). A thread whose task
 * has ended waits (up to {@link #MAX_IDLE_WORKERS} of them) to run the next task: making a
 * Truffle thread costs more than the task itself for small tasks, and Truffle keeps state for
 * every thread it has seen (100,000 short tasks on fresh threads kept ~100 MB alive).
 */
public final class TaskRuntime {
    private final JlContext context;
    private final ThreadLocal<JlTask> current = new ThreadLocal<>();
    private final Set<JlTask> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    static final int MAX_IDLE_WORKERS = 256;
    private final java.util.concurrent.ConcurrentLinkedDeque<Worker> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger idleCount = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * Worker threads that may still be alive: closing the context joins them all (a thread is
     * alive a little after its last task, and Truffle requires all to have ended). Ended ones
     * are pruned when the set has doubled.
     */
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private volatile int pruneAt = 64;
    /** Handed to an idle worker to make it end (the context is closing). */
    private static final JlTask STOP = new JlTask(null);
    /** {@code Threads.nthreads()}. */
    public final int nthreads;

    public TaskRuntime(JlContext context) {
        this.context = context;
        int n = context.env.getOptions().get(JlLanguage.Threads);
        this.nthreads = n > 0 ? n : Runtime.getRuntime().availableProcessors();
    }

    /** The task running on this thread; a thread that is not a task's (the main one) gets a root task. */
    @TruffleBoundary
    public JlTask current() {
        JlTask t = current.get();
        if (t == null) {
            t = JlTask.root(Thread.currentThread());
            current.set(t);
        }
        return t;
    }

    @TruffleBoundary
    public JlTask newTask(JlFunction code) {
        return new JlTask(code);
    }

    /** {@code schedule(t)}: starts a task made by {@code Task(f)}. */
    @TruffleBoundary
    public JlTask schedule(JlTask t, Node location) {
        if (!t.markStarted()) {
            throw Errors.error("schedule: Task not runnable", location);
        }
        start(t, current().syncScopes.peekLast(), location);
        return t;
    }

    /**
     * {@code schedule(t, value; error)}: a task not yet started starts (with {@code error}, it
     * fails with {@code value} at once); a running one, with {@code error}, has {@code value}
     * thrown in it where it is (at its next safepoint, a blocked wait or sleep included), as
     * Julia's {@code schedule(t, InterruptException(); error = true)} interrupts a task.
     */
    @TruffleBoundary
    public JlTask scheduleWith(JlTask t, Object value, boolean error, Node location) {
        if (!t.isStarted()) {
            if (!error) {
                return schedule(t, location);
            }
            if (!t.markStarted()) {
                throw Errors.error("schedule: Task not runnable", location);
            }
            t.finish(this, null, new JlException(value, location));
            return t;
        }
        Thread th = t.thread;
        if (!error || t.isDone() || th == null || th == Thread.currentThread()) {
            throw Errors.error("schedule: Task not runnable", location);
        }
        context.env.submitThreadLocal(new Thread[]{th}, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                if (current.get() == t && !closing) {
                    throw new JlException(value, null);
                }
            }
        });
        return t;
    }

    /** {@code @async} / {@code Threads.@spawn}: a started task, registered with the innermost {@code @sync}. */
    @TruffleBoundary
    public JlTask spawn(JlFunction code, boolean sticky, Node location) {
        JlTask t = new JlTask(code);
        t.sticky = sticky;
        t.markStarted();
        SyncScope scope = current().syncScopes.peekLast();
        if (scope != null) {
            scope.add(t);
        }
        start(t, scope, location);
        return t;
    }

    private void start(JlTask t, SyncScope scope, Node location) {
        if (scope != null) {
            t.syncScopes.add(scope);
        }
        if (closing) {
            throw new TaskKilled();
        }
        if (!context.env.isCreateThreadAllowed()) {
            t.finish(this, null, Errors.error("cannot run a task: this context does not allow creating threads", location));
            return;
        }
        running.add(t);
        // Its first turn is queued now, so it runs before whatever its creator yields to next; it
        // gets a thread only when the turn comes (a thousand @async tasks waiting for their
        // creator to block are a queue, not a thousand threads).
        t.strand = t.sticky ? current().strand : new Strand();
        t.strand.queueStart(() -> launch(t));
    }

    /** Runs a started task, whose turn has come, on an idle worker or a new thread. */
    private void launch(JlTask t) {
        try {
            if (closing) {
                throw new TaskKilled();
            }
            Worker w;
            while ((w = idle.pollFirst()) != null) {
                idleCount.decrementAndGet();
                t.thread = w.thread;
                if (w.inbox.offer(t)) {
                    return;
                }
            }
            Worker fresh = new Worker(t);
            Thread thread = context.env.newTruffleThreadBuilder(fresh).virtual(true).build();
            fresh.thread = thread;
            t.thread = thread;
            workers.add(fresh);
            thread.start();
            fresh.launched = true;
        } catch (RuntimeException | Error e) {
            // no thread will run it (the context is closing): it ends here, and the turn moves on
            try {
                t.finish(this, null, interrupted());
            } finally {
                running.remove(t);
                t.strand.releaseReserved();
            }
            return;
        }
        if (workers.size() > pruneAt) {
            workers.removeIf(x -> x.launched && !x.thread.isAlive());
            pruneAt = Math.max(64, 2 * workers.size());
        }
    }

    /** A task thread: runs its first task, then waits as an idle worker for more. */
    private final class Worker implements Runnable {
        final java.util.concurrent.ArrayBlockingQueue<JlTask> inbox = new java.util.concurrent.ArrayBlockingQueue<>(1);
        private final JlTask first;
        volatile Thread thread;
        volatile boolean launched;

        Worker(JlTask first) {
            this.first = first;
        }

        @Override
        public void run() {
            for (JlTask t = first; t != null && t != STOP; t = awaitNext()) {
                TaskRuntime.this.run(t);
            }
        }

        private JlTask awaitNext() {
            if (closing || idleCount.incrementAndGet() > MAX_IDLE_WORKERS) {
                idleCount.decrementAndGet();
                return null;
            }
            idle.addFirst(this);
            if (closing && idle.remove(this)) {
                idleCount.decrementAndGet();
                return null;
            }
            JlTask[] next = new JlTask[1];
            TruffleSafepoint.setBlockedThreadInterruptible(null, q -> next[0] = q.take(), inbox); // (holding no turn)
            return next[0];
        }
    }

    private void run(JlTask t) {
        current.set(t);
        Object value = null;
        JlException failure = null;
        Throwable escape = null;
        try {
            t.strand.adopt();
            t.markBegan();
            if (closing) {
                failure = interrupted();
            } else {
                // the thread's generator is the task's while it runs (Julia's task-local RNG)
                org.trufflejl.JlLanguage.threadRandom(null).adopt(t.randomState);
                value = context.call(t.code);
            }
        } catch (JlException e) {
            // a task run nested in a waiter's call has the waiter's frames below it: not its own
            // (the trace is completed here: read later, it would take in the reader's frames)
            com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
            e.noteFramesBelowTask(org.trufflejl.nodes.Backtrace.current(null).size());
            failure = e;
        } catch (TaskKilled e) {
            failure = interrupted();
        } catch (Throwable e) {
            // cancellation or exit of the context, or a bug: waiters must not hang either way
            boolean stopping = closing || context.env.getContext().isCancelling() || context.env.getContext().isClosed();
            failure = stopping ? interrupted() : Errors.error("internal error in task: " + e, null);
            escape = e;
        } finally {
            try {
                t.finish(this, value, failure);
            } finally {
                t.strand.leave();
                running.remove(t);
                current.remove();
            }
        }
        if (escape instanceof RuntimeException re) {
            throw re;
        } else if (escape instanceof Error err) {
            throw err;
        }
    }

    /** Whether the context is closing: the tasks still running are being ended. */
    boolean isClosing() {
        return closing;
    }

    private static JlException interrupted() {
        return new JlException(JlStructObject.of(Types.InterruptException), null);
    }

    /** {@code wait(t)} without raising its failure; waiting for oneself would never end. */
    @TruffleBoundary
    public void awaitDone(JlTask t, Node location) {
        if (t == current()) {
            throw Errors.error("deadlock detected: cannot wait on current task", location);
        }
        t.awaitDone(location);
    }

    @TruffleBoundary
    public void sleep(long nanos, Node location) {
        if (nanos <= 0) {
            Strand.yieldTurn(location);
            return;
        }
        Blocking.sleepUntil(location, System.nanoTime() + nanos);
    }

    /** Opens an {@code @sync} block in the current task. */
    @TruffleBoundary
    public SyncScope syncEnter() {
        SyncScope s = new SyncScope();
        current().syncScopes.addLast(s);
        return s;
    }

    @TruffleBoundary
    public void syncLeave(SyncScope s) {
        current().syncScopes.removeLastOccurrence(s);
    }

    /**
     * {@code Threads.threadid()}: 1 for a thread that is not a task's, else the number of the
     * carrier thread the task's virtual thread runs on now (the JDK names them ...-worker-N).
     */
    @TruffleBoundary
    public int threadid() {
        Thread th = Thread.currentThread();
        if (!th.isVirtual()) {
            return 1;
        }
        String s = th.toString();
        int i = s.lastIndexOf("worker-");
        if (i < 0) {
            return 1;
        }
        int id = 0;
        for (int j = i + "worker-".length(); j < s.length() && Character.isDigit(s.charAt(j)); j++) {
            id = id * 10 + (s.charAt(j) - '0');
        }
        return id >= 1 && id <= nthreads ? id : (id - 1) % nthreads + 1;
    }

    /** Runs a done hook of a task; its errors are dropped (as Julia's task-done hooks do). */
    void runHook(JlFunction hook) {
        try {
            context.call(hook);
        } catch (JlException | TaskKilled e) {
            // the task's own outcome is what waiters see
        }
    }

    @TruffleBoundary
    public void addDoneHook(JlTask t, JlFunction hook) {
        t.addDoneHook(this, hook);
    }

    /**
     * Ends every running task when the context closes: Julia exits with tasks pending. Each
     * task's thread unwinds at its next safepoint (blocked ones included), then is joined.
     */
    @TruffleBoundary
    public void close() {
        closing = true;
        for (int round = 0; round < 1000 && !running.isEmpty(); round++) {
            List<Thread> threads = new ArrayList<>();
            for (JlTask t : running) {
                Thread th = t.thread;
                if (th != null && th != Thread.currentThread() && th.isAlive()) {
                    threads.add(th);
                }
            }
            if (threads.isEmpty()) {
                break;
            }
            context.env.submitThreadLocal(threads.toArray(new Thread[0]), new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    throw new TaskKilled();
                }
            });
            for (Thread th : threads) {
                joinUninterruptibly(th);
            }
        }
        // Idle workers and those between tasks: each takes STOP or sees `closing` and ends;
        // Truffle requires every thread of the context to have ended when this returns.
        for (Worker rest : workers) {
            Thread th = rest.thread;
            if (th != null && th != Thread.currentThread()) {
                rest.inbox.offer(STOP);
                joinUninterruptibly(th);
            }
        }
    }

    private static void joinUninterruptibly(Thread th) {
        boolean interrupted = false;
        while (true) {
            try {
                th.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
