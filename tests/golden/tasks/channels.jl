# Channels: buffered, unbuffered, closing, iteration, collect, producer functions, bind.
# an error's message without the stack traces in it (their paths depend on where the test runs)
msg(e) = replace(sprint(showerror, e), r"\n *Stacktrace:(\n *\[\d+\] .*\n *@ .*)+" => "")
c = Channel{Int}(2)
println(c, " ", eltype(c), " ", isopen(c), " ", isready(c))
put!(c, 1)
put!(c, 2.0)                      # converted to the element type
println(isready(c), " ", fetch(c), " ", take!(c), " ", take!(c), " ", isready(c))
close(c)
println(isopen(c))
try
    put!(c, 3)
catch e
    println(msg(e))
end
try
    take!(c)
catch e
    println(typeof(e), " ", e.state)
end
println(Channel(3), " ", Channel(), " ", Channel{Float64}(Inf))
try
    Channel(-1)
catch e
    println(msg(e))
end
u = Channel(0)
try
    fetch(u)
catch e
    println(msg(e))
end
@async begin
    for i in 1:3
        put!(u, i * 10)
    end
    close(u)
end
for x in u
    println("got ", x)
end
p = Channel{String}(ch -> (put!(ch, "a"); put!(ch, "b")))
println(collect(p), " ", isopen(p))
q = Channel(ch -> foreach(i -> put!(ch, i), 1:4); ctype=Int, csize=4)
println(typeof(q), " ", collect(q))
failing = Channel(ch -> (put!(ch, 1); error("producer failed")))
println(take!(failing))
try
    take!(failing)
catch e
    println(msg(e))
end
b = Channel(1)
worker = @async 99
bind(b, worker)
wait(worker)
println(isopen(b))
closed_with = Channel(1)
close(closed_with, ArgumentError("custom"))
try
    take!(closed_with)
catch e
    println(msg(e))
end
buf = Channel{Int}(10)
put!(buf, 5)
close(buf)
println(collect(buf))
results = Channel{Int}(100)
@sync for w in 1:4
    Threads.@spawn for j in 1:25
        put!(results, w * 100 + j)
    end
end
close(results)
got = collect(results)
println(length(got), " ", sum(got))
