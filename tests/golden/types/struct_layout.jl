# Structs of up to four Int64/Float64/Int32/Float32/Bool fields are stored unboxed; every
# operation on them must behave exactly as on any other struct.
struct P2
    x::Float64
    y::Float64
end
struct Mixed
    a::Int64
    b::Float32
    c::Int32
    d::Bool
end
mutable struct Counter
    n::Int
    total::Float64
end
struct Five
    a::Int; b::Int; c::Int; d::Int; e::Int
end

p = P2(1, 2.5)
println(p, " ", p.x, " ", typeof(p.y), " ", getfield(p, 2), " ", getfield(p, :x), " ", nfields(p))
m = Mixed(1, 2.5, 3, true)
println(m, " ", typeof(m.b), " ", typeof(m.c), " ", m.d, " ", fieldnames(Mixed))
println(Mixed(typemax(Int), -0.0f0, Int32(-1), false))
try
    Mixed(1, 2.5, 2^40, true)
catch e
    println(e)
end

# egality and hashing look at the bits, as Julia's === does
println(P2(NaN, 0.0) === P2(NaN, 0.0), " ", P2(0.0, 0.0) === P2(-0.0, 0.0), " ", P2(1, 2) == P2(1.0, 2.0))
d = Dict(P2(1, 2) => "a", P2(3, 4) => "b")
println(d[P2(1.0, 2.0)], " ", haskey(d, P2(3, 4)), " ", haskey(d, P2(3, 5)), " ", hash(P2(1, 2)) == hash(P2(1, 2)))
println(Set([Mixed(1, 1, 1, true), Mixed(1, 1, 1, true), Mixed(1, 1, 1, false)]) |> length)

# mutation converts and checks like any typed field
c = Counter(0, 0)
for i in 1:10
    c.n += i
    c.total += i / 2
end
println(c, " ", c.n, " ", c.total)
c.n = 3.0
println(c.n, " ", typeof(c.n))
try
    c.n = 2.5
catch e
    println(e)
end
try
    p.x = 3
catch e
    println(e)
end

f = Five(1, 2, 3, 4, 5)
println(f, " ", f.e, " ", f === Five(1, 2, 3, 4, 5))

# inner constructors and partially initialized structs
struct Lazy
    v::Int
    w::Float64
    Lazy(v) = new(v)
end
println(Lazy(7).v)
struct LazyName
    v::Int
    s::String
    LazyName(v) = new(v)
end
try
    LazyName(1).s
catch e
    println(e)
end
struct Checked
    lo::Int
    hi::Int
    Checked(lo, hi) = lo <= hi ? new(lo, hi) : error("out of order")
end
println(Checked(1, 2), " ", try Checked(3, 2) catch e; e.msg end)

# parametric structs get the layout of their instances' field types
struct Pt{T}
    x::T
    y::T
end
println(Pt(1, 2), " ", Pt(1.5, 2.5), " ", Pt("a", "b"), " ", Pt(1, 2).x + Pt(1.5, 2.5).y)

# a hot loop over unboxed fields
norm2(ps) = (s = 0.0; for q in ps; s += q.x * q.x + q.y * q.y; end; s)
ps = [P2(i, -i) for i in 1:1000]
println(norm2(ps), " ", norm2(ps) == sum(2i^2 for i in 1:1000))
# one property-access site seeing structs, then a named tuple and a module
getx_any(o) = o.x
module ModWithX
x = 7
end
function sum_getx(n)
    s = 0.0
    for i in 1:n
        s += getx_any(StructLayoutP1(i))
    end
    s
end
struct StructLayoutP1
    x::Float64
end
println(sum_getx(10_000), " ", getx_any((x = 5,)), " ", getx_any(ModWithX), " ", getx_any(StructLayoutP1(2.5)))
