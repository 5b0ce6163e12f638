# filter on a program's own array indexes the kept elements out of it, so its similar decides
# what comes back (Julia's filter(f, ::AbstractArray) returns a[idxs]); the predicate must
# return a Bool.
struct SV{T} <: AbstractVector{T}
    data::Vector{T}
end
Base.size(v::SV) = size(v.data)
Base.getindex(v::SV, i::Int) = v.data[i]
Base.setindex!(v::SV, x, i::Int) = (v.data[i] = x; v)
Base.similar(v::SV, ::Type{T}, dims::Dims{1}) where {T} = SV(Vector{T}(undef, dims[1]))
v = SV([3, 1, 2, 5])
w = filter(isodd, v)
println(typeof(w), " ", w.data)
println(filter(isodd, 1:10), " ", filter(x -> x > 1, view([1, 2, 3], 1:3)))
println(filter(x -> x > 1, [1 2; 3 4]))
println(filter(c -> c[1] > 1, CartesianIndices((2, 2))))
try
    filter(x -> 1, [1, 2])
catch e
    showerror(stdout, e); println()
end

# float(x) goes through AbstractFloat(x), which a program extends for its own numbers
struct Frac <: Real
    n::Int
    d::Int
end
Base.AbstractFloat(x::Frac) = x.n / x.d
println(float(Frac(1, 4)), " ", float(Frac(3, 2)) + 1)
println(float('a'), " ", float(Int), " ", float(Rational{Int}), " ", float(Float32), " ", float(1//4))
struct Plain <: Real
    v::Int
end
try
    float(Plain(1))
catch e
    println(typeof(e), " ", e.f)
end
