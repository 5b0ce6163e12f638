# Immutable structs carried around nested loops are kept as their fields in frame slots
# (internals: "Types"); every way of using such a variable must still see the same values.
struct P
    x::Float64
    y::Float64
end
struct Q
    n::Int
    ok::Bool
    f::Float32
end
mutable struct M
    v::Int
end
function walk(n)
    p = P(0.0, 0.0)
    for i in 1:n, j in 1:10
        p = P(p.x + 1.0, p.y * 0.5 + p.x)
    end
    return p
end
# the variable changes type inside the loop: first P, then Q, then a number
function changing(n)
    v = P(1.0, 2.0)
    seen = Any[]
    for i in 1:n
        for j in 1:2
            v = i == 1 ? P(v.x + j, v.y) : i == 2 ? Q(i * j, isodd(j), Float32(j) / 2) : 1.5 * j
        end
        push!(seen, v)
    end
    return seen
end
# mutable structs keep their identity
function mutables(n)
    m = M(0)
    first = m
    for i in 1:n, j in 1:3
        m.v += 1
        m = j == 3 ? m : m
    end
    return m === first, m.v
end
# values escape into arrays, closures and exceptions; === compares by value
function escapes(n)
    q = Q(0, false, 0f0)
    out = Q[]
    fs = Function[]
    for i in 1:n
        for j in 1:2
            q = Q(q.n + 1, !q.ok, q.f + 0.5f0)
        end
        push!(out, q)
        local qi = q
        push!(fs, () -> qi.n)
    end
    caught = try
        for i in 1:3, j in 1:3
            q = Q(q.n + 1, q.ok, q.f)
            i == 2 && j == 2 && error("at $(q.n)")
        end
        nothing
    catch e
        e.msg
    end
    return out, map(f -> f(), fs), caught, q, q === Q(q.n, q.ok, q.f)
end
# recursion: each frame has its own fields
function nest(d)
    p = P(d, 0.0)
    for i in 1:2, j in 1:2
        p = P(p.x, p.y + (d > 0 ? nest(d - 1).y : 1.0))
    end
    return p
end
for round in 1:3          # the later rounds run compiled code
    println(walk(1000), " ", changing(4))
    println(mutables(5), " ", escapes(3))
    println(nest(3))
    for i in 1:20000
        walk(10); changing(3); mutables(2); escapes(2); nest(1)
    end
end
# destructuring stores numbers unboxed while their types stay put, and copes when they change
function swaps(n)
    a, b = 1, 2.5
    p, q = P(1.0, 2.0), 0
    for i in 1:n, j in 1:2
        a, b = b, a                    # Int64 and Float64 trade places
        p, q = q == 0 ? (P(p.y, p.x), 1) : (p, q + 1)
    end
    return a, b, p, q
end
println(swaps(3), " ", swaps(4))
for i in 1:20000; swaps(2); end
println(swaps(3), " ", swaps(4))
