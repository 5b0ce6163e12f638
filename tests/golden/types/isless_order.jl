# a type that defines isless gets <, <=, >, >=, sort and maximum; !f negates a predicate
struct Q; v::Int; end
Base.isless(a::Q, b::Q) = a.v < b.v
println(Q(1) > Q(0), " ", Q(1) <= Q(1), " ", Q(1) >= Q(2), " ", Q(2) < Q(3), " ", sort([Q(3), Q(1)]), " ", maximum([Q(1), Q(5)]))
println(findall(!iszero, [0, 1, 2, 0]), " ", filter(!isempty, ["", "a"]), " ", (!isodd)(2))
struct R; v::Int; end
try R(1) < R(2) catch e; println(first(split(sprint(showerror, e), "\n"))) end
# short vectors are sorted by insertion in compiled code, longer ones by Java's sort: same order
for n in (1, 2, 15, 16, 17, 40)
    xs = [isodd(k) ? (-1.0)^k * k / 3 : k == 4 ? NaN : k == 6 ? -0.0 : 0.0 for k in 1:n]
    is = [(k * 7919) % 23 - 11 for k in 1:n]
    s = sort(xs)   # -0.0 before 0.0, NaN last
    println(n, " ", issorted(s), " ", s[1:min(n, 5)], " ", s[end], " ", findfirst(x -> x === -0.0, s), " ", findfirst(x -> x === 0.0, s),
            " ", sort(is)[1:min(n, 5)], " ", sort(is; rev = true)[1:min(n, 3)])
end
