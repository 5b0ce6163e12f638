# a typed keyword argument must get a value of its type, unconverted (and so must its default)
plot(x; width::Int = 1) = "$width $(typeof(width))"
println(plot(1; width = 3), " | ", plot(1))
try
    plot(1; width = 2.5)
catch e
    println(sprint(showerror, e))
end
h(; n::Integer) = n
try
    h(n = 1.5)
catch e
    println(typeof(e), ": ", sprint(showerror, e))
end
println(h(n = Int8(2)), " ", typeof(h(n = Int8(2))))
k(; a::Int = 1.5) = a
try
    k()
catch e
    println(sprint(showerror, e))
end
struct KW
    v::Int
end
KW(; v::Integer = 3) = KW(v)
println(KW(), " ", KW(v = 0x02))
