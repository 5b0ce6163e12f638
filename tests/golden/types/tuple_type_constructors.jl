# Calling a tuple type converts: Tuple{Int, Float64}((1, 2)), NTuple{3, Int}(v)
println(NTuple{3,Int}([1, 2, 3]))
println(Tuple{Int,Float64}((1, 2)))
println(NTuple{2,Float64}((1, 2)))
println(Tuple{Int,String}(Any[1, "a"]))
println(Tuple{Vararg{Int}}((1.0, 2.0)))
println(NTuple{3,Int}(x^2 for x in 1:3))
println(Tuple{Int,Int}([1, 2, 3]))         # a fixed length takes that many
println(Tuple{}([1]))
println(typeof(Tuple{Int,Any}([1, 2.5])))
println(Tuple([1, 2]), Tuple(1:3))

function report(f)
    try
        f()
    catch e
        showerror(stdout, e)
        println()
    end
end
report(() -> Tuple{Int,Int}([1]))
report(() -> NTuple{3,Int}([1.5, 2, 3]))
report(() -> fieldcount(Tuple))

# a user's constructors for the instances of a type family, as (::Type{T})(x) where {T<:F}
struct Box{T}
    x::T
end
(::Type{B})(s::AbstractString) where {B<:Box} = B(parse(Int, s))
println(Box{Int}("42"))
(::Type{T})(d::Dict) where {T<:Tuple} = T(values(d))
println(Tuple{Int}(Dict(:a => 7)))
