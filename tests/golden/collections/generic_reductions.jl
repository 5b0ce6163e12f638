# Reductions over any iterable (a user iterate, dict keys/values, sets): same values and empty-case errors.
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s=c.n) = s <= 0 ? nothing : (s, s - 1)
d = Dict(i => 2i for i in 1:1000)
println(sum(Countdown(10)), " ", sum(x -> x^2, Countdown(3)), " ", reduce(+, Countdown(4)), " ", mapreduce(x -> 2x, *, Countdown(3)), " ", reduce(+, Countdown(0); init = 7))
println(sum(keys(d)), " ", sum(values(d)), " ", maximum(values(d)), " ", sum(p -> p.second, d), " ", sum(Set([1, 2, 3])), " ", sum("abc" .== "abc"))
try sum(Countdown(0)) catch e; println(first(split(sprint(showerror, e), "\n"))) end
