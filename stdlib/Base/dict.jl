# Dict and Set: a hash table of slots over insertion-ordered key/value vectors (deleted
# entries leave holes that a rehash compacts). Iteration follows insertion order.

abstract type AbstractDict{K,V} end
abstract type AbstractSet{T} end

hash(x) = _hash(x)
hash(x, h) = _hash((x, h))

mutable struct Dict{K,V} <: AbstractDict{K,V}
    slots::Vector{Int}      # 0 empty, -1 deleted, else index into keys/vals
    keys::Vector{K}
    vals::Vector{V}
    alive::Vector{Bool}
    count::Int
end
_forward_constructors(Dict)

function _construct_dict(K, V)
    K = _isvar(K) ? Any : K
    V = _isvar(V) ? Any : V
    _new_struct(Dict{K,V}, zeros(Int, 16), _new_array(K, (0,)), _new_array(V, (0,)), _new_array(Bool, (0,)), 0)
end
function _construct_dict(K, V, ps::Pair...)
    if _isvar(K) || _isvar(V)
        K2 = _isvar(K) ? _typejoin_all(map_tuple(p -> typeof(p.first), ps)) : K
        V2 = _isvar(V) ? _typejoin_all(map_tuple(p -> typeof(p.second), ps)) : V
        return _construct_dict(K2, V2, ps...)
    end
    d = _construct_dict(K, V)
    for p in ps
        d[p.first] = p.second
    end
    d
end
function _construct_dict(K, V, itr)
    ps = collect(itr)
    if _isvar(K) || _isvar(V)
        for p in ps
            p isa Union{Pair,Tuple} || throw(ArgumentError("Dict(kv): kv needs to be an iterator of 2-tuples or pairs"))
        end
        K2 = _isvar(K) ? _typejoin_all(map(p -> typeof(p[1]), ps)) : K
        V2 = _isvar(V) ? _typejoin_all(map(p -> typeof(p[2]), ps)) : V
        d = _construct_dict(K2, V2)
    else
        d = _construct_dict(K, V)
    end
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

length(d::Dict) = d.count
isempty(d::Dict) = d.count == 0
_dict_mask(d::Dict) = length(d.slots) - 1
function _dict_find(d::Dict, key)
    slots = d.slots
    mask = length(slots) - 1
    h = hash(key) & mask
    while true
        s = slots[h + 1]
        s == 0 && return -h - 1
        if s > 0 && isequal(d.keys[s], key)
            return s
        end
        h = (h + 1) & mask
    end
end
function _dict_rehash!(d::Dict, newsize)
    ks = d.keys
    vs = d.vals
    al = d.alive
    nk = _new_array(eltype(ks), (0,))
    nv = _new_array(eltype(vs), (0,))
    na = _new_array(Bool, (0,))
    for i in 1:length(ks)
        if al[i]
            push!(nk, ks[i])
            push!(nv, vs[i])
            push!(na, true)
        end
    end
    d.keys = nk
    d.vals = nv
    d.alive = na
    slots = zeros(Int, newsize)
    mask = newsize - 1
    for i in 1:length(nk)
        h = hash(nk[i]) & mask
        while slots[h + 1] != 0
            h = (h + 1) & mask
        end
        slots[h + 1] = i
    end
    d.slots = slots
    d
end
function setindex!(d::Dict, v, key)
    k = _dict_key(d, key)
    vv = convert(eltype(d.vals), v)
    s = _dict_find(d, k)
    if s > 0
        d.vals[s] = vv
        return d
    end
    push!(d.keys, k)
    push!(d.vals, vv)
    push!(d.alive, true)
    d.slots[-s] = length(d.keys)
    d.count += 1
    if 4 * length(d.keys) >= 3 * length(d.slots)
        _dict_rehash!(d, d.count * 4 > length(d.slots) ? length(d.slots) * 2 : length(d.slots))
    end
    d
end
function _dict_key(d::Dict, key)
    K = eltype(d.keys)
    key isa K && return key
    k = convert(K, key)
    isequal(k, key) || throw(ArgumentError(string(repr(key), " is not a valid key for type ", K)))
    k
end
function getindex(d::Dict, key)
    s = _dict_find(d, key)
    s > 0 || throw(KeyError(key))
    d.vals[s]
end
function get(d::Dict, key, default)
    s = _dict_find(d, key)
    s > 0 ? d.vals[s] : default
end
function get(f::Function, d::Dict, key)
    s = _dict_find(d, key)
    s > 0 ? d.vals[s] : f()
end
function get!(d::Dict, key, default)
    s = _dict_find(d, key)
    s > 0 && return d.vals[s]
    d[key] = default
    d[key]
end
function get!(f::Function, d::Dict, key)
    s = _dict_find(d, key)
    s > 0 && return d.vals[s]
    d[key] = f()
    d[key]
end
haskey(d::Dict, key) = _dict_find(d, key) > 0
in(p::Pair, d::Dict) = (s = _dict_find(d, p.first); s > 0 && d.vals[s] == p.second)
function getkey(d::Dict, key, default)
    s = _dict_find(d, key)
    s > 0 ? d.keys[s] : default
end
function delete!(d::Dict, key)
    slots = d.slots
    mask = length(slots) - 1
    h = hash(key) & mask
    while true
        s = slots[h + 1]
        s == 0 && return d
        if s > 0 && isequal(d.keys[s], key)
            slots[h + 1] = -1
            d.alive[s] = false
            d.count -= 1
            return d
        end
        h = (h + 1) & mask
    end
end
function pop!(d::Dict, key)
    s = _dict_find(d, key)
    s > 0 || throw(KeyError(key))
    v = d.vals[s]
    delete!(d, key)
    v
end
function pop!(d::Dict, key, default)
    s = _dict_find(d, key)
    s > 0 || return default
    v = d.vals[s]
    delete!(d, key)
    v
end
function empty!(d::Dict)
    d.slots = zeros(Int, 16)
    d.keys = _new_array(eltype(d.keys), (0,))
    d.vals = _new_array(eltype(d.vals), (0,))
    d.alive = _new_array(Bool, (0,))
    d.count = 0
    d
end
function _dict_next(d::Dict, i)
    al = d.alive
    n = length(al)
    while i <= n && !al[i]
        i += 1
    end
    i
end
function iterate(d::Dict, i = 1)
    i = _dict_next(d, i)
    i > length(d.keys) && return nothing
    (Pair(d.keys[i], d.vals[i]), i + 1)
end
keytype(d::Dict) = eltype(d.keys)
valtype(d::Dict) = eltype(d.vals)
eltype(d::Dict) = Pair{keytype(d), valtype(d)}

struct KeySet
    dict
end
struct ValueIterator
    dict
end
keys(d::Dict) = KeySet(d)
values(d::Dict) = ValueIterator(d)
pairs(d::Dict) = d
length(k::KeySet) = length(k.dict)
length(v::ValueIterator) = length(v.dict)
isempty(k::KeySet) = isempty(k.dict)
isempty(v::ValueIterator) = isempty(v.dict)
eltype(k::KeySet) = keytype(k.dict)
eltype(v::ValueIterator) = valtype(v.dict)
function iterate(k::KeySet, i = 1)
    d = k.dict
    i = _dict_next(d, i)
    i > length(d.keys) ? nothing : (d.keys[i], i + 1)
end
function iterate(v::ValueIterator, i = 1)
    d = v.dict
    i = _dict_next(d, i)
    i > length(d.keys) ? nothing : (d.vals[i], i + 1)
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
copy(d::Dict) = merge!(_construct_dict(keytype(d), valtype(d)), d)
function merge!(d::Dict, others...)
    for o in others
        for p in o
            d[p.first] = p.second
        end
    end
    d
end
function merge(d::Dict, others...)
    K = keytype(d)
    V = valtype(d)
    for o in others
        K = _promote_join(K, keytype(o))
        V = _promote_join(V, valtype(o))
    end
    merge!(_construct_dict(K, V), d, others...)
end
function mergewith(f, d::Dict, others...)
    out = copy(d)
    for o in others
        for p in o
            out[p.first] = haskey(out, p.first) ? f(out[p.first], p.second) : p.second
        end
    end
    out
end
function ==(a::Dict, b::Dict)
    length(a) == length(b) || return false
    for p in a
        haskey(b, p.first) || return false
        b[p.first] == p.second || return false
    end
    true
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
_forward_constructors(Set)
function _construct_set(T)
    T = _isvar(T) ? Any : T
    _new_struct(Set{T}, _construct_dict(T, Nothing))
end
function _construct_set(T, itr)
    if _isvar(T)
        xs = collect(itr)
        T = itr isa AbstractArray || itr isa AbstractSet ? eltype(itr) : _typejoin_all(map(typeof, xs))
        itr = xs
    end
    s = _construct_set(T)
    for x in itr
        push!(s, x)
    end
    s
end
Set() = _construct_set(Any)
Set(itr) = _construct_set(_isvar_marker, itr)
eltype(s::Set) = keytype(s.dict)
length(s::Set) = length(s.dict)
isempty(s::Set) = isempty(s.dict)
in(x, s::Set) = haskey(s.dict, x)
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
iterate(s::Set, i = 1) = iterate(KeySet(s.dict), i)
copy(s::Set) = union!(_construct_set(eltype(s)), s)
function union!(s::Set, itrs...)
    for it in itrs
        for x in it
            push!(s, x)
        end
    end
    s
end
union(s::Set, itrs...) = union!(_construct_set(_union_eltype(s, itrs)), s, itrs...)
union(a::AbstractVector, itrs...) = unique(vcat(a, map_tuple(collect, itrs)...))
_union_eltype(s, itrs) = _typejoin_all((eltype(s), map_tuple(eltype, itrs)...))
function intersect(s::Set, itrs...)
    out = copy(s)
    for it in itrs
        keep = Set(it)
        for x in collect(out)
            x in keep || delete!(out, x)
        end
    end
    out
end
intersect(a::AbstractVector, b) = unique(filter(x -> x in b, a))
function setdiff(s::Set, itrs...)
    out = copy(s)
    for it in itrs
        for x in it
            delete!(out, x)
        end
    end
    out
end
setdiff(a::AbstractVector, b) = unique(filter(x -> !(x in b), a))
"""
    symdiff(s, itrs...)

The elements that occur in an odd number of the arguments (each counted once per argument), in
order of first appearance for vectors.
"""
function symdiff(a::AbstractVector, itrs...)
    out = unique(a)
    for it in itrs
        b = unique(it)
        out = vcat(filter(x -> !(x in b), out), filter(x -> !(x in out), b))
    end
    out
end
function symdiff(s::Set, itrs...)
    out = copy(s)
    for it in itrs
        for x in Set(it)
            x in out ? delete!(out, x) : push!(out, x)
        end
    end
    out
end
issubset(a, b) = all(x -> x in b, a)
⊆(a, b) = issubset(a, b)
==(a::Set, b::Set) = length(a) == length(b) && issubset(a, b)
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
map(f, s::Set) = throw(ArgumentError("map is not defined on sets"))
