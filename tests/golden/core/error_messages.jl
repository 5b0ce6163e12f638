# The messages of common errors, as Julia 1.10 prints them
for f in (() -> sqrt(-1), () -> log(-1.0), () -> Dict("a" => 1)["x"], () -> Int64(2.5), () -> parse(Int, "x1"),
          () -> [1, 2][3], () -> "αβ"[2], () -> error("boom"), () -> (@assert 1 == 2), () -> factorial(21), () -> Int8(200),
          () -> div(1, 0), () -> zeros(-1), () -> [1 2] + [1 2 3], () -> first([]),
          () -> maximum(Int[]), () -> undefined_thing + 1, () -> [1, 2][1.5], () -> [1 2; 3 4][1, "x"],
          () -> Vector{Int}(undef, 2)[5], () -> pop!(Int[]), () -> reshape([1, 2, 3], 2, 2), () -> UInt(-1),
          () -> (p = -1; 2^p), () -> (x = (1, 2); x[3]), () -> getfield((a = 1,), :b), () -> (a = 1,).b, () -> parse(Float64, "abc"))
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end
# the index an array's BoundsError holds is a tuple, as Julia's throw_boundserror gives it
for f in (() -> [1, 2][5], () -> (z = zeros(2); z[3] = 1.0), () -> (1, 2)[3], () -> (1:3)[4], () -> "abc"[9])
    try
        f()
    catch e
        println(e)
    end
end
