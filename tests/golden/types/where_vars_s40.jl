# where-variables: read in the body, in closures, defaults, return types, keywords, or not at all
f1(x::Vector{T}) where {T} = 1
f2(x::Vector{T}) where {T} = T
f3(x::Vector{T}) where {T} = () -> T
f4(x::Vector{T}, n = one(T)) where {T} = n
(f5(x::T)::T) where {T<:Real} = x / 1   # (parenthesised: Julia parses f(x)::T where T as f(x)::(T where T))
f6(x::AbstractArray{T,N}) where {T,N} = N
f7(x::T; y::T = x) where {T} = y
f8(x::Union{T, Nothing}) where {T} = @isdefined(T)
f9(x::Dict{K,V}) where {K,V} = [k => v for (k, v) in x if k isa K]
struct Acc{T}
    total::T
end
(a::Acc{T})(x::T) where {T} = Acc(a.total + x)
(a::Acc{T})(x::T, y) where {T} = 0
(::Type{Acc{T}})(x::Int, y::Int) where {T} = Acc{T}(T(x + y))
println(f1([1]), " ", f2([1.0]), " ", f3(Int8[1])(), " ", f4([2.5]), " ", f4([1], 7))
println(f5(3), " ", f5(2.0), " ", f6(zeros(2, 2, 2)), " ", f7(1), " ", f7(1; y = 2))
try f7(1; y = 2.0) catch e; println(typeof(e)) end
println(f8(nothing), " ", f8(3), " ", f9(Dict(1 => 2)))
println(Acc(1)(2), " ", Acc(1)(2, 3), " ", Acc{Float64}(1, 2))
try Acc(1)(2.0) catch e; println(typeof(e)) end
try Acc(1)(2.0, 3) catch e; println(typeof(e)) end
g(x::T, y::T) where {T} = 1
g(x, y) = 2
println(g(1, 2), " ", g(1, 2.0))
function h(v::AbstractVector{T}) where {T}
    s = zero(T)
    for x in v
        s += x
    end
    s
end
println(h([1, 2, 3]), " ", h(view([1.5, 2.5], 1:2)))
