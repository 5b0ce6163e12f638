# reshape of a non-Array (a range, a view) is a lazy Base.ReshapedArray, displayed and indexed as Julia's
r = reshape(1:12, 3, 4)
display(r); println()
println(r, " ", typeof(r), " ", r[2, 3], " ", r[5], " ", sum(r), " ", r .* 2, " ", collect(r))
println(reshape(1:6, 6), " ", vec(1:3), " ", reshape(r, 12), " ", typeof(reshape(r, 2, 6)))
A = [1 2 3; 4 5 6]
v = view(A, 1, :)
R = reshape(v, 3, 1)
R[2, 1] = 20
println(A, " ", R)
display(R); println()
try reshape(1:6, 4) catch e; println(e) end
try r[13] catch e; showerror(stdout, e); println() end
try r[4, 1] catch e; showerror(stdout, e); println() end
println(size(reshape(1:6, :, 2)), " ", LinearIndices((2, 3)), " ", r == reshape(collect(1:12), 3, 4), " ", r[:, 2], " ", r[2, :])
for x in reshape(1:4, 2, 2); print(x, " "); end
println()
println(map(x -> x + 1, reshape(1:4, 2, 2)), " ", permutedims(reshape(1:4, 2, 2)), " ", transpose(reshape(1:4, 2, 2)))
println(reshape(1:8, 2, 2, 2)[2, 1, 2], " ", maximum(reshape(1:8, 2, 4); dims = 1), " ", reshape(1:4, 2, 2) * [1, 1])
display(reshape(view([1.0, 2, 3, 4], 1:4), 2, 2)); println()
display(reshape(1:6, 1, 6)); println()
try reshape(1:6, 4, 2) catch e; println(e) end
try r[1] = 5 catch e; println(e) end
println(reshape(reshape(1:6, 2, 3), 3, 2), " ", typeof(reshape(reshape(1:6, 2, 3), 6)), " ", similar(r) isa Matrix{Int})
