# CartesianIndices iterate by stepping the index (also 0-d and empty); expressions print raw bytes as \x.
println(collect(CartesianIndices((2,3))), " ", collect(CartesianIndices((0,3))), " ", [I for I in CartesianIndices((2:3, 1:1, 4:5))][end], " ", length(collect(CartesianIndices((2,2,2,2)))), " ", collect(CartesianIndices(())))
println(:(f("a\xff")))
println(:(g("é\n\$x")))
println(repr(:("\xce\xb1")))
