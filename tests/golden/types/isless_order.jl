# a type that defines isless gets <, <=, >, >=, sort and maximum; !f negates a predicate
struct Q; v::Int; end
Base.isless(a::Q, b::Q) = a.v < b.v
println(Q(1) > Q(0), " ", Q(1) <= Q(1), " ", Q(1) >= Q(2), " ", Q(2) < Q(3), " ", sort([Q(3), Q(1)]), " ", maximum([Q(1), Q(5)]))
println(findall(!iszero, [0, 1, 2, 0]), " ", filter(!isempty, ["", "a"]), " ", (!isodd)(2))
struct R; v::Int; end
try R(1) < R(2) catch e; println(first(split(sprint(showerror, e), "\n"))) end
