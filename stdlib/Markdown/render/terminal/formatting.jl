# Word wrapping for the terminal rendering (widths ignore ANSI styles).

ansi_length(s) = textwidth(replace(s, r"\e\[[0-9]+m" => ""))

words(s) = split(s, " ")
lines(s) = split(s, "\n")

const _UNDERLINE_ON = "\e[4m"
const _UNDERLINE_OFF = "\e[24m"
const _STYLE_RESET = "\e[0m"

# where the last `needle` in `s` ends, or -1
_lastindex_of(needle, s) = (r = findlast(needle, s); r === nothing ? -1 : last(r))

# The words of one line, in lines of at most `width` columns; `i` is the column the first
# starts at. Returns the column after the last word and the lines.
function wrapped_line(io::IO, s::AbstractString, width, i)
    ws = words(s)
    out = String[]
    for word in ws
        word_length = ansi_length(word)
        word_length == 0 && continue
        if isempty(out) || i + word_length + 1 > width
            i = word_length
            if !isempty(out)
                last_line = out[end]
                on = findlast(_UNDERLINE_ON, last_line)
                if on !== nothing
                    # an underline still on at the end of a line is closed there and reopened
                    off = max(_lastindex_of(_UNDERLINE_OFF, last_line), _lastindex_of(_STYLE_RESET, last_line))
                    if off < 0 || off < last(on)
                        out[end] = last_line * _UNDERLINE_OFF
                        word = _UNDERLINE_ON * word
                    end
                end
            end
            push!(out, word)
        else
            i += word_length + 1
            out[end] *= " " * word
        end
    end
    return i, out
end

function wrapped_lines(io::IO, s::AbstractString; width = 80, i = 0)
    ls = String[]
    for ss in lines(s)
        i, line = wrapped_line(io, ss, width, i)
        append!(ls, line)
    end
    return ls
end

wrapped_lines(io::IO, f::Function, args...; width = 80, i = 0) =
    wrapped_lines(io, sprint(f, args...; context = io), width = width, i = 0)

# Prints the wrapped text, each line after the first preceded by `pre`; returns the number of
# lines and the width of the last one (with `pre`).
function print_wrapped(io::IO, s...; width = 80, pre = "", i = 0)
    ls = wrapped_lines(io, s..., width = width, i = i)
    isempty(ls) && return 0, 0
    print(io, ls[1])
    for k in 2:length(ls)
        print(io, '\n', pre, ls[k])
    end
    return length(ls), length(pre) + ansi_length(ls[end])
end

print_wrapped(f::Function, io::IO, args...; kws...) = print_wrapped(io, f, args...; kws...)

# Horizontal rules between the docstrings of a documentation result with several.
function insert_hlines(docs)
    (docs isa MD && haskey(docs.meta, :results) && !isempty(docs.meta[:results])) || return docs
    v = Any[]
    for (n, doc) in enumerate(docs.content)
        push!(v, doc)
        n == length(docs.content) || push!(v, HorizontalRule())
    end
    return MD(v)
end
