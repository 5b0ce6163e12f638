# evalfile (a file run in an anonymous module), Module(name), include(m, path), hardlink, isreadonly
ef = joinpath(mktempdir(), "ef.jl")
write(ef, "x = 41\nx + length(ARGS)\n")
println(evalfile(ef), " ", evalfile(ef, ["a"]), " ", isdefined(Main, :x))
m = Module(:Anon)
println(typeof(m), " ", Core.eval(m, :(y = 2; y + 1)), " ", isdefined(Main, :y), " ", m, " ", include(m, ef), " ", Core.eval(m, :x))
d = mktempdir(); f = joinpath(d, "a"); write(f, "x")
hardlink(f, joinpath(d, "b"))
println(read(joinpath(d, "b"), String), " ", stat(f).nlink, " ", samefile(f, joinpath(d, "b")), " ", isreadonly(IOBuffer("x")), " ", isreadonly(IOBuffer()), " ", open(isreadonly, f))
try hardlink(f, joinpath(d, "b")) catch e; println(typeof(e)) end
