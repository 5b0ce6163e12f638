# The terminal rendering: show(io, MIME"text/plain"(), md), what the REPL displays.

cols(io) = displaysize(io)[2]

"""
    Markdown.term(io::IO, md, columns = displaysize(io)[2])

`md` for a terminal `columns` wide: indented, wrapped, styled when `io` has `:color => true`.
"""
function term(io::IO, content::Vector, cols)
    isempty(content) && return
    for i in 1:length(content)-1
        term(io, content[i], cols)
        print(io, '\n', '\n')
    end
    term(io, content[end], cols)
end

term(io::IO, md::MD, columns = cols(io)) = term(io, md.content, columns)

function term(io::IO, md::Paragraph, columns)
    print(io, ' '^margin)
    print_wrapped(io, width = columns - 2margin, pre = ' '^margin) do io
        terminline(io, md.content)
    end
end

function term(io::IO, md::BlockQuote, columns)
    s = sprint(term, md.content, columns - 10; context = io)
    ls = split(rstrip(s), '\n')
    print(io, ' '^margin, '│', ls[1])
    for i = 2:length(ls)
        print(io, '\n', ' '^margin, '│', ls[i])
    end
end

function term(io::IO, md::Admonition, columns)
    col = :default
    if md.category == "danger"
        col = :light_red
    elseif md.category == "warning"
        col = :yellow
    elseif md.category in ("info", "note")
        col = :cyan
    elseif md.category == "tip"
        col = :green
    end
    printstyled(io, ' '^margin, "│ "; color = col, bold = true)
    printstyled(io, isempty(md.title) ? md.category : md.title; color = col, bold = true)
    printstyled(io, '\n', ' '^margin, '│', '\n'; color = col, bold = true)
    s = sprint(term, md.content, columns - 10; context = io)
    ls = split(rstrip(s), '\n')
    for i in 1:length(ls)
        printstyled(io, ' '^margin, '│'; color = col, bold = true)
        print(io, ls[i])
        i < length(ls) && println(io)
    end
end

function term(io::IO, f::Footnote, columns)
    print(io, ' '^margin, "│ ")
    printstyled(io, "[^$(f.id)]", bold = true)
    println(io, '\n', ' '^margin, '│')
    s = sprint(term, f.text, columns - 10; context = io)
    ls = split(rstrip(s), '\n')
    for i in 1:length(ls)
        print(io, ' '^margin, '│', ls[i])
        i < length(ls) && println(io)
    end
end

function term(io::IO, md::List, columns)
    for (i, point) in enumerate(md.items)
        print(io, ' '^2margin, isordered(md) ? "$(i + md.ordered - 1). " : "•  ")
        print_wrapped(io, width = columns - (4margin + 2), pre = ' '^(2margin + 2), i = 2margin + 2) do io
            term(io, point, columns - 10)
        end
        i < length(md.items) && print(io, '\n', '\n')
    end
end

function _term_header(io::IO, md, char, columns)
    text = terminline_string(io, md.text)
    with_output_color(:bold, io) do io
        print(io, ' '^margin)
        line_no, lastline_width = print_wrapped(io, text, width = columns - 4margin; pre = " ")
        line_width = min(1 + lastline_width, columns)
        if line_no > 1
            line_width = max(line_width, div(columns, 3))
        end
        char != ' ' && print(io, '\n', ' '^margin, char^line_width)
    end
end

# the underline of each header level (a level-6 header has none)
const _header_underlines = collect("≡=–-⋅ ")

term(io::IO, md::Header{l}, columns) where l = _term_header(io, md, _header_underlines[l], columns)

function term(io::IO, md::Code, columns)
    with_output_color(:cyan, io) do io
        L = lines(md.code)
        for i in 1:length(L)
            print(io, ' '^margin, L[i])
            i < length(L) && println(io)
        end
    end
end

term(io::IO, tex::LaTeX, columns) = printstyled(io, ' '^margin, tex.formula, color = :magenta)

term(io::IO, br::LineBreak, columns) = nothing

term(io::IO, br::HorizontalRule, columns) = print(io, ' '^margin, '─'^(columns - 2margin))

term(io::IO, x, _) = show(io, MIME"text/plain"(), x)

# Inline content

terminline_string(io::IO, md) = sprint(terminline, md; context = io)

terminline(io::IO, content...) = terminline(io, collect(content))

function terminline(io::IO, content::Vector)
    for md in content
        terminline(io, md)
    end
end

terminline(io::IO, md::AbstractString) = print(io, replace(md, r"[\s\t\n]+" => ' '))
terminline(io::IO, md::Bold) = with_output_color(terminline, :bold, io, md.text)
terminline(io::IO, md::Italic) = with_output_color(terminline, :underline, io, md.text)
terminline(io::IO, md::LineBreak) = println(io)
terminline(io::IO, md::Image) = terminline(io, "(Image: $(md.alt))")
terminline(io::IO, f::Footnote) = with_output_color(terminline, :bold, io, "[^$(f.id)]")

function terminline(io::IO, md::Link)
    url = !Base.startswith(md.url, "@ref") ? " ($(md.url))" : ""
    text = terminline_string(io, md.text)
    terminline(io, text, url)
end

terminline(io::IO, code::Code) = printstyled(io, code.code, color = :cyan)
terminline(io::IO, tex::LaTeX) = printstyled(io, tex.formula, color = :magenta)
terminline(io::IO, x) = show(io, MIME"text/plain"(), x)

Base.show(io::IO, ::MIME"text/plain", md::MD) = (term(io, md); nothing)
