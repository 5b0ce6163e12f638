# Local functions: several methods of one local function share one closure (its captures are
# the union of theirs); `let f(x; k) = ...` bindings; `global f() = ...` inside a let or a function
# defines a method of the global function that keeps the local variables it uses.
function outer()
    h(x::Int) = "int"
    h(x::Number) = "num"
    (h(1), h(1.0))
end
println(outer())
function captures(a, b)
    k(x::Int) = x + a
    k(x::Float64) = x * b
    k(x::String) = x * string(a, b)
    (k(1), k(2.0), k("s"), length(methods(k)))
end
println(captures(10, 3))
function counter()
    n = 0
    bump(k::Int) = (n += k)
    bump() = bump(1)
    bump(); bump(5)
    n
end
println(counter())
function separate()
    f1 = let
        p(x) = 1
        p
    end
    f2 = let
        p(x::Int) = 2
        p
    end
    (f1(1), f2(1), length(methods(f1)), length(methods(f2)))
end
println(separate())
r = let g(x, z = 1) = x + z
    g(1)
end
println(r)
r2 = let g(x; y = 2) = x + y
    g(1; y = 5)
end
println(r2, " ", @isdefined(g))
let c = 0
    global nid() = (c += 1)
end
println(nid(), " ", nid(), " ", nid())
let cache = Dict{Int,Int}()
    global function fibm(n)
        n < 2 && return n
        get!(cache, n) do
            fibm(n - 1) + fibm(n - 2)
        end
    end
    global cachesize() = length(cache)
end
println(fibm(80), " ", cachesize())
let c = 100   # running the definition again gives the method the new variable
    global nid() = (c += 1)
end
println(nid(), " ", nid())
function make_global(k)
    global scaled(x; by = k) = x * by   # inside a function: captures its argument
end
make_global(3)
println(scaled(2), " ", scaled(2; by = 10))
make_global(5)
println(scaled(2))
let a = 1
    global adder(x, y = a) = x + y + a
end
println(adder(1), " ", adder(1, 10))
let
    h() = 1
end
println(@isdefined(h))
println(length(methods(scaled)), " ", length(methods(nid)), " ", scaled isa Function)
# in a top-level loop (soft scope) a function definition is local, as an assignment would be
for i in 1:2
    loopdef() = i
end
println(@isdefined(loopdef))
