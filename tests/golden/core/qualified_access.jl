# Module-qualified names read in loops and functions (Base.f, M.x), and call sites whose callee
# changes: closures, types, callable structs.
module M
counter = 0
const LIMIT = 3
bump() = (global counter += 1)
end
module N
counter = 100
end

# a qualified global that changes is read anew each time; a const one stays
readc(m) = m.counter
function sum_counter(k)
    s = 0
    for _ in 1:k
        M.bump()
        s += M.counter
    end
    s
end
println(sum_counter(4), " ", M.counter, " ", M.LIMIT)
# one site meeting two modules
println(readc(M), " ", readc(N), " ", readc(M), " ", [readc(m) for m in (N, M, N)])
# a name defined only after the site first ran
module Late
end
probe() = isdefined(Late, :v) ? Late.v : :undefined
println(probe())
Core.eval(Late, :(v = 7))
println(probe())
try
    M.nothere
catch e
    println(typeof(e), ": ", e.var)
end
s = 0
for i in 1:5
    global s += Base.abs(-i) + Base.Iterators.first(i)
end
println(s, " ", Base.sum([1, 2, 3]), " ", Iterators.take(1:5, 2) |> collect)

# a call site whose callee changes: closures of one lambda, of others, a type, a callable struct
struct Scale
    k::Int
end
(s::Scale)(x) = s.k * x
apply(f, x) = f(x)
function callees()
    out = []
    for f in (x -> x + 1, x -> x + 1, x -> 2x, Float64, Scale(3), abs, Scale(5), string)
        push!(out, apply(f, -2))
    end
    out
end
println(callees())
fs = [x -> x + k for k in 1:4]
println([f(10) for f in fs], " ", map(f -> f(1), fs))
try
    apply(3, 1)
catch e
    println(typeof(e))
end
