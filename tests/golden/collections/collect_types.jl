# collect/comprehensions/map: typed by the elements (unboxed while one type), widened as Julia's
# promote_typejoin does (Real for Int and Float64; Union{Nothing, Int64} with nothing)
println([i + j for i in 1:2, j in 1:3])
println([i * 0.5 for i in 1:3], " ", [x for x in [1, nothing, 3]], " ", [isodd(i) ? i : missing for i in 1:4])
println(map(string, 1:3), " ", [c for c in "ab"], " ", [(i, i^2) for i in 1:2], " ", Float32[i for i in 1:2])
println([i for i in 1:0], " ", map(x -> x, Int[]), " ", typeof([i for i in 1:3]), " ", [i > 1 ? 2.0 : 1 for i in 1:3])
println(sum([i for i in 1:10]), " ", [x^2 for x in 1:3 if isodd(x)], " ", collect(i for i in (1, 2.5)))
println([a * s for a in (1, 2), s in (0.5, 2)], " ", [x for x in (1, "a")], " ", map(x -> x + 1, (1, 2)))
