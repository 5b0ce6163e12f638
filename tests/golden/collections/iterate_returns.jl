# A for loop over a user-defined iterator: `iterate`'s tuple reaches the loop written into a
# buffer when it is a tuple expression in return position (see docs/internals.md). Every way a
# method can return, and element and state kinds that change during a loop.
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)

# elements and states of changing kinds: Int, then Float64, then a String
struct Drift end
function Base.iterate(::Drift, s = 1)
    s > 6 && return nothing
    if s <= 2
        return (s, s + 1)
    elseif s <= 4
        return (s / 4, s + 1.0)
    end
    (string("s", Int(s)), Int(s) + 1)
end

# the tuple comes from a variable, from another call, or from a conditional inside a let
struct Indirect; n::Int; end
pair(a, b) = (a, b)
function Base.iterate(it::Indirect, s = 0)
    s >= it.n && return nothing
    if s == 0
        t = (10, 1)
        return t
    elseif s == 1
        return pair(20, 2)
    end
    let k = s
        isodd(k) ? (30 + k, k + 1) : (40 + k, k + 1)
    end
end

# a declared return type converts the tuple (Int32 elements)
struct Typed; end
function Base.iterate(::Typed, s = 1)::Union{Nothing, Tuple{Int32, Int32}}
    s > 3 ? nothing : (s, s + 1)
end

# iterate with keywords (the loop passes none)
struct Stepped; n::Int; end
Base.iterate(it::Stepped, s = 1; step = 2) = s > it.n ? nothing : (s, s + step)

# an iterator whose iterate itself loops over another iterator
struct Sums; n::Int; end
function Base.iterate(it::Sums, k = 1)
    k > it.n && return nothing
    total = 0
    for x in Countdown(k)
        total += x
    end
    (total, k + 1)
end

# struct elements, destructured
struct Pt; x::Int; y::Float64; end
struct Path; n::Int; end
Base.iterate(p::Path, i = 1) = i > p.n ? nothing : (Pt(i, i / 2), i + 1)

# (collect would need a length method or an IteratorSize declaration, as in Julia)
function items(itr)
    v = []
    for x in itr
        push!(v, x)
    end
    v
end

function total(itr)
    s = 0
    for x in itr
        s += x
    end
    s
end

println(total(Countdown(5)), " ", total(Countdown(0)), " ", items(Countdown(3)))
for x in Drift()
    print(x, "::", typeof(x), " ")
end
println()
println(items(Indirect(6)))
for x in Typed()
    print(x, "::", typeof(x), " ")
end
println()
println(items(Stepped(7)), " ", items(Stepped(4)))
println(items(Sums(5)))
for (i, p) in enumerate(Path(3))
    print(i, ":", p.x, "/", p.y, " ")
end
println()
s = 0.0
for p in Path(4)
    global s += p.x * p.y
end
println(s)

# break, continue and nested loops over one iterator
function nested(n)
    out = Int[]
    for a in Countdown(n)
        a == 2 && continue
        for b in Countdown(a)
            b < a - 1 && break
            push!(out, 10a + b)
        end
    end
    out
end
println(nested(4))

# called directly, iterate still returns real tuples
c = Countdown(2)
y = iterate(c)
println(y, " ", typeof(y), " ", iterate(c, 1), " ", iterate(c, 0))
println(iterate(Drift(), 3), " ", iterate(Indirect(3), 2), " ", iterate(Typed()))

# what iterate returns is destructured as `(x, state) = next`: a longer tuple gives its first
# two elements; a number is a one-element iterable, too short
struct Long3; end
Base.iterate(::Long3, s = 1) = s > 2 ? nothing : (s, s + 1, "ignored")
println(items(Long3()))
struct Broken; end
Base.iterate(::Broken, s = 1) = s > 2 ? nothing : s
try
    for x in Broken()
        println(x)
    end
catch e
    println(typeof(e), ": ", sprint(showerror, e))
end

# a call in return position passes the loop's buffer on: wrappers, recursion, a vector's iterate
struct Wrap; inner; end
Base.iterate(w::Wrap, s...) = iterate(w.inner, s...)
struct Deep; n::Int; end
Base.iterate(d::Deep, s = (d.n, 0)) = s[1] <= 0 ? nothing : s[2] < 2 ? iterate(d, (s[1], s[2] + 1)) : (s[1], (s[1] - 1, 0))
struct Kw; n::Int; end
Base.iterate(k::Kw, s = 1) = step_from(k, s; by = 1)
step_from(k, s; by) = s > k.n ? nothing : (s, s + by)
println(items(Wrap(Countdown(3))), " ", items(Wrap([1.5, 2.5])), " ", items(Wrap(Drift())), " ", items(Wrap(Wrap(Path(2)))))
println(items(Deep(3)), " ", items(Kw(3)), " ", items(Iterators.rest(Countdown(5), 2)), " ", items(Wrap(Long3())))
println(Iterators.peel(Countdown(3))[1], " ", items(Iterators.peel(Countdown(3))[2]), " ", Iterators.peel(Countdown(0)))

# hot: the compiled loop gives the same answers
function hot()
    t = 0
    for k in 1:2000
        t += total(Countdown(k % 50))
        for x in Drift()
            t += x isa String ? length(x) : round(Int, x)
        end
        t += total(Wrap(Countdown(k % 7))) + total(Deep(k % 3))
    end
    t
end
println(hot())
