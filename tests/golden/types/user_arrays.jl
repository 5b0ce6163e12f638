# An AbstractVector of your own needs only size and getindex (length, eltype from the
# supertype, iteration, sum, broadcasting, printing follow); property destructuring (; a, b) = x.
struct MyRange <: AbstractVector{Int}
    n::Int
end
Base.size(r::MyRange) = (r.n,)
Base.getindex(r::MyRange, i::Int) = i * 10
r = MyRange(3)
println(length(r), " ", r[2], " ", eltype(r), " ", ndims(r))
println(collect(r))
println(sum(r))
println(r)
println(r .+ 1)
println(r[end])
display(r)
nt = (a = 1, b = 2)
(; a, b) = nt
println(a + b)
struct P
    x
    y
end
(; y, x) = P(3, 4)
println(x, y)
function f(p)
    (; x) = p
    x
end
println(f(P(7, 8)))
