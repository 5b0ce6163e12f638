package org.trufflejl.runtime.tasks;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * Unwinds a task's thread when its context ends while the task still runs (Julia exits with
 * tasks pending). Guest {@code catch} does not catch it and {@code finally} blocks do not run
 * (TryNode): as Julia's exit, nothing of the task's code runs any more.
 */
final class TaskKilled extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    TaskKilled() {
        super("task killed: the context is closing");
    }
}
