# show for collections, matching Julia's compact forms: [1, 2], Int8[1, 2], [1 2; 3 4],
# Any[1, "a"], Dict("a" => 1), Set([1]), and the REPL's multi-line display.

# a pair inside a pair, or an operator, is parenthesized (1 => (2 => 3), (+) => 1); compact
# contexts leave out the spaces, as Julia's
show(io::IO, p::Pair) = _pair_tight(p) || get(io, :typeinfo, Any) === typeof(p) ? _show_pair(io, Any, Any, p) : _show_fields(io, p)
# Julia's has_tight_type: a pair whose type says no more than its parts' types shows as a => b;
# another (Pair{Any, Any}(1, 2)) as its constructor call, unless its container says its type
_pair_tight(p::Pair{A, B}) where {A, B} = typeof(p.first) === A && typeof(p.second) === B
# K and V: the key and value types a container's element type already shows ([1.0f0 => 2.0f0]
# in a Vector{Pair{Float32, Float32}} shows its floats without their f0)
function _show_pair(io::IO, K, V, p::Pair)
    _show_pair_part(io, K, p.first)
    print(io, get(io, :compact, false) === true ? "=>" : " => ")
    _show_pair_part(io, V, p.second)
end
_pair_part_delimited(x) = !(x isa Pair) && !(x isa Function && isoperator(nameof(x)))
function _show_pair_part(io::IO, T, x)
    delimited = _pair_part_delimited(x)
    delimited || print(io, "(")
    _show_elem(io, T, x)
    delimited || print(io, ")")
end
eltype(::Type{Pair{A, B}}) where {A, B} = Union{A, B}
reverse(p::Pair) = p.second => p.first

# Element types a container's printing leaves implicit (Julia's typeinfo_implicit; a type's
# module may add a method for its own type, as Dates does for Date).
typeinfo_implicit(T) = _typeinfo_implicit(T)
function _typeinfo_implicit(T)
    (T === Float64 || T === Int64 || T === Char || T === String || T === Symbol || T === Nothing) && return true
    T isa DataType || return false
    issingletontype(T) && return true   # [missing] shows no element type, as Julia's typeinfo_implicit

    name = _type_name(T)
    name === :Array && return typeinfo_implicit(_type_parameters(T)[1])
    name === :Pair && return all(typeinfo_implicit, _type_parameters(T))
    name === :Tuple && return all(typeinfo_implicit, _type_parameters(T))
    T <: AbstractDict && length(_type_parameters(T)) == 2 && return all(typeinfo_implicit, _type_parameters(T))
    false
end

# The element type prefix of an array's printing ("Int8" in Int8[1, 2]), or "".
function _array_prefix(a)
    T = eltype(a)
    (!isempty(a) && typeinfo_implicit(T)) ? "" : string(T)
end

# An element shown inside a container whose element type is T.
_show_elem(io, T, x) = show(io, x)
_show_elem(io, T, x::Bool) = T === Bool ? print(io, x ? '1' : '0') : show(io, x)
# a float in an array of its own type shows without its type (0.5, 1.0f10 in a Float32 array)
_show_elem(io, T, x::AbstractFloat) = T === typeof(x) ? print(io, _untyped_float_string(io, x)) : show(io, x)
_untyped_float_string(io, x::Float32) = get(io, :compact, false) === true ? _compact_float_string(x, false) : _float32_untyped(_show_leaf_string(x))
_untyped_float_string(io, x) = get(io, :compact, false) === true ? _compact_float_string(x, false) : _print_leaf_string(x)
_float32_untyped(s) = endswith(s, "f0") || s in ("NaN32", "Inf32", "-Inf32") ? s[1:end-2] : s
# (through show, which a program may define for its own array type, with Julia's :typeinfo
# telling that the container's element type already says the element's type)
_show_elem(io, T, x::AbstractArray) = show(IOContext(io, :typeinfo => T), x)
_show_elem(io, T, x::AbstractDict) = show(IOContext(io, :typeinfo => T), x)
_show_elem(io, T, x::Set) = show(IOContext(io, :typeinfo => T), x)
_show_elem(io, T, x::Union{Tuple, NamedTuple}) = show(IOContext(io, :typeinfo => T), x)
_typeinfo_says(io, x) = get(io, :typeinfo, Any) === typeof(x)
_show_elem(io, T, x::AbstractRange) = show(io, x)
_show_elem(io, T, x::Pair) = T isa DataType && T <: Pair && typeof(x) === T ? _show_pair(io, _type_parameters(T)..., x) : show(io, x)

show(io::IO, a::AbstractArray) = _show_array(io, a, _typeinfo_says(io, a))
# (shown: the container that is being shown, for circular references; a set shows as its vector)
function _show_array(io::IO, a, typeknown, shown = a)
    T = eltype(a)
    nd = ndims(a)
    if nd == 0     # as Julia: fill(x)
        print(io, "fill(")
        show(io, a[])
        print(io, ")")
        return
    end
    if nd >= 2 && length(a) == 0
        # as Julia's _show_empty: an Array as its constructor call, another array by its summary
        a isa Array ? print(io, typeof(a), "(undef, ", join(size(a), ", "), ")") : summary(io, a)
        return
    end
    typeknown || print(io, _array_prefix(a))
    # as Julia's typeinfo_prefix: the elements know their type from the context unless the
    # prefix was left out because the element type is implicit ([Int64[], [1]], not [[], [1]])
    T = !typeknown && !isempty(a) && typeinfo_implicit(T) ? Any : T
    if nd == 1
        print(io, '[')
        if !show_circular(io, shown)
            recur_io = IOContext(io, :SHOWN_SET => shown)
            n = length(a)
            # under :limit (the REPL), a long vector shows its first and last ten (Julia's show_vector)
            cut = get(io, :limit, false) === true && n > 20
            for i in (cut ? (1:10) : (1:n))
                i > 1 && print(io, ", ")
                _show_elem_at(recur_io, T, a, i)
            end
            if cut
                print(io, "  …  ")
                for i in n-9:n
                    i > n - 9 && print(io, ", ")
                    _show_elem_at(recur_io, T, a, i)
                end
            end
        end
        print(io, ']')
    elseif nd == 2
        m, n = size(a)
        print(io, '[')
        _show_matrix_cells(io, T, a, 0, m, n)
        n == 1 && print(io, ";;")
        print(io, ']')
    else
        # Julia's N-d literal: each matrix slice as rows, slices apart by ;;; (;;;; between
        # groups of the 4th dimension, and so on)
        sz = size(a)
        m, n = sz[1], sz[2]
        nslices = div(length(a), m * n)
        limit = get(io, :limit, false) === true
        print(io, '[')
        for s in 0:nslices-1
            # under :limit, a long trailing dimension keeps its first and last three slices
            fate = _nd_slice_fate(_nd_slice_index(sz, s), sz, limit)
            fate < 0 && continue
            if fate > 0
                print(io, ";"^fate, " … ")
                continue
            end
            if s > 0
                count = 3
                group = 1
                for d in 3:nd-1
                    group *= sz[d]
                    s % group == 0 && (count += 1)
                end
                print(io, ";"^count, ' ')
            end
            _show_matrix_cells(io, T, a, s * m * n, m, n)
        end
        # a last dimension of 1 would not show otherwise
        sz[nd] == 1 && print(io, ";"^nd)
        print(io, ']')
    end
end
_show_elem_at(io, T, a, i) = isassigned(a, i) ? _show_elem(io, T, a[i]) : print(io, "#undef")
# The cells of an m×n matrix (column-major from linear index base + 1) as rows apart by "; ".
# Under :limit, as Julia's _show_nonempty, more than 4 rows or columns keep their first and last
# two, with … standing in for the others ([1 2 … 7 8; 9 10 … 15 16; … ; 57 58 … 63 64]).
function _show_matrix_cells(io, T, a, base, m, n)
    limit = get(io, :limit, false) === true
    rdots = limit && m > 4
    cdots = limit && n > 4
    rowparts = rdots ? (1:2, m-1:m) : (1:m, 1:0)
    colparts = cdots ? (1:2, n-1:n) : (1:n, 1:0)
    for rows in rowparts
        for i in rows
            for cols in colparts
                for j in cols
                    j > first(cols) && print(io, ' ')
                    _show_elem_at(io, T, a, base + (j - 1) * m + i)
                end
                if !isempty(cols) && last(cols) == n
                    i < m && print(io, "; ")
                elseif cdots && !isempty(cols)
                    print(io, " … ")
                end
            end
        end
        rdots && !isempty(rows) && last(rows) != m && print(io, "… ; ")
    end
end
# The indices along dimensions 3, 4, ... of the slice numbered s (from 0) of an array of size sz.
function _nd_slice_index(sz, s)
    idxs = Vector{Int}(undef, length(sz) - 2)
    for d in 3:length(sz)
        idxs[d-2] = s % sz[d] + 1
        s = div(s, sz[d])
    end
    idxs
end
# Which slices an N-d array shows under :limit, as Julia's show_nd: along a trailing dimension
# longer than 10 only its first and last three. 0: show the slice; -1: leave it out; k > 0: its
# place is where the left-out run begins, marked by k semicolons and … (;;; … for dimension 3).
function _nd_slice_fate(idxs, sz, limit)
    limit || return 0
    nt = length(idxs)
    for i in 1:nt
        ii = idxs[i]
        len = sz[i+2]
        len > 10 || continue
        if ii == 4 && all(d -> idxs[d] == 1, 1:i-1)
            for j in i+1:nt
                sz[j+2] > 10 && 3 < idxs[j] <= sz[j+2] - 3 && return -1
            end
            return i + 2
        end
        3 < ii <= len - 3 && return -1
    end
    0
end
isassigned(a::AbstractArray, i::Int) = 1 <= i <= length(a)
isassigned(a::AbstractArray, i::Integer, j::Integer, more::Integer...) =
    checkbounds(Bool, a, i, j, more...) && isassigned(a, LinearIndices(a)[i, j, more...])
function show(io::IO, a::BitArray)
    print(io, "Bool")
    _show_array(io, a, true)
end
show(io::IO, d::AbstractDict) = _show_dict(io, d, _typeinfo_says(io, d))
show(io::IO, e::Enumerate) = (print(io, "enumerate("); show(io, e.itr); print(io, ')'))
# Julia's show_type_name: a type's name as shown, without its parameters (Base.ImmutableDict)
_type_name_shown(T::DataType) = (s = string(T); i = findfirst('{', s); i === nothing ? s : s[1:prevind(s, i)])
# typeknown: the container around d already shows d's type (Dict("c" => Dict()), as Julia's);
# else the name alone when keys and values show their types (IdDict(:a => 1), Base.ImmutableDict(...))
function _show_dict(io::IO, d::AbstractDict, typeknown)
    K = keytype(d)
    V = valtype(d)
    if isempty(d)
        print(io, typeknown ? _type_name_shown(typeof(d)) : typeof(d), "()")
        return
    end
    print(io, typeknown || typeinfo_implicit(K) && typeinfo_implicit(V) ? _type_name_shown(typeof(d)) : string(typeof(d)))
    print(io, '(')
    if !show_circular(io, d)
        recur_io = IOContext(io, :SHOWN_SET => d)
        limit = get(io, :limit, false) === true
        first = true
        n = 0
        for p in d
            first || print(io, ", ")
            first = false
            _show_pair(recur_io, K, V, p)
            n += 1
            limit && n >= 10 && (print(io, "…"); break)   # as Julia's show of a dict under :limit
        end
    end
    print(io, ')')
end
show(io::IO, s::Set) = _show_set(io, s, _typeinfo_says(io, s))
function _show_set(io::IO, s::Set, typeknown)
    if isempty(s)
        print(io, typeknown ? "Set" : typeof(s), "()")
        return
    end
    print(io, "Set(")
    v = collect(s)
    _show_array(io, v, _typeinfo_says(io, v), s)   # (a set that holds itself: the marker inside, as Julia's)
    print(io, ')')
end
# printed as a vector; displayed as a summary and one entry per line (as Julia)
show(io::IO, k::Union{KeySet, ValueIterator}) = show(io, collect(k))
show(io::IO, m::MIME"text/plain", k::KeySet) = _show_dict_view(io, k)
show(io::IO, m::MIME"text/plain", k::ValueIterator) = _show_dict_view(io, k)
summary(io::IO, k::Union{KeySet, ValueIterator}) = (print(io, k isa KeySet ? "KeySet" : "ValueIterator", " for a "); _show_dict_summary(io, k.dict))
# as Julia's: under :limit, a screenful of entries (then ⋮), each cut to the width
function _show_dict_view(io::IO, k::Union{KeySet, ValueIterator})
    summary(io, k)
    isempty(k) && return
    print(io, k isa KeySet ? ". Keys:" : ". Values:")
    limit = get(io, :limit, false) === true
    rows, cols = typemax(Int), typemax(Int)
    if limit
        rows, cols = displaysize(io)
        rows -= 3
        rows < 2 && (print(io, " …"); return)
        cols = max(cols, 4) - 2
        rows -= 1
    end
    i = 0
    for x in k
        i += 1
        print(io, "\n  ")
        i == rows < length(k) && (print(io, "⋮"); break)
        limit ? print(io, _truncate_width(_sprint_with(io, show, x), cols)) : show(io, x)
    end
end
_show_dict_summary(io, d) = print(io, typeof(d), " with ", length(d), length(d) == 1 ? " entry" : " entries")
# a dictionary or set says how many it holds: "Dict{Int64, Int64} with 1 entry"
summary(io::IO, d::AbstractDict) = _show_dict_summary(io, d)
summary(io::IO, s::AbstractSet) = print(io, typeof(s), " with ", length(s), length(s) == 1 ? " element" : " elements")

# How Julia's print_matrix aligns a cell: (width left of the alignment point, width right of
# it). Numbers align right, reals other than integers at the decimal point (or exponent), anything else left;
# rationals at their // (rational.jl).
_alignment(x, s) = (0, length(s))
_cell(a, i, j) = ndims(a) == 1 ? a[i] : a[i, j]
# a cell display shows as #undef (an array made with undef, of a type with references)
struct _UndefCell end
_cell_or_undef(a, i, j) = _cell(a, i, j)
_cell_or_undef(a::Array, i, j) = isassigned(a, ndims(a) == 1 ? i : i + (j - 1) * size(a, 1)) ? _cell(a, i, j) : _UndefCell()
_show_elem(io, T, ::_UndefCell) = print(io, "#undef")
# as Julia's print_matrix: a cell is its text/plain form ('a': ASCII/Unicode U+0061 (...), sin
# (generic function with 1 method)) unless that takes more than a line; numbers, strings and
# arrays as in the container's own show
_cell_string(io, T, x) = (s = _sprint_with(io, show, MIME"text/plain"(), x); occursin('\n', s) ? _sprint_with(io, _show_elem, T, x) : s)
_cell_string(io, T, x::Union{AbstractString, AbstractArray, Dict, Set, Tuple, NamedTuple, Pair, _UndefCell}) = _sprint_with(io, _show_elem, T, x)
# a number too, once its type has a text/plain form of its own (Irrational's "π = 3.14...",
# or a program's); else the container's form (1.0 for a Float32 in a Float32 array)
_cell_string(io, T, x::Number) = _own_plain_show(typeof(x)) ? invoke(_cell_string, Tuple{Any, Any, Any}, io, T, x) : _sprint_with(io, _show_elem, T, x)
_own_plain_show(S) = which(show, Tuple{IO, MIME"text/plain", S}).sig != Tuple{typeof(show), IO, MIME"text/plain", Any}
# a string cell is its text/plain form too: under :limit (display) a long one shows its two ends
# in about a line, its container's element type in :typeinfo as in Julia's print_matrix
_cell_string(io, T, x::AbstractString) =
    get(io, :limit, false) === true ? _sprint_with(IOContext(io, :typeinfo => T), show, MIME"text/plain"(), x) : _sprint_with(io, _show_elem, T, x)
# Julia measures a cell's alignment on its two-argument show, whichever form the cell prints
_align_string(io, T, x, text) = _sprint_with(io, _show_elem, T, x)
_align_string(io, T, x::Union{AbstractString, AbstractArray, Dict, Set, Tuple, NamedTuple, Pair, _UndefCell}, text) = text
_align_string(io, T, x::Number, text) = _own_plain_show(typeof(x)) ? _sprint_with(io, _show_elem, T, x) : text
_alignment(::_UndefCell, s) = (3, 3)
_alignment(x::Number, s) = (length(s), 0)
# (a string's column is as wide as its whole shown form, even when its cell is shortened)
_alignment(x::AbstractString, s) = (0, endswith(s, '"') && occursin(" bytes ⋯ ", s) ? length(sprint(show, x)) : length(s))
_alignment(x::Integer, s) = (length(s), 0)
# pairs line up on their "=>" (Julia's alignment(io, ::Pair): the key, a space and the "=")
function _alignment(x::Pair, s)
    startswith(s, "Pair{") && return (0, length(s))   # shown as its constructor call: as any value
    r = findfirst(" => ", s)
    r === nothing && (r = findfirst("=>", s))   # (compact: a matrix's cells)
    r === nothing && return (length(s), 0)
    left = length(s, 1, first(r)) + (s[first(r)] == ' ' ? 1 : 0)
    (left, length(s) - left)
end
function _alignment(x::Real, s)
    i = findfirst(c -> c in ".eEfF", s)
    i === nothing ? (length(s), 0) : (i - 1, length(s) - i + 1)
end

# The REPL's display: a summary line, then one element per line.
function _display_string(x)
    io = IOBuffer()
    display(io, x)
    String(take!(io))
end
# show(io, MIME"text/plain"(), x) is what display prints; types without a form of their own
# show as with show(io, x).
"""
    methods(f)

The methods of `f`, most specific first, as a vector of `Method`s that prints as Julia lists them.
"""
methods(f) = MethodList(_methods(f), f)
methods(f, t::Tuple) = methods(f, Tuple{t...})
methods(f, t::Type{<:Tuple}) = MethodList(_methods_matching(f, t), f)
struct MethodList <: AbstractVector{Method}
    ms::Vector{Method}
    f
end
size(l::MethodList) = size(l.ms)
getindex(l::MethodList, i::Int) = l.ms[i]
function show(io::IO, l::MethodList)
    n = length(l.ms)
    print(io, "# ", n, n == 1 ? " method" : " methods")
    # the module of Julia's method table: Core's for constructors and for callable objects
    # (all of which share one table), so their methods always name their module
    callable = !(l.f isa Function)
    fmod = callable ? "Core" : string(parentmodule(l.f))
    closure = _is_closure(l.f)
    if callable && !(l.f isa Type)
        print(io, " for callable object")
    elseif closure && !_names_itself(l.f)
        # no binding names it: Julia calls it by its name only when that is a made-up one (#1)
        print(io, '#' in string(nameof(l.f)) ? string(" for anonymous function \"", nameof(l.f), "\"") : " for callable object")
    elseif l.f isa Function
        print(io, " for ", startswith(string(nameof(l.f)), '@') ? "macro" : "generic function", " \"", nameof(l.f), "\" from ", fmod)
    else
        print(io, " for type constructor")
    end
    n > 0 && print(io, ":")
    width = length(string(n))
    for (i, m) in enumerate(l.ms)
        sig, mod, file, line = _method_parts(m)
        if closure && startswith(sig, string(nameof(l.f), '('))
            # a closure's methods are its type's call methods, the type without its parameters
            # (the method is defined on the type name): (::var"#1#2")(x)
            sig = string("(::", typeof(l.f).name.wrapper, ")", SubString(sig, ncodeunits(string(nameof(l.f))) + 1))
        end
        # the module only when it is not the function's own (Julia's _modulecolor)
        print(io, "\n ", lpad(string("[", i, "]"), width + 2), " ", sig, "\n     @ ", mod == fmod ? "" : string(mod, " "), file, ":", line)
    end
end
show(io::IO, ::MIME"text/plain", l::MethodList) = show(io, l)

# as Julia's display: the text/plain form, fitted to the screen (:limit)
display(io::IO, x) = show(IOContext(io, :limit => true), MIME"text/plain"(), x)
show(io::IO, ::MIME"text/plain", x) = show(io, x)
# Under :limit a long string shows its two ends and how much is left out between them (Julia's,
# since 1.7): "xxx…" ⋯ 459 bytes ⋯ "…xxx"; seven lines of the screen for a value on its own
function show(io::IO, ::MIME"text/plain", str::AbstractString)
    get(io, :limit, false) === true || return show(io, str)
    limit = max(20, displaysize(io)[2])
    get(io, :typeinfo, nothing) === nothing && (limit *= 7)
    len = ncodeunits(str)
    len <= limit - 2 && return show(io, str)   # (the 2: its quotes)
    skip_text(skip) = string(" ⋯ ", skip, " bytes ⋯ ")
    short = length(skip_text("")) + 4
    chars = max(limit, short + 1) - short
    chars -= (d = ndigits(len - chars))
    chars += d - ndigits(len - chars)
    chars = max(0, chars)
    head = nextind(str, 0, 1 + (chars + 1) ÷ 2)
    tail = prevind(str, len + 1, chars ÷ 2)
    t = short + ndigits(len - chars) - 1
    n = tail - head
    if 4t <= n || t <= n && t <= length(str, head, tail - 1)
        show(io, SubString(str, 1, prevind(str, head)))
        print(io, skip_text(n))
        show(io, SubString(str, tail))
    else
        show(io, str)
    end
end
# a closure or anonymous function: its type has a name lowering made up (#1#2, #inner#3)
_is_closure(f) = f isa Function && startswith(string(nameof(typeof(f))), '#')
# whether the module the function belongs to binds its name to it
_names_itself(f) = isdefined(parentmodule(f), nameof(f)) && getfield(parentmodule(f), nameof(f)) === f
# printed (Julia's compact show_function), a closure is just its function's name: #1, inner
print(io::IO, f::Function) = _is_closure(f) ? print(io, string(nameof(f))) : show(io, f)
# shown, a closure with captures is its struct (show_default): var"#1#2"{Int64}(5), a boxed
# capture as Core.Box(...); one without captures or compact output take the other path
function show(io::IO, f::Function)
    T = typeof(f)
    if !_is_closure(f) || get(io, :compact, false) || isempty(fieldnames(T))
        return invoke(show, Tuple{IO, Any}, io, f)
    end
    print(io, T, '(')
    for (i, n) in enumerate(fieldnames(T))
        i > 1 && print(io, ", ")
        string(fieldtype(T, i)) == "Core.Box" ? (print(io, "Core.Box("); show(io, getproperty(f, n)); print(io, ')')) : show(io, getproperty(f, n))
    end
    print(io, ')')
end
# as Julia's: a named function or closure by its name, another callable object by its type
function show(io::IO, ::MIME"text/plain", f::Function)
    get(io, :compact, false) && return show(io, f)
    n = length(methods(f))
    name = if _is_closure(f)
        # by its name when that is made up (#1) or a binding's, else by its type
        '#' in string(nameof(f)) || _names_itself(f) ? string(nameof(f)) : string("(::", typeof(f), ")")
    else
        isempty(fieldnames(typeof(f))) && f !== (:) ? string(nameof(f)) : string("(::", typeof(f), ")")
    end
    print(io, name, startswith(name, '@') ? " (macro with " : " (generic function with ", n, n == 1 ? " method)" : " methods)")
end
show(io::IO, ::MIME"text/plain", c::ComposedFunction) = show(io, c)
# as Julia's REPL shows a type: an alias written out (Vector{Int64} (alias for Array{Int64, 1})),
# and what a named function's type is
function show(io::IO, ::MIME"text/plain", T::Type)
    show(io, T)
    get(io, :compact, false) && return
    full = _type_alias_expansion(T)
    full === nothing || return print(io, " (alias for ", full, ")")
    f = T isa DataType ? _function_type_name(T) : nothing
    if f !== nothing && !startswith(string(f), '#')
        print(io, " (singleton type of function ", f, ", subtype of Function)")
    end
end
# a range displays as written (1:5, 0.1:0.1:0.5), as in Julia
show(io::IO, ::MIME"text/plain", r::AbstractRange) = show(io, r)
function show(io::IO, ::MIME"text/plain", a::AbstractArray)
    # as Julia's: an empty vector (or any empty array under :compact) shows as written, Int64[]
    isempty(a) && (a isa Vector || get(io, :compact, false) === true) && return show(io, a)
    summary(io, a)
    isempty(a) && return
    # as Julia's: a screen with no room for rows shows just a …
    get(io, :limit, false) === true && displaysize(io)[1] - 4 <= 0 && return print(io, ": …")
    print(io, ":\n")
    T = eltype(a)
    shown = IOContext(io, :SHOWN_SET => a)
    # as Julia's: a matrix (more than one column) shows its cells compactly (0.333333)
    if ndims(a) > 1 && size(a, 2) > 1 && !haskey(io, :compact)
        shown = IOContext(shown, :compact => true)
    end
    if ndims(a) == 0
        _show_elem(shown, T, a[])
    elseif ndims(a) == 1 || ndims(a) == 2
        _print_matrix(io, shown, T, size(a, 1), ndims(a) == 1 ? 1 : size(a, 2), (i, j) -> _cell_or_undef(a, i, j),
                      (i, j, s) -> replace_in_print_matrix(a, i, j, s))
    else
        # one matrix per slice, headed by its index: [:, :, 2] =
        sz = size(a)
        m, n = sz[1], sz[2]
        limit = get(io, :limit, false) === true
        nslices = div(length(a), m * n)
        for s in 0:nslices-1
            idxs = _nd_slice_index(sz, s)
            # under :limit, a long trailing dimension keeps its first and last three slices
            fate = _nd_slice_fate(idxs, sz, limit)
            fate < 0 && continue
            if fate > 0
                print(io, ";"^fate, " … \n\n")
                continue
            end
            print(io, "[:, :, ", join(idxs, ", "), "] =\n")
            base = s * m * n
            _print_matrix(io, shown, T, m, n, (i, j) -> a[base + (j - 1) * m + i])
            s < nslices - 1 && print(io, "\n\n")
        end
    end
end
"""
    Base.replace_in_print_matrix(A, i, j, str)

The text `display` prints for the cell `(i, j)` of the matrix `A`, given its shown value `str`:
`str` itself unless a structured matrix type says otherwise (a `Diagonal` shows `⋅` off its
diagonal, through [`Base.replace_with_centered_mark`](@ref)).
"""
replace_in_print_matrix(A::AbstractArray, i::Integer, j::Integer, s::AbstractString) = s

"""
    Base.isstored(A, i...)

Whether the entry of `A` at index `i` is held in memory: always, for a dense array (after
checking the index); a sparse array says which of its entries it stores.
"""
isstored(A::AbstractArray, I::Integer...) = (checkbounds(A, I...); true)

"""
    Base.replace_with_centered_mark(s; c = '⋅')

A string as wide as `s`, blank but for `c` in its middle.
"""
function replace_with_centered_mark(s::AbstractString; c::AbstractChar = '⋅')
    n = textwidth(s)
    string(" "^(cld(n, 2) - 1), c, " "^(n - cld(n, 2)))
end

# Julia's print_matrix (arrayshow.jl): rows of cells, each column aligned; under :limit (what
# display sets) only the corners that fit displaysize, with ⋮, … and ⋱ between them. `mark`
# may replace a cell's text (replace_in_print_matrix); the alignment is its value's.
function _print_matrix(io, shown, T, m, n, cell, mark = (i, j, s) -> s)
    pre, sep, post, hdots, vdots, ddots, hmod, vmod = " ", "  ", "", "  …  ", "⋮", "  ⋱  ", 5, 5
    if get(io, :limit, false) === true
        sz = displaysize(io)
        screenheight, screenwidth = sz[1] - 4, sz[2]
    else
        screenheight = screenwidth = typemax(Int)
    end
    screenwidth -= length(pre) + length(post)
    presp = " "^length(pre)
    sepsize = length(sep)
    strs = Dict{Tuple{Int,Int},String}()
    texts = Dict{Tuple{Int,Int},String}()
    text(i, j) = get!(() -> _cell_string(shown, T, cell(i, j)), texts, (i, j))
    str(i, j) = get!(() -> mark(i, j, text(i, j)), strs, (i, j))
    atexts = Dict{Tuple{Int,Int},String}()
    atext(i, j) = get!(() -> _align_string(shown, T, cell(i, j), text(i, j)), atexts, (i, j))
    align(i, j) = _alignment(cell(i, j), atext(i, j))
    halfheight = div(screenheight, 2)
    rowsA = m > screenheight ? vcat(collect(1:halfheight), collect(m-div(screenheight - 1, 2)+1:m)) : collect(1:m)
    maxpossiblecols = div(screenwidth, 1 + sepsize)
    colsA = n > maxpossiblecols ? vcat(collect(1:maxpossiblecols), collect(n-maxpossiblecols+1:n)) : collect(1:n)
    # one (left, right) width per column going across, as many as fit
    function alignment(rows, cols, cols_if_complete, cols_otherwise)
        a = Tuple{Int,Int}[]
        for j in cols
            l = r = 0
            for i in rows
                aij = align(i, j)
                l = max(l, aij[1])
                r = max(r, aij[2])
            end
            push!(a, (l, r))
            if length(a) > 1 && sum(map(sum, a)) + sepsize * length(a) >= cols_if_complete
                pop!(a)
                break
            end
        end
        if 1 < length(a) < n
            while sum(map(sum, a)) + sepsize * length(a) >= cols_otherwise
                pop!(a)
            end
        end
        a
    end
    function row(A, i, cols)
        for (k, j) in enumerate(cols)
            k > length(A) && break
            a = align(i, j)
            print(io, " "^(A[k][1] - a[1]), str(i, j), j == n ? "" : " "^(A[k][2] - a[2]))
            k < length(A) && print(io, sep)
        end
    end
    function vdotsrow(A, M, mm, pad_right)
        for k in 1:length(A)
            w = A[k][1] + A[k][2]
            if k % M == mm
                l = " "^max(0, A[k][1] - length(vdots))
                r = k == length(A) && !pad_right ? "" : " "^max(0, w - length(vdots) - length(l))
                print(io, l, vdots, r)
            else
                (k != length(A) || pad_right) && print(io, " "^w)
            end
            k < length(A) && print(io, sep)
        end
    end
    A = alignment(rowsA, colsA, screenwidth, screenwidth)
    if n > length(A)
        c = div(screenwidth - length(hdots) + 1, 2) + 1
        Ralign = reverse(alignment(rowsA, reverse(colsA), c, c))
        c = screenwidth - sum(map(sum, Ralign)) - (length(Ralign) - 1) * sepsize - length(hdots)
        Lalign = alignment(rowsA, colsA, c, c)
        rcols = [(n - length(Ralign)) + k for k in 1:length(Ralign)]
    end
    for i in rowsA
        print(io, i == first(rowsA) ? pre : presp)
        if n <= length(A)
            row(A, i, colsA)
        else
            row(Lalign, i, colsA[1:length(Lalign)])
            print(io, (i - first(rowsA)) % hmod == 0 ? hdots : " "^length(hdots))
            row(Ralign, i, rcols)
        end
        i == last(rowsA) && print(io, post)
        if m > screenheight && i == rowsA[halfheight]
            print(io, '\n', presp)
            if n <= length(A)
                vdotsrow(A, vmod, 1, false)
            else
                vdotsrow(Lalign, vmod, 1, true)
                print(io, ddots)
                vdotsrow(Ralign, vmod, mod(length(Ralign) - n + 1, vmod), false)
            end
        end
        i != last(rowsA) && print(io, '\n')
    end
    # room for no row at all (a screen of 5 lines): only the dots, as Julia's print_matrix
    if isempty(rowsA)
        print(io, pre, vdots)
        length(colsA) > 1 && print(io, "    ", ddots)
        print(io, post)
    end
end
"""
    displaysize([io]) -> (lines, columns)

The size of the screen `display` fits arrays and dictionaries into: the `:displaysize` of an
`IOContext`, else the `LINES` and `COLUMNS` environment variables, else 24×80.
"""
function displaysize(io::IO = stdout)
    d = get(io, :displaysize, nothing)
    d === nothing || return d
    _screen_size[] === nothing || return _screen_size[]
    (something(tryparse(Int, get(ENV, "LINES", "")), 24), something(tryparse(Int, get(ENV, "COLUMNS", "")), 80))
end
# the REPL's terminal size, set before each input is evaluated (as Julia's REPL display uses it)
const _screen_size = RefValue{Any}(nothing)
_set_screen_size(lines::Integer, columns::Integer) = (_screen_size[] = (Int(lines), Int(columns)); nothing)
# As Julia's show(io, ::MIME"text/plain", ::AbstractDict): one entry per line; under :limit,
# keys padded to a common width, entries cut to the screen (⋮ => ⋮) and long texts to its width.
show(io::IO, m::MIME"text/plain", p::Pairs) = p.data isa Union{NamedTuple, AbstractArray} ? _show_dict_lines(io, p) : show(io, p)
show(io::IO, ::MIME"text/plain", d::AbstractDict) = _show_dict_lines(io, d)
function _show_dict_lines(io::IO, d)
    isempty(d) && return show(io, d)
    _show_dict_summary(io, d)
    print(io, ':')
    shown = IOContext(io, :SHOWN_SET => d)
    haskey(io, :compact) || (shown = IOContext(shown, :compact => true)) # 0.333333, as Julia's
    # keys and values know their types, as Julia's :typeinfo (Dict{String, Float32}: "a" => 1.5)
    K, V = d isa AbstractDict ? (keytype(d), valtype(d)) : (Any, Any)
    if get(io, :limit, false) === true
        sz = displaysize(io)
        sz[1] - 3 < 2 && return print(io, " …")   # no room for entries, as Julia's
        rows, cols = sz[1] - 4, max(sz[2], 12) - 6
        ks = String[]
        vs = String[]
        keywidth = valwidth = 0
        for p in d
            length(ks) >= rows && break
            push!(ks, _sprint_with(shown, _show_elem, K, p.first))
            push!(vs, _sprint_with(shown, _show_elem, V, p.second))
            keywidth = clamp(textwidth(ks[end]), keywidth, cols)
            valwidth = clamp(textwidth(vs[end]), valwidth, cols)
        end
        if keywidth > max(div(cols, 2), cols - valwidth)
            keywidth = max(cld(cols, 3), cols - valwidth)
        end
        for i in 1:length(ks)
            print(io, "\n  ")
            if i == rows < length(d)
                print(io, rpad("⋮", keywidth), " => ⋮")
                break
            end
            print(io, rpad(_truncate_width(ks[i], keywidth), keywidth), " => ", _truncate_width(vs[i], cols - keywidth))
        end
    else
        for p in d
            print(io, "\n  ")
            _show_elem(shown, K, p.first)
            print(io, " => ")
            _show_elem(shown, V, p.second)
        end
    end
end
# a text cut to `width` columns, ending in … when cut
function _truncate_width(s, width)
    textwidth(s) <= width && return s
    out = IOBuffer()
    w = 0
    for c in s
        w + textwidth(c) > width - 1 && break
        print(out, c)
        w += textwidth(c)
    end
    print(out, '…')
    String(take!(out))
end
function show(io::IO, ::MIME"text/plain", s::AbstractSet)
    isempty(s) && return show(io, s)
    print(io, summary(s))
    print(io, ':')
    limit = get(io, :limit, false) === true
    rows = cols = typemax(Int)
    if limit
        # as Julia's: a screenful of values (then ⋮), each cut to the screen's width
        sz = displaysize(io)
        sz[1] - 3 < 2 && return print(io, " …")
        rows, cols = sz[1] - 4, max(sz[2] - 2, 4)
    end
    shown = IOContext(io, :SHOWN_SET => s)
    i = 0
    for x in s
        i += 1
        print(io, "\n  ")
        if i == rows < length(s)
            print(io, "⋮ ")
            break
        end
        limit ? print(io, _truncate_width(_sprint_with(shown, show, x), cols)) : show(shown, x)
    end
end
# The display stack (pushdisplay, multimedia.jl): display(x) goes to the newest display that takes
# it; with none pushed, to stdout as Julia's REPL and scripts show values.
const _displays = Any[]
function display(x)
    for i in length(_displays):-1:1
        try
            return display(_displays[i], x)
        catch e
            e isa MethodError && (e.f === display || e.f === show) || rethrow()
        end
    end
    # Julia's REPL display fits the screen; a script's (TextDisplay) shows everything
    isinteractive() ? display(stdout, x) : show(stdout, MIME"text/plain"(), x)
    println(stdout)
end
