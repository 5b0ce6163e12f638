# BitSet: a set of Ints as a bit vector (Julia's; iterates in ascending order).

"""
    BitSet([itr])

A sorted set of `Int`s kept as bits: fast `in`, `push!`, `union`, `intersect` for small,
dense integers. Iterates in increasing order.
"""
mutable struct BitSet <: AbstractSet{Int}
    bits::Vector{UInt64}
    offset::Int      # bits[1] holds the Ints 64offset .. 64offset + 63
end
BitSet() = BitSet(UInt64[], 0)
function BitSet(itr)
    s = BitSet()
    for x in itr
        push!(s, x)
    end
    s
end
eltype(::Type{BitSet}) = Int
copy(s::BitSet) = BitSet(copy(s.bits), s.offset)

# word index (from 0, like offset) and bit of x
_bitset_place(x::Int) = (fld(x, 64), mod(x, 64))
function _bitset_int(s::BitSet, x)
    x isa Integer && typemin(Int) <= x <= typemax(Int) || throw(ArgumentError(string("BitSet elements must be Int: ", x)))
    Int(x)
end

function push!(s::BitSet, x::Integer)
    w, b = _bitset_place(_bitset_int(s, x))
    if isempty(s.bits)
        s.offset = w
        push!(s.bits, UInt64(0))
    elseif w < s.offset
        prepend!(s.bits, zeros(UInt64, s.offset - w))
        s.offset = w
    elseif w >= s.offset + length(s.bits)
        append!(s.bits, zeros(UInt64, w - s.offset - length(s.bits) + 1))
    end
    s.bits[w-s.offset+1] |= UInt64(1) << b
    s
end
function in(x::Integer, s::BitSet)
    x isa Bool && return false
    typemin(Int) <= x <= typemax(Int) || return false
    w, b = _bitset_place(Int(x))
    k = w - s.offset + 1
    1 <= k <= length(s.bits) && (s.bits[k] >> b) & 1 == 1
end
in(x, s::BitSet) = false
function delete!(s::BitSet, x::Integer)
    if x in s
        w, b = _bitset_place(Int(x))
        s.bits[w-s.offset+1] &= ~(UInt64(1) << b)
    end
    s
end
function pop!(s::BitSet, x::Integer)
    x in s || throw(KeyError(x))
    delete!(s, x)
    Int(x)
end
pop!(s::BitSet, x::Integer, default) = x in s ? pop!(s, x) : default
# the last or first element (an empty set: last/first's "collection must be non-empty", as in Julia)
pop!(s::BitSet) = pop!(s, last(s))
popfirst!(s::BitSet) = pop!(s, first(s))
function empty!(s::BitSet)
    empty!(s.bits)
    s.offset = 0
    s
end
function length(s::BitSet)
    n = 0
    for w in s.bits
        n += count_ones(w)
    end
    n
end
isempty(s::BitSet) = all(iszero, s.bits)

function iterate(s::BitSet, state = (1, 0))
    k, b = state
    while k <= length(s.bits)
        word = s.bits[k] >> b
        if word != 0
            b += trailing_zeros(word)
            return (64 * (s.offset + k - 1) + b, b == 63 ? (k + 1, 0) : (k, b + 1))
        end
        k += 1
        b = 0
    end
    nothing
end
function first(s::BitSet)
    y = iterate(s)
    y === nothing && throw(ArgumentError("collection must be non-empty"))
    y[1]
end
function last(s::BitSet)
    for k in length(s.bits):-1:1
        w = s.bits[k]
        w != 0 && return 64 * (s.offset + k - 1) + 63 - leading_zeros(w)
    end
    throw(ArgumentError("collection must be non-empty"))
end
minimum(s::BitSet) = first(s)
maximum(s::BitSet) = last(s)
==(a::BitSet, b::BitSet) = collect(a) == collect(b)
issubset(a::BitSet, b::BitSet) = all(x -> x in b, a)

union!(s::BitSet, itrs...) = (for it in itrs, x in it; push!(s, x); end; s)
union(s::BitSet, itrs...) = union!(copy(s), itrs...)
function intersect!(s::BitSet, itrs...)
    for it in itrs
        keep = it isa BitSet ? it : BitSet(it)
        for x in collect(s)
            x in keep || delete!(s, x)
        end
    end
    s
end
intersect(s::BitSet, itrs...) = intersect!(copy(s), itrs...)
setdiff!(s::BitSet, itrs...) = (for it in itrs, x in it; delete!(s, x); end; s)
setdiff(s::BitSet, itrs...) = setdiff!(copy(s), itrs...)
# (symdiff! is AbstractSet's, in dict.jl)
symdiff(s::BitSet, itrs...) = symdiff!(copy(s), itrs...)
filter!(f, s::BitSet) = (for x in collect(s); f(x) || delete!(s, x); end; s)
filter(f, s::BitSet) = filter!(f, copy(s))

function show(io::IO, s::BitSet)
    print(io, "BitSet([")
    join(io, s, ", ")
    print(io, "])")
end
sizehint!(s::BitSet, n) = s
