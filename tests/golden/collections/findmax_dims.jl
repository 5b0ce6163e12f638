# findmax/findmin along a dimension of a matrix: the values and their CartesianIndex
println(findmax([1 5; 3 4]; dims = 1))
println(findmin([1 5; 3 4]; dims = 2))
println(findmax([1.0 NaN; 3 4]; dims = 1))
println(findmax([1 5; 3 4]), " ", findmin([1 5; 3 4]; dims = :), " ", argmax([1 5; 3 4]))
