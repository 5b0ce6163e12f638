# Broadcasting over tuples (with each other or with numbers) gives tuples, element by element;
# ntuple and map over short tuples.
println((1, 2) .+ (10, 20), " ", (1, 2, 3) .* 2, " ", 2 .- (1, 2), " ", (1,) .+ (1, 2, 3), " ", () .+ 1, " ", abs.((-1, 2)), " ", (1.5, 2) .< (2, 1))
println(ntuple(i -> i^2, 3), " ", ntuple(identity, 0), " ", ntuple(i -> i, 6), " ", map(x -> 2x, (1, 2, 3)), " ", map(string, ()), " ", (1, 2) .+ [10, 20])
try ntuple(identity, -1) catch e; println(sprint(showerror, e)) end
try (1, 2) .+ (1, 2, 3) catch e; println(sprint(showerror, e)) end
println(typeof((1, 2) .+ (1.0, 2)), " ", (true, false) .& (true, true), " ", ("a", "b") .* "x")
