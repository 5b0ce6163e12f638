# Base.Iterators' lazy iterators, and first(itr, n)
I = Iterators
println(collect(I.take(1:10, 3)), " ", collect(I.drop(1:5, 2)), " ", first(I.cycle([1, 2]), 5), " ", collect(I.flatten([[1, 2], [3]])), " ", collect(I.takewhile(<(3), 1:10)))
println(collect(I.dropwhile(<(3), 1:5)), " ", collect(I.partition([1, 2, 3, 4, 5, 6, 7], 3)), " ", collect(I.repeated("a", 2)), " ", collect(I.take(I.countfrom(5, 2), 3)), " ", collect(I.filter(isodd, 1:6)))
println(collect(I.map(x -> 2x, 1:3)), " ", collect(I.map(+, 1:3, 10:10:30)), " ", collect(I.accumulate(+, 1:4)), " ", collect(I.zip(1:2, "ab")), " ", length(I.take(1:10, 3)), " ", sum(I.take(I.countfrom(1), 100)))
for (i, x) in I.enumerate(I.take("hello", 2)); print(i, x, " "); end
println(collect(I.product(1:2, 3:4)), " ", isempty(I.cycle(Int[])), " ", collect(eachsplit("a,b,,c", ",")))
# lazy: an endless source is fine as long as only a finite part is used
evens = I.filter(iseven, I.countfrom(1))
println(first(evens, 4), " ", collect(I.take(I.map(x -> x^2, evens), 3)))
println(mapfoldl(x -> x^2, -, 1:3), " ", mapfoldr(x -> x^2, -, 1:3))
# partition: slices of a range, views of an array (writes reach it), vectors of other elements
println(collect(I.partition(1:5, 2)), " ", first(I.partition(1.0:0.5:3.0, 2)), " ", length(I.partition(1:7, 3)))
println(collect(I.partition("abcde", 2)), " ", collect(I.partition((x^2 for x in 1:5), 3)))
parted = [10, 20, 30]
for p in I.partition(parted, 2)
    p[1] += 1
end
println(parted)
