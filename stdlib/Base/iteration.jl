# The iteration protocol for built-in collections, generators and comprehensions.

iterate(t::Tuple, i = 1) = i > length(t) ? nothing : (t[i], i + 1)
# A NamedTuple is a tuple of its values with names: it iterates and indexes (by position or
# name) like one.
iterate(t::NamedTuple, i = 1) = i > length(t) ? nothing : (getfield(t, i), i + 1)
getindex(t::NamedTuple, i::Integer) = getfield(t, Int64(i))
getindex(t::NamedTuple, s::Symbol) = getfield(t, s)
haskey(t::NamedTuple, s::Symbol) = s in keys(t)
get(t::NamedTuple, s::Symbol, default) = haskey(t, s) ? getfield(t, s) : default
first(t::NamedTuple) = getfield(t, 1)
NamedTuple{names}(t::Tuple) where {names} = _new_namedtuple(names, t)
# A call with keywords as a function, the form Julia lowers f(args...; kws...) to; the
# MethodError of a keyword call no method takes names it.
Core.kwcall(kws::NamedTuple, f, args...) = f(args...; kws...)
NamedTuple() = NamedTuple{()}(())
# f(; itr...) where itr is not a NamedTuple: its Symbol => value pairs are the keywords.
function _keyword_splat(itr)
    names = Symbol[]
    vals = Any[]
    for p in itr
        p isa Pair && p.first isa Symbol ||
            throw(ArgumentError("keyword argument splat: expected Symbol => value pairs, got " * repr(p)))
        push!(names, p.first)
        push!(vals, p.second)
    end
    return NamedTuple{Tuple(names)}(Tuple(vals))
end
"""
    merge(a::NamedTuple, b::NamedTuple...)

A named tuple with the fields of all arguments, in order of first appearance; a later
argument's value wins for a name that occurs twice.
"""
function merge(a::NamedTuple, b::NamedTuple)
    names = Symbol[]
    vals = []
    for k in keys(a)
        push!(names, k)
        push!(vals, haskey(b, k) ? getfield(b, k) : getfield(a, k))
    end
    for k in keys(b)
        haskey(a, k) || (push!(names, k); push!(vals, getfield(b, k)))
    end
    _new_namedtuple(Tuple(names), Tuple(vals))
end
merge(a::NamedTuple) = a
merge(a::NamedTuple, b::NamedTuple, cs::NamedTuple...) = merge(merge(a, b), cs...)
Tuple(t::Tuple) = t
Tuple(itr) = (collect(itr)...,)
iterate(r::UnitRange) = r.start > r.stop ? nothing : (r.start, r.start)
iterate(r::UnitRange, i) = i == r.stop ? nothing : (i + one(i), i + one(i))
iterate(r::StepRange, i = 1) = i > length(r) ? nothing : (r[i], i + 1)
iterate(x::Number) = (x, nothing)
iterate(x::Number, ::Nothing) = nothing
iterate(s::String, i = 1) = _string_iterate(s, i)

first(r::UnitRange) = r.start
last(r::UnitRange) = r.stop
first(r::StepRange) = r[1]
last(r::StepRange) = r[length(r)]
step(r::StepRange) = length(r) > 1 ? r[2] - r[1] : 1
step(r::UnitRange) = 1
first(t::Tuple) = t[1]
last(t::Tuple) = t[length(t)]
firstindex(x) = 1
lastindex(x) = length(x)
lastindex(s::String) = ncodeunits(s)
isempty(x) = length(x) == 0
eachindex(x) = 1:length(x)
getindex(x::Number) = x

"""
    Generator(f, iter)

Lazily applies `f` to each element of `iter`; what `(f(x) for x in iter)` builds.
"""
struct Generator
    f
    iter
end
_generator(f, iter) = Generator(f, iter)
function iterate(g::Generator, s...)
    y = iterate(g.iter, s...)
    y === nothing && return nothing
    (g.f(y[1]), y[2])
end
length(g::Generator) = length(g.iter)

struct Filter
    flt
    itr
end
_filter_iterator(f, itr) = Filter(f, itr)
function iterate(f::Filter, state...)
    y = iterate(f.itr, state...)
    while y !== nothing
        if f.flt(y[1])
            return y
        end
        y = iterate(f.itr, y[2])
    end
    nothing
end

module Iterators
    import ..Base: iterate, length
    struct ProductIterator
        iterators
    end
    product(iters...) = ProductIterator(iters)
    length(p::ProductIterator) = prod_length(p.iterators)
    function prod_length(iters)
        n = 1
        for it in iters
            n = n * length(it)
        end
        n
    end
    # Column-major order: the first iterator varies fastest.
    function iterate(p::ProductIterator)
        states = []
        values = []
        for it in p.iterators
            y = iterate(it)
            y === nothing && return nothing
            push!(values, y[1])
            push!(states, y[2])
        end
        ((values...,), (values, states))
    end
    function iterate(p::ProductIterator, st)
        values = copy_vector(st[1])
        states = copy_vector(st[2])
        iters = p.iterators
        for k in 1:length(iters)
            y = iterate(iters[k], states[k])
            if y !== nothing
                values[k] = y[1]
                states[k] = y[2]
                return ((values...,), (values, states))
            end
            y = iterate(iters[k])
            values[k] = y[1]
            states[k] = y[2]
        end
        nothing
    end
    function copy_vector(v)
        out = []
        for x in v
            push!(out, x)
        end
        out
    end
end

_dims(itr) = nothing
_dims(g::Generator) = _dims(g.iter)
# a generator over a matrix collects to a matrix (map, comprehensions), as in Julia
_dims(a::AbstractArray) = ndims(a) > 1 ? size(a) : nothing
_dims(p::Iterators.ProductIterator) = map_tuple(length, p.iterators)
function map_tuple(f, t)
    out = []
    for x in t
        push!(out, f(x))
    end
    (out...,)
end

function collect(itr)
    out = []
    for x in itr
        push!(out, x)
    end
    _collect_narrow(out, _dims(itr))
end
function collect(T::Type, itr)
    out = _new_vector(T, 0)
    for x in itr
        push!(out, x)
    end
    out
end
eltype(g::Generator) = Any
