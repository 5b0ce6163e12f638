# a[i] = v is setindex!(a, v, i) valued v, evaluated in Julia's order.
a = [1, 2, 3]
x = (a[2] = 10)
println(x, " ", a)
a[end] = 7; a[begin] = 5; println(a)
m = zeros(Int, 2, 2); m[end, 1] = 3; m[1, end] = 4; println(m)
f() = (print("f "); 2)
g() = (print("g "); 9)
h() = (print("h "); a)
h()[f()] = g(); println(a)       # a computed value first, then the array and the index
h()[end] = g(); println(a)       # `end` needs the array first
k = 5
h()[f()] = k; println(a)         # a plain variable is read in place
b = Int8[1, 2]
try
    b[1] = 1000
catch e
    println(typeof(e))
end
d = Dict{String,Int}()
y = d["z"] = 4
println(y, " ", d)
function fill_squares!(v)
    for i in eachindex(v)
        v[i] = i * i             # in a loop: no hidden temporaries
    end
    v
end
println(fill_squares!(zeros(Int, 5)))
# a[i] op= v evaluates the array and the indices once
a = [1, 2, 3]
a[f()] += 10; println(a)
h()[1] *= 3; println(a)
a[f()] += g(); println(a)
a[end] -= 1; println(a)
function counts(xs)
    c = zeros(Int, 3)
    for x in xs
        c[x] += 1
    end
    c
end
println(counts([1, 2, 2, 3, 3, 3]))
# splatted indices
m = [1 2; 3 4]
idx = (1, 2)
m[idx...] = 7
m[idx...] += 1
println(m, " ", m[idx...])
