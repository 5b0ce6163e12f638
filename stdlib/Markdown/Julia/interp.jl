# `$x` and `$(expr)` in md"..." literals: parsed into the tree as expressions, which
# `toexpr` turns into code building the tree with their values.

# The expression right after a `$`: `$(...)` (to its matching parenthesis) or a name; nothing
# if neither parses. (Julia reads one atom with Meta.parse(...; greedy = false).)
function _parse_atom(stream::IO)
    start = position(stream)
    if starts_with(stream, '(')
        buffer = IOBuffer()
        write(buffer, '(')
        depth = 1
        quoted = false
        while !eof(stream) && depth > 0
            c = read(stream, Char)
            write(buffer, c)
            if quoted
                c == '\\' && !eof(stream) && write(buffer, read(stream, Char))
                c == '"' && (quoted = false)
            elseif c == '"'
                quoted = true
            elseif c == '('
                depth += 1
            elseif c == ')'
                depth -= 1
            end
        end
        depth == 0 || (seek(stream, start); return nothing)
        ex = Meta.parse(String(take!(buffer)); raise = false)
        (ex isa Expr && ex.head in (:error, :incomplete)) && (seek(stream, start); return nothing)
        return ex
    end
    buffer = IOBuffer()
    while !eof(stream)
        c = peek(stream, Char)
        (isletter(c) || c == '_' || (position(stream) > start && (isdigit(c) || c == '!'))) || break
        write(buffer, read(stream, Char))
    end
    name = String(take!(buffer))
    isempty(name) && return nothing
    return Symbol(name)
end

function interpinner(stream::IO)
    starts_with(stream, '$') || return nothing
    (eof(stream) || peek(stream, Char) in whitespace) && return nothing
    return _parse_atom(stream)
end

interp(stream::IO, md::MD) = withstream(() -> interpinner(stream), stream)

function blockinterp(stream::IO, md::MD)
    withstream(stream) do
        ex = interpinner(stream)
        ex === nothing && return false
        push!(md, ex)
        return true
    end
end

toexpr(x) = x

toexpr(xs::Union{Vector{Any}, Vector{Vector{Any}}}) = Expr(:call, GlobalRef(Base, :getindex), Any, map(toexpr, xs)...)

toexpr(md::MD) = Expr(:call, MD, toexpr(md.content), md.meta)
toexpr(md::Paragraph) = Expr(:call, Paragraph, toexpr(md.content))
toexpr(md::Header{l}) where l = Expr(:call, Header{l}, toexpr(md.text))
toexpr(md::Link) = Expr(:call, Link, toexpr(md.text), md.url)
toexpr(md::Bold) = Expr(:call, Bold, toexpr(md.text))
toexpr(md::Italic) = Expr(:call, Italic, toexpr(md.text))
toexpr(md::Footnote) = Expr(:call, Footnote, md.id, toexpr(md.text))
toexpr(md::Admonition) = Expr(:call, Admonition, md.category, md.title, toexpr(md.content))
toexpr(md::Table) = Expr(:call, Table, toexpr(md.rows), md.align)
toexpr(md::List) = Expr(:call, List, toexpr(md.items), md.ordered, md.loose)
