# map over an array type of a program's gives what its similar makes (Julia's collect_similar).
struct MyVec{T} <: AbstractVector{T}
    data::Vector{T}
end
Base.size(v::MyVec) = size(v.data)
Base.getindex(v::MyVec, i::Int) = v.data[i]
Base.setindex!(v::MyVec, x, i::Int) = (v.data[i] = x)
Base.similar(v::MyVec, ::Type{T}, dims::Dims) where {T} = MyVec(Vector{T}(undef, dims[1]))
v = MyVec([1.0, 2.0])
println(typeof(map(x -> 2x, v)), " ", map(x -> 2x, v))
struct Plain2 <: AbstractVector{Int}; n::Int; end
Base.size(p::Plain2) = (p.n,)
Base.getindex(p::Plain2, i::Int) = i
println(typeof(map(x -> x + 1, Plain2(3))), " ", map(x -> x + 1, Plain2(3)))
println(map(x -> x^2, 1:3), " ", typeof(map(sqrt, view([1.0, 4.0], 1:2))))
