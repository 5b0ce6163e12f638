# A floating-point reduction: sum of 1/k^2, repeated.
include("harness.jl")
function pisum()
    s = 0.0
    for _ in 1:200
        s = 0.0
        for k in 1:10000
            s += 1.0 / (k * k)
        end
    end
    s
end
measure("pisum", pisum)
