# The iteration protocol for built-in collections, generators and comprehensions.

"""
    IteratorSize(itertype::Type) -> IteratorSize

What is known of an iterator's length before it is iterated: `SizeUnknown()`, `HasLength()`
(the default: `length` is defined), `HasShape{N}()` (`size` too, as for an `N`-dimensional
array) or `IsInfinite()`. `collect` and comprehensions size their result by it.
"""
abstract type IteratorSize end
struct SizeUnknown <: IteratorSize end
struct HasLength <: IteratorSize end
struct HasShape{N} <: IteratorSize end
struct IsInfinite <: IteratorSize end
IteratorSize(x) = IteratorSize(typeof(x))
IteratorSize(::Type) = HasLength()
IteratorSize(::Type{<:AbstractArray{<:Any,N}}) where {N} = HasShape{N}()
IteratorSize(::Type{<:Number}) = HasShape{0}()
IteratorSize(::Type{Any}) = SizeUnknown()
haslength(itr) = IteratorSize(itr) isa Union{HasShape, HasLength}

"""
    IteratorEltype(itertype::Type) -> IteratorEltype

Whether an iterator's element type is known before it is iterated: `HasEltype()` (the default:
`eltype` gives it, and `collect` makes an array of that type) or `EltypeUnknown()` (the array's
type comes from the elements, as for a generator).
"""
abstract type IteratorEltype end
struct EltypeUnknown <: IteratorEltype end
struct HasEltype <: IteratorEltype end
IteratorEltype(x) = IteratorEltype(typeof(x))
IteratorEltype(::Type) = HasEltype()

iterate(t::Tuple, i = 1) = i > length(t) ? nothing : (t[i], i + 1)
# Core.SimpleVector (what T.parameters and T.types are): length and getindex are builtins; it
# iterates, indexes and counts like a tuple of Any, but is no tuple (nor an AbstractVector)
iterate(v::Core.SimpleVector, i = 1) = i > length(v) ? nothing : (v[i], i + 1)
isempty(v::Core.SimpleVector) = length(v) == 0
lastindex(v::Core.SimpleVector) = length(v)
keys(v::Core.SimpleVector) = OneTo(length(v))
axes(v::Core.SimpleVector) = (OneTo(length(v)),)
eltype(::Type{Core.SimpleVector}) = Any
getindex(v::Core.SimpleVector, I::AbstractArray) = Core.svec(Any[v[i] for i in I]...)
# A NamedTuple is a tuple of its values with names: it iterates and indexes (by position or
# name) like one.
iterate(t::NamedTuple, i = 1) = i > length(t) ? nothing : (getfield(t, i), i + 1)
getindex(t::NamedTuple, i::Integer) = getfield(t, Int64(i))
getindex(t::NamedTuple, s::Symbol) = getfield(t, s)
# nt[(:a, :c)] and nt[[:a, :c]]: the named tuple of those fields
getindex(t::NamedTuple, names::Tuple{Vararg{Symbol}}) = NamedTuple{names}(map(s -> getfield(t, s), names))
getindex(t::NamedTuple, names::AbstractVector{Symbol}) = t[Tuple(names)]
haskey(t::NamedTuple, s::Symbol) = s in keys(t)
get(t::NamedTuple, s::Symbol, default) = haskey(t, s) ? getfield(t, s) : default
first(t::NamedTuple) = getfield(t, 1)
NamedTuple{names}(t::Tuple) where {names} = _new_namedtuple(names, t)
# from any collection of the values, in order (NamedTuple{(:a, :b)}([1, 2]))
NamedTuple{names}(itr) where {names} = _new_namedtuple(names, Tuple(itr))
# with the field types: the values converted to them (NamedTuple{(:a,), Tuple{Float64}}((1,)))
NamedTuple{names, T}(t::Tuple) where {names, T <: Tuple} =
    _new_namedtuple(names, ntuple(i -> convert(fieldtype(T, i), t[i]), length(t)))
# A call with keywords as a function, the form Julia lowers f(args...; kws...) to; the
# MethodError of a keyword call no method takes names it.
Core.kwcall(kws::NamedTuple, f, args...) = f(args...; kws...)
NamedTuple() = NamedTuple{()}(())
# f(; itr...) where itr is not a NamedTuple: its Symbol => value pairs are the keywords.
function _keyword_splat(itr)
    names = Symbol[]
    vals = Any[]
    for p in itr
        # Symbol => value pairs, or (Symbol, value) tuples: (; zip(names, values)...)
        k, v = p isa Pair ? (p.first, p.second) : p isa Tuple && length(p) == 2 ? p : (nothing, nothing)
        k isa Symbol || throw(ArgumentError("keyword argument splat: expected Symbol => value pairs, got " * repr(p)))
        push!(names, k)
        push!(vals, v)
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
# with an iterator of name => value pairs (a Dict{Symbol}, keyword pairs)
function merge(a::NamedTuple, itr)
    names = Symbol[]
    vals = []
    for (k, v) in itr
        push!(names, k)
        push!(vals, v)
    end
    merge(a, _new_namedtuple(Tuple(names), Tuple(vals)))
end
"""
    Base.structdiff(a::NamedTuple, b)

`a` without the fields `b` (a named tuple or a NamedTuple type) names.
"""
function structdiff(a::NamedTuple, b::Union{NamedTuple, Type{<:NamedTuple}})
    drop = b isa NamedTuple ? keys(b) : fieldnames(b)
    names = Symbol[]
    vals = []
    for k in keys(a)
        k in drop || (push!(names, k); push!(vals, getfield(a, k)))
    end
    _new_namedtuple(Tuple(names), Tuple(vals))
end
merge(a::NamedTuple, b::NamedTuple, cs::NamedTuple...) = merge(merge(a, b), cs...)
Tuple(t::Tuple) = t
Tuple(itr) = (collect(itr)...,)
# Tuple{Int, Float64}((1, 2)) and NTuple{3, Int}(v): the elements converted to the tuple type's
(::Type{T})(x::Tuple) where {T<:Tuple} = convert(T, x)
# (a fixed-length type takes that many elements, as Julia's _totuple; a Vararg type all of them)
function (::Type{T})(itr) where {T<:Tuple}
    n = try
        fieldcount(T)
    catch
        return convert(T, (collect(itr)...,))
    end
    elements = Vector{Any}(undef, n)
    y = n == 0 ? nothing : iterate(itr)
    for i in 1:n
        y === nothing && throw(ArgumentError(string("too few elements for tuple type ", T)))
        elements[i] = convert(fieldtype(T, i), y[1])
        i < n && (y = iterate(itr, y[2]))
    end
    (elements...,)
end
iterate(r::UnitRange) = r.start > r.stop ? nothing : (r.start, r.start)
iterate(r::UnitRange, i) = i == r.stop ? nothing : (i + one(i), i + one(i))
iterate(r::StepRange, i = 1) = i > length(r) ? nothing : (r[i], i + 1)
iterate(x::Number) = (x, nothing)
iterate(x::Number, ::Nothing) = nothing
eltype(::Type{T}) where {T<:Number} = T   # a number iterates as itself
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
# the start of the last character ("café"[end] is 'é', at 4 of 5 code units)
lastindex(s::String) = (n = ncodeunits(s); n == 0 || codeunit(s, n) < 0x80 ? n : thisind(s, n))
# as Julia's: whatever can be iterated (filters and other iterators without a length too)
isempty(x) = iterate(x) === nothing
# as Julia's eachindex(itr) = keys(itr), for a type with keys of its own (a polynomial's 0:n)
eachindex(x) = applicable(keys, x) ? keys(x) : 1:length(x)
values(itr) = itr
eachindex(t::Tuple) = OneTo(length(t))
keys(t::Tuple) = OneTo(length(t))
axes(t::Tuple) = (OneTo(length(t)),)
getindex(x::Number) = x
# a number is a 0-dimensional container of itself (Julia's number.jl): x[1], collect(x) == fill(x)
getindex(x::Number, i::Integer) = i == 1 ? x : throw(BoundsError(x, i))
collect(x::Number) = fill(x)

"""
    Generator(f, iter)
    Generator(f, iter1, iter2, iters...)

Lazily applies `f` to each element of `iter`; what `(f(x) for x in iter)` builds. With several
iterators, they are walked together as by `zip` and `f` takes one element of each as its
arguments; length, size and `IteratorSize` are then the zip's.
"""
struct Generator
    f
    iter
end
_generator(f, iter) = Generator(f, iter)
# several iterators: walked side by side (a zip), `f` given each group of elements as its arguments
Generator(f, I1, I2, Is...) = Generator(a -> f(a...), zip(I1, I2, Is...))
# (two methods, not one with `s...`: a splatted call is several times slower per element)
function iterate(g::Generator)
    y = iterate(g.iter)
    y === nothing && return nothing
    (g.f(y[1]), y[2])
end
function iterate(g::Generator, s)
    y = iterate(g.iter, s)
    y === nothing && return nothing
    (g.f(y[1]), y[2])
end
length(g::Generator) = length(g.iter)
size(g::Generator) = size(g.iter)
axes(g::Generator) = axes(g.iter)
ndims(g::Generator) = ndims(g.iter)
keys(g::Generator) = keys(g.iter)

struct Filter
    flt
    itr
end
_filter_iterator(f, itr) = Filter(f, itr)
iterate(f::Filter) = _filter_from(f, iterate(f.itr))
iterate(f::Filter, state) = _filter_from(f, iterate(f.itr, state))
function _filter_from(f::Filter, y)
    while y !== nothing
        if f.flt(y[1])
            return y
        end
        y = iterate(f.itr, y[2])
    end
    nothing
end

"""
    Base.isdone(itr, [state]) -> Union{Bool, Missing}

Whether the iteration of `itr` is known to be over (`missing` when it cannot tell without
iterating, as for most iterators; a `Stateful` knows).
"""
isdone(itr, state...) = missing

module Iterators
    import ..Base: iterate, length, eltype
    # what `using Base.Iterators` brings in, as Julia's
    export enumerate, zip, rest, countfrom, take, drop, takewhile, dropwhile, cycle, repeated, product, flatten, flatmap, partition
    # Column-major order: the first iterator varies fastest. A state holds each iterator's own
    # state and current value, in tuples: a step allocates no vectors and splats nothing.
    struct ProductIterator{T<:Tuple}
        iterators::T
    end
    product(iters...) = ProductIterator(iters)
    eltype(p::ProductIterator) = Tuple{Base.map_tuple(eltype, p.iterators)...}
    length(p::ProductIterator) = prod_length(p.iterators)
    function prod_length(iters)
        n = 1
        for it in iters
            n = n * length(it)
        end
        n
    end
    function iterate(p::ProductIterator{<:Tuple{Any, Any}})
        a = iterate(p.iterators[1])
        a === nothing && return nothing
        b = iterate(p.iterators[2])
        b === nothing && return nothing
        ((a[1], b[1]), (a[2], b[1], b[2]))
    end
    function iterate(p::ProductIterator{<:Tuple{Any, Any}}, st)
        sa, vb, sb = st
        a = iterate(p.iterators[1], sa)
        if a === nothing
            b = iterate(p.iterators[2], sb)
            b === nothing && return nothing
            vb, sb = b
            a = iterate(p.iterators[1])
        end
        ((a[1], vb), (a[2], vb, sb))
    end
    # any number of iterators: the state is the tuple of their iterate results
    function iterate(p::ProductIterator)
        ys = Base.map_tuple(iterate, p.iterators)
        for y in ys
            y === nothing && return nothing
        end
        (Base.map_tuple(first, ys), ys)
    end
    function iterate(p::ProductIterator, ys)
        iters = p.iterators
        n = length(iters)
        for k in 1:n
            y = iterate(iters[k], ys[k][2])
            if y !== nothing
                # the iterators before k start again
                next = ntuple(i -> i < k ? iterate(iters[i]) : i == k ? y : ys[i], n)
                return (ntuple(i -> next[i][1], n), next)
            end
        end
        nothing
    end

    # Lazy iterators, as Julia's Base.Iterators: nothing is computed until iterated.
    _iterate(itr, state) = state === nothing ? iterate(itr) : iterate(itr, state[1])

    """
        take(itr, n)

    The first `n` elements of `itr` (fewer if it ends first).
    """
    struct Take{I}
        xs::I
        n::Int
    end
    take(xs, n::Integer) = n < 0 ? throw(ArgumentError("Take length must be nonnegative")) : Take(xs, Int(n))
    # (of a Take: one Take of the smaller count, and a Drop of a Take takes from the Drop, as Julia's)
    take(xs::Take, n::Integer) = take(xs.xs, min(Int(n), xs.n))
    # the state is (how many are left, the inner iterator's state), as Julia's; (n,) before the first
    function iterate(t::Take)
        t.n <= 0 && return nothing
        y = iterate(t.xs)
        y === nothing && return nothing
        return (y[1], (t.n - 1, y[2]))
    end
    function iterate(t::Take, st)
        n = st[1]
        n <= 0 && return nothing
        y = length(st) == 1 ? iterate(t.xs) : iterate(t.xs, st[2])
        y === nothing && return nothing
        return (y[1], (n - 1, y[2]))
    end
    length(t::Take) = Base.IteratorSize(t.xs) isa Base.IsInfinite ? t.n : min(t.n, length(t.xs))

    """
        drop(itr, n)

    All but the first `n` elements of `itr`.
    """
    struct Drop{I}
        xs::I
        n::Int
    end
    drop(xs, n::Integer) = n < 0 ? throw(ArgumentError("Drop length must be nonnegative")) : Drop(xs, Int(n))
    drop(xs::Take, n::Integer) = take(drop(xs.xs, n), max(0, xs.n - Int(n)))
    drop(xs::Drop, n::Integer) = drop(xs.xs, Int(n) + xs.n)
    function iterate(d::Drop)
        y = iterate(d.xs)
        for _ in 1:d.n
            y === nothing && return nothing
            y = iterate(d.xs, y[2])
        end
        return y
    end
    iterate(d::Drop, st) = iterate(d.xs, st)
    length(d::Drop) = max(0, length(d.xs) - d.n)

    """
        takewhile(pred, itr)

    The elements of `itr` up to the first for which `pred` is false.
    """
    struct TakeWhile{I,P}
        pred::P
        xs::I
    end
    takewhile(pred, xs) = TakeWhile(pred, xs)
    # (the inner iterator's own state, as Julia's)
    function iterate(t::TakeWhile)
        y = iterate(t.xs)
        (y === nothing || !t.pred(y[1])) && return nothing
        return y
    end
    function iterate(t::TakeWhile, st)
        y = iterate(t.xs, st)
        (y === nothing || !t.pred(y[1])) && return nothing
        return y
    end

    """
        dropwhile(pred, itr)

    The elements of `itr` from the first for which `pred` is false.
    """
    struct DropWhile{I,P}
        pred::P
        xs::I
    end
    dropwhile(pred, xs) = DropWhile(pred, xs)
    function iterate(d::DropWhile)
        y = iterate(d.xs)
        while y !== nothing && d.pred(y[1])
            y = iterate(d.xs, y[2])
        end
        return y
    end
    iterate(d::DropWhile, st) = iterate(d.xs, st)

    """
        cycle(itr)

    `itr` repeated forever (nothing if it is empty).
    """
    struct Cycle{I}
        xs::I
    end
    cycle(xs) = Cycle(xs)
    # (the inner iterator's own state; at its end, from its start again: Julia's)
    iterate(c::Cycle) = iterate(c.xs)
    function iterate(c::Cycle, st)
        y = iterate(c.xs, st)
        y === nothing && return iterate(c.xs)
        return y
    end

    """
        repeated(x[, n])

    `x` over and over (`n` times).
    """
    struct Repeated{O}
        x::O
    end
    repeated(x) = Repeated(x)
    # (n times is take of forever, as Julia's: Take{Repeated{Int64}})
    repeated(x, n::Integer) = take(repeated(x), Int(n))
    # (no state, and no length: Julia's has none)
    iterate(r::Repeated, st = nothing) = (r.x, nothing)

    """
        countfrom(start = 1, step = 1)

    `start`, `start + step`, ... forever.
    """
    struct Count{T,S}
        start::T
        step::S
    end
    # (the start as its sums are: countfrom(1, 0.5) counts 1.0, 1.5, ...; Julia 1.9's)
    countfrom(start, step) = Count{typeof(start + step), typeof(step)}(start, step)
    countfrom(start::Number) = Count(start, oneunit(start))
    countfrom() = Count(1, 1)
    iterate(c::Count, x = c.start) = (x, x + c.step)

    """
        flatten(itr)

    The elements of the collections `itr` yields, one after another.
    """
    struct Flatten{I}
        it::I
    end
    flatten(it) = Flatten(it)
    # (Julia's: the length when each part's is known from its type: numbers, tuples of one length)
    function length(f::Flatten)
        T = eltype(f.it)
        T <: Number && return length(f.it)
        (n = _tuple_length(T)) >= 0 && return n * length(f.it)
        throw(ArgumentError("Iterates of the argument to Flatten are not known to have constant length"))
    end
    eltype(f::Flatten) = eltype(eltype(f.it))
    # the length every tuple of type T has (Julia's NTuple{N,Any}), or -1
    function _tuple_length(T)
        T isa DataType && T <: Tuple || return -1
        try
            return fieldcount(T)
        catch
            return -1
        end
    end
    """
        flatmap(f, iterators...)

    `flatten(map(f, iterators...))`, lazily.
    """
    flatmap(f, c...) = flatten(map(f, c...))
    function iterate(f::Flatten, st = nothing)
        # st: (outer state, inner collection, inner state) of the inner collection being walked
        if st !== nothing
            outer, inner, istate = st
            y = iterate(inner, istate)
            y !== nothing && return (y[1], (outer, inner, y[2]))
            o = iterate(f.it, outer)
        else
            o = iterate(f.it)
        end
        while o !== nothing
            inner = o[1]
            y = iterate(inner)
            y !== nothing && return (y[1], (o[2], inner, y[2]))
            o = iterate(f.it, o[2])
        end
        return nothing
    end

    """
        partition(collection, n)

    Consecutive groups of `n` elements (the last may be shorter): slices of a range, views of an
    array (sharing its memory), vectors of the elements of any other collection.
    """
    struct PartitionIterator{T}
        xs::T
        n::Int
    end
    partition(xs, n::Integer) = n < 1 ? throw(ArgumentError("cannot create partitions of length $n")) : PartitionIterator(xs isa AbstractArray ? vec(xs) : xs, Int(n))
    function iterate(p::PartitionIterator{<:AbstractRange}, i = firstindex(p.xs))
        i > lastindex(p.xs) && return nothing
        j = min(i + p.n - 1, lastindex(p.xs))
        return (p.xs[i:j], j + 1)
    end
    function iterate(p::PartitionIterator{<:AbstractArray}, i = firstindex(p.xs))
        i > lastindex(p.xs) && return nothing
        j = min(i + p.n - 1, lastindex(p.xs))
        return (view(p.xs, i:j), j + 1)
    end
    function iterate(p::PartitionIterator, st = nothing)
        y = _iterate(p.xs, st)
        y === nothing && return nothing
        group = Vector{eltype(p.xs)}()
        push!(group, y[1])
        s = y[2]
        while length(group) < p.n
            y = iterate(p.xs, s)
            y === nothing && break
            push!(group, y[1])
            s = y[2]
        end
        return (group, (s,))
    end
    length(p::PartitionIterator) = cld(length(p.xs), p.n)

    """
        Iterators.filter(pred, itr)

    The elements of `itr` for which `pred` holds, computed as iterated.
    """
    filter(pred, xs) = Base.Filter(pred, xs)

    """
        Iterators.map(f, itr...)

    `f` applied to the elements (zipped, for several iterators), computed as iterated.
    """
    map(f, xs) = Base.Generator(f, xs)
    map(f, xs, ys...) = Base.Generator(f, xs, ys...)

    """
        Iterators.accumulate(op, itr; [init])

    The running reductions of `itr` by `op`, computed as iterated.
    """
    struct Accumulate{F,I,T}
        op::F
        xs::I
        init::T
    end
    # (init only as a keyword, as Julia 1.10's)
    accumulate(op, xs; init = Base._InitialValue()) = Accumulate(op, xs, init)
    function iterate(a::Accumulate, st = nothing)
        y = st === nothing ? iterate(a.xs) : iterate(a.xs, st[2])
        y === nothing && return nothing
        acc = st === nothing ? (a.init isa Base._InitialValue ? y[1] : a.op(a.init, y[1])) : a.op(st[1], y[1])
        return (acc, (acc, y[2]))
    end

    """
        rest(itr, state)

    The elements of `itr` after the iteration state `state`.
    """
    struct Rest{I,S}
        xs::I
        st::S
    end
    rest(xs, st) = Rest(xs, st)
    rest(xs) = xs
    """
        peel(itr)

    The first element of `itr` and an iterator over the rest, or `nothing` when it is empty.
    """
    function peel(itr)
        y = iterate(itr)
        y === nothing && return nothing
        y[1], Rest(itr, y[2])
    end
    iterate(r::Rest, st = r.st) = iterate(r.xs, st)

    """
        Iterators.Stateful(itr)

    An iterator that remembers where it is: each `iterate` (or `popfirst!`) takes the next
    element of `itr` for good, so a loop that breaks off can be resumed by another; `peek`
    shows the next element without taking it, `isempty` tells whether one is left.
    """
    mutable struct Stateful
        itr
        next
        taken::Int
    end
    Stateful(itr) = Stateful(itr, iterate(itr), 0)
    Stateful(s::Stateful) = s
    function iterate(s::Stateful, _ = nothing)
        y = s.next
        y === nothing && return nothing
        s.next = iterate(s.itr, y[2])
        s.taken += 1
        return (y[1], nothing)
    end
    Base.isempty(s::Stateful) = s.next === nothing
    Base.isdone(s::Stateful, st = nothing) = s.next === nothing
    # (peek(s::Stateful): files.jl, where peek is)
    # as Julia's: the length of what is left when the iterator has one
    Base.IteratorSize(s::Stateful) = (z = Base.IteratorSize(s.itr); z isa Base.HasShape ? Base.HasLength() : z)
    Base.length(s::Stateful) = length(s.itr) - s.taken
    Base.eltype(s::Stateful) = eltype(s.itr)
    Base.show(io::IO, s::Stateful) = print(io, "Base.Iterators.Stateful(", s.itr, ", taken ", s.taken, ")")

    # Iterators.zip and .enumerate are Base's (Base's names are visible in every module).
    """
        Iterators.reverse(itr)

    `itr` iterated from its last element to its first, lazily (no copy): arrays, tuples and
    strings go backwards in place; ranges, generators, filters, products and flattenings are
    reversed into another of their kind.
    """
    reverse(itr) = Reverse(itr)
    struct Reverse{T}
        itr::T
    end
    eltype(r::Reverse) = eltype(r.itr)
    length(r::Reverse) = length(r.itr)
    Base.size(r::Reverse) = size(r.itr)
    Base.IteratorSize(r::Reverse) = Base.IteratorSize(r.itr)
    Base.last(r::Reverse) = first(r.itr)   # the first shall be last
    iterate(r::Reverse{<:AbstractArray}, i = lastindex(r.itr)) = i < firstindex(r.itr) ? nothing : (r.itr[i], i - 1)
    iterate(r::Reverse{<:Tuple}, i::Int = length(r.itr)) = i < 1 ? nothing : (r.itr[i], i - 1)
    iterate(r::Reverse{<:AbstractString}, i = lastindex(r.itr)) = i < firstindex(r.itr) ? nothing : (r.itr[i], prevind(r.itr, i))
    # any other collection with reversible indices, as Julia's fallback
    function iterate(r::Reverse, state = (Base.reverse(eachindex(r.itr)),))
        y = iterate(state...)
        y === nothing && return nothing
        r.itr[y[1]], (state[1], y[2])
    end
    reverse(r::Reverse) = r.itr
    reverse(r::AbstractRange) = Base.reverse(r)   # (copying a range is cheap)
    reverse(x::Union{Number, AbstractChar}) = x
    reverse(p::Pair) = Base.reverse(p)
    reverse(g::Base.Generator) = Base.Generator(g.f, reverse(g.iter))
    reverse(f::Base.Filter) = Base.Filter(f.flt, reverse(f.itr))
    reverse(p::ProductIterator) = ProductIterator(Base.map_tuple(reverse, p.iterators))
    reverse(f::Flatten) = Flatten(Base.Generator(reverse, reverse(f.it)))
    reverse(r::Repeated) = r
    reverse(c::Cycle) = Cycle(reverse(c.xs))
    reverse(t::Take{<:Repeated}) = t
end
# the shape of a product: its iterators' shapes side by side (Julia's _prod_size)
size(p::Iterators.ProductIterator) = _prod_size(p.iterators)
_prod_size(::Tuple{}) = ()
_prod_size(t::Tuple) = (_prod_size1(t[1], IteratorSize(t[1]))..., _prod_size(Base.tail(t))...)
_prod_size1(a, ::HasShape) = size(a)
_prod_size1(a, ::HasLength) = (length(a),)
_prod_size1(a, s) = throw(ArgumentError(string("Cannot compute size for object of type ", typeof(a))))
axes(p::Iterators.ProductIterator) = map_tuple(n -> OneTo(n), size(p))
ndims(p::Iterators.ProductIterator) = length(size(p))

# Destructuring with a slurp (`a, b... = x`, `a, b..., c = x`): lowered, as Julia lowers it, to
# indexed_iterate for the leading names, then rest (slurp last) or split_rest (names after it).
indexed_iterate(t::Tuple, i::Int, state = 1) = (t[i], i + 1)
indexed_iterate(a::Array, i::Int, state = 1) = (a[i], i + 1)
function indexed_iterate(itr, i::Int)
    y = iterate(itr)
    y === nothing && throw(BoundsError(itr, i))
    y
end
function indexed_iterate(itr, i::Int, state)
    y = iterate(itr, state)
    y === nothing && throw(BoundsError(itr, i))
    y
end

"""
    Base.rest(collection[, itr_state])

The tail of `collection` from the iteration state `itr_state`: a `Tuple` of a tuple, a vector
of an array, a string of a string, else `Iterators.rest(collection, itr_state)`. What a slurp
in final position (`a, b... = collection`) assigns.
"""
rest(t::Tuple) = t
rest(t::Tuple, i::Int) = ntuple(k -> t[k + i - 1], length(t) - i + 1)
rest(t::NamedTuple) = t
rest(t::NamedTuple, i::Int) = NamedTuple{keys(t)[i:end]}(rest(values(t), i))
rest(a::Array, i::Int = 1) = a[i:end]
function rest(a::AbstractArray, st...)
    v = Vector{eltype(a)}()
    for x in Iterators.rest(a, st...)
        push!(v, x)
    end
    v
end
# (rest of a string: strings.jl)
rest(itr, st...) = Iterators.rest(itr, st...)

"""
    Base.split_rest(collection, n::Int[, itr_state]) -> (rest_but_n, last_n)

The tail of `collection` from `itr_state` split before its last `n` elements: what a slurp
followed by `n` names (`a, b..., c = collection`) assigns.
"""
function split_rest(itr, n::Int, st...)
    IteratorSize(itr) isa IsInfinite && throw(ArgumentError("Cannot split an infinite iterator in the middle."))
    _split_rest(rest(itr, st...), n)
end
split_rest(t::Tuple, n::Int, i = 1) = (t[i:end-n], t[end-n+1:end])
_split_rest(itr, n::Int) = _split_rest(collect(itr), n)
function _split_rest(a::AbstractArray, n::Int)
    length(a) < n && throw(ArgumentError("The iterator only contains $(length(a)) elements, but at least $n were requested."))
    (a[begin:end-n], a[end-n+1:end])
end

# The traits of Base's lazy iterators (Julia's, by value where Julia's types have parameters).
IteratorSize(g::Generator) = IteratorSize(g.iter)
IteratorEltype(::Type{Generator}) = EltypeUnknown()
IteratorSize(::Type{Filter}) = SizeUnknown()
IteratorEltype(f::Filter) = IteratorEltype(f.itr)
eltype(f::Filter) = eltype(f.itr)
function IteratorSize(t::Iterators.Take)
    s = IteratorSize(t.xs)
    s isa SizeUnknown ? s : HasLength()
end
IteratorEltype(t::Iterators.Take) = IteratorEltype(t.xs)
eltype(t::Iterators.Take) = eltype(t.xs)
function IteratorSize(d::Iterators.Drop)
    s = IteratorSize(d.xs)
    s isa HasShape ? HasLength() : s
end
IteratorEltype(d::Iterators.Drop) = IteratorEltype(d.xs)
eltype(d::Iterators.Drop) = eltype(d.xs)
IteratorSize(::Type{<:Union{Iterators.TakeWhile, Iterators.DropWhile}}) = SizeUnknown()
# (what is left of an endless iterator is endless; of any other, of unknown size: Julia's rest_iteratorsize)
IteratorSize(r::Iterators.Rest) = IteratorSize(r.xs) isa IsInfinite ? IsInfinite() : SizeUnknown()
IteratorEltype(t::Union{Iterators.TakeWhile, Iterators.DropWhile, Iterators.Rest, Iterators.Cycle}) = IteratorEltype(t.xs)
eltype(t::Union{Iterators.TakeWhile, Iterators.DropWhile, Iterators.Rest, Iterators.Cycle}) = eltype(t.xs)
IteratorSize(::Type{<:Iterators.Cycle}) = IsInfinite()
IteratorSize(r::Iterators.Repeated) = IsInfinite()
eltype(r::Iterators.Repeated) = typeof(r.x)
IteratorSize(::Type{<:Iterators.Count}) = IsInfinite()
eltype(c::Iterators.Count) = typeof(c.start + c.step)
# (an accumulation's values: from the elements, as Julia's)
IteratorEltype(::Type{<:Iterators.Accumulate}) = EltypeUnknown()
# A flattening's element type is known when its parts' element type is, and its length when each
# part has a length its type fixes (a number, or a tuple of a set length): Julia's
# _flatteneltype and flatten_iteratorsize.
function IteratorEltype(f::Iterators.Flatten)
    IteratorEltype(f.it) isa HasEltype || return EltypeUnknown()
    IteratorEltype(eltype(f.it))
end
function IteratorSize(f::Iterators.Flatten)
    f.it isa Tuple{} && return HasLength()
    IteratorEltype(f.it) isa HasEltype || return SizeUnknown()
    IteratorSize(f.it) isa Union{HasLength, HasShape} || return SizeUnknown()
    T = eltype(f.it)
    T <: Number && return HasLength()
    Iterators._tuple_length(T) >= 0 && return HasLength()
    SizeUnknown()
end
# A partition's groups: views of a Vector, vectors of any other collection (Julia's eltype
# methods of PartitionIterator; other arrays' groups are known only as AbstractVectors).
eltype(p::Iterators.PartitionIterator) = _partition_eltype(p.xs)
_partition_eltype(xs::Vector) = SubArray{eltype(xs), 1, typeof(xs), Tuple{UnitRange{Int}}, true}
_partition_eltype(xs::AbstractArray) = AbstractVector{eltype(xs)}
_partition_eltype(xs) = Vector{eltype(xs)}
IteratorEltype(p::Iterators.PartitionIterator) = p.xs isa AbstractArray && !(p.xs isa Vector) ? EltypeUnknown() : IteratorEltype(p.xs)
# a product's tuples have the iterators' element types when all of them declare one (Julia's)
IteratorEltype(p::Iterators.ProductIterator) = all(it -> IteratorEltype(it) isa HasEltype, p.iterators) ? HasEltype() : EltypeUnknown()
# (its dimensions are its iterators' put side by side: a matrix counts two, Julia's prod_iteratorsize)
IteratorSize(p::Iterators.ProductIterator) = any(it -> IteratorSize(it) isa IsInfinite, p.iterators) ? IsInfinite() :
    _known_length(p) >= 0 ? HasShape{length(size(p))}() : SizeUnknown()
# (a shape makes a length; anything else stays, an endless collection's partition is endless: Julia's partition_iteratorsize)
IteratorSize(p::Iterators.PartitionIterator) = (z = IteratorSize(p.xs); z isa HasShape ? HasLength() : z)
IteratorSize(a::Iterators.Accumulate) = IteratorSize(a.xs)
# The last element of the iterators that can tell it without walking them all (Julia's methods).
last(p::Iterators.ProductIterator) = map_tuple(last, p.iterators)
last(f::Filter) = first(Iterators.reverse(f))
last(c::Iterators.Cycle) = last(c.xs)
last(r::Union{Iterators.Repeated, Iterators.Take{<:Iterators.Repeated}}) = first(r)
last(f::Iterators.Flatten) = last(last(f.it))
length(a::Iterators.Accumulate) = length(a.xs)
size(a::Iterators.Accumulate) = size(a.xs)

first(itr, n::Integer) = collect(Iterators.take(itr, n))
# the first element of any iterable (a Dict's first pair)
function first(itr)
    y = iterate(itr)
    y === nothing && throw(ArgumentError("collection must be non-empty"))
    y[1]
end

# (an iterator declaring an N-dimensional shape collects to an array of that shape, as in Julia)
_dims(itr) = _shape_dims(IteratorSize(itr), itr)
_shape_dims(::HasShape{N}, itr) where {N} = N > 1 ? size(itr) : nothing
_shape_dims(isz, itr) = nothing
_dims(g::Generator) = _dims(g.iter)
# a generator over a matrix collects to a matrix (map, comprehensions), as in Julia
_dims(a::AbstractArray) = ndims(a) > 1 ? size(a) : nothing
_dims(p::Iterators.ProductIterator) = _known_length(p) >= 0 ? size(p) : nothing
function map_tuple(f, t)
    t isa Tuple && return ntuple(k -> f(t[k]), length(t))
    out = []
    for x in t
        push!(out, f(x))
    end
    (out...,)
end

# As Julia's: the element type is eltype(itr) when the iterator declares one (HasEltype, the
# default: Any unless eltype is defined), else that of the elements; and an iterator of known
# length (HasLength, the default) is sized by `length` first, so one without it is a MethodError.
function collect(itr)
    isz = IteratorSize(itr)
    isz isa HasLength && length(itr)
    # (an endless iterator: Julia's _collect has no method for IsInfinite, so a MethodError, not a
    # loop until memory runs out)
    isz isa IsInfinite && throw(MethodError(_collect, (1:1, itr, IteratorEltype(itr), isz)))
    out = _collect_boxed(itr)
    if !(IteratorEltype(itr) isa HasEltype)
        # none: the element type inference gives the iteration (Julia's @default_eltype)
        isempty(out) && return _new_array(promote_typejoin_union(_return_type_for(_iterator_upper_bound, itr)), size(out))
        return out
    end
    T = eltype(itr)
    eltype(out) === T ? out : copyto!(_new_array(T, size(out)), out)
end
# A generator over something of known length (a comprehension, map) fills an array of its first
# element's type, unboxed, as long as each element has exactly that type; at the first one that
# does not, it goes on in a Vector{Any} and narrows at the end, as collect(itr) does.
# (the functions Julia's collect reaches an endless iterator's MethodError through)
function _collect end
function _similar_shape end
function collect(g::Generator)
    IteratorSize(g.iter) isa IsInfinite && throw(MethodError(_similar_shape, (g, IsInfinite())))
    _indexable(g.iter) && return _collect_indexed(g)
    n = _known_length(g.iter)
    if n < 0
        out = _collect_boxed(g)
        return isempty(out) ? _collect_empty(g) : out
    end
    y = iterate(g)
    y === nothing && return _collect_empty(g)
    v, st = y
    out = _new_array(typeof(v), (n,))
    out[1] = v
    i = 1
    rest = nothing
    # (a for loop from the state: see _collect_rest!)
    for v in Iterators.rest(g, st)
        i += 1
        if rest === nothing
            _store_exact!(out, i, v) && continue
            rest = Vector{Any}(undef, n)
            for k in 1:i-1
                rest[k] = out[k]
            end
        end
        rest[i] = v
    end
    rest === nothing || return _collect_narrow(rest, _dims(g))
    d = _dims(g)
    d === nothing ? out : reshape(out, d)
end
# What inference makes of this is the type of an iterator's elements (as Julia's): the value
# returned is an element, and the condition is one inference cannot decide.
function _iterator_upper_bound(itr)
    x = iterate(itr)
    while x !== nothing
        val = x[1]
        _inference_barrier(false) && return val
        x = iterate(itr, x[2])
    end
    throw(nothing)
end

# An empty comprehension or map: Julia's element type is the one inference gives its body
# (`@default_eltype`): a type called is its own result; a body which is the iterator's own elements
# (lowered to identity) gives the iterator's eltype; else the return type of the body for an
# argument of that eltype, which _return_type works out without running it (Any if it cannot).
function _collect_empty(g::Generator)
    d = _dims(g)
    _new_array(_default_eltype(g), d === nothing ? (0,) : d)
end
function _default_eltype(g::Generator)
    f = g.f
    f isa Type && return f
    T = eltype(g.iter)
    f === identity && return T
    promote_typejoin_union(_return_type(f, T))
end

"""
    promote_typejoin_union(T)

The element type `collect` gives for a body inferred as `T`: each member of a union joined by
`promote_typejoin` (a small union with `Nothing` or `Missing`, else their `typejoin`).
"""
function promote_typejoin_union(T::Type)
    T isa Union || return T
    S = Union{}
    for t in uniontypes(T)
        S = S === Union{} ? t : promote_typejoin(S, t)
    end
    S
end

"""
    promote_op(f, argtypes...)

The type `f` returns for arguments of these types, as far as TruffleJL's inference can tell
without calling it; `Any` when it cannot.
"""
promote_op(f, S::Type...) = _return_type(f, S...)
# The same over an array or range (or zip/enumerate of them), as a counted loop (_indexable).
function _collect_indexed(g::Generator)
    itr = g.iter
    n = _idxlength(itr)
    n == 0 && return _collect_empty(g)
    v = g.f(_getidx(itr, 1))
    out = _new_array(typeof(v), (n,))
    out[1] = v
    for i in 2:n
        v = g.f(_getidx(itr, i))
        if !_store_exact!(out, i, v)
            rest = Vector{Any}(undef, n)
            for k in 1:i-1
                rest[k] = out[k]
            end
            rest[i] = v
            for k in i+1:n
                rest[k] = g.f(_getidx(itr, k))
            end
            return _collect_narrow(rest, _dims(g))
        end
    end
    d = _dims(g)
    d === nothing ? out : reshape(out, d)
end
# any iterable: into a Vector{Any}, then narrowed to the elements' joined type
# (into a vector of the first element's type while every element has exactly that type: no
# boxing and no narrowing pass for the usual uniform case)
function _collect_boxed(itr)
    _indexable(itr) && return _collect_indexed(Generator(identity, itr))
    y = iterate(itr)
    y === nothing && return _collect_narrow([], _dims(itr))
    x, st = y
    out = _new_array(typeof(x), (0,))
    push!(out, x)
    out = _collect_rest!(out, typeof(x), itr, st)
    eltype(out) === Any && return _collect_narrow(out, _dims(itr))
    d = _dims(itr)
    d === nothing ? out : reshape(out, d)
end
# The elements after the first (a separate method, so that its loop sees one vector type):
# while each has the first one's type T; from the first that does not, into a Vector{Any}.
# (A for loop from the state, not `while y !== nothing`: the loop takes each (value, state)
# unallocated, where a tuple merged with `nothing` is allocated: ForNode, TupleReturn.)
function _collect_rest!(out, T, itr, st)
    wider = nothing
    for x in Iterators.rest(itr, st)
        if wider === nothing
            if typeof(x) === T
                push!(out, x)
                continue
            end
            wider = _collect_widen(out)
        end
        push!(wider, x)
    end
    wider === nothing ? out : wider
end
# A nested comprehension ([f(x, y) for x in a for y in b]) is collect of a Flatten: a loop over
# the outer collection and one over each inner one, so that each counts (ForNode) where it can;
# through Flatten's iterate, every element cost three tuples.
function collect(f::Iterators.Flatten)
    out = nothing
    for inner in f.it
        out = out === nothing ? _flat_first(inner) : _append_flat!(out, inner)
    end
    # none: the element type inference gives the iteration, as collect(itr)
    out === nothing && return _new_array(promote_typejoin_union(_return_type_for(_iterator_upper_bound, f)), (0,))
    eltype(out) === Any ? _collect_narrow(out, nothing) : out
end
# the first inner collection's elements, in a vector of the first one's type (nothing if empty)
function _flat_first(inner)
    out = nothing
    for x in inner
        if out === nothing
            out = _new_array(typeof(x), (0,))
        elseif typeof(x) !== eltype(out) && eltype(out) !== Any
            out = _collect_widen(out)
        end
        push!(out, x)
    end
    out
end
# inner's elements onto out (of the first element's type; from the first element of another
# type, a Vector{Any}, narrowed by the caller)
function _append_flat!(out, inner)
    T = eltype(out)
    for x in inner
        if T !== Any && typeof(x) !== T
            out = _collect_widen(out)
            T = Any
        end
        push!(out, x)
    end
    out
end
function _collect_widen(out)
    wide = Vector{Any}(undef, length(out))
    for i in 1:length(out)
        wide[i] = out[i]
    end
    wide
end
_known_length(itr::Union{AbstractArray, Tuple}) = length(itr)
function _known_length(p::Iterators.ProductIterator)
    n = 1
    for it in p.iterators
        k = _known_length(it)
        k < 0 && return -1
        n *= k
    end
    n
end
_known_length(itr) = haslength(itr) ? length(itr) : -1
function collect(T::Type, itr)
    out = _new_vector(T, 0)
    for x in itr
        push!(out, x)
    end
    out
end
eltype(g::Generator) = Any
# NamedTuple(pairs): from Symbol => value pairs (a Dict, zip(names, values), ...)
NamedTuple(itr) = (; itr...)
tail(t::NamedTuple) = (k = keys(t); NamedTuple{tail(k)}(tail(values(t))))
front(t::NamedTuple) = (k = keys(t); NamedTuple{front(k)}(front(values(t))))
