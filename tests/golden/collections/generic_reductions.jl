# Reductions over any iterable (a user iterate, dict keys/values, sets): same values and empty-case errors.
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s=c.n) = s <= 0 ? nothing : (s, s - 1)
d = Dict(i => 2i for i in 1:1000)
println(sum(Countdown(10)), " ", sum(x -> x^2, Countdown(3)), " ", reduce(+, Countdown(4)), " ", mapreduce(x -> 2x, *, Countdown(3)), " ", reduce(+, Countdown(0); init = 7))
println(sum(keys(d)), " ", sum(values(d)), " ", maximum(values(d)), " ", sum(p -> p.second, d), " ", sum(Set([1, 2, 3])), " ", sum("abc" .== "abc"))
try sum(Countdown(0)) catch e; println(first(split(sprint(showerror, e), "\n"))) end
# (these start from the first element and go on from its state: each element once, in order,
# also for an iterator with state of its own)
mutable struct Tape
    items::Vector{Int}
    pos::Int
end
Base.iterate(t::Tape, _ = nothing) = t.pos > length(t.items) ? nothing : (t.pos += 1; (t.items[t.pos - 1], nothing))
println(sum(Tape([1, 2, 3], 1)), " ", prod(Tape([2, 3, 4], 2)), " ", maximum(Tape([3, 9, 4], 1)), " ", mapreduce(x -> x, -, Tape([10, 1, 2], 1)), " ", foldl((a, b) -> 10a + b, Tape([1, 2, 3], 1)))
println(sum(x -> x / 2, Countdown(3)), " ", count(iseven, Countdown(7)), " ", minimum(Countdown(5)), " ", reduce(*, Countdown(4); init = 0.5), " ", sum(Countdown(1)), " ", mapreduce(identity, +, Countdown(0); init = 0))
s = 0
for i in 1:10
    iseven(i) && (global s += i)
    i > 8 || (global s += 100)
    if i == 3
        global s -= 1
    elseif i == 4
        global s -= 2
    end
end
println(s)
println(maximum([1, missing]), " ", minimum([missing, 1]), " ", extrema([1, missing]), " ", maximum(x for x in [2, missing]), " ", maximum([1, NaN, 3]))
