# Run by bin/test with --engine.TraceCompilation: `probe` must compile once.
# `s` starts as an Int and becomes a Float64 in the loop, so its slot holds boxes; a variable
# assigned in a loop also has shadow slots for a flattened struct. Reading those through the
# marker loaded from the frame (not a constant there) made escape analysis materialise the frame,
# and every frame access became a deoptimisation: the first compilation of `probe` deoptimised
# at entry, and it ran interpreted until compiled a second time.
function probe(v)
    s = 0
    for k in 1:length(v)
        s = s + v[k]
    end
    s
end
const V = rand(10)
function driver()
    c = 0.0
    for i in 1:200_000
        c += probe(V)
    end
    c
end
for i in 1:10
    driver()
end
println(driver() > 0)
