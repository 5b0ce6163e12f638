# Base.Generator of several iterators, and Base.Iterators checked against Julia 1.10's
# base/generator.jl and base/iterators.jl: traits, lengths, states, last, shows, collect.
t(f) = try println(f()) catch e; println("ERR ", split(sprint(showerror, e), '\n')[1]) end
traits(name, it) = println(rpad(name, 10), Base.IteratorSize(it), " ", Base.IteratorEltype(it), " ", eltype(it))

# Generator(f, I1, I2...): the iterators zipped, f given their elements as arguments
g = Base.Generator(+, 1:3, 4:6)
println(collect(g), " ", length(g), " ", size(g), " ", Base.IteratorSize(g), " ", eltype(g))
t(() -> collect(Base.Generator((a, b) -> a * b, [1 2; 3 4], [5 6; 7 8])))
t(() -> collect(Base.Generator(Pair, [1 2; 3 4], [5 6; 7 8])))
t(() -> (length(Base.Generator(+, 1:3, 4:5)), size(Base.Generator(+, 1:3, 4:5))))
t(() -> axes(Base.Generator(+, [1 2; 3 4], [1 2; 3 4])))
t(() -> Base.IteratorSize(Base.Generator(+, 1:2, Iterators.countfrom())))
t(() -> collect(Base.Generator(+, 1:2, Iterators.countfrom(10))))
t(() -> collect(Base.Generator(Float64, 1:3)))
t(() -> sum(Base.Generator(*, 1:3, 1:3, 1:3)))
t(() -> collect(Iterators.map(+, 1:3, 4:7)))
t(() -> collect(Iterators.flatmap((x, y) -> (x, y), 1:2, 3:4)))

# traits
traits("flat", Iterators.flatten([[1, 2], [3]]))
traits("flattup", Iterators.flatten(((1, 2), (3, 4))))
traits("flatnum", Iterators.flatten([1, 2, 3]))
traits("flatgen", Iterators.flatten((1:x for x in 1:3)))
traits("part", Iterators.partition([1, 2, 3], 2))
traits("partr", Iterators.partition(1:3, 2))
traits("parts", Iterators.partition("abc", 2))
traits("partm", Iterators.partition([1 2; 3 4], 2))
traits("partinf", Iterators.partition(Iterators.countfrom(), 2))
traits("rest", Iterators.rest(1:5, 2))
traits("restinf", Iterators.rest(Iterators.countfrom(), 2))
traits("prod", Iterators.product(1:2, [1 2; 3 4]))
traits("prodinf", Iterators.product(1:2, Iterators.countfrom()))
traits("take", Iterators.take(Iterators.countfrom(), 2))
traits("dropinf", Iterators.drop(Iterators.countfrom(), 2))
traits("repn", Iterators.repeated(1, 3))
traits("acc", Iterators.accumulate(+, [1, 2]))
traits("zipinf", zip(1:3, Iterators.countfrom()))
traits("zip0", zip())

# lengths
t(() -> (length(Iterators.flatten(((1, 2), (3, 4)))), length(Iterators.flatten([1, 2, 3])), length(Iterators.flatten(()))))
t(() -> length(Iterators.flatten((1:2, 3:4))))
t(() -> length(Iterators.take(Iterators.partition(Iterators.countfrom(), 2), 3)))
t(() -> length(Iterators.repeated(1)))
t(() -> length(zip(Iterators.countfrom(), Iterators.repeated(1))))
t(() -> length(zip(1:3, Iterators.countfrom())))

# collect: partitions by their eltype, an endless iterator is a MethodError
t(() -> collect(Iterators.partition([1, 2, 3, 4, 5], 2)))
t(() -> collect(Iterators.partition(1:7, 3)))
t(() -> collect(Iterators.partition("abcde", 2)))
t(() -> collect(Iterators.flatten(())))
t(() -> collect(Iterators.countfrom()))
t(() -> collect(Iterators.cycle([1, 2])))
t(() -> collect(Iterators.take(Iterators.partition(Iterators.countfrom(), 2), 2)))

# take/drop of takes and drops collapse, as Julia's
println(Iterators.take(Iterators.take(1:10, 5), 3))
println(Iterators.drop(Iterators.drop(1:10, 5), 3))
println(Iterators.drop(Iterators.take(1:10, 5), 3), " ", collect(Iterators.drop(Iterators.take(1:10, 5), 3)))

# iteration states, as Julia's
t(() -> iterate(Iterators.take(1:5, 2)))
t(() -> iterate(Iterators.take(1:5, 2), (1, 1)))
t(() -> iterate(Iterators.cycle(1:2)))
t(() -> iterate(Iterators.cycle(1:2), 2))
t(() -> iterate(Iterators.repeated(1)))
t(() -> iterate(Iterators.takewhile(isodd, [1, 3, 4])))
t(() -> collect(Iterators.take(Iterators.drop(Iterators.cycle("ab"), 1), 3)))
t(() -> isempty(Iterators.cycle(Int[])))

# last, and reverse of a cycle
t(() -> last(Iterators.product(1:2, 3:4)))
t(() -> last(enumerate([4, 5])))
t(() -> last(zip(1:3, 4:7)))
t(() -> last(Iterators.filter(isodd, 1:6)))
t(() -> last(Iterators.cycle(1:3)))
t(() -> last(Iterators.flatten([1:2, 3:5])))
t(() -> last(Iterators.repeated(2, 3)))
t(() -> collect(Iterators.take(Iterators.reverse(Iterators.cycle(1:3)), 4)))

# accumulate takes its init as a keyword only
println(Iterators.accumulate(+, [1, 2]))
t(() -> collect(Iterators.accumulate(+, [1, 2, 3]; init = 10)))
t(() -> collect(Iterators.accumulate(/, (2, 5, 2, 5); init = 100)))
t(() -> Iterators.accumulate(+, [1, 2, 3], 10))
t(() -> accumulate(+, [1 2; 3 4]; init = 1))

# Iterators.cycle(itr, n) came in Julia 1.11
t(() -> Iterators.cycle([1, 2], 2))
