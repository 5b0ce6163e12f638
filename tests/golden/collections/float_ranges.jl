# Float ranges: elements are the decimals one expects (0.3, not 0.30000000000000004).
r = 0:0.1:1
println(r, " ", length(r), " ", r[4], " ", collect(r)[end], " ", sum(r))
println(collect(-2.0:0.5:0.5), " ", length(1.0:3.0), " ", collect(1:0.5:2))
