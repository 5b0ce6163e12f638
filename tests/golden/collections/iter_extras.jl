# eachrow/eachcol as lazy views, map over any iterable (strings map to strings), Val dispatch.
A = [1 2 3; 4 5 6]
println([sum(r) for r in eachrow(A)], " ", map(sum, eachcol(A)), " ", length(eachcol(A)), " ", [r[end] for r in eachrow(A)])
for c in eachcol(A)
    c[1] = 0
end
println(A)
println(map(uppercase, "ab"), " ", map(c -> c + 1, "abc"), " ", map(x -> x^2, (i for i in 1:3)), " ", map(length, split("a bb ccc")))
try map(x -> 2x, Set([1])) catch e; println(e) end
try map(c -> 1, "a") catch e; println(e) end
f(::Val{true}) = "yes"
f(::Val{false}) = "no"
g(::Val{N}) where {N} = N * 2
println(f(Val(true)), " ", f(Val(1 > 2)), " ", g(Val(21)), " ", Val(3), " ", typeof(Val(:x)))
