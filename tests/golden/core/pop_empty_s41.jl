# pop!/popfirst! of an empty collection: each Julia 1.10 method has its own message
# (set.jl, dict.jl, array.jl, bitarray.jl; bitset.jl's comes from last/first).
function tryit(f, c)
    try
        f(c)
    catch e
        println(rpad(string(f, "(", summary(c), ") "), 42), sprint(showerror, e))
    end
end
tryit(pop!, Set())
tryit(pop!, Set{Int}())
tryit(pop!, Dict())
tryit(pop!, Dict{String,Int}())
tryit(pop!, Int[])
tryit(popfirst!, Int[])
tryit(pop!, Any[])
tryit(pop!, BitSet())
tryit(popfirst!, BitSet())
tryit(pop!, falses(0))
tryit(popfirst!, falses(0))
# and what the non-empty ones give back
s = Set([7]); println(pop!(s), " ", isempty(s))
b = BitSet([3, 5, 9]); println(popfirst!(b), " ", pop!(b), " ", b)
v = BitVector([true, false, false]); println(popfirst!(v), " ", pop!(v), " ", v)
