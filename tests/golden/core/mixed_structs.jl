# Structs of a few fields mixing numbers and other values (one object each): construction,
# conversion, field reads and writes, unassigned fields, equality, hashing, arrays of them.
struct Item
    name::String
    count::Int
    price::Float64
end
mutable struct Cell
    value::Int
    label::Any
    next::Cell
    Cell(v) = (c = new(); c.value = v; c)
end
items = [Item("apple", 3, 0.5), Item("pear", 2, 1)]
println(items[2], " ", items[2].price, " ", sum(i.count * i.price for i in items))
println(Item("a", 1, 2) == Item("a", 1, 2.0), " ", Item("a", 1, 2) === Item("a", 1, 2.0), " ", hash(Item("a", 1, 2)) == hash(Item("a", 1, 2.0)))
println(isequal(Item("a", 1, NaN), Item("a", 1, NaN)), " ", Item("a", 1, NaN) == Item("a", 1, NaN))
c = Cell(1)
println(isdefined(c, :value), " ", isdefined(c, :next), " ", isdefined(c, :label))
c.label = "first"
c.next = Cell(2)
c.next.label = :second
c.value += 10
println(c.value, " ", c.label, " ", c.next.value, " ", c.next.label, " ", isdefined(c.next, :next))
try
    c.next.next
catch e
    println(typeof(e))
end
try
    c.value = "x"
catch e
    println(typeof(e))
end
c.value = 2.0
println(c.value, " ", typeof(c.value))
subs = [SubString("hello world", i, i + 2) for i in 1:3:9]
println(subs, " ", typeof(subs), " ", [s.offset for s in subs], " ", join(subs, "|"))
d = Dict(Item("k", 1, 1.0) => "v")
println(d[Item("k", 1, 1.0)], " ", haskey(d, Item("k", 1, 1.5)))
for (name, n) in ["x" => 1, "y" => 2]
    print(name, n, " ")
end
println()
v = Vector{Item}(undef, 2)
println(isassigned(v, 1))
v[1] = Item("z", 0, 0)
println(v[1], " ", isassigned(v, 2))
