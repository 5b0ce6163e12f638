package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency properties of tasks: nothing lost or duplicated under contention, failures
 * surface, nested @sync cannot deadlock, the runtime stays consistent while methods are defined
 * during calls, and closing a context ends pending tasks. No assertion depends on timing.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS) // generous for -Dtasks.repeat runs; a hang still ends the test
public class TasksTest {
    /** {@code -Dtasks.repeat=N} runs each test N times in a row (reliability runs; 1 in CI). */
    static final int REPEAT = Integer.getInteger("tasks.repeat", 1);

    static Context context() {
        return Context.newBuilder("jl").engine(TestSupport.ENGINE).allowCreateThread(true).option("jl.Threads", "2").build();
    }

    @Test
    void atomicAddFromManyTasksLosesNothing() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            Value r = ctx.eval("jl", """
                            a = Threads.Atomic{Int}(0)
                            @sync for i in 1:100_000
                                Threads.@spawn Threads.atomic_add!(a, 1)
                            end
                            a[]
                            """);
            assertEquals(100_000, r.asLong());
        }
    }

    @Test
    void aMillionAtomicAddsFromTenThousandTasks() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            Value r = ctx.eval("jl", """
                            a = Threads.Atomic{Int}(0)
                            @sync for t in 1:10_000
                                Threads.@spawn for k in 1:100
                                    Threads.atomic_add!(a, 1)
                                end
                            end
                            a[]
                            """);
            assertEquals(1_000_000, r.asLong());
        }
    }

    @Test
    void eightProducersEightConsumers() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            // every item is distinct; a lost or doubled one changes the count, the sum or the bit set
            Value r = ctx.eval("jl", """
                            n = 2_000
                            ch = Channel{Int}(16)
                            seen = falses(8n)
                            lk = ReentrantLock()
                            total = Threads.Atomic{Int}(0)
                            doubles = Threads.Atomic{Int}(0)
                            producers = [Threads.@spawn(for i in 1:n put!(ch, (p - 1) * n + i) end) for p in 1:8]
                            closer = Threads.@spawn (foreach(wait, producers); close(ch))
                            @sync for c in 1:8
                                Threads.@spawn for x in ch
                                    Threads.atomic_add!(total, x)
                                    lock(lk) do
                                        seen[x] && Threads.atomic_add!(doubles, 1)
                                        seen[x] = true
                                    end
                                end
                            end
                            string(count(seen), " ", total[], " ", doubles[])
                            """);
            long n = 16_000;
            assertEquals(n + " " + n * (n + 1) / 2 + " 0", r.asString());
        }
    }

    @Test
    void channelDeliversEachItemExactlyOnce() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            // 1 producer, 4 consumers over 10,000 items; then 3 producers into an unbuffered channel
            Value r = ctx.eval("jl", """
                            function consume_all(ch, nconsumers)
                                count = Threads.Atomic{Int}(0)
                                total = Threads.Atomic{Int}(0)
                                squares = Threads.Atomic{Int}(0)
                                @sync for w in 1:nconsumers
                                    Threads.@spawn for x in ch
                                        Threads.atomic_add!(count, 1)
                                        Threads.atomic_add!(total, x)
                                        Threads.atomic_add!(squares, x * x)
                                    end
                                end
                                (count[], total[], squares[])
                            end
                            n = 10_000
                            ch = Channel{Int}(64)
                            producer = Threads.@spawn begin
                                for i in 1:n
                                    put!(ch, i)
                                end
                                close(ch)
                            end
                            r1 = consume_all(ch, 4)
                            un = Channel{Int}(0)
                            producers = [Threads.@spawn(for i in p:3:n put!(un, i) end) for p in 1:3]
                            closer = @async (foreach(wait, producers); close(un))
                            r2 = consume_all(un, 4)
                            string(r1, " ", r2)
                            """);
            long n = 10_000;
            String one = "(" + n + ", " + n * (n + 1) / 2 + ", " + n * (n + 1) * (2 * n + 1) / 6 + ")";
            assertEquals(one + " " + one, r.asString());
        }
    }

    @Test
    void lockedCounterIsExact() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            Value r = ctx.eval("jl", """
                            lk = ReentrantLock()
                            c = Ref(0)
                            @sync for t in 1:8
                                Threads.@spawn for i in 1:2_000
                                    lock(lk) do
                                        c[] += 1
                                    end
                                end
                            end
                            c[]
                            """);
            assertEquals(16_000, r.asLong());
        }
    }

    @Test
    void taskFailureSurfacesAsTaskFailedException() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", "fetch(Threads.@spawn error(\"boom\"))"));
            assertTrue(e.isGuestException());
            // as Julia's show_task_exception: the task's error with its own stack trace, indented
            assertTrue(e.getMessage().startsWith("TaskFailedException\n\n    nested task error: boom\n    Stacktrace:\n     [1] "), e.getMessage());
            Value r = ctx.eval("jl", "try; wait(@async error(\"x\")); catch e; string(typeof(e), \" \", typeof(e.task.result), \" \", e.task.state); end");
            assertEquals("TaskFailedException ErrorException failed", r.asString());
        }
    }

    @Test
    void nestedSyncIsDeadlockFree() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            // a binary tree of tasks, 2^10 leaves, every level waiting in its own @sync
            Value r = ctx.eval("jl", """
                            function tree(depth, count)
                                if depth == 0
                                    Threads.atomic_add!(count, 1)
                                    return
                                end
                                @sync begin
                                    Threads.@spawn tree(depth - 1, count)
                                    @async tree(depth - 1, count)
                                end
                            end
                            count = Threads.Atomic{Int}(0)
                            @sync tree(10, count)
                            count[]
                            """);
            assertEquals(1024, r.asLong());
        }
    }

    @Test
    void methodsDefinedWhileTasksCallThem() {
        for (int rep = 0; rep < REPEAT; rep++) try (Context ctx = context()) {
            ctx.eval("jl", """
                            h(x) = 1
                            acc = Threads.Atomic{Int}(0)
                            started = Threads.Atomic{Int}(0)
                            workers = [Threads.@spawn begin
                                           Threads.atomic_add!(started, 1)
                                           s = 0
                                           for i in 1:50_000
                                               s += h(i)
                                           end
                                           Threads.atomic_add!(acc, s)
                                       end for k in 1:4]
                            """);
            for (int i = 0; i < 60; i++) {
                // new methods of the function being called, new functions, new globals and types
                ctx.eval("jl", "h(x::Float64) = 2; h(x::String) = 3; k" + i + "(x) = x + " + i + "; g" + i + " = " + i
                                + "; struct S" + i + "; v::Int; end");
            }
            Value r = ctx.eval("jl", "foreach(wait, workers); string(acc[], ' ', started[], ' ', h(1.0), ' ', k59(1), ' ', S59(2).v)");
            assertEquals("200000 4 2 60 2", r.asString());
        }
    }

    @Test
    void closingTheContextEndsPendingTasks() {
        Context ctx = context();
        ctx.eval("jl", """
                        blocked = @async take!(Channel(0))
                        spinning = Threads.@spawn begin
                            x = 0
                            while true
                                x += 1
                            end
                        end
                        sleeping = @async sleep(3600)
                        yield()
                        """);
        ctx.close();
    }

    /**
     * A task waiting on a Threads.Condition whose lock the main program still holds when it
     * fails: cancelling the context must end the task (a JDK Condition.await took the lock back
     * uninterruptibly, and closing waited for it forever; found by ProgramFuzzTest).
     */
    @Test
    void cancellingEndsATaskWaitingOnAConditionWhoseLockIsHeldForever() {
        for (int rep = 0; rep < REPEAT; rep++) {
            Context ctx = context();
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval("jl", """
                            cond = Threads.Condition()
                            waiter = Threads.@spawn begin
                                lock(cond)
                                try
                                    wait(cond)
                                finally
                                    unlock(cond)
                                end
                            end
                            while isempty(cond)   # (until the task waits)
                                yield()
                            end
                            lock(cond)
                            error("failed while holding the lock")
                            """));
            assertTrue(e.getMessage().contains("failed while holding the lock"), e.getMessage());
            ctx.close(true);
        }
    }
}
