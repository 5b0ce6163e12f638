# A where-variable that only a keyword's type mentions takes its value from the keyword.
f(; x::T) where {T} = T
println(f(x = 1), " ", f(x = "a"), " ", f(x = [1.0]))
g(a::S; b::T = 2.0) where {S, T <: Real} = (S, T)
println(g(1), " ", g(1; b = 3), " ", g("s"; b = 0x01))
h(; xs::Vector{T}, n::Integer = length(xs)) where {T} = (T, n)
println(h(xs = [1.0, 2.0]), " ", h(xs = ["a"], n = 5))
both(a::T; b::T = a) where {T} = (T, a, b)
println(both(1), " ", both(1; b = 2))
pair(; k::K, v::V) where {K, V} = Dict{K, V}(k => v)
println(pair(k = :a, v = 1.5))
# a value outside the keyword's type (the where-variable's bound, here) is refused
try
    g(1; b = "no")
catch e
    println(typeof(e))
end
