# How a Task shows, as Julia 1.10's base/task.jl and show.jl: "Task (state) @0x<address>" (a
# runnable task that began to run says "runnable, started"), and the text/plain form of a failed
# task adds its exception stack, each line after the first indented by four spaces. The address
# differs from run to run, so it is blanked out here.
noaddr(s) = replace(s, r"@0x[0-9a-f]{16}" => "@0x…")
t = @async error("boom")
try
    wait(t)
catch e
    println(typeof(e))
end
println(istaskfailed(t), " ", istaskdone(t), " ", t.state)
println(noaddr(sprint(show, t)))
lines = split(noaddr(sprint(show, MIME"text/plain"(), t)), '\n')
println(lines[1])
println(lines[2])
println(lines[3])
println(all(l -> startswith(l, "    "), lines[3:end]))
# display goes through the same text/plain method
buf = IOBuffer()
display(TextDisplay(buf), t)
println(split(noaddr(String(take!(buf))), '\n')[1:2])

done = @async 1 + 1
wait(done)
println(noaddr(sprint(show, MIME"text/plain"(), done)))

created = Task(() -> 2)
println(istaskstarted(created), " ", noaddr(repr(created)))

ch = Channel{Int}()
waiter = @async take!(ch)
println(istaskstarted(waiter), " ", noaddr(repr(waiter)))
yield()   # the waiter runs until it blocks on the channel
println(istaskstarted(waiter), " ", noaddr(repr(waiter)))
put!(ch, 1)
println(fetch(waiter), " ", noaddr(repr(waiter)))
