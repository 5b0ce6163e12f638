# reductions of f over dims (sum/prod/maximum/minimum/count), count!/extrema!/findmax!/findmin!, strides/stride, promote_shape, checkindex, to_indices, Colon(), curried predicates as Base.Fix2 (startswith("a"), >(1), ...)
A = [1 5; 3 2]
println(sum(x -> x > 1, A; dims = 1), " ", sum(abs2, A; dims = 2), " ", maximum(abs, -A; dims = 1), " ", minimum(x -> -x, A; dims = 2), " ", prod(x -> x + 1, A; dims = 1))
println(count(>(1), A; dims = 1), " ", count([true false; true true]; dims = 2), " ", count(iseven, 1:10; init = 5), " ", count!([0 0], [true false; true true]), " ", extrema!([(0,0) (0,0)], A))
v = zeros(Int, 2, 1); ii = Array{CartesianIndex{2}}(undef, 2, 1)
println(findmax!(v, ii, A), " ", findmin!(zeros(Int, 1, 2), Array{CartesianIndex{2}}(undef, 1, 2), A))
println(sum(abs, [-1, 2]), " ", count(isodd, [1, 2, 3]), " ", maximum(length, ["a", "bcd"]))
println(strides(zeros(2,3,4)), " ", stride(zeros(2,3), 2), " ", stride(zeros(2,3), 3), " ", strides([1,2]))
println(promote_shape((2,3), (2,3,1)), " ", promote_shape((2,), (2,)))
try promote_shape((2,), (3,)) catch e; println(e) end
try promote_shape((2,3), (2,)) catch e; println(e) end
println(checkindex(Bool, 1:3, 2), checkindex(Bool, 1:3, 4), checkindex(Bool, 1:3, :), checkindex(Bool, 1:3, [1, 3]), checkindex(Bool, 1:3, 0:1))
x = [1 2; 3 4]
println(x[Colon(), 1], " ", Colon() === (:), " ", (:) isa Colon, " ", typeof(:), " ", Colon)
f(::Colon) = "all"
f(i) = "one"
println(f(:), f(1))
println(filter(startswith("a"), ["ab", "b"]), filter(endswith("b"), ["ab", "ba"]), filter(contains("x"), ["xy", "z"]), filter(occursin("ab"), ["cab", "d"]))
println(typeof(>(1)), " ", >(1), " ", count(>(1), [1, 2, 3]), " ", ==(2)(2), " ", in([1,2])(2), " ", ∉([1])(2))
