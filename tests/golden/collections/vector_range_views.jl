# view of a vector by a unit range (its own fast path): same type, sharing, bounds as the general view
v = collect(1:10)
w = view(v, 2:5)
println(w, " ", typeof(w), " ", sum(w), " ", w[2], " ", length(view(v, 11:10)), " ", parent(w) === v, " ", parentindices(w))
w[1] = 100; println(v[2], " ", size(w), " ", collect(w))
try view(v, 0:3) catch e; println(sprint(showerror, e)) end
try view(v, 5:11) catch e; println(sprint(showerror, e)) end
println(summary(w))
