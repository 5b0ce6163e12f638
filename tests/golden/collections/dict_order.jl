# Dict and Set keep Julia 1.10's hash-table layout: the same hash values (hashing.jl) and the
# same slots, so they iterate and print in Julia's order. The expected lines marked "doc" are
# the outputs in Julia 1.10's own docstrings (hash, Dict, get!, merge!, merge, union!, union,
# Set, keys); the others follow from the same algorithm.
a = hash(10)
println(repr(a), " ", repr(hash(10, a)))                                   # doc: hash
println(Dict("A" => 1, "B" => 2))                                           # doc: Dict
println(Dict([("A", 1), ("B", 2)]))                                         # doc: Dict
println(Dict('a' => 2, 'b' => 3), " ", collect(keys(Dict('a' => 2, 'b' => 3))))   # doc: keys
d = Dict("a" => 1, "b" => 2, "c" => 3)
get!(d, "d", 4)
println(d)                                                                  # doc: get!
d1 = Dict(1 => 2, 3 => 4)
merge!(d1, Dict(1 => 4, 4 => 5))
println(d1)                                                                 # doc: merge!
a = Dict("foo" => 0.0, "bar" => 42.0)
b = Dict("baz" => 17, "bar" => 4711)
println(a, " ", b, " ", merge(a, b), " ", merge(b, a))                      # doc: merge
println(mergewith(+, a, b))
println(Set("aaBca"), " ", union!(Set([3, 4, 5]), 1:2:7), " ", union(Set([1, 2]), 2:3))  # doc
println(Dict(1 => "a", 2 => "b", 3 => "c"), " ", Dict(:A => 10, :B => -1, :C => 0))       # doc

# hash values: integers, floats equal to them, strings, chars, symbols, tuples, pairs, arrays
println(repr(hash(1)), " ", repr(hash(1.0)), " ", repr(hash(UInt8(1))), " ", repr(hash(true)), " ", repr(hash(Int128(1))))
println(repr(hash(1.5)), " ", repr(hash(-0.0)), " ", repr(hash(NaN)), " ", repr(hash(NaN32)), " ", repr(hash(2.0^70)), " ", repr(hash(big(2)^70)))
println(repr(hash("hello")), " ", repr(hash("")), " ", repr(hash("a longer string, past sixteen bytes")), " ", repr(hash(SubString("xhello", 2))))
println(repr(hash('a')), " ", repr(hash('é')), " ", repr(hash(:a)), " ", repr(objectid(:a)), " ", repr(hash(:a, UInt(1))))
println(repr(hash((1, 2))), " ", repr(hash(())), " ", repr(hash(1 => 2)), " ", repr(hash([1, 2, 3])), " ", repr(hash(1:3)))
println(repr(hash(1 // 2)), " ", repr(hash(1 // 3)), " ", repr(hash(3 // 1)), " ", repr(hash(1 + 2im)), " ", repr(hash(big(3)^50)))
println(repr(hash(typemax(UInt64))), " ", repr(hash(typemin(Int64))), " ", repr(hash(Int128(2)^100)), " ", repr(hash(-Int128(2)^64 - 1)))
# equal values hash alike, across types
println(hash(3) == hash(3.0) == hash(Int8(3)) == hash(3 // 1) == hash(big(3)) == hash(UInt128(3)) == hash(3 + 0im))
println(hash(0.5) == hash(1 // 2), " ", hash(2.0^64) == hash(UInt128(2)^64), " ", hash(-0.0) == hash(0.0), " ", isequal(-0.0, 0.0))
println(hash([1, 2]) == hash([1.0, 2.0]), " ", hash(Dict(1 => 2)) == hash(Dict(1.0 => 2)), " ", hash(Set([1, 2])) == hash(Set([2, 1])))

# a user type with its own hash and isequal
struct Point
    x::Int
    y::Int
end
Base.hash(p::Point, h::UInt) = hash(p.x, hash(p.y, h))
Base.isequal(p::Point, q::Point) = p.x == q.x && p.y == q.y
pts = Dict(Point(1, 2) => "a", Point(3, 4) => "b")
println(pts[Point(1, 2)], " ", haskey(pts, Point(3, 4)), " ", repr(hash(Point(1, 2))), " ", collect(values(pts)))

# growth, deletion (tombstones reused), sizehint!, empty!, copy keep Julia's layout
g = Dict{Int, Int}()
for i in 1:20
    g[i * 37] = i
end
println(collect(keys(g)))
for i in 1:2:20
    delete!(g, i * 37)
end
g[1000] = 0
g[37] = 1
println(collect(keys(g)), " ", length(g))
h = copy(g)
println(collect(keys(h)) == collect(keys(g)), " ", h == g)
sizehint!(h, 100)
println(collect(keys(h)))
empty!(h)
h[5] = 5
h[3] = 3
println(h, " ", length(h))
s = Set{String}()
for w in split("the quick brown fox jumps over the lazy dog")
    push!(s, w)
end
println(s, " ", length(s))
println(pop!(Dict(10 => 1, 20 => 2)), " ", filter(p -> isodd(p.second), Dict(i => i for i in 1:8)))
words = Dict{String, Int}()
for w in split("a b a c b a d e f g h i j k l m n o p a")
    words[w] = get(words, w, 0) + 1
end
println(words)
println(Dict(string(c) => i for (i, c) in enumerate("julia")), " ", Set(1:10), " ", Set([0.5, 1.0, 2.5]))
# property: values equal under isequal hash alike across Int64, Float64, Int128, BigInt and
# Rational, and differ where isequal says they differ (a fixed pseudo-random sample)
let bad = 0, x = 0x2545f4914f6cdd1d
    for i in 1:2000
        x = x * 0x5851f42d4c957f2d + 0x14057b7ef767814f
        v = reinterpret(Int64, x) >> (x % 60)
        f = Float64(v)
        same = isequal(v, f)
        (hash(v) == hash(f)) == same || (bad += 1)
        hash(v) == hash(Int128(v)) == hash(big(v)) == hash(v // 1) || (bad += 1)
        hash(f / 4) == hash(big(v) // 4) || (f / 4 != big(v) // 4) || (bad += 1)
        hash(big(v) * 2^64) == hash(Int128(v) * 2^64) || abs(big(v)) >= big(2)^62 || (bad += 1)
    end
    println("hash/isequal disagreements: ", bad)
end
# the runtime's probing for Int64/String/Symbol/Char keys and Base's Julia code for other key
# types give the same table after the same insertions, deletions and lookups
function same_layout(make_key, K)
    fast = Dict{K, Int}()
    generic = Dict{Any, Int}()
    x = 0x9e3779b97f4a7c15
    for i in 1:3000
        x = x * 0x5851f42d4c957f2d + 0x14057b7ef767814f
        k = make_key(Int(x >> 54))
        op = x % 5
        if op < 3
            fast[k] = i
            generic[k] = i
        elseif op == 3
            delete!(fast, k)
            delete!(generic, k)
        else
            get(fast, k, 0) == get(generic, k, 0) || return false
        end
        fast.slots == generic.slots || return false
    end
    collect(keys(fast)) == collect(keys(generic)) && collect(values(fast)) == collect(values(generic))
end
println(same_layout(identity, Int), " ", same_layout(string, String), " ", same_layout(i -> Symbol("s", i), Symbol), " ",
        same_layout(i -> Char(0x41 + i), Char))
