# GC, @static, byte order, retry/ExponentialBackOff, BitSet, macros called through
# their module (M.@m, A.B.@m), anonymous functions with keywords ((x; k = 1) -> ...)
GC.gc(); GC.gc(false)
println(GC.enable(true))
x = [1, 2]
GC.@preserve x println(sum(x))
println(@static Sys.islinux() ? "linux" : "other")
@static if Sys.iswindows()
    println("windows")
elseif Sys.islinux()
    println("linux again")
else
    println("else")
end
using InteractiveUtils
println(supertypes(Int8))
println(hton(0x0102), " ", ntoh(hton(0x01020304)), " ", ltoh(0x0102), " ", htol(Int32(5)))
tries = Ref(0)
f = retry(delays = ExponentialBackOff(n = 3, first_delay = 0.001)) do
    tries[] += 1
    tries[] < 3 && error("not yet")
    "done after $(tries[])"
end
println(f())
println(collect(ExponentialBackOff(n = 2, first_delay = 1.0, factor = 2.0, jitter = 0.0)))
g = retry(() -> error("always"); delays = [0.001, 0.001], check = (s, e) -> e isa ArgumentError)
try g() catch e; println(e) end
s = BitSet([5, 1, 3, -2, 200])
println(s, " ", length(s), " ", 3 in s, " ", 4 in s, " ", first(s), " ", last(s))
push!(s, 64); delete!(s, 5)
println(collect(s), " ", typeof(collect(s)))
println(union(s, [7, 8]), " ", intersect(s, BitSet(1:10)), " ", setdiff(s, [1]), " ", symdiff(BitSet([1, 2]), [2, 3]))
println(pop!(s), " ", s, " ", isempty(BitSet()), " ", BitSet(1:3) == BitSet([3, 2, 1]))
display(BitSet([2, 4]))
println(sum(BitSet([1, 2, 3])), " ", maximum(BitSet([9, 4])), " ", filter(iseven, BitSet(1:6)))
module Outer
module Inner
macro twice(x)
    esc(:($x * 2))
end
end
macro add1(x)
    esc(:($x + 1))
end
end
println(Outer.@add1(1), " ", Outer.Inner.@twice 21)
kw = (args...; scale = 1, rest...) -> (sum(args) * scale, length(rest))
println(kw(1, 2; scale = 10), " ", kw(3; a = 1, b = 2))
req = (x; y) -> x - y
println(req(5; y = 2))
macro twice_m(x)
    :($x * 2)
end
println(macroexpand(Main, :(@twice_m 3)), " ", macroexpand(Main, :(a + 1)), " ", eval(macroexpand(Main, :(@twice_m 4))))
println(macroexpand(Main, :(@assert 1 > 0)))
