# summary says how many a dictionary or set holds; sizeof of arrays; show with a MIME string
println(summary([1, 2]), " | ", summary(Dict(1 => 2)), " | ", summary(Dict(1 => 2, 3 => 4)), " | ", summary(Set([1])), " | ", summary(1:3))
println(sizeof([1, 2]), " ", sizeof(Int8[1, 2, 3]), " ", sizeof(Float32[1]), " ", sizeof(['a']), " ", sizeof(Any[1, "a"]), " ", sizeof(Int[]))
show(stdout, "text/plain", [1, 2]); println()
show(stdout, "text/plain", Dict(1 => 1/3)); println()
# sizeof of struct types and values: fields at aligned offsets, the whole rounded to the largest alignment
struct P3; a::Int8; b::Int64; end
struct P4; a::Int8; b::Int16; c::Int8; end
struct P5; s::String; x::Float32; end
struct E end
println(sizeof(Pair{Int8, Int64}), " ", sizeof(P3), " ", sizeof(P4), " ", sizeof(P5), " ", sizeof(E), " ", sizeof(P3(1, 2)), " ", sizeof(Complex{Float64}), " ", sizeof(1+2im), " ", sizeof(Tuple{Int8, Int32}), " ", sizeof([P3(1,2), P3(3,4)]), " ", sizeof(Int128), " ", sizeof(Pair{Int128,Int8}))
try sizeof(Real) catch e; println(e) end
try sizeof(Vector) catch e; println(e) end
