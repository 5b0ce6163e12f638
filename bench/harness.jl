# Shared by the kernels in bench/: runs a kernel `runs` times (ARGS[1], default 20) and prints
# the median time of the last half of the runs, when the JIT has had time to compile it.
#
# Warm-up mode (bench/warmup sets these): with JL_BENCH_SECONDS, the kernel runs until that many
# seconds have passed since JL_BENCH_T0 (the wall-clock time the process was started, from
# `date +%s.%N`), and the line also says how the runs that started 5 s or more after the start
# compare with the steady state.
function measure(name, kernel)
    t0 = haskey(ENV, "JL_BENCH_T0") ? parse(Float64, ENV["JL_BENCH_T0"]) : time()
    seconds = haskey(ENV, "JL_BENCH_SECONDS") ? parse(Float64, ENV["JL_BENCH_SECONDS"]) : 0.0
    runs = isempty(ARGS) ? 20 : parse(Int, ARGS[1])
    times = Float64[]
    starts = Float64[]
    result = nothing
    while length(times) < runs || (seconds > 0 && time() - t0 < seconds)
        push!(starts, time() - t0)
        t = time_ns()
        result = kernel()
        push!(times, (time_ns() - t) / 1.0e6)
    end
    steady = median_of_last_half(times)
    print(rpad(name, 10), lpad(string(round(steady, digits = 2)), 10), " ms   first run ",
          round(times[1], digits = 1), " ms   result ", result)
    if seconds > 0
        late = times[starts .>= 5.0]
        print("   runs after 5 s: ", length(late))
        if !isempty(late)
            within = count(<=(1.5 * steady), late) / length(late)
            print(", median ", round(median(late) / steady, digits = 2), "x of steady, ",
                  round(100 * within, digits = 1), "% within 1.5x, slowest ", round(maximum(late) / steady, digits = 2), "x")
        end
    end
    println()
end

# the median of the last half (rounded up) of the times
median_of_last_half(times) = median(times[end-cld(length(times), 2)+1:end])

function median(times)
    v = sort(times)
    h = length(v)
    return isodd(h) ? v[(h + 1) ÷ 2] : (v[h ÷ 2] + v[h ÷ 2 + 1]) / 2
end
