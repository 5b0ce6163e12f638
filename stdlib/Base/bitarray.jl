# BitArray: booleans packed 64 to a word (runtime/JlBitArray). Single-bit get/set are Java
# intrinsics; counting, searching and the logical operators work a word at a time.

falses(d::Int...) = _new_bitarray(d, false)
falses(d::Tuple) = _new_bitarray(d, false)
trues(d::Int...) = _new_bitarray(d, true)
trues(d::Tuple) = _new_bitarray(d, true)

function _construct_bitarray(N, ::UndefInitializer, d::Int...)
    _check_ndims(N, length(d))
    _new_bitarray(d, false)
end
_construct_bitarray(N, u::UndefInitializer, d::Tuple) = _construct_bitarray(N, u, d...)
_construct_bitarray(N) = (_check_ndims(N, 1); _new_bitarray((0,), false))   # BitVector()
function _construct_bitarray(N, a::AbstractArray)
    _check_ndims(N, ndims(a))
    b = _new_bitarray(size(a), false)
    i = 0
    for x in a
        i += 1
        b[i] = convert(Bool, x)
    end
    b
end
_construct_bitarray(N, itr) = _construct_bitarray(N, collect(itr))
BitArray(a::AbstractArray) = _construct_bitarray(ndims(a), a)

setindex!(b::BitArray, v, i::Int) = setindex!(b, convert(Bool, v), i)
eltype(::BitArray) = Bool

sum(b::BitArray) = count(b)
any(b::BitArray) = _bit_findnext(b, true, 1) !== nothing
all(b::BitArray) = _bit_findnext(b, false, 1) === nothing
# the key of a bit found: its linear index in a BitVector, its CartesianIndex in more dimensions
# (findnext(b, i::Integer) stays linear, as Julia's)
_bit_key(b::BitArray, i) = i === nothing || ndims(b) == 1 ? i : CartesianIndices(b)[i]
findfirst(b::BitArray) = _bit_key(b, _bit_findnext(b, true, 1))
findnext(b::BitArray, i::Integer) = _bit_findnext(b, true, i)
findlast(b::BitArray) = _bit_key(b, _bit_findprev(b, true, length(b)))
findprev(b::BitArray, i::Integer) = _bit_findprev(b, true, i)
findfirst(::typeof(!), b::BitArray) = _bit_key(b, _bit_findnext(b, false, 1))
findnext(::typeof(!), b::BitArray, i::Integer) = _bit_findnext(b, false, i)
==(a::BitArray, b::BitArray) = _bit_equal(a, b)
(!)(b::BitArray) = _bit_not(b)
map(::Union{typeof(!), typeof(~)}, b::BitArray) = _bit_not(b)
# concatenations of BitArrays alone are BitArrays, as Julia's
vcat(b::BitArray, bs::BitArray...) = BitArray(typed_vcat(Bool, b, bs...))
hcat(b::BitArray, bs::BitArray...) = BitArray(typed_hcat(Bool, b, bs...))

function push!(b::BitVector, x)
    v = convert(Bool, x)
    n = length(b) + 1
    resize!(b, n)
    b[n] = v
    b
end
# (Julia's bitarray.jl words the empty case its own way)
function pop!(b::BitVector)
    isempty(b) && throw(ArgumentError("argument must not be empty"))
    x = b[length(b)]
    resize!(b, length(b) - 1)
    x
end
function popfirst!(b::BitVector)
    isempty(b) && throw(ArgumentError("argument must not be empty"))
    x = b[1]
    n = length(b)
    for i in 1:n-1
        b[i] = b[i+1]
    end
    resize!(b, n - 1)
    x
end
function append!(b::BitVector, items)
    for x in items
        push!(b, x)
    end
    b
end
function reverse(b::BitVector)
    n = length(b)
    out = falses(n)
    for i in 1:n
        b[i] && (out[n + 1 - i] = true)
    end
    out
end
falses(d::Integer...) = falses(map(Int, d)...)
trues(d::Integer...) = trues(map(Int, d)...)
