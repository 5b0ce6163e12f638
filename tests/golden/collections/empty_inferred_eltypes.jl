# The element type of an empty comprehension, map or broadcast is what Julia's inference gives
# the body (Base._return_type); Any where inference cannot tell (a non-constant global).
v = [1, 2, 3]
a = [x^2 for x in v if x > 10]
println(typeof(a), " ", sum(a))
println(typeof(map(x -> x + 1, Int[])), " ", typeof([Float64(x) for x in v if x > 10]))
println(typeof([(x, x + 1) for x in v if x > 10]), " ", typeof([string(x) for x in v if x > 10]))
println(typeof([sqrt(x) for x in Int[]]), " ", typeof(map(abs, Float32[])))
println(typeof(Dict(x => x^2 for x in Int[])), " ", typeof(Dict(Int[])))
println(typeof([x > 1 ? x : nothing for x in Int[]]), " ", typeof([isodd(x) ? 1 : 2.0 for x in Int[]]))

struct Pt
    x::Int
    y::Float64
end
println(typeof([p.y for p in Pt[]]), " ", typeof([p.x + 1 for p in Pt[]]), " ", typeof([Pt(x, 1.0) for x in Int[]]))
scaled_over(v, k) = [x * k for x in v if x > 100]
println(typeof(scaled_over([1, 2], 2.5)), " ", typeof(scaled_over([1, 2], 3)))

println(typeof((x -> x^2).(Int[])), " ", typeof(sqrt.(Int[])), " ", typeof(Int[] .+ 1), " ", typeof(Int[] .> 1))

k = 2
const c = 2
println(typeof([x * k for x in Int[]]), " ", typeof([x * c for x in Int[]]))

g(x) = x > 0 ? x : error("negative")
h(n) = begin
    s = 0.0
    for i in 1:n
        s += i
    end
    s
end
println(typeof(map(g, Int[])), " ", typeof(map(h, Int[])))
println(typeof([uppercase(s) for s in String[]]), " ", typeof([x => string(x) for x in Int[]]))
println(typeof([2x for x in Float32[]]), " ", typeof([x % 3 == 0 for x in Int[]]), " ", typeof([Int8(x) for x in Int[]]))
println(Base.promote_op(+, Int8, Int8), " ", Base.promote_op(/, Int64, Int64), " ", Base.promote_op(*, String, String))
# a body that is not empty keeps the elements' own types
println([x^2 for x in v if x > 1], " ", map(x -> x / 2, v))
# recursion (inferred to its fixpoint), keywords, try/catch, an error that never returns
fact(n) = n <= 1 ? 1 : n * fact(n - 1)
even(n) = n == 0 ? true : odd(n - 1)
odd(n) = n == 0 ? false : even(n - 1)
scale(x; by = 2) = x * by
function guarded_sqrt(x)
    try
        sqrt(x)
    catch
        0
    end
end
println(typeof(map(fact, Int[])), " ", typeof(map(even, Int[])), " ", typeof([scale(x; by = 1.5) for x in Int[]]))
println(typeof([round(x, digits = 2) for x in Float64[]]), " ", typeof(map(guarded_sqrt, Float64[])), " ", typeof([error("x") for x in Int[]]))
# a condition on a local narrows it in its branches (string's `s === nothing || return s`)
d = Dict("a" => 1)
maybe_half(x) = iseven(x) ? x ÷ 2 : nothing
function halves_or_zero(x)
    h = maybe_half(x)
    h === nothing ? 0 : h
end
println(typeof([string(k, "=", x) for (k, x) in d if x > 5]), " ", typeof(map(halves_or_zero, Int[])), " ", typeof(map(maybe_half, Int[])))
println(typeof([parse(Int, s) for s in String[]]), " ", typeof([tryparse(Float64, s) for s in String[]]), " ", typeof([length(s) for s in split("", ",") if !isempty(s)]))
# a product's tuples have its iterators' element types, empty or not
println(typeof(collect(Iterators.product(Int[], [1.0]))), " ", typeof(collect(Iterators.product(1:2, Any[1, "a"]))))
# locals have the type of their last assignment on each path (as Julia's inference)
function relabel(x)
    y = x > 0 ? x : nothing
    if y !== nothing
        y = string(y)
        return y
    end
    "none"
end
function digits_of(n)
    s = n
    while s isa Integer
        s = string(s)
    end
    s
end
println(typeof(map(relabel, Int[])), " ", typeof(map(digits_of, Int[])), " ", typeof(collect(Iterators.flatten(Vector{Int}[]))))
# closures made inside the body are followed into the calls they are passed to
counts(v, xs) = [count(y -> y > x, v) for x in xs if x > 100]
above(v) = [filter(y -> y > x, v) for x in v if x > 100]
println(typeof(counts([1, 2], [1, 2])), " ", typeof(above([1.0])), " ", typeof([sum(y -> y * x, [1, 2]) for x in Int[]]))
