# Collections found different from Julia 1.10 in session 38: in(x, dict), symdiff multiplicity, tuple
# indexing, missing in Dict == and findmax, last(itr, n), curried mergewith, d[k1, k2], NamedTuple helpers,
# Base.setindex, key/value view summaries and limits, partition of a matrix.
try; 1 in Dict(1=>2); catch e; println(sprint(showerror, e)); end
println(symdiff([1,2,1], [2,1,2]), symdiff!([1,2,1], [2,1,2]), symdiff([1,1,2]), symdiff(Set([1,2]), [2,2]))
t = (1,2,3,4)
println(t[end:-1:1], t[1:2:4], t[[1,3]], t[[true,false,true,false]], t[Int[]], (1,2)[1.0])
println(Dict(1=>missing) == Dict(1=>missing))
d = Dict(1=>missing); println(d == d)
println(findmax([missing, 1]), findmin([2, missing, 1]), findmax([1, NaN, 3]), findmin([-0.0, 0.0]), findmax([-0.0, 0.0]))
println(last((x for x in 1:10), 3), last(Iterators.filter(iseven, 1:10), 2))
println(push!(Set{Int}(), 1, 2), push!(BitSet(), 5, 1000), prepend!([1], [2], [3]))
println(mergewith(+)(Dict(1=>1), Dict(1=>2)))
d2 = Dict{Tuple{Int,Int},Int}(); d2[1, 2] = 5; println(d2[1, 2])
println(NamedTuple(zip([:a,:b], [1,2])), NamedTuple(Dict(:a=>1)), Base.tail((a=1,b=2,c=3)), Base.front((a=1,b=2,c=3)))
println(Base.setindex((1,2,3), 9, 2), Base.setindex((a=1,b=2), 5, :a))
println(summary(keys(Dict(1=>2))), " | ", summary(values(Dict(1=>2))))
println(typeof(collect(Iterators.partition([1 2; 3 4], 3))))
dd = Dict(i=>i for i in 1:100)
show(IOContext(stdout, :limit=>true, :displaysize=>(10,40)), MIME"text/plain"(), keys(dd)); println()
