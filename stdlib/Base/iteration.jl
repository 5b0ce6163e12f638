# The iteration protocol for built-in collections, generators and comprehensions.

iterate(t::Tuple, i = 1) = i > length(t) ? nothing : (t[i], i + 1)
iterate(a::Array, i = 1) = i > length(a) ? nothing : (a[i], i + 1)
iterate(r::UnitRange) = r.start > r.stop ? nothing : (r.start, r.start)
iterate(r::UnitRange, i) = i == r.stop ? nothing : (i + 1, i + 1)
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
first(a::Array) = a[1]
last(a::Array) = a[length(a)]
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
map(f, xs) = collect(Generator(f, xs))
function foreach(f, xs)
    for x in xs
        f(x)
    end
    nothing
end
function filter(f, xs::Array)
    out = _new_vector(eltype(xs), 0)
    for x in xs
        f(x) && push!(out, x)
    end
    out
end

function sum(itr)
    acc = 0
    started = false
    for x in itr
        acc = started ? acc + x : x
        started = true
    end
    acc
end
function prod(itr)
    acc = 1
    started = false
    for x in itr
        acc = started ? acc * x : x
        started = true
    end
    acc
end
function any(f, itr)
    for x in itr
        f(x) && return true
    end
    false
end
function all(f, itr)
    for x in itr
        f(x) || return false
    end
    true
end
in(x, itr) = any(y -> y == x, itr)
function enumerate(itr)
    out = []
    i = 0
    for x in itr
        i += 1
        push!(out, (i, x))
    end
    out
end

# Broadcasting over vectors and scalars (a first version: one dimension, no fusion).
_bcast_length(x) = 1
_bcast_length(x::Array) = length(x)
_bcast_length(x::UnitRange) = length(x)
_bcast_length(x::StepRange) = length(x)
_bcast_get(x, i) = x
_bcast_get(x::Array, i) = x[i]
_bcast_get(x::UnitRange, i) = x[i]
_bcast_get(x::StepRange, i) = x[i]
function broadcast(f, xs...)
    n = 1
    scalar = true
    for x in xs
        m = _bcast_length(x)
        if !(x isa Number) && !(x isa String) && !(x isa Char) && !(x isa Symbol) && x !== nothing
            scalar = false
            if n != 1 && m != 1 && m != n
                throw(DimensionMismatch(string("arrays could not be broadcast to a common size; got a dimension with lengths ", n, " and ", m)))
            end
            n = m == 1 ? n : m
        end
    end
    scalar && return f(xs...)
    out = []
    for i in 1:n
        push!(out, f(map_tuple(x -> _bcast_get(x, i), xs)...))
    end
    _collect_narrow(out, nothing)
end
function broadcast!(f, dest::Array, xs...)
    n = length(dest)
    for i in 1:n
        dest[i] = f(map_tuple(x -> _bcast_get(x, i), xs)...)
    end
    dest
end
_broadcast_function(f) = (xs...) -> broadcast(f, xs...)
