package org.trufflejl.runtime.tasks;

import java.util.concurrent.ConcurrentLinkedQueue;

import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The tasks an {@code @sync} block waits for: every task started while the block runs, in the
 * block's task or in a task started (transitively) inside it. A task registers here before it
 * starts, so once a task is seen done, every task it started is already queued.
 */
public final class SyncScope implements TruffleObject, JlTyped {
    private final ConcurrentLinkedQueue<JlTask> tasks = new ConcurrentLinkedQueue<>();

    void add(JlTask t) {
        tasks.add(t);
    }

    /** The next task to wait for, or nothing when all have been handed out. */
    public Object next() {
        JlTask t = tasks.poll();
        return t == null ? JlNothing.INSTANCE : t;
    }

    @Override
    public JlType jlType() {
        return TaskTypes.SyncScope;
    }
}
