# A definition with the signature of an existing method replaces it, also when the types are
# parametric, Type{...} or spelled with a type variable; different parameters make new methods.
h(::Type{Int8}) = 1
h(::Type{UInt8}) = 2
h(::Type{Int8}) = 3
println(length(methods(h)), " ", h(Int8), " ", h(UInt8))
k(::Val{1}) = :one
k(::Val{2}) = :two
k(::Val{:a}) = :sym
k(::Val{1}) = :uno
println(length(methods(k)), " ", k(Val(1)), " ", k(Val(2)), " ", k(Val(:a)))
d(::Dict{String}) = "string keys"
d(::Dict{Any}) = "any keys"
d(::Dict{String}) = "string keys, again"
println(length(methods(d)), " ", d(Dict("a" => 1)), " ", d(Dict{Any, Int}()))
v(x::T) where {T<:Integer} = "typevar"
v(x::Integer) = "plain"
println(length(methods(v)), " ", v(3))
w(x::Vector{T}) where {T} = "any vector"
w(x::Vector{Int}) = "ints"
println(length(methods(w)), " ", w([1]), " ", w([1.0]))
# most specific first: Type{Int} over DataType over Type, Val{1} over Val
s(::Type) = "Type"
s(::DataType) = "DataType"
s(::Type{Int}) = "Type{Int}"
println(s(Int), " | ", s(Float64), " | ", s(Vector), " | ", s(Union{Int, String}))
