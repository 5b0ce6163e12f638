# Shared by the allocation checks in tests/compile: prints true once `probe(100_000)` allocates
# under 10 KB (given up to 400 tries for the JIT to compile it), else how much it allocated.
function report_compiled_allocation(probe)
    allocated = -1
    for attempt in 1:400
        probe(10_000)
        allocated = @allocated probe(100_000)
        allocated < 10_000 && break
    end
    println(allocated < 10_000 ? true : "allocated $allocated bytes for 100000 iterations")
end
