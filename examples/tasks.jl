# Parallel map with tasks: each chunk of the work runs in its own task (a virtual thread).
function work(n)
    s = 0
    for k in 1:n
        s += k % 7
    end
    s
end

function parallel_sum(chunks, n)
    tasks = [Threads.@spawn work(n) for _ in 1:chunks]
    return sum(fetch(t) for t in tasks)
end

println("threads: ", Threads.nthreads() >= 1)
println("parallel sum: ", parallel_sum(4, 1_000_000))
println("serial sum:   ", 4 * work(1_000_000))

# A producer and a consumer talking through a channel.
ch = Channel{Int}(10)
producer = Threads.@spawn begin
    for i in 1:5
        put!(ch, i * i)
    end
    close(ch)
end
println("squares: ", collect(ch))
wait(producer)
