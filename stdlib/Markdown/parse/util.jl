# Reading helpers over an IO stream of Markdown text (positions are restored on failure).

const whitespace = " \t\r"

# Skips spaces and tabs (and line ends when `newlines`); returns io.
function skipwhitespace(io::IO; newlines::Bool = true)
    while !eof(io)
        c = peek(io, Char)
        (c in whitespace || (newlines && c == '\n')) || break
        read(io, Char)
    end
    return io
end

# Skips whole blank lines; returns how many.
function skipblank(io::IO)
    start = position(io)
    n = 0
    while !eof(io)
        c = read(io, Char)
        if c == '\n' || c == '\r'
            start = position(io)
            n += 1
        elseif !(c in whitespace)
            break
        end
    end
    seek(io, start)
    return n
end

# Whether the rest of the line holds only characters of `chars` (and whitespace, when allowed);
# an empty line counts only with `allowempty`. The line is consumed on success when `eat`.
function linecontains(io::IO, chars; allow_whitespace::Bool = true, eat::Bool = true, allowempty::Bool = false)
    start = position(io)
    l = readline(io)
    # (as Julia's: an empty line is consumed whatever the answer)
    isempty(l) && return allowempty
    ok = allowempty
    for c in l
        if c in whitespace
            allow_whitespace && continue
            ok = false
            break
        end
        if c in chars
            ok = true
            continue
        end
        ok = false
        break
    end
    (ok && eat) || seek(io, start)
    return ok
end

blankline(io::IO; eat::Bool = true) =
    linecontains(io, ""; allow_whitespace = true, allowempty = true, eat = eat)

# Whether the stream continues with `s` (consumed when `eat`); `padding` skips whitespace first.
function starts_with(stream::IO, s::AbstractString; eat::Bool = true, padding::Bool = false, newlines::Bool = true)
    start = position(stream)
    padding && skipwhitespace(stream, newlines = newlines)
    ok = true
    for c in s
        if eof(stream) || read(stream, Char) != c
            ok = false
            break
        end
    end
    (ok && eat) || seek(stream, start)
    return ok
end

function starts_with(stream::IO, c::AbstractChar; eat::Bool = true)
    if !eof(stream) && peek(stream, Char) == c
        eat && read(stream, Char)
        return true
    end
    return false
end

starts_with(stream::IO, ss::Vector{<:AbstractString}; kws...) = any(s -> starts_with(stream, s; kws...), ss)

# The match of `r` (anchored with ^) against the rest of the current line, or nothing;
# the matched characters are consumed when `eat`.
function matchstart(stream::IO, r::Regex; eat::Bool = true, padding::Bool = false)
    start = position(stream)
    padding && skipwhitespace(stream)
    line = readline(stream)
    seek(stream, start)
    m = match(r, line)
    if eat && m !== nothing
        for _ in 1:length(m.match)
            read(stream, Char)
        end
    end
    return m
end

starts_with(stream::IO, r::Regex; kws...) = matchstart(stream, r; kws...) !== nothing

# Runs f(); when it gives nothing or false the stream goes back to where it was.
function withstream(f, stream)
    pos = position(stream)
    result = f()
    (result === nothing || result === false) && seek(stream, pos)
    return result
end

# Consumes up to n leading spaces; false (and nothing consumed) when there are more.
function eatindent(io::IO, n::Int = 3)
    withstream(io) do
        m = 0
        while starts_with(io, ' ')
            m += 1
        end
        return m <= n
    end
end

# The text up to `delimiter` (consumed, not included), or nothing (stream unmoved) when the
# line (or, with `newlines`, the text) ends first. With `match`, nested pairs are skipped.
function read_until(stream::IO, delimiter; newlines::Bool = false, match = nothing)
    withstream(stream) do
        buffer = IOBuffer()
        count = 0
        while !eof(stream)
            if starts_with(stream, delimiter)
                if count == 0
                    return String(take!(buffer))
                else
                    count -= 1
                    write(buffer, delimiter)
                    continue
                end
            end
            char = read(stream, Char)
            char == match && (count += 1)
            !newlines && char == '\n' && break
            write(buffer, char)
        end
        return nothing
    end
end

# `*text*`-style spans: the text between a delimiter run and the same run closing it, where
# the opening is not preceded by the delimiter nor followed by whitespace. `rep` allows longer runs.
function parse_inline_wrapper(stream::IO, delimiter::AbstractString; rep::Bool = false)
    delim, nmin = string(delimiter[1]), length(delimiter)
    withstream(stream) do
        if position(stream) >= 1
            skip(stream, -1)
            (read(stream, Char) in delim) && return nothing
        end
        n = nmin
        starts_with(stream, delim^n) || return nothing
        while starts_with(stream, delim)
            n += 1
        end
        !rep && n > nmin && return nothing
        !eof(stream) && isspace(peek(stream, Char)) && return nothing
        buffer = IOBuffer()
        while !eof(stream)
            char = read(stream, Char)
            write(buffer, char)
            if !(isspace(char) || char in delim) && starts_with(stream, delim^n)
                trailing = 0
                while starts_with(stream, delim)
                    trailing += 1
                end
                trailing == 0 && return String(take!(buffer))
                write(buffer, delim^(n + trailing))
            end
        end
        return nothing
    end
end
