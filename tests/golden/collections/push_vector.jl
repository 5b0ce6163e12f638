# push! stores in place, converting to the element type (InexactError when it cannot); a
# matrix has no push!; collect/map narrow a Vector{Any} they filled
a = Float64[]; push!(a, 1); push!(a, 2.5); println(a)
b = Int8[]; push!(b, 3); println(b, " ", typeof(b))
try push!(Int[], 1.5) catch e; println(sprint(showerror, e)) end
c = Any[]; push!(c, "x"); push!(c, 1); println(c, " ", push!(c, 2) === c)
d = Int[]; for i in 1:100; push!(d, i); end; println(length(d), " ", d[end], " ", size(d))
e = String[]; push!(e, "a"); println(e)
try push!(zeros(2, 2), 1.0) catch err; println(typeof(err)) end
f = UInt64[]; push!(f, 0x01); push!(f, 5); println(f)
println(map(x -> x * 2, 1:5), " ", map(x -> x > 2 ? 1.5 : 1, 1:4), " ", collect(x for x in ("a", 1)), " ", filter(isodd, 1:7))
