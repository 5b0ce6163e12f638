# map! on a Dict's values, intersect!, setdiff!, filter! of sets, first of any iterable
d = Dict("a" => 1, "b" => 2); map!(v -> v * 2, values(d)); println(d)
println(intersect!(Set([1, 2, 3]), [2, 3], [3]), " ", setdiff!(Set([1, 2, 3]), [1], (2,)), " ", filter!(isodd, Set([1, 2, 3])))
println(first(Dict(1 => 2)), " ", first(Set([5])), " ", first("abc"), " ", first(x for x in 3:4))
try; first(Dict()); catch e; println(e); end
