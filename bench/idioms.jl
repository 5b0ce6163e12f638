# Everyday Julia that the kernels do not cover: generators, the iterate protocol on ranges and
# tuples, push!, map/filter, comprehensions and broadcasting, Dict updates, string splitting,
# structs built from converted arguments, zip/enumerate, keyword and splatted calls, string
# interpolation (100K strings), Set insertion, Iterators.product/pairs/take, map over two arrays,
# a user-defined iterator, qualified calls (Base.f), and Base's reductions after other element types went through them.
# Each line is one idiom; a slow one points at a slow path in the language, not in the program.
include("harness.jl")
const A = collect(1:1_000_000)
const B = collect(1_000_000:-1:1)
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
struct Point2
    x::Float64
    y::Float64
end
function build_points(n)
    p = Point2(0.0, 0.0)
    for i in 1:n
        p = Point2(p.x + i, p.y + 1)     # Int arguments converted to the Float64 fields
    end
    p.x
end
function zip_enumerate(a, b)
    s = 0
    for (i, (x, y)) in enumerate(zip(a, b))
        s += i * (x - y)
    end
    s
end
scaled(x; scale = 2) = x * scale
function keyword_calls(n)
    s = 0
    for i in 1:n
        s += scaled(i; scale = 3)
    end
    s
end
function splat_calls(n)
    t = (1, 2, 3)
    s = 0
    for i in 1:n
        s += max(i, t...)
    end
    s
end
interpolate(n) = sum(length("x=$i y=$(i + 1)") for i in 1:n)
function set_pushes(n)
    s = Set{Int}()
    for i in 1:n
        push!(s, i % 5000)
    end
    length(s)
end
function product_pairs(n)
    s = 0
    for (a, b) in Iterators.product(1:n ÷ 100, 1:100)
        s += a * b
    end
    for (i, x) in pairs(A)
        s += i - x
    end
    for x in Iterators.take(Iterators.drop(A, 10), n ÷ 2)
        s += x
    end
    s
end
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)
function custom_iterator(n)
    s = 0
    for x in Countdown(n)
        s += x
    end
    s
end
function qualified_calls(n)
    s = 0
    for i in 1:n
        s += Base.abs(i - 5)
    end
    s
end
# Base's generic functions are shared by every caller: each must get its own copy (splitting)
for v in (Any[1, 2], [1.0], Int8[1], 1:3, Float32[1], UInt8[1, 2], ["a"])
    sum(x -> x, v); maximum(v); map(x -> x, v); collect(x for x in v); sort(v; by = identity)
end
const W = rand(1_000_000)
polymorphic_base(n) = sum(abs2, W) + maximum(W) + length(map(x -> 2x, W)) + sum(sort(W; by = x -> -x))
measure("generator", () -> generator_sum(1_000_000))
measure("iterate", () -> iterate_range(1_000_000))
measure("push!", () -> push_many(1_000_000))
measure("map/filter", () -> map_filter(1_000_000))
measure("compr/bcast", () -> comprehension_broadcast(1_000_000))
measure("dict", () -> dict_update(1_000_000))
measure("split", () -> split_words(100_000))
measure("points", () -> build_points(1_000_000))
measure("zip/enum", () -> zip_enumerate(A, B))
measure("keywords", () -> keyword_calls(1_000_000))
measure("splat", () -> splat_calls(1_000_000))
measure("interp", () -> interpolate(100_000))
measure("set", () -> set_pushes(1_000_000))
measure("prod/pairs", () -> product_pairs(1_000_000))
measure("map2", () -> sum(map(+, A, B)))
measure("custom it", () -> custom_iterator(1_000_000))
measure("qualified", () -> qualified_calls(1_000_000))
measure("poly base", () -> polymorphic_base(1_000_000))
