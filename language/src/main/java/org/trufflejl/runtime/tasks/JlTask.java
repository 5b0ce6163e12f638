package org.trufflejl.runtime.tasks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

/**
 * Julia's {@code Task}: a zero-argument function run on its own (virtual) thread once
 * scheduled. Its outcome is published through {@link #finished}, which also gives waiters a
 * happens-before edge to the result.
 */
public final class JlTask implements TruffleObject, JlTyped {
    static final int CREATED = 0;
    static final int RUNNABLE = 1;
    static final int DONE = 2;
    static final int FAILED = 3;

    /** What the task runs; null for a thread's root task. */
    final JlFunction code;
    private volatile int state;
    /** Whether its code has begun to run (Julia's {@code istaskstarted}: scheduled is not enough). */
    private volatile boolean began;
    private volatile Object result = JlNothing.INSTANCE;
    private volatile JlException exception;
    private final CountDownLatch finished = new CountDownLatch(1);
    volatile Thread thread;
    /** {@code @sync} scopes open in this task, innermost last; only its own thread touches it. */
    final ArrayDeque<SyncScope> syncScopes = new ArrayDeque<>();
    /** Functions called when the task ends ({@code bind(channel, task)}); guarded by {@code this}. */
    private List<JlFunction> doneHooks;
    /** The next turns of the tasks waiting for it to end, queued when it ends; guarded by {@code this}. */
    private List<Strand.Ticket> waiters;
    /**
     * Julia's {@code t.sticky}: the task takes turns with its creator ({@code @async}, a
     * {@code Task} made by hand) rather than running in parallel ({@code Threads.@spawn}).
     */
    volatile boolean sticky = true;
    /** The tasks it takes turns with ({@link Strand}): its creator's when sticky; set when it starts. */
    Strand strand;

    /** The task's random generator state, split from its creator's (null for a thread's root task). */
    final long[] randomState;

    JlTask(JlFunction code) {
        this.code = code;
        this.randomState = code == null ? null : org.trufflejl.JlLanguage.threadRandom(null).split();
    }

    static JlTask root(Thread thread) {
        JlTask t = new JlTask(null);
        t.state = RUNNABLE;
        t.began = true;
        t.thread = thread;
        t.strand = new Strand();
        return t;
    }

    /** The strand of a thread's root task: a script or REPL input holds its turn while it runs. */
    public Strand strand() {
        return strand;
    }

    @Override
    public JlType jlType() {
        return TaskTypes.Task;
    }

    @Override
    public Object property(String name) {
        return switch (name) {
            case "result" -> result;
            case "state" -> org.trufflejl.runtime.Symbol.of(stateName());
            case "sticky" -> sticky;
            case "_isexception" -> state == FAILED;
            default -> null;
        };
    }

    public boolean isStarted() {
        return state != CREATED;
    }

    /** Julia's {@code istaskstarted}: its code began to run (or it ended without running). */
    public boolean hasBegun() {
        return began || state >= DONE;
    }

    void markBegan() {
        began = true;
    }

    public boolean isDone() {
        return state >= DONE;
    }

    public boolean isFailed() {
        return state == FAILED;
    }

    /** Julia's {@code t.state}: {@code :runnable}, {@code :done} or {@code :failed}. */
    public String stateName() {
        return switch (state) {
            case DONE -> "done";
            case FAILED -> "failed";
            default -> "runnable";
        };
    }

    /** The value returned, or the exception thrown, or nothing while running. */
    public Object result() {
        return result;
    }

    public JlException exception() {
        return exception;
    }

    boolean markStarted() {
        synchronized (this) {
            if (state != CREATED) {
                return false;
            }
            state = RUNNABLE;
            return true;
        }
    }

    /** Records the outcome, runs the done hooks, then releases the waiters. */
    void finish(TaskRuntime rt, Object value, JlException failure) {
        if (failure != null) {
            exception = failure;
            result = failure.value;
            state = FAILED;
        } else {
            result = value;
            state = DONE;
        }
        List<JlFunction> hooks;
        synchronized (this) {
            hooks = doneHooks;
            doneHooks = null;
        }
        try {
            // a task ended by the program's exit runs no more guest code (Julia exits with it)
            if (hooks != null && !rt.isClosing()) {
                for (JlFunction h : hooks) {
                    rt.runHook(h);
                }
            }
        } finally {
            synchronized (this) {
                if (waiters != null) {
                    for (Strand.Ticket w : waiters) {
                        Strand.wake(w);
                    }
                }
            }
            finished.countDown();
        }
    }

    /** Adds a function to call when the task ends; calls it now if it has ended. */
    void addDoneHook(TaskRuntime rt, JlFunction hook) {
        synchronized (this) {
            if (!isDone()) {
                if (doneHooks == null) {
                    doneHooks = new ArrayList<>();
                }
                doneHooks.add(hook);
                return;
            }
        }
        rt.runHook(hook);
    }

    /** Blocks until the task has ended (not raising its failure), processing safepoints meanwhile. */
    void awaitDone(Node location) {
        if (finished.getCount() == 0) {
            return;
        }
        Strand.Ticket turn = Strand.pause();
        if (turn != null) {
            synchronized (this) {
                if (waiters == null) {
                    waiters = new ArrayList<>();
                }
                waiters.add(turn);
            }
        }
        try {
            Blocking.awaitWithoutTurn(location, finished);
        } finally {
            if (turn != null) {
                synchronized (this) {
                    waiters.remove(turn);
                }
            }
            Strand.resume(turn, location);
        }
    }
}
