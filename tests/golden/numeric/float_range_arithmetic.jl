# Arithmetic on float ranges gives ranges whose elements are the decimals one expects
r = 0:0.1:1
println(r .+ 1, " ", collect(r .+ 1) == collect(1.0:0.1:2.0))
println(r * 3, " ", collect(r * 3))
println(r / 3, " ", (r / 3)[4] == 0.1)
println(r[2:2:end], " ", collect(r[2:2:end]))
println(reverse(r), " ", collect(reverse(r)) == reverse(collect(r)))
println(r + r, " ", r - r[end:-1:1])
println((1:11) + r)
println(2 .* r, " ", r ./ 2, " ", 1 .- r, " ", r .- 0.5)
println((0:0.1:0.3) .+ 0.05, " ", (0:0.5:2) .+ 1)
println((1:5) .- 0.5, " ", 2.5 .- (1:3))
# integer ranges of one length add to ranges (StepRangeLen, so a zero step is fine: Julia ≥ 1.7's range.jl)
println((1:3) + (1:3), " ", (1:2:7) - (1:4), " ", (1:3) - (3:5))
try
    (1:3) + (1:4)
catch e
    println(sprint(showerror, e))
end
# LinRange keeps its kind
l = LinRange(0, 1, 5)
println(-l, " ", l .+ 1, " ", 1 .- l)
println(l / 2, " ", 2l, " ", l[1:2:5], " ", l + l, " ", reverse(l))
println(typeof(l .+ 1), " ", collect(l[2:3]))
