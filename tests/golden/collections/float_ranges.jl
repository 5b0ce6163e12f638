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
