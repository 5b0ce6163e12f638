# Everyday Julia that the kernels do not cover: generators, the iterate protocol on ranges and
# tuples, push!, map/filter, comprehensions and broadcasting, Dict updates, string splitting.
# Each line is one idiom; a slow one points at a slow path in the language, not in the program.
include("harness.jl")
function generator_sum(n)
    s = 0.0
    for x in (i * i for i in 1:n)
        s += x
    end
    s
end
function iterate_range(n)
    r = 1:n
    s = 0
    y = iterate(r)
    while y !== nothing
        s += y[1]
        y = iterate(r, y[2])
    end
    s
end
function push_many(n)
    v = Int[]
    for i in 1:n
        push!(v, i)
    end
    sum(v)
end
map_filter(n) = sum(map(x -> x * 2, 1:n)) + sum(filter(iseven, 1:n))
comprehension_broadcast(n) = sum([sin(i) for i in 1:n] .* 2 .+ 1)
function dict_update(n)
    d = Dict{Int, Int}()
    for i in 1:n
        d[i % 1000] = get(d, i % 1000, 0) + i
    end
    sum(values(d))
end
split_words(n) = sum(length, split(repeat("ab cd ef ", n)))
measure("generator", () -> generator_sum(1_000_000))
measure("iterate", () -> iterate_range(1_000_000))
measure("push!", () -> push_many(1_000_000))
measure("map/filter", () -> map_filter(1_000_000))
measure("compr/bcast", () -> comprehension_broadcast(1_000_000))
measure("dict", () -> dict_update(1_000_000))
measure("split", () -> split_words(100_000))
