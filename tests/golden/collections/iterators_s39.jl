a = zeros(Int, 3)
map!(+, a, [1,2,3], [10,20,30])
println(a)

println(findmax("ßÿ"))
println(argmax("ßÿ"))
println(findmax(x -> x == 'a', "éa"))

d = Dict(:a => 1, :b => 3)
println(findmax(identity, d))
println(findmin(x -> -x, d))

z = zip(1:3, 1:5)
println(length(z))
println(size(z))
println(axes(z))

v = [5, 6]
for (i, x) in Iterators.reverse(pairs(v))
    println(i, " ", x)
end
println(collect(Iterators.reverse(pairs(v))))

a = Iterators.accumulate(+, [1 2; 3 4])
println(Base.IteratorSize(a))
println(collect(a))

c = Iterators.countfrom(1, 0.5)
println(collect(Iterators.take(c, 3)))
println(first(c), " ", eltype(c))
show(Iterators.countfrom(1.5)); println()
for (i, x) in zip(1:2, Iterators.countfrom(0, 1//2)); println(x); end

println(collect(Iterators.reverse(zip(1:3, 1:5))))

println(Base.IteratorSize(Iterators.product(1:2, Iterators.countfrom())))

println(collect(Iterators.reverse(Iterators.repeated(1, 3))))

println(argmax(x -> -abs(x - 2), [5, 1, 2, 3]), " ", argmin(length, ["abc", "d", "ef"]), " ", findmin("hello"), " ", findmax(Dict(1 => 'a')))
println(collect(Iterators.take(Iterators.countfrom(), 3)), " ", collect(Iterators.take(Iterators.countfrom(2), 2)))
