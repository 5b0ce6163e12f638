# Markdown text again: `Markdown.plain(md)`, and what `print`/`string` of an MD give.

"""
    Markdown.plain([io::IO,] md)

`md` written as Markdown text.
"""
plain(x) = sprint(plain, x)

function plain(io::IO, content::Vector)
    isempty(content) && return
    for i in 1:length(content)-1
        plain(io, content[i])
        println(io)
    end
    plain(io, content[end])
end

plain(io::IO, md::MD) = plain(io, md.content)

function plain(io::IO, header::Header{l}) where l
    print(io, "#"^l * " ")
    plaininline(io, header.text)
    println(io)
end

function plain(io::IO, code::Code)
    # a fence longer than any run of backticks starting a line of the code
    n = 2
    for m in eachmatch(r"^`+"m, code.code)
        n = max(n, length(m.match))
    end
    n += 1
    println(io, "`"^n, code.language)
    println(io, code.code)
    println(io, "`"^n)
end

function plain(io::IO, p::Paragraph)
    plaininline(io, p.content)
    println(io)
end

function plain(io::IO, list::List)
    for (i, item) in enumerate(list.items)
        marker = isordered(list) ? "$(i + list.ordered - 1). " : "  * "
        print(io, marker)
        lines = split(rstrip(sprint(plain, item)), "\n")
        for (n, line) in enumerate(lines)
            print(io, (n == 1 || isempty(line)) ? "" : "    ", line)
            n < length(lines) && println(io)
        end
        println(io)
    end
end

function plain(io::IO, q::BlockQuote)
    s = sprint(plain, q.content)
    for line in split(rstrip(s), "\n")
        println(io, isempty(line) ? ">" : "> ", line)
    end
    println(io)
end

function plain(io::IO, f::Footnote)
    print(io, "[^", f.id, "]:")
    s = sprint(plain, f.text)
    lines = split(rstrip(s), "\n")
    if length(lines) == 1
        # a one-line footnote stays on its label's line
        println(io, " ", lines[1])
    else
        println(io)
        for line in lines
            println(io, isempty(line) ? "" : "    ", line)
        end
        println(io)
    end
end

function plain(io::IO, md::Admonition)
    s = sprint(plain, md.content)
    title = md.title == uppercasefirst(md.category) ? "" : " \"$(md.title)\""
    println(io, "!!! ", md.category, title)
    for line in split(rstrip(s), "\n")
        println(io, isempty(line) ? "" : "    ", line)
    end
    println(io)
end

plain(io::IO, md::HorizontalRule) = println(io, "-"^3)

function plain(io::IO, l::LaTeX)
    println(io, '$', '$')
    println(io, l.formula)
    println(io, '$', '$')
end

function plain(io::IO, md)
    show(io, MIME"text/plain"(), md)
    println(io)
end

# Inline elements

plaininline(x) = sprint(plaininline, x)

# the odd arguments are literal text, the even ones elements
function plaininline(io::IO, md...)
    for (i, el) in enumerate(md)
        if isodd(i)
            print(io, el)
        else
            plaininline(io, el)
        end
    end
end

function plaininline(io::IO, md::Vector)
    for el in md
        plaininline(io, el)
    end
end

plaininline(io::IO, f::Footnote) = print(io, "[^", f.id, "]")
plaininline(io::IO, link::Link) = plaininline(io, "[", link.text, "](", link.url, ")")
plaininline(io::IO, md::Image) = plaininline(io, "![", md.alt, "](", md.url, ")")
plaininline(io::IO, s::AbstractString) = print(io, s)
plaininline(io::IO, md::Bold) = plaininline(io, "**", md.text, "**")
plaininline(io::IO, md::Italic) = plaininline(io, "*", md.text, "*")

function plaininline(io::IO, md::Code)
    if occursin("`", md.code)
        n = 0
        for m in eachmatch(r"(`+)", md.code)
            n = max(n, length(m.match))
        end
        s = "`"^((iseven(n) ? 1 : 2) + n)
        print(io, s, Base.startswith(md.code, "`") ? " " : "")
        print(io, md.code, endswith(md.code, "`") ? " " : "", s)
    else
        print(io, "`", md.code, "`")
    end
end

plaininline(io::IO, l::LaTeX) = print(io, '$', l.formula, '$')
plaininline(io::IO, br::LineBreak) = println(io)
plaininline(io::IO, x) = show(io, MIME"text/plain"(), x)

Base.show(io::IO, md::MD) = plain(io, md)
Base.show(io::IO, ::MIME"text/markdown", md::MD) = plain(io, md)
