# Tasks, timers, errors and I/O details checked against Julia 1.10 (session 37)
msg(e) = replace(sprint(showerror, e), r"\n *Stacktrace:(\n *\[\d+\] .*\n *@ .*)+" => "")
t(f) = try println(f()) catch e; println("ERROR: ", msg(e)) end

# a one-shot timer closes itself when it fires; waiting on a closed timer is an EOFError
tm = Timer(0.01)
wait(tm)
println(isopen(tm))
t(() -> wait(tm))
# a repeating timer's callback runs until the timer is closed
count = Ref(0)
rep = Timer(tm -> (count[] += 1; count[] == 3 && close(tm)), 0.01; interval = 0.01)
timedwait(() -> !isopen(rep), 30.0)   # not a fixed sleep: a loaded machine may be slow
println(count[], " ", isopen(rep))
quiet = Timer(_ -> println("never printed"), 5.0)
close(quiet)
t(() -> Timer(-1))

# Channel{T}(f, size; spawn, taskref) and Ref{T}()
c = Channel{Int}(2; spawn = true) do ch
    foreach(i -> put!(ch, i), 1:3)
end
println(collect(c))
ref = Ref{Task}()
c2 = Channel(ch -> put!(ch, :done); taskref = ref)
println(take!(c2), " ", ref[] isa Task, " ", isassigned(ref), " ", isassigned(Ref{String}()))
c3 = Channel{String}(3)
show(stdout, MIME"text/plain"(), c3); println()
put!(c3, "a"); put!(c3, "b")
show(stdout, MIME"text/plain"(), c3); println()
take!(c3)
show(stdout, MIME"text/plain"(), c3); println()
close(c3)
show(stdout, MIME"text/plain"(), c3); println()

# schedule with a value, with an error, and yield to a task
task = Task(() -> :ran)
schedule(task, 5)
println(fetch(task))
task = Task(() -> :never)
schedule(task, ArgumentError("refused"); error = true)
t(() -> fetch(task))
started = Channel{Bool}(1)
sleeper = @async try
    put!(started, true)
    sleep(10)
    "slept"
catch e
    "interrupted by $(typeof(e))"
end
take!(started)   # the task runs before it is interrupted, however loaded the machine
sleep(0.1)
schedule(sleeper, InterruptException(); error = true)
println(fetch(sleeper))
task = Task(() -> println("ran after yield"))
yield(task)
wait(task)

# a failed task keeps its exception stack
failing = Threads.@spawn throw(DomainError(-1, "negative"))
try fetch(failing) catch end
println(current_exceptions(failing)[1].exception)
println(length(current_exceptions(failing)), " ", length(current_exceptions(current_task())))
t(() -> wait(@async error("inner failure")))

# `finally` runs with the error on the exception stack; an error it throws is caused by it
try
    try
        error("first")
    finally
        println("in finally: ", [x.exception for x in current_exceptions()])
        error("second")
    end
catch e
    println(e, " caused by ", current_exceptions()[1].exception)
end

# read! fills arrays of any bits number type
io = IOBuffer()
write(io, Int16[1, -2, 3])
write(io, [1.5, -0.25])
seekstart(io)
println(read!(io, zeros(Int16, 3)), " ", read!(io, Vector{Float64}(undef, 2)))
t(() -> read!(io, zeros(Int32, 1)))

# BoundsError names every index as Julia's show_index does
A = zeros(2, 3)
t(() -> A[:, 4])
t(() -> A[3, :])
t(() -> A[[true, false, true], 1])
t(() -> A[2, [true, false, true, true]])

# the program ends with tasks still waiting: they just stop (no finally, no error report)
@async try
    sleep(10)
finally
    println("not printed: the program exits")
end
errormonitor(@async sleep(10))
Timer(_ -> println("not printed either"), 5)
println("main done")
