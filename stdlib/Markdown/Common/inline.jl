# Inline elements and their parsers (each called where its trigger character is).

"""
    Markdown.Italic(text)

Emphasis (`*text*` or `_text_`); `text` is its inline content.
"""
mutable struct Italic
    text
end

"""
    Markdown.Bold(text)

Strong emphasis (`**text**` or `__text__`); `text` is its inline content.
"""
mutable struct Bold
    text
end

function asterisk_italic(stream::IO, md::MD)
    result = parse_inline_wrapper(stream, "*")
    return result === nothing ? nothing : Italic(parseinline(result, md))
end

function underscore_italic(stream::IO, md::MD)
    result = parse_inline_wrapper(stream, "_")
    return result === nothing ? nothing : Italic(parseinline(result, md))
end

function asterisk_bold(stream::IO, md::MD)
    result = parse_inline_wrapper(stream, "**")
    return result === nothing ? nothing : Bold(parseinline(result, md))
end

function underscore_bold(stream::IO, md::MD)
    result = parse_inline_wrapper(stream, "__")
    return result === nothing ? nothing : Bold(parseinline(result, md))
end

"""
    Markdown.LaTeX(formula)

Mathematics: ``` ``x^2`` ``` or `\$x^2\$` inline, a `math` fence or `\$\$...\$\$` as a block.
"""
mutable struct LaTeX <: MarkdownElement
    formula::String
end

# inline code: an odd number of backticks gives Code, an even number LaTeX
function inline_code(stream::IO, md::MD)
    withstream(stream) do
        m = matchstart(stream, r"^(`+)")
        m === nothing && return nothing
        ticks = String(m.match)
        result = read_until(stream, ticks)
        result === nothing && return nothing
        result = String(strip(result))
        return isodd(length(ticks)) ? Code(result) : LaTeX(result)
    end
end

function tex(stream::IO, md::MD)
    result = parse_inline_wrapper(stream, "\$", rep = true)
    return result === nothing ? nothing : LaTeX(result)
end

function blocktex(stream::IO, md::MD)
    withstream(stream) do
        ex = tex(stream, md)
        ex === nothing && return false
        push!(md, ex)
        return true
    end
end

"""
    Markdown.Image(url, alt)

An image, `![alt](url)`.
"""
mutable struct Image
    url::String
    alt::String
end

function image(stream::IO, md::MD)
    withstream(stream) do
        starts_with(stream, "![") || return nothing
        alt = read_until(stream, ']', match = '[')
        alt === nothing && return nothing
        skipwhitespace(stream)
        starts_with(stream, '(') || return nothing
        url = read_until(stream, ')', match = '(')
        url === nothing && return nothing
        return Image(url, alt)
    end
end

"""
    Markdown.Link(text, url)

A link, `[text](url)` (`text` its inline content) or `<url>`.
"""
mutable struct Link
    text
    url::String
end

function link(stream::IO, md::MD)
    withstream(stream) do
        starts_with(stream, '[') || return nothing
        text = read_until(stream, ']', match = '[')
        text === nothing && return nothing
        skipwhitespace(stream)
        starts_with(stream, '(') || return nothing
        url = read_until(stream, ')', match = '(')
        url === nothing && return nothing
        return Link(parseinline(text, md), url)
    end
end

function footnote_link(stream::IO, md::MD)
    withstream(stream) do
        m = matchstart(stream, r"^\[\^(\w+)\]")
        m === nothing && return nothing
        return Footnote(String(m.captures[1]), nothing)
    end
end

const _allowable_schemes = Set(split("http https ftp ftps file mailto ssh git svn irc ircs news nntp tel sftp data urn ws wss"))

function _is_link(s::AbstractString)
    '<' in s && return false
    m = match(r"^(.*)://(\S+?)(:\S*)?$", s)
    m === nothing && return false
    return lowercase(m.captures[1]) in _allowable_schemes
end

_is_mailto(s::AbstractString) = occursin(r"^mailto\:[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$", s)

function autolink(stream::IO, md::MD)
    withstream(stream) do
        starts_with(stream, '<') || return nothing
        url = read_until(stream, '>')
        url === nothing && return nothing
        (_is_link(url) || _is_mailto(url)) && return Link(url, url)
        return nothing
    end
end

"""
    Markdown.LineBreak()

A hard line break: a backslash at the end of a line.
"""
mutable struct LineBreak end

linebreak(stream::IO, md::MD) = starts_with(stream, "\\\n") ? LineBreak() : nothing

en_dash(stream::IO, md::MD) = starts_with(stream, "--") ? "–" : nothing

const escape_chars = "\\`*_#+-.!{}[]()\$"

function escapes(stream::IO, md::MD)
    withstream(stream) do
        if starts_with(stream, "\\") && !eof(stream)
            c = read(stream, Char)
            c in escape_chars && return string(c)
        end
        return nothing
    end
end
