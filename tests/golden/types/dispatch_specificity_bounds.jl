# parametric signatures are more specific than their bare forms; bounds naming other variables
h(a::Vector{T}, b::Vector{T}) where {T} = "same element type"
h(a::Vector, b::Vector) = "any vectors"
println(h([1], [2]), " | ", h([1], [2.0]))
g(a::NamedTuple{n}, b::NamedTuple{n}) where {n} = "same names"
g(a::NamedTuple, b::NamedTuple) = "any"
println(g((a = 1,), (a = 2,)), " | ", g((a = 1,), (b = 2,)))
s(a::T, b::S) where {T, S<:T} = (T, S)
println(s(1, 2), " ", s(Number, Int)) 
s2(a::T, b::S) where {T<:Number, S<:T} = (T, S)
println(s2(1.0, 2.0))
try
    s2(1, 2.0)
catch e
    println(typeof(e))
end
s5(::Type{T}, ::S) where {T, S<:T} = S
println(s5(Number, 1), " ", s5(Real, 2.5))
try
    s5(String, 1)
catch e
    println(typeof(e))
end

# named tuples compare by names and values
println((a = [1],) == (a = [1],), " ", (a = 1,) == (a = 1.0,), " ", (a = NaN,) == (a = NaN,), " ", (a = missing,) == (a = missing,))
println(isequal((a = [1],), (a = [1],)), " ", (a = 1, b = 2) == (b = 2, a = 1), " ", (a = 1, b = 2) < (a = 1, b = 3))
println(Dict((a = 1, b = [2]) => "v")[(a = 1, b = [2])])

# a family's every type is within its bare name, even when a bound ties one parameter to another
# (Julia's KeySet{K, T<:AbstractDict{K}}): W{<:Any, <:Vector} <: W, so this method is the more specific
struct TiedW{K, T<:AbstractVector{K}}
    x::T
end
tiedf(w::TiedW{<:Any, <:Vector}) = "vector"
tiedf(w::Union{TiedW, Int}, rest...) = "any"
println((TiedW{K, <:Vector} where K) <: TiedW, " ", tiedf(TiedW{Int, Vector{Int}}([1])), " ", tiedf(TiedW{Int, UnitRange{Int}}(1:2)), " ", tiedf(3))
