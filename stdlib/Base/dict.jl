# Dict and Set: Julia 1.10's hash table (base/dict.jl), so that keys sit in the same slots as
# in Julia and iterate in the same order. Open addressing with linear probing: `slots[i]` is
# 0x00 (empty), 0x7f (deleted) or 0x80 | the top 7 bits of the key's hash; `keys` and `vals`
# hold the entries at the same indices; iteration walks the filled slots in index order.

# (AbstractDict{K,V} is in collections.jl: Pairs, defined there, is one)
push!(d::AbstractDict, p::Pair) = (d[p.first] = p.second; d)
push!(d::AbstractDict, p::Pair, q::Pair, r::Pair...) = push!(push!(d, p), q, r...)
abstract type AbstractSet{T} end
eltype(::Type{<:AbstractSet{T}}) where {T} = T
broadcastable(x::AbstractDict) = throw(ArgumentError("broadcasting over dictionaries and `NamedTuple`s is reserved"))

const maxallowedprobe = 16
const maxprobeshift = 6

mutable struct Dict{K,V} <: AbstractDict{K,V}
    slots::Vector{UInt8}
    keys::Vector{K}
    vals::Vector{V}
    ndel::Int
    count::Int
    age::Int        # Julia: UInt (a counter of changes; an Int here is not boxed on each change)
    idxfloor::Int   # an index <= the indices of all used slots
    maxprobe::Int
end
_forward_constructors(Dict)

function _construct_dict(K, V)
    K = _isvar(K) ? Any : K
    V = _isvar(V) ? Any : V
    _new_struct(Dict{K,V}, zeros(UInt8, 16), _new_array(K, (16,)), _new_array(V, (16,)), 0, 0, 0, 16, 0)
end
function _construct_dict(K, V, ps::Pair...)
    if _isvar(K) || _isvar(V)
        K2 = _isvar(K) ? _typejoin_all(map_tuple(p -> typeof(p.first), ps)) : K
        V2 = _isvar(V) ? _typejoin_all(map_tuple(p -> typeof(p.second), ps)) : V
        return _construct_dict(K2, V2, ps...)
    end
    d = _construct_dict(K, V)
    sizehint!(d, length(ps))
    for p in ps
        d[p.first] = p.second
    end
    d
end
_kv_types(::Type{Pair{K,V}}) where {K,V} = (K, V)
_kv_types(::Type{Tuple{K,V}}) where {K,V} = (K, V)
_kv_types(T) = (Any, Any)
function _construct_dict(K, V, itr)
    hint = haslength(itr)
    ps = collect(itr)
    if _isvar(K) || _isvar(V)
        for p in ps
            p isa Union{Pair,Tuple} || throw(ArgumentError("Dict(kv): kv needs to be an iterator of 2-tuples or pairs"))
        end
        # none: the key and value types the element type names (Julia's dict_with_eltype)
        KE, VE = isempty(ps) ? _kv_types(eltype(ps)) : (Any, Any)
        K2 = _isvar(K) ? (isempty(ps) ? KE : _typejoin_all(map(p -> typeof(p[1]), ps))) : K
        V2 = _isvar(V) ? (isempty(ps) ? VE : _typejoin_all(map(p -> typeof(p[2]), ps))) : V
        d = _construct_dict(K2, V2)
    else
        d = _construct_dict(K, V)
    end
    hint && sizehint!(d, length(ps))
    for p in ps
        d[p[1]] = p[2]
    end
    d
end
function _typejoin_all(ts)
    length(ts) == 0 && return Any
    T = ts[1]
    for t in ts
        T = typejoin(T, t)
    end
    T
end
Dict() = _construct_dict(Any, Any)
Dict(ps::Pair...) = _construct_dict(_isvar_marker, _isvar_marker, ps...)
Dict(itr) = _construct_dict(_isvar_marker, _isvar_marker, itr)
const _isvar_marker = _typevar(:K, Union{}, Any)
getindex(p::Pair, i::Int) = i == 1 ? p.first : i == 2 ? p.second : throw(BoundsError(p, i))

# how many distinct keys a type has, when that is small
max_values(::Type) = typemax(Int)
max_values(T::Type{<:Union{Int8,UInt8,Int16,UInt16,Int32,UInt32}}) = 1 << (8 * sizeof(T))
max_values(::Type{Bool}) = 2
max_values(::Type{Nothing}) = 1

length(d::Dict) = d.count
isempty(d::Dict) = d.count == 0

_tablesz(x::Integer) = x < 16 ? 16 : 1 << (64 - leading_zeros(x - 1))
_shorthash7(hsh::UInt) = (hsh >> 57) % UInt8 | 0x80
# a key's first slot and the short hash stored in it
function hashindex(key, sz)
    hsh = hash(key)::UInt
    (((hsh % Int) & (sz - 1)) + 1, _shorthash7(hsh))
end
isslotfilled(d::Dict, i::Int) = (d.slots[i] & 0x80) != 0x00

function rehash!(d::Dict, newsz = length(d.keys))
    olds = d.slots
    oldk = d.keys
    oldv = d.vals
    sz = length(olds)
    newsz = _tablesz(newsz)
    d.age += 1
    d.idxfloor = 1
    slots = zeros(UInt8, newsz)
    keys = _new_array(eltype(oldk), (newsz,))
    vals = _new_array(eltype(oldv), (newsz,))
    count = 0
    maxprobe = 0
    if d.count > 0
        for i in 1:sz
            if (olds[i] & 0x80) != 0x00
                k = oldk[i]
                index, sh = hashindex(k, newsz)
                index0 = index
                while slots[index] != 0x00
                    index = (index & (newsz - 1)) + 1
                end
                probe = (index - index0) & (newsz - 1)
                probe > maxprobe && (maxprobe = probe)
                slots[index] = olds[i]
                keys[index] = k
                vals[index] = oldv[i]
                count += 1
            end
        end
    end
    d.age += 1
    d.slots = slots
    d.keys = keys
    d.vals = vals
    d.count = count
    d.ndel = 0
    d.maxprobe = maxprobe
    d
end

"""
    sizehint!(d, n)

Make room for `n` entries in a `Dict` or `Set` (which also shrinks a larger table), so that
adding them does not grow it step by step.
"""
function sizehint!(d::Dict, newsz)
    oldsz = length(d.slots)
    newsz = min(max(newsz, length(d)), max_values(keytype(d)))
    newsz = _tablesz(cld(3 * newsz, 2))
    newsz == oldsz ? d : rehash!(d, newsz)
end

# Julia's key test; a tuple key by isequal alone (=== of tuples is a call that would make the
# probed tuple a real allocation, and isequal answers the same for them)
_key_equal(key, k) = key === k || isequal(key, k)
_key_equal(key::Tuple, k) = isequal(key, k)

# the slot holding `key`, or -1
function ht_keyindex(d::Dict, key)
    d.count == 0 && return -1
    sz = length(d.keys)
    iter = 0
    maxprobe = d.maxprobe
    index, sh = hashindex(key, sz)
    slots = d.slots
    keys = d.keys
    while true
        s = slots[index]
        s == 0x00 && return -1
        if s == sh
            k = keys[index]
            _key_equal(key, k) && return index
        end
        index = (index & (sz - 1)) + 1
        (iter += 1) > maxprobe && return -1
    end
end

# (the slot holding `key`, or -(the slot to put it in); its short hash); may grow the table
# (Julia's recursion after a rehash is the outer loop here: a recursive method would be inlined
# into itself, rehash and all, when compiled)
function ht_keyindex2_shorthash!(d::Dict, key)
    while true
        sz = length(d.keys)
        iter = 0
        maxprobe = d.maxprobe
        index, sh = hashindex(key, sz)
        avail = 0
        slots = d.slots
        keys = d.keys
        while true
            s = slots[index]
            if s == 0x00
                return (avail < 0 ? avail : -index, sh)
            end
            if s == 0x7f
                avail == 0 && (avail = -index)
            elseif s == sh
                k = keys[index]
                _key_equal(key, k) && return (index, sh)
            end
            index = (index & (sz - 1)) + 1
            iter += 1
            iter > maxprobe && break
        end
        avail < 0 && return (avail, sh)
        maxallowed = max(maxallowedprobe, sz >> maxprobeshift)
        while iter < maxallowed
            if (slots[index] & 0x80) == 0x00
                d.maxprobe = iter
                return (-index, sh)
            end
            index = (index & (sz - 1)) + 1
            iter += 1
        end
        rehash!(d, d.count > 64000 ? sz * 2 : sz * 4)
    end
end

# A Dict keyed by Int64, String, Symbol, Char or a pair or triple of Int64s and a key of that type: the same probing and
# rehashing in one call of the runtime's DictTable (the interpreter paid per node above, and
# compiling these generic methods took most of a second); written out, not generated by @eval,
# which costs start-up time
ht_keyindex(d::Dict{Int64}, key::Int64) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Int64}, key::Int64) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{Int64}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{Int64}, v, key::Int64) = _dict_set!(d, key, convert(valtype(d), v))
ht_keyindex(d::Dict{String}, key::String) = _dict_keyindex(d, key)
ht_keyindex(d::Dict{String}, key::SubString{String}) = _dict_keyindex_sub(d, key)
ht_keyindex2_shorthash!(d::Dict{String}, key::String) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{String}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{String}, v, key::String) = _dict_set!(d, key, convert(valtype(d), v))
# A Dict{SubString{String}} (split words as keys): probed on the key's bytes where they are, as
# a Dict{String} is for a SubString
ht_keyindex(d::Dict{SubString{String}}, key::SubString{String}) = _dict_keyindex_sub(d, key)
ht_keyindex(d::Dict{SubString{String}}, key::String) = _dict_keyindex_bytes(d, key, 0, ncodeunits(key))
ht_keyindex2_shorthash!(d::Dict{SubString{String}}, key::SubString{String}) =
    (r = _dict_keyindex2_sub!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{SubString{String}}, newsz) = _dict_rehash!(d, Int(newsz))
ht_keyindex(d::Dict{Symbol}, key::Symbol) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Symbol}, key::Symbol) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{Symbol}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{Symbol}, v, key::Symbol) = _dict_set!(d, key, convert(valtype(d), v))
ht_keyindex(d::Dict{Tuple{Int64,Int64}}, key::Tuple{Int64,Int64}) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Tuple{Int64,Int64}}, key::Tuple{Int64,Int64}) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{Tuple{Int64,Int64}}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{Tuple{Int64,Int64}}, v, key::Tuple{Int64,Int64}) = _dict_set!(d, key, convert(valtype(d), v))
ht_keyindex(d::Dict{Tuple{Int64,Int64,Int64}}, key::Tuple{Int64,Int64,Int64}) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Tuple{Int64,Int64,Int64}}, key::Tuple{Int64,Int64,Int64}) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{Tuple{Int64,Int64,Int64}}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{Tuple{Int64,Int64,Int64}}, v, key::Tuple{Int64,Int64,Int64}) = _dict_set!(d, key, convert(valtype(d), v))
ht_keyindex(d::Dict{Char}, key::Char) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Char}, key::Char) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
rehash!(d::Dict{Char}, newsz) = _dict_rehash!(d, Int(newsz))
setindex!(d::Dict{Char}, v, key::Char) = _dict_set!(d, key, convert(valtype(d), v))
# Dict() and Set() (keys of any type) probed for an Int64 or String key: the same runtime probe,
# which asks Base's isequal and hash about keys of other types it meets (1.0 beside 1)
ht_keyindex(d::Dict{Any}, key::Union{Int64, String}) = _dict_keyindex(d, key)
ht_keyindex2_shorthash!(d::Dict{Any}, key::Union{Int64, String}) = (r = _dict_keyindex2!(d, key); (r >> 8, (r & 0xff) % UInt8))
setindex!(d::Dict{Any}, v, key::Union{Int64, String}) = _dict_set!(d, key, convert(valtype(d), v))
rehash!(d::Dict{Any}, newsz) = _dict_rehash!(d, Int(newsz))

function _setindex!(d::Dict, v, key, index, sh)
    d.slots[index] == 0x7f && (d.ndel -= 1)
    d.slots[index] = sh
    d.keys[index] = key
    d.vals[index] = v
    d.count += 1
    d.age += 1
    index < d.idxfloor && (d.idxfloor = index)
    sz = length(d.keys)
    # more than 2/3 full, deleted slots included
    if (d.count + d.ndel) * 3 > sz * 2
        rehash!(d, d.count > 64000 ? d.count * 2 : max(d.count * 4, 4))
    end
    nothing
end

function setindex!(d::Dict, v, key)
    k = _dict_key(d, key)
    vv = convert(valtype(d), v)
    index, sh = ht_keyindex2_shorthash!(d, k)
    if index > 0
        d.age += 1
        d.keys[index] = k
        d.vals[index] = vv
    else
        _setindex!(d, vv, k, -index, sh)
    end
    d
end
function _dict_key(d::Dict, key)
    K = keytype(d)
    key isa K && return key
    k = convert(K, key)
    isequal(k, key) || throw(ArgumentError(string(repr(key), " is not a valid key for type ", K)))
    k
end
function getindex(d::Dict, key)
    index = ht_keyindex(d, key)
    index < 0 ? throw(KeyError(key)) : d.vals[index]
end
function get(d::Dict, key, default)
    index = ht_keyindex(d, key)
    index < 0 ? default : d.vals[index]
end
function get(f::Function, d::Dict, key)
    index = ht_keyindex(d, key)
    index < 0 ? f() : d.vals[index]
end
get!(d::Dict, key, default) = get!(() -> default, d, key)
function get!(f::Function, d::Dict, key0)
    key = _dict_key(d, key0)
    index, sh = ht_keyindex2_shorthash!(d, key)
    index > 0 && return d.vals[index]
    age0 = d.age
    v = convert(valtype(d), f())
    # f may have changed the table
    d.age != age0 && ((index, sh) = ht_keyindex2_shorthash!(d, key))
    if index > 0
        d.age += 1
        d.keys[index] = key
        d.vals[index] = v
    else
        _setindex!(d, v, key, -index, sh)
    end
    v
end
haskey(d::Dict, key) = ht_keyindex(d, key) >= 0
in(p::Pair, d::Dict) = (index = ht_keyindex(d, p.first); index > 0 && d.vals[index] == p.second)
function getkey(d::Dict, key, default)
    index = ht_keyindex(d, key)
    index < 0 ? default : d.keys[index]
end

function _delete!(d::Dict, index)
    slots = d.slots
    sz = length(slots)
    # no tombstone needed before an empty slot, nor those that only led to this one
    ndel = 1
    if slots[(index & (sz - 1)) + 1] == 0x00
        while true
            ndel -= 1
            slots[index] = 0x00
            index = ((index - 2) & (sz - 1)) + 1
            slots[index] == 0x7f || break
        end
    else
        slots[index] = 0x7f
    end
    d.ndel += ndel
    d.count -= 1
    d.age += 1
    d
end
function delete!(d::Dict, key)
    index = ht_keyindex(d, key)
    index > 0 && _delete!(d, index)
    d
end
function pop!(d::Dict, key)
    index = ht_keyindex(d, key)
    index > 0 || throw(KeyError(key))
    v = d.vals[index]
    _delete!(d, index)
    v
end
function pop!(d::Dict, key, default)
    index = ht_keyindex(d, key)
    index > 0 || return default
    v = d.vals[index]
    _delete!(d, index)
    v
end
function pop!(d::Dict)
    isempty(d) && throw(ArgumentError("dict must be non-empty"))
    index = skip_deleted_floor!(d)
    p = Pair(d.keys[index], d.vals[index])
    _delete!(d, index)
    p
end
function empty!(d::Dict)
    sz = length(d.slots)
    d.slots = zeros(UInt8, sz)
    d.keys = _new_array(keytype(d), (sz,))
    d.vals = _new_array(valtype(d), (sz,))
    d.ndel = 0
    d.count = 0
    d.maxprobe = 0
    d.age += 1
    d.idxfloor = sz
    d
end
function filter!(pred, d::Dict)
    d.count == 0 && return d
    for i in 1:length(d.slots)
        if (d.slots[i] & 0x80) != 0x00 && !pred(Pair(d.keys[i], d.vals[i]))
            _delete!(d, i)
        end
    end
    d
end

# the first filled slot from i on, or 0
function skip_deleted(d::Dict, i)
    slots = d.slots
    L = length(slots)
    while i <= L
        (slots[i] & 0x80) != 0x00 && return i
        i += 1
    end
    0
end
function skip_deleted_floor!(d::Dict)
    index = skip_deleted(d, d.idxfloor)
    index != 0 && (d.idxfloor = index)
    index
end
function iterate(d::Dict, i = d.idxfloor)
    i = skip_deleted(d, i)
    i == 0 ? nothing : (eltype(d)(d.keys[i], d.vals[i]), i + 1)   # Pair{K,V}, as Julia's
end
keytype(d::Dict) = eltype(d.keys)
valtype(d::Dict) = eltype(d.vals)
# (a UnionAll such as Dict has no key type yet: Any)
keytype(T::Type{<:AbstractDict}) = T isa DataType ? _dict_type_params(T)[1] : Any
valtype(T::Type{<:AbstractDict}) = T isa DataType ? _dict_type_params(T)[2] : Any
_dict_type_params(::Type{<:AbstractDict{K,V}}) where {K,V} = (K, V)
keytype(d::AbstractDict) = keytype(typeof(d))
valtype(d::AbstractDict) = valtype(typeof(d))
# a named tuple's keys are its names (Symbols), its values' type its eltype
keytype(nt::NamedTuple) = Symbol
keytype(::Type{<:NamedTuple}) = Symbol
valtype(nt::NamedTuple) = valtype(typeof(nt))
valtype(T::Type{<:NamedTuple}) = eltype(T)
eltype(d::Dict) = Pair{keytype(d), valtype(d)}
eltype(::Type{<:AbstractDict{K, V}}) where {K, V} = Pair{K, V}

# keys(d) and values(d) of any AbstractDict, as Julia's: a view of the dictionary, the keys a set
struct KeySet{K, T<:AbstractDict{K}} <: AbstractSet{K}
    dict::T
end
KeySet(dict::AbstractDict) = KeySet{keytype(dict), typeof(dict)}(dict)
struct ValueIterator{T<:AbstractDict}
    dict::T
end
ValueIterator(dict::AbstractDict) = ValueIterator{typeof(dict)}(dict)
keys(d::AbstractDict) = KeySet(d)
values(d::AbstractDict) = ValueIterator(d)
function iterate(v::Union{KeySet, ValueIterator}, state...)
    y = iterate(v.dict, state...)
    y === nothing && return nothing
    (v isa KeySet ? y[1].first : y[1].second, y[2])
end
pairs(d::Dict) = d
_pairs_valtype(d::Dict) = valtype(d)
length(k::KeySet) = length(k.dict)
length(v::ValueIterator) = length(v.dict)
isempty(k::KeySet) = isempty(k.dict)
isempty(v::ValueIterator) = isempty(v.dict)
eltype(k::KeySet) = keytype(k.dict)
eltype(v::ValueIterator) = valtype(v.dict)
function iterate(k::KeySet{<:Any, <:Dict}, i = k.dict.idxfloor)
    d = k.dict
    i = skip_deleted(d, i)
    i == 0 ? nothing : (d.keys[i], i + 1)
end
function iterate(v::ValueIterator{<:Dict}, i = v.dict.idxfloor)
    d = v.dict
    i = skip_deleted(d, i)
    i == 0 ? nothing : (d.vals[i], i + 1)
end
in(x, k::KeySet) = haskey(k.dict, x)
function collect(k::KeySet)
    out = _new_array(eltype(k), (0,))
    for x in k
        push!(out, x)
    end
    out
end
function collect(v::ValueIterator)
    out = _new_array(eltype(v), (0,))
    for x in v
        push!(out, x)
    end
    out
end
function collect(d::Dict)
    out = _new_array(eltype(d), (0,))
    for p in d
        push!(out, p)
    end
    out
end
# the same slots, as Julia's copy
copy(d::Dict) = _new_struct(typeof(d), copy(d.slots), copy(d.keys), copy(d.vals), d.ndel, d.count, d.age, d.idxfloor, d.maxprobe)
function merge!(d::Dict, others...)
    for o in others
        haslength(o) && sizehint!(d, length(d) + length(o))
        for p in o
            d[p.first] = p.second
        end
    end
    d
end
# the key and value types of merging others into d: each joined with theirs
function _merged_types(d, others)
    K = keytype(d)
    V = valtype(d)
    for o in others
        K = _promote_join(K, keytype(o))
        V = _promote_join(V, valtype(o))
    end
    K, V
end
# d's entries in a Dict of the joined key and value types (d's own layout when they are d's)
function _typeddict(d::Dict, others)
    K, V = _merged_types(d, others)
    K === keytype(d) && V === valtype(d) && return copy(d)
    out = sizehint!(_construct_dict(K, V), length(d))
    for p in d
        out[p.first] = p.second
    end
    out
end
merge(d::Dict, others...) = merge!(_typeddict(d, others), others...)
function mergewith!(f, d::Dict, others...)
    for o in others
        haslength(o) && sizehint!(d, length(d) + length(o))
        for p in o
            index, sh = ht_keyindex2_shorthash!(d, p.first)
            if index > 0
                d.vals[index] = f(d.vals[index], p.second)
            else
                _setindex!(d, convert(valtype(d), p.second), _dict_key(d, p.first), -index, sh)
            end
        end
    end
    d
end
mergewith(f, d::Dict, others...) = mergewith!(f, _typeddict(d, others), others...)
mergewith(f) = (dicts...) -> mergewith(f, dicts...)
mergewith!(f) = (dicts...) -> mergewith!(f, dicts...)
# merge(combine, d, others...): the older name of mergewith, still defined in Julia 1.10
merge(f::Function, d::Dict, others::AbstractDict...) = mergewith(f, d, others...)
merge!(f::Function, d::Dict, others::AbstractDict...) = mergewith!(f, d, others...)
get!(T::Type, d::Dict, key) = get!(() -> T(), d, key)
get(T::Type, d::Dict, key) = get(() -> T(), d, key)
"""
    empty(collection, [K, V])

An empty collection of the same kind (and element types, unless given).
"""
empty(d::Dict) = _construct_dict(keytype(d), valtype(d))
empty(d::Dict, ::Type{K}, ::Type{V}) where {K, V} = _construct_dict(K, V)
empty(v::AbstractVector) = similar(v, 0)
empty(v::AbstractVector, T::Type) = similar(v, T, 0)
# ---- what every AbstractDict has (Julia's abstractdict.jl): a type with get, iterate and length
# gets indexing, haskey, comparison, copy, merge and filter (results are Dicts, unless the type
# has an empty of its own)
const _secret_table_token = :__c782dbf1cf4d6a2e5e3865d7e95634f2e09b5902__
function getindex(d::AbstractDict, key)
    v = get(d, key, _secret_table_token)
    v === _secret_table_token && throw(KeyError(key))
    v
end
haskey(d::AbstractDict, key) = get(d, key, _secret_table_token) !== _secret_table_token
# d[1, 2] is d[(1, 2)]
getindex(d::AbstractDict, k1, k2, ks...) = d[(k1, k2, ks...)]
setindex!(d::AbstractDict, v, k1, k2, ks...) = (d[(k1, k2, ks...)] = v)
get(f::Function, d::AbstractDict, key) = (v = get(d, key, _secret_table_token); v === _secret_table_token ? f() : v)
pairs(d::AbstractDict) = d
isempty(d::AbstractDict) = length(d) == 0
in(x, d::AbstractDict) = error("AbstractDict collections only contain Pairs;\nEither look for e.g. A=>B instead, or use the `keys` or `values`\nfunction if you are looking for a key or value respectively.")
function in(p::Pair, d::AbstractDict, valcmp = (==))
    v = get(d, p.first, _secret_table_token)
    v === _secret_table_token ? false : valcmp(v, p.second)
end
function ==(l::AbstractDict, r::AbstractDict)
    l === r && return true
    (l isa IdDict) == (r isa IdDict) && length(l) == length(r) || return false
    anymissing = false
    for p in l
        isin = in(p, r)
        if isin === missing
            anymissing = true
        elseif !isin
            return false
        end
    end
    anymissing ? missing : true
end
isequal(l::AbstractDict, r::AbstractDict) =
    l === r || ((l isa IdDict) == (r isa IdDict) && length(l) == length(r) && all(p -> in(p, r, isequal), l))
empty(d::AbstractDict) = empty(d, keytype(d), valtype(d))
empty(d::AbstractDict, ::Type{K}, ::Type{V}) where {K, V} = Dict{K, V}()
copy(d::AbstractDict) = merge!(empty(d), d)
function merge!(d::AbstractDict, others...)
    for o in others, p in o
        d[p.first] = p.second
    end
    d
end
function merge(d::AbstractDict, others...)
    K, V = _merged_types(d, others)
    merge!(merge!(Dict{K, V}(), d), others...)
end
function filter(f, d::AbstractDict)
    out = empty(d)
    for p in d
        f(p) && (out[p.first] = p.second)
    end
    out
end

function filter(f, d::Dict)
    out = _construct_dict(keytype(d), valtype(d))
    for p in d
        f(p) && (out[p.first] = p.second)
    end
    out
end

# ---- Set ------------------------------------------------------------------------------------

mutable struct Set{T} <: AbstractSet{T}
    dict::Dict{T,Nothing}
end
_native_loop(::Union{AbstractDict, AbstractSet, ValueIterator}) = true   # (see collections.jl)
_forward_constructors(Set)
function _construct_set(T)
    T = _isvar(T) ? Any : T
    _new_struct(Set{T}, _construct_dict(T, Nothing))
end
function _construct_set(T, itr)
    if _isvar(T)
        if itr isa AbstractArray || itr isa AbstractSet || itr isa AbstractString
            T = eltype(itr)
        else
            hint = haslength(itr)
            xs = collect(itr)
            T = _typejoin_all(map(typeof, xs))
            # a known length still sizes the table first
            return union!(sizehint!(_construct_set(T), hint ? length(xs) : 0), xs)
        end
    end
    union!(_construct_set(T), itr)
end
Set() = _construct_set(Any)
Set(itr) = _construct_set(_isvar_marker, itr)
eltype(s::Set) = keytype(s.dict)
length(s::Set) = length(s.dict)
isempty(s::Set) = isempty(s.dict)
in(x, s::Set) = haskey(s.dict, x)
sizehint!(s::Set, n) = (sizehint!(s.dict, n); s)
empty(s::Set) = _construct_set(eltype(s))
function push!(s::Set, x)
    s.dict[x] = nothing
    s
end
function delete!(s::Set, x)
    delete!(s.dict, x)
    s
end
function pop!(s::Set, x)
    x in s || throw(KeyError(x))
    delete!(s, x)
    x
end
# (as Julia's set.jl: its own message, not the dict's)
function pop!(s::Set)
    isempty(s) && throw(ArgumentError("set must be non-empty"))
    pop!(s.dict).first
end
pop!(s::Set, x, default) = x in s ? pop!(s, x) : default
filter(f, s::AbstractSet) = filter!(f, _copymutable(s))
empty!(s::Set) = (empty!(s.dict); s)
function iterate(s::Set, i = s.dict.idxfloor)
    d = s.dict
    i = skip_deleted(d, i)
    i == 0 ? nothing : (d.keys[i], i + 1)
end
copy(s::Set) = _new_struct(typeof(s), copy(s.dict))
function union!(s::Set, itrs...)
    for it in itrs
        haslength(it) && sizehint!(s, length(s) + length(it))
        for x in it
            push!(s, x)
            length(s) == max_values(eltype(s)) && break
        end
    end
    s
end
# any AbstractSet (keys(d) too) gives a new Set, as Julia's emptymutable
union(s::AbstractSet, itrs...) = union!(_construct_set(_union_eltype(s, itrs)), s, itrs...)
_copymutable(s::AbstractSet) = union!(_construct_set(eltype(s)), s)
_copymutable(s::Set) = copy(s)
# vectors and other iterables: a Vector of the distinct elements in order of first appearance,
# of the promoted element type (union([4 2 3], 1:3, 3.0) holds Float64s), as Julia's
function union(a::AbstractVector, itrs...)
    T = promote_type(eltype(a), map_tuple(eltype, itrs)...)
    out = T[]
    seen = Set{T}()
    for it in (a, itrs...), x in it
        y = convert(T, x)
        y in seen || (push!(seen, y); push!(out, y))
    end
    out
end
union(itr, itrs...) = union(vec(collect(itr)), itrs...)
union!(v::AbstractVector, itrs...) = _replace_contents!(v, union(v, itrs...))
intersect!(v::AbstractVector, itrs...) = _replace_contents!(v, intersect(v, itrs...))
setdiff!(v::AbstractVector, itrs...) = _replace_contents!(v, setdiff(v, itrs...))
symdiff!(v::AbstractVector, itrs...) = _replace_contents!(v, symdiff(v, itrs...))
_replace_contents!(v, w) = copyto!(resize!(v, length(w)), w)

# ---- replace and replace! (Julia's set.jl) -----------------------------------------------------
# replace(A, old => new, ...; count) and replace(f, A; count) on arrays, sets, dicts and tuples:
# each element equal to an old one (the first pair that matches) or each element x as f(x), at
# most `count` of them changed (an element counts when its replacement is not === to it).
_check_count(count::Integer) = count < 0 ? throw(DomainError(count, "`count` must not be negative (got $count)")) :
    Int64(min(count, typemax(Int64)))
struct _PairReplacer{P} <: Function
    pairs::P
end
function (r::_PairReplacer)(x)
    for p in r.pairs
        isequal(x, p.first) && return p.second
    end
    x
end
# the element type of replace(A, pairs...): without count, A's without missing or nothing when
# those are replaced, promoted with the new values' types; with a count, A's promoted with them
function _replace_eltype(T, pairs, count)
    if count === nothing
        for p in pairs
            p.first === missing && (T = nonmissingtype(T))
            p.first === nothing && (T = _nonnothingtype(T))
        end
    end
    for p in pairs
        T = promote_type(T, typeof(p.second))
    end
    T
end
_replace_count(count) = count === nothing ? typemax(Int64) : _check_count(count)
function _replace_into!(new, out::AbstractArray, a::AbstractArray, count::Int64)
    c = 0
    for i in eachindex(a)
        x = a[i]
        if c < count
            y = new(x)
            out[i] = y
            c += !(x === y)
        else
            out[i] = x
        end
    end
    out
end
function _replace_into!(new, out, a, count::Int64)   # sets, dicts, tuples: out starts empty
    c = 0
    for x in a
        if c < count
            y = new(x)
            push!(out, y)
            c += !(x === y)
        else
            push!(out, x)
        end
    end
    out
end
_empty_like(a::AbstractArray, T) = similar(a, T)
_empty_like(a::AbstractSet, T) = Set{T}()
_empty_like(a::AbstractDict, ::Type{Pair{K,V}}) where {K,V} = Dict{K,V}()
_empty_like(a::AbstractDict, T) = Dict()
_replaceable(a::AbstractArray) = copy(a)
_replaceable(a::Union{AbstractSet, AbstractDict}) = empty(a)
const _Replaceable = Union{AbstractArray, AbstractSet, AbstractDict}
replace(a::_Replaceable, pairs::Pair...; count::Union{Integer, Nothing} = nothing) =
    _replace_into!(_PairReplacer(pairs), _empty_like(a, _replace_eltype(eltype(a), pairs, count)), a, _replace_count(count))
replace(new::Union{Function, Type}, a::_Replaceable; count::Integer = typemax(Int64)) =
    _replace_into!(new, _replaceable(a), a, _check_count(count))
replace!(a::AbstractArray, pairs::Pair...; count::Integer = typemax(Int64)) = _replace_into!(_PairReplacer(pairs), a, a, _check_count(count))
replace!(new::Union{Function, Type}, a::AbstractArray; count::Integer = typemax(Int64)) = _replace_into!(new, a, a, _check_count(count))
function replace!(new::Union{Function, Type}, a::Union{AbstractSet, AbstractDict}; count::Integer = typemax(Int64))
    old = collect(a)
    empty!(a)
    _replace_into!(new, a, old, _check_count(count))
end
replace!(a::Union{AbstractSet, AbstractDict}, pairs::Pair...; count::Integer = typemax(Int64)) =
    replace!(_PairReplacer(pairs), a; count = count)
function replace(t::Tuple, pairs::Pair...; count::Union{Integer, Nothing} = nothing)
    _replace_tuple(_PairReplacer(pairs), t, _replace_count(count))
end
replace(new::Union{Function, Type}, t::Tuple; count::Integer = typemax(Int64)) = _replace_tuple(new, t, _check_count(count))
_replace_tuple(new, t::Tuple, count::Int64) = (_replace_into!(new, Any[], t, count)...,)
_union_eltype(s, itrs) = promote_type(eltype(s), map_tuple(eltype, itrs)...)   # (Julia's promote_eltype)
_hasfastin(x) = x isa Union{AbstractSet, AbstractDict, AbstractRange}
# as Julia: the elements of the shorter side that the other has, in a new Set
function intersect(s::AbstractSet, itr)
    out = _construct_set(_union_eltype(s, (itr,)))
    if haslength(itr) && _hasfastin(itr) && length(s) < length(itr)
        for x in s
            x in itr && push!(out, x)
        end
    else
        for x in itr
            x in s && push!(out, x)
        end
    end
    out
end
function intersect(s::AbstractSet, itr, itrs...)
    out = intersect(s, itr)
    for it in itrs
        keep = Set(it)
        for x in collect(out)
            x in keep || delete!(out, x)
        end
    end
    out
end
intersect(s::AbstractSet) = _copymutable(s)
# one collection: its distinct elements (Julia's intersect(s) = setdiff(s) = union(s))
intersect(v::AbstractVector) = union(v)
setdiff(v::AbstractVector) = union(v)
function filter!(f, s::Set)
    for x in collect(s)
        f(x) || delete!(s, x)
    end
    s
end
# removes from s every element of itrs
function setdiff!(s::Set, itrs...)
    for itr in itrs
        for x in itr
            delete!(s, x)
        end
    end
    s
end
# keeps the elements of s that each of itrs has
function intersect!(s::Set, itrs...)
    for itr in itrs
        keep = intersect(s, itr)
        filter!(x -> x in keep, s)
    end
    s
end
# map!(f, values(d)): each value replaced by f of it, in place
function map!(f, v::ValueIterator)
    d = v.dict
    for k in collect(keys(d))
        d[k] = f(d[k])
    end
    v
end
function intersect(a::AbstractVector, b)
    T = promote_type(eltype(a), eltype(b))
    convert(Vector{T}, unique(filter(x -> x in b, a)))
end
intersect(a::AbstractVector, b, c, rest...) = intersect(intersect(a, b), c, rest...)
intersect(itr, itrs...) = intersect(vec(collect(itr)), itrs...)
function setdiff(s::AbstractSet, itrs...)
    out = _copymutable(s)
    for it in itrs
        for x in it
            delete!(out, x)
        end
    end
    out
end
setdiff(a::AbstractVector, b) = unique(filter(x -> !(x in b), a))
setdiff(a::AbstractVector, b, c, rest...) = setdiff(setdiff(a, b), c, rest...)
"""
    symdiff(s, itrs...)

The elements that occur in an odd number of the arguments (each counted once per argument), in
order of first appearance for vectors.
"""
function symdiff(a::AbstractVector, itrs...)
    kept = symdiff!(_construct_set(_union_eltype(a, itrs)), a, itrs...)
    out = _new_array(eltype(kept), (0,))
    for it in (a, itrs...), x in it
        x in kept && !(x in out) && push!(out, x)
    end
    out
end
# symdiff!(s, itrs...): each element met toggles its membership (as Julia's, so repeats count:
# symdiff([1, 2, 1], [2, 1, 2]) == [1, 2])
function symdiff!(s::AbstractSet, itrs...)
    for it in itrs
        for x in it
            x in s ? delete!(s, x) : push!(s, x)
        end
    end
    s
end
symdiff(s::AbstractSet, itrs...) = symdiff!(union!(_construct_set(_union_eltype(s, itrs)), s), itrs...)
issubset(a, b) = all(x -> x in b, a)
const ⊆ = issubset
const ∪ = union
const ∩ = intersect
⊇(a, b) = issubset(b, a)
⊈(a, b) = !issubset(a, b)
⊉(a, b) = !issubset(b, a)
# a proper subset (Julia's ⊊): smaller, and contained
⊊(a, b) = (A = a isa AbstractSet ? a : Set(a); B = b isa AbstractSet ? b : Set(b); length(A) < length(B) && issubset(A, B))
⊋(a, b) = ⊊(b, a)
# a set of characters is one of Base's Chars (strings.jl)
startswith(s::AbstractString, cs::AbstractSet{<:AbstractChar}) = !isempty(s) && first(s) in cs
endswith(s::AbstractString, cs::AbstractSet{<:AbstractChar}) = !isempty(s) && last(s) in cs
# (a Dict's keys are a set: keys(d) == Set([1, 2]))
==(a::AbstractSet, b::AbstractSet) = length(a) == length(b) && issubset(a, b)
collect(s::Set) = collect(KeySet(s.dict))
iterate(p::Pair, i = 1) = i > 2 ? nothing : (p[i], i + 1)
length(p::Pair) = 2
first(p::Pair) = p.first
last(p::Pair) = p.second

# Embedding: Java sees every AbstractDict as a polyglot hash (Value.getHashValue and friends);
# JlStructObject's getHashEntriesIterator calls this.
function _interop_hash_entries(d::AbstractDict)
    entries = Any[]
    for p in d
        push!(entries, (p.first, p.second))
    end
    entries
end
map(f, s::AbstractSet) = error("map is not defined on sets")
# (Julia's: a Dict has no map; map(f, values(d)) or a comprehension does it)
map(f, d::AbstractDict) = error("map is not defined on dictionaries")

# ---- hashing collections, as Julia 1.10 ----------------------------------------------------

const hash_abstractarray_seed = 0x7e2d6fb6448beb77
function hash(A::AbstractArray, h::UInt)
    h += hash_abstractarray_seed
    h = hash(map_tuple(_ -> 1, size(A)), h)     # the first and last index in each dimension
    h = hash(size(A), h)
    if length(A) < 8192
        for x in A
            h = hash(x, h)
        end
        return h
    end
    # about log(n) elements, denser towards the end: from the last, step back a Fibonacci
    # number of indices (grown every 4096 steps), then on to the previous different value
    index = length(A)
    fibskip = prevfibskip = 1
    n = 0
    while true
        n += 1
        x = A[index]
        h = hash(index => x, h)
        index < fibskip + 1 && break
        index -= fibskip
        if rem(n, 4096) == 0
            fibskip, prevfibskip = fibskip + prevfibskip, fibskip
        end
        while index >= 1 && isequal(A[index], x)
            index -= 1
        end
        index < 1 && break
    end
    h
end
const hasha_seed = 0x6d35bb51952d5539
function hash(a::AbstractDict, h::UInt)
    hv = hasha_seed
    for p in a
        hv ⊻= hash(p.first, hash(p.second))
    end
    hash(hv, h)
end
const hashs_seed = 0x852ada37cfe8e0ce
function hash(s::AbstractSet, h::UInt)
    hv = hashs_seed
    for x in s
        hv ⊻= hash(x)
    end
    hash(hv, h)
end
# a dictionary of another type with the same pairs (a Dict{Symbol,Int} where Dict{Symbol,Any} is wanted)
convert(::Type{T}, d::AbstractDict) where {T<:AbstractDict} = d isa T ? d : T(d)
hash(x::Expr, h::UInt) = hash(x.args, hash(x.head, h + 0x83c7900696d26dc6))
# expressions are equal when their heads and arguments are (quoted code compared as code)
==(x::Expr, y::Expr) = x.head === y.head && isequal(x.args, y.args)
hash(x::QuoteNode, h::UInt) = hash(x.value, h + 0x2c97bf8b3de87020)
hash(x::LineNumberNode, h::UInt) = hash(x.line, hash(x.file, h))
hash(x::GlobalRef, h::UInt) = hash(x.name, hash(x.mod, h))
hash(x::NamedTuple, h::UInt) = xor(objectid(keys(x)), hash(values(x), h))
# named tuples with the same names compare by their values, as tuples do
==(a::NamedTuple, b::NamedTuple) = keys(a) === keys(b) && values(a) == values(b)
isequal(a::NamedTuple, b::NamedTuple) = keys(a) === keys(b) && isequal(values(a), values(b))
isless(a::NamedTuple{n}, b::NamedTuple{n}) where {n} = isless(values(a), values(b))

# ---- IdDict: keys compared by identity (===), hashed by objectid ----------------------------

struct _IdKey
    x
end
hash(k::_IdKey, h::UInt) = hash(objectid(k.x), h)
isequal(a::_IdKey, b::_IdKey) = a.x === b.x
==(a::_IdKey, b::_IdKey) = a.x === b.x

"""
    IdDict([pairs...])

A dictionary whose keys are the same when `===` (two equal arrays are different keys), hashed
by `objectid`.
"""
mutable struct IdDict{K,V} <: AbstractDict{K,V}
    d::Dict{_IdKey,V}
end
_forward_constructors(IdDict)
_construct_iddict(K, V) = _new_struct(IdDict{_isvar(K) ? Any : K, _isvar(V) ? Any : V}, _construct_dict(_IdKey, _isvar(V) ? Any : V))
function _construct_iddict(K, V, ps...)
    d = _construct_iddict(K, V)
    for p in ps
        d[p.first] = p.second
    end
    d
end
IdDict() = _construct_iddict(Any, Any)

# ---- deepcopy: as Julia's deepcopy_internal, with an IdDict of what was copied already, so
# that shared objects stay shared in the copy and cycles end ---------------------------------
deepcopy(x) = _deepcopy(x, IdDict{Any,Any}())::typeof(x)
_deepcopy(x::Union{Symbol, String, Function, Type, Module, Task}, seen::IdDict) = x
_deepcopy(x::Tuple, seen::IdDict) = map_tuple(v -> _deepcopy(v, seen), x)
_deepcopy(x::NamedTuple{names}, seen::IdDict) where {names} = NamedTuple{names}(_deepcopy(values(x), seen))
function _deepcopy(x::Array, seen::IdDict)
    haskey(seen, x) && return seen[x]
    isbitstype(eltype(x)) && return (seen[x] = copy(x))
    y = similar(x)
    seen[x] = y
    for i in eachindex(x)
        isassigned(x, i) && (y[i] = _deepcopy(x[i], seen))
    end
    y
end
function _deepcopy(x::AbstractDict, seen::IdDict)
    haskey(seen, x) && return seen[x]
    y = empty(x)
    seen[x] = y
    for (k, v) in x
        y[_deepcopy(k, seen)] = _deepcopy(v, seen)
    end
    y
end
function _deepcopy(x, seen::IdDict)
    n = nfields(x)
    n == 0 && return x              # numbers, strings, built-in objects
    if ismutable(x)
        haskey(seen, x) && return seen[x]
        y = _shallow_struct_copy(x)
        seen[x] = y
        for i in 1:n
            isdefined(x, i) && _deepcopy_setfield!(y, i, _deepcopy(getfield(x, i), seen))
        end
        return y
    end
    isbits(x) && return x
    _new_struct(typeof(x), ntuple(i -> isdefined(x, i) ? _deepcopy(getfield(x, i), seen) : nothing, n)...)
end
IdDict(ps::Pair...) = _construct_iddict(_typejoin_all(map_tuple(p -> typeof(p.first), ps)), _typejoin_all(map_tuple(p -> typeof(p.second), ps)), ps...)
length(d::IdDict) = length(d.d)
isempty(d::IdDict) = isempty(d.d)
function setindex!(d::IdDict, v, key)
    K = keytype(d)
    key isa K || throw(ArgumentError(string(repr(key), " is not a valid key for type ", K)))
    d.d[_IdKey(key)] = v
    d
end
getindex(d::IdDict, key) = (k = _IdKey(key); haskey(d.d, k) ? d.d[k] : throw(KeyError(key)))
get(d::IdDict, key, default) = get(d.d, _IdKey(key), default)
get(f::Function, d::IdDict, key) = get(f, d.d, _IdKey(key))
get!(d::IdDict, key, default) = haskey(d, key) ? d[key] : (d[key] = default)
get!(f::Function, d::IdDict, key) = haskey(d, key) ? d[key] : (d[key] = f())
haskey(d::IdDict, key) = haskey(d.d, _IdKey(key))
delete!(d::IdDict, key) = (delete!(d.d, _IdKey(key)); d)
pop!(d::IdDict, key) = (v = d[key]; delete!(d, key); v)
pop!(d::IdDict, key, default) = haskey(d, key) ? pop!(d, key) : default
empty!(d::IdDict) = (empty!(d.d); d)
function iterate(d::IdDict, st...)
    y = iterate(d.d, st...)
    y === nothing ? nothing : (Pair(y[1].first.x, y[1].second), y[2])
end
copy(d::IdDict) = _new_struct(typeof(d), copy(d.d))
empty(d::IdDict, ::Type{K}, ::Type{V}) where {K, V} = _construct_iddict(K, V)
sizehint!(d::IdDict, n) = (sizehint!(d.d, n); d)
# IdDict(k => v for ...), IdDict([(k, v), ...]): from pairs or two-element tuples
IdDict(itr) = IdDict(Pair[p isa Pair ? p : Pair(p[1], p[2]) for p in itr]...)

"""
    Base.ImmutableDict(k1 => v1, k2 => v2, ...)
    Base.ImmutableDict(d, k => v)

An immutable dictionary as a linked list: adding a pair makes a new dictionary that shares the
old one. Lookup walks the list (a later pair shadows an earlier one with the same key), so it
suits small dictionaries that are extended often, never changed.
"""
struct ImmutableDict{K,V} <: AbstractDict{K,V}
    parent::ImmutableDict{K,V}   # unassigned in the empty dictionary, the list's end
    key::K
    value::V
    ImmutableDict{K,V}() where {K,V} = new()
    ImmutableDict{K,V}(key, value) where {K,V} = new(new(), key, value)
    ImmutableDict{K,V}(parent::ImmutableDict, key, value) where {K,V} = new(parent, key, value)
end
ImmutableDict(p::Pair{K,V}) where {K,V} = ImmutableDict{K,V}(p.first, p.second)
ImmutableDict(d::ImmutableDict{K,V}, p::Pair) where {K,V} = ImmutableDict{K,V}(d, p.first, p.second)
ImmutableDict(d::ImmutableDict, p::Pair, more::Pair...) = ImmutableDict(ImmutableDict(d, p), more...)
ImmutableDict(p::Pair, more::Pair...) = ImmutableDict(ImmutableDict(p), more...)
_is_list_end(d::ImmutableDict) = !isdefined(d, :parent)
function _immutable_lookup(d::ImmutableDict, key)
    while !_is_list_end(d)
        isequal(d.key, key) && return d
        d = d.parent
    end
    nothing
end
haskey(d::ImmutableDict, key) = _immutable_lookup(d, key) !== nothing
getindex(d::ImmutableDict, key) = (n = _immutable_lookup(d, key); n === nothing ? throw(KeyError(key)) : n.value)
get(d::ImmutableDict, key, default) = (n = _immutable_lookup(d, key); n === nothing ? default : n.value)
get(f::Function, d::ImmutableDict, key) = (n = _immutable_lookup(d, key); n === nothing ? f() : n.value)
function in(p::Pair, d::ImmutableDict, valcmp = (==))
    while !_is_list_end(d)
        isequal(d.key, p.first) && valcmp(p.second, d.value) && return true
        d = d.parent
    end
    false
end
# newest first (a shadowed pair is iterated too, as Julia's)
function iterate(d::ImmutableDict{K,V}, node = d) where {K,V}
    _is_list_end(node) && return nothing
    (Pair{K,V}(node.key, node.value), node.parent)
end
length(d::ImmutableDict) = count(_ -> true, d)
isempty(d::ImmutableDict) = _is_list_end(d)
empty(d::ImmutableDict{K,V}) where {K,V} = ImmutableDict{K,V}()
empty(::ImmutableDict, ::Type{K}, ::Type{V}) where {K,V} = ImmutableDict{K,V}()

# arrays, for the dictionary interface (Base's abstractarray.jl): keys are linear or Cartesian indices
keytype(a::AbstractArray) = keytype(typeof(a))
keytype(A::Type{<:AbstractArray}) = CartesianIndex{ndims(A)}
keytype(A::Type{<:AbstractVector}) = Int
valtype(a::AbstractArray) = valtype(typeof(a))
valtype(A::Type{<:AbstractArray}) = eltype(A)
# dst emptied, then filled from src (Base's abstractset.jl / abstractdict.jl)
copy!(dst::AbstractSet, src::AbstractSet) = union!(empty!(dst), src)
copy!(dst::AbstractDict, src::AbstractDict) = merge!(empty!(dst), src)
