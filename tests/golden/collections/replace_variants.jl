# replace/replace! with pairs or a function, a count, on arrays, sets, dicts and tuples
println(replace([1,2,1,3], 1=>0; count=1))
println(replace([1,2,1,3], 1=>0, 2=>5))
println(replace(x -> x > 1 ? 0 : x, [1,2,3]))
println(replace(x -> isodd(x) ? 2x : x, [1,2,3,4,5]; count=2))
println(replace((1,2,1), 1=>5), " ", replace((1,2,1), 1=>5.0; count = 1))
println(replace(Set([1,2]), 1=>3))
println(replace(Dict(1=>2), (1=>2)=>(3=>4)))
println(replace!([1,2,1], 1=>7))
println(replace!(x->2x, [1,2]))
println(replace([1, missing, 3], missing => 0), " ", typeof(replace([1, missing, 3], missing => 0)))
println(typeof(replace([1, missing, 3], missing => 0; count = 1)))
println(replace([1,2,3], 2 => 2.5))
s = Set([1,2,3]); replace!(s, 1=>10); println(s)
d = Dict(1=>1, 2=>2); replace!(kv -> kv.first => 10kv.second, d); println(d)
try replace([1], 1=>2; count=-1) catch e; println(sprint(showerror, e)) end
try replace(x -> 0.5, [1, 2]) catch e; println(sprint(showerror, e)) end
println(replace("hello", "l" => "L"; count=1))
