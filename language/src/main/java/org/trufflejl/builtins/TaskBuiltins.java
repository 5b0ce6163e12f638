package org.trufflejl.builtins;

import org.trufflejl.JlLanguage;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.tasks.JlAtomic;
import org.trufflejl.runtime.tasks.JlChannel;
import org.trufflejl.runtime.tasks.JlCondition;
import org.trufflejl.runtime.tasks.JlLock;
import org.trufflejl.runtime.tasks.JlTask;
import org.trufflejl.runtime.tasks.SyncScope;
import org.trufflejl.runtime.tasks.TaskRuntime;
import org.trufflejl.runtime.tasks.TaskTypes;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.nodes.Node;

/**
 * The Java side of tasks, channels, locks, conditions and atomics (stdlib/Base/task.jl,
 * channels.jl, locks.jl, threads.jl build Julia's API on these). Blocking ones wait through
 * Truffle safepoints, see {@code runtime/tasks/Blocking}.
 */
final class TaskBuiltins {
    private TaskBuiltins() {
    }

    private static TaskRuntime rt(SlowBuiltin n) {
        return n.context().tasks;
    }

    static void install(Builtins b, JlContext context, JlLanguage language) {
        JlType A = Types.Any;
        JlType I = Types.Int64;
        JlType task = TaskTypes.Task;
        JlType chan = TaskTypes.Channel.any;
        JlType cond = TaskTypes.GenericCondition.any;
        JlType atomic = TaskTypes.Atomic.any;
        JlType lock = TaskTypes.ReentrantLock;

        bind(context, "Task", TaskTypes.Task);
        bind(context, "SyncScope", TaskTypes.SyncScope);
        bind(context, "AbstractLock", TaskTypes.AbstractLock);
        bind(context, "ReentrantLock", TaskTypes.ReentrantLock);
        bind(context, "AlwaysLockedST", TaskTypes.AlwaysLockedST);
        bind(context, "GenericCondition", TaskTypes.GenericCondition.any);
        bind(context, "Condition", TaskTypes.BaseCondition);
        bind(context, "AbstractChannel", TaskTypes.AbstractChannel.any);
        bind(context, "Channel", TaskTypes.Channel.any);
        bind(context, "_AtomicType", TaskTypes.Atomic.any);

        // Tasks
        b.constructor(TaskTypes.Task, (a, n) -> rt(n).newTask((JlFunction) a[0]), Types.Function);
        b.slow("_spawn_task", (a, n) -> rt(n).spawn((JlFunction) a[0], (Boolean) a[1], n), Types.Function, Types.Bool);
        b.slow("schedule", (a, n) -> rt(n).schedule((JlTask) a[0], n), task);
        b.slow("_schedule_with", (a, n) -> rt(n).scheduleWith((JlTask) a[0], a[1], (Boolean) a[2], n), task, Types.Any, Types.Bool);
        b.slow("current_task", (a, n) -> rt(n).current());
        b.slow("istaskdone", (a, n) -> ((JlTask) a[0]).isDone(), task);
        b.slow("istaskstarted", (a, n) -> ((JlTask) a[0]).hasBegun(), task);
        // scheduled (by schedule, @async or Threads.@spawn), whether or not it began to run
        b.slow("_task_scheduled", (a, n) -> ((JlTask) a[0]).isStarted(), task);
        b.slow("istaskfailed", (a, n) -> ((JlTask) a[0]).isFailed(), task);
        b.slow("_task_wait", (a, n) -> {
            rt(n).awaitDone((JlTask) a[0], n);
            return JlNothing.INSTANCE;
        }, task);
        b.slow("_task_result", (a, n) -> ((JlTask) a[0]).result(), task);
        b.slow("_task_state", (a, n) -> Symbol.of(((JlTask) a[0]).stateName()), task);
        b.slow("_task_address", (a, n) -> JlString.of(String.format("0x%016x", System.identityHashCode(a[0]))), A);
        b.slow("_task_add_hook", (a, n) -> {
            rt(n).addDoneHook((JlTask) a[0], (JlFunction) a[1]);
            return JlNothing.INSTANCE;
        }, task, Types.Function);
        b.slow("yield", (a, n) -> {
            org.trufflejl.runtime.tasks.Strand.yieldTurn(n);
            return JlNothing.INSTANCE;
        });
        b.slow("_sleep_ns", (a, n) -> {
            rt(n).sleep((Long) a[0], n);
            return JlNothing.INSTANCE;
        }, I);
        b.slow("_sync_enter", (a, n) -> rt(n).syncEnter());
        b.slow("_sync_leave", (a, n) -> {
            rt(n).syncLeave((SyncScope) a[0]);
            return JlNothing.INSTANCE;
        }, TaskTypes.SyncScope);
        b.slow("_sync_next", (a, n) -> ((SyncScope) a[0]).next(), TaskTypes.SyncScope);
        b.slow("_nthreads", (a, n) -> (long) rt(n).nthreads);
        b.slow("_threadid", (a, n) -> (long) rt(n).threadid());

        // Locks and conditions
        b.constructor(TaskTypes.ReentrantLock, (a, n) -> new JlLock());
        b.slow("lock", (a, n) -> {
            ((JlLock) a[0]).lock(n);
            return JlNothing.INSTANCE;
        }, lock);
        b.slow("unlock", (a, n) -> {
            ((JlLock) a[0]).unlock(n);
            return JlNothing.INSTANCE;
        }, lock);
        b.slow("trylock", (a, n) -> ((JlLock) a[0]).tryLock(), lock);
        b.slow("islocked", (a, n) -> ((JlLock) a[0]).isLocked(), lock);
        b.slow("_lock_held", (a, n) -> ((JlLock) a[0]).isHeldByCurrentTask(), lock);
        instanceConstructor(TaskTypes.GenericCondition, language, (t, a, n) -> {
            boolean always = t == TaskTypes.BaseCondition;
            if (a.length == 0) {
                return new JlCondition(t, new JlLock(), always);
            } else if (a.length == 1 && a[0] instanceof JlLock l && !always) {
                return new JlCondition(t, l, false);
            }
            throw Errors.methodError(t.constructor(), a, n);
        });
        b.slow("_cond_lock", (a, n) -> ((JlCondition) a[0]).lock, cond);
        b.slow("_cond_can_use", (a, n) -> ((JlCondition) a[0]).canUse(), cond);
        b.slow("_cond_always_locked", (a, n) -> ((JlCondition) a[0]).alwaysLocked, cond);
        b.slow("_cond_wait", (a, n) -> ((JlCondition) a[0]).await(n), cond);
        b.slow("_cond_notify", (a, n) -> ((JlCondition) a[0]).notify(a[1], (Boolean) a[2], (Boolean) a[3], n), cond, A, Types.Bool, Types.Bool);
        b.slow("_cond_has_waiters", (a, n) -> ((JlCondition) a[0]).hasWaiters(n), cond);

        // Channels
        instanceConstructor(TaskTypes.Channel, language, (t, a, n) -> {
            if (a.length == 0) {
                return new JlChannel(t, 0);
            }
            if (a.length <= 2 && a[0] instanceof JlFunction f) {
                JlChannel c = new JlChannel(t, a.length == 2 ? channelSize(t, a[1], n) : 0);
                n.context().callBase("_channel_run", c, f);
                return c;
            }
            if (a.length == 1) {
                return new JlChannel(t, channelSize(t, a[0], n));
            }
            throw Errors.methodError(t.constructor(), a, n);
        });
        b.slow("put!", (a, n) -> {
            JlChannel c = (JlChannel) a[0];
            return c.put(convert(n, ((DataType) c.jlType()).parameters[0], a[1]), n);
        }, chan, A);
        b.slow("take!", (a, n) -> ((JlChannel) a[0]).take(n), chan);
        b.slow("fetch", (a, n) -> {
            JlChannel c = (JlChannel) a[0];
            if (c.capacity == 0) {
                throw Errors.error("`fetch` is not supported on an unbuffered Channel.", n);
            }
            return c.fetch(n);
        }, chan);
        b.slow("wait", (a, n) -> {
            ((JlChannel) a[0]).waitReady(n);
            return JlNothing.INSTANCE;
        }, chan);
        b.slow("_channel_close", (a, n) -> {
            ((JlChannel) a[0]).close(a[1]);
            return JlNothing.INSTANCE;
        }, chan, A);
        b.slow("isopen", (a, n) -> ((JlChannel) a[0]).isOpen(), chan);
        b.slow("_channel_navail", (a, n) -> ((JlChannel) a[0]).available(), chan);
        b.slow("_channel_capacity", (a, n) -> ((JlChannel) a[0]).capacity, chan);
        b.slow("eltype", (a, n) -> ((DataType) ((JlChannel) a[0]).jlType()).parameters[0], chan);

        // Atomics
        instanceConstructor(TaskTypes.Atomic, language, (t, a, n) -> {
            JlType elem = (JlType) t.parameters[0];
            JlAtomic.Kind kind = JlAtomic.kindOf(elem);
            if (kind == null) {
                throw Errors.argumentError("Threads.Atomic{" + elem.show() + "} is not supported: use a primitive integer, float or Bool type", n);
            }
            if (a.length == 0) {
                return new JlAtomic(t, elem, kind, convert(n, elem, 0L));
            } else if (a.length == 1) {
                return new JlAtomic(t, elem, kind, convert(n, elem, a[0]));
            }
            throw Errors.methodError(t.constructor(), a, n);
        });
        b.slow("getindex", (a, n) -> ((JlAtomic) a[0]).get(), atomic);
        b.slow("setindex!", (a, n) -> {
            JlAtomic x = (JlAtomic) a[0];
            x.set(convert(n, x.elementType, a[1]));
            return x;
        }, atomic, A);
        JlAtomic.Op[] ops = JlAtomic.Op.values();
        b.slow("_atomic_op", (a, n) -> {
            JlAtomic x = (JlAtomic) a[0];
            JlAtomic.Op op = ops[(int) (long) (Long) a[1]];
            return x.update(op, convert(n, x.elementType, a[2]));
        }, atomic, I, A);
        b.slow("_atomic_cas", (a, n) -> {
            JlAtomic x = (JlAtomic) a[0];
            return x.compareAndSwap(convert(n, x.elementType, a[1]), convert(n, x.elementType, a[2]));
        }, atomic, A, A);
        b.slow("_atomic_is_float", (a, n) -> JlAtomic.kindOf(((JlAtomic) a[0]).elementType) != null
                        && (((JlAtomic) a[0]).elementType == Types.Float64 || ((JlAtomic) a[0]).elementType == Types.Float32
                                        || ((JlAtomic) a[0]).elementType == Types.Float16T), atomic);
    }

    private static void bind(JlContext context, String name, Object value) {
        JlContext.defineConst(context.base, name, value);
    }

    /** {@code convert(T, v)} through Base (so user conversions apply) unless v already is a T. */
    private static Object convert(SlowBuiltin n, Object type, Object v) {
        JlType t = (JlType) type;
        if (Types.isa(v, t)) {
            return v;
        }
        return n.context().callBase("convert", t, v);
    }

    /** A channel size: a non-negative integer, or {@code Inf} for an unlimited one. */
    private static long channelSize(DataType t, Object size, Node n) {
        if (size instanceof Double d) {
            if (d == Double.POSITIVE_INFINITY) {
                return Long.MAX_VALUE;
            }
            if (d >= 0 && d == Math.rint(d)) {
                return d.longValue();
            }
        } else if (size instanceof Long l && l >= 0) {
            return l;
        } else if (size instanceof Integer i && i >= 0) {
            return i;
        }
        if (size instanceof Long || size instanceof Double || size instanceof Integer) {
            throw Errors.argumentError("Channel size must be either 0, a positive integer or Inf", n);
        }
        throw Errors.methodError(t.constructor(), new Object[]{size}, n);
    }

    @FunctionalInterface
    interface InstanceBody {
        Object apply(DataType type, Object[] args, SlowBuiltin node);
    }

    /** Calls of every instance of a parametric type ({@code Channel{Int}(32)}) go to one Java body that knows the instance. */
    private static void instanceConstructor(TypeFamily family, JlLanguage language, InstanceBody body) {
        family.setInstanceConstructor(t -> new Method(new JlType[0], Types.Any, null, null, new String[]{""}, "builtin", 0,
                        () -> new BuiltinRootNode(language, t.show(), new SlowBuiltin((a, n) -> body.apply(t, a, n), t.constructor()))));
    }
}
