# vector literals, typed literals, fill!/copy of arrays
struct P; x::Int; end
f(k) = [k, 2, 3]
g(k) = [k, 2.5]
h(x) = [x, x]
for k in 1:3
    println(f(k), " ", g(k), " ", h(k), " ", h(P(k)), " ", h("s"), " ", h(true), " ", h('c'), " ", h(UInt8(k)))
end
println(h(1.5), " ", h(nothing), " ", h(missing), " ", h((1, 2)), " ", typeof(h(Int8(1))), " ", h(Int128(2)))
for x in (1, 2.0, "three", 4)     # one site meeting several element types
    println(typeof(h(x)))
end
e() = []
println(e(), " ", typeof(e()))
t(k) = Int[k, 2.0]
u() = Float64[]
v(x) = Any[x, 1]
for k in 1:3
    println(t(k), " ", u(), " ", v(k), " ", v("a"), " ", Float32[k, 1])
end
try
    t(1.5)
catch err
    println(err)
end
w(xs...) = [xs...]
println(w(1, 2), " ", w(1.0), " ", w(), " ", w(1, 2, 3), " ", w(1, 2.5), " ", w("a", :b))
println([[1, 2], [3]], " ", [1:2, 3:4], " ", [1, 2.5, 3], " ", [1, "a"], " ", [0x01, 2])
a = zeros(3)
fill!(a, 2)
println(a, " ", fill!(Vector{Int}(undef, 2), 7), " ", fill!(Any[1, 2], "x"), " ", fill(1.5, 2, 2), " ", ones(Int, 3))
println(fill!(UInt64[1, 2], 3), " ", fill!(Float32[1, 2], 0.5), " ", zeros(Int8, 2), " ", fill(nothing, 2))
println(copy([1, 2]), " ", copy([1.0 2.0; 3 4]), " ", copy(["a"]), " ", copy(UInt8[1]), " ", copy(Int[]), " ", copy(Any[1, "b"]))
x = [1, 2, 3]
push!(x, 4)
y = copy(x)
push!(y, 5)
y[1] = 10
println(x, " ", y, " ", size(copy(zeros(2, 3))))
try
    fill!(zeros(2), "a")
catch err
    println(typeof(err))
end
try
    fill!(zeros(Int, 2), 1.5)
catch err
    println(err)
end
# matrix stores convert like vector stores (an Int64 into UInt64 elements is checked)
m = zeros(UInt64, 2, 2)
m[1, 1] = 5
try
    m[1, 2] = -1
catch err
    println(err)
end
n = zeros(2, 2)
n[2, 2] = 1.5
n[1, 1] = 2
println(m, " ", n)
