# Float ranges: elements are the decimals one expects (0.3, not 0.30000000000000004).
r = 0:0.1:1
println(r, " ", length(r), " ", r[4], " ", collect(r)[end], " ", sum(r))
println(collect(-2.0:0.5:0.5), " ", length(1.0:3.0), " ", collect(1:0.5:2))
# steps that are not decimals, descending and empty ranges, a zero step
println(0.0:pi:10.0, " ", 1.0:0.3:2.0, " ", length(1.0:0.3:2.0), " ", length(2.0:-0.1:1.0), " ", (2.0:-0.1:1.0)[end])
println(1.0:1.0:0.0, " ", length(1.0:1.0:0.0), " ", collect(0.1:0.1:0.5))
try
    1.0:0.0:2.0
catch e
    println(e)
end
# a float range built and run in a loop inside a function (the counted loop path)
function sumgrid()
    n = 0
    last = 0.0
    for k in 1:3, x in -1.0:0.1:1.0
        n += 1
        last = x * k
    end
    n, last
end
println(sumgrid(), " ", maximum(x for x in -1.0:0.1:0.25))
# mixed endpoints are promoted (each pair of float positions once was ambiguous)
println(collect(0:0.1:0.3), " ", 0.0:1:3.0, " ", 0.5:0.5:1, " ", 1:2:5.0, " ", 0.5f0:0.25f0:1.0f0, " ", Int32(1):2:7)
# one site making ranges of several shapes (its first shape is cached), then a zero step at it
steps(a, s) = a:s:1.0
println([length(steps(a, s)) for a in (0.0, 0.5, -1.0), s in (0.25, 0.1)], " ", steps(-0.0, 0.5), " ", steps(0.0, 0.5))
try
    steps(0.0, 0.0)
catch e
    println(e)
end
