# Markdown.parse: the tree of each block and inline kind (Julia 1.10's stdlib/Markdown).
using Markdown

# the tree, one element a line, nested ones indented
function tree(x, ind = "")
    if x isa Markdown.MD
        println(ind, "MD")
        foreach(c -> tree(c, ind * "  "), x.content)
    elseif x isa Markdown.Header
        println(ind, typeof(x))
        foreach(c -> tree(c, ind * "  "), x.text)
    elseif x isa Markdown.Paragraph || x isa Markdown.BlockQuote
        println(ind, nameof(typeof(x)))
        foreach(c -> tree(c, ind * "  "), x.content)
    elseif x isa Markdown.Bold || x isa Markdown.Italic
        println(ind, nameof(typeof(x)))
        foreach(c -> tree(c, ind * "  "), x.text)
    elseif x isa Markdown.Link
        println(ind, "Link ", repr(x.url))
        # (an autolink's text is the url itself, a String)
        x.text isa String ? println(ind, "  ", repr(x.text)) : foreach(c -> tree(c, ind * "  "), x.text)
    elseif x isa Markdown.Code
        println(ind, "Code ", repr(x.language), " ", repr(x.code))
    elseif x isa Markdown.List
        println(ind, "List ordered=", x.ordered, " loose=", x.loose)
        for item in x.items
            println(ind, "  item")
            foreach(c -> tree(c, ind * "    "), item)
        end
    elseif x isa Markdown.Admonition
        println(ind, "Admonition ", repr(x.category), " ", repr(x.title))
        foreach(c -> tree(c, ind * "  "), x.content)
    elseif x isa Markdown.Table
        println(ind, "Table ", x.align)
        for row in x.rows
            println(ind, "  row")
            foreach(cell -> (println(ind, "    cell"); foreach(c -> tree(c, ind * "      "), cell)), row)
        end
    elseif x isa Markdown.Image
        println(ind, "Image ", repr(x.url), " ", repr(x.alt))
    elseif x isa Markdown.LaTeX
        println(ind, "LaTeX ", repr(x.formula))
    elseif x isa Markdown.Footnote
        println(ind, "Footnote ", repr(x.id), x.text === nothing ? " (reference)" : "")
        x.text === nothing || foreach(c -> tree(c, ind * "  "), x.text)
    else
        println(ind, nameof(typeof(x)), x isa AbstractString ? " " * repr(x) : "")
    end
end

tree(Markdown.parse("""
# Title one
## Second level ##
Setext header
-------------

A paragraph with *italic*, _also italic_, **bold**, __bold too__, `code`, ``x^2``,
a [link](https://julialang.org), an ![image](pic.png), a break\\
and an escaped \\*star\\* -- with a dash, <https://example.com>.

> quoted *text*
> on two lines

- first
- second

3. three
4. four

```julia
x = 1
```

    indented code
    second line

!!! note
    The body.

!!! warning "Be careful"
    Really.

| Name | Value |
|:-----|------:|
| a    | 1     |
| *b*  | 2     |

---

```math
E = mc^2
```

Inline \$x^2\$ maths.

Footnote here[^1].

[^1]: The note.
"""))

md = Markdown.parse("Hello **world**")
println(typeof(md), " ", length(md), " ", typeof(md[1]), " ", md[1].content)
println(isempty(Markdown.parse("")), " ", Markdown.parse("a") == Markdown.parse("a"), " ", Markdown.parse("a") == Markdown.parse("b"))
h = Markdown.parse("### Three").content[1]
println(h isa Markdown.Header{3}, " ", h.text)
