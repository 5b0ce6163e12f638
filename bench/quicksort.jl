# Recursive in-place quicksort of 200,000 random Float64s (Hoare partition).
include("harness.jl")
using Random
function qsort!(a, lo, hi)
    while lo < hi
        p = a[(lo + hi) >>> 1]
        i, j = lo, hi
        while i <= j
            while a[i] < p; i += 1; end
            while a[j] > p; j -= 1; end
            if i <= j
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
            end
        end
        if j - lo < hi - i
            qsort!(a, lo, j)
            lo = i
        else
            qsort!(a, i, hi)
            hi = j
        end
    end
    a
end
function sort_random()
    Random.seed!(1)
    a = rand(200_000)
    qsort!(a, 1, length(a))
    issorted(a)
end
measure("quicksort", sort_random)
