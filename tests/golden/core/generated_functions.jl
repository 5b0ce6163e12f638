# @generated functions: the body runs once per argument types (with the types and static
# parameters) and returns the code for those types; @evalpoly
@generated function gsum(x::NTuple{N, Int}) where {N}
    ex = :(0)
    for i in 1:N
        ex = :($ex + x[$i])
    end
    ex
end
println(gsum((1, 2, 3)), " ", gsum(()), " ", gsum((5,)))
calls = Ref(0)
@generated function describe(x)
    calls[] += 1
    if x <: Integer
        :(string("integer ", x))
    elseif x <: AbstractString
        :(string("string of ", length(x)))
    else
        :(string("other ", $(string(x))))
    end
end
println(describe(3), "; ", describe("abc"), "; ", describe(2.5), "; ", describe(4), "; ", describe(1.5))
println("generator runs: ", calls[])       # once each for Int64, String, Float64
@generated function nfields_sum(s)
    Expr(:call, :+, 0, [:(getfield(s, $(QuoteNode(f)))) for f in fieldnames(s)]...)
end
struct Three; a::Int; b::Int; c::Int; end
println(nfields_sum(Three(1, 2, 3)), " ", nfields_sum((a = 1.5, b = 2.5)))
@generated function argtypes(xs...)
    :($(string(xs)))
end
println(argtypes(1, "a", 2.0), " ", argtypes())
@generated function elt(::Type{T}, v::Vector{S}) where {T, S}
    :(($T, $S, length(v)))
end
println(elt(Int8, [1.0, 2.0]))
@generated twice(x) = :(2x)
println(twice(21), " ", twice(1.5))
module Gen
@generated g(x) = :(x, $(string(@__MODULE__)))
end
println(Gen.g(1))
println(@evalpoly(2, 1, 2, 3), " ", @evalpoly(0.5, 1.0, -1.0), " ", @evalpoly(3, 7))
