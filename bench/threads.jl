# Parallel work on tasks: each of 8 tasks sums a slice, then the partial sums are added.
include("harness.jl")
function partial(lo, hi)
    s = 0
    for k in lo:hi
        s += k % 7 * (k % 11)
    end
    s
end
function parallel_sum(n, parts)
    step = n ÷ parts
    tasks = [Threads.@spawn partial((p - 1) * step + 1, p * step) for p in 1:parts]
    sum(fetch(t) for t in tasks)
end
measure("threads", () -> parallel_sum(20_000_000, 8))
