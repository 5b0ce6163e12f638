# Positions in arrays and dicts: keys, pairs, find*, findmax/findmin. In a matrix a position
# is a CartesianIndex (cartesian.jl, loaded on its first use).
# keys of an array: a vector's are its LinearIndices, other arrays' CartesianIndices (as Julia's
# abstractarray.jl); `for i in keys(v)` runs as fast as a loop over the range (ForNode)
keys(a::AbstractVector) = LinearIndices(a)
keys(a::AbstractArray) = CartesianIndices(a)
pairs(a::AbstractArray) = Pairs(a, keys(a))
# (a Vector's pairs count through its axis, not its LinearIndices as Julia's: a loop over them
# ran at 2.7 ns an element instead of 1.1, and making them took 10 ns instead of 0.3)
pairs(a::Vector) = Pairs(a, OneTo(length(a)))

# find*, arg*: the key of the element found (a CartesianIndex in a matrix, a Dict's key)
function findall(f::Function, a::AbstractArray)
    ndims(a) == 1 && return _findall_linear(f, a)
    out = CartesianIndex{ndims(a)}[]
    for (k, x) in pairs(a)
        f(x) && push!(out, k)
    end
    out
end
findall(f::Function, d::AbstractDict) = [p.first for p in d if f(p.second)]
findall(d::AbstractDict) = findall(identity, d)
# the linear positions of the true bits
function _bit_findall(b::BitArray)
    out = _new_array(Int, (0,))
    i = _bit_findnext(b, true, 1)
    while i !== nothing
        push!(out, i)
        i = _bit_findnext(b, true, i + 1)
    end
    out
end
findall(b::BitArray) = ndims(b) == 1 ? _bit_findall(b) : map(k -> CartesianIndices(b)[k], _bit_findall(b))
function findfirst(f::Function, a::AbstractArray)
    for (k, x) in pairs(a)
        f(x) && return k
    end
    nothing
end
function findlast(f::Function, a::AbstractArray)
    ks = keys(a)
    for i in length(a):-1:1
        f(a[i]) && return ks[i]
    end
    nothing
end
findfirst(f::Function, d::AbstractDict) = (for p in d; f(p.second) && return p.first; end; nothing)
function _findextreme(better, a)
    isempty(a) && _empty_reduce_error()
    m = nothing
    mk = nothing
    first_ = true
    for (k, x) in pairs(a)
        if first_ || _better(better, m, x)
            m = x
            mk = k
            first_ = false
        end
    end
    (m, mk)
end
# as Julia's findmax/findmin: by isless (NaN, then missing, win; 0.0 is above -0.0)
_better(::typeof(>), m, x) = isless(m, x)
_better(::typeof(<), m, x) = _isgreater(m, x)
findmax(a::Union{AbstractArray,AbstractDict}) = _findextreme(>, a)
# (a dictionary's: the key of the value f makes largest, as Julia's over pairs(domain))
findmax(f, d::AbstractDict) = _findextreme_pairs(isless, f, d)
findmin(f, d::AbstractDict) = _findextreme_pairs(_isgreater, f, d)
findmin(a::Union{AbstractArray,AbstractDict}) = _findextreme(<, a)
# along dims: the extreme of each slice and its CartesianIndex in a (Julia's findmax(A; dims));
# the first NaN of a slice is its extreme
findmax(a::AbstractArray; dims = :) = dims isa Colon ? _findextreme(>, a) : _findextreme_dims(>, a, dims)
findmin(a::AbstractArray; dims = :) = dims isa Colon ? _findextreme(<, a) : _findextreme_dims(<, a, dims)
function _findextreme_dims(better, a::AbstractArray, dims)
    N = ndims(a)
    for d in dims
        d >= 1 || throw(ArgumentError(string("region dimension(s) must be ≥ 1, got ", d)))   # (Julia's reducedim.jl)
        d <= N && size(a, d) == 0 && throw(ArgumentError("collection slices must be non-empty"))
    end
    sz = ntuple(i -> i in dims ? 1 : size(a, i), N)
    vals = similar(a, sz)
    inds = Array{CartesianIndex{N}}(undef, sz)
    filled = falses(sz)
    for I in CartesianIndices(a)
        J = CartesianIndex(ntuple(i -> i in dims ? 1 : I[i], N))
        x = a[I]
        if !filled[J] || !isnan_(vals[J]) && (isnan_(x) || better(x, vals[J]))
            vals[J] = x
            inds[J] = I
            filled[J] = true
        end
    end
    (vals, inds)
end
# for each element of a, its first index in b (nothing if absent)
function indexin(a, b::AbstractArray)
    inds = keys(b)
    bdict = Dict{eltype(b), eltype(inds)}()
    for (val, ind) in zip(b, inds)
        get!(bdict, val, ind)
    end
    return Union{eltype(inds), Nothing}[get(bdict, i, nothing) for i in a]
end
