# @elapsed, @timed and @allocated run their expression where they stand, as Julia's (a block
# with locals, not a scope): an assignment inside defines the variable around them
for k in 1:2
    t = @elapsed r = sum(1:10) * k
    println(r, " ", t >= 0)
end
s = @timed q = 7
println(q, " ", s.value)
b = @allocated w = [1, 2, 3]
println(w, " ", b >= 0)
function inner()
    e = @elapsed m = 3
    m + 1
end
println(inner())
println(isdefined(Main, :t0), " ", any(n -> occursin("t0", string(n)), names(Main; all = true)))
