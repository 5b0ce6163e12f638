# Base functions found missing in a scan of Julia 1.10's exports: composition, Returns, set and sort helpers, in-place reductions, readuntil, Iterators.Stateful.
c = sqrt ∘ abs
println(c(-16), " ", c, " ", typeof(c), " ", (sqrt ∘ abs ∘ sin)(0), " ", sqrt ∘ (abs ∘ sin), " ", c.outer, " ", map(uppercase ∘ string, [:a, :b]))
println(Returns(7)(1, 2; k = 3), " ", map(Returns(0), 1:3), " ", allequal([1, 1]), allequal([]), allequal("ab"), " ", issetequal([1, 2, 2], [2, 1]), " ", insorted(3, [1, 3, 5]), insorted(4, 1:2:9))
println(isperm([2, 1, 3]), isperm([1, 1]), " ", popat!([5, 6, 7], 2), " ", popat!([1], 5, :none), " ", reverseind([1, 2, 3], 1), " ", reverseind("αβγ", 1), " ", partialsortperm([30, 10, 20], 1))
v = [3, 1, 2]; println(partialsort!(v, 2), " ", v, " ", sortperm!(zeros(Int, 3), [30, 10, 20]), " ", circshift!(zeros(Int, 3), [1, 2, 3], 1), " ", digits!(zeros(Int, 4), 123))
A = [1 2; 3 4]
println(sum!(zeros(Int, 1, 2), A), " ", sum!(zeros(Int, 2, 1), A), " ", maximum!(zeros(Int, 2), A), " ", prod!(ones(Int, 1, 2), A), " ", any!(falses(1, 2), A .> 3), " ", cumsum!(zeros(Int, 3), [1, 2, 3]), " ", accumulate!(*, zeros(Int, 3), [1, 2, 3]))
println(symdiff!(Set([1, 2]), [2, 3]) |> collect |> sort, " ", [collect(r) for r in eachslice([1 2; 3 4]; dims = 1)], " ", [sum(c) for c in eachslice([1 2; 3 4], dims = 2)])
io = IOBuffer("key=value;rest"); println(readuntil(io, '='), "|", readuntil(io, ";"; keep=true), "|", readuntil(io, "zz"))
s = Iterators.Stateful("abcdef")
for c in s
    print(c)
    c == 'b' && break
end
println(" | ", peek(s), " ", popfirst!(s), " ", collect(s), " ", isempty(s), " ", peek(s, :done))
words = Iterators.Stateful(split("the quick brown fox"))
first_two = collect(Iterators.take(words, 2))
println(first_two, " ", collect(words))
# RoundFromZero, invpermute!, conj!, permutedims!, Dims
println(round(2.1, RoundFromZero), " ", round(-2.1, RoundFromZero), " ", round(Int, 2.0, RoundFromZero), " ", round(-0.0, RoundFromZero))
v = [10, 20, 30]; permute!(v, [3, 1, 2]); w = [10, 20, 30]; invpermute!(w, [3, 1, 2])
println(v, " ", w, " ", conj!([1 + 2im, 3im]), " ", permutedims!(zeros(Int, 2, 2), [1 2; 3 4], (2, 1)), " ", size([1 2]) isa Dims{2}, " ", Dims{1})
# partial sorts return element k, or a view of the range k (as Julia's partialsort!/partialsortperm!)
v = [3, 1, 2, 1]
println(v[partialsortperm(v, 1)], " ", partialsortperm(v, 1:3), " ", typeof(partialsortperm(v, 1:3)) <: SubArray, " ", partialsort(v, 2), " ", partialsort(v, 1:2), " ", partialsort(v, 2:3; rev = true))
ix = zeros(Int, 4)
println(partialsortperm!(ix, v, 1:2), " ", ix, " ", partialsortperm!(ix, v, 4))
w = copy(v); println(partialsort!(w, 1:2), " ", w)
display(partialsortperm(v, 1:3)); println()
