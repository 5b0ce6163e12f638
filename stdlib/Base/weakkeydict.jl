# WeakKeyDict: a dictionary that holds its keys weakly (runtime/JlWeakRef). An entry whose key the
# collector has taken disappears: the dictionary drops such entries before each use, scanning
# only when a collection has run since its last scan (weak references are cleared only then).

# a key held weakly, with its hash kept (the key's own can no longer be computed once it is gone)
struct _WeakKey
    ref::WeakRef
    h::UInt
end
_WeakKey(key) = _WeakKey(WeakRef(key), hash(key))
hash(k::_WeakKey, h::UInt) = hash(k.h, h)
function isequal(a::_WeakKey, b::_WeakKey)
    a === b && return true
    a.h == b.h || return false
    x = a.ref.value
    y = b.ref.value
    x !== nothing && y !== nothing && isequal(x, y)
end

"""
    WeakKeyDict([pairs...])

A dictionary whose keys are held weakly: once nothing else refers to a key, the collector may
take it, and its entry disappears. Keys are compared with `isequal` and `hash`, as in a `Dict`.
"""
mutable struct WeakKeyDict{K,V} <: AbstractDict{K,V}
    d::Dict{_WeakKey,V}
    gcs::Int    # the collector's count of collections at the last scan for dead keys
end
_forward_constructors(WeakKeyDict)
function _construct_weakkeydict(K, V, ps...)
    K = _isvar(K) ? Any : K
    V = _isvar(V) ? Any : V
    d = _new_struct(WeakKeyDict{K, V}, _construct_dict(_WeakKey, V), _gc_count())
    for p in ps
        d[p.first] = p.second
    end
    d
end
WeakKeyDict() = _construct_weakkeydict(Any, Any)
WeakKeyDict(ps::Pair...) = _construct_weakkeydict(_typejoin_all(map_tuple(p -> typeof(p.first), ps)), _typejoin_all(map_tuple(p -> typeof(p.second), ps)), ps...)
function _purge!(d::WeakKeyDict)
    n = _gc_count()
    n == d.gcs && return d
    d.gcs = n
    dead = _WeakKey[]
    for k in keys(d.d)
        k.ref.value === nothing && push!(dead, k)
    end
    for k in dead
        delete!(d.d, k)
    end
    d
end
length(d::WeakKeyDict) = length(_purge!(d).d)
isempty(d::WeakKeyDict) = length(d) == 0
function setindex!(d::WeakKeyDict, v, key)
    K = keytype(d)
    key isa K || throw(ArgumentError(string(repr(key), " is not a valid key for type ", K)))
    k = _WeakKey(key)
    dd = _purge!(d).d
    # a new key object equal to an old one replaces it (the old one may be collected)
    haskey(dd, k) && delete!(dd, k)
    dd[k] = v
    d
end
function getindex(d::WeakKeyDict, key)
    k = _WeakKey(key)
    dd = _purge!(d).d
    haskey(dd, k) ? dd[k] : throw(KeyError(key))
end
get(d::WeakKeyDict, key, default) = get(_purge!(d).d, _WeakKey(key), default)
get(f::Function, d::WeakKeyDict, key) = get(f, _purge!(d).d, _WeakKey(key))
get!(d::WeakKeyDict, key, default) = haskey(d, key) ? d[key] : (d[key] = default)
get!(f::Function, d::WeakKeyDict, key) = haskey(d, key) ? d[key] : (d[key] = f())
haskey(d::WeakKeyDict, key) = haskey(_purge!(d).d, _WeakKey(key))
delete!(d::WeakKeyDict, key) = (delete!(_purge!(d).d, _WeakKey(key)); d)
pop!(d::WeakKeyDict, key) = (v = d[key]; delete!(d, key); v)
pop!(d::WeakKeyDict, key, default) = haskey(d, key) ? pop!(d, key) : default
empty!(d::WeakKeyDict) = (empty!(d.d); d)
function iterate(d::WeakKeyDict, st...)
    st === () && _purge!(d)
    while true
        y = iterate(d.d, st...)
        y === nothing && return nothing
        k = y[1].first.ref.value
        # a key collected during the iteration is skipped
        k === nothing || return (Pair(k, y[1].second), y[2])
        st = (y[2],)
    end
end
