# Base.Order: orderings as values, and sort's keywords built on them
using Base.Order

v = [3, 1, 2, 5, 4]
println(sort(v; order = Reverse))
println(sort(v; rev = true), " ", sort(v; order = Reverse, rev = true))
words = ["bb", "a", "ccc", "dd"]
println(sort(words; by = length, rev = true))
println(sort(words; order = By(length)))
println(sort([1.5, -2.0, 3.0]; order = By(abs, Reverse)))
println(sort([3, 1, 2]; lt = >), " ", sort([3, 1, 2]; lt = >, rev = true))

# sortperm breaks ties by index, also reversed
println(sortperm([3, 1, 2, 1]; rev = true))
println(sortperm(["c", "a", "b", "a"]; rev = true))
println(sortperm(["c", "a", "b", "a"]; order = Reverse))

# issorted and the binary searches take the same keywords, or an ordering as an argument
println(issorted([1, 2, 2, 3]), " ", issorted([3, 2, 1]; rev = true), " ", issorted([3, 2, 1], Reverse))
println(issorted((x for x in [1, 3, 2])))
println(searchsorted([1, 2, 2, 3], 2), " ", searchsortedfirst([5, 4, 3], 4; rev = true))
println(searchsortedlast([1, 2, 3], 10), " ", searchsortedfirst([1, 2, 3], 2, Forward))
println(searchsorted(["a", "bb", "ccc"], "xx"; by = length))

# orderings print with their module, and compose
println(Forward)
println(Reverse)
println(ReverseOrdering(Reverse) === Forward)
println(Base.Order.lt(Reverse, 1, 2), " ", lt(By(abs), -3, 2))
println(ord(isless, identity, true))
println(ord(isless, abs, false))
println(typeof(ord(<, identity, nothing)))
println(Perm(Forward, [3, 1, 2]))
println(reverse(By(length)))

# a user's own ordering
struct ByLastDigit <: Ordering end
Base.Order.lt(::ByLastDigit, a, b) = isless(a % 10, b % 10)
println(sort([21, 13, 42, 30]; order = ByLastDigit()))
println(sort([21, 13, 42, 30]; order = ByLastDigit(), rev = true))

try
    sort([1, 2]; lt = <, order = By(abs))
catch e
    println(e.msg)
end
