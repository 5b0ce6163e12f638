# Reductions, searching, sorting and the functional toolkit over any iterable.

_add_sum(x, y) = x + y
_mul_prod(x, y) = x * y
# sum and prod of small integers widen, as Julia's add_sum does: sum(UInt8[200, 100]) == 300
_widen_reduce(x) = x
_widen_reduce(x::Bool) = Int64(x)
_widen_reduce(x::Union{Int8,Int16,Int32}) = Int64(x)
_widen_reduce(x::Union{UInt8,UInt16,UInt32}) = UInt64(x)

# Julia's _empty_reduce_error: a reduction of nothing that has no neutral element
_empty_reduce_error() = throw(ArgumentError("reducing over an empty collection is not allowed; consider supplying `init` to the reducer"))

mapreduce(f, op, itr; init = _InitialValue()) = _mapreduce(f, op, itr, init)
function _mapreduce(f, op, itr, init)
    _indexable(itr) && return _mapreduce_indexed(f, op, itr, init)
    _counted_filter(itr) && return _reduce_counted(init isa _InitialValue ? identity : x -> op(init, x), f, op, itr,
                                                   () -> init isa _InitialValue ? _empty_mapreduce(f, op, itr) : init)
    _native_loop(itr) || return _mapreduce_rest(f, op, itr, init)
    # a for loop, not iterate by hand: the loop runs Base's fast ways through dicts, strings and
    # the like (iterate's nothing-or-tuple result is a new tuple per element)
    empty = true
    acc = nothing
    for x in itr
        if empty
            acc = init isa _InitialValue ? f(x) : op(init, f(x))
            empty = false
        else
            acc = op(acc, f(x))
        end
    end
    if empty
        init isa _InitialValue && return _empty_mapreduce(f, op, itr)
        return init
    end
    acc
end
struct _InitialValue end
# Iterables a `for` loop scans in a way of its own (strings, tuples; dicts and sets: dict.jl):
# reductions over them loop with `for x in itr`, an accumulator starting as `nothing`. Over any
# other, that accumulator (first nothing, then a number) would be a box carried around the loop
# (24 bytes an element); they start from the first element and go on with Iterators.rest.
_native_loop(itr) = false
_native_loop(::Union{AbstractString, Tuple, NamedTuple}) = true
function _mapreduce_rest(f, op, itr, init)
    y = iterate(itr)
    if y === nothing
        init isa _InitialValue && return _empty_mapreduce(f, op, itr)
        return init
    end
    acc = init isa _InitialValue ? f(y[1]) : op(init, f(y[1]))
    for x in Iterators.rest(itr, y[2])
        acc = op(acc, f(x))
    end
    acc
end
# mapreduce over nothing without init, as Julia's mapreduce_empty: the operator's neutral element
# of the element type when f is identity (abs and abs2 of it for those), else an error.
_empty_mapreduce(f, op, itr) = _empty_reduce_error()
_empty_mapreduce(::typeof(identity), op, itr) = _empty_reduce(op, itr)
_empty_mapreduce(f::Union{typeof(abs), typeof(abs2)}, op, itr) = f(_empty_reduce(op, itr))
_empty_reduce(op, itr) = _empty_reduce_error()
_empty_reduce(::typeof(+), itr) = _zero_of(itr)
_empty_reduce(::typeof(*), itr) = _one_of(itr)
_empty_reduce(::typeof(&), itr) = true
_empty_reduce(::typeof(|), itr) = false
reduce(op, itr; init = _InitialValue()) = mapreduce(identity, op, itr; init = init)
reduce(op, a::AbstractArray; dims = nothing, init = _InitialValue()) = mapreduce(identity, op, a; dims = dims, init = init)
# a vector of vectors or matrices joined in one step, as Julia's (pairwise, each step copied
# everything so far: 1000 vectors took 250 ms)
function reduce(::typeof(hcat), a::AbstractVector{<:Union{AbstractVector, AbstractMatrix}}; dims = nothing, init = _InitialValue())
    dims === nothing && init isa _InitialValue && !isempty(a) || return mapreduce(identity, hcat, a; dims = dims, init = init)
    _typed_hcat(_promote_eltypes(map(eltype, a)), a)
end
function reduce(::typeof(vcat), a::AbstractVector{<:Union{AbstractVector, AbstractMatrix}}; dims = nothing, init = _InitialValue())
    dims === nothing && init isa _InitialValue && !isempty(a) || return mapreduce(identity, vcat, a; dims = dims, init = init)
    _typed_vcat(_promote_eltypes(map(eltype, a)), a)
end
foldl(op, itr; init = _InitialValue()) = mapreduce(identity, op, itr; init = init)
function foldr(op, itr; init = _InitialValue())
    v = reverse(collect(itr))
    isempty(v) && return init isa _InitialValue ? _empty_mapreduce(identity, op, v) : init
    acc = init isa _InitialValue ? v[1] : op(v[1], init)
    for i in 2:length(v)
        acc = op(v[i], acc)
    end
    acc
end
mapfoldl(f, op, itr; init = _InitialValue()) = mapreduce(f, op, itr; init = init)
mapfoldr(f, op, itr; init = _InitialValue()) = foldr(op, Generator(f, itr); init = init)

function _sum(itr)
    _indexable(itr) && return _sum_indexed(identity, itr)
    _counted_filter(itr) && return _reduce_counted(_widen_reduce, identity, +, itr, () -> _zero_of(itr))
    _native_loop(itr) || return _sum_rest(identity, itr, () -> _zero_of(itr))
    empty = true
    acc = nothing
    for x in itr   # (a for loop: see _mapreduce)
        if empty
            acc = _widen_reduce(x)
            empty = false
        else
            acc = acc + x
        end
    end
    empty && return _zero_of(itr)
    acc
end
function _sum(a::Union{Array, SubArray})
    n = length(a)
    n == 0 && return _zero_of(a)
    acc = _widen_reduce(a[1])
    for i in 2:n
        acc = acc + a[i]
    end
    acc
end
# (see _native_loop)
function _sum_rest(f, itr, empty)
    y = iterate(itr)
    y === nothing && return empty()
    acc = _widen_reduce(f(y[1]))
    for x in Iterators.rest(itr, y[2])
        acc = acc + f(x)
    end
    acc
end
sum(f, itr; dims = nothing, init = _InitialValue()) =
    dims !== nothing ? sum(map(f, itr); dims = dims, init = init) : init isa _InitialValue ? _sum(f, itr) : mapreduce(f, +, itr; init = init)
function _sum(f, itr)
    _indexable(itr) && return _sum_indexed(f, itr)
    _counted_filter(itr) && return _reduce_counted(_widen_reduce, f, +, itr, () -> _sum_empty(f, itr))
    _native_loop(itr) || return _sum_rest(f, itr, () -> _sum_empty(f, itr))
    empty = true
    acc = nothing
    for x in itr   # (a for loop: see _mapreduce)
        if empty
            acc = _widen_reduce(f(x))
            empty = false
        else
            acc = acc + f(x)
        end
    end
    empty && return _sum_empty(f, itr)
    acc
end
# The sum or product of nothing, as Julia's reduce_empty: zero (one) of the element type, widened
# like the elements would be; `zero(Any)` is a MethodError, and an iterator whose element type
# is unknown (a generator) has no such value.
_zero_of(itr) = _reduce_empty(zero, itr)
_one_of(itr) = _reduce_empty(one, itr)
function _reduce_empty(unit, itr)
    (itr isa Generator || eltype(itr) === Union{}) && _empty_reduce_error()
    _widen_reduce(unit(eltype(itr)))
end
# sum(f, empty): Julia knows the answer only for identity, abs and abs2 (mapreduce_empty).
_sum_empty(f, itr) = _empty_reduce_error()
_sum_empty(::typeof(identity), itr) = _zero_of(itr)
_sum_empty(f::Union{typeof(abs), typeof(abs2)}, itr) = f(_zero_of(itr))
function _prod(itr)
    _indexable(itr) && return _prod_indexed(itr)
    _counted_filter(itr) && return _reduce_counted(_widen_reduce, identity, *, itr, () -> _one_of(itr))
    y = iterate(itr)
    y === nothing && return _one_of(itr)
    acc = _widen_reduce(y[1])
    # (a for loop from the state, not `while y !== nothing`: the loop takes each (value, state)
    # unallocated, where a tuple merged with `nothing` is allocated: ForNode, TupleReturn)
    for x in Iterators.rest(itr, y[2])
        acc = acc * x
    end
    acc
end
# As in Julia's tuple.jl: the product of no dimensions (a 0-dimensional array's length) is 1.
prod(::Tuple{}) = 1
prod(f, itr; dims = nothing, init = _InitialValue()) =
    dims !== nothing ? prod(map(f, itr); dims = dims, init = init) : init isa _InitialValue ? mapreduce(f, *, itr) : mapreduce(f, *, itr; init = init)
# The first element x with better(x, every other) — or the first NaN, which wins as in Julia.
function _extremum(better, itr)
    _indexable(itr) && return _extremum_indexed(better, itr)
    _counted_filter(itr) && return _reduce_counted(identity, identity, (m, x) -> _takes(better, x, m) ? x : m, itr,
                                                   _empty_reduce_error)
    y = iterate(itr)
    y === nothing && _empty_reduce_error()
    m = y[1]
    for x in Iterators.rest(itr, y[2])    # (as in _prod)
        _takes(better, x, m) && (m = x)
    end
    m
end
_maximum(itr) = _extremum(>, itr)
_minimum(itr) = _extremum(<, itr)
isnan_(x) = x isa AbstractFloat && x != x
# Whether x replaces m as the extremum so far: NaN and missing win and stay, as max and min have them.
_takes(better, x, m) = m !== missing && (x === missing || isnan_(x) || better(x, m) || _zero_sign_wins(better, x, m))
# max(-0.0, 0.0) is 0.0 and min(0.0, -0.0) is -0.0, as Julia's
_zero_sign_wins(better, x, m) = false
_zero_sign_wins(better, x::AbstractFloat, m::AbstractFloat) = x == m && signbit(x) != signbit(m) && (better === (>)) == signbit(m)
maximum(f, itr; dims = nothing, init = _InitialValue()) =
    dims !== nothing ? maximum(map(f, itr); dims = dims, init = init) : init isa _InitialValue ? maximum(Generator(f, itr)) : mapreduce(f, max, itr; init = init)
minimum(f, itr; dims = nothing, init = _InitialValue()) =
    dims !== nothing ? minimum(map(f, itr); dims = dims, init = init) : init isa _InitialValue ? minimum(Generator(f, itr)) : mapreduce(f, min, itr; init = init)
extrema(itr; init = _InitialValue()) = extrema(identity, itr; init = init)
# with init: the extrema of init's pair and the elements (init alone for none)
function extrema(f, itr; init = _InitialValue())
    init isa _InitialValue && return (minimum(f, itr), maximum(f, itr))
    isempty(itr) && return init
    (min(init[1], minimum(f, itr)), max(init[2], maximum(f, itr)))
end
function findmax(itr)
    isempty(itr) && _empty_reduce_error()
    k = 0
    m = nothing
    mi = 0
    for x in itr
        k += 1
        # Julia's _rf_findmax: by isless, so NaN and then missing win, and 0.0 beats -0.0
        if k == 1 || isless(m, x)
            m = x
            mi = k
        end
    end
    (m, mi)
end
function findmin(itr)
    isempty(itr) && _empty_reduce_error()
    k = 0
    m = nothing
    mi = 0
    for x in itr
        k += 1
        if k == 1 || _isgreater(m, x)
            m = x
            mi = k
        end
    end
    (m, mi)
end
# Julia's isgreater: the reverse of isless, except that unordered values (NaN, missing) are the least
_isgreater(x, y) = isunordered(x) || isunordered(y) ? isless(x, y) : isless(y, x)
findmax(f, itr) = (r = findmax(map(f, itr)); (r[1], r[2]))
findmin(f, itr) = (r = findmin(map(f, itr)); (r[1], r[2]))
argmax(itr) = findmax(itr)[2]
argmin(itr) = findmin(itr)[2]
argmax(A::AbstractArray; dims = :) = findmax(A; dims = dims)[2]
argmin(A::AbstractArray; dims = :) = findmin(A; dims = dims)[2]
# a named tuple's elements are found by name (its keys), as Julia's pairs of it give them
function findfirst(f::Function, t::NamedTuple)
    for k in keys(t)
        f(t[k]) && return k
    end
    nothing
end
function findlast(f::Function, t::NamedTuple)
    for k in reverse(keys(t))
        f(t[k]) && return k
    end
    nothing
end
findall(f::Function, t::NamedTuple) = Symbol[k for k in keys(t) if f(t[k])]
findmax(t::NamedTuple) = (r = findmax(values(t)); (r[1], keys(t)[r[2]]))
findmin(t::NamedTuple) = (r = findmin(values(t)); (r[1], keys(t)[r[2]]))
findmax(f, t::NamedTuple) = (r = findmax(f, values(t)); (r[1], keys(t)[r[2]]))
findmin(f, t::NamedTuple) = (r = findmin(f, values(t)); (r[1], keys(t)[r[2]]))
argmax(t::NamedTuple) = findmax(t)[2]
argmin(t::NamedTuple) = findmin(t)[2]
# the element whose f is largest (smallest), the first of equals, by isless as Julia's
argmax(f, itr) = _argextreme(isless, f, itr)
argmin(f, itr) = _argextreme(_isgreater, f, itr)
function _argextreme(better, f, itr)
    found = false
    m = nothing
    best = nothing
    for x in itr
        fx = f(x)
        if !found || better(m, fx)
            m = fx
            best = x
            found = true
        end
    end
    found || _empty_reduce_error()
    best
end
# over key => value pairs: the key with the value (strings: byte indices; dicts: keys), as
# Julia's findmax(f, domain) over pairs(domain)
function _findextreme_pairs(better, f, ps)
    found = false
    m = nothing
    mk = nothing
    for p in ps
        fv = f(p.second)
        if !found || better(m, fv)
            m = fv
            mk = p.first
            found = true
        end
    end
    found || _empty_reduce_error()
    (m, mk)
end
findmax(s::AbstractString) = _findextreme_pairs(isless, identity, pairs(s))
findmin(s::AbstractString) = _findextreme_pairs(_isgreater, identity, pairs(s))
findmax(f, s::AbstractString) = _findextreme_pairs(isless, f, pairs(s))
findmin(f, s::AbstractString) = _findextreme_pairs(_isgreater, f, pairs(s))


function count(f, itr; dims = nothing, init = 0)
    dims === nothing || return _reduce_dims(+, map(x -> Int(f(x)::Bool), itr), dims; init = init)
    n = init
    for x in itr
        (f(x)::Bool) && (n += 1)
    end
    n
end
count(itr; dims = nothing, init = 0) = count(identity, itr; dims = dims, init = init)
# three-valued, as Julia's: a missing answer makes the result missing unless another decides it
# (any([false, missing]) is missing, any([true, missing]) true); other non-Bools are TypeErrors
_bool_or_missing(v) = v === missing || throw(TypeError(:if, "", Bool, v))
function _any_of(f, itr)
    anymissing = false
    for x in itr
        v = f(x)
        if v isa Bool
            v && return true
        else
            anymissing = _bool_or_missing(v)
        end
    end
    anymissing ? missing : false
end
function _all_of(f, itr)
    anymissing = false
    for x in itr
        v = f(x)
        if v isa Bool
            v || return false
        else
            anymissing = _bool_or_missing(v)
        end
    end
    anymissing ? missing : true
end
any(f, itr) = _any_of(f, itr)
all(f, itr) = _all_of(f, itr)
# along dimensions (the methods taking dims also serve calls without it)
any(f, a::AbstractArray; dims = nothing) = dims === nothing ? _any_of(f, a) : _similar_bools(a, _reduce_dims(|, map(f, a), dims; init = false))
all(f, a::AbstractArray; dims = nothing) = dims === nothing ? _all_of(f, a) : _similar_bools(a, _reduce_dims(&, map(f, a), dims; init = true))
# Julia reduces into similar(a, Bool, ...): a BitArray's reduction is a BitArray
_similar_bools(a, r) = r
_similar_bools(a::BitArray, r) = BitArray(r)
any(a::AbstractArray; dims = nothing) = any(identity, a; dims = dims)
all(a::AbstractArray; dims = nothing) = all(identity, a; dims = dims)
mapreduce(f, op, a::AbstractArray; dims = nothing, init = _InitialValue()) =
    dims === nothing ? _mapreduce(f, op, a, init) : _reduce_dims(op, map(f, a), dims; init = init)
# of several collections: f of their elements side by side (Julia's, through map or a Generator)
mapreduce(f, op, a::AbstractArray, b::AbstractArray, cs::AbstractArray...; kws...) = reduce(op, map(f, a, b, cs...); kws...)
mapreduce(f, op, a, b, cs...; kws...) = reduce(op, Generator(t -> f(t...), zip(a, b, cs...)); kws...)
any(itr) = any(identity, itr)
all(itr) = all(identity, itr)
# three-valued, as Julia's: missing when no element equals x but some comparison was missing
function in(x, itr)
    anymissing = false
    for y in itr
        v = (y == x)
        if v === true
            return true
        elseif v !== false
            anymissing = true
        end
    end
    anymissing ? missing : false
end
const ∈ = in
∉(x, itr) = !in(x, itr)
∋(itr, x) = in(x, itr)
∌(itr, x) = !in(x, itr)
in(x) = Fix2(in, x)
∉(x) = Fix2(∉, x)
function in(x, r::AbstractUnitRange{<:Integer})
    x isa Integer || return any(y -> y == x, r)
    first(r) <= x <= last(r)
end

# Sums along dimensions: sum(A, dims = 1).
function sum(a::AbstractArray; dims = nothing, init = _InitialValue())
    init isa _InitialValue || return dims === nothing ? mapreduce(identity, +, a; init = init) : _reduce_dims(+, a, dims; init = init)
    dims === nothing && return _sum(a)
    _reduce_dims(+, a, dims)
end
function prod(a::AbstractArray; dims = nothing, init = _InitialValue())
    init isa _InitialValue || return dims === nothing ? mapreduce(identity, *, a; init = init) : _reduce_dims(*, a, dims; init = init)
    dims === nothing && return _prod(a)
    _reduce_dims(*, a, dims)
end
function maximum(a::AbstractArray; dims = nothing, init = _InitialValue())
    init isa _InitialValue || return dims === nothing ? mapreduce(identity, max, a; init = init) : _reduce_dims(max, a, dims; init = init)
    dims === nothing && return _maximum(a)
    _reduce_dims(max, a, dims)
end
function minimum(a::AbstractArray; dims = nothing, init = _InitialValue())
    init isa _InitialValue || return dims === nothing ? mapreduce(identity, min, a; init = init) : _reduce_dims(min, a, dims; init = init)
    dims === nothing && return _minimum(a)
    _reduce_dims(min, a, dims)
end
# extrema(A; dims): (min, max) of each slice, paired as Julia's
function extrema(a::AbstractArray; dims = nothing, init = _InitialValue())
    init isa _InitialValue || return extrema(identity, a; init = init)
    dims === nothing && return (minimum(a), maximum(a))
    map(tuple, minimum(a; dims = dims), maximum(a; dims = dims))
end
function _reduce_dims(op, a, dims; init = _InitialValue())
    for d in dims
        d >= 1 || throw(ArgumentError(string("region dimension(s) must be ≥ 1, got ", d)))   # (Julia's reducedim.jl)
    end
    s = size(a)
    n = length(s)
    rs = ntuple(d -> d in dims ? 1 : s[d], n)
    length(a) == 0 && return _reduce_dims_empty(op, a, rs, init)
    # input position k goes to the output position its subscripts give, along strides that are
    # 0 in the reduced dimensions; the output is typed by the first value, widened if one does not fit
    place = _BExtruded(nothing, s, ntuple(d -> d in dims ? 0 : _prod_upto(rs, d - 1), n), 1, 0, 1)
    v1 = init isa _InitialValue ? _widen_reduce(a[1]) : op(init, a[1])
    out = _new_array(typeof(v1), rs)
    filled = falses(length(out))
    out[1] = v1
    filled[1] = true
    misfit = _reduce_dims_run!(op, a, out, filled, place, 2, init)
    misfit === nothing && return out
    k, j, v = misfit
    wide = _new_array(Any, (length(out),))
    for i in 1:length(out)
        filled[i] && (wide[i] = out[i])
    end
    wide[j] = v
    filled[j] = true
    _reduce_dims_run!(op, a, wide, filled, place, k + 1, init)
    _collect_narrow(wide, rs)
end
# Reduces a[k0:end] into out; (k, j, v) when the value v for output j does not fit out's type.
function _reduce_dims_run!(op, a, out, filled, place, k0, init)
    T = eltype(out)
    for k in k0:length(a)
        j = _boffset(place, k)
        x = a[k]
        v = filled[j] ? op(out[j], x) : init isa _InitialValue ? _widen_reduce(x) : op(init, x)
        v isa T || return (k, j, v)
        out[j] = v
        filled[j] = true
    end
    nothing
end
# A slice with no elements holds the reduction of nothing (0 for +, an error for max); with no
# slices, an empty array of the element type the reduction would have.
function _reduce_dims_empty(op, a, rs, init)
    if prod(rs) == 0
        T = eltype(a)
        (op === (+) || op === (*)) && T <: Union{Bool, Int8, Int16, Int32, UInt8, UInt16, UInt32} && (T = typeof(_widen_reduce(zero(T))))
        init isa _InitialValue || (T = promote_type(T, typeof(init)))
        return _new_array(T, rs)
    end
    v = init isa _InitialValue ? _empty_reduce(op, a) : init
    out = _new_array(typeof(v), rs)
    for j in 1:length(out)
        out[j] = v
    end
    out
end
in(x, t::Tuple) = any(y -> y == x, t)

function cumsum(a::AbstractVector)
    T = eltype(a)
    # (none: the type the sums would have; Any for an Any vector, as Julia's promote_op)
    isempty(a) && return similar(a, isconcretetype(T) ? typeof(_widen_reduce(zero(T))) : T)
    out = similar(a, typeof(_widen_reduce(a[1])))
    acc = nothing
    for i in 1:length(a)
        acc = i == 1 ? _widen_reduce(a[i]) : acc + a[i]
        out[i] = acc
    end
    out
end
# (small integers widen as in prod: Julia's mul_prod, cumprod(Int8[2, 100]) == [2, 200])
cumprod(a::AbstractVector) = accumulate(*, map(_widen_reduce, a))
# any other collection: a vector of the running sums (a tuple's: a tuple)
cumsum(itr) = accumulate(+, [_widen_reduce(x) for x in itr])
cumsum(t::Tuple) = accumulate(+, map_tuple(_widen_reduce, t))
cumprod(itr) = accumulate(*, [_widen_reduce(x) for x in itr])
cumprod(t::Tuple) = accumulate(*, map_tuple(_widen_reduce, t))
accumulate(op, t::Tuple; init = _InitialValue()) = (accumulate(op, Any[t...]; init = init)...,)
accumulate(op, a; init = _InitialValue()) = init isa _InitialValue ? accumulate(op, a, nothing) : _collect_narrow(collect(Iterators.accumulate(op, a; init = init)), nothing)
function accumulate(op, a, ::Nothing)
    out = []
    acc = nothing
    k = 0
    for x in a
        k += 1
        acc = k == 1 ? x : op(acc, x)
        push!(out, acc)
    end
    # none: the type op gives for two elements (Julia's promote_op), as the array it would fill
    k == 0 && return _new_array(promote_typejoin_union(_return_type(op, eltype(a), eltype(a))), (0,))
    _collect_narrow(out, nothing)
end
# an array's: typed by the first element (a Vector{Any} grown and narrowed cost 90 ns an
# element), the rest widened if a running value does not fit
function accumulate(op, a::AbstractArray, ::Nothing)
    n = length(a)
    n == 0 && return invoke(accumulate, Tuple{Any, Any, Nothing}, op, a, nothing)
    out = _new_array(typeof(a[1]), (n,))
    out[1] = a[1]
    misfit = _accumulate_run!(op, a, out, 2)
    misfit === nothing && return out
    k, v = misfit
    wide = _new_array(Any, (n,))
    for i in 1:k - 1
        wide[i] = out[i]
    end
    wide[k] = v
    _accumulate_run!(op, a, wide, k + 1)
    _collect_narrow(wide, nothing)
end
# out[k0:end] from out[k0 - 1]; (k, v) when the running value v does not fit out's type
function _accumulate_run!(op, a, out, k0)
    T = eltype(out)
    acc = out[k0 - 1]
    for k in k0:length(a)
        acc = op(acc, a[k])
        acc isa T || return (k, acc)
        out[k] = acc
    end
    nothing
end
# along dimension `dims` of an array of any shape: each element combined with the one before it
# in that dimension (column-major: `stride` elements back)
function accumulate(op, A::AbstractArray; dims::Union{Integer,Nothing} = nothing, init = _InitialValue())
    # without dims: the running result in iteration (column-major) order, in A's shape
    if !(init isa _InitialValue)
        dims === nothing || throw(ArgumentError("accumulate with both dims and init is not supported"))
        return reshape(_collect_narrow(collect(Iterators.accumulate(op, A; init = init)), nothing), size(A))
    end
    dims === nothing && return reshape(accumulate(op, A, nothing), size(A))
    sz = size(A)
    dims >= 1 || throw(ArgumentError(string("dimension must be ≥ 1, got ", dims)))
    dims > length(sz) && return map(identity, A)
    stride = 1
    for d in 1:dims-1
        stride *= sz[d]
    end
    len = sz[dims]
    out = Vector{Any}(undef, length(A))
    for i in 1:length(A)
        out[i] = div(i - 1, stride) % len == 0 ? A[i] : op(out[i - stride], A[i])
    end
    reshape(_collect_narrow(out, nothing), sz)
end
cumsum(A::AbstractArray; dims::Integer) = accumulate(+, map(_widen_reduce, A); dims = dims)
cumprod(A::AbstractArray; dims::Integer) = accumulate(*, map(_widen_reduce, A); dims = dims)
# along a dimension of a matrix: rows (dims = 1) or columns (dims = 2) minus the previous ones
# along any dimension of an N-d array, as Julia's
function diff(a::AbstractArray; dims::Integer)
    N = ndims(a)
    1 <= dims <= N || throw(ArgumentError(string("dimension ", dims, " out of range (1:", N, ")")))
    hi = ntuple(d -> d == dims ? (2:size(a, d)) : (1:size(a, d)), N)
    lo = ntuple(d -> d == dims ? (1:size(a, d)-1) : (1:size(a, d)), N)
    a[hi...] .- a[lo...]
end
function diff(a::AbstractMatrix; dims::Integer)
    dims == 1 && return a[2:end, :] - a[1:end-1, :]
    dims == 2 && return a[:, 2:end] - a[:, 1:end-1]
    throw(ArgumentError("dimension $dims out of range (1:2)"))
end
function clamp!(a::AbstractArray, lo, hi)
    for i in 1:length(a)
        a[i] = clamp(a[i], lo, hi)
    end
    a
end
# float(A): A with float elements (complex(A): complex.jl); a range stays a range
float(a::AbstractArray{<:AbstractFloat}) = a
float(a::AbstractArray) = _elements_as(float, a)
# a copy of A whose element type is what f makes of A's (only for a concrete one, as Julia's)
function _elements_as(f, a)
    isconcretetype(eltype(a)) || error("`", nameof(f), "` not defined on abstractly-typed arrays; please convert to a more specific type")
    copyto!(similar(a, typeof(f(zero(eltype(a))))), a)
end
float(r::AbstractUnitRange{<:Integer}) = float(first(r)):float(last(r))
float(r::StepRange{<:Integer}) = float(first(r)):float(step(r)):float(last(r))
isdisjoint(a, b) = isempty(intersect(a, b))
# permute!(v, p): v reordered to v[p], in place; invperm(p): the permutation undoing p
permute!(v::AbstractVector, p::AbstractVector) = copyto!(v, v[p])
function invperm(p::AbstractVector)
    q = zeros(Int64, length(p))
    for (i, j) in enumerate(p)
        (1 <= j <= length(p) && q[j] == 0) || throw(ArgumentError("argument is not a permutation"))
        q[j] = i
    end
    q
end
# copy!(dst, src): dst becomes a copy of src (a vector is resized to src's length)
copy!(dst::AbstractVector, src::AbstractVector) = copyto!(resize!(dst, length(src)), src)
copy!(dst::AbstractArray, src::AbstractArray) = size(dst) == size(src) ? copyto!(dst, src) :
    throw(ArgumentError("arrays must have the same axes for copy! (consider using `copyto!`)"))
function diff(a::AbstractVector; dims::Integer = 1)
    dims == 1 || throw(ArgumentError("dimension $dims out of range (1:1)"))
    n = length(a)
    # (broadcast picks the element type of the differences: Days of Dates, Ints of Bools)
    view(a, 2:n) .- view(a, 1:max(n - 1, 0))
end

# ---- searching -----------------------------------------------------------------------------

# by the collection's keys when it has them (Julia's pairs(A)); otherwise counted from 1
function findfirst(f::Function, a)
    if applicable(keys, a)
        for (k, x) in zip(keys(a), a)
            f(x) && return k
        end
        return nothing
    end
    i = 0
    for x in a
        i += 1
        f(x) && return i
    end
    nothing
end
function findlast(f::Function, a)
    for i in length(a):-1:1
        f(a[i]) && return i
    end
    nothing
end
function findnext(f::Function, a, start::Integer)
    for i in start:length(a)
        f(a[i]) && return i
    end
    nothing
end
function findprev(f::Function, a, start::Integer)
    for i in start:-1:1
        f(a[i]) && return i
    end
    nothing
end
findfirst(a::AbstractArray) = findfirst(identity, a)
findlast(a::AbstractArray) = findlast(identity, a)
findnext(a::AbstractArray{Bool}, start::Integer) = findnext(identity, a, start)
findprev(a::AbstractArray{Bool}, start::Integer) = findprev(identity, a, start)
# the positions (counted from 1 in iteration order) where f holds
function _findall_linear(f, a)
    out = _new_array(Int, (0,))
    i = 0
    for x in a
        i += 1
        f(x) && push!(out, i)
    end
    out
end
findall(f::Function, a) = applicable(keys, a) ? [k for (k, x) in zip(keys(a), a) if f(x)] : _findall_linear(f, a)
findall(a::AbstractArray{Bool}) = findall(identity, a)
"""
    Base.Order

Orderings, as Julia's: `Forward` (by `isless`), `Reverse`, `By(f, order)`, `Lt(lt)` and
`Perm(order, data)` (indices by their data, ties by index); `lt(o, a, b)` compares by one, and
`ord(lt, by, rev, order)` makes the one that `sort`'s keywords describe.
"""
module Order
import ..Base: isless, reverse
export Ordering, Forward, Reverse, By, Lt, Perm, ReverseOrdering, ForwardOrdering,
    DirectOrdering, lt, ord, ordtype
abstract type Ordering end
struct ForwardOrdering <: Ordering end
struct ReverseOrdering{Fwd<:Ordering} <: Ordering
    fwd::Fwd
end
ReverseOrdering(rev::ReverseOrdering) = rev.fwd
ReverseOrdering(fwd::Fwd) where {Fwd} = ReverseOrdering{Fwd}(fwd)
ReverseOrdering() = ReverseOrdering(ForwardOrdering())
reverse(o::Ordering) = ReverseOrdering(o)
const DirectOrdering = Union{ForwardOrdering,ReverseOrdering{ForwardOrdering}}
const Forward = ForwardOrdering()
const Reverse = ReverseOrdering()
struct By{T,O} <: Ordering
    by::T
    order::O
end
By(by) = By(by, Forward)
struct Lt{T} <: Ordering
    lt::T
end
struct Perm{O<:Ordering,V<:AbstractVector} <: Ordering
    order::O
    data::V
end
ReverseOrdering(by::By) = By(by.by, ReverseOrdering(by.order))
ReverseOrdering(perm::Perm) = Perm(ReverseOrdering(perm.order), perm.data)

lt(o::ForwardOrdering, a, b) = isless(a, b)
lt(o::ReverseOrdering, a, b) = lt(o.fwd, b, a)
lt(o::By, a, b) = lt(o.order, o.by(a), o.by(b))
lt(o::Lt, a, b) = o.lt(a, b)
function lt(p::Perm, a::Integer, b::Integer)
    da = p.data[a]
    db = p.data[b]
    lt(p.order, da, db) || (!lt(p.order, db, da) && a < b)
end

_by(by, order::Ordering) = By(by, order)
_by(::typeof(identity), order::Ordering) = order
_ord(lt::typeof(isless), by, order::Ordering) = _by(by, order)
function _ord(lt, by, order::Ordering)
    order === Forward && return _by(by, Lt(lt))
    order === Reverse && return reverse(_by(by, Lt(lt)))
    error("Passing both lt= and order= arguments is ambiguous; please pass order=Forward or order=Reverse (or leave default)")
end
ord(lt, by, rev::Nothing, order::Ordering = Forward) = _ord(lt, by, order)
function ord(lt, by, rev::Bool, order::Ordering = Forward)
    o = _ord(lt, by, order)
    rev ? ReverseOrdering(o) : o
end
ordtype(o::ReverseOrdering, vs::AbstractArray) = ordtype(o.fwd, vs)
ordtype(o::Perm, vs::AbstractArray) = ordtype(o.order, o.data)
ordtype(o::By, vs::AbstractArray) = try typeof(o.by(vs[1])) catch; Any end
ordtype(o::Ordering, vs::AbstractArray) = eltype(vs)
end
# (Base's sort keyword `lt` would hide Order.lt inside the functions that take it)
const _order_lt = Order.lt

# (binary searches by an Order.Ordering, in the range lo:hi of v; sort's keywords make one)
function searchsortedfirst(v, x, lo::Integer, hi::Integer, o::Order.Ordering)
    hi += 1
    while lo < hi
        m = div(lo + hi, 2)
        if _order_lt(o, v[m], x)
            lo = m + 1
        else
            hi = m
        end
    end
    lo
end
function searchsortedlast(v, x, lo::Integer, hi::Integer, o::Order.Ordering)
    lo -= 1
    while lo < hi
        m = div(lo + hi + 1, 2)
        if _order_lt(o, x, v[m])
            hi = m - 1
        else
            lo = m
        end
    end
    lo
end
searchsorted(v, x, lo::Integer, hi::Integer, o::Order.Ordering) =
    searchsortedfirst(v, x, lo, hi, o):searchsortedlast(v, x, lo, hi, o)
# (top-level loops cannot run here: Base's iteration is defined later)
searchsortedfirst(v, x, o::Order.Ordering) = searchsortedfirst(v, x, firstindex(v), lastindex(v), o)
searchsortedfirst(v, x; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing, order::Order.Ordering = Order.Forward) =
    searchsortedfirst(v, x, Order.ord(lt, by, rev, order))
searchsortedlast(v, x, o::Order.Ordering) = searchsortedlast(v, x, firstindex(v), lastindex(v), o)
searchsortedlast(v, x; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing, order::Order.Ordering = Order.Forward) =
    searchsortedlast(v, x, Order.ord(lt, by, rev, order))
searchsorted(v, x, o::Order.Ordering) = searchsorted(v, x, firstindex(v), lastindex(v), o)
searchsorted(v, x; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing, order::Order.Ordering = Order.Forward) =
    searchsorted(v, x, Order.ord(lt, by, rev, order))

# ---- functional toolkit --------------------------------------------------------------------

# as Julia's collect_similar: the result is similar(a, T, axes(a)), so an array type of a program's
# that defines similar keeps its type (Base's own arrays give an Array, made once here)
function map(f, a::AbstractArray)
    out = collect(Generator(f, a))
    _base_array(a) && return out
    dest = similar(a, eltype(out), axes(a))
    dest isa Array && size(dest) == size(out) ? out : copyto!(dest, out)
end
_base_array(a) = a isa Union{Array, AbstractRange, BitArray} || parentmodule(typeof(a)) === Base
# (two arrays of one shape map to that shape: _dims of their zip)
map(f, xs, ys) = collect(Generator(t -> f(t[1], t[2]), zip(xs, ys)))
map(f, t::Tuple) = map_tuple(f, t)
map(f, v::Core.SimpleVector) = Any[f(x) for x in v]
# (a named tuple maps to one with the same names)
map(f, nt::NamedTuple) = NamedTuple{keys(nt)}(map_tuple(f, values(nt)))
function map(f, a::NamedTuple, b::NamedTuple)
    keys(a) == keys(b) || throw(ArgumentError("Named tuple names do not match."))
    NamedTuple{keys(a)}(map(f, values(a), values(b)))
end
# any other iterable (a generator, a string, a set): its elements mapped, collected into a vector
map(f, itr) = collect(Generator(f, itr))
function map(f, s::AbstractString)
    io = IOBuffer()
    for c in s
        c2 = f(c)
        c2 isa AbstractChar || throw(ArgumentError("map(f, s::AbstractString) requires f to return AbstractChar; try map(f, collect(s)) or a comprehension instead"))
        print(io, c2)
    end
    String(take!(io))
end
map(f, t::Tuple, u::Tuple) = ntuple(i -> f(t[i], u[i]), min(length(t), length(u)))
function map!(f, dest, src)
    i = 0
    for x in src
        i += 1
        dest[i] = f(x)
    end
    dest
end
# of several collections side by side, to the shortest
function map!(f, dest, a, b, cs...)
    i = 0
    for t in zip(a, b, cs...)
        i += 1
        dest[i] = f(t...)
    end
    dest
end
function filter(f, xs::Array)
    out = _new_array(eltype(xs), (0,))
    for x in xs
        f(x)::Bool && push!(out, x)
    end
    out
end
# any other array (a program's own type, a view, a range): the kept elements are indexed out
# of it, so its getindex (and similar) decides what comes back, as in Julia
function filter(f, xs::AbstractArray)
    IndexStyle(xs) isa IndexLinear || return xs[map(f, xs)::AbstractArray{Bool}]
    idxs = Int[]
    for i in eachindex(xs)
        f(xs[i])::Bool && push!(idxs, i)
    end
    xs[idxs]
end
filter(f, b::BitArray) = BitArray(filter(f, collect(b)))   # (Julia's b[mask] is a BitVector)
filter(f, t::Tuple) = (filter(f, collect(t))...,)
filter(f, itr) = collect(Filter(f, itr))
function foreach(f, xs)
    for x in xs
        f(x)
    end
    nothing
end
foreach(f, xs, ys) = (foreach(t -> f(t[1], t[2]), zip(xs, ys)); nothing)

# Zip and Enumerate are parametric on what they iterate, so their fields have concrete types, and
# zip of one to three iterators has its own methods: the iteration unrolls into the caller's loop
# with no per-element arrays or splats (the general method serves more).
struct Zip{Is<:Tuple}
    is::Is
end
zip(xs...) = Zip(xs)
# (an endless iterator in a zip does not limit it)
function length(z::Zip)
    n = -1
    for it in z.is
        IteratorSize(it) isa IsInfinite && continue
        k = length(it)
        n = n < 0 ? k : min(n, k)
    end
    # (none finite: Julia's _zip_min_length finds no length)
    n < 0 && throw(ArgumentError("iterator is of undefined length"))
    n
end
# (Julia's zip_iteratorsize: equal sizes stay; a length and a shape, or an endless iterator
# beside a finite one, make a length; anything else is unknown)
function IteratorSize(z::Zip)
    size = IteratorSize(z.is[1])
    for k in 2:length(z.is)
        size = _zip_size(size, IteratorSize(z.is[k]))
    end
    size
end
IteratorSize(z::Zip{Tuple{}}) = IsInfinite()   # zip() yields () forever, as Julia's
_zip_size(a::IsInfinite, b) = _zip_size(b, a)
_zip_size(a::IsInfinite, b::IsInfinite) = a
_zip_size(a::Union{HasLength, HasShape}, b::IsInfinite) = HasLength()
_zip_size(a, b) = a === b ? a : (a isa HasLength && b isa HasShape) || (a isa HasShape && b isa HasLength) ? HasLength() : SizeUnknown()
IteratorEltype(z::Zip) = all(it -> IteratorEltype(it) isa HasEltype, z.is) ? HasEltype() : EltypeUnknown()
eltype(z::Zip) = Tuple{map_tuple(eltype, z.is)...}
function iterate(z::Zip{<:Tuple{Any}}, st...)
    a = iterate(z.is[1], map_tuple(first, st)...)
    a === nothing && return nothing
    ((a[1],), (a[2],))
end
function iterate(z::Zip{<:Tuple{Any, Any}})
    a = iterate(z.is[1])
    a === nothing && return nothing
    b = iterate(z.is[2])
    b === nothing && return nothing
    ((a[1], b[1]), (a[2], b[2]))
end
function iterate(z::Zip{<:Tuple{Any, Any}}, st)
    a = iterate(z.is[1], st[1])
    a === nothing && return nothing
    b = iterate(z.is[2], st[2])
    b === nothing && return nothing
    ((a[1], b[1]), (a[2], b[2]))
end
function iterate(z::Zip{<:Tuple{Any, Any, Any}})
    a = iterate(z.is[1])
    a === nothing && return nothing
    b = iterate(z.is[2])
    b === nothing && return nothing
    c = iterate(z.is[3])
    c === nothing && return nothing
    ((a[1], b[1], c[1]), (a[2], b[2], c[2]))
end
function iterate(z::Zip{<:Tuple{Any, Any, Any}}, st)
    a = iterate(z.is[1], st[1])
    a === nothing && return nothing
    b = iterate(z.is[2], st[2])
    b === nothing && return nothing
    c = iterate(z.is[3], st[3])
    c === nothing && return nothing
    ((a[1], b[1], c[1]), (a[2], b[2], c[2]))
end
# zip of arrays of one shape has that shape (as Julia's Zip{<:Tuple{HasShape...}})
function _dims(z::Zip{<:Tuple{Any, Any}})
    d = _dims(z.is[1])
    d !== nothing && _dims(z.is[2]) == d ? d : nothing
end
iterate(z::Zip) = _zip_iterate(z, nothing)
iterate(z::Zip, states) = _zip_iterate(z, states)
function _zip_iterate(z::Zip, states)
    vals = []
    sts = []
    for k in 1:length(z.is)
        y = states === nothing ? iterate(z.is[k]) : iterate(z.is[k], states[k])
        y === nothing && return nothing
        push!(vals, y[1])
        push!(sts, y[2])
    end
    ((vals...,), (sts...,))
end

struct Enumerate{I}
    itr::I
end
enumerate(itr) = Enumerate(itr)
length(e::Enumerate) = length(e.itr)
# Iterators.reverse: the pairs from the last, each with its own index
Iterators.reverse(e::Enumerate) = zip(length(e.itr):-1:1, Iterators.reverse(e.itr))
# (each iterator reversed on its own, as Julia 1.10's, which assumes they have one length; the
# length check came in 1.11)
Iterators.reverse(z::Zip) = zip(map_tuple(Iterators.reverse, z.is)...)
IteratorSize(e::Enumerate) = IteratorSize(e.itr)
size(e::Enumerate) = size(e.itr)
# zip's shape: its iterators' common shape (Julia's; a mismatch is a DimensionMismatch)
function size(z::Zip)
    s = size(z.is[1])
    # vectors of different lengths: the shortest's (Julia's _promote_tuple_shape)
    all(it -> length(size(it)) == 1, z.is) && return (minimum(it -> size(it)[1], z.is),)
    for k in 2:length(z.is)
        size(z.is[k]) == s || throw(DimensionMismatch(string("dimensions must match: a has dims ", s, ", b has dims ", size(z.is[k]))))
    end
    s
end
axes(z::Zip) = map_tuple(OneTo, size(z))
show(io::IO, z::Zip) = (print(io, "zip("); join(io, map_tuple(x -> repr(x), z.is), ", "); print(io, ")"))
IteratorEltype(e::Enumerate) = IteratorEltype(e.itr)
# (Julia's last of an enumerate and of a zip: by the index of the end)
last(e::Enumerate) = (length(e.itr), e.itr[end])
function last(z::Zip)
    i = minimum(map_tuple(lastindex, z.is))
    map_tuple(it -> it[i], z.is)
end
eltype(e::Enumerate) = Tuple{Int, eltype(e.itr)}
function iterate(e::Enumerate)
    y = iterate(e.itr)
    y === nothing && return nothing
    ((1, y[1]), (2, y[2]))
end
function iterate(e::Enumerate, st)
    y = iterate(e.itr, st[2])
    y === nothing && return nothing
    ((st[1], y[1]), (st[1] + 1, y[2]))
end

# Iterables whose k-th element can be computed directly: arrays, ranges, and generators, zips and
# enumerations of them. Reductions over these run as counted loops; through iterate, every step
# returns "nothing or a tuple", which compiled code has to allocate (10-30 ns per element).
_indexable(itr) = false
_indexable(::Union{Array, AbstractRange}) = true
_indexable(g::Generator) = _indexable(g.iter)
_indexable(e::Enumerate) = _indexable(e.itr)
_indexable(z::Zip{<:Tuple{Any}}) = _indexable(z.is[1])
_indexable(z::Zip{<:Tuple{Any, Any}}) = _indexable(z.is[1]) && _indexable(z.is[2])
_idxlength(a::Union{Array, AbstractRange}) = length(a)
_idxlength(g::Generator) = _idxlength(g.iter)
_idxlength(e::Enumerate) = _idxlength(e.itr)
_idxlength(z::Zip{<:Tuple{Any}}) = _idxlength(z.is[1])
_idxlength(z::Zip{<:Tuple{Any, Any}}) = min(_idxlength(z.is[1]), _idxlength(z.is[2]))
_getidx(a::Union{Array, AbstractRange}, k) = a[k]
# a vector's keys (and so its pairs) count through as its axis does
_indexable(::LinearIndices{1}) = true
_idxlength(L::LinearIndices{1}) = length(L.indices[1])
_getidx(L::LinearIndices{1}, k) = k
_indexable(::CodeUnits) = true
_idxlength(a::CodeUnits) = length(a)
_getidx(a::CodeUnits, k) = a[k]
_getidx(g::Generator, k) = g.f(_getidx(g.iter, k))
_getidx(e::Enumerate, k) = (k, _getidx(e.itr, k))
_getidx(z::Zip{<:Tuple{Any}}, k) = (_getidx(z.is[1], k),)
_getidx(z::Zip{<:Tuple{Any, Any}}, k) = (_getidx(z.is[1], k), _getidx(z.is[2], k))
_indexable(p::Iterators.ProductIterator{<:Tuple{Any, Any}}) = _indexable(p.iterators[1]) && _indexable(p.iterators[2])
_idxlength(p::Iterators.ProductIterator{<:Tuple{Any, Any}}) = _idxlength(p.iterators[1]) * _idxlength(p.iterators[2])
function _getidx(p::Iterators.ProductIterator{<:Tuple{Any, Any}}, k)
    q, r = divrem(k - 1, _idxlength(p.iterators[1]))
    (_getidx(p.iterators[1], r + 1), _getidx(p.iterators[2], q + 1))
end
_indexable(t::Iterators.Take) = _indexable(t.xs)
_idxlength(t::Iterators.Take) = min(t.n, _idxlength(t.xs))
_getidx(t::Iterators.Take, k) = _getidx(t.xs, k)
_indexable(d::Iterators.Drop) = _indexable(d.xs)
_idxlength(d::Iterators.Drop) = max(0, _idxlength(d.xs) - d.n)
_getidx(d::Iterators.Drop, k) = _getidx(d.xs, k + d.n)

# A filter of an array or range (or a generator of one) cannot be indexed, but a for loop counts
# through it (ForNode): reductions over it loop so.
_counted_filter(itr) = false
_counted_filter(f::Filter) = _indexable(f.itr)
_counted_filter(g::Generator) = _counted_filter(g.iter)
function _reduce_counted(start, f, op, itr, empty)
    acc = _InitialValue()
    for x in itr
        acc = acc isa _InitialValue ? start(f(x)) : op(acc, f(x))
    end
    acc isa _InitialValue ? empty() : acc
end

# The indexed forms of the reductions below (same results, same order of operations).
function _mapreduce_indexed(f, op, itr, init)
    n = _idxlength(itr)
    if n == 0
        init isa _InitialValue && return _empty_mapreduce(f, op, itr)
        return init
    end
    acc = init isa _InitialValue ? f(_getidx(itr, 1)) : op(init, f(_getidx(itr, 1)))
    for k in 2:n
        acc = op(acc, f(_getidx(itr, k)))
    end
    acc
end
function _sum_indexed(f, itr)
    n = _idxlength(itr)
    n == 0 && return _sum_empty(f, itr)
    acc = _widen_reduce(f(_getidx(itr, 1)))
    for k in 2:n
        acc = acc + f(_getidx(itr, k))
    end
    acc
end
function _prod_indexed(itr)
    n = _idxlength(itr)
    n == 0 && return _one_of(itr)
    acc = _widen_reduce(_getidx(itr, 1))
    for k in 2:n
        acc = acc * _getidx(itr, k)
    end
    acc
end
function _extremum_indexed(better, itr)
    n = _idxlength(itr)
    n == 0 && _empty_reduce_error()
    m = _getidx(itr, 1)
    for k in 2:n
        x = _getidx(itr, k)
        _takes(better, x, m) && (m = x)
    end
    m
end
# iterate over a state that may legitimately be `nothing` for the first call
"""
    pairs(collection)

An iterator of `key => value` pairs: indices and elements for arrays and tuples, names and
values for named tuples, the entries of a dictionary. It indexes like the collection.
"""
abstract type AbstractDict{K,V} end
struct Pairs{K, V, I, A} <: AbstractDict{K, V}
    data::A
    itr::I
    # (as Julia's Iterators.Pairs: the key and value types are the element types of the two)
    Pairs(data::A, itr::I) where {A, I} = new{eltype(itr), eltype(data), I, A}(data, itr)
end
# any collection with keys: key => value, as Julia's pairs(collection)
pairs(x) = Generator(p -> p[1] => p[2], zip(keys(x), values(x)))
pairs(t::Tuple) = Pairs(t, 1:length(t))
pairs(t::NamedTuple) = _namedtuple_pairs(t)   # (what Pairs(t, keys(t)) makes; its type cached)
pairs(p::Pairs) = p
pairs(s::AbstractString) = Pairs(s, keys(s))
function iterate(p::Pairs, st = nothing)
    y = st === nothing ? iterate(p.itr) : iterate(p.itr, st)
    y === nothing && return nothing
    return (y[1] => p.data[y[1]], y[2])
end
length(p::Pairs) = length(p.itr)
keys(p::Pairs) = p.itr
values(p::Pairs) = p.data
getindex(p::Pairs, k) = p.data[k]
haskey(p::Pairs, k) = k in p.itr
get(p::Pairs, k, default) = haskey(p, k) ? p.data[k] : default
isempty(p::Pairs) = isempty(p.itr)
Iterators.reverse(p::Pairs) = Generator(k -> k => p.data[k], Iterators.reverse(p.itr))
# (a method's `kws...` is the pairs of a NamedTuple: KeywordPairs.java)
NamedTuple(p::Pairs) = p.data isa NamedTuple ? p.data : NamedTuple{Tuple(p.itr)}(Tuple(values(p.data)))
merge(a::NamedTuple, p::Pairs) = merge(a, NamedTuple(p))
eltype(::Pairs{K, V}) where {K, V} = Pair{K, V}
IteratorSize(p::Pairs) = p.data isa Union{Tuple, NamedTuple} ? HasLength() : IteratorSize(p.itr)
size(p::Pairs) = size(p.itr)
_pairs_valtype(d) = eltype(d)
# (an array's or tuple's pairs count through its keys: see _indexable)
_indexable(p::Pairs) = _indexable(p.itr)
_idxlength(p::Pairs) = _idxlength(p.itr)
_getidx(p::Pairs, k) = (key = _getidx(p.itr, k); key => p.data[key])
# as a Julia AbstractDict: Base.Pairs(:a => 1, :b => 2); displayed one entry a line (showcoll.jl)
# (shown as any AbstractDict: Base.Pairs(:a => 1), with its whole type when the values' type is not implicit)
# Julia's summaries (showarg) of the pairs of a named tuple or an array; the others show as above
_show_dict_summary(io, p::Pairs) = print(io, p.data isa NamedTuple ? "pairs(::NamedTuple)" : string("pairs(IndexLinear(), ::", typeof(p.data), ")"),
                                         " with ", length(p), length(p) == 1 ? " entry" : " entries")

function reverse(a::AbstractVector)
    n = length(a)
    out = similar(a)
    for i in 1:n
        out[i] = a[n + 1 - i]
    end
    out
end
reverse(t::Tuple) = ntuple(i -> t[length(t) + 1 - i], length(t))
function reverse!(a::AbstractVector, start::Integer = firstindex(a), stop::Integer = lastindex(a))
    (start > stop || start < firstindex(a) || stop > lastindex(a)) && start <= stop &&
        throw(BoundsError(a, start < firstindex(a) ? start : stop))
    i, j = start, stop
    while i < j
        a[i], a[j] = a[j], a[i]
        i += 1
        j -= 1
    end
    a
end
reverse(a::AbstractVector, start::Integer, stop::Integer = lastindex(a)) = reverse!(copy(a), start, stop)
# in place along dimensions, as Julia's reverse!(A; dims)
reverse!(A::AbstractArray; dims = :) = copyto!(A, reverse(A; dims = dims))
unique(itr) = unique(identity, itr)
# the distinct rows (dims = 1) or columns (dims = 2) of a matrix, each at its first place
function unique(a::AbstractMatrix; dims::Integer)
    dims == 1 || dims == 2 || throw(ArgumentError("dims = $dims: a matrix has slices along dimension 1 or 2"))
    keep = unique(i -> dims == 1 ? a[i, :] : a[:, i], 1:size(a, dims))
    dims == 1 ? a[keep, :] : a[:, keep]
end
# the elements whose f-values are distinct, each the first with its value
function unique(f, itr)
    # an array of a concrete element type: its elements' own Set and vector (no boxing)
    T = f === identity && itr isa AbstractArray && isconcretetype(eltype(itr)) ? eltype(itr) : Any
    out = _new_array(T, (0,))
    seen = Set{T}()
    for x in itr
        y = f(x)
        if !(y in seen)
            push!(seen, y)
            push!(out, x)
        end
    end
    T === Any || return out
    itr isa AbstractArray ? copyto!(_new_array(eltype(itr), (length(out),)), out) : _collect_narrow(out, nothing)
end
allunique(itr) = length(unique(itr)) == length(itr)

"""
    unique!(v::AbstractVector)

Removes repeated elements of `v` in place, keeping the first of each, and returns `v`.
"""
unique!(a::AbstractVector) = unique!(identity, a)
function unique!(f, a::AbstractVector)
    seen = Set()
    k = 0
    for i in 1:length(a)
        x = a[i]
        y = f(x)
        if !(y in seen)
            push!(seen, y)
            k += 1
            a[k] = x
        end
    end
    resize!(a, k)
end

"""
    only(x)

The one element of the collection `x`; an ArgumentError if it has none or several.
"""
function only(x)
    i = iterate(x)
    i === nothing && throw(ArgumentError("Collection is empty, must contain exactly 1 element"))
    iterate(x, i[2]) === nothing || throw(ArgumentError("Collection has multiple elements, must contain exactly 1 element"))
    i[1]
end
only(t::Tuple) = length(t) == 1 ? t[1] : throw(ArgumentError(string("Tuple contains ", length(t), " elements, must contain exactly 1 element")))
only(t::NamedTuple) = length(t) == 1 ? t[1] : throw(ArgumentError(string("NamedTuple contains ", length(t), " elements, must contain exactly 1 element")))

"""
    circshift(a, shifts)

`a` with its elements rotated: element `I` moves to `I + shifts` (wrapping around each
dimension); an integer shifts along the first dimension, a tuple along each.
"""
function circshift(a::AbstractVector, k::Integer)
    n = length(a)
    out = similar(a)
    for i in 1:n
        out[mod(i - 1 + k, n) + 1] = a[i]
    end
    out
end
circshift(a::AbstractVector, shifts::Tuple) = circshift(a, shifts[1])
# any number of dimensions: element I moves to I + shifts, wrapping around each dimension
function circshift(a::AbstractArray, shifts::Union{Tuple, AbstractVector})
    sz = size(a)
    n = length(sz)
    sh = ntuple(d -> d <= length(shifts) ? Int(shifts[d]) : 0, n)
    out = similar(a)
    for k in 1:length(a)
        I = _cartesian(k, sz)
        out[ntuple(d -> mod(I[d] - 1 + sh[d], sz[d]) + 1, n)...] = a[k]
    end
    out
end
circshift(a::AbstractArray, shift::Integer) = circshift(a, (shift,))

"""
    eachrow(A)
    eachcol(A)
    eachslice(A; dims)

The rows, columns, or the slices along `dims` of `A`, as an array of views (Julia's `Slices`):
`eachrow(A)[2]` is `view(A, 2, :)`, `for r in eachrow(A)`, `map(sum, eachcol(A))`.
"""
eachrow(a::Union{AbstractVector, AbstractMatrix}) = eachslice(a; dims = 1)
eachcol(a::Union{AbstractVector, AbstractMatrix}) = eachslice(a; dims = 2)
# a matrix's rows and columns at once (eachslice's general analysis takes 15-100 us a call)
eachrow(a::Array{T,2}) where {T} =
    Slices{typeof(a), Tuple{Int,Colon}, Tuple{OneTo{Int}}, SubArray{T,1,typeof(a),Tuple{Int,Slice{OneTo{Int}}},true}, 1}(a, (1, :), (OneTo(size(a, 1)),))
eachcol(a::Array{T,2}) where {T} =
    Slices{typeof(a), Tuple{Colon,Int}, Tuple{OneTo{Int}}, SubArray{T,1,typeof(a),Tuple{Slice{OneTo{Int}},Int},true}, 1}(a, (:, 1), (OneTo(size(a, 2)),))
function eachslice(a::AbstractArray; dims, drop::Bool = true)
    ds = dims isa Integer ? (Int(dims),) : Tuple(Int(d) for d in dims)
    for d in ds
        1 <= d <= max(ndims(a), 2) || throw(DimensionMismatch("A doesn't have $d dimensions"))
    end
    n = max(ndims(a), maximum(ds))
    # the index of each of a's dimensions: `:` inside a slice, else which of the slices' dimensions
    # runs over it (with drop = false the slices keep a's dimensions, of length 1 where not in dims)
    slicemap = drop ? ntuple(i -> (k = findfirst(==(i), ds); k === nothing ? (:) : k), n) : ntuple(i -> i in ds ? i : (:), n)
    ax = drop ? map(d -> OneTo(size(a, d)), ds) : ntuple(i -> OneTo(i in ds ? size(a, i) : 1), n)
    S = all(d -> size(a, d) > 0, ds) ? typeof(view(a, map(m -> m isa Colon ? (:) : 1, slicemap)...)) : SubArray
    Slices{typeof(a), typeof(slicemap), typeof(ax), S, length(ax)}(a, slicemap, ax)
end
abstract type AbstractSlices{T,N} <: AbstractArray{T,N} end
struct Slices{P,SM,AX,S,N} <: AbstractSlices{S,N}
    parent::P
    slicemap::SM
    axes::AX
end
const RowSlices{P<:AbstractMatrix,AX,S<:AbstractVector} = Slices{P,Tuple{Int,Colon},AX,S,1}
const ColumnSlices{P<:AbstractMatrix,AX,S<:AbstractVector} = Slices{P,Tuple{Colon,Int},AX,S,1}
parent(s::Slices) = s.parent
size(s::Slices) = map(length, s.axes)
length(s::Union{RowSlices, ColumnSlices}) = length(s.axes[1])
function getindex(s::ColumnSlices, j::Int)
    1 <= j <= length(s.axes[1]) || throw(BoundsError(s, (j,)))
    view(s.parent, :, j)
end
function getindex(s::RowSlices, i::Int)
    1 <= i <= length(s.axes[1]) || throw(BoundsError(s, (i,)))
    view(s.parent, i, :)
end
# a matrix's rows and columns count like an array (ForNode, reductions): through iterate, each
# view met `nothing` at the loop's merge, which made compiled code allocate it
_indexable(::Union{RowSlices, ColumnSlices}) = true
_idxlength(s::Union{RowSlices, ColumnSlices}) = length(s)
_getidx(s::Union{RowSlices, ColumnSlices}, k) = s[k]
function getindex(s::Slices{P,SM,AX,S,N}, I::Int...) where {P,SM,AX,S,N}
    length(I) == 1 && N != 1 && return s[_cartesian(I[1], size(s))...]
    all(k -> 1 <= I[k] <= length(s.axes[k]), 1:N) || throw(BoundsError(s, I))
    view(s.parent, map(m -> m isa Colon ? (:) : s.axes[m][I[m]], s.slicemap)...)
end

"""
    allequal(itr)

Whether all elements of `itr` are `isequal` to one another (true when it is empty).
"""
allequal(itr) = isempty(itr) ? true : all(isequal(first(itr)), itr)
"""
    issetequal(a, b)

Whether `a` and `b` have the same elements, ignoring order and repetition.
"""
issetequal(a, b) = issubset(a, b) && issubset(b, a)
"""
    insorted(x, v; by, lt, rev)

Whether `x` is in the sorted collection `v` (binary search).
"""
insorted(x, v; kws...) = !isempty(searchsorted(v, x; kws...))
"""
    isperm(v)

Whether `v` holds each of `1:length(v)` once.
"""
function isperm(v)
    n = length(v)
    seen = falses(n)
    for x in v
        (x isa Integer && 1 <= x <= n && !seen[x]) || return false
        seen[x] = true
    end
    true
end
"""
    popat!(a::Vector, i[, default])

Removes and returns the item at `i` (`default` if there is none there).
"""
function popat!(a::Vector, i::Integer)
    x = a[i]
    deleteat!(a, i)
    x
end
popat!(a::Vector, i::Integer, default) = 1 <= i <= length(a) ? popat!(a, i) : default
reverseind(v::AbstractVector, i::Integer) = length(v) + 1 - i
reverseind(s::AbstractString, i::Integer) = thisind(s, ncodeunits(s) - i + 1)
# as Julia's partial sorts: element k, or a view of the range k of the sorted result
_partial(v, k::Integer) = v[k]
_partial(v, k) = view(v, k)
partialsortperm(v, k; kws...) = _partial(sortperm(v; kws...), k)
partialsortperm!(ix::AbstractVector, v, k; initialized::Bool = false, kws...) = _partial(copyto!(ix, sortperm(v; kws...)), k)
# v reordered in place, undoing permute!(v, p) (which makes it v[p])
function invpermute!(v::AbstractVector, p::AbstractVector)
    isperm(p) && length(p) == length(v) || throw(ArgumentError("argument is not a permutation"))
    w = copy(v)
    for i in eachindex(p)
        v[p[i]] = w[i]
    end
    v
end
conj!(a::AbstractArray) = (for i in eachindex(a); a[i] = conj(a[i]); end; a)
permutedims!(dest::AbstractArray, src::AbstractArray, perm) = copyto!(dest, permutedims(src, perm))
partialsort!(v, k; kws...) = _partial(sort!(v; kws...), k)
sortperm!(ix::AbstractVector, v::AbstractVector; kws...) = copyto!(ix, sortperm(v; kws...))
circshift!(dest::AbstractArray, src::AbstractArray, shifts) = copyto!(dest, circshift(src, shifts))
function digits!(a::AbstractVector, n::Integer; base::Integer = 10)
    fill!(a, zero(eltype(a)))
    for i in eachindex(a)
        n == 0 && break
        a[i] = rem(n, base)
        n = div(n, base)
    end
    a
end
accumulate!(op, dest::AbstractArray, src::AbstractArray; dims = nothing) = copyto!(dest, accumulate(op, src; dims = dims))
cumsum!(dest::AbstractArray, src::AbstractArray; dims = nothing) = copyto!(dest, dims === nothing ? cumsum(src) : cumsum(src; dims = dims))
cumprod!(dest::AbstractArray, src::AbstractArray; dims = nothing) = copyto!(dest, dims === nothing ? cumprod(src) : cumprod(src; dims = dims))
# r .= the reduction of A over the dimensions where r has length 1 (sum!, prod!, maximum!, ...)
function _reduce_into!(reduce_dims, r::AbstractArray, a::AbstractArray)
    dims = Tuple(d for d in 1:ndims(a) if size(r, d) == 1 && size(a, d) != 1)
    for d in 1:ndims(a)
        size(r, d) == 1 || size(r, d) == size(a, d) || throw(DimensionMismatch("reduction on array of size $(size(a)) with output of size $(size(r))"))
    end
    copyto!(r, isempty(dims) ? a : reduce_dims(a, dims))
end
sum!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> sum(x; dims = d), r, a)
prod!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> prod(x; dims = d), r, a)
maximum!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> maximum(x; dims = d), r, a)
minimum!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> minimum(x; dims = d), r, a)
any!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> reduce(|, x; dims = d), r, a)
count!(r::AbstractArray, a::AbstractArray; init::Bool = true) = (init && fill!(r, 0); r .+= _reduce_into!((x, d) -> count(x; dims = d), similar(r), a))
extrema!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> extrema(x; dims = d), r, a)
findmax!(rval::AbstractArray, rind::AbstractArray, a::AbstractArray) = _find_extreme_into!(findmax, rval, rind, a)
findmin!(rval::AbstractArray, rind::AbstractArray, a::AbstractArray) = _find_extreme_into!(findmin, rval, rind, a)
function _find_extreme_into!(find, rval, rind, a)
    dims = Tuple(d for d in 1:ndims(a) if size(rval, d) == 1 && size(a, d) != 1)
    v, i = find(a; dims = length(dims) == 1 ? dims[1] : dims)
    copyto!(rval, v)
    copyto!(rind, i)
    (rval, rind)
end
all!(r::AbstractArray, a::AbstractArray) = _reduce_into!((x, d) -> reduce(&, x; dims = d), r, a)

"""
    permutedims(A::AbstractMatrix)
    permutedims(v::AbstractVector)

The matrix with rows and columns exchanged (not recursively, unlike `transpose`); a vector
becomes a one-row matrix.
"""
function permutedims(a::AbstractMatrix)
    m, n = size(a)
    out = similar(a, eltype(a), (n, m))
    for i in 1:m, j in 1:n
        out[j, i] = a[i, j]
    end
    out
end
permutedims(a::Matrix) = _permutedims_matrix(a)   # (one copy in Java: see FastBuiltins.PermuteMatrix)
permutedims(v::AbstractVector) = reshape(copy(v), 1, length(v))
function permutedims(a::AbstractMatrix, perm)
    p = Tuple(perm)
    p == (1, 2) && return copy(a)
    p == (2, 1) && return permutedims(a)
    throw(ArgumentError(string("no valid permutation of dimensions")))
end
"""
    permutedims(A, perm)

A copy of `A` with its dimensions reordered: dimension `i` of the result is dimension
`perm[i]` of `A` (`size(permutedims(A, (3, 1, 2))) == (size(A, 3), size(A, 1), size(A, 2))`).
"""
function permutedims(a::AbstractArray, perm)
    n = ndims(a)
    p = Tuple(perm)
    (length(p) == n && isperm(p)) || throw(ArgumentError("no valid permutation of dimensions"))
    sz = size(a)
    newsz = ntuple(i -> sz[p[i]], n)
    # the step in a's linear index for one step along each dimension of the result
    steps = ntuple(i -> prod(sz[1:p[i]-1]), n)
    out = similar(a, eltype(a), newsz)
    idx = ones(Int, n)
    for k in 1:length(out)
        lin = 1
        for d in 1:n
            lin += (idx[d] - 1) * steps[d]
        end
        out[k] = a[lin]
        d = 1
        while d <= n
            idx[d] += 1
            idx[d] <= newsz[d] && break
            idx[d] = 1
            d += 1
        end
    end
    out
end

# ---- sorting: a stable merge sort (insertion sort for short runs) --------------------------

"""
    Base.Sort

The names of Julia's sorting algorithms, for `sort(v; alg = QuickSort)`. Every sort here is a
stable merge sort, whose result is also a valid result of each of them (`PartialQuickSort(k)`
sorts the whole vector).
"""
module Sort
abstract type Algorithm end
struct InsertionSortAlg <: Algorithm end
struct MergeSortAlg <: Algorithm end
struct QuickSortAlg <: Algorithm end
struct PartialQuickSort{T} <: Algorithm
    k::T
end
const InsertionSort = InsertionSortAlg()
const MergeSort = MergeSortAlg()
const QuickSort = QuickSortAlg()
end
const InsertionSort = Sort.InsertionSort
const MergeSort = Sort.MergeSort
const QuickSort = Sort.QuickSort
const PartialQuickSort = Sort.PartialQuickSort


function sort!(v::AbstractVector; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing,
               order::Order.Ordering = Order.Forward, alg = nothing)
    o = Order.ord(lt, by, rev, order)
    n = length(v)
    n < 2 && return v
    # numbers in isless order: the runtime's sort of the unboxed store (equal elements are
    # indistinguishable, so stability does not matter)
    if v isa Union{Vector{Int64}, Vector{Float64}} && o isa Order.DirectOrdering
        _sort_primitive!(v)
        o === Order.Reverse && reverse!(v)
        return v
    end
    tmp = similar(v, eltype(v), (n,))
    _mergesort!(v, 1, n, o, tmp)
    v
end
# Julia's old entry points into the sorting internals, kept by Julia 1.9+ (sort.jl, "Old
# extensibility mechanisms"): sort!(v, alg, order) and sort!(v, lo, hi, alg, order[, scratch])
sort!(v::AbstractVector, a::Sort.Algorithm, o::Order.Ordering) = sort!(v, firstindex(v), lastindex(v), a, o)
function sort!(v::AbstractVector, lo::Integer, hi::Integer, a::Sort.Algorithm, o::Order.Ordering)
    lo < hi && sort!(view(v, lo:hi); order = o)
    v
end
sort!(v::AbstractVector, lo::Integer, hi::Integer, a::Sort.Algorithm, o::Order.Ordering, _) = sort!(v, lo, hi, a, o)
function _mergesort!(v, lo, hi, o::Order.Ordering, tmp)
    if hi - lo < 16
        for i in lo+1:hi
            x = v[i]
            j = i - 1
            while j >= lo && _order_lt(o, x, v[j])
                v[j+1] = v[j]
                j -= 1
            end
            v[j+1] = x
        end
        return nothing
    end
    m = div(lo + hi, 2)
    _mergesort!(v, lo, m, o, tmp)
    _mergesort!(v, m + 1, hi, o, tmp)
    _order_lt(o, v[m+1], v[m]) || return nothing
    for k in lo:m
        tmp[k] = v[k]
    end
    i = lo
    j = m + 1
    k = lo
    while i <= m && j <= hi
        if _order_lt(o, v[j], tmp[i])
            v[k] = v[j]
            j += 1
        else
            v[k] = tmp[i]
            i += 1
        end
        k += 1
    end
    while i <= m
        v[k] = tmp[i]
        i += 1
        k += 1
    end
    nothing
end
function sort(v::AbstractVector; dims::Integer = 1, kws...)
    dims == 1 || throw(ArgumentError("dimension out of range"))
    sort!(_copymutable(v); kws...)
end
# (Julia's copymutable: a range's copy is a range, which cannot be sorted in place)
_copymutable(v) = copy(v)
_copymutable(r::AbstractRange) = collect(r)
sort(r::AbstractRange) = issorted(r) ? r : reverse(r)
function sortperm(v::AbstractVector; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing,
                  order::Order.Ordering = Order.Forward, alg = nothing)
    o = Order.ord(lt, by, rev, order)
    v isa Union{Vector{Int64}, Vector{Float64}} && o isa Order.DirectOrdering && return _sortperm_primitive(v, o === Order.Reverse)
    # (the stable sort keeps equal elements' indices in order, as Order.Perm(o, v) would,
    # with one comparison a step instead of up to two)
    sort!(collect(1:length(v)); order = Order.By(i -> v[i], o))
end
issorted(itr; lt = isless, by = identity, rev::Union{Bool,Nothing} = nothing, order::Order.Ordering = Order.Forward) =
    issorted(itr, Order.ord(lt, by, rev, order))
function issorted(itr, o::Order.Ordering)
    y = iterate(itr)
    y === nothing && return true
    prev, state = y
    y = iterate(itr, state)
    while y !== nothing
        this, state = y
        _order_lt(o, this, prev) && return false
        prev = this
        y = iterate(itr, state)
    end
    true
end
partialsort(v, k; kws...) = _partial(sort(v; kws...), k)

"""
    sortslices(A; dims, kws...)

The rows (`dims = 1`) or columns (`dims = 2`) of the matrix `A` sorted as vectors,
lexicographically (`sort`'s keywords `lt`, `by`, `rev` apply to the slices).
"""
function sortslices(A::AbstractMatrix; dims::Integer, kws...)
    dims == 1 || dims == 2 || throw(ArgumentError("dims = $dims: a matrix has slices along dimension 1 or 2"))
    if dims == 1
        return A[sortperm([A[i, :] for i in axes(A, 1)]; kws...), :]
    end
    A[:, sortperm([A[:, j] for j in axes(A, 2)]; kws...)]
end
sortslices(v::AbstractVector; dims::Integer = 1, kws...) = sort(v; kws...)

# vectors compare lexicographically, as Julia's cmp/isless of two AbstractVectors
function cmp(a::AbstractVector, b::AbstractVector)
    for (x, y) in zip(a, b)
        isequal(x, y) || return isless(x, y) ? -1 : 1
    end
    cmp(length(a), length(b))
end
isless(a::AbstractVector, b::AbstractVector) = cmp(a, b) < 0

# isless for tuples and pairs: lexicographic, as Julia's (the first elements decide unless they
# are isequal). Pairs of equal length up to 3 written out: indexing a tuple by a loop variable
# made the compiler allocate it (72 bytes a comparison of two 2-tuples)
function isless(a::Tuple, b::Tuple)
    for i in 1:min(length(a), length(b))
        x = a[i]
        y = b[i]
        isless(x, y) && return true
        isequal(x, y) || return false
    end
    length(a) < length(b)
end
isless(a::Tuple{Any}, b::Tuple{Any}) = isless(a[1], b[1])
function isless(a::Tuple{Any,Any}, b::Tuple{Any,Any})
    x = a[1]
    y = b[1]
    isless(x, y) || (isequal(x, y) && isless(a[2], b[2]))
end
function isless(a::Tuple{Any,Any,Any}, b::Tuple{Any,Any,Any})
    x = a[1]
    y = b[1]
    isless(x, y) && return true
    isequal(x, y) || return false
    x = a[2]
    y = b[2]
    isless(x, y) || (isequal(x, y) && isless(a[3], b[3]))
end
isless(a::Pair, b::Pair) = isless((a.first, a.second), (b.first, b.second))

# ---- equality ------------------------------------------------------------------------------

# Arrays compare by shape then element by element; tuples by length then element by element.
# true when all pairs are equal; false as soon as one is not; missing (for ==) when some pair
# compares as missing and none as false
function _all_elements_equal(eq, a, b)
    unknown = false
    for i in 1:length(a)
        r = eq(a[i], b[i])
        if r === missing
            unknown = true
        elseif !r
            return false
        end
    end
    unknown ? missing : true
end
==(a::AbstractArray, b::AbstractArray) = size(a) == size(b) && _all_elements_equal(==, a, b)
isequal(a::AbstractArray, b::AbstractArray) = size(a) == size(b) && _all_elements_equal(isequal, a, b)
==(a::Tuple, b::Tuple) = length(a) == length(b) && _all_elements_equal(==, a, b)
isequal(a::Tuple, b::Tuple) = length(a) == length(b) && _all_elements_equal(isequal, a, b)
# pairs and triples written out (Dict keys): a loop indexing a tuple made it a real allocation
isequal(a::Tuple{Any,Any}, b::Tuple{Any,Any}) = isequal(a[1], b[1]) && isequal(a[2], b[2])
isequal(a::Tuple{Any,Any,Any}, b::Tuple{Any,Any,Any}) = isequal(a[1], b[1]) && isequal(a[2], b[2]) && isequal(a[3], b[3])
function ==(a::Tuple{Any,Any}, b::Tuple{Any,Any})
    e1 = a[1] == b[1]
    e1 === false && return false
    e2 = a[2] == b[2]
    e2 === false && return false
    e1 === missing || e2 === missing ? missing : true
end
isequal(a::Float64, b::Float64) = a === b || (a != a && b != b)
==(a::Pair, b::Pair) = a.first == b.first && a.second == b.second
isequal(a::Pair, b::Pair) = isequal(a.first, b.first) && isequal(a.second, b.second)

sum(itr; init = _InitialValue()) = init isa _InitialValue ? _sum(itr) : mapreduce(identity, +, itr; init = init)
prod(itr; init = _InitialValue()) = init isa _InitialValue ? _prod(itr) : mapreduce(identity, *, itr; init = init)
maximum(itr; init = _InitialValue()) = init isa _InitialValue ? _maximum(itr) : mapreduce(identity, max, itr; init = init)
minimum(itr; init = _InitialValue()) = init isa _InitialValue ? _minimum(itr) : mapreduce(identity, min, itr; init = init)
# Partial applications used as predicates: count(>(1), v), filter(==(2), v); as in Julia they
# are Fix2s (`>(1)` shows as `Base.Fix2{typeof(>), Int64}`).
==(x) = Fix2(==, x)
!=(x) = Fix2(!=, x)
>(x) = Fix2(>, x)
<(x) = Fix2(<, x)
>=(x) = Fix2(>=, x)
<=(x) = Fix2(<=, x)
isequal(x) = Fix2(isequal, x)

# ---- Reshaping and slicing arrays by dimension ----------------------------------------------

"""
    repeat(A, counts...)
    repeat(A; inner = (1, ...), outer = (1, ...))

`A` repeated: each element `inner[d]` times along dimension `d`, then the whole `outer[d]`
times (`repeat([1, 2], 2) == [1, 2, 1, 2]`, `repeat([1 2], 2, 1) == [1 2; 1 2]`).
"""
repeat(A::AbstractArray, counts::Integer...) = repeat(A; outer = counts)
function repeat(A::AbstractArray; inner = nothing, outer = nothing)
    inner isa Integer && (inner = (inner,))
    outer isa Integer && (outer = (outer,))
    # (Julia's checks: counts not negative, and inner ones for every dimension of A)
    if inner !== nothing
        any(<(0), inner) && throw(ArgumentError(string("no inner repetition count may be negative; got ", inner)))
        length(inner) < ndims(A) && throw(ArgumentError(string("number of inner repetitions (", length(inner),
            ") cannot be less than number of dimensions of input array (", ndims(A), ")")))
    end
    if outer !== nothing
        any(<(0), outer) && throw(ArgumentError(string("no outer repetition count may be negative; got ", outer)))
        inner !== nothing && length(outer) < ndims(A) && throw(ArgumentError(string("number of outer repetitions (",
            length(outer), ") cannot be less than number of dimensions of input array (", ndims(A), ")")))
    end
    nd = max(ndims(A), inner === nothing ? 0 : length(inner), outer === nothing ? 0 : length(outer))
    sz = ntuple(d -> size(A, d), nd)
    inn = ntuple(d -> inner === nothing || d > length(inner) ? 1 : Int(inner[d]), nd)
    out = ntuple(d -> outer === nothing || d > length(outer) ? 1 : Int(outer[d]), nd)
    rsz = ntuple(d -> sz[d] * inn[d] * out[d], nd)
    R = similar(A, eltype(A), rsz)
    for k in 1:length(R)
        rest = k - 1
        src = 0
        stride = 1
        for d in 1:nd
            i = rest % rsz[d]
            rest = div(rest, rsz[d])
            src += div(i % (sz[d] * inn[d]), inn[d]) * stride
            stride *= sz[d]
        end
        R[k] = A[src + 1]
    end
    R
end

"""
    cat(As...; dims)

The arrays joined along dimension `dims` (`vcat` for 1, `hcat` for 2; along a dimension past
their own, one after another: `cat([1 2], [3 4], dims = 3)` is 1×2×2).
"""
_val_value(::Val{D}) where {D} = D
function cat(As...; dims)
    dims isa Val && return cat(As...; dims = _val_value(dims))
    dims isa Tuple && return length(dims) == 1 ? cat(As...; dims = dims[1]) : _cat_blocks(As, dims)
    dims isa Integer || throw(ArgumentError(string("cat: dims must be an integer or a tuple of integers, got ", dims)))
    dims == 1 && return vcat(As...)
    dims == 2 && return hcat(As...)
    arrays = map_tuple(a -> a isa AbstractArray ? a : fill(a), As)
    all(a -> ndims(a) <= dims, arrays) || throw(ArgumentError("cat along a dimension inside the arrays needs dims 1 or 2"))
    sz = ntuple(d -> size(arrays[1], d), dims - 1)
    for a in arrays
        for d in 1:dims-1
            size(a, d) == sz[d] || throw(DimensionMismatch(string("mismatch in dimension ", d, " (expected ", sz[d], " got ", size(a, d), ")")))
        end
    end
    data = vcat(map_tuple(vec, arrays)...)
    reshape(data, (sz..., sum(a -> size(a, dims), arrays)))
end

# along several dimensions at once: each array placed after the others in all of them, the
# rest zero (`cat(A, B; dims = (1, 2))` is block diagonal)
function _cat_blocks(As, dims::Tuple)
    N = max(maximum(dims), maximum(map_tuple(a -> a isa AbstractArray ? ndims(a) : 0, As)))
    arrays = map_tuple(a -> a isa AbstractArray ? a : fill(a, ntuple(_ -> 1, N)), As)
    for a in arrays, d in 1:N
        d in dims || size(a, d) == size(arrays[1], d) || throw(DimensionMismatch(string("mismatch in dimension ", d)))
    end
    T = _cat_eltype(As)
    out = fill!(_new_array(T, ntuple(d -> d in dims ? sum(a -> size(a, d), arrays) : size(arrays[1], d), N)), zero(T))
    offsets = zeros(Int, N)
    for a in arrays
        for I in CartesianIndices(a)
            idx = Tuple(I)
            out[ntuple(d -> offsets[d] + (d <= length(idx) ? idx[d] : 1), N)...] = a[I]
        end
        for d in dims
            offsets[d] += size(a, d)
        end
    end
    out
end

"""
    reverse(A; dims)

`A` with the order along dimension `dims` reversed (all dimensions for `dims = :`).
"""
function reverse(A::AbstractArray; dims = :)
    dims === (:) && return reshape(reverse(vec(A)), size(A))
    # (as Julia's _reverse!: each dimension named once, and one the array has)
    ds = dims isa Tuple ? dims : (dims,)
    (all(d -> d isa Integer && 1 <= d <= ndims(A), ds) && allunique(ds)) ||
        throw(ArgumentError(string("invalid dimensions ", ds, " in reverse!")))
    # several dimensions: one after another
    if dims isa Tuple
        R = A
        for d in dims
            R = reverse(R; dims = d)
        end
        return R === A ? copy(A) : R
    end
    R = similar(A)
    sz = size(A)
    stride = prod(ntuple(d -> sz[d], dims - 1))
    len = size(A, dims)
    for k in 0:length(A)-1
        i = div(k, stride) % len
        R[k + 1] = A[k + (len - 1 - 2i) * stride + 1]
    end
    R
end

"""
    sort(A; dims, kws...)

Each slice along `dims` of a matrix sorted (`dims = 1`: every column), with `sort`'s keywords.
"""
# sortperm(A; dims): the linear indices of each slice along dims, sorted (Julia 1.9's)
function sortperm(A::AbstractMatrix; dims::Integer, kws...)
    L = reshape(collect(1:length(A)), size(A))
    P = similar(L)
    if dims == 1
        for j in 1:size(A, 2)
            P[:, j] = L[:, j][sortperm(A[:, j]; kws...)]
        end
    else
        for i in 1:size(A, 1)
            P[i, :] = L[i, :][sortperm(A[i, :]; kws...)]
        end
    end
    P
end
sort(A::AbstractArray; dims::Integer, kws...) = sort!(copy(A); dims, kws...)
# each slice along dims sorted in place (every column of a matrix for dims = 1)
function sort!(A::AbstractArray; dims::Integer, kws...)
    others = ntuple(k -> k == dims ? 1 : size(A, k), ndims(A))
    for I in CartesianIndices(others)
        slice = ntuple(k -> k == dims ? Colon() : I[k], ndims(A))
        A[slice...] = sort(A[slice...]; kws...)
    end
    A
end

"""
    rotl90(A, k = 1)

The matrix rotated a quarter turn counterclockwise (`k` times); `rotr90` clockwise, `rot180`.
"""
rotl90(A::AbstractMatrix) = reverse(permutedims(A), dims = 1)
rotr90(A::AbstractMatrix) = reverse(permutedims(A), dims = 2)
rot180(A::AbstractMatrix) = reverse(A)
function rotl90(A::AbstractMatrix, k::Integer)
    k = mod(k, 4)
    k == 0 ? copy(A) : k == 1 ? rotl90(A) : k == 2 ? rot180(A) : rotr90(A)
end
rotr90(A::AbstractMatrix, k::Integer) = rotl90(A, -k)
rot180(A::AbstractMatrix, k::Integer) = iseven(k) ? copy(A) : rot180(A)

"""
    dropdims(A; dims)

`A` without the dimensions `dims`, which must have size 1.
"""
function dropdims(A::AbstractArray; dims)
    ds = dims isa Integer ? (dims,) : Tuple(dims)
    for d in ds
        1 <= d <= ndims(A) || throw(ArgumentError("dropped dims must be in range 1:ndims(A)"))
        size(A, d) == 1 || throw(ArgumentError("dropped dims must all be size 1"))
    end
    keep = Int[]
    for d in 1:ndims(A)
        d in ds || push!(keep, size(A, d))
    end
    reshape(A, Tuple(keep))
end

"""
    selectdim(A, d, i)

A view of `A` with index `i` in dimension `d` and every index in the others.
"""
function selectdim(A::AbstractArray, d::Integer, i)
    d >= 1 || throw(ArgumentError(string("dimension must be ≥ 1, got ", d)))
    view(A, ntuple(k -> k == d ? i : (:), max(ndims(A), d))...)
end

"""
    mapslices(f, A; dims)

`f` applied to each slice of a matrix along `dims` (`dims = 1`: each column), the results put
back in place of the slices.
"""
# any number of dimensions: f of each slice A[..., :, ...] (the `dims` kept, the others fixed),
# its result (an array, or a number as one element) put where the slice was
function mapslices(f, A::AbstractArray; dims)
    ds = dims isa Integer ? (Int(dims),) : Tuple(Int(d) for d in dims)
    for d in ds
        d > ndims(A) && throw(ArgumentError(string("mapslices does not accept dimensions > ndims(A) = ", ndims(A), ", got ", d)))
    end
    A isa AbstractMatrix && length(ds) == 1 && return _mapslices_matrix(f, A, ds[1])
    n = ndims(A)
    other = Tuple(d for d in 1:n if !(d in ds))
    outer = map(d -> size(A, d), other)
    results = Any[]
    for k in 1:prod(outer)
        fixed = _cartesian(k, outer)
        idx = ntuple(d -> d in ds ? (:) : fixed[findfirst(==(d), other)], n)
        push!(results, f(A[idx...]))
    end
    r1 = isempty(results) ? f(A[ntuple(d -> d in ds ? (:) : 1, n)...]) : results[1]
    rsize = r1 isa AbstractArray ? size(r1) : ()
    outsize = ntuple(d -> d in ds ? (i = findfirst(==(d), ds); i <= length(rsize) ? rsize[i] : 1) : size(A, d), n)
    T = isempty(results) ? eltype(r1) : mapreduce(r -> r isa AbstractArray ? eltype(r) : typeof(r), promote_type, results)
    R = similar(A, T, outsize)
    for k in 1:length(results)
        fixed = _cartesian(k, outer)
        idx = ntuple(d -> d in ds ? (:) : fixed[findfirst(==(d), other)], n)
        r = results[k]
        R[idx...] = r isa AbstractArray ? reshape(r, map(d -> outsize[d], ds)) : fill(r, map(d -> outsize[d], ds))
    end
    R
end
function _mapslices_matrix(f, A::AbstractMatrix, dims::Integer)
    if dims == 1
        cols = [f(A[:, j]) for j in 1:size(A, 2)]
        return hcat(map(c -> c isa AbstractArray ? vec(c) : [c], cols)...)
    end
    rows = [f(A[i, :]) for i in 1:size(A, 1)]
    permutedims(hcat(map(r -> r isa AbstractArray ? vec(r) : [r], rows)...))
end

"""
    stack(iter)

The arrays of `iter`, all of one size, as one array with a new last dimension
(`stack([[1, 2], [3, 4]]) == [1 3; 2 4]`); `stack(f, iter)` is `stack(map(f, iter))`.
"""
function stack(iter; dims = :)
    xs = collect(iter)
    isempty(xs) && throw(ArgumentError("`stack` on an empty collection is not allowed"))
    _slice_size(x) = x isa Tuple ? (length(x),) : size(x)
    s = _slice_size(xs[1])
    for x in xs
        # (Julia's _stack_size_check words it by the slices' axes)
        _slice_size(x) == s || throw(DimensionMismatch(string("stack expects uniform slices, got axes(x) == ",
                                                              map_tuple(UnitRange, axes(x)), " while first had ", map_tuple(UnitRange, axes(xs[1])))))
    end
    R = reshape(vcat(map(x -> vec(collect(x)), xs)...), (s..., length(xs)))
    dims === (:) && return R
    # the new dimension at position dims, the slices' own around it (Julia's stack(iter; dims))
    N = length(s) + 1
    1 <= dims <= N || throw(ArgumentError(string("cannot stack slices ndims(x) = ", N - 1, " along dims = ", dims)))
    permutedims(R, (ntuple(i -> i, dims - 1)..., N, ntuple(i -> dims - 1 + i, N - dims)...))
end
stack(f, iter; dims = :) = stack(map(f, iter); dims = dims)

# in place, as Base's abstractarray.jl: rotate by reversing the two parts, then the whole
function circshift!(a::AbstractVector, shift::Integer)
    n = length(a)
    n == 0 && return a
    shift = mod(shift, n)
    shift == 0 && return a
    l = lastindex(a)
    reverse!(a, firstindex(a), l - shift)
    reverse!(a, l - shift + 1, lastindex(a))
    reverse!(a)
    return a
end
# a range's differences as a Vector (Base's multidimensional.jl), not a range
function diff(r::AbstractRange; dims::Integer = 1)
    dims == 1 || throw(ArgumentError("dimension $dims out of range (1:1)"))
    n = length(r)
    n < 2 && return typeof(step(r))[]
    return [r[i+1] - r[i] for i in 1:n-1]
end
