# WeakKeyDict: keys held weakly; an entry goes once its key is collected
k1 = [1]; k2 = [2]
w = WeakKeyDict(k1 => "a", k2 => "b")
println(typeof(w), " ", length(w), " ", w[k1], " ", haskey(w, [2]), " ", get(w, [3], "none"))
delete!(w, k2)
println(w)
addtemp!(w) = (w[[9]] = "temp"; nothing)   # a key nothing else refers to
addtemp!(w)
println(length(w))
GC.gc()
println(length(w), " ", w)
w2 = WeakKeyDict{Vector{Int}, Int}()
w2[k1] = 5
println(w2, " ", isempty(WeakKeyDict()), " ", get!(w2, k2, 7), " ", pop!(w2, k2), " ", collect(keys(w2)), " ", collect(values(w2)))
try
    w2["x"] = 1
catch e
    println(e)
end
