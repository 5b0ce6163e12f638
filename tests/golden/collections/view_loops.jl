# Loops, comprehensions, sum and map over views count through them by linear index.
v = collect(1:10); W = view(v, 2:2:10); M = view(reshape(collect(1:12), 3, 4), 2:3, 2:3)
t = 0; for x in W; global t += x; end
println(t, " ", collect(W), " ", [x for x in M], " ", sum(M), " ", map(x -> 2x, W), " ", maximum(M), " ", collect(enumerate(W))[2])
for (i, x) in enumerate(M); print(i, "=>", x, " "); end; println()
