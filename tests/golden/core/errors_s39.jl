# Julia's error types and words for common mistakes (session 39 sweep)
e(f) = try; f(); catch err; showerror(stdout, err); println(); end
e(() -> isa(1, 2)); e(() -> typeassert(1, 2)); e(() -> 1 <: Int)
t(f) = try; f(); catch err; println(typeof(err)); end
t(() -> Vector{Int}(undef)); t(() -> Matrix{Int}(undef, 3))
println(max(1), " ", min(2.5), " ", minmax(3), " ", cumsum([]), " ", cumsum(Int8[]), " ", cumsum(Float64[]))
e(() -> acos(2.0)); e(() -> asin(2.0))
e(() -> LinRange(1, 10, -1)); e(() -> range(1, stop = 10, length = -1)); e(() -> range(1, step = 2, length = -1))
e(() -> cd("/nonexistent_dir_s39"))
e(() -> copyto!([1, 2], [1, 2, 3])); e(() -> copyto!([1, 2], (x for x in 1:3)))
println(isa(1, Int), " ", typeassert(1, Integer), " ", Int <: Integer, " ", Vector{Int}(undef, 2) isa Vector{Int})
println(AbstractVector{Float64}([1, 2]), " ", AbstractMatrix{Int}([1.0 2; 3 4]))
