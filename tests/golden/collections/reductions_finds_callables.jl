# callable objects display and run as fast as functions; named tuples in loops are not assignments;
# destructuring takes only what it names; signed zeros, extrema with init, empty reductions,
# finds on named tuples, Bool vectors and dicts, argmin/argmax along dims, only, map's errors
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
display(sqrt ∘ abs)
display(==(3))
struct IsOdd end
(::IsOdd)(x) = isodd(x)
display(IsOdd())
println(count(IsOdd(), 1:9), " ", count(==(3), [3, 1, 3]), " ", filter(!iseven, 1:6))
println(!iseven, " ", typeof(!iseven), " ", !(!iseven) === iseven, " ", (-) ∘ abs, " ", sqrt ∘ (abs ∘ -))
a = 5; for i in 1:1; x = (a = 1,); end
g_nt() = (b = 2; (b = 3, c = b))
println(a, " ", g_nt())
a1, b1 = Iterators.countfrom(5)
s = Iterators.Stateful(1:5)
c1, d1 = s
println(a1, " ", b1, " ", c1, " ", d1, " ", collect(s), " ", Base.isdone(s), " ", Base.isdone([1], 1))
s2 = Iterators.Stateful([1, 2, 3, 4, 5]); popfirst!(s2); println(length(s2))
t(() -> (maximum([-0.0, 0.0]), minimum([0.0, -0.0]), extrema([0.0, -0.0])))
t(() -> (extrema(Int[]; init = (0, 0)), extrema(abs, [-3, 1]; init = (0, 0)), extrema([3, 1, 2])))
t(() -> (foldr(+, Int[]), one(String), reduce(*, String[]), accumulate(+, 1:0), sum(0.1:0.1:0.3)))
t(() -> sum(x for x in Int[]))
t(() -> sum([1 2; 3 4]; dims = 0))
nt = (a = 1, b = 2, c = 3)
t(() -> (findfirst(x -> x > 1, nt), findlast(isodd, nt), findall(x -> x > 1, nt), findmax((a = 3, b = 5)), argmin((a = 1, b = 0))))
t(() -> (findnext([true, false, true], 2), findprev([true, false, true], 2), findall(Dict(:a => true, :b => false))))
t(() -> argmin([4 2; 1 3]; dims = 1))
t(() -> findmax(reshape(1:8, 2, 2, 2); dims = 3))
t(() -> argmax([1 5 2]))
t(() -> only(()))
t(() -> only((1, 2)))
t(() -> only((a = 1, b = 2)))
t(() -> map(x -> x, Dict(1 => 2)))
t(() -> map(string, Set([1])))
t(() -> map(+, (a = 1, b = 2), (a = 3, b = 4)))
t(() -> map(+, (a = 1, b = 2), (b = 3, a = 4)))
t(() -> Iterators.take(1:3, -1))
t(() -> count([1, 2]))
