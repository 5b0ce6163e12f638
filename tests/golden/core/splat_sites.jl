# Splatting at one call site: the arguments array has a constant size while each splatted tuple
# keeps its length, and is built generally once lengths vary; varargs likewise. Same results.
count_args(xs...) = length(xs)
first_and_count(x, xs...) = (x, length(xs))
function lengths(ts)
    out = Any[]
    for t in ts
        push!(out, count_args(t...))
        push!(out, first_and_count(0, t...))
        push!(out, count_args(1, t..., 2, t...))
    end
    out
end
println(lengths(((1, 2), (1, 2), (), (1, 2, 3), (1, 2))))
println(lengths(([1, 2], 3:4, "ab")))          # non-tuples take the general path
println(max(1, (5, 2, 9)...), " ", +((1, 2, 3, 4, 5)...), " ", min(3, 1:2...))
tuple_of(xs...) = xs
println(tuple_of(), " ", tuple_of(1), " ", tuple_of((1, 2)...), " ", (0, (1, 2)..., 3))
