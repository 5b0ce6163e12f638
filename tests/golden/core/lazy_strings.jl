# LazyString and lazy"...": the string is made when first used, then kept
x = 5
l = lazy"x is $(x), twice $(2x)\n"
print(l)
println(typeof(l), " ", repr(l), " ", length(l), " ", l == "x is 5, twice 10\n", " ", uppercase(l), " ", occursin("twice", l), " ", String(l) === String(l))
m = LazyString("a", 1, :b)
println(m, " ", sizeof(m), " ", string(m, "!"), " ", m * "c", " ", lazy"plain", " ", Dict(m => 1)["a1b"])
err = ArgumentError(lazy"bad value $(x)")
try throw(err) catch e; showerror(stdout, e); println() end
