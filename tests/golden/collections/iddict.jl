# IdDict: keys compared by identity, not by value
a = [1, 2]
b = [1, 2]
d = IdDict()
d[a] = "a"
d[b] = "b"
println(length(d), " ", d[a], " ", d[b], " ", haskey(d, [1, 2]), " ", get(d, [1, 2], "none"))
e = IdDict{String,Int}()
e["x"] = 1
println(e, " ", typeof(e), " ", get!(e, "y", 2), " ", length(e), " ", sort(collect(keys(e))))
m = IdDict(:a => 1, :b => 2)
delete!(m, :a)
println(m, " ", pop!(m, :b), " ", isempty(m), " ", typeof(IdDict(1 => "x")))
memo = IdDict{Any,Int}()
f(v) = get!(() -> sum(v), memo, v)
println(f(a), " ", f(b), " ", length(memo))
println(Dict(Int => 1, String => 2, nothing => 4, sin => 5, missing => 6) |> keys |> collect |> length, " ", objectid("ab") == objectid("a" * "b"), " ", objectid(Int) == objectid(Int64))
# a type's hash does not change when Main starts to see it (its printed name does)
module Shapes2
export Sq
struct Sq end
end
types = Dict{Any,Int}(Shapes2.Sq => 1)
using .Shapes2
println(types[Sq], " ", haskey(types, Shapes2.Sq), " ", Sq)
# Base.ImmutableDict: a persistent list of pairs, the newest shadowing older ones
d1 = Base.ImmutableDict(:a => 1)
d2 = Base.ImmutableDict(d1, :b => 2)
d3 = Base.ImmutableDict(d2, :a => 3)
println(d3[:a], " ", d3[:b], " ", d1[:a], " ", length(d3), " ", haskey(d3, :c), " ", get(d3, :c, 0))
println(d3, " ", typeof(d3))
display(d3)
println(collect(d3), " ", (:a => 1) in d3, " ", (:b => 1) in d3, " ", isempty(empty(d3)), " ", typeof(empty(d3)))
println(Base.ImmutableDict("x" => 1.5, "y" => 2))
try d3[:zz] catch e; println(e) end
# any AbstractDict prints as Julia's: the name alone when keys and values show their types
struct Registry <: AbstractDict{String,Int}
    d::Dict{String,Int}
end
Base.iterate(r::Registry, s...) = iterate(r.d, s...)
Base.length(r::Registry) = length(r.d)
reg = Registry(Dict("a" => 1))
println(reg, " ", keytype(reg), " ", valtype(reg), " ", [IdDict(1 => 2)])
display(reg)

# keys and values of any AbstractDict are views (Julia's KeySet <: AbstractSet, ValueIterator)
let d = Dict(1 => "a", 2 => "b", 3 => "c")
    k = keys(d)
    println(typeof(k), " ", k isa AbstractSet{Int}, " ", eltype(k), " ", typeof(values(d)))
    println(union(k, [4]), " ", setdiff(k, [1]), " ", intersect(k, [2, 9]), " ", k == Set([1, 2, 3]), " ", issubset([1], k))
    println(filter(isodd, k), " ", symdiff(k, [1, 5]), " ", 2 in k, " ", length(k))
    show(k); println()
    show(stdout, MIME("text/plain"), k); println()
    show(stdout, MIME("text/plain"), values(d)); println()
    id = IdDict(:a => 1, :b => 2)
    println(typeof(keys(id)), " ", sort(collect(keys(id))), " ", sort(collect(values(id))), " ", :a in keys(id))
    println(typeof(keys(Base.ImmutableDict(1 => 2))), " ", collect(values(Base.ImmutableDict(1 => 2))))
    println(intersect([1, 2, 2]), " ", setdiff([3, 3, 1]), " ", intersect(1:3))
end
