# Shared by the kernels in bench/: runs a kernel `runs` times (ARGS[1], default 20) and prints
# the median time of the last half of the runs, when the JIT has had time to compile it.
function measure(name, kernel)
    runs = isempty(ARGS) ? 20 : parse(Int, ARGS[1])
    times = Float64[]
    result = nothing
    for _ in 1:runs
        t0 = time_ns()
        result = kernel()
        push!(times, (time_ns() - t0) / 1.0e6)
    end
    h = cld(runs, 2)
    tail = sort(times[end-h+1:end])
    median = isodd(h) ? tail[(h + 1) ÷ 2] : (tail[h ÷ 2] + tail[h ÷ 2 + 1]) / 2
    println(rpad(name, 10), lpad(string(round(median, digits = 2)), 10), " ms   first run ",
            round(times[1], digits = 1), " ms   result ", result)
end
