# print, show, string and friends.

"""
    MIME
    MIME"text/plain"

A media type as a type: `show(io, MIME("text/plain"), x)` is the multi-line form the REPL and
`display` use; a type gets its own by `Base.show(io::IO, ::MIME"text/plain", x::T)`.
"""
struct MIME{mime} end
MIME(s) = MIME{Symbol(s)}()
# show(io, "text/plain", x) names the MIME type by its string
show(io::IO, mime::AbstractString, x) = show(io, MIME(mime), x)
macro MIME_str(s)
    return :(MIME{$(QuoteNode(Symbol(s)))})
end
print(io::IO, ::MIME{m}) where {m} = print(io, m)
show(io::IO, ::MIME{m}) where {m} = print(io, "MIME type ", m)
"""
    istextmime(m::MIME)

Whether the MIME type is text (`text/*`, and JSON, JavaScript, XML, SVG, LaTeX).
"""
istextmime(m::MIME) = (s = string(m); startswith(s, "text/") ||
    s in ("application/json", "application/javascript", "application/xml", "application/x-latex", "image/svg+xml"))
istextmime(m::AbstractString) = istextmime(MIME(m))
"""
    showable(mime, x)

Whether `x` can be shown as `mime`: `show(io, mime, x)` has a method (every value has a text/plain form).
"""
showable(m::MIME, x) = m isa MIME"text/plain" || hasmethod(show, Tuple{IO, typeof(m), typeof(x)})
showable(m::AbstractString, x) = showable(MIME(m), x)
"""
    Text(s)
    HTML(s)

A string shown as it is (`Text`), or given as the `text/html` form of a value (`HTML`, shown
as `HTML{String}("...")` otherwise); with a function, `content(io)` writes it.
"""
mutable struct Text{T}
    content::T
end
print(io::IO, t::Text) = print(io, t.content)
print(io::IO, t::Text{<:Function}) = t.content(io)
show(io::IO, t::Text) = print(io, t)
mutable struct HTML{T}
    content::T
end
show(io::IO, ::MIME"text/html", h::HTML) = print(io, h.content)
show(io::IO, ::MIME"text/html", h::HTML{<:Function}) = h.content(io)

print(io::IO, x) = show(io, x)
function print(io::IO, s::String)
    write(io, s)
    nothing
end
function print(io::IO, c::Char)
    write(io, c)
    nothing
end
print(io::IO, x::Symbol) = print(io, _print_leaf_string(x))
print(io::Union{IOStream, IOBuffer}, x::Int64) = _print_int(io, x)
# printed, an expression is its code (`a + b`); shown, it is quoted (`:(a + b)`)
print(io::IO, x::Union{Expr, QuoteNode, LineNumberNode, GlobalRef}) = print(io, _expr_source(x))
show(io::IO, x::Union{Expr, QuoteNode, LineNumberNode, GlobalRef}) = print(io, _expr_show(x))
# Core.TypeName: what the types of one family share (Vector{Int}.name === Array.name)
show(io::IO, tn::Core.TypeName) = print(io, "typename(", tn.wrapper, ")")
typename(T::DataType) = T.name
typename(T::UnionAll) = typename(unwrap_unionall(T))
function typename(T::Union)
    a = typename(T.a)
    a === typename(T.b) || error("typename does not apply to unions whose components have different typenames")
    a
end
typename(::Type{Union{}}) = error("typename does not apply to bottom type")
# under :compact => true (a matrix's cells), six significant digits: 0.333333
print(io::IO, x::AbstractFloat) = print(io, get(io, :compact, false) === true ? _compact_float_string(x, true) : _print_leaf_string(x))
# (without its type when the context says it: Julia's typed = !compact && :typeinfo != typeof(x))
show(io::IO, x::Union{Float64, Float32, Float16}) =
    print(io, get(io, :compact, false) === true ? _compact_float_string(x, false) :
              get(io, :typeinfo, Any) === typeof(x) ? _untyped_float_string(io, x) : _show_leaf_string(x))
function print(io::IO, xs...)
    # numbers, strings, chars, symbols and Bools to a plain stream: one write (one system call
    # on stdout, not one per piece); an IOContext may print them otherwise (:compact)
    if io isa Union{IOStream, IOBuffer}
        s = _plain_string(xs...)
        if s !== nothing
            write(io, s)
            return nothing
        end
    end
    for x in xs
        print(io, x)
    end
    nothing
end
print(xs...) = print(stdout, xs...)
"""
    println([io::IO], xs...)

Print `xs` (with `print`) followed by a newline, to `stdout` unless a stream is given.
"""
println(io::IO, xs...) = print(io, xs..., '\n')
println(xs...) = println(stdout, xs...)

function show(io::IO, x)
    s = _show_leaf_string(x)
    if s === nothing
        _show_fields(io, x)
    else
        print(io, s)
    end
    nothing
end
show(x) = show(stdout, x)

# Structs show as their constructor call: Point(1, 2).
function _show_fields(io::IO, x)
    print(io, typeof(x), '(')
    if !show_circular(io, x)
        recur_io = IOContext(io, :SHOWN_SET => x)
        for i in 1:nfields(x)
            i > 1 && print(io, ", ")
            isdefined(x, i) ? show(recur_io, getfield(x, i)) : print(io, "#undef")
        end
    end
    print(io, ')')
end

function show(io::IO, t::Tuple)
    print(io, '(')
    n = length(t)
    # A tuple cannot contain itself, but it counts in the depth of circular references.
    recur_io = IOContext(io, :SHOWN_SET => t)
    # as Julia's show_delim_array: in a context whose :typeinfo is this tuple's type, each
    # element knows its field type (Tuple{Float32, Int64}[(1.0, 2)])
    typeinfo = get(io, :typeinfo, Any)
    for i in 1:n
        i > 1 && print(io, ", ")
        show(IOContext(recur_io, :typeinfo => t isa typeinfo <: Tuple ? fieldtype(typeinfo, i) : typeinfo), t[i])
    end
    n == 1 && print(io, ',')
    print(io, ')')
end

# Core.SimpleVector: its elements between "svec(" and ")", a lone one without a trailing comma
function show(io::IO, v::Core.SimpleVector)
    print(io, "svec(")
    recur_io = IOContext(io, :SHOWN_SET => v)
    for i in 1:length(v)
        i > 1 && print(io, ", ")
        show(recur_io, v[i])
    end
    print(io, ')')
end

# Endpoints are shown with their type's form: UInt8(5):UInt8(7) shows as 0x05:0x07.
function show(io::IO, r::UnitRange)
    show(io, r.start)
    print(io, ':')
    show(io, r.stop)
end
function show(io::IO, r::StepRange)
    show(io, first(r))
    print(io, ':')
    show(io, step(r))
    print(io, ':')
    show(io, last(r))
end

string(s::String) = s
string(x::Int64) = _dec_string(x)
string(x::Float64) = _print_leaf_string(x)
"""
    string(xs...)

A string made of the printed forms (`print`) of all arguments.
"""
function string(xs...)
    s = _plain_string(xs...)
    s === nothing || return s
    io = IOBuffer()
    for x in xs
        print(io, x)
    end
    String(take!(io))
end
"""
    sprint(f, args...; context = nothing)

The string `f(io, args...)` writes to `io`; `context` (a pair such as `:compact => true`, a
tuple of them, or an `IO` or `IOContext` whose properties to use) makes `io` an `IOContext`.
"""
sprint(f, args...; context = nothing, sizehint::Integer = 0) = _sprint_with(context, f, args...)
function _sprint_with(context, f, args...)
    io = IOBuffer()
    f(context === nothing ? io : context isa Tuple ? IOContext(io, context...) : IOContext(io, context), args...)
    String(take!(io))
end
"""
    repr(x; context=nothing) -> String
    repr(mime, x; context=nothing) -> String

The string `show` writes for `x`: `repr("a") == "\"a\""`; with a MIME type, what
`show(io, mime, x)` writes (`repr(MIME"text/plain"(), x)` is the REPL's display of `x`).
`context` (a `:key => value` pair, a tuple of them, an `IO` or an `IOContext`) gives the stream
its properties: `repr(0.1 + 0.2; context = :compact => true)` is `"0.3"`.
"""
repr(x; context = nothing) = sprint(show, x; context = context)
repr(m::MIME, x; context = nothing) = sprint((io, v) -> show(io, m, v), x; context = context)
repr(m::AbstractString, x; context = nothing) = repr(MIME(m), x; context = context)
*(a::String, b::String, c::String, xs::String...) = string(a, b, c, xs...)
*(a::String, c::Char) = string(a, c)
*(c::Char, a::String) = string(c, a)
*(a::Char, b::Char) = string(a, b)
# any mix of strings and chars (more specific than joining regexes, regex.jl)
*(s1::Union{AbstractChar, AbstractString}, ss::Union{AbstractChar, AbstractString}...) = string(s1, ss...)
^(s::String, n::Int64) = repeat(s, n)

function join(xs, delim = "")
    io = IOBuffer()
    first = true
    for x in xs
        first || print(io, delim)
        print(io, x)
        first = false
    end
    String(take!(io))
end

# @time's line, as Julia prints it: the seconds with six decimals, right-aligned in ten columns
# (Julia adds "(n allocations: m bytes)"; the JVM does not count allocations, so that part is left out).
function _print_time(seconds)
    println(_sprintf("%10.6f seconds", seconds))
end
# Printf's conversions of its arguments (Julia Printf's tofloat and toint, and Char(first(x)) for %c)
_printf_float(x) = Float64(x)
_printf_int(x) = x isa Rational ? Integer(x) : x
_printf_char(x) = Char(first(x))
_printf_ptr(x) = UInt64(x)
_printf_ndigits(x, b) = ndigits(x, base = b, pad = 1)
_print_time(seconds, expr::String) = println(expr, ": ", _sprintf("%.6f seconds", seconds))

"""
    @NamedTuple{a::T, b}
    @NamedTuple begin a::T; b end

The type `NamedTuple{(:a, :b), Tuple{T, Any}}`.
"""
macro NamedTuple(ex)
    (ex isa Expr && (ex.head === :braces || ex.head === :block)) || throw(ArgumentError("@NamedTuple expects {...} or begin...end"))
    decls = filter(e -> !(e isa LineNumberNode), ex.args)
    all(e -> e isa Symbol || (e isa Expr && e.head === :(::)), decls) ||
        throw(ArgumentError("@NamedTuple must contain a sequence of name or name::type expressions"))
    names = [QuoteNode(e isa Symbol ? e : e.args[1]) for e in decls]
    types = [e isa Symbol ? :Any : esc(e.args[2]) for e in decls]
    :(NamedTuple{($(names...),), Tuple{$(types...)}})
end
"""
    text"..."
    html"..."

`Text("...")` and `HTML("...")` of a literal.
"""
macro text_str(s)
    Text(s)
end
macro html_str(s)
    HTML(s)
end
"""
    @deprecate old new [export_old = true]

Defines `old` to call `new` (the same arguments), and exports it. (Julia warns when it is called
with `--depwarn=yes`; TruffleJL has no such flag and does not warn.)
"""
macro deprecate(old, new, export_old = true)
    name = old isa Symbol ? old : old.args[1]
    def = old isa Symbol ? :($(esc(old))(args...; kwargs...) = $(esc(new))(args...; kwargs...)) : :($(esc(old)) = $(esc(new)))
    export_old ? Expr(:block, def, Expr(:export, esc(name))) : def
end

# What the REPL shows for a result.

# a field name as Julia's show_sym writes it: as is when it reads back as a name or an operator,
# else var"..." ((var"a b" = 1,))
_show_field_sym(io::IO, s::Symbol) = isidentifier(s) || isoperator(s) && !(s in (Symbol("'"), :(::), :?, :(=), :(:=), :(=>), :(&&), :(||), :., :..., :->)) ?
    print(io, s) : print(io, "var", repr(string(s)))
function show(io::IO, nt::NamedTuple)
    ks = keys(nt)
    vs = values(nt)
    if length(ks) == 0
        print(io, "NamedTuple()")
        return
    end
    # as Julia: fields of abstract declared types show the whole type, a constructor call
    for i in 1:length(ks)
        if typeof(vs[i]) !== fieldtype(typeof(nt), i)
            show(io, typeof(nt))
            print(io, '(')
            show(io, Tuple(nt))
            print(io, ')')
            return
        end
    end
    typeinfo = get(io, :typeinfo, Any)
    print(io, '(')
    for i in 1:length(ks)
        i > 1 && print(io, ", ")
        _show_field_sym(io, ks[i])
        print(io, " = ")
        show(IOContext(io, :typeinfo => nt isa typeinfo <: NamedTuple ? fieldtype(typeinfo, i) : Any), vs[i])
    end
    length(ks) == 1 && print(io, ',')
    print(io, ')')
end

print(io::IO, x::Unsigned) = print(io, _print_leaf_string(x))

"""
    dump(x; maxdepth = 8)

Shows every part of a value's structure, one field a line: its type, then each field's name
and value, recursively (arrays of numbers on one line).
"""
# (Julia's: at the top level, long arrays are cut to their first 5 and last 5 elements)
dump(x; maxdepth::Int = 8) = dump(IOContext(stdout, :limit => true), x; maxdepth = maxdepth)
function dump(io::IO, x; maxdepth::Int = 8)
    _dump(IOContext(io), x, maxdepth, "")
    println(io)
end
# syntax nodes are Java objects without declared fields; their parts as Julia names them
_dump_fields(x::Expr) = (:head, :args)
_dump_fields(x::QuoteNode) = (:value,)
_dump_fields(x::LineNumberNode) = (:line, :file)
_dump_fields(x) = x isa NamedTuple ? keys(x) : x isa Tuple ? Tuple(1:length(x)) : fieldnames(typeof(x))
_dump_field(x::Union{Expr, QuoteNode, LineNumberNode}, name, k) = name === :head ? x.head : name === :args ? x.args :
    name === :value ? x.value : name === :line ? x.line : x.file
_dump_field(x::Tuple, name, k) = x[k]
_dump_field(x, name, k) = getfield(x, name)
_dump_isdefined(x::Union{Expr, QuoteNode, LineNumberNode, Tuple, NamedTuple}, name) = true
_dump_isdefined(x, name) = isdefined(x, name)
function _dump_elts(io, x, n, indent, i0, i1)
    for i in i0:i1
        print(io, indent, "  ", i, ": ")
        if isassigned(x, i)
            _dump(io, x[i], n - 1, string(indent, "  "))
        else
            print(io, "#undef")
        end
        i < i1 && println(io)
    end
end
# Julia 1.10's dump: a value already being dumped shows as a circular reference, a field
# without a value as #undef
function _dump(io, x, n, indent)
    if x === Union{}
        show(io, x)
    elseif x isa String
        print(io, "String ")
        show(io, x)
    elseif x isa Symbol
        print(io, "Symbol ", x)
    elseif x isa Module
        print(io, "Module ", x)
    elseif x isa Union
        print(io, x)
    elseif x isa DataType
        # Julia 1.10's: the type and its supertype, then each field's declared type
        print(io, x)
        x === Any || print(io, " <: ", supertype(x))
        if n > 0 && !(x <: Tuple) && !isabstracttype(x)
            names = fieldnames(x)
            types = fieldtypes(x)
            for i in 1:length(names)
                println(io)
                print(io, indent, "  ", names[i], "::", types[i])
            end
        end
    elseif x isa Array
        print(io, "Array{", eltype(x), "}(", size(x), ")")
        if eltype(x) <: Number
            print(io, " ")
            show(io, x)
        elseif n > 0 && !isempty(x) && !show_circular(io, x)
            println(io)
            recur_io = IOContext(io, :SHOWN_SET => x)
            lx = length(x)
            if get(io, :limit, false)
                _dump_elts(recur_io, x, n, indent, 1, lx <= 10 ? lx : 5)
                if lx > 10
                    println(io)
                    println(io, indent, "  ...")
                    _dump_elts(recur_io, x, n, indent, lx - 4, lx)
                end
            else
                _dump_elts(recur_io, x, n, indent, 1, lx)
            end
        end
    else
        x isa Function ? print(io, x, " (function of type ", typeof(x), ")") : print(io, typeof(x))
        names = _dump_fields(x)
        if isempty(names)
            x isa Function || (print(io, " "); show(io, x))
        elseif n > 0 && !show_circular(io, x)
            recur_io = IOContext(io, :SHOWN_SET => x)
            for (k, name) in enumerate(names)
                println(io)
                print(io, indent, "  ", name, ": ")
                if _dump_isdefined(x, name)
                    _dump(recur_io, _dump_field(x, name, k), n - 1, string(indent, "  "))
                else
                    print(io, "#undef")
                end
            end
        end
    end
    nothing
end

# an irrational prints as its symbol (operators.jl)
show(io::IO, x::Irrational{sym}) where {sym} = print(io, sym)
function show(io::IO, ::MIME"text/plain", x::Irrational{sym}) where {sym}
    if get(io, :compact, false)
        print(io, sym)
    else
        print(io, sym, " = ", string(float(x))[1:min(end, 15)], "...")
    end
end
# quoted values compare by value (Julia's ==(::QuoteNode, ::QuoteNode))
==(a::QuoteNode, b::QuoteNode) = isequal(a.value, b.value)

# Julia's RoundingMode{T} has no show method of its own: the default shows RoundingMode{:Nearest}()
show(io::IO, r::RoundingMode) = print(io, "RoundingMode{", repr(_rounding_name(r)), "}()")
