# Run by bin/test with --engine.TraceCompilation: `probe` must compile, a few times at most.
# A where-method (Base's getindex of a SubArray) reached by several argument types binds its
# variables in a StaticParamsNode; once it had seen two type tuples it invalidated its code on
# every call, so every caller that inlined it deoptimized ("Deopt taken too many times") and ran
# interpreted for good: a second view type anywhere made every view loop ~1 µs per element.
function probe(x)
    s = 0.0
    for i in 1:length(x)
        s += x[i]
    end
    s
end
const v = rand(1000)
const A = rand(1000, 2)
const a = view(v, 2:length(v))
const b = view(A, :, 1)
function driver()
    t = 0.0
    for i in 1:3000
        t += probe(a) + probe(b)
    end
    t
end
for i in 1:10
    driver()
end
println(driver() > 0)
