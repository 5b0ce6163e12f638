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
# a type parameter's bound may name an earlier parameter; a violation reports the variable as
# Julia does (in T, expected T<:Real)
struct Wrapped{T, V<:AbstractVector{T}}
    v::V
end
println(Wrapped{Int, Vector{Int}}([1]), " ", (Vector{T} where T<:Real).var)
for make in (() -> Wrapped{Int, Vector{Float64}}, () -> Complex{String})
    try
        make()
    catch e
        println(sprint(showerror, e))
    end
end
