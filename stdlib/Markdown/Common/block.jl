# Block elements and their parsers.

abstract type MarkdownElement end

"""
    Markdown.Paragraph(content)

A paragraph: its inline content (strings, `Bold`, `Italic`, `Code`, `Link`...).
"""
mutable struct Paragraph <: MarkdownElement
    content
end

Paragraph() = Paragraph([])

function paragraph(stream::IO, md::MD)
    buffer = IOBuffer()
    p = Paragraph()
    push!(md, p)
    skipwhitespace(stream)
    prev_char = '\n'
    while !eof(stream)
        char = read(stream, Char)
        if char == '\n' || char == '\r'
            char == '\r' && !eof(stream) && peek(stream, Char) == '\n' && read(stream, Char)
            if prev_char == '\\'
                write(buffer, '\n')
            elseif blankline(stream) || parseblock(stream, md, breaking = true)
                break
            else
                # a line end inside a paragraph is a space (Julia 1.10)
                write(buffer, ' ')
            end
        else
            write(buffer, char)
        end
        prev_char = char
    end
    p.content = parseinline(seek(buffer, 0), md)
    return true
end

"""
    Markdown.Header{level}(text)

A header of level 1 to 6 (`#` to `######`, or underlined with `=` or `-`).
"""
mutable struct Header{level} <: MarkdownElement
    text
end

Header(s, level::Int) = Header{level}(s)
Header(s) = Header(s, 1)

function hashheader(stream::IO, md::MD)
    withstream(stream) do
        eatindent(stream) || return false
        level = 0
        while starts_with(stream, '#')
            level += 1
        end
        (level < 1 || level > 6) && return false
        c = ' '
        # an empty header is allowed, but text must be after a space
        if !eof(stream)
            c = read(stream, Char)
            c in " \t\n\r" || return false
        end
        if c == '\r'
            !eof(stream) && peek(stream, Char) == '\n' && read(stream, Char)
            c = '\n'
        end
        if c != '\n'
            h = strip(readline(stream))
            h = match(r"(.*?)( +#+)?$", h).captures[1]
            push!(md.content, Header(parseinline(IOBuffer(String(h)), md), level))
        else
            push!(md.content, Header("", level))
        end
        return true
    end
end

function setextheader(stream::IO, md::MD)
    withstream(stream) do
        eatindent(stream) || return false
        header = strip(readline(stream))
        isempty(header) && return false
        eatindent(stream) || return false
        underline = strip(readline(stream))
        length(underline) < 3 && return false
        u = underline[1]
        u in "-=" || return false
        all(c -> c == u, underline) || return false
        level = u == '=' ? 1 : 2
        push!(md.content, Header(parseinline(String(header), md), level))
        return true
    end
end

"""
    Markdown.Code(language, code)

Code: a block (fenced or indented; `language` from the fence) or inline (between backticks).
"""
mutable struct Code <: MarkdownElement
    language::String
    code::String
end

Code(code) = Code("", code)

function indentcode(stream::IO, block::MD)
    withstream(stream) do
        buffer = IOBuffer()
        while !eof(stream)
            if starts_with(stream, "    ") || starts_with(stream, "\t")
                write(buffer, readline(stream))
                write(buffer, '\n')
            elseif blankline(stream)
                write(buffer, '\n')
            else
                break
            end
        end
        code = String(take!(buffer))
        isempty(code) && return false
        push!(block, Code(String(rstrip(code))))
        return true
    end
end

function fencedcode(stream::IO, block::MD)
    withstream(stream) do
        starts_with(stream, "~~~", padding = true) || starts_with(stream, "```", padding = true) || return false
        skip(stream, -1)
        ch = read(stream, Char)
        trailing = strip(readline(stream))
        flavor = lstrip(trailing, ch)
        n = 3 + length(trailing) - length(flavor)
        # a backtick in the info string: inline code, not a fence
        ch in flavor && return false
        buffer = IOBuffer()
        while !eof(stream)
            line_start = position(stream)
            if starts_with(stream, string(ch)^n)
                if !starts_with(stream, string(ch))
                    text = chomp(String(take!(buffer)))
                    if flavor == "math"
                        push!(block, LaTeX(String(text)))
                    else
                        push!(block, Code(String(flavor), String(text)))
                    end
                    return true
                else
                    seek(stream, line_start)
                end
            end
            write(buffer, readline(stream))
            write(buffer, '\n')
        end
        return false
    end
end

"""
    Markdown.Footnote(id, text)

A footnote: its definition (`[^id]: text`, `text` its blocks) or a reference to it
(`[^id]`, `text` nothing).
"""
mutable struct Footnote <: MarkdownElement
    id::String
    text
end

# the lines indented by four spaces or a tab, and blank lines among them, into buffer (the
# body of a footnote or an admonition)
function read_indented_lines!(buffer::IO, stream::IO)
    while !eof(stream)
        if starts_with(stream, "    ") || starts_with(stream, "\t")
            write(buffer, readline(stream, keep = true))
        elseif blankline(stream)
            write(buffer, '\n')
        else
            break
        end
    end
end

function footnote(stream::IO, block::MD)
    withstream(stream) do
        m = matchstart(stream, r"^\[\^(\w+)\]:")
        m === nothing && return false
        ref = String(m.captures[1])
        buffer = IOBuffer()
        write(buffer, readline(stream, keep = true))
        read_indented_lines!(buffer, stream)
        content = parse(seekstart(buffer)).content
        push!(block, Footnote(ref, content))
        return true
    end
end

"""
    Markdown.BlockQuote(content)

A quotation: the blocks of the lines after `>`.
"""
mutable struct BlockQuote <: MarkdownElement
    content
end

BlockQuote() = BlockQuote([])

function blockquote(stream::IO, block::MD)
    withstream(stream) do
        buffer = IOBuffer()
        empty = true
        while eatindent(stream) && starts_with(stream, '>')
            starts_with(stream, " ")
            write(buffer, readline(stream, keep = true))
            empty = false
        end
        empty && return false
        md = String(take!(buffer))
        push!(block, BlockQuote(parse(md, flavor = config(block)).content))
        return true
    end
end

"""
    Markdown.Admonition(category, title, content)

A `!!! category "title"` box and the indented blocks under it.
"""
mutable struct Admonition <: MarkdownElement
    category::String
    title::String
    content::Vector
end

function admonition(stream::IO, block::MD)
    withstream(stream) do
        starts_with(stream, "!!! ") || return false
        line = strip(readline(stream))
        m = match(r"^([a-z]+)$", line)
        if m !== nothing
            # no title: the category, capitalised
            category, title = String(m.captures[1]), uppercasefirst(String(m.captures[1]))
        else
            m = match(r"^([a-z]+) \"(.*)\"$", line)
            m === nothing && return false
            category, title = String(m.captures[1]), String(m.captures[2])
        end
        buffer = IOBuffer()
        read_indented_lines!(buffer, stream)
        nested = parse(String(take!(buffer)), flavor = config(block))
        push!(block, Admonition(category, title, nested.content))
        return true
    end
end

"""
    Markdown.List(items, ordered, loose)

A list: each item a vector of blocks; `ordered` is -1 for bullets, else the first number;
`loose` when blank lines separate the items.
"""
mutable struct List <: MarkdownElement
    items::Vector{Any}
    ordered::Int
    loose::Bool
end
List(x::AbstractVector, b::Integer) = List(x, b, false)
List(x::AbstractVector) = List(x, -1)
List(b::Integer) = List(Any[], b)
List(xs...) = List(vcat(xs...))

isordered(list::List) = list.ordered >= 0

const NUM_OR_BULLETS = r"^ {0,3}(\*|\+|-|(\d+)(\.|\)))( |$)"

function list(stream::IO, block::MD)
    withstream(stream) do
        m = matchstart(stream, NUM_OR_BULLETS; eat = false)
        m === nothing && return false
        indent = length(m.match)
        if m.captures[3] === nothing
            initial, regex = -1, Regex("^ {0,3}(\\" * m.captures[1] * ")( |\$)")
        elseif m.captures[3] == "."
            initial, regex = Base.parse(Int, m.captures[2]), r"^ {0,3}(\d+)\.( |$)"
        else
            initial, regex = Base.parse(Int, m.captures[2]), r"^ {0,3}(\d+)\)( |$)"
        end
        list = List(initial)
        buffer = IOBuffer()   # the text of the current item
        count = 0
        while !eof(stream)
            if blankline(stream)
                println(buffer)
                list.loose = true
            elseif starts_with(stream, " "^indent)
                print(buffer, readline(stream, keep = true))
            else
                matched = matchstart(stream, regex)
                if matched === nothing
                    # text not indented: the list is over
                    pushitem!(list, buffer)
                    break
                end
                count += 1
                count > 1 && pushitem!(list, buffer)
                print(buffer, readline(stream, keep = true))
            end
        end
        count == length(list.items) || pushitem!(list, buffer)
        push!(block, list)
        return true
    end
end
pushitem!(list, buffer) = push!(list.items, parse(String(take!(buffer))).content)

"""
    Markdown.HorizontalRule()

A thematic break (`---`, `***`, `___`).
"""
mutable struct HorizontalRule <: MarkdownElement
end

function horizontalrule(stream::IO, block::MD)
    withstream(stream) do
        eatindent(stream) || return false
        eof(stream) && return false
        rule = read(stream, Char)
        rule in "*-_" || return false
        n = 1
        while !eof(stream)
            char = read(stream, Char)
            char == '\n' && break
            isspace(char) && continue
            char == rule || return false
            n += 1
        end
        n >= 3 || return false
        push!(block, HorizontalRule())
        return true
    end
end
