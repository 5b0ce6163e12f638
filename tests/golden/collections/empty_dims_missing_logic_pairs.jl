# reductions along an empty dimension, three-valued any/all, .&& and .||, pairs and arrays shown
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> sum(Int[], dims = 1))
t(() -> sum(zeros(0, 3), dims = 1))
t(() -> sum(zeros(0, 3), dims = 2))
t(() -> sum(Int8[], dims = 1))
t(() -> prod(zeros(Int, 0, 2), dims = 1))
t(() -> count(trues(0, 2), dims = 1))
t(() -> any(falses(0, 2), dims = 1))
t(() -> all(falses(0, 2), dims = 1))
t(() -> reduce(+, zeros(2, 0), dims = 2))
t(() -> sum(zeros(0, 3), dims = 1; init = 10.0))
t(() -> maximum(zeros(0, 3), dims = 1))

t(() -> (any([false, missing]), any([true, missing]), all([true, missing]), all([false, missing])))
t(() -> (any(x -> x > 1, [1, missing]), all(x -> x > 1, [2, missing]), any(x -> x > 1, (1, missing, 3))))
t(() -> any([1, 2]))

t(() -> ([true, false] .&& [true, true], [true, false] .|| [false, false]))
t(() -> (1:4 .> 1) .&& (1:4 .< 4))

t(() -> (1 => 2 => 3, (1 => 2) => 3, (+) => 1, Dict(:a => 1 => 2)))
t(() -> ([1.0f0 => 2.0f0], Dict(1.5f0 => 2), [1 => 2, 3 => 4.5]))
t(() -> (eltype(1 => 2), eltype(1 => 2.0), collect(1 => 2), reverse(1 => "a"), eltype(Dict{Int,String})))
show(IOContext(stdout, :compact => true), ("a" => 1, Dict(1 => 2)))
println()

t(() -> (Vector{Any}(nothing, 2), Vector{Union{Missing,Int}}(missing, 2), Matrix{Any}(nothing, 1, 2)))
t(() -> (zeros(2, 0, 2), zeros(0, 2, 2), Matrix{String}(undef, 1, 2), Vector{String}(undef, 2)))
t(() -> (1:1:0, 5:-1:6))
