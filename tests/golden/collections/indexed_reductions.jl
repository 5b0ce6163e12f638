# Reductions and collect over arrays, ranges, and generators/zip/enumerate of them run as counted
# loops; everything else goes through iterate. The results must not depend on which.
v = [3, 1, 4, 1, 5]
g = (x^2 for x in v)
println(sum(g), " ", prod(x for x in 1:5), " ", maximum(g), " ", minimum(g))
println(sum(abs2, [1.5, -2.0]), " ", sum(abs, Int8[-100, -100]), " ", typeof(sum(abs, Int8[-100, -100])))
println(mapreduce(x -> x + 1, *, 1:4), " ", mapreduce(identity, +, Int[]; init = 7))
println(reduce(max, (x * y for (x, y) in zip(1:3, [5, 1, 2]))))
println(sum(i * x for (i, x) in enumerate([10, 20, 30])))
println(maximum([1.0, NaN, 3.0]), " ", minimum(x for x in [2.0, NaN]), " ", maximum(-x for x in 1:3))
println(sum(Int[]), " ", sum(Float64[]), " ", prod(UInt8[]), " ", typeof(prod(UInt8[])))
for f in (() -> sum(x for x in Int[]), () -> maximum(Int[]), () -> reduce(+, 1:0))
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end
# element types widen when an element does not fit the first one's type
println(collect(x > 2 ? 1.5 : 1 for x in 1:4))
println([isodd(i) ? i : nothing for i in 1:3])
println([x for x in 1.0:0.5:2.0], " ", collect(1.0:3.0))
println([x + 1 for x in [1 2; 3 4]])
println(map(uppercase, ["a", "b"]))
# a generator's function runs once per element, in order
calls = Int[]
s = sum(x -> (push!(calls, x); x), [5, 6, 7])
println(s, " ", calls)
empty!(calls)
for y in (begin push!(calls, x); -x end for x in 1:3)
    push!(calls, 100y)
end
println(calls)
# isa with an abstract type answers per class, per struct type, and for type values
struct Wrapper{T}
    x::T
end
function kinds(xs)
    [(x isa Integer, x isa AbstractFloat, x isa Wrapper{Int}, x isa Type{Int}) for x in xs]
end
println(kinds(Any[1, 2.0, Int8(3), Wrapper(1), Wrapper(1.0), Int, Float64, "s"]))
# reducing nothing: the operator's neutral element when Julia knows it
println(reduce(+, 1:0), " ", reduce(*, Float64[]), " ", mapreduce(abs, +, Int[]), " ", reduce(&, Bool[]), " ", sum(Bool[]))
try
    mapreduce(x -> x + 1, +, Int[])
catch e
    println(sprint(showerror, e))
end
# reductions over a filter of an array or range loop through it (counted by the for loop)
w = [3, 1, 4, 1, 5, 9, 2, 6]
println(sum(x for x in w if x > 2), " ", maximum(x for x in w if isodd(x)), " ", minimum(x^2 for x in w if x > 1), " ",
        prod(x for x in 1:6 if iseven(x)), " ", mapreduce(x -> 2x, +, (x for x in w if x < 3)), " ",
        reduce(+, (x for x in w if x > 100); init = 0), " ", maximum(x for x in [1.0, NaN, 3.0] if true))
for f in (() -> sum(x for x in w if x > 100), () -> minimum(x for x in w if x > 100))
    try
        f()
    catch e
        println(e)
    end
end
