# `using Base.Iterators` brings in Julia's exported names; flatmap; isempty of any iterator
using Base.Iterators
println(collect(takewhile(<(3), 1:5)), " ", collect(dropwhile(<(3), 1:5)), " ", collect(flatmap(x -> (x, 10x), 1:2)), " ", collect(zip(1:2, countfrom(10))))
println(collect(take(cycle([1, 2]), 5)), " ", collect(repeated(0, 2)), " ", collect(partition(1:5, 2)), " ", collect(flatten([[1], [2, 3]])), " ", first(product(1:2, 3:4)))
println(collect(rest(1:5, 2)), " ", collect(drop(1:4, 2)), " ", isempty(Iterators.filter(iszero, 1:3)), " ", isempty(Iterators.filter(iszero, 0:3)), " ", isempty(takewhile(<(0), 1:3)))
println(Iterators.peel(1:3) |> x -> (x[1], collect(x[2])), " ", let s = Iterators.Stateful(1:5); (popfirst!(s), collect(take(s, 2))) end)
