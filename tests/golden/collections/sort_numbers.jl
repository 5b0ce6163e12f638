# Sorting Int64 and Float64 vectors by isless is the runtime's sort of the unboxed store, and
# sortperm of them a stable merge sort of indices; other orders use Base's merge sort. Results
# must be the same as isless gives: -0.0 before 0.0, NaN last, ties in index order for sortperm.
v = [3.0, -0.0, NaN, 0.0, -Inf, 1.0, 0.0]
println(sort(v), " ", sort(v, rev = true))
println(sort!([3, 1, 2]), " ", sort([2, 1], rev = true), " ", sort(Int[]), " ", sort([1.0]))
w = [3, 1, 2, 1, 3]
println(sortperm(w), " ", sortperm(w, rev = true), " ", sortperm(Int[]))
println(sortperm([2.0, NaN, -0.0, 0.0, 2.0]), " ", sortperm([2.0, NaN, -0.0, 0.0, 2.0], rev = true))
println(sort(w, by = x -> -x), " ", sort(w, lt = >), " ", sortperm(w, by = x -> x % 2), " ", sort(Int32[3, 1, 2]))
big_v = [(i * 7919) % 10007 for i in 1:10000]
s = sort(big_v)
println(issorted(s), " ", s[1], " ", s[end], " ", sum(s) == sum(big_v), " ", big_v[sortperm(big_v)] == s)
f = [sin(i) for i in 1:5000]
println(issorted(sort(f)), " ", sort(f, rev = true)[1] == maximum(f), " ", f[sortperm(f, rev = true)] == sort(f, rev = true))
# unique keeps the first of equal elements, in order, with the array's element type
println(unique([3, 1, 3, 2]), " ", unique([1, 1.0, 2]), " ", unique(x -> x % 2, [1, 2, 3, 4]), " ", unique("abca"), " ",
        unique(Any[1, "a", 1]), " ", unique([[1], [1], [2]]), " ", unique(Int[]), " ", unique((1, 2, 1)), " ", unique(x for x in [2, 2, 3]))
println(length(unique([(i * 7919) % 5003 for i in 1:20000])))
println(sort(1:3; by = identity), " ", sort(3:-1:1), " ", sort(1:3; rev = true), " ", sort(1:2:7), " ", sort(5:4))
