# A call site that has resolved to a Java-implemented method keeps calling the right method
# when what it sees changes: other argument types, another callee, a new method, an error.
add(a, b) = a + b
function run_adds()
    out = Any[]
    for (a, b) in ((1, 2), (3, 4), (5, 6), (1.5, 2.0), (Int8(100), Int8(100)), (2, 0.5), (0x01, 0xff), (big(2), 3))
        push!(out, add(a, b))
    end
    out
end
r = run_adds()
println(r)
println(map(typeof, r))

# the callee changes at the same site
function apply_all(ops, x, y)
    [op(x, y) for op in ops]
end
println(apply_all((+, -, *, +, div, rem, +), 17, 5))
let op = +
    s = 0
    for i in 1:6
        s = op(s, i)
        i == 3 && (op = -)
    end
    println(s)
end

# comparisons and shifts the same way
cmp_all(xs) = [x < 3 for x in xs]
println(cmp_all([1, 2, 3, 4]), cmp_all([2.5, 3.5]), cmp_all(Any[1, 2.0, 3 // 1, 0x04]))
shift(a, n) = a << n
println([shift(1, k) for k in 0:4], " ", shift(Int8(1), 7), " ", shift(0x01, 3))

# a method added for the call's types after the site has run many times is the one called
double_xor(a, b) = xor(a, b)
function xors()
    s = 0
    for i in 1:10
        s += double_xor(i, 3)
    end
    s
end
println(xors())
Base.xor(a::Int64, b::Int64) = 1000
println(xors())

# an error from the builtin at such a site is the same error, with the same frames
safe_div(a, b) = div(a, b)
for d in (3, 2, 1)
    println(safe_div(12, d))
end
try
    safe_div(1, 0)
catch e
    println(e)
end
try
    for k in 1:5
        println(add(typemax(Int8), Int8(k)) |> typeof)
        k == 4 && add(Int8(1), "x")
    end
catch e
    println(typeof(e), ": ", e.f, " ", e.args)
end

# array and struct arguments: the site checks their types, not only their classes
elem(v, i) = v[i]
println([elem(v, 2) for v in ([1, 2, 3], [4, 5, 6], [1.5, 2.5], [7, 8], Any[:a, "b"], Dict(2 => "two"), (9, 10))])
pushit(v, x) = push!(v, x)
vs = ([1, 2], [3, 4], [1.5], Any[], Int8[], [5])
for v in vs, x in (3, 4)
    pushit(v, x)
end
println(vs)
struct P2; x::Int; y::Float64; end
struct Q2; x::String; end
fld(p, s) = getfield(p, s)
println([fld(p, :x) for p in (P2(1, 2.0), P2(3, 4.0), Q2("q"), P2(5, 6.0))])

# one argument the same way
neg(x) = -x
println([neg(x) for x in (1, 2, 3, 1.5, Int8(-128), 0x02, big(5))])
len(x) = length(x)
println([len(x) for x in ([1, 2], [3, 4, 5], [1.0], "abc", (1, 2, 3), [4, 5, 6])])
magnitude(x) = abs(x)
function magnitudes()
    s = 0
    for i in -5:5
        s += magnitude(i)
    end
    s
end
println(magnitudes())
Base.abs(x::Int64) = 100
println(magnitudes())

# three arguments: v[i] = x is setindex!(v, x, i), whose value is x (not what was stored)
function fill_with!(v, x)
    for i in eachindex(v)
        v[i] = x
    end
    v
end
println(fill_with!(zeros(Int, 3), 7), fill_with!(zeros(3), 2.5), fill_with!(zeros(3), 1), fill_with!(Any[1, 2], "s"))
store_value(v, x) = (v[1] = x)
println([store_value(zeros(Int, 2), 2.0), store_value(zeros(2), 3), store_value(UInt8[0], 255)])
try
    store_value(zeros(Int, 2), 2.5)
catch e
    println(e)
end
order = String[]
mark(s, v) = (push!(order, s); v)
function assign_in_order!(v)
    for k in 1:3
        v[mark("index", k)] = mark("value", 10k)
    end
    v
end
println(assign_in_order!(zeros(Int, 3)), " ", order[1:4])
put!(v, i, x) = (v[i] = x; nothing)
w = [1, 2, 3]
for i in 1:4
    try
        put!(w, i, 10i)
    catch e
        println(typeof(e), " ", e.i)
    end
end
println(w)
struct Cells; v::Vector{Int}; end
Base.setindex!(c::Cells, x, i::Int) = (c.v[i] = 2x; c)
cs = Cells([0, 0])
for (v, i) in ((zeros(Int, 2), 1), (cs, 2), (zeros(Int, 2), 2))
    put!(v, i, 5)
    println(v)
end
# four arguments: m[i, j] = x, and m[i, j]
setm!(m, i, j, x) = (m[i, j] = x)
ms = (zeros(Int, 2, 2), zeros(2, 2), zeros(Int, 2, 2), Any[0 0; 0 0], zeros(Int, 2, 2))
for m in ms, (i, j) in ((1, 1), (2, 1), (1, 2))
    setm!(m, i, j, i + 2j)
end
println(ms)
getm(m, i, j) = m[i, j]
println([getm(m, 2, 1) for m in ms], " ", [getm(m, i, 2) for m in ms[1:3] for i in 1:2])
try
    getm(ms[1], 3, 1)
catch e
    println(typeof(e), " ", e.i)
end

# a method defined after the site took its shortcut
put2!(v, i, x) = (v[i] = x; v)
println([put2!(zeros(Int, 2), 1, k) for k in 1:3])
Base.setindex!(v::Vector{Int}, x::Int, i::Int) = println("user setindex! ", x, " at ", i)
put2!(zeros(Int, 2), 1, 9)
