# vcat of vectors and scalars: the element type by promotion (or the prefix), conversion errors as push!'s.
v = [1, 2]
println(vcat(v, v), " ", vcat(v, 3, [4.5]), " ", vcat(1, 2), " ", vcat(), " ", vcat([1], Any["a"]), " ", [v; 7], " ", typeof(vcat(Int8[1], Int8[2])), " ", vcat(1:2, [3]), " ", vcat(view(v, 1:1), v))
try Int[v; 1.5] catch e; println(sprint(showerror, e)) end
