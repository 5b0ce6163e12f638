# HTML: `Markdown.html(md)` and show(io, MIME"text/html"(), md).

function withtag(f, io::IO, tag, attrs...)
    print(io, "<$tag")
    for (attr, value) in attrs
        print(io, " ")
        htmlesc(io, attr)
        print(io, "=\"")
        htmlesc(io, value)
        print(io, "\"")
    end
    f === nothing && return print(io, " />")
    print(io, ">")
    f()
    print(io, "</$tag>")
end

tag(io::IO, tag, attrs...) = withtag(nothing, io, tag, attrs...)

# As Julia 1.10: the HTML specials by name, some punctuation by number.
const _htmlescape_chars = let d = Dict{Char, String}('<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '&' => "&amp;")
    for ch in "'`!\$%()=+{}[]"
        d[ch] = "&#$(Int(ch));"
    end
    d
end

function htmlesc(io::IO, s::AbstractString)
    for ch in s
        print(io, get(_htmlescape_chars, ch, ch))
    end
end
htmlesc(io::IO, s::Symbol) = htmlesc(io, string(s))
function htmlesc(io::IO, xs::Union{AbstractString, Symbol}...)
    for s in xs
        htmlesc(io, s)
    end
end
htmlesc(s::Union{AbstractString, Symbol}) = sprint(htmlesc, s)

# Block elements

function html(io::IO, content::Vector)
    for md in content
        html(io, md)
        println(io)
    end
end

html(io::IO, md::MD) = html(io, md.content)

function html(io::IO, header::Header{l}) where l
    withtag(io, "h$l") do
        htmlinline(io, header.text)
    end
end

function html(io::IO, code::Code)
    withtag(io, :pre) do
        lang = isempty(code.language) ? () : (:class => "language-$(code.language)",)
        withtag(io, :code, lang...) do
            htmlesc(io, code.code)
        end
    end
end

function html(io::IO, md::Paragraph)
    withtag(io, :p) do
        htmlinline(io, md.content)
    end
end

function html(io::IO, md::BlockQuote)
    withtag(io, :blockquote) do
        println(io)
        html(io, md.content)
    end
end

function html(io::IO, f::Footnote)
    withtag(io, :div, :class => "footnote", :id => "footnote-$(f.id)") do
        withtag(io, :p, :class => "footnote-title") do
            print(io, f.id)
        end
        html(io, f.text)
    end
end

function html(io::IO, md::Admonition)
    withtag(io, :div, :class => "admonition $(md.category)") do
        withtag(io, :p, :class => "admonition-title") do
            print(io, md.title)
        end
        html(io, md.content)
    end
end

function html(io::IO, md::List)
    start = md.ordered > 1 ? (:start => string(md.ordered),) : ()
    withtag(io, isordered(md) ? :ol : :ul, start...) do
        for item in md.items
            println(io)
            withtag(io, :li) do
                html(io, item)
            end
        end
        println(io)
    end
end

html(io::IO, md::HorizontalRule) = tag(io, :hr)

html(io::IO, tex::LaTeX) = withtag(() -> print(io, tex.formula), io, :div, :class => "display-math tex")

html(io::IO, x) = htmlesc(io, sprint(show, MIME"text/plain"(), x))

# Inline elements

function htmlinline(io::IO, content::Vector)
    for x in content
        htmlinline(io, x)
    end
end

htmlinline(io::IO, code::Code) = withtag(() -> htmlesc(io, code.code), io, :code)
htmlinline(io::IO, md::Union{Symbol, AbstractString}) = htmlesc(io, md)
htmlinline(io::IO, md::Bold) = withtag(() -> htmlinline(io, md.text), io, :strong)
htmlinline(io::IO, md::Italic) = withtag(() -> htmlinline(io, md.text), io, :em)
htmlinline(io::IO, md::Image) = tag(io, :img, :src => md.url, :alt => md.alt)
htmlinline(io::IO, f::Footnote) =
    withtag(() -> print(io, "[", f.id, "]"), io, :a, :href => "#footnote-$(f.id)", :class => "footnote")
htmlinline(io::IO, link::Link) = withtag(() -> htmlinline(io, link.text), io, :a, :href => link.url)
htmlinline(io::IO, br::LineBreak) = tag(io, :br)
htmlinline(io::IO, tex::LaTeX) = withtag(() -> print(io, tex.formula), io, :span, :class => "math tex")
htmlinline(io::IO, x) = htmlesc(io, sprint(show, MIME"text/plain"(), x))

"""
    Markdown.html([io::IO,] md)

`md` as HTML, written to `io` or returned as a string.
"""
html(md) = sprint(html, md)

function show(io::IO, ::MIME"text/html", md::MD)
    withtag(io, :div, :class => "markdown") do
        html(io, md)
    end
end
