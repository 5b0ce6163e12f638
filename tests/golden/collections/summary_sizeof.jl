# summary says how many a dictionary or set holds; sizeof of arrays; show with a MIME string
println(summary([1, 2]), " | ", summary(Dict(1 => 2)), " | ", summary(Dict(1 => 2, 3 => 4)), " | ", summary(Set([1])), " | ", summary(1:3))
println(sizeof([1, 2]), " ", sizeof(Int8[1, 2, 3]), " ", sizeof(Float32[1]), " ", sizeof(['a']), " ", sizeof(Any[1, "a"]), " ", sizeof(Int[]))
show(stdout, "text/plain", [1, 2]); println()
show(stdout, "text/plain", Dict(1 => 1/3)); println()
