# IdDict from an iterator, filter/empty/sizehint!, map! of any dict's values, BitSet sizehint!, a Set that holds itself.
for (name, f) in [("gen", () -> IdDict(x => x^2 for x in 1:2)), ("tuples", () -> IdDict([(1,2)])),
        ("filter", () -> filter(p->p.second>2, IdDict(1=>2, 3=>4))), ("sizehint", () -> sizehint!(IdDict(), 10)),
        ("bitset sizehint", () -> sizehint!(BitSet(), 10)), ("map! values", () -> (d = IdDict(1=>2); map!(x -> x + 1, values(d)); d)),
        ("map! dict", () -> (d = Dict(1=>2); map!(x -> x * 10, values(d)); d)),
        ("self set", () -> (s = Set{Any}(); push!(s, s); repr(s))),
        ("empty IdDict typed", () -> IdDict{Int,String}()), ("IdDict pairs", () -> IdDict(1=>"a", 2=>"b"))]
    try
        println(name, " => ", f())
    catch e
        println(name, " !! ", first(split(sprint(showerror, e), '\n')))
    end
end
