# Structs of one to four numbers keep them unboxed (one or two in a 32-byte object, three or
# four in a 48-byte one); every operation must see the same values whatever the layout.
struct One; a::Float64; end
struct Two; a::Int; b::Float64; end
struct Three; a::Int32; b::Bool; c::Float32; end
struct Four; a::Int; b::Int; c::Int; d::Float64; end
mutable struct MTwo; a::Int; b::Float64; end
mutable struct MFour; a::Int; b::Int; c::Int; d::Int; end

vals = (One(1.5), Two(2, 2.5), Three(3, true, 3.5f0), Four(1, 2, 3, 4.5))
for v in vals
    println(v, " ", typeof(v), " ", fieldcount(typeof(v)), " ", [getfield(v, i) for i in 1:fieldcount(typeof(v))])
end
println(Two(1, 2.0) === Two(1, 2.0), " ", Two(1, 2.0) == Two(1, -2.0), " ", isequal(One(NaN), One(NaN)), " ", One(0.0) === One(-0.0))
println(hash(Two(1, 2.0)) == hash(Two(1, 2.0)), " ", length(Set([Two(1, 2.0), Two(1, 2.0), Two(2, 1.0)])))
d = Dict(Two(i, i / 2) => i for i in 1:5)
println(d[Two(3, 1.5)], " ", haskey(d, Two(3, 1.0)))

m = MTwo(1, 2.0)
m.a += 10
m.b *= 3
println(m, " ", m.a, " ", m.b)
mf = MFour(1, 2, 3, 4)
mf.d = mf.a + mf.b + mf.c
println(mf)

# fields read and written in loops (compiled code), locals holding structs across iterations
function walk(n)
    p = Two(0, 0.0)
    for i in 1:n
        p = Two(p.a + i, p.b + 0.5)
    end
    p
end
println(walk(10), " ", walk(100_000))
function total(v)
    s = 0.0
    for x in v
        s += x.a * x.b
    end
    s
end
v = [Two(i, 1 / i) for i in 1:1000]
println(total(v), " ", total(v[1:10]), " ", eltype(v), " ", sizeof(Two))
a, b = Two(7, 8.0).a, Two(7, 8.0).b
println(a, " ", b)
x, y = Two(5, 6.0) |> t -> (t.a, t.b)
println(x + y)
shapes = Any[One(1.0), Two(1, 2.0), Three(1, false, 2.0f0), Four(1, 2, 3, 4.0)]
foreach(s -> print(fieldnames(typeof(s)), " "), shapes); println()
println(sum(s isa Two ? s.a * s.b : 0.0 for s in shapes))
c = [complex(i, -i) for i in 1:3]
println(sum(c), " ", c[2] * c[3], " ", [1//2 + 1//3, 3//4])

# one field: a wrapper of a number
mutable struct Counter; n::Int; end
struct Meters; v::Float64; end
Base.:+(a::Meters, b::Meters) = Meters(a.v + b.v)
function hike(n)
    d = Meters(0.0)
    c = Counter(0)
    for i in 1:n
        d = d + Meters(0.5)
        c.n += 1
    end
    d, c
end
println(hike(10), " ", hike(100_000), " ", Meters(1.0) === Meters(1.0), " ", hash(Meters(2.0)) == hash(Meters(2.0)))
println(sum(m.v for m in [Meters(i) for i in 1:100]), " ", Dict(Meters(1.0) => "one")[Meters(1.0)])
