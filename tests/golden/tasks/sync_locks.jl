# @sync, locks, conditions, events, atomics, @threads.
# an error's message without the stack traces in it (their paths depend on where the test runs)
msg(e) = replace(sprint(showerror, e), r"\n *Stacktrace:(\n *\[\d+\] .*\n *@ .*)+" => "")
x = @sync begin
    @async sleep(0.01)
    Threads.@spawn 1 + 1
    :value
end
println(x)
# @sync waits for tasks started in loops and by the tasks it started
done = Threads.Atomic{Int}(0)
@sync for i in 1:10
    @async begin
        Threads.@spawn begin
            sleep(0.001)
            Threads.atomic_add!(done, 1)
        end
        Threads.atomic_add!(done, 1)
    end
end
println(done[])
try
    @sync begin
        @async error("one")
        Threads.@spawn error("two")
        @async 1
    end
catch e
    println(typeof(e), " ", length(e.exceptions), " ", typeof(e.exceptions[1]))
end
try
    @sync begin
        @async error("only")
    end
catch e
    println(msg(e))
end
println(msg(CompositeException()))
lk = ReentrantLock()
println(islocked(lk), " ", trylock(lk), " ", islocked(lk))
lock(lk)
unlock(lk)
unlock(lk)
println(islocked(lk))
try
    unlock(lk)
catch e
    println(msg(e))
end
println(lock(() -> 42, lk), " ", islocked(lk))
other = @async lock(lk)
wait(other)
try
    unlock(lk)
catch e
    println(msg(e))
end
counter = Ref(0)
lk2 = ReentrantLock()
@sync for i in 1:200
    Threads.@spawn @lock lk2 counter[] += 1
end
println(counter[])
cond = Threads.Condition()
r = Threads.@spawn begin
    lock(cond)
    try
        wait(cond)
    finally
        unlock(cond)
    end
end
while true
    lock(cond)
    n = notify(cond, "woken")
    unlock(cond)
    n > 0 && break
    yield()
end
println(fetch(r))
try
    wait(cond)
catch e
    println(e)
end
bc = Condition()
bw = @async wait(bc)
while notify(bc, :ok) == 0
    yield()
end
println(fetch(bw))
ev = Event()
w = @async (wait(ev); "event")
notify(ev)
println(fetch(w))
a = Threads.Atomic{Int}(5)
println(a, " ", typeof(a))
println(Threads.atomic_add!(a, 3), " ", a[], " ", Threads.atomic_sub!(a, 1), " ", a[])
println(Threads.atomic_cas!(a, 7, 100), " ", a[], " ", Threads.atomic_cas!(a, 7, 1), " ", a[])
println(Threads.atomic_xchg!(a, 9), " ", Threads.atomic_max!(a, 20), " ", Threads.atomic_min!(a, 3), " ", a[])
println(Threads.atomic_and!(a, 6), " ", Threads.atomic_or!(a, 8), " ", Threads.atomic_xor!(a, 1), " ", a[])
f = Threads.Atomic{Float64}()
Threads.atomic_add!(f, 1.5)
Threads.atomic_add!(f, 2)
println(f[], " ", Threads.atomic_max!(f, 0.5), " ", f[])
big = Threads.Atomic{Int}(9223372036854775807)
println(Threads.atomic_add!(big, 1), " ", big[])
flag = Threads.Atomic{Bool}(false)
flag[] = true
println(flag[], " ", Threads.atomic_xchg!(flag, false), " ", flag[])
total = Threads.Atomic{Int}(0)
Threads.@threads for i in 1:100
    Threads.atomic_add!(total, i)
end
println(total[])
squares = [0 for i in 1:10]
Threads.@threads for i in 1:10
    squares[i] = i * i
end
println(squares)
try
    Threads.@threads for i in 1:4
        i == 3 && error("iteration 3")
    end
catch e
    println(typeof(e), " ", msg(e.exceptions[1]))
end
println(Threads.nthreads() >= 1, " ", 1 <= Threads.threadid() <= Threads.nthreads())
ids = [fetch(Threads.@spawn Threads.threadid()) for i in 1:20]
println(all(i -> 1 <= i <= Threads.nthreads(), ids))
try; Threads.@threads nothing_but_a_name; catch e; println(msg(e)); end

# Channel(f, size); a task's state/result/exception fields; Base.Semaphore
c2 = Channel(3) do ch
    for x in ("a", "b", "c")
        put!(ch, x)
    end
end
println(join(c2))
failing = @async error("boom")
try
    wait(failing)
catch e
    println(typeof(e), " ", msg(e.task.exception), " ", e.task.state, " ", e.task.result isa ErrorException)
end
ok_task = @async 1 + 1
wait(ok_task)
println(ok_task.state, " ", ok_task.result, " ", ok_task.exception, " ", propertynames(ok_task))
try
    ok_task.nofield
catch e
    println(msg(e))
end
sem = Base.Semaphore(2)
active = Threads.Atomic{Int}(0)
peak = Threads.Atomic{Int}(0)
@sync for i in 1:6
    Threads.@spawn Base.acquire(sem) do
        n = Threads.atomic_add!(active, 1) + 1
        Threads.atomic_max!(peak, n)
        sleep(0.005)
        Threads.atomic_sub!(active, 1)
    end
end
println(peak[] <= 2, " ", active[])
try
    Base.release(sem)
catch e
    println(msg(e))
end
try
    Base.Semaphore(0)
catch e
    println(msg(e))
end
