# Everyday-program corners found in session 38: the value of `global x += 1`, typed let
# bindings, Julia's lowering errors for parameter lists, struct bodies and named tuples,
# eachindex of a cartesian matrix type, the "Possible fix" of an ambiguity, where a soft-scope
# warning points.
counter = 0
next_id!() = global counter += 1
println(next_id!(), " ", next_id!())
y = (local z = 4); println(y)
w = (global q = 7); println(w, " ", q)
r = let x::Int = 2.0; x; end;  println(r, " ", typeof(r))
let s::Float64 = 1; println(typeof(s)); end
println(try let x::Int = 2.5; x; end catch e; sprint(showerror, e) end)

for src in ["function f(x = 1, y); (x, y); end", "g(a, a) = a", "k(x; x = 1) = x",
            "struct X; a; a; end", "nt = (a = 1, a = 2)", "struct A\n    x::Int = 1\n    y::Int\nend"]
    try
        include_string(Main, src)
        println("accepted: ", src)
    catch e
        println(first(split(sprint(showerror, e), " around ")))
    end
end
kv(x, y = 1, z...) = (x, y, z)
println(kv(1), kv(1, 2, 3, 4))
under(_, _) = "underscores repeat"
println(under(1, 2))

struct Tri <: AbstractMatrix{Int}
    n::Int
end
Base.size(t::Tri) = (t.n, t.n)
Base.getindex(t::Tri, i::Int, j::Int) = i >= j ? 1 : 0
println(eachindex(Tri(2)), " ", sum(Tri(3)), " ", eachindex(view([1, 2, 3], [1, 3])))
println(IndexStyle(view(zeros(3, 3), :, 1)), " ", IndexStyle(view(zeros(3, 3), [1, 2], :)))

gd(x::T, y::T) where {T} = 1
gd(x::Int, y) = 2
try
    gd(1, 1)
catch e
    println(strip(split(sprint(showerror, e), "Possible fix, define")[2]))
end

s = 0
for i in 1:3
    local s
    s = i
end
t = 0
for i in 1:3
    t2 = i
    global t = t2
end
println(s, " ", t)
