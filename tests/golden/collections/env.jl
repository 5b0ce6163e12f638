# ENV: the process environment. Only names this file sets are printed: the rest differs per machine.
println(get(ENV, "JL_SURELY_UNSET_NAME", "default"), " ", haskey(ENV, "JL_SURELY_UNSET_NAME"))
ENV["JL_GOLDEN_VAR"] = 42
println(repr(ENV["JL_GOLDEN_VAR"]), " ", "JL_GOLDEN_VAR" in keys(ENV), " ", ("JL_GOLDEN_VAR" => "42") in ENV)
println(count(p -> p.first == "JL_GOLDEN_VAR", collect(ENV)), " ", occursin("\"JL_GOLDEN_VAR\" => \"42\"", repr(ENV)))
delete!(ENV, "JL_GOLDEN_VAR")
println(haskey(ENV, "JL_GOLDEN_VAR"), " ", pop!(ENV, "JL_GOLDEN_VAR", "gone"))
try ENV["JL_SURELY_UNSET_NAME"] catch e; println(e) end
n = 0
for (k, v) in ENV
    global n += k isa String && v isa String
end
println(n == length(ENV))
