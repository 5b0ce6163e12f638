# Base.IteratorSize and Base.IteratorEltype: what Base's collections and iterators declare, and
# what collect and comprehensions do with a user-defined iterator's declarations.
const I = Iterators
examples = ("1:3" => 1:3, "vector" => [1, 2], "matrix" => [1 2; 3 4], "tuple" => (1, 2), "string" => "ab",
            "Dict" => Dict(1 => 2), "Set" => Set([1]), "number" => 5, "generator" => (k for k in 1:2),
            "generator of a matrix" => (k for k in [1 2; 3 4]), "filter" => I.filter(iseven, 1:4),
            "countfrom" => I.countfrom(1), "take(countfrom)" => I.take(I.countfrom(1), 2), "drop" => I.drop(1:5, 2),
            "zip(range, matrix)" => zip(1:2, [1 2; 3 4]), "zip(range, string)" => zip(1:2, "ab"),
            "zip(range, countfrom)" => zip(1:2, I.countfrom(1)), "zip(filter, range)" => zip(I.filter(isodd, 1:3), 1:2),
            "enumerate" => enumerate([1, 2]), "cycle" => I.cycle(1:2), "skipmissing" => skipmissing([1, missing]),
            "pairs(vector)" => pairs([1, 2]), "pairs(tuple)" => pairs((1, 2)), "channel" => Channel{Int}(1))
for (label, x) in examples
    println(rpad(label, 24), Base.IteratorSize(x), " ", Base.IteratorEltype(x))
end
println(Base.IteratorSize(Vector{Int}), " ", Base.IteratorEltype(Int), " ", Base.IteratorSize(Any))
println(length(I.take(I.countfrom(1), 3)), " ", length(zip(1:3, I.countfrom(5))), " ", collect(zip(1:3, I.countfrom(5))))
ch = Channel{Int}(3); put!(ch, 1); put!(ch, 2); close(ch)
println([x * 10 for x in ch], " ", size(7), " ", length(7), " ", ndims(7), " ", collect(I.filter(iseven, Int[])), " ", collect(I.filter(x -> true, Any[1, 2])))

# a user iterator declares nothing: it has a length and an element type Any
struct Evens
    n::Int
end
Base.iterate(e::Evens, k = 1) = k > e.n ? nothing : (2k, k + 1)
err(f) = try f() catch e; first(split(sprint(showerror, e), '\n')) end
println(Base.IteratorSize(Evens(2)), " ", Base.IteratorEltype(Evens(2)), " ", eltype(Evens(2)))
println(err(() -> collect(Evens(3))))
println(err(() -> [x for x in Evens(3)]))
Base.length(e::Evens) = e.n
println(collect(Evens(3)), " ", [x for x in Evens(3)], " ", map(x -> x / 2, Evens(2)), " ", collect(I.take(Evens(5), 2)))
Base.eltype(::Type{Evens}) = Int
println(collect(Evens(3)), " ", eltype(Evens(1)), " ", collect(enumerate(Evens(2))), " ", typeof(collect(zip(Evens(2), "xy"))))

# size unknown: collect grows the array; element type from the elements when declared unknown
struct Halving
    x::Float64
end
Base.iterate(h::Halving, x = h.x) = x < 1 ? nothing : (x, x / 2)
Base.IteratorSize(::Type{Halving}) = Base.SizeUnknown()
println(collect(Halving(10)), " ", Base.haslength(Halving(1)))
Base.IteratorEltype(::Type{Halving}) = Base.EltypeUnknown()
println(collect(Halving(10)), " ", [round(Int, x) for x in Halving(5)], " ", Set(Halving(4)) == Set([4.0, 2.0, 1.0]))

# a shape: collect makes an array of it
struct Grid
    m::Int
    n::Int
end
Base.iterate(g::Grid, k = 1) = k > g.m * g.n ? nothing : (k, k + 1)
Base.IteratorSize(::Type{Grid}) = Base.HasShape{2}()
Base.size(g::Grid) = (g.m, g.n)
Base.length(g::Grid) = g.m * g.n
Base.eltype(::Type{Grid}) = Int
println(collect(Grid(2, 3)), " ", size([k^2 for k in Grid(3, 2)]))
