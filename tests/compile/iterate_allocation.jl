# Run by bin/test with --engine.TraceCompilation: prints true once `probe` runs compiled without
# allocating, and `probe` must compile at most a few times on the way.
# A for loop over a user-defined iterator whose `iterate` is `cond ? nothing : (value, state)`:
# returned as an object, the tuple merged with `nothing` inside the inlined `iterate`, where
# escape analysis had to allocate it (94 bytes per element). The loop now passes a TupleReturn
# that the tuple expression writes into (docs/internals.md); around it, an enumerate and a
# generator are applied by the loop itself.
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)
function probe(n)
    s = 0
    for x in Countdown(n)
        s += x
    end
    for (i, x) in enumerate(Countdown(n))     # wrappers applied by the loop (WrappedIteration)
        s += i * x
    end
    s + sum(x * x for x in Countdown(n))     # and from the first element on, through Iterators.rest
end
include("compiled_allocation.jl")
report_compiled_allocation(probe)
