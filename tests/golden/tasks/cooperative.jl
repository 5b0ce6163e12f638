# @async tasks take turns with the task that started them, as on one Julia thread: they run only
# where that task blocks (wait, fetch, take!, sleep, lock) or yields, so updates to shared state
# between those points need no lock. Threads.@spawn tasks still run in parallel.
results = Int[]
@sync for i in 1:2000
    @async push!(results, i)
end
println(length(results), " ", results == 1:2000)   # started in order, run in order
counts = Dict{Int,Int}()
@sync for i in 1:500
    @async counts[i % 7] = get(counts, i % 7, 0) + 1
end
println(sum(values(counts)), " ", sort(collect(counts)))
total = 0
@sync for i in 1:1000
    @async global total += i
end
println(total)

# the order of turns: a started task runs at its creator's next yield, a yield goes behind the others
log = String[]
t = @async (push!(log, "A1"); yield(); push!(log, "A2"))
push!(log, "M1"); yield(); push!(log, "M2"); wait(t)
println(join(log, " "))
log = String[]
ts = [@async(for k in 1:3; push!(log, "$i.$k"); yield(); end) for i in 1:3]
push!(log, "main")
foreach(wait, ts)
println(join(log, " "))

# nothing runs before the creator blocks, however long it computes
log = String[]
t = @async push!(log, "task")
s = 0
for i in 1:200_000
    global s += i % 3
end
push!(log, "computed $s")
wait(t)
println(join(log, " "))

# a producer and a consumer on an unbuffered channel alternate
ch = Channel{Int}(0)
log = String[]
p = @async for i in 1:4
    push!(log, "put $i")
    put!(ch, i)
end
for x in ch
    push!(log, "took $x")
    x == 4 && break
end
wait(p)
println(join(log, ", "))

# sleeping gives the turn away; the sleeper comes back after those ready to run
log = String[]
t = @async (push!(log, "task starts"); sleep(0.05); push!(log, "task wakes"))
yield()
push!(log, "main sleeps")
sleep(0.5)   # (a margin for a loaded machine: the task sleeps a tenth of it)
push!(log, "main wakes")
wait(t)
println(join(log, "; "))

# a task made by hand and scheduled is sticky too; Threads.@spawn is not
t = Task(() -> 1)
println(t.sticky, " ", (Threads.@spawn 1).sticky, " ", (@async 1).sticky)

# @spawn tasks run alongside the main task: a spin on an atomic the other sets ends
flag = Threads.Atomic{Int}(0)
w = Threads.@spawn begin
    while flag[] == 0
    end
    "saw the flag"
end
flag[] = 1
println(fetch(w))

# $x in @async / Threads.@spawn is the value x has when the task is made
x = 1
t = @async $x + 1
x = 100
println(fetch(t), " ", fetch(Threads.@spawn $x * 2), " ", fetch(@async :($x)) == :($x))
