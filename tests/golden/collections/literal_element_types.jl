# concatenation and literals take the promoted element type (Julia's promote_eltypeof): missing
# and nothing make small unions, pairs promote field by field; containers whose element types
# print implicitly (Dicts of them, named tuples) print without a type prefix
println(typeof([missing 1.0; 2.0 missing]), " ", typeof([1 nothing]), " ", typeof([missing; 1]), " ", typeof(vcat(1, nothing)), " ", typeof([1, missing]))
println(typeof([1, "a"]), " ", typeof(vcat([1], [2.0])), " ", typeof([1 2.5]), " ", typeof(["a" 1]), " ", typeof(hcat(1, missing)))
println([1 => 1.0, 2 => 2], " ", typeof([1 => "a", 2 => :b]), " ", Dict([1 => 1.0, 2 => 2]), " ", Dict(:a => 1.0, :b => 2))
println(Dict(1 => Dict(2 => 3)), " ", [Dict(1 => 2)], " ", [(a = 1, b = "x")], " ", Dict(:a => (1, 2)), " ", [1 => "a"])
println(keytype(Dict{Int,String}), " ", valtype(Dict{Int,String}), " ", promote_type(Pair{Int,Float64}, Pair{Int,Int}))
