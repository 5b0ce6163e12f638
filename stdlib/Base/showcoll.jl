# show for collections, matching Julia's compact forms: [1, 2], Int8[1, 2], [1 2; 3 4],
# Any[1, "a"], Dict("a" => 1), Set([1]), and the REPL's multi-line display.

function show(io::IO, p::Pair)
    show(io, p.first)
    print(io, " => ")
    show(io, p.second)
end

# Element types a container's printing leaves implicit (Julia's typeinfo_implicit).
function _typeinfo_implicit(T)
    (T === Float64 || T === Int64 || T === Char || T === String || T === Symbol || T === Nothing) && return true
    T isa DataType || return false
    name = _type_name(T)
    name === :Array && return _typeinfo_implicit(_type_parameters(T)[1])
    name === :Pair && return all(_typeinfo_implicit, _type_parameters(T))
    name === :Tuple && return all(_typeinfo_implicit, _type_parameters(T))
    false
end

# The element type prefix of an array's printing ("Int8" in Int8[1, 2]), or "".
function _array_prefix(a)
    T = eltype(a)
    (!isempty(a) && _typeinfo_implicit(T)) ? "" : string(T)
end

# An element shown inside a container whose element type is T.
_show_elem(io, T, x) = show(io, x)
_show_elem(io, T, x::Bool) = T === Bool ? print(io, x ? '1' : '0') : show(io, x)
_show_elem(io, T, x::AbstractFloat) = T === typeof(x) ? print(io, x) : show(io, x)
_show_elem(io, T, x::AbstractArray) = _show_array(io, x, T === typeof(x))
_show_elem(io, T, x::AbstractRange) = show(io, x)
_show_elem(io, T, x::Pair) = (_show_elem(io, Any, x.first); print(io, " => "); _show_elem(io, Any, x.second))

show(io::IO, a::AbstractArray) = _show_array(io, a, false)
function _show_array(io::IO, a, typeknown)
    T = eltype(a)
    nd = ndims(a)
    if nd == 2 && (size(a, 1) == 0 || size(a, 2) == 0)
        print(io, typeof(a), "(undef, ", size(a, 1), ", ", size(a, 2), ")")
        return
    end
    typeknown || print(io, _array_prefix(a))
    if nd == 1
        print(io, '[')
        if !show_circular(io, a)
            recur_io = IOContext(io, :SHOWN_SET => a)
            for i in 1:length(a)
                i > 1 && print(io, ", ")
                _show_elem_at(recur_io, T, a, i)
            end
        end
        print(io, ']')
    elseif nd == 2
        m, n = size(a)
        print(io, '[')
        for i in 1:m
            i > 1 && print(io, "; ")
            for j in 1:n
                j > 1 && print(io, ' ')
                _show_elem(io, T, a[i, j])
            end
        end
        n == 1 && print(io, ";;")
        print(io, ']')
    else
        # Julia's N-d literal: each matrix slice as rows, slices apart by ;;; (;;;; between
        # groups of the 4th dimension, and so on)
        sz = size(a)
        m, n = sz[1], sz[2]
        nslices = div(length(a), m * n)
        print(io, '[')
        for s in 0:nslices-1
            if s > 0
                count = 3
                group = 1
                for d in 3:nd-1
                    group *= sz[d]
                    s % group == 0 && (count += 1)
                end
                print(io, ";"^count, ' ')
            end
            base = s * m * n
            for i in 1:m
                i > 1 && print(io, "; ")
                for j in 1:n
                    j > 1 && print(io, ' ')
                    _show_elem(io, T, a[base + (j - 1) * m + i])
                end
            end
        end
        # a last dimension of 1 would not show otherwise
        sz[nd] == 1 && print(io, ";"^nd)
        print(io, ']')
    end
end
_show_elem_at(io, T, a, i) = isassigned(a, i) ? _show_elem(io, T, a[i]) : print(io, "#undef")
isassigned(a::AbstractArray, i::Int) = 1 <= i <= length(a)
function show(io::IO, a::BitArray)
    print(io, "Bool")
    _show_array(io, a, true)
end
function show(io::IO, d::Dict)
    K = keytype(d)
    V = valtype(d)
    if isempty(d)
        print(io, typeof(d), "()")
        return
    end
    print(io, _typeinfo_implicit(K) && _typeinfo_implicit(V) ? "Dict" : string(typeof(d)))
    print(io, '(')
    if !show_circular(io, d)
        recur_io = IOContext(io, :SHOWN_SET => d)
        first = true
        for p in d
            first || print(io, ", ")
            first = false
            _show_elem(recur_io, K, p.first)
            print(io, " => ")
            _show_elem(recur_io, V, p.second)
        end
    end
    print(io, ')')
end
function show(io::IO, s::Set)
    if isempty(s)
        print(io, typeof(s), "()")
        return
    end
    print(io, "Set(")
    show(io, collect(s))
    print(io, ')')
end
# printed as a vector; displayed as a summary and one entry per line (as Julia)
show(io::IO, k::Union{KeySet, ValueIterator}) = show(io, collect(k))
function show(io::IO, ::MIME"text/plain", k::Union{KeySet, ValueIterator})
    print(io, k isa KeySet ? "KeySet" : "ValueIterator", " for a ")
    _show_dict_summary(io, k.dict)
    isempty(k) && return
    print(io, k isa KeySet ? ". Keys:" : ". Values:")
    for x in k
        print(io, "\n  ")
        show(io, x)
    end
end
_show_dict_summary(io, d) = print(io, typeof(d), " with ", length(d), length(d) == 1 ? " entry" : " entries")

# How Julia's print_matrix aligns a cell: (width left of the alignment point, width right of
# it). Integers align right, other reals at the decimal point (or exponent), anything else left.
_alignment(x, s) = (0, length(s))
_cell(a, i, j) = ndims(a) == 1 ? a[i] : a[i, j]
# sprint(f, args...) with the properties of the stream `context`.
function _sprint_with(context, f, args...)
    buf = IOBuffer()
    f(IOContext(buf, context), args...)
    String(take!(buf))
end
_alignment(x::Integer, s) = (length(s), 0)
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
display(io::IO, x) = show(io, MIME"text/plain"(), x)
show(io::IO, ::MIME"text/plain", x) = show(io, x)
function show(io::IO, ::MIME"text/plain", f::Function)
    n = length(methods(f))
    print(io, f, " (generic function with ", n, n == 1 ? " method)" : " methods)")
end
function show(io::IO, ::MIME"text/plain", a::AbstractArray)
    print(io, _summary(a))
    isempty(a) && return
    print(io, ":\n")
    T = eltype(a)
    shown = IOContext(io, :SHOWN_SET => a)
    if ndims(a) == 1 || ndims(a) == 2
        _print_matrix(io, shown, T, size(a, 1), ndims(a) == 1 ? 1 : size(a, 2), (i, j) -> _cell(a, i, j))
    else
        # one matrix per slice, headed by its index: [:, :, 2] =
        sz = size(a)
        m, n = sz[1], sz[2]
        for s in 0:div(length(a), m * n)-1
            s > 0 && print(io, "\n\n")
            print(io, "[:, :")
            rest = s
            for d in 3:ndims(a)
                print(io, ", ", rest % sz[d] + 1)
                rest = div(rest, sz[d])
            end
            print(io, "] =\n")
            base = s * m * n
            _print_matrix(io, shown, T, m, n, (i, j) -> a[base + (j - 1) * m + i])
        end
    end
end
# rows of cells, each column aligned as Julia's print_matrix aligns it
function _print_matrix(io, shown, T, m, n, cell)
    cells = [_sprint_with(shown, _show_elem, T, cell(i, j)) for i in 1:m, j in 1:n]
    parts = [_alignment(cell(i, j), cells[i, j]) for i in 1:m, j in 1:n]
    for i in 1:m
        i > 1 && print(io, '\n')
        print(io, ' ')
        for j in 1:n
            left = maximum(k -> parts[k, j][1], 1:m)
            right = maximum(k -> parts[k, j][2], 1:m)
            print(io, ' ' ^ (left - parts[i, j][1]), cells[i, j])
            j < n && print(io, ' ' ^ (right - parts[i, j][2]), "  ")
        end
    end
end
function show(io::IO, ::MIME"text/plain", d::Dict)
    _show_dict_summary(io, d)
    isempty(d) && return
    print(io, ':')
    shown = IOContext(io, :SHOWN_SET => d)
    ks = map(k -> _sprint_with(shown, show, k), collect(keys(d)))
    w = maximum(length, ks)
    i = 0
    for p in d
        i += 1
        print(io, "\n  ", rpad(ks[i], w), " => ")
        show(shown, p.second)
    end
end
function show(io::IO, ::MIME"text/plain", s::Set)
    print(io, typeof(s), " with ", length(s), length(s) == 1 ? " element" : " elements")
    isempty(s) && return
    print(io, ':')
    for x in s
        print(io, "\n  ")
        show(io, x)
    end
end
display(x) = (display(stdout, x); println(stdout))
