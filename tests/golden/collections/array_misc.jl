# clamp!, replace/replace! of arrays, diff with dims, extrema(f, itr), permute!, invperm, isdisjoint, LinearIndices of dims, copy!, keyword splat of 2-tuples, mod into a range, clamp to an integer type
println(clamp!([1, 5, 10], 2, 8), " ", replace!([1, 2, 1], 1 => 0), " ", replace([1, 2, 1, 3], 1 => 0, 3 => 9), " ", replace(["a", "b"], "a" => "z"))
println(diff([1 2; 4 8]; dims = 1), " ", diff([1 2; 4 8]; dims = 2), " ", diff([1, 4, 9]; dims = 1), " ", extrema(abs, [-3, 1]))
println(permute!([10, 20, 30], [3, 1, 2]), " ", invperm([2, 3, 1]), " ", isdisjoint([1], [2]), " ", isdisjoint([1, 2], [2]))
println(LinearIndices((2, 2))[2, 2], " ", copy!(zeros(Int, 1), [1, 2]), " ", (; zip([:a, :b], [1, 2])...), " ", mod(7, 1:3), " ", mod(-1, 1:3), " ", clamp(300, UInt8), " ", clamp(-5, UInt8))
try; invperm([1, 1]); catch e; println(e); end
