# Task API: Task/schedule, fetch/wait, states, failures, current_task, sleep, yield.
# an error's message without the stack traces in it (their paths depend on where the test runs)
msg(e) = replace(sprint(showerror, e), r"\n *Stacktrace:(\n *\[\d+\] .*\n *@ .*)+" => "")
t = Task(() -> 6 * 7)
println(istaskstarted(t), " ", istaskdone(t), " ", t isa Task)
println(schedule(t) === t)
println(fetch(t), " ", istaskstarted(t), " ", istaskdone(t), " ", istaskfailed(t))
println(sprint(show, t)[1:15] == "Task (done) @0x")
s = @async begin
    sleep(0.01)
    "slept"
end
println(wait(s) === nothing, " ", fetch(s))
sq = [Threads.@spawn(i * i) for i in 1:5]
println(fetch.(sq))
bad = Threads.@spawn error("in task")
try
    fetch(bad)
catch err
    println(typeof(err), " ", istaskfailed(bad), " ", err.task === bad)
    println(msg(err))
end
try
    wait(Threads.@spawn throw(ArgumentError("bad argument")))
catch err
    println(msg(err))
end
println(sprint(show, bad)[1:17] == "Task (failed) @0x")
println(current_task() isa Task, " ", current_task() === current_task())
inner = @async current_task()
println(fetch(inner) === inner)
try
    wait(current_task())
catch err
    println(msg(err))
end
try
    sleep(-0.5)
catch err
    println(msg(err))
end
println(yield() === nothing, " ", fetch(17))
flag = Threads.Atomic{Bool}(false)
waiter = @async begin
    while !flag[]
        yield()
    end
    "released"
end
flag[] = true
println(fetch(waiter))
nested = Threads.@spawn fetch(Threads.@spawn fetch(Threads.@spawn 3) + 1)
println(fetch(nested))
try
    fetch(Threads.@spawn fetch(Threads.@spawn error("deep")))
catch err
    println(msg(err))
end
