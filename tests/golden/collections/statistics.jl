# Statistics as Julia 1.10 computes it (values from its documentation where it gives them)
using Statistics
println(mean([1, 2, 3]), " ", mean(1:20), " ", mean(sqrt, [1, 2, 3]), " ", mean([1 2; 3 4], dims = 1), " ", mean([1 2; 3 4], dims = 2))
println(median([3, 1, 2]), " ", median([1, 2, 3, 4]), " ", median([1, 2, missing, 4]), " ", median(skipmissing([1, 2, missing, 4])), " ", median([1 2; 3 4], dims = 1))
println(var([1, 2, 3, 4]), " ", std([1.0, 2.0, 3.0]), " ", var(1:10), " ", var([1, 2, 3, 4]; corrected = false), " ", std([1 2; 3 4]; dims = 1))
println(quantile(0:20, 0.5), " ", quantile(0:20, [0.1, 0.5, 0.9]), " ", quantile([3, 2, 1], 0.3), " ", quantile(sqrt, [1, 3, 2], (0.3, 0.4, 0.5)))
println(cov([1, 2, 3], [1, 5, 7]), " ", cor([1, 2, 3], [1, 5, 7]), " ", cor([1 2; 2 4; 3 7]), " ", cov([1.0 2; 2 4; 3 7]))
println(middle(1:10), " ", middle([1, 2, 3.6, 10.9]), " ", middle(3), " ", mean(Float64[]), " ", varm([1, 2, 3], 2), " ", stdm([1, 2, 3], 2))
try median(Int[]) catch e; println(e) end
