# Julia 1.9+ keeps the old entry points into the sorting internals (sort.jl, "Old
# extensibility mechanisms"): sort!(v, alg, order) and sort!(v, lo, hi, alg, order[, scratch])
v = [5, 4, 3, 2, 1]
println(sort!(v, 2, 4, InsertionSort, Base.Order.Forward))
println(sort!([3, 1, 2], MergeSort, Base.Order.Reverse))
println(sort!([3, 1, 2], QuickSort, Base.Order.By(x -> -x)))
w = [9, 8, 7, 6, 5, 4]
sort!(w, 1, 3, MergeSort, Base.Order.Forward, nothing)
println(w)
println(sort!([2, 1], 2, 1, InsertionSort, Base.Order.Forward))
