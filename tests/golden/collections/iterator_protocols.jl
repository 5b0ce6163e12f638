# Iterators whose Base implementation runs through the iterate protocol, and map/collect/pairs
# over arrays and custom iterators: element values, order, shapes and element types.
const I = Iterators
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)
Base.length(c::Countdown) = c.n
struct Mixed end
Base.iterate(::Mixed, s = 1) = s > 4 ? nothing : (isodd(s) ? s : s / 2, s + 1)
Base.IteratorSize(::Type{Mixed}) = Base.SizeUnknown()   # (no length: collect must not ask for one)

# product: the first iterator varies fastest; shapes follow the iterators
p = I.product(1:3, "ab")
println(collect(p))
println(size(collect(I.product(1:2, 1:3))), " ", length(I.product(1:2, 1:3, 1:4)))
println(collect(I.product(1:2, [10, 20], (:a, :b))))
println(collect(I.product([1, 2, 3])))
println(isempty(collect(I.product(1:0, 1:3))), " ", isempty(collect(I.product(1:3, Int[]))))
s = 0
for (a, b) in I.product(1:100, 1:7)
    global s += a * b
end
println(s)
for t in I.product(Countdown(2), Countdown(2))
    print(t, " ")
end
println()

# map over two arrays: typed results, shorter length wins for vectors, matrices keep shape
println(map(+, [1, 2, 3], [10, 20, 30]), " ", map(*, [1.5, 2.0], [2, 3]))
println(map((x, y) -> x > y ? x : 0.5, [1, 5, 3], [2, 2, 2]))
println(map(+, [1, 2, 3], [1, 1]))
println(map(+, [1 2; 3 4], [10 20; 30 40]))
println(map((a, b) -> string(a, b), ["x", "y"], 1:2), " ", typeof(map(+, Int8[1], Int8[2])))
println(map(+, 1:3, 4:6), " ", map(-, 1:3, [1, 1, 1]))

# collect of an iterator without indexing
println(collect(Countdown(5)), " ", collect(Mixed()), " ", typeof(collect(Mixed())))
println([x for x in Countdown(3)], " ", [x / 2 for x in Countdown(2)], " ", collect(Countdown(0)))
println(collect(I.take(Countdown(10), 3)), " ", collect(I.drop(Countdown(5), 3)))
println(sum(Countdown(100)), " ", maximum(Countdown(7)), " ", sum(x -> 2x, Countdown(4)))

# pairs
for (i, x) in pairs([:a, :b, :c])
    print(i, "=", x, " ")
end
println()
println(collect(pairs((10, 20))), " ", [k => v for (k, v) in pairs((a = 1, b = "x"))])
println(collect(pairs([5, 6])), " ", sum(i * x for (i, x) in pairs([5, 6, 7])))
println(collect(pairs([1 2; 3 4]))[3], " ", length(pairs([1 2; 3 4])))

# take/drop/flatten/partition/cycle over arrays and custom iterators
println(collect(I.take(1:10, 3)), " ", collect(I.drop([1, 2, 3, 4], 2)), " ", collect(I.take(I.drop(1:20, 5), 4)))
println(collect(I.flatten([[1, 2], Int[], [3]])), " ", collect(I.flatten((Countdown(2), 7:8))))
println(collect(I.take(I.cycle([1, 2]), 5)), " ", collect(I.take(I.cycle(Countdown(2)), 3)))
println(collect(I.takewhile(x -> x < 4, 1:10)), " ", collect(I.dropwhile(x -> x < 8, 1:10)))
println(sum(x for x in I.take(Countdown(1000), 10)), " ", length(I.take(1:5, 10)), " ", length(I.drop(1:5, 2)))

# nested comprehensions (collect of a Flatten: a loop per level)
println([x * y for x in 1:3 for y in 1:2], " ", [(x, y) for x in 1:2 for y in "ab"], " ", [i for i in 1:3 for j in 1:i if isodd(i + j)])
println([y for x in 1:2 for y in (x == 1 ? (1, 2.5) : ("s",))], " ", [x + y for x in [1.5, 2.5] for y in Countdown(2)], " ", collect(Iterators.flatten([[1, 2], Int[], [3]])))
println([y for x in 1:3 for y in (x == 3 ? ("s",) : (x, 2x))], " ", [y for x in 1:2 for y in (x == 1 ? [1, 2] : [2.5])], " ", [y for x in 1:3 for y in 1:x-1])
