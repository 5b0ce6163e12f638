package org.trufflejl.runtime.tasks;

import java.util.concurrent.locks.ReentrantLock;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlTyped;
import org.trufflejl.runtime.types.JlType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

/**
 * Julia's {@code ReentrantLock}. A task is a thread here, so the JDK's reentrant lock gives
 * Julia's ownership rules: the task that locked it must unlock it, as many times as it locked.
 */
public final class JlLock implements TruffleObject, JlTyped {
    final ReentrantLock lock = new ReentrantLock();

    @Override
    public JlType jlType() {
        return TaskTypes.ReentrantLock;
    }

    @TruffleBoundary
    public void lock(Node location) {
        if (!lock.tryLock()) {
            Blocking.lock(location, lock);
        }
    }

    @TruffleBoundary
    public boolean tryLock() {
        return lock.tryLock();
    }

    @TruffleBoundary
    public void unlock(Node location) {
        if (!lock.isHeldByCurrentThread()) {
            throw Errors.error(lock.isLocked() ? "unlock from wrong thread" : "unlock count must match lock count", location);
        }
        lock.unlock();
    }

    @TruffleBoundary
    public boolean isLocked() {
        return lock.isLocked();
    }

    @TruffleBoundary
    public boolean isHeldByCurrentTask() {
        return lock.isHeldByCurrentThread();
    }
}
