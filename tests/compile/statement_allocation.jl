# Run by bin/test with --engine.TraceCompilation: prints true once `probe` runs compiled without
# allocating, and `probe` must compile at most a few times on the way.
# `if c; k += 1; end` and `c && (k += 1)` as statements: their values (the boxed new `k`, merged
# with `nothing` or `false`) are dropped, but a merge of a new box with a constant made escape
# analysis allocate the box (12 bytes an iteration). Statements now run as executeVoid.
function probe(n)
    k = 0
    j = 0
    for i in 1:n
        if iseven(i)
            k += 1
        end
        i % 3 == 0 && (j += 2)
        i % 5 == 0 || (j -= 1)
    end
    k + j
end
include("compiled_allocation.jl")
report_compiled_allocation(probe)
